package org.dossier.store.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;

/**
 * Reads the pages named on a command line: files, directories (recursed, in name order), gzipped
 * files, WARC archives (every HTML response or resource record) and {@code -} for standard input.
 *
 * <p>What an input is comes from its name and its bytes: a file named {@code .warc} or
 * {@code .warc.gz}, and any file or stream that starts with a WARC header, gzipped or not, is read as
 * a WARC; a gzipped file is decompressed. Streams: directories are walked lazily, a WARC file is read record by record, and no
 * page larger than the cap is held in memory (a plain file is refused by its size, a compressed one
 * as soon as it inflates past the cap). A page that cannot be read becomes a {@link SourceItem.Failed}
 * with the input's name and the reason, and reading goes on. Not thread-safe; close it to release an
 * open file.
 */
public final class InputReader implements Iterable<SourceItem>, AutoCloseable {
    private static final String STDIN = "<stdin>";
    /** Enough of the head of an input to see a gzip header and the start of what it holds. */
    private static final int PEEK = 64 * 1024;

    private final Deque<String> pending;
    private final InputOptions options;
    private final InputStream stdin;
    /** The directories being walked: one iterator of sorted entries per level. */
    private final Deque<Iterator<Path>> walk = new ArrayDeque<>();
    private WarcSource warc;
    private SourceItem next;
    private boolean iterated;

    private InputReader(List<String> inputs, InputOptions options, InputStream stdin) {
        this.pending = new ArrayDeque<>(inputs);
        this.options = Objects.requireNonNull(options, "options");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * A reader over {@code inputs}: paths, or {@code -} for {@code stdin}.
     */
    public static InputReader open(List<String> inputs, InputOptions options, InputStream stdin) {
        return new InputReader(inputs, options, stdin);
    }

    /** Whether a file name is one this reader reads when it meets it in a directory (not a .tar.gz). */
    public static boolean isReadable(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt")
                || (n.endsWith(".gz") && !n.endsWith(".tar.gz")) || n.endsWith(".warc");
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

    /** The next item, or null when every input has been read. */
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
            if (!walk.isEmpty()) {
                Iterator<Path> level = walk.peek();
                if (!level.hasNext()) {
                    walk.pop();
                    continue;
                }
                Path p = level.next();
                SourceItem item = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? enter(p)
                        : Files.isRegularFile(p) && isReadable(p) ? readFile(p) : null;
                if (item != null) {
                    return item;
                }
                continue;
            }
            String input = pending.poll();
            if (input == null) {
                return null;
            }
            SourceItem item = readInput(input);
            if (item != null) {
                return item;
            }
        }
    }

    /** One command-line input; null when it opened a directory or WARC to read from next. */
    private SourceItem readInput(String input) {
        if (input.equals("-")) {
            return readStream(stdin, STDIN);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return enter(path);
        }
        if (!Files.exists(path)) {
            return new SourceItem.Failed(input, "no such file or directory");
        }
        return readFile(path);
    }

