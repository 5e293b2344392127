package org.dossier.spark.corpus;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.core.model.Record;

/**
 * The single-machine rules the corpus step distributes: near-duplicate signatures and links, the
 * name of a duplicate group, the countries a report learns from the other articles, the block a report
 * is merged in, and the merge of one block. The Spark
 * step only finds candidates (band keys), takes connected components and groups reports by block; every
 * decision is one of these pure functions, so the cluster's timeline is the single machine's.
 *
 * <p>{@link #project()} gives {@link TimelineRules}, the project's own near-duplicate detection and
 * timeline merge ({@code org.dossier.nlp.timeline}); tests give simpler rules to exercise the step alone.
 *
 * <p>Implementations must be pure, stateless and thread-safe, and serialisable (Spark closures carry them).
 */
public interface CorpusRules extends Serializable {

    /** The rules the project applies on one machine. */
    static CorpusRules project() {
        return new TimelineRules();
    }

    /** The near-duplicate signature of an article's body. */
    Signature signature(String body);

    /** The LSH band keys of a signature: two articles are candidates when they share one. */
    long[] bandKeys(Signature signature);

    /** Whether two candidates are near-duplicates. */
    boolean linked(Signature a, Signature b);

    /** The id of a duplicate group of at least two articles ({@code sha256} and publication date). */
    String groupId(List<Member> members);

    /**
     * {@code report} with the parties' countries its own article leaves empty learned from the corpus:
     * {@code given} holds, for the report's actor and target ids, every country any article of the corpus
     * gives that entity (an id no article gives a country is absent). Applied before {@link #blockKey}.
     */
    EventReport fill(EventReport report, Map<String, ? extends Collection<String>> given);

    /** The block a report is merged in: only reports of one block are ever compared. */
    String blockKey(EventReport report);

    /** The timeline entries of one block's reports, in any order given. */
    List<MergedEvent> mergeBlock(List<EventReport> reports);

    /**
     * The single-machine timeline of whole records (near-duplicates found among them, every block
     * merged): what the Spark step must equal for the same records. Records with the same sha256 are one
     * article.
     */
    List<MergedEvent> merge(Collection<Record> records);

    /** An article as duplicate grouping sees it. */
    record Member(String sha256, Optional<String> published) implements Serializable {
    }
}
