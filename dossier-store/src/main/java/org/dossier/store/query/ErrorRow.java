package org.dossier.store.query;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An input that could not be read, fetched or processed, with why. The same failure seen again
 * increments {@code count} instead of adding a row; a later success at the same location removes it.
 *
 * @param id        the row's id
 * @param location  file, WARC file and offset, or URL
 * @param sha256    the payload's hash when its bytes were read (they are kept in the raw store)
 * @param stage     where it failed: read, fetch, process, reprocess
 * @param reason    why, in words a user can act on
 * @param firstSeen when it first failed
 * @param lastSeen  when it last failed
 * @param count     how many runs it failed in
 */
public record ErrorRow(long id, String location, Optional<String> sha256, String stage, String reason,
                       Instant firstSeen, Instant lastSeen, int count) {
    public ErrorRow {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