    /** Starts walking a directory; an error item when it cannot be listed. */
    private SourceItem enter(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            listing.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            return new SourceItem.Failed(dir.toString(), "cannot list directory: " + reason(e));
        }
        entries.sort(null);
        walk.push(entries.iterator());
        return null;
    }

    /** A file; null when it is a WARC now open for reading record by record. */
    private SourceItem readFile(Path path) {
        String where = path.toString();
        try {
            boolean regular = Files.isRegularFile(path);
            if (regular && Files.size(path) == 0) {
                return new SourceItem.Failed(where, "empty file");
            }
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), PEEK);
            boolean handedOver = false;
            try {
                Kind kind = isWarcName(path) ? Kind.WARC : sniff(in);
                if (kind == Kind.WARC && regular) {
                    warc = WarcSource.open(path, options); // by path: a seekable file skips records fast
                    return null;
                }
                if (kind == Kind.WARC) { // a pipe or device: read it as the stream it is
                    handedOver = true;
                    return openWarcStream(in, where, true);
                }
                if (kind == Kind.PAGE && regular && Files.size(path) > options.maxBytes()) {
                    return tooLarge(where, Files.size(path));
                }
                return readPage(in, kind, where, Optional.of(where), path.getFileName().toString());
            } finally {
                if (!handedOver) {
                    in.close();
                }
            }
        } catch (IOException e) {
            return new SourceItem.Failed(where, "cannot read: " + reason(e));
        }
    }

    /** Standard input: a page, a gzipped page, or a WARC. */
    private SourceItem readStream(InputStream raw, String where) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, PEEK);
            Kind kind = sniff(in);
            if (kind == Kind.WARC) {
                return openWarcStream(in, where, false);
            }
            return readPage(in, kind, where, Optional.empty(), "");
        } catch (IOException e) {
            return new SourceItem.Failed(where, "cannot read: " + reason(e));
        }
    }

    private SourceItem openWarcStream(InputStream in, String where, boolean closeAfter) throws IOException {
        // The WARC reader takes over the stream; closing the reader closes it (never standard input).
        warc = WarcSource.open(closeAfter ? in : new UnclosableStream(in), where, options);
        return null;
    }

    /** Reads one page from {@code in} (decompressing gzip), capped, with its format from its name or bytes. */
    private SourceItem readPage(InputStream in, Kind kind, String where, Optional<String> path, String name) {
        // page.html.gz holds HTML; a file named .gz that was never compressed is read as it is.
        String inner = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        byte[] bytes;
        try {
            if (kind == Kind.GZIP) {
                bytes = readCapped(new GZIPInputStream(in, 8192));
            } else {
                bytes = readCapped(in);
            }
        } catch (TooLarge e) {
            return tooLarge(where, -1);
        } catch (EOFException e) {
            return new SourceItem.Failed(where, "truncated gzip: the file ends before the compressed data does");
        } catch (ZipException e) {
            return new SourceItem.Failed(where, "damaged gzip: " + e.getMessage());
        } catch (IOException e) {
            return new SourceItem.Failed(where, "cannot read: " + reason(e));
        }
        if (bytes.length == 0) {
            return new SourceItem.Failed(where, kind == Kind.GZIP ? "empty after decompression" : "empty input");
        }
        return new SourceItem.Read(Source.of(bytes, path, formatOf(inner, bytes), Optional.empty()));
    }

    private SourceItem tooLarge(String where, long size) {
        String what = size < 0 ? "decompresses to more than " + options.maxBytes() + " bytes" : "is " + size + " bytes";
        return new SourceItem.Failed(where, "input " + what + ", over the limit of " + options.maxBytes()
                + " (raise it with --max-bytes)");
    }

    /** How to read an input, from its first bytes. */
    private enum Kind { PAGE, GZIP, WARC }

    /** Looks at the head of {@code in} without consuming it. */
    static Kind sniff(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        try {
            byte[] head = in.readNBytes(2);
            if (head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                in.reset();
                in.mark(PEEK);
                // What the gzip holds: the inflater reads ahead, so only peek within the marked window.
                byte[] inner;
                try {
                    inner = new GZIPInputStream(new WindowStream(in, PEEK - 1), 512).readNBytes(5);
                } catch (IOException e) {
                    inner = new byte[0]; // damaged gzip: reading it as a page will say so
                }
                return isWarc(inner) ? Kind.WARC : Kind.GZIP;
            }
            in.reset();
            in.mark(PEEK);
            return isWarc(in.readNBytes(5)) ? Kind.WARC : Kind.PAGE;
        } finally {
            in.reset();
        }
    }

    private static boolean isWarcName(Path path) {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    private static boolean isWarc(byte[] head) {
        return head.length == 5 && head[0] == 'W' && head[1] == 'A' && head[2] == 'R' && head[3] == 'C'
                && head[4] == '/';
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
    private byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
            throw new TooLarge();
        }
        return bytes;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The decompressed size passed the cap. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("over the size limit");
        }
    }

    /** At most {@code limit} bytes of a stream, so a read-ahead cannot run past a mark. */
    private static final class WindowStream extends InputStream {
        private final InputStream in;
        private int left;

        WindowStream(InputStream in, int limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            left -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }

    /** Standard input is the process's, not the reader's to close. */
    private static final class UnclosableStream extends java.io.FilterInputStream {
        UnclosableStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // left open on purpose
        }
    }

    @Override
    public void close() {
        if (warc != null) {
            warc.close();
            warc = null;
        }
        walk.clear();
    }
}
