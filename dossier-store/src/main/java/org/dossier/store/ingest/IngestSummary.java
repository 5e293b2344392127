package org.dossier.store.ingest;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a run did and where its time went.
 *
 * @param outcomes       how many inputs ended each way
 * @param readNanos      reading files and WARC records, and fetching URLs
 * @param pipelineNanos  the pipeline, summed over workers (CPU time of the stages, roughly)
 * @param rawNanos       keeping the raw bytes, summed over workers
 * @param storeNanos     SQLite and the index, in the writing thread
 * @param wallNanos      the whole run
 */
public record IngestSummary(Map<IngestListener.Outcome, Integer> outcomes, long readNanos, long pipelineNanos,
                            long rawNanos, long storeNanos, long wallNanos) {
    public IngestSummary {
        outcomes = Map.copyOf(outcomes);
    }

    /** How many inputs ended with {@code outcome}. */
    public int count(IngestListener.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /** How many inputs in all. */
    public int total() {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    static Map<IngestListener.Outcome, Integer> empty() {
        return new EnumMap<>(IngestListener.Outcome.class);
    }
}
