package org.dossier.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.nlp.time.DatingFromReports;
import org.dossier.store.db.Store;
import org.dossier.store.query.Filter;
import org.dossier.store.query.StoredArticle;
import org.dossier.store.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest and reprocess hold back an article whose page states no date until the run's dated reports are stored,
 * then give the pipeline the store's dated reports of its events' parties. The pipeline here stands in for the
 * language stage: every page reports one visit; a page named {@code dated-*} states its date and the visit's days,
 * and an undated page given a report of the visit is estimated from it.
 */
class RunDatingTest {
    private static final String VISIT_DAYS = "2031-05-12/2031-05-14";

    @TempDir
    Path tmp;

    /** The stand-in pipeline, which remembers the reports each undated page was given. */
    static final class VisitPipeline implements Pipeline {
        final Map<String, List<DatingFromReports.Reference>> given = Collections.synchronizedMap(new TreeMap<>());

        @Override
        public Record process(Source source) throws ExtractionException {
            Article a = Extractor.withDefaults().extract(source);
            boolean dated = name(source).startsWith("dated");
            if (dated) {
                a = a.toBuilder().published(Optional.of("2031-05-13")).build();
            }
            return record(a, dated ? Optional.of(VISIT_DAYS) : Optional.empty());
        }

        @Override
        public Record process(Source source, List<DatingFromReports.Reference> reports)
                throws ExtractionException {
            given.put(name(source), reports);
            Record first = process(source);
            if (reports.stream().noneMatch(r -> r.event().actorId().equals(Optional.of("person/ana-ruiz")))) {
                return first;
            }
            Article a = first.article().toBuilder()
                    .publishedEstimate(Optional.of(new DateEstimate("2031-05-13", "from " + reports.get(0).source())))
                    .build();
            return record(a, Optional.of(VISIT_DAYS));
        }

        private static String name(Source s) {
            return Path.of(s.ref().location()).getFileName().toString();
        }

        static Record record(Article a, Optional<String> date) {
            Event visit = new Event("CONSULT", Optional.of("visit"), EventStatus.REPORTED, Optional.of("Ana Ruiz"),
                    Optional.of("person/ana-ruiz"), Optional.empty(), Optional.of("Peru"), Optional.of("country/PER"),
                    Optional.empty(), Optional.of("Lima"), date, "Ana Ruiz arrived in Lima.", 0, 0.9);
            return new Record(a, List.of(), List.of(), List.of(visit));
        }
    }

    private Path page(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        return Files.writeString(dir.resolve(name + ".html"), Pages.article(name.replace('-', 'x')));
    }

    private IngestSummary ingest(Path data, Pipeline p, List<String> inputs, List<String> heard) throws Exception {
        return ingest(data, p, inputs, heard, IngestConfig.DEFAULT_MAX_HELD);
    }

