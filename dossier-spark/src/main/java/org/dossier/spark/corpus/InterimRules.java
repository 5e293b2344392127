package org.dossier.spark.corpus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.store.query.DateSpan;

/**
 * TEMPORARY stand-in for the project's near-duplicate detection and timeline merge
 * ({@code org.dossier.nlp.timeline}, being built on another branch): replace {@link CorpusRules#project()}
 * with an adapter to those classes and delete this one when they land. Deliberately minimal, so that
 * nobody mistakes it for the real rules:
 * <ul>
 *   <li>near-duplicates are exact copies only: the signature is one hash of the body with runs of white
 *       space made one space and letters lower-cased;</li>
 *   <li>blocks are type, actor id ({@code ?} when none) and the month of the event's date, else of the
 *       article's publication date, else {@code undated};</li>
 *   <li>within a block, reports merge only when mode, target, place and date are all equal; a report
 *       without an actor id merges only with copies from its own duplicate group; nothing is ambiguous.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class InterimRules implements CorpusRules {
    private static final long serialVersionUID = 1L;
    private static final List<EventStatus> STATUS_ORDER = List.of(EventStatus.REPORTED, EventStatus.HISTORICAL,
            EventStatus.PLANNED, EventStatus.SPECULATED, EventStatus.DENIED, EventStatus.NEGATED);

    @Override
    public Signature signature(String body) {
        String norm = body.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int words = norm.isEmpty() ? 0 : norm.split(" ").length;
        long hash = Long.parseUnsignedLong(Source.sha256(norm.getBytes(StandardCharsets.UTF_8)).substring(0, 15), 16);
        return new Signature(new long[] {hash}, words);
    }

    @Override
    public long[] bandKeys(Signature s) {
        return s.shingles() == 0 ? new long[0] : s.minHashes();
    }

    @Override
    public boolean linked(Signature a, Signature b) {
        return a.shingles() > 0 && b.shingles() > 0 && a.minHashes()[0] == b.minHashes()[0];
    }

    @Override
    public String groupId(List<Member> members) {
        return members.stream().min(Comparator
                        .comparing((Member m) -> m.published().flatMap(DateSpan::parse).map(DateSpan::first)
                                .orElse(Long.MAX_VALUE))
                        .thenComparing(Member::sha256))
                .orElseThrow(() -> new IllegalArgumentException("empty group")).sha256();
    }

    @Override
    public String blockKey(EventReport r) {
        Event e = r.event();
        String month = e.date().flatMap(DateSpan::parse).or(() -> r.published().flatMap(DateSpan::parse))
                .map(s -> LocalDate.ofEpochDay(s.first()).toString().substring(0, 7)).orElse("undated");
        return e.type().toUpperCase(Locale.ROOT) + "|" + e.actorId().orElse("?") + "|" + month;
    }

    @Override
    public List<MergedEvent> mergeBlock(List<EventReport> reports) {
        Map<List<Object>, List<EventReport>> entries = new TreeMap<>(Comparator.comparing(Object::toString));
        for (EventReport r : reports) {
            Event e = r.event();
            List<Object> key = new ArrayList<>(List.of(blockKey(r), e.mode(), e.targetId().or(() -> lower(e.target())),
                    lower(e.location()), e.date()));
            if (e.actorId().isEmpty()) {
                key.add(r.duplicateGroup());
                key.add(lower(e.actor()));
            }
            entries.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<MergedEvent> out = new ArrayList<>();
        entries.forEach((key, list) -> out.add(entry(key, list)));
        return out;
    }

    private static MergedEvent entry(List<Object> key, List<EventReport> list) {
        List<EventReport> sources = new ArrayList<>(list);
        sources.sort(Comparator.comparing((EventReport r) -> r.published().orElse("~"))
                .thenComparing(EventReport::sha256).thenComparingInt(EventReport::seq));
        Event first = sources.get(0).event();
        EventStatus status = sources.stream().map(r -> r.event().status())
                .min(Comparator.comparingInt(STATUS_ORDER::indexOf)).orElseThrow();
        String id = Source.sha256(key.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return new MergedEvent(id, (String) key.get(0), first.type().toUpperCase(Locale.ROOT), first.mode(), status,
                mostCommon(sources, r -> r.event().actor()), first.actorId(),
                mostCommon(sources, r -> r.event().target()), first.targetId(), first.location(), first.date(),
                sources, List.of());
    }

    @Override
    public List<MergedEvent> merge(Collection<Record> records) {
        Map<String, Record> bySha = new TreeMap<>();
        records.forEach(r -> bySha.putIfAbsent(r.article().source().sha256(), r));
        Map<String, String> groups = new HashMap<>();
        Map<Long, List<Record>> buckets = new HashMap<>();
        for (Record r : bySha.values()) {
            for (long key : bandKeys(signature(r.article().body()))) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        // Exact copies: a bucket is a group (one band, so an article is in at most one bucket).
        for (List<Record> bucket : buckets.values()) {
            if (bucket.size() > 1) {
                String id = groupId(bucket.stream().map(r -> new Member(r.article().source().sha256(),
                        r.article().published())).toList());
                bucket.forEach(r -> groups.put(r.article().source().sha256(), id));
            }
        }
        Map<String, List<EventReport>> blocks = new LinkedHashMap<>();
        for (Record r : bySha.values()) {
            Article a = r.article();
            String sha = a.source().sha256();
            for (int i = 0; i < r.events().size(); i++) {
                EventReport report = new EventReport(sha, i, a.source().path(), a.source().url(), a.publisher(),
                        a.published(), a.publishedEstimate().map(DateEstimate::value), groups.getOrDefault(sha, sha),
                        r.events().get(i));
                blocks.computeIfAbsent(blockKey(report), k -> new ArrayList<>()).add(report);
            }
        }
        List<MergedEvent> out = new ArrayList<>();
        blocks.values().forEach(list -> out.addAll(mergeBlock(list)));
        out.sort(Comparator.comparing(MergedEvent::id));
        return out;
    }

    private static Optional<String> lower(Optional<String> s) {
        return s.map(v -> v.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<String> mostCommon(List<EventReport> reports, Function<EventReport, Optional<String>> f) {
        Map<String, Long> counts = reports.stream().map(f).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
