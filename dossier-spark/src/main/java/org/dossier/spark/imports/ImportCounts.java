package org.dossier.spark.imports;

import java.util.Locale;
import java.util.Map;

/**
 * What an import did: rows read per table, and for the embedded store how many articles were new.
 * Immutable.
 *
 * @param rows    rows read from each table, by table name, in the order imported
 * @param stored  articles the store did not have yet (the embedded store only; -1 for PostgreSQL)
 * @param seconds wall-clock time
 */
public record ImportCounts(Map<String, Long> rows, long stored, double seconds) {
    public ImportCounts {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }

    /** The counts as lines for a person. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        rows.forEach((t, n) -> sb.append(t).append(": ").append(n).append('\n'));
        if (stored >= 0) {
            sb.append("new articles in the store: ").append(stored).append('\n');
        }
        return sb.append(String.format(Locale.ROOT, "seconds: %.1f%n", seconds)).toString();
    }
}