    private IngestSummary ingest(Path data, Pipeline p, List<String> inputs, List<String> heard, int maxHeld)
            throws Exception {
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            return new Ingester(store, p, IngestConfig.defaults("test", Optional.empty()).withWorkers(2)
                    .withMaxHeld(maxHeld),
                    Optional.empty(), (location, outcome, detail) -> heard.add(outcome + " "
                    + Path.of(location).getFileName())).run(inputs, new ByteArrayInputStream(new byte[0]));
        }
    }

    private static Map<String, Article> articles(Path data) throws Exception {
        Map<String, Article> out = new TreeMap<>();
        try (Store store = Store.open(data, Store.Mode.READ)) {
            for (long id : store.articleIds(Filter.all())) {
                StoredArticle a = store.article(id).orElseThrow();
                out.put(Path.of(a.record().article().source().location()).getFileName().toString(),
                        a.record().article());
            }
        }
        return out;
    }

    @Test
    void anUndatedPageBeforeItsDatedReportIsHeldAndDatedFromIt() throws Exception {
        Path undated = page("undated-visit");
        Path dated = page("dated-visit");
        Path data = tmp.resolve("data");
        VisitPipeline p = new VisitPipeline();
        List<String> heard = new ArrayList<>();

        IngestSummary s = ingest(data, p, List.of(undated.toString(), dated.toString()), heard);

        assertEquals(2, s.count(IngestListener.Outcome.STORED), heard.toString());
        assertEquals(List.of("STORED dated-visit.html", "STORED undated-visit.html"), heard,
                "the undated page is stored after the run's dated one");
        List<DatingFromReports.Reference> given = p.given.get("undated-visit.html");
        assertEquals(1, given.size(), p.given.toString());
        assertEquals(Optional.of(VISIT_DAYS), given.get(0).event().date());
        assertTrue(given.get(0).source().endsWith("dated-visit.html"), given.get(0).source());
        Article a = articles(data).get("undated-visit.html");
        assertEquals("2031-05-13", a.publishedEstimate().orElseThrow().value());
        try (Store store = Store.open(data, Store.Mode.READ)) {
            assertEquals(1, store.timeline(Filter.all()).size(), "one visit, dated in both articles, one entry");
            assertEquals(2, store.timeline(Filter.all()).get(0).sources().size());
        }

        List<String> again = new ArrayList<>();
        IngestSummary second = ingest(data, p, List.of(undated.toString(), dated.toString()), again);
        assertEquals(2, second.count(IngestListener.Outcome.ALREADY_STORED), again.toString());
        assertEquals(a, articles(data).get("undated-visit.html"), "a second run changes nothing");
    }

    @Test
    void theSameBytesTwiceInOneRunAreProcessedOnceAndKeepBothLocations() throws Exception {
        Path undated = page("undated-visit");
        Path copy = Files.copy(undated, undated.resolveSibling("copy-of-undated.html"));
        Path dated = page("dated-visit");
        Path data = tmp.resolve("data");
        VisitPipeline p = new VisitPipeline();
        List<String> heard = new ArrayList<>();

        ingest(data, p, List.of(undated.toString(), copy.toString(), dated.toString()), heard);

        assertEquals(List.of("ALREADY_STORED copy-of-undated.html", "STORED dated-visit.html",
                "STORED undated-visit.html"), heard, "the copy waits for nothing: its bytes are on their way");
        assertEquals(Set.of("undated-visit.html"), p.given.keySet(), "dated once, under the first location");
        try (Store store = Store.open(data, Store.Mode.READ)) {
            String sha = articles(data).get("undated-visit.html").source().sha256();
            Set<String> names = new TreeSet<>();
            for (SourceRef r : store.locations(sha)) {
                names.add(Path.of(r.location()).getFileName().toString());
            }
            assertEquals(Set.of("undated-visit.html", "copy-of-undated.html"), names);
            assertEquals(2, store.counts().sources(), "two payloads");
        }
    }

    @Test
    void heldRecordsOverTheLimitAreDatedFromWhatTheStoreHoldsByThen() throws Exception {
        Path undatedA = page("undated-a");
        Path undatedB = page("undated-b");
        Path dated = page("dated-visit");
        Path data = tmp.resolve("data");
        VisitPipeline p = new VisitPipeline();
        List<String> heard = new ArrayList<>();

        ingest(data, p, List.of(undatedA.toString(), dated.toString(), undatedB.toString()), heard, 1);

        assertEquals(List.of("STORED undated-a.html", "STORED dated-visit.html", "STORED undated-b.html"), heard,
                "with room for one, the first undated page is stored as soon as it is held");
        Map<String, Article> stored = articles(data);
        assertTrue(stored.get("undated-a.html").publishedEstimate().isEmpty(), "nothing to date it from yet");
        assertEquals("2031-05-13", stored.get("undated-b.html").publishedEstimate().orElseThrow().value());
    }

    @Test
    void withoutADatedReportTheFirstRecordIsStoredAndThePipelineNotRunAgain() throws Exception {
        Path undated = page("undated-alone");
        Path data = tmp.resolve("data");
        VisitPipeline p = new VisitPipeline();
        List<String> heard = new ArrayList<>();

        ingest(data, p, List.of(undated.toString()), heard);

        assertEquals(List.of("STORED undated-alone.html"), heard);
        assertTrue(p.given.isEmpty(), "no report of the visit's parties in the store: " + p.given);
        Article a = articles(data).get("undated-alone.html");
        assertTrue(a.published().isEmpty() && a.publishedEstimate().isEmpty(), a.toString());
    }

    @Test
    void aLaterRunDoesNotRedateAStoredArticleButReprocessDoes() throws Exception {
        Path undated = page("undated-early");
        Path dated = page("dated-later");
        Path data = tmp.resolve("data");
        VisitPipeline p = new VisitPipeline();
        ingest(data, p, List.of(undated.toString()), new ArrayList<>());
        ingest(data, p, List.of(dated.toString()), new ArrayList<>());
        assertTrue(articles(data).get("undated-early.html").publishedEstimate().isEmpty(),
                "a stored record is not rewritten by a later ingest");

        IngestSummary s = new Reprocessor(p, "test v2", IngestListener.silent()).run(data);

        assertEquals(2, s.count(IngestListener.Outcome.STORED));
        assertEquals("2031-05-13", articles(data).get("undated-early.html").publishedEstimate().orElseThrow().value());
        try (Store store = Store.open(data, Store.Mode.READ)) {
            assertTrue(store.checkIndex().consistent());
            assertEquals(2, store.counts().sources(), "every payload kept its location");
        }
    }

    @Test
    void onlyDayPreciseEventsOfArticlesWhosePageStatesTheirDateAreReports() throws Exception {
        Path data = tmp.resolve("data");
        VisitPipeline p = new VisitPipeline();
        Pipeline monthOnly = source -> {
            Record r = p.process(source);
            Event e = r.events().get(0);
            Event month = new Event(e.type(), e.mode(), e.status(), e.actor(), e.actorId(), e.actorCountry(),
                    e.target(), e.targetId(), e.targetCountry(), e.location(), Optional.of("2031-05"), e.evidence(),
                    e.offset(), e.confidence());
            return new Record(r.article(), r.entities(), r.quotes(), List.of(month));
        };
        Pipeline estimated = source -> {
            Record r = p.process(source);
            Article a = r.article().toBuilder().published(Optional.empty())
                    .publishedEstimate(Optional.of(new DateEstimate("2031-05-13", "test"))).build();
            return new Record(a, r.entities(), r.quotes(), r.events());
        };
        Event undatedVisit = VisitPipeline.record(Article.builder(SourceRef.ofFile(Optional.of("u.html"),
                "0".repeat(64), SourceFormat.HTML)).body("").build(), Optional.empty()).events().get(0);
        Event otherType = new Event("AID", Optional.empty(), EventStatus.REPORTED, undatedVisit.actor(),
                undatedVisit.actorId(), Optional.empty(), undatedVisit.target(), undatedVisit.targetId(),
                Optional.empty(), Optional.empty(), Optional.empty(), "x", 0, 0.5);
        Event otherParty = new Event("CONSULT", Optional.of("visit"), EventStatus.REPORTED, undatedVisit.actor(),
                undatedVisit.actorId(), Optional.empty(), Optional.of("Chile"), Optional.of("country/CHL"),
                Optional.empty(), Optional.empty(), Optional.empty(), "x", 0, 0.5);
        ingest(data, monthOnly, List.of(page("dated-month").toString()), new ArrayList<>());
        ingest(data, estimated, List.of(page("dated-estimated").toString()), new ArrayList<>());
        try (Store store = Store.open(data, Store.Mode.READ)) {
            assertTrue(store.datedReports(List.of(undatedVisit)).isEmpty());
        }
        ingest(data, p, List.of(page("dated-day").toString()), new ArrayList<>());
        try (Store store = Store.open(data, Store.Mode.READ)) {
            List<DatingFromReports.Reference> r = store.datedReports(List.of(undatedVisit, undatedVisit));
            assertEquals(1, r.size(), r.toString());
            assertTrue(r.get(0).source().endsWith("dated-day.html"));
            assertTrue(store.datedReports(List.of(otherType, otherParty)).isEmpty(), "another type, another host");
            assertTrue(store.datedReports(List.of()).isEmpty());
        }
    }
}
