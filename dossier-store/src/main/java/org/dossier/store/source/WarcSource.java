package org.dossier.store.source;

import java.io.IOException;
import java.io.InputStream;
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
 * The HTML pages of one WARC file, record by record (jwarc). A {@code response} record gives its
 * HTTP payload (de-chunked and decompressed) with the HTTP {@code Content-Type} for its charset; a
 * {@code resource} record gives its block. Other records and non-HTML payloads are skipped. A
 * damaged record ends the file with one error naming the byte offset, since a WARC cannot be
 * re-synchronised safely after it. Not thread-safe.
 */
final class WarcSource implements AutoCloseable {
    private final Path path;
    private final WarcReader reader;
    private final InputOptions options;
    private boolean done;

    private WarcSource(Path path, WarcReader reader, InputOptions options) {
        this.path = path;
        this.reader = reader;
        this.options = options;
    }

    static WarcSource open(Path path, InputOptions options) throws IOException {
        return new WarcSource(path, new WarcReader(path), options);
    }

    /** The next HTML page, or an error, or empty at the end of the file. */
    Optional<SourceItem> next() {
        while (!done) {
            long offset = reader.position();
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                return Optional.of(new SourceItem.Failed(path + "@" + offset,
                        "damaged or truncated WARC record: " + message(e)));
            }
            if (record.isEmpty()) {
                done = true;
                return Optional.empty();
            }
            offset = reader.position();
            try {
                Optional<SourceItem> item = page(record.get(), offset);
                if (item.isPresent()) {
                    return item;
                }
            } catch (IOException | RuntimeException e) {
                String id = record.get().id().toString();
                return Optional.of(new SourceItem.Failed(path + "@" + offset + " (" + id + ")",
                        "damaged or truncated WARC record: " + message(e)));
            }
        }
        return Optional.empty();
    }

    private Optional<SourceItem> page(WarcRecord record, long offset) throws IOException {
        String contentType;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equals("application/http")) {
                return Optional.empty();
            }
            HttpResponse http = response.http();
            contentType = http.headers().first("Content-Type").orElse("");
            if (!isHtml(contentType)) {
                return Optional.empty();
            }
            body = http.bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            contentType = resource.contentType().toString();
            if (!isHtml(contentType)) {
                return Optional.empty();
            }
            body = resource.body();
        } else {
            return Optional.empty();
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        String where = path + "@" + offset + " (" + record.id() + ")";
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        }
        if (bytes.length > options.maxBytes()) {
            return Optional.of(new SourceItem.Failed(where,
                    "payload is over the limit of " + options.maxBytes() + " bytes (raise it with --max-bytes)"));
        }
        SourceRef ref = new SourceRef(Optional.of(path.toString()), Source.sha256(bytes), SourceFormat.WARC,
                Optional.of(target.target()), Optional.of(record.id().toString()), OptionalLong.of(offset),
                Optional.of(record.date()));
        return Optional.of(new SourceItem.Read(Source.of(bytes, ref, Optional.of(contentType))));
    }

    private static boolean isHtml(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.contains("text/html") || ct.contains("application/xhtml");
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a read-only file loses nothing
        }
    }
}
