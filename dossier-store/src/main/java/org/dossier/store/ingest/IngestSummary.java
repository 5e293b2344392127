package org.dossier.store.ingest;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a run did and where its time went. Each part has its elapsed time and the CPU time of the
 * threads doing it: on a busy machine the elapsed times grow with other processes' load, while the
 * CPU times still compare the parts fairly (but miss waits for the disk).
 *
 * @param outcomes how many inputs ended each way
 * @param read     reading files and WARC records, and fetching URLs
 * @param pipeline the pipeline, summed over workers
 * @param raw      keeping the raw bytes, summed over workers
 * @param store    SQLite and the index, in the writing thread
 * @param wallNanos the whole run
 */
public record IngestSummary(Map<IngestListener.Outcome, Integer> outcomes, Cost read, Cost pipeline, Cost raw,
                            Cost store, long wallNanos) {
    /**
     * Time spent on one part of the work.
     *
     * @param wallNanos elapsed time
     * @param cpuNanos  CPU time of the threads doing it (0 where the JVM cannot measure it)
     */
    public record Cost(long wallNanos, long cpuNanos) {
        public static final Cost ZERO = new Cost(0, 0);

        public Cost plus(long wall, long cpu) {
            return new Cost(wallNanos + wall, cpuNanos + cpu);
        }
    }

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
