package org.dossier.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where an input came from, without its bytes: enough to find the raw capture again and to cite it.
 *
 * <p>{@code sha256} is the hex SHA-256 of the bytes handed to the extractor (for a gzipped file, the
 * decompressed bytes; for a WARC record, the HTTP payload), so the same page always gets the same key.
 * Immutable and thread-safe.
 *
 * @param path          the file the input was read from (a WARC file for WARC records), if any
 * @param sha256        hex SHA-256 of the payload bytes
 * @param format        what the payload is (and whether it came out of a WARC file)
 * @param url           the page's URL when known (from the WARC record, the fetch, or the page itself)
 * @param warcRecordId  the WARC-Record-ID when the input is a WARC record
 * @param warcOffset    byte offset of the WARC record in its (possibly compressed) file
 * @param fetchedAt     when the page was fetched or archived, when known; never its publication date
 */
public record SourceRef(
        Optional<String> path,
        String sha256,
        SourceFormat format,
        Optional<String> url,
        Optional<String> warcRecordId,
        OptionalLong warcOffset,
        Optional<Instant> fetchedAt) {

    public SourceRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(warcRecordId, "warcRecordId");
        Objects.requireNonNull(warcOffset, "warcOffset");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** A plain file (or standard input when {@code path} is empty) with no URL. */
    public static SourceRef ofFile(Optional<String> path, String sha256, SourceFormat format) {
        return new SourceRef(path, sha256, format, Optional.empty(), Optional.empty(), OptionalLong.empty(),
                Optional.empty());
    }

    /** A human-readable location for error messages: "file.warc.gz@1234 (urn:uuid:…)", "page.html", "url". */
    public String location() {
        StringBuilder sb = new StringBuilder(path.orElse(url.orElse("<stdin>")));
        warcOffset.ifPresent(o -> sb.append('@').append(o));
        warcRecordId.ifPresent(id -> sb.append(" (").append(id).append(')'));
        if (path.isPresent() && url.isPresent() && warcRecordId.isPresent()) {
            sb.append(' ').append(url.get());
        }
        return sb.toString();
    }

    /** This reference with another URL (for instance one the page declares as canonical). */
    public SourceRef withUrl(Optional<String> newUrl) {
        return new SourceRef(path, sha256, format, newUrl, warcRecordId, warcOffset, fetchedAt);
    }
}
