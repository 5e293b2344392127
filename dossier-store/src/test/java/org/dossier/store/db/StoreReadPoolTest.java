package org.dossier.store.db;

import static org.dossier.store.testing.Records.article;
import static org.dossier.store.testing.Records.country;
import static org.dossier.store.testing.Records.person;
import static org.dossier.store.testing.Records.quote;
import static org.dossier.store.testing.Records.record;
import static org.dossier.store.testing.Records.source;
import static org.dossier.store.testing.Records.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.core.model.Record;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.query.CoMention;
import org.dossier.store.query.EntityProfile;
import org.dossier.store.query.Filter;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.query.StoreCounts;
import org.dossier.store.query.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries run on the read pool: beside the writer, on consistent snapshots, and not after close. */
class StoreReadPoolTest {
    @TempDir
    Path tmp;

    private static Record report(int i) {
        SourceInfo src = source("r" + i + ".html");
        return record(article(src, "Report " + i, i % 2 == 0 ? "Harbor Ledger" : "Coast Daily", "2018-03-28",
                        "An Tal arrived in the capital, report " + i + ".\n\nTalks followed."),
                List.of(person("an-tal", "An Tal"), country("CHN", "China")),
                List.of(quote("We expect progress, " + i, "Bora Vell", "person/bora-vell")),
                List.of(visit("person/an-tal", "An Tal", "country/CHN", "China", "2018-03-" + (10 + i % 15),
                        "An Tal arrived in the capital.")));
    }

    private static void put(Store store, int i) throws StoreException {
        Record r = report(i);
        store.put(source("r" + i + ".html"), r, "test");
    }

    @Test
    void queriesDoNotWaitForTheWriteLock() throws Exception {
        try (Store store = Store.open(tmp.resolve("data"), Store.Mode.WRITE)) {
            put(store, 1);
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread writer = new Thread(() -> {
                synchronized (store) { // what every write holds while it runs
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            writer.start();
            held.await();
            try {
                // Were queries still taking the store's lock, these would block until the timeout.
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    assertEquals(1, store.timeline(Filter.all()).size());
                    assertEquals(1, store.counts().articles());
                    assertTrue(store.article(store.articleIds(Filter.all()).get(0)).isPresent());
                    assertEquals(1, store.quotes(Filter.all()).size());
                });
            } finally {
                release.countDown();
                writer.join();
            }
        }
    }

    @Test
    void readersBesideAWriterAlwaysSeeWholeRecords() throws Exception {
        int records = 60;
        try (Store store = Store.open(tmp.resolve("data"), Store.Mode.WRITE)) {
            put(store, 0);
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                Thread t = new Thread(() -> {
                    try {
                        while (writing.get() || reads.get() < 50) {
                            StoreCounts c = store.counts();
                            // One record is one transaction: a snapshot has all of it or none.
                            if (c.articles() != c.quotes() || c.quotes() != c.events()) {
                                throw new AssertionError("counts from a torn snapshot: " + c);
                            }
                            List<Long> ids = store.articleIds(Filter.all());
                            StoredArticle a = store.article(ids.get(ids.size() - 1)).orElseThrow();
                            if (a.record().entities().size() != 2 || a.record().events().size() != 1) {
                                throw new AssertionError("a partial article: " + a.id());
                            }
                            // A write re-merges the entries of a block (deletes some rows, inserts others): a
                            // torn snapshot would show a report in an old entry and in its replacement.
                            Set<String> placed = new HashSet<>();
                            for (TimelineEntry e : store.timeline(Filter.all())) {
                                for (Report rep : e.sources()) {
                                    if (!placed.add(rep.sha256() + "@" + rep.event().offset())) {
                                        throw new AssertionError("a report in two entries: " + rep.sha256());
                                    }
                                }
                            }
                            reads.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                readers.add(t);
                t.start();
            }
            try {
                for (int i = 1; i < records; i++) {
                    put(store, i);
                }
            } finally {
                writing.set(false);
                for (Thread t : readers) {
                    t.join();
                }
            }
            assertTrue(failures.isEmpty(), () -> "readers failed: " + failures.stream().limit(3).toList());
            assertEquals(records, store.counts().articles());
            assertEquals(records, store.events(Filter.all()).size());
        }
    }

    @Test
    void oneQuerySeesOneSnapshotEvenWhenAWriteLandsInTheMiddle() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            put(store, 1);
            ReadPool pool = new ReadPool(() -> Store.connectReader(data.resolve(Store.DB), true), "test", 1);
            try {
                long[] seen = pool.read(t -> {
                    long before = t.articles.count();
                    Thread writer = new Thread(() -> {
                        try {
                            put(store, 2);
                        } catch (StoreException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    writer.start();
                    try {
                        writer.join();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return new long[] {before, t.articles.count(), t.events.list(Filter.all()).size()};
                });
                assertEquals(1, seen[0]);
                assertEquals(1, seen[1], "the write committed during the query is not part of its snapshot");
                assertEquals(1, seen[2]);
                assertEquals(2L, (long) pool.read(t -> t.articles.count()), "the next query sees it");
            } finally {
                pool.close();
            }
        }
    }

    @Test
    void aClosedStoreRefusesQueries() throws Exception {
        Store store = Store.open(tmp.resolve("data"), Store.Mode.WRITE);
        put(store, 1);
        assertEquals(1, store.counts().articles());
        store.close();
        StoreException e = assertThrows(StoreException.class, store::counts);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void aReadOnlyStoreIsQueriedThroughThePool() throws Exception {
        try (Store store = Store.open(tmp.resolve("data"), Store.Mode.WRITE)) {
            put(store, 1);
            put(store, 2);
        }
        try (Store store = Store.open(tmp.resolve("data"), Store.Mode.READ_ONLY)) {
            assertEquals(2, store.counts().articles());
            assertEquals(2, store.timeline(Filter.all()).stream().mapToInt(TimelineEntry::reports).sum());
        }
    }

    @Test
    void anEntityHasItsNamesTitlesAndTheEntitiesNamedWithIt() throws Exception {
        try (Store store = Store.open(tmp.resolve("data"), Store.Mode.WRITE)) {
            put(store, 1);
            put(store, 2);
            SourceInfo other = source("other.html");
            store.put(other, record(article(other, "Elsewhere", "Coast Daily", "2019-01-02", "Ivo Brandt spoke."),
                    List.of(person("ivo-brandt", "Ivo Brandt"), country("CHN", "China")), List.of(), List.of()),
                    "test");
            EntityProfile tal = store.entity("person/an-tal").orElseThrow();
            assertEquals("An Tal", tal.summary().name());
            assertEquals(2, tal.summary().articles());
            assertEquals(List.of("An"), tal.names()); // the alias, not the canonical name again
            assertEquals(List.of("envoy"), tal.titles());
            assertEquals(List.of(new CoMention("country/CHN", "China", country("CHN", "China").type(), 2)),
                    store.coMentioned("person/an-tal", 10));
            List<CoMention> withChina = store.coMentioned("country/CHN", 10);
            assertEquals(List.of("person/an-tal", "person/ivo-brandt"), withChina.stream().map(CoMention::id).toList());
            assertEquals(1, store.coMentioned("country/CHN", 1).size());
            assertEquals(Optional.empty(), store.entity("person/nobody"));
            assertTrue(store.coMentioned("person/nobody", 5).isEmpty());
        }
    }
}
