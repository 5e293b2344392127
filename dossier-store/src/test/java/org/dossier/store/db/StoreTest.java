package org.dossier.store.db;

import static org.dossier.store.testing.Records.article;
import static org.dossier.store.testing.Records.country;
import static org.dossier.store.testing.Records.person;
import static org.dossier.store.testing.Records.quote;
import static org.dossier.store.testing.Records.record;
import static org.dossier.store.testing.Records.source;
import static org.dossier.store.testing.Records.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceRef;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.index.IndexQuery;
import org.dossier.store.query.Filter;
import org.dossier.store.query.PutResult;
import org.dossier.store.query.SearchHit;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.query.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private static Record summit(SourceInfo src, String publisher, String date, String body) {
        return summit(src, publisher, "2018-03-28", date, body);
    }

    private static Record summit(SourceInfo src, String publisher, String published, String date, String body) {
        return record(article(src, "Envoy arrives for talks", publisher, published, body),
                List.of(person("an-tal", "An Tal"), country("CHN", "China")),
                List.of(quote("We expect progress on every point", "Bora Vell", "person/bora-vell")),
                List.of(visit("person/an-tal", "An Tal", "country/CHN", "China", date,
                        "An Tal arrived in the capital for a visit.")));
    }

    @Test
    void aRecordRoundTripsThroughTheTables() throws Exception {
        SourceInfo src = source("a.html");
        Record r = summit(src, "Harbor Ledger", "2018-03-26", "An Tal arrived for talks.\n\nThe visit lasted three days.");
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            PutResult put = store.put(src, r, "test");
            assertEquals(PutResult.Outcome.NEW, put.outcome());
            StoredArticle back = store.article(put.articleId()).orElseThrow();
            assertEquals(r, back.record());
            assertEquals(List.of(src.ref()), back.sources());
        }
    }

    @Test
    void sameBytesTwiceAreOneSourceAndSameTextFromTwoUrlsIsOneArticle() throws Exception {
        SourceInfo first = source("a.html", "<p>one</p>");
        SourceInfo again = new SourceInfo(first.ref().withUrl(Optional.of("https://example.org/a")), first.size(),
                Optional.empty());
        SourceInfo other = source("b.html", "<p>one, with other chrome</p>");
        String body = "The same clean text.\n\nIn two payloads.";
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            long id = store.put(first, record(article(first, "T", "P", null, body), List.of(), List.of(), List.of()),
                    "test").articleId();
            assertEquals(PutResult.Outcome.ALREADY_STORED, store.put(again, record(article(again, "T", "P", null, body),
                    List.of(), List.of(), List.of()), "test").outcome());
            PutResult third = store.put(other, record(article(other, "T", "P", null, "The same  clean text.\n\nIn two "
                    + "payloads. "), List.of(), List.of(), List.of()), "test");
            assertEquals(PutResult.Outcome.SAME_ARTICLE, third.outcome());
            assertEquals(id, third.articleId());
            var counts = store.counts();
            assertEquals(2, counts.sources());
            assertEquals(3, counts.locations());
            assertEquals(1, counts.articles());
            List<SourceRef> refs = store.article(id).orElseThrow().sources();
            assertEquals(3, refs.size());
            assertTrue(refs.stream().anyMatch(r -> r.url().equals(Optional.of("https://example.org/a"))));
        }
    }

    @Test
    void reportsOfOneEventMergeIntoOneTimelineEntryAndALaterVisitStaysApart() throws Exception {
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            SourceInfo a = source("a.html");
            SourceInfo b = source("b.html");
            SourceInfo c = source("c.html");
            SourceInfo d = source("d.html");
            store.put(a, summit(a, "Harbor Ledger", "2018-03", "Body one."), "test");
            store.put(b, summit(b, "Eastgate Times", "2018-03-25/2018-03-27", "Body two."), "test");
            store.put(c, summit(c, "Pacific Wire", "2019-01-08", "Body three."), "test");
            // Undated, in an article of January: it happened before then, so it is not the March visit.
            store.put(d, summit(d, "Pacific Wire", "2018-01-10", null, "Body four, undated."), "test");
            List<TimelineEntry> entries = store.timeline(Filter.all());
            assertEquals(3, entries.size(), entries.toString());
            TimelineEntry march = entries.get(0);
            assertEquals(2, march.reports());
            assertEquals(Optional.of("2018-03-25/2018-03-27"), march.date());
            assertEquals(2, march.sources().size());
            assertEquals(Optional.of("2019-01-08"), entries.get(1).date());
            assertEquals(Optional.empty(), entries.get(2).date());

            Filter since = Filter.all().withSince(DateSpan.parse("2018-12-01"));
            assertEquals(1, store.timeline(since).size());
            assertEquals(3, store.timeline(Filter.all().withActor(Optional.of("person/an-tal"))).size());
            assertEquals(0, store.timeline(Filter.all().withType(Optional.of("SANCTION"))).size());
            assertEquals(1, store.timeline(Filter.all().withPublisher(Optional.of("eastgate times"))).size());

            // Undated in an article of April: it can only be the March visit, the one entry it fits.
            SourceInfo e = source("e.html");
            store.put(e, summit(e, "Harbor Ledger", "2018-04-02", null, "Body five, undated, later."), "test");
            entries = store.timeline(Filter.all());
            assertEquals(3, entries.size(), entries.toString());
            assertEquals(3, entries.get(0).reports());
            assertEquals(Optional.of("2018-03-25/2018-03-27"), entries.get(0).date());
        }
    }

    @Test
    void quotesEventsAndEntitiesAreListedWithFilters() throws Exception {
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            SourceInfo a = source("a.html");
            SourceInfo b = source("b.html");
            store.put(a, summit(a, "Harbor Ledger", "2018-03-26", "Body one."), "test");
            store.put(b, record(article(b, "Other news", "Eastgate Times", "2019-05-01", "Body two."),
                    List.of(country("CHN", "China")), List.of(), List.of()), "test");
            assertEquals(1, store.quotes(Filter.all().withSpeaker(Optional.of("person/bora-vell"))).size());
            assertEquals(0, store.quotes(Filter.all().withSpeaker(Optional.of("person/nobody"))).size());
            assertEquals(1, store.events(Filter.all().withType(Optional.of("consult"))).size());
            assertEquals(0, store.events(Filter.all().withUntil(DateSpan.parse("2018-03-01"))).size());
            var entities = store.entities(Filter.all());
            assertEquals("country/CHN", entities.get(0).id());
            assertEquals(2, entities.get(0).articles());
            assertEquals(1, store.entities(Filter.all().withType(Optional.of("person"))).size());
            assertEquals(List.of(2L), store.articleIds(Filter.all().withSince(DateSpan.parse("2019"))));
            assertEquals(2, store.articleIds(Filter.all().withEntity(Optional.of("country/CHN"))).size());
        }
    }

    @Test
    void searchFindsByBodyWordEntityAndSpeakerWithSnippets() throws Exception {
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            SourceInfo a = source("a.html");
            SourceInfo b = source("b.html");
            store.put(a, summit(a, "Harbor Ledger", "2018-03-26", "The envoy discussed fisheries.\n\nTalks went on."),
                    "test");
            store.put(b, record(article(b, "Markets", "Eastgate Times", "2019-05-01", "Rice prices rose in Hanoi."),
                    List.of(), List.of(), List.of()), "test");
            List<SearchHit> hits = store.search(new IndexQuery("fisheries", Optional.empty(), Filter.all()));
            assertEquals(1, hits.size());
            assertEquals(SearchHit.Kind.ARTICLE, hits.get(0).kind());
            assertTrue(hits.get(0).snippet().contains("[[fisheries]]"), hits.get(0).snippet());

            List<SearchHit> bySpeaker = store.search(new IndexQuery("Bora Vell", Optional.empty(), Filter.all()));
            assertTrue(bySpeaker.stream().anyMatch(h -> h.kind() == SearchHit.Kind.QUOTE), bySpeaker.toString());

            List<SearchHit> byEntity = store.search(new IndexQuery("", Optional.empty(),
                    Filter.all().withEntity(Optional.of("person/an-tal"))));
            assertEquals(2, byEntity.size(), byEntity.toString()); // the article and its event
            assertTrue(store.search(new IndexQuery("hanoi", Optional.empty(),
                    Filter.all().withUntil(DateSpan.parse("2018")))).isEmpty());
            assertEquals(1, store.search(new IndexQuery("hanoi", Optional.empty(),
                    Filter.all().withPublisher(Optional.of("EASTGATE TIMES")))).size());
            assertEquals(1, store.search(new IndexQuery("", Optional.of(SearchHit.Kind.EVENT),
                    Filter.all().withType(Optional.of("CONSULT")))).size());
            assertTrue(store.search(new IndexQuery("\"\" ||| --", Optional.empty(), Filter.all())).isEmpty());
        }
    }

    @Test
    void errorsCountRepeatsAndAreClearedByALaterSuccess() throws Exception {
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            SourceInfo a = source("a.html");
            store.recordError("a.html", "read", "cannot read: boom");
            store.recordError("a.html", "read", "cannot read: boom");
            store.recordError("https://example.org/x", "fetch", "HTTP 404");
            assertEquals(2, store.errors(Filter.all()).size());
            assertEquals(2, store.errors(Filter.all()).get(0).count());
            store.put(a, summit(a, "P", "2018", "Body."), "test");
            assertEquals(1, store.errors(Filter.all()).size());

            SourceInfo bad = source("bad.html", "\u0000\u0001");
            store.putFailure(bad, "process", "binary content", "test");
            assertEquals(Optional.of(org.dossier.store.query.SourceStatus.FAILED), store.status(bad.ref().sha256()));
            assertEquals(Optional.of(bad.ref().sha256()), store.errors(Filter.all()).get(1).sha256());
        }
    }

    @Test
    void storeSurvivesReopeningAndRebuildsADamagedIndex() throws Exception {
        SourceInfo a = source("a.html");
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            store.put(a, summit(a, "P", "2018", "Walrus sightings rose."), "test");
        }
        try (Stream<Path> files = Files.list(data().resolve("index"))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("segments")) {
                    Files.write(f, new byte[] {1, 2, 3});
                }
            }
        }
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            assertTrue(store.checkIndex().consistent(), store.checkIndex().toString());
            assertEquals(1, store.search(new IndexQuery("walrus", Optional.empty(), Filter.all())).size());
            assertEquals("ok", store.integrityCheck());
        }
        try (Store reader = Store.open(data(), Store.Mode.READ)) {
            assertEquals(1, reader.counts().articles());
        }
    }

    @Test
    void aSecondWriterIsRefusedAndAReaderBesideAWriterIsReadOnly() throws Exception {
        try (Store writer = Store.open(data(), Store.Mode.WRITE)) {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(data(), Store.Mode.WRITE));
            assertTrue(e.getMessage().contains("another Dossier process"), e.getMessage());
            try (Store reader = Store.open(data(), Store.Mode.READ)) {
                assertFalse(reader.writable());
                assertThrows(StoreException.class, () -> reader.recordError("x", "read", "y"));
            }
        }
    }

    @Test
    void badDataDirectoriesAreRefusedWithTheReason() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertTrue(assertThrows(StoreException.class, () -> Store.open(file, Store.Mode.WRITE))
                .getMessage().contains("not a directory"));

        Path foreign = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertTrue(assertThrows(StoreException.class, () -> Store.open(foreign, Store.Mode.WRITE))
                .getMessage().contains("not a Dossier data directory"));

        assertTrue(assertThrows(StoreException.class, () -> Store.open(tmp.resolve("none"), Store.Mode.READ))
                .getMessage().contains("no Dossier store"));

        Path corrupt = Files.createDirectories(tmp.resolve("corrupt"));
        Files.write(corrupt.resolve("dossier.db"), "this is not a database at all, just text".repeat(100).getBytes());
        StoreException e = assertThrows(StoreException.class, () -> Store.open(corrupt, Store.Mode.WRITE));
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
    }

    @Test
    void aStoreFromANewerDossierIsRefused() throws Exception {
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            assertEquals(0, store.counts().articles());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data().resolve("dossier.db"));
             var s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'future', '2100-01-01T00:00:00Z')");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(data(), Store.Mode.WRITE));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void aReadOnlyStoreIsReadAndLeftUntouched() throws Exception {
        SourceInfo a = source("a.html");
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            store.put(a, summit(a, "P", "2018", "Walrus sightings rose."), "test");
        }
        java.util.Map<Path, java.nio.file.attribute.FileTime> before = snapshot(data());
        try (Store store = Store.open(data(), Store.Mode.READ_ONLY)) {
            assertFalse(store.writable());
            assertEquals(1, store.counts().articles());
            assertEquals(1, store.search(new IndexQuery("walrus", Optional.empty(), Filter.all())).size());
            assertThrows(StoreException.class, () -> store.put(a, summit(a, "P", "2018", "Other."), "test"));
        }
        assertEquals(before, snapshot(data()));
    }

    @Test
    void aDirectoryWithoutWritePermissionIsOpenedReadOnly() throws Exception {
        try (Store store = Store.open(data(), Store.Mode.WRITE)) {
            store.recordError("x", "read", "y");
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(data());
        Files.setPosixFilePermissions(data(), java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores permission bits: only a real read-only directory exercises this.
            boolean stillWritable;
            try {
                Files.delete(Files.createTempFile(data(), "probe", ""));
                stillWritable = true;
            } catch (java.io.IOException e) {
                stillWritable = false;
            }
            org.junit.jupiter.api.Assumptions.assumeFalse(stillWritable, "running as root: permissions not enforced");
            StoreException e = assertThrows(StoreException.class, () -> Store.open(data(), Store.Mode.WRITE));
            assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
            try (Store store = Store.open(data(), Store.Mode.READ)) {
                assertFalse(store.writable());
                assertEquals(1, store.errors(Filter.all()).size());
            }
        } finally {
            Files.setPosixFilePermissions(data(), perms);
        }
    }

    private static java.util.Map<Path, java.nio.file.attribute.FileTime> snapshot(Path dir) throws Exception {
        java.util.Map<Path, java.nio.file.attribute.FileTime> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                out.put(p, Files.getLastModifiedTime(p));
            }
        }
        return out;
    }
}
