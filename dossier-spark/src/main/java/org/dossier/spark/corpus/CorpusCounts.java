package org.dossier.spark.corpus;

import java.util.Locale;

/**
 * What a run of {@link CorpusJob} did. Immutable.
 *
 * @param articles        articles read
 * @param duplicateGroups near-duplicate groups of two or more articles
 * @param duplicates      articles in those groups
 * @param reports         event reports merged
 * @param entries         timeline entries written
 * @param seconds         wall-clock time of the run
 */
public record CorpusCounts(long articles, long duplicateGroups, long duplicates, long reports, long entries,
                           double seconds) {
    /** The counts as lines for a person. */
    public String describe() {
        return String.format(Locale.ROOT, "articles read: %d%nnear-duplicate groups: %d (%d articles)%n"
                + "event reports: %d%ntimeline entries: %d%nseconds: %.1f%n", articles, duplicateGroups, duplicates,
                reports, entries, seconds);
    }
}
