package org.dossier.spark.corpus;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.model.Record;
import org.dossier.nlp.timeline.Fingerprint;
import org.dossier.nlp.timeline.NearDuplicates;
import org.dossier.nlp.timeline.PartyCountries;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;

/**
 * The project's near-duplicate detection and timeline merge ({@code org.dossier.nlp.timeline}) as the
 * corpus step's rules: every decision is theirs; this class only converts between their values and the
 * step's rows. Stateless and thread-safe.
 */
final class TimelineRules implements CorpusRules {
    private static final long serialVersionUID = 1L;
    /** Group ids depend on sha256 and date only; the fingerprint of a member does not matter there. */
    private static final Fingerprint NONE = Fingerprint.of(new long[NearDuplicates.HASHES], 0);

    @Override
    public Signature signature(String body) {
        Fingerprint f = NearDuplicates.fingerprint(body);
        return new Signature(f.minHashes(), f.shingles());
    }

    @Override
    public long[] bandKeys(Signature s) {
        return fingerprint(s).bandKeys();
    }

    @Override
    public boolean linked(Signature a, Signature b) {
        return NearDuplicates.linked(fingerprint(a), fingerprint(b));
    }

    @Override
    public String groupId(List<Member> members) {
        return NearDuplicates.groupId(members.stream()
                .map(m -> new NearDuplicates.Item(m.sha256(), m.published(), NONE)).toList());
    }

    @Override
    public EventReport fill(EventReport r, Map<String, ? extends Collection<String>> given) {
        Report filled = PartyCountries.fromGiven(given).fill(report(r));
        return filled.event().equals(r.event()) ? r : new EventReport(r.sha256(), r.seq(), r.path(), r.url(),
                r.publisher(), r.published(), r.publishedEstimate(), r.duplicateGroup(), filled.event());
    }

    @Override
    public String blockKey(EventReport r) {
        return report(r).blockKey().toString();
    }

    @Override
    public List<MergedEvent> mergeBlock(List<EventReport> reports) {
        Map<Report, EventReport> back = new HashMap<>();
        reports.forEach(r -> back.put(report(r), r));
        return Timeline.mergeReports(back.keySet()).stream().map(e -> merged(e, back::get)).toList();
    }

    @Override
    public List<MergedEvent> merge(Collection<Record> records) {
        // Entries hold the reports as filled from the parties' countries, so each is traced back to its
        // events row by the filled event (the same table the merge fills them from).
        PartyCountries countries = PartyCountries.of(records);
        Map<List<Object>, Integer> seq = new HashMap<>();
        for (Record r : records) {
            List<Report> reports = Report.fromRecord(r, r.article().source().sha256());
            for (int i = 0; i < reports.size(); i++) {
                seq.putIfAbsent(List.of(r.article().source().sha256(), countries.fill(reports.get(i)).event()), i);
            }
        }
        return Timeline.merge(records).stream().map(e -> merged(e, rep -> new EventReport(rep.sha256(),
                seq.get(List.of(rep.sha256(), rep.event())), rep.path(), rep.url(), rep.publisher(), rep.published(),
                rep.publishedEstimate(), rep.duplicateGroup(), rep.event()))).toList();
    }

    private static Fingerprint fingerprint(Signature s) {
        return Fingerprint.of(s.minHashes(), s.shingles());
    }

    private static Report report(EventReport r) {
        return new Report(r.sha256(), r.path(), r.url(), r.publisher(), r.published(), r.publishedEstimate(),
                r.duplicateGroup(), r.event());
    }

    private static MergedEvent merged(TimelineEntry e, java.util.function.Function<Report, EventReport> back) {
        return new MergedEvent(e.id(), e.block().toString(), e.type(), e.mode(), e.status(), e.actor(), e.actorId(),
                e.target(), e.targetId(), e.location(), e.date(), e.sources().stream().map(back).toList(),
                e.ambiguousSources().stream().map(back).toList());
    }
}
