package org.dossier.store.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;

/**
 * Reads the pages named on a command line: files, directories (recursed, in name order), gzipped
 * files, WARC archives (every HTML response or resource record) and {@code -} for standard input.
 * Streams: directories are walked lazily and a WARC file is read record by record, so a 10 GB
 * archive never sits in memory. A page that cannot be read becomes a {@link SourceItem.Failed} and
 * reading goes on. Not thread-safe; close it to release an open WARC file.
 */
public final class InputReader implements Iterable<SourceItem>, AutoCloseable {
    private final Deque<String> pending;
    private final InputOptions options;
    private final InputStream stdin;
    private Iterator<Path> directory;
    private Stream<Path> directoryStream;
    private WarcSource warc;
    private SourceItem next;
    private boolean iterated;

    private InputReader(List<String> inputs, InputOptions options, InputStream stdin) {
        this.pending = new ArrayDeque<>(inputs);
        this.options = Objects.requireNonNull(options, "options");
        this.stdin = stdin;
    }

    /**
     * A reader over {@code inputs}: paths, or {@code -} for {@code stdin}.
     */
    public static InputReader open(List<String> inputs, InputOptions options, InputStream stdin) {
        return new InputReader(inputs, options, stdin);
    }

    /** Whether a file name is one this reader reads when it meets it in a directory. */
    public static boolean isReadable(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt")
                || n.endsWith(".gz") || n.endsWith(".warc");
    }

    @Override
    public Iterator<SourceItem> iterator() {
        if (iterated) {
            throw new IllegalStateException("an InputReader can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public SourceItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceItem item = next;
                next = null;
                return item;
            }
        };
    }

    private SourceItem advance() {
        while (true) {
            if (warc != null) {
                Optional<SourceItem> item = warc.next();
                if (item.isPresent()) {
                    return item.get();
                }
                warc.close();
                warc = null;
                continue;
            }
            if (directory != null) {
                if (directory.hasNext()) {
                    SourceItem item = readPath(directory.next());
                    if (item != null) {
                        return item;
                    }
                    continue;
                }
                directoryStream.close();
                directory = null;
                continue;
            }
            String input = pending.poll();
            if (input == null) {
                return null;
            }
            if (input.equals("-")) {
                return readStdin();
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try {
                    directoryStream = Files.walk(path).filter(Files::isRegularFile).filter(InputReader::isReadable)
                            .sorted();
                    directory = directoryStream.iterator();
                } catch (IOException | UncheckedIOException e) {
                    return new SourceItem.Failed(input, "cannot list directory: " + e.getMessage());
                }
                continue;
            }
            if (!Files.exists(path)) {
                return new SourceItem.Failed(input, "no such file or directory");
            }
            SourceItem item = readPath(path);
            if (item != null) {
                return item;
            }
        }
    }

    /** One file; null when it was a WARC file now open for reading record by record. */
    private SourceItem readPath(Path path) {
        String where = path.toString();
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                warc = WarcSource.open(path, options);
                return null;
            }
            if (!Files.isReadable(path)) {
                return new SourceItem.Failed(where, "file is not readable");
            }
            byte[] bytes;
            String inner = name;
            if (name.endsWith(".gz")) {
                inner = name.substring(0, name.length() - 3);
                try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                    bytes = readCapped(in, where);
                }
            } else {
                long size = Files.size(path);
                if (size > options.maxBytes()) {
                    return tooLarge(where, size);
                }
                bytes = Files.readAllBytes(path);
            }
            return new SourceItem.Read(Source.of(bytes, Optional.of(where), formatOf(inner, bytes), Optional.empty()));
        } catch (TooLarge e) {
            return tooLarge(where, e.size);
        } catch (EOFException e) {
            return new SourceItem.Failed(where, "truncated gzip: the file ends before the compressed data does");
        } catch (ZipException e) {
            return new SourceItem.Failed(where, "not valid gzip: " + e.getMessage());
        } catch (IOException e) {
            return new SourceItem.Failed(where, "cannot read: " + e.getMessage());
        }
    }

    private SourceItem readStdin() {
        try {
            byte[] bytes = readCapped(stdin, "-");
            return new SourceItem.Read(Source.of(bytes, Optional.empty(), Extractor.sniffFormat(bytes),
                    Optional.empty()));
        } catch (TooLarge e) {
            return tooLarge("<stdin>", e.size);
        } catch (IOException e) {
            return new SourceItem.Failed("<stdin>", "cannot read standard input: " + e.getMessage());
        }
    }

    private SourceItem tooLarge(String where, long size) {
        return new SourceItem.Failed(where, "input is " + (size < 0 ? "more than " + options.maxBytes() : size)
                + " bytes, over the limit of " + options.maxBytes() + " (raise it with --max-bytes)");
    }

    static SourceFormat formatOf(String name, byte[] bytes) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return SourceFormat.HTML;
        }
        if (name.endsWith(".txt")) {
            return SourceFormat.TEXT;
        }
        return Extractor.sniffFormat(bytes);
    }

    /** Reads at most the cap; more means the input is refused without holding it all. */
    private byte[] readCapped(InputStream in, String where) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
            throw new TooLarge(-1);
        }
        return bytes;
    }

    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long size;

        TooLarge(long size) {
            super("too large");
            this.size = size;
        }
    }

    @Override
    public void close() {
        if (warc != null) {
            warc.close();
            warc = null;
        }
        if (directoryStream != null) {
            directoryStream.close();
        }
    }
}
