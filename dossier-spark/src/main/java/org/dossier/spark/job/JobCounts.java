package org.dossier.spark.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run of {@link AnalyzeJob} did. Immutable.
 *
 * @param counters   the accumulators' values by name (files, pages read, records, skipped, errors by stage,
 *                   entities, quotes, events); approximate if a stage was re-run after a lost executor
 * @param articles   rows written to {@code articles}: one per distinct payload (sha256)
 * @param duplicates records dropped because another WARC record had the same payload
 * @param errors     rows written to {@code errors}
 * @param seconds    wall-clock time of the run
 */
public record JobCounts(Map<String, Long> counters, long articles, long duplicates, long errors, double seconds) {
    public JobCounts {
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters)); // in the order printed
    }

    /** The counts as lines for a person: "name: value". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        counters.forEach((name, value) -> sb.append(name).append(": ").append(value).append('\n'));
        sb.append("articles written: ").append(articles).append('\n');
        sb.append("duplicate payloads dropped: ").append(duplicates).append('\n');
        sb.append("error rows written: ").append(errors).append('\n');
        sb.append(String.format(java.util.Locale.ROOT, "seconds: %.1f%n", seconds));
        return sb.toString();
    }
}
