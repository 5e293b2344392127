package org.dossier.store.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The HTML pages of one WARC file or stream, record by record (jwarc; gzip or not). A
 * {@code response} record with a 2xx status gives its HTTP payload (de-chunked and decompressed)
 * with the HTTP {@code Content-Type} for its charset; a {@code resource} record gives its block.
 * Other records (requests, metadata, revisits, redirects, error pages) and non-HTML payloads are
 * skipped. A record whose payload cannot be read gives one error and reading goes on with the next;
 * a record whose headers cannot be parsed ends the file with one error naming the byte offset, since
 * a WARC cannot be re-synchronised safely after it. Not thread-safe.
 *
 * <p>Public for the Spark job, which reads each WARC file from a Hadoop file system stream with
 * {@link #open(InputStream, String, long, InputOptions)} and counts what was skipped.
 */
public final class WarcSource implements AutoCloseable {
    private final String name;
    private final Optional<String> path;
    private final WarcReader reader;
    private final InputOptions options;
    /** The file's length, to tell a file that ends cleanly from one cut inside a record. */
    private final OptionalLong length;
    private boolean done;
    private long lastRecord;
    /** Whether the last record's payload could not be read: a file cut inside it is already reported. */
    private boolean lastPayloadFailed;
    private long skippedNonHtml;
    private long skippedOther;

    private WarcSource(String name, Optional<String> path, WarcReader reader, InputOptions options,
                       OptionalLong length) {
        this.name = name;
        this.path = path;
        this.reader = reader;
        this.options = options;
        this.length = length;
        reader.onWarning(warning -> { }); // a lenient read is what a batch wants; errors still surface
    }

    /** A WARC file, read through a seekable channel so records that are not pages are skipped, not read. */
    static WarcSource open(Path file, InputOptions options) throws IOException {
        return new WarcSource(file.toString(), Optional.of(file.toString()), new WarcReader(file), options,
                OptionalLong.of(Files.size(file)));
    }

    /** A WARC arriving on a stream (standard input); records carry no file path. */
    static WarcSource open(InputStream stream, String name, InputOptions options) throws IOException {
        return new WarcSource(name, Optional.empty(), new WarcReader(stream), options, OptionalLong.empty());
    }

    /**
     * A WARC file read from a stream that this source then owns (a Hadoop file system's): records carry
     * {@code file} as their path, and a file that ends before {@code length} bytes is reported cut short.
     *
     * @param stream the file's bytes from its start (gzipped per record or not)
     * @param file   the file's name as records and errors should give it ({@code hdfs://…/x.warc.gz})
     * @param length the file's length in bytes
     */
    public static WarcSource open(InputStream stream, String file, long length, InputOptions options)
            throws IOException {
        return new WarcSource(file, Optional.of(file), new WarcReader(stream), options, OptionalLong.of(length));
    }

    /** HTTP 2xx responses and resource records passed over because their payload is not HTML. */
    public long skippedNonHtml() {
        return skippedNonHtml;
    }

    /** Other records passed over: requests, metadata, revisits, warcinfo, redirects and error responses. */
    public long skippedOther() {
        return skippedOther;
    }

    /** The next HTML page, or an error, or empty at the end of the file. */
    public Optional<SourceItem> next() {
        while (!done) {
            long previous = reader.position();
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                if (lastPayloadFailed && e instanceof EOFException) {
                    return Optional.empty(); // the cut inside the last record was its error
                }
                return Optional.of(new SourceItem.Failed(name + "@" + previous,
                        "damaged or truncated WARC after the record at offset " + previous + ": " + message(e),
                        OptionalLong.of(previous), Optional.empty()));
            }
            if (record.isEmpty()) {
                done = true;
                return truncation();
            }
            long offset = reader.position();
            lastRecord = offset;
            try {
                Optional<SourceItem> item = page(record.get(), offset);
                lastPayloadFailed = false;
                if (item.isPresent()) {
                    return item;
                }
            } catch (IOException | RuntimeException e) {
                lastPayloadFailed = true;
                return Optional.of(failed(record.get(), offset, e instanceof EOFException
                        ? "truncated WARC: the record is cut short (" + message(e) + ")"
                        : "cannot read the record's payload: " + message(e)));
            }
        }
        return Optional.empty();
    }

    /**
     * At the end of a file: whether it ended where its last record did. Skipped records are passed by
     * seeking, which does not notice a file cut short, and a cut inside a header reads as the end.
     */
    private Optional<SourceItem> truncation() {
        long end = reader.position();
        if (length.isEmpty() || end == length.getAsLong() || (end > length.getAsLong() && lastPayloadFailed)) {
            return Optional.empty();
        }
        String reason = end > length.getAsLong()
                ? "truncated WARC: the last record, at offset " + lastRecord + ", ends at byte " + end
                        + " but the file has only " + length.getAsLong()
                : "truncated or damaged WARC: " + (length.getAsLong() - end) + " bytes after offset " + end
                        + " are not a complete record";
        long at = end > length.getAsLong() ? lastRecord : end;
        return Optional.of(new SourceItem.Failed(name + "@" + at, reason, OptionalLong.of(at), Optional.empty()));
    }

    private Optional<SourceItem> page(WarcRecord record, long offset) throws IOException {
        String contentType;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equals("application/http")) {
                skippedOther++;
                return Optional.empty();
            }
            HttpResponse http = response.http();
            contentType = http.headers().first("Content-Type").orElse("");
            if (http.status() / 100 != 2) {
                skippedOther++;
                return Optional.empty(); // redirects and error pages are not articles
            }
            if (!isHtml(contentType)) {
                skippedNonHtml++;
                return Optional.empty();
            }
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            contentType = resource.contentType().toString();
            if (!isHtml(contentType)) {
                skippedNonHtml++;
                return Optional.empty();
            }
            body = resource.body();
        } else {
            skippedOther++;
            return Optional.empty();
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        }
        if (bytes.length > options.maxBytes()) {
            return Optional.of(failed(record, offset,
                    "payload is over the limit of " + options.maxBytes() + " bytes (raise it with --max-bytes)"));
        }
        SourceRef ref = new SourceRef(path, Source.sha256(bytes), SourceFormat.WARC,
                Optional.of(target.target()), Optional.of(record.id().toString()), OptionalLong.of(offset),
                Optional.of(record.date()));
        return Optional.of(new SourceItem.Read(Source.of(bytes, ref, Optional.of(contentType))));
    }

    private SourceItem.Failed failed(WarcRecord record, long offset, String reason) {
        Optional<String> id;
        try {
            id = Optional.of(record.id().toString());
        } catch (RuntimeException e) {
            id = Optional.empty(); // a record too damaged to name
        }
        return new SourceItem.Failed(where(record, offset), reason, OptionalLong.of(offset), id);
    }

    /** The record's location for an error: file, offset, and the id and URL when its headers give them. */
    private String where(WarcRecord record, long offset) {
        StringBuilder sb = new StringBuilder(name).append('@').append(offset);
        try {
            sb.append(" (").append(record.id()).append(')');
            if (record instanceof WarcTargetRecord t) {
                sb.append(' ').append(t.target());
            }
        } catch (RuntimeException e) {
            // a record too damaged to name: the offset is enough to find it
        }
        return sb.toString();
    }

    private static boolean isHtml(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.contains("text/html") || ct.contains("application/xhtml");
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Closes the file or stream. */
    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a read-only file loses nothing
        }
    }
}
