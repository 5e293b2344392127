package org.dossier.nlp.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Record;

/**
 * The timeline: events of many articles merged so that each real-world event is one entry with
 * every article that reports it. The same reports in any order give the same entries. All methods but
 * {@link #add(Map, Collection)} are pure functions of their arguments and keep no state, and are
 * thread-safe; that one updates the blocks it is given.
 *
 * <p>Three ways in, one set of rules (see the package documentation):
 * <ul>
 *   <li>{@link #merge(Collection)}: a batch of records, as {@code dossier timeline} has;</li>
 *   <li>{@link #add(Collection, Collection)}: new reports into the stored entries of their blocks, as a
 *       store does when an article arrives, or {@link #add(Map, Collection)} into blocks the store keeps
 *       in memory between articles;</li>
 *   <li>{@link #mergeReports(Collection)}: one block's reports, as a Spark job does after grouping by
 *       {@link BlockKey}.</li>
 * </ul>
 * All three give the same entries for the same reports.
 */
public final class Timeline {
    /** Oldest first by first day, then last day; undated entries last; then type, actor and id. */
    public static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator
            .comparing((TimelineEntry e) -> e.date().flatMap(DateSpan::parse).map(DateSpan::first)
                    .orElse(java.time.LocalDate.MAX))
            .thenComparing(e -> e.date().flatMap(DateSpan::parse).map(DateSpan::last).orElse(java.time.LocalDate.MAX))
            .thenComparing(TimelineEntry::type)
            .thenComparing(e -> e.actorId().orElse(""))
            .thenComparing(TimelineEntry::id);

    private Timeline() {
    }

    /**
     * The timeline of {@code records}, oldest first: near-duplicate articles found among them, every
     * event made a report, every block merged. Records with the same sha256 are one article (the one
     * with the first path or URL is kept); records without events contribute only their near-duplicate
     * links and their entities' countries: a party an article names without its country gets the one
     * the other records agree on ({@link PartyCountries}).
     */
    public static List<TimelineEntry> merge(Collection<Record> records) {
        Map<String, Record> bySha = new TreeMap<>();
        for (Record r : records) {
            bySha.merge(r.article().source().sha256(), r, (a, b) -> location(a).compareTo(location(b)) <= 0 ? a : b);
        }
        List<NearDuplicates.Item> items = new ArrayList<>();
        // Records without events take part too: a copy of a copy is linked through them.
        for (Record r : bySha.values()) {
            items.add(new NearDuplicates.Item(r.article().source().sha256(), r.article().published(),
                    NearDuplicates.fingerprint(r.article().body())));
        }
        Map<String, String> groups = NearDuplicates.groups(items);
        PartyCountries countries = PartyCountries.of(bySha.values());
        List<Report> reports = new ArrayList<>();
        for (Record r : bySha.values()) {
            for (Report rep : Report.fromRecord(r, groups.get(r.article().source().sha256()))) {
                reports.add(countries.fill(rep));
            }
        }
        return mergeReports(reports);
    }

    /** The entries of {@code reports}, of any number of blocks, oldest first. A report given twice counts once. */
    public static List<TimelineEntry> mergeReports(Collection<Report> reports) {
        Map<BlockKey, List<Report>> blocks = new LinkedHashMap<>();
        for (Report r : reports) {
            blocks.computeIfAbsent(r.blockKey(), k -> new ArrayList<>()).add(r);
        }
        List<TimelineEntry> out = new ArrayList<>();
        blocks.forEach((key, list) -> out.addAll(BlockMerger.merge(key, list)));
        return chronological(out);
    }

