package org.dossier.store.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dossier.core.model.Source;

/**
 * The raw bytes of every input, content-addressed by SHA-256: {@code DIR/ab/ab12….gz}, gzipped.
 * A file is written to a temporary name and renamed into place, so a reader (or a run after
 * {@code kill -9}) sees either the whole file or none; leftovers of interrupted writes are removed
 * when the store opens. Thread-safe: writers of the same hash race to an identical file.
 */
public final class RawStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TMP = "tmp";

    private final Path dir;
    /** Subdirectories known to exist, to spare a system call per write. */
    private final Set<String> made = ConcurrentHashMap.newKeySet();

    private RawStore(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens (creating if needed) the raw store in {@code dir} and removes unfinished writes.
     *
     * @param writable false to open without creating or deleting anything
     */
    public static RawStore open(Path dir, boolean writable) throws IOException {
        if (writable) {
            Files.createDirectories(dir.resolve(TMP));
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir.resolve(TMP))) {
                for (Path p : leftovers) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return new RawStore(dir);
    }

    /** Where the bytes of {@code sha256} live (whether or not they are there). */
    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256 + ".gz");
    }

    /** Whether the bytes of {@code sha256} are stored. */
    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /**
     * Stores {@code bytes} under their SHA-256 unless already there.
     *
     * @return the hash
     */
    public String put(byte[] bytes) throws IOException {
        return put(Source.sha256(bytes), bytes);
    }

    /** Stores {@code bytes}, whose SHA-256 the caller already computed, unless already there. */
    public String put(String sha256, byte[] bytes) throws IOException {
        Path target = path(sha256);
        if (Files.isRegularFile(target)) {
            return sha256;
        }
        if (made.add(sha256.substring(0, 2))) {
            Files.createDirectories(target.getParent());
        }
        // A name no other writer uses: one thread writes one payload at a time.
        Path tmp = dir.resolve(TMP).resolve(sha256 + "." + Thread.currentThread().getId() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            out.write(Gzip.compress(bytes));
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        } catch (IOException e) {
            // Another writer may have stored the same bytes first: same content, nothing is lost.
            Files.deleteIfExists(tmp);
            if (!Files.isRegularFile(target)) {
                throw e;
            }
        }
        return sha256;
    }

    /**
     * The bytes of {@code sha256}, checked against the hash; empty when not stored.
     *
     * @throws IOException when the file is there but unreadable or does not hash to its name
     */
    public Optional<byte[]> get(String sha256) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path(sha256)))) {
            bytes = in.readAllBytes();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!Source.sha256(bytes).equals(sha256)) {
            throw new IOException("raw file " + path(sha256) + " is damaged: its bytes do not hash to its name");
        }
        return Optional.of(bytes);
    }
}
