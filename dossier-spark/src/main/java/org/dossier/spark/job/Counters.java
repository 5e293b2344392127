package org.dossier.spark.job;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts, as Spark accumulators the tasks add to and the driver reads at the end. Spark
 * applies a task's updates once per successful task attempt; a stage re-run after a lost executor
 * counts its records again, so the tables, not these, are the exact record (see {@link JobCounts}).
 */
final class Counters implements Serializable {
    private static final long serialVersionUID = 1L;

    final LongAccumulator files;
    final LongAccumulator pages;
    final LongAccumulator records;
    final LongAccumulator skippedNonHtml;
    final LongAccumulator skippedOther;
    final LongAccumulator readErrors;
    final LongAccumulator extractErrors;
    final LongAccumulator analyzeErrors;
    final LongAccumulator entities;
    final LongAccumulator quotes;
    final LongAccumulator events;

    Counters(SparkContext sc) {
        files = sc.longAccumulator("WARC files");
        pages = sc.longAccumulator("HTML pages read");
        records = sc.longAccumulator("records");
        skippedNonHtml = sc.longAccumulator("non-HTML payloads skipped");
        skippedOther = sc.longAccumulator("other WARC records skipped");
        readErrors = sc.longAccumulator("read errors");
        extractErrors = sc.longAccumulator("extraction errors");
        analyzeErrors = sc.longAccumulator("analysis errors");
        entities = sc.longAccumulator("entities");
        quotes = sc.longAccumulator("quotes");
        events = sc.longAccumulator("events");
    }

    /** The values, in a fixed order, named as the job prints them. */
    Map<String, Long> values() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (LongAccumulator a : new LongAccumulator[] {files, pages, records, skippedNonHtml, skippedOther, readErrors,
                extractErrors, analyzeErrors, entities, quotes, events}) {
            m.put(a.name().get(), a.value());
        }
        return m;
    }
}