    /**
     * The entries that replace {@code entries} once {@code reports} join them: the incremental merge.
     * {@code entries} must be every stored entry of every block the new reports fall in ({@link
     * Report#blockKey()}); the result is what {@link #mergeReports} gives for all their reports together,
     * so entries may be joined, split off or re-dated, and their ids may change. A new report equal to a
     * stored one (same article and event) replaces it, so adding a record again changes nothing, and a
     * report whose duplicate group or {@linkplain PartyCountries#fill learned countries} changed can be
     * re-added with its new ones; of several new reports equal to each other the last counts. A report
     * whose block changed with its countries is withdrawn from its old block only when that block's
     * entries are among {@code entries} (give the old report first and the new one after it).
     */
    public static List<TimelineEntry> add(Collection<TimelineEntry> entries, Collection<Report> reports) {
        Map<Report.Identity, Report> all = new LinkedHashMap<>();
        entries.forEach(e -> e.allReports().forEach(r -> all.put(r.identity(), r)));
        reports.forEach(r -> all.put(r.identity(), r));
        return mergeReports(all.values());
    }

    /**
     * {@link #add(Collection, Collection)} for a writer that keeps its blocks between calls: merges {@code
     * reports} into {@code blocks}, which must hold the block of every report ({@link Report#blockKey()};
     * an empty {@link MergedBlock} for a block not seen yet). The same rules: a report equal to one held in
     * any of {@code blocks} replaces it, there or in its new block, and of several equal new reports the last
     * counts. Afterwards each block's {@link MergedBlock#entries()} are what {@link #mergeReports} gives for
     * its reports; an entry that did not change is the object it was.
     *
     * @throws IllegalArgumentException if a report's block is not among {@code blocks}; the blocks are then
     *                                  in an unknown state and must be dropped
     */
    public static void add(Map<BlockKey, MergedBlock> blocks, Collection<Report> reports) {
        Map<Report.Identity, Report> latest = new LinkedHashMap<>();
        reports.forEach(r -> latest.put(r.identity(), r));
        for (Map.Entry<Report.Identity, Report> r : latest.entrySet()) {
            MergedBlock home = blocks.get(r.getValue().blockKey());
            if (home == null) {
                throw new IllegalArgumentException("the block " + r.getValue().blockKey() + " of a report of "
                        + r.getValue().sha256() + " was not given");
            }
            for (MergedBlock b : blocks.values()) {
                if (b != home) {
                    b.remove(r.getKey());
                }
            }
            home.put(r.getValue());
        }
        blocks.values().forEach(MergedBlock::merge);
    }

    /**
     * The entries that replace {@code entries} once the articles {@code sha256s} are withdrawn (a page
     * re-analysed by a newer coder, then added again with {@link #add}).
     */
    public static List<TimelineEntry> withoutArticles(Collection<TimelineEntry> entries, Set<String> sha256s) {
        Map<Report.Identity, Report> kept = new LinkedHashMap<>();
        entries.forEach(e -> e.allReports().stream().filter(r -> !sha256s.contains(r.sha256()))
                .forEach(r -> kept.put(r.identity(), r)));
        return mergeReports(kept.values());
    }

    /** {@code entries} in {@link #CHRONOLOGICAL} order, each date parsed once rather than at every comparison. */
    private static List<TimelineEntry> chronological(List<TimelineEntry> entries) {
        record Keyed(java.time.LocalDate start, java.time.LocalDate end, TimelineEntry entry) {
        }
        Comparator<Keyed> order = Comparator.comparing(Keyed::start).thenComparing(Keyed::end)
                .thenComparing(k -> k.entry().type()).thenComparing(k -> k.entry().actorId().orElse(""))
                .thenComparing(k -> k.entry().id());
        return entries.stream().map(e -> {
            java.util.Optional<DateSpan> d = e.date().flatMap(DateSpan::parse);
            return new Keyed(d.map(DateSpan::first).orElse(java.time.LocalDate.MAX),
                    d.map(DateSpan::last).orElse(java.time.LocalDate.MAX), e);
        }).sorted(order).map(Keyed::entry).toList();
    }

    private static String location(Record r) {
        return r.article().source().path().or(() -> r.article().source().url()).orElse("");
    }
}
