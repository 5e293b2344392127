package org.dossier.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample pages shipped inside the jar ({@code samples/} at the repository root, written for the
 * project; see {@code docs/samples.md}), copied out to a directory so every command can read them.
 */
final class Samples {
    private static final String INDEX = "/samples/index.list";

    private Samples() {
    }

    /** The names of the shipped samples, in index order. */
    static List<String> names() {
        try (InputStream in = Samples.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the sample pages are missing from the jar (" + INDEX + ")");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the samples into {@code dir} and returns their paths. */
    static List<Path> copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("sample listed but missing from the jar: " + name);
                }
                Path target = dir.resolve(name);
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.add(target);
            }
        }
        return out;
    }
}
