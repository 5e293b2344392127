package org.dossier.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Record;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.db.Store;
import org.dossier.store.index.IndexQuery;
import org.dossier.store.query.ErrorRow;
import org.dossier.store.query.Filter;
import org.dossier.store.testing.Pages;
import org.dossier.store.testing.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReprocessorTest {
    @TempDir
    Path tmp;

    private Path data;

    /** A newer pipeline: the same extraction, with titles marked so the rebuild is visible. */
    private static final Pipeline NEWER = source -> {
        Record r = IngesterTest.EXTRACT.process(source);
        return Record.of(r.article().toBuilder().title(r.article().title().map(t -> "v2 " + t)).build());
    };

    @BeforeEach
    void ingest() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (String s : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve(s + ".html"), Pages.article(s));
        }
        // Read fine, but holds no article: stored with an error, and failing again at reprocess.
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        data = tmp.resolve("data");
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            new Ingester(store, IngesterTest.EXTRACT, IngestConfig.defaults("v1", Optional.empty()), Optional.empty(),
                    IngestListener.silent()).run(List.of(dir.toString(), tmp.resolve("gone.html").toString()),
                    new ByteArrayInputStream(new byte[0]));
            store.recordError("https://example.org/x", "fetch", "HTTP 500");
        }
    }

    private List<String> titles(Store store) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (long id : store.articleIds(Filter.all())) {
            out.add(store.article(id).orElseThrow().record().article().title().orElse(""));
        }
        return out;
    }

    @Test
    void rebuildsEveryRecordWithTheNewPipelineAndKeepsLocationsAndErrors() throws Exception {
        IngestSummary s = new Reprocessor(NEWER, "v2", IngestListener.silent()).run(data);
        assertEquals(3, s.count(IngestListener.Outcome.STORED));
        assertEquals(1, s.count(IngestListener.Outcome.FAILED), "the page without an article fails again");
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            assertTrue(titles(store).stream().allMatch(t -> t.startsWith("v2 Story")), titles(store).toString());
            assertEquals(4, store.counts().sources());
            assertEquals(4, store.counts().locations());
            List<String> where = store.errors(Filter.all()).stream().map(ErrorRow::location).toList();
            assertTrue(where.contains("https://example.org/x") && where.stream().anyMatch(w -> w.endsWith("gone.html"))
                    && where.stream().anyMatch(w -> w.endsWith("empty.html")), where.toString());
            assertTrue(store.checkIndex().consistent());
            assertEquals(3, store.search(new IndexQuery("harbour", Optional.empty(), Filter.all())).size());
        }
    }

    @Test
    void aMissingRawFileKeepsThePreviousRecordWithAnError() throws Exception {
        String sha;
        try (Store store = Store.open(data, Store.Mode.READ)) {
            sha = store.article(store.articleIds(Filter.all()).get(0)).orElseThrow().record().article().source()
                    .sha256();
            Files.delete(store.raw().path(sha));
        }
        IngestSummary s = new Reprocessor(NEWER, "v2", IngestListener.silent()).run(data);
        assertEquals(2, s.count(IngestListener.Outcome.STORED));
        try (Store store = Store.open(data, Store.Mode.READ)) {
            List<String> titles = titles(store);
            assertEquals(3, titles.size());
            assertEquals(1, titles.stream().filter(t -> !t.startsWith("v2")).count(), titles.toString());
            assertTrue(store.errors(Filter.all()).stream().anyMatch(e -> e.reason().contains("raw bytes missing")
                    && e.reason().contains("kept the record")));
        }
    }

    @Test
    void reprocessingAndIngestingAgainGiveTheSameTimelineWithNoSourceTwice() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("stories"));
        List<String> names = new java.util.ArrayList<>(Stories.names());
        java.util.Collections.reverse(names);
        for (String name : names) {
            Files.writeString(pages.resolve(name + ".html"), Stories.page(name));
        }
        Pipeline coded = source -> Stories.record(source.ref());
        Path dir = tmp.resolve("timeline");
        List<TimelineEntry> first;
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            new Ingester(store, coded, IngestConfig.defaults("v1", Optional.empty()), Optional.empty(),
                    IngestListener.silent()).run(List.of(pages.toString()), new ByteArrayInputStream(new byte[0]));
            first = store.timeline(Filter.all());
            // Every story is read from a file of its own name, so the records are those the tests build directly.
            assertEquals(Timeline.merge(Stories.all().values()).size(), first.size());
            assertTrue(first.stream().anyMatch(e -> e.sources().size() > e.reports()), "a wire copy counted once");
            IngestSummary again = new Ingester(store, coded, IngestConfig.defaults("v1", Optional.empty()),
                    Optional.empty(), IngestListener.silent()).run(List.of(pages.toString()),
                    new ByteArrayInputStream(new byte[0]));
            assertEquals(names.size(), again.count(IngestListener.Outcome.ALREADY_STORED));
            assertEquals(first, store.timeline(Filter.all()), "ingesting again adds no source");
        }
        IngestSummary s = new Reprocessor(coded, "v2", IngestListener.silent()).run(dir);
        assertEquals(names.size(), s.count(IngestListener.Outcome.STORED));
        try (Store store = Store.open(dir, Store.Mode.READ)) {
            assertEquals(first, store.timeline(Filter.all()));
        }
    }

    @Test
    void anInterruptedRebuildIsDiscardedAndAMarkedOneIsCompletedOnOpen() throws Exception {
        // Killed while rebuilding: the half-built store has no completion mark.
        Store half = Store.openRebuild(data);
        half.close();
        assertTrue(Files.exists(data.resolve("next.db")));
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            assertEquals(3, store.counts().articles());
        }
        assertFalse(Files.exists(data.resolve("next.db")));

        // Killed after marking the rebuild complete but before the swap: the next open finishes it.
        Store empty = Store.openRebuild(data);
        empty.close();
        Files.writeString(data.resolve("next.ready"), "test");
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            assertEquals(0, store.counts().articles(), "the rebuilt (here: empty) store replaced the old one");
            assertTrue(store.checkIndex().consistent());
        }
        assertFalse(Files.exists(data.resolve("next.ready")));
    }
}
