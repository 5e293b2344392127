package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.core.extract.Extractor;
import org.dossier.store.source.InputOptions;
import picocli.CommandLine.Command;

/** {@code dossier demo}: the main job over the sample pages the project ships. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts the sample pages shipped with Dossier (fictional outlets, written for the "
                + "project) and prints the clean articles.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("dossier-samples");
        List<Path> pages = Samples.copyTo(dir);
        out.println("Dossier demo: extracting " + pages.size() + " sample pages from " + dir);
        out.println();
        Extractor extractor = Extractor.withDefaults();
        int failures = Batch.run(pages.stream().map(Path::toString).toList(), InputOptions.defaults(), System.in,
                out, err, 1, source -> TextFormat.format(extractor.extract(source)));
        out.println("Try it on your own pages:  ./dossier extract PAGE.html CAPTURE.txt ARCHIVE.warc.gz");
        return failures == 0 ? 0 : 1;
    }
}
