package org.dossier.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.store.db.Store;
import org.dossier.store.query.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API under load: 50 clients on loopback, each asking for a timeline page or a search as fast as
 * answers come, for 20 seconds, over a store of 1,000 generated articles. Every answer must be a 200;
 * the latencies are measured and written to {@code target/web-load.md} for docs/benchmarks.md (this
 * test asserts no speed: the machine is shared).
 */
class WebLoadIT {
    /** 50 and 20 s as the issue asks; -Ddossier.load.clients / .seconds to explore. */
    private static final int CLIENTS = Integer.getInteger("dossier.load.clients", 50);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("dossier.load.seconds", 20));
    private static final int ARTICLES = 1000;
    private static final int ACTORS = 40;
    private static final String[] WORDS = {"harbour", "talks", "summit", "envoy", "sanctions", "visit", "border",
        "treaty", "ministers", "delegation", "statement", "railway", "fisheries", "customs", "pledge", "aid",
        "ceasefire", "grain", "tariff", "observers"};
    private static final String[] TYPES = {"CONSULT", "AGREE", "ACCUSE", "THREATEN", "COOPERATE", "SANCTION"};

    @TempDir
    Path tmp;

    @Test
    void fiftyClientsForTwentySecondsGetNoError() throws Exception {
        Path data = tmp.resolve("data");
        long built = System.nanoTime();
        fill(data);
        double buildSeconds = (System.nanoTime() - built) / 1e9;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        try (Store store = Store.open(data, Store.Mode.READ);
             WebServer server = WebServer.start(store, Fixture.config(1 << 20))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Samples timeline = new Samples();
            Samples search = new Samples();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + RUN.toNanos();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                Thread t = new Thread(() -> {
                    try {
                        while (System.nanoTime() < end && errors.size() < 20) {
                            boolean askTimeline = random.nextBoolean();
                            String path = askTimeline ? timelinePath(random) : searchPath(random);
                            long t0 = System.nanoTime();
                            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                                    .timeout(Duration.ofSeconds(30)).build();
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            long nanos = System.nanoTime() - t0;
                            if (r.statusCode() != 200 || r.body().length == 0) {
                                errors.add(path + " → " + r.statusCode() + " "
                                        + new String(r.body(), StandardCharsets.UTF_8));
                            }
                            (askTimeline ? timeline : search).add(nanos);
                        }
                    } catch (Exception e) {
                        errors.add(e.toString());
                    } finally {
                        done.countDown();
                    }
                }, "load-client-" + c);
                t.setDaemon(true);
                t.start();
            }
            done.await();
            double loadAfter = os.getSystemLoadAverage();
            assertTrue(errors.isEmpty(), () -> errors.size() + " errors, first: " + errors.peek());
            assertTrue(timeline.count() > 0 && search.count() > 0);
            String report = String.format(Locale.ROOT, """
                    %s: %d clients for %d s on loopback, store of %d generated articles (%d timeline entries; built in %.0f s)
                    machine: %d cores, %.1f GiB memory, load average %.2f before and %.2f after (1 min; the machine is shared)
                    | endpoint | requests | errors | per second | p50 ms | p99 ms | max ms |
                    | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                    %s
                    %s
                    """, LocalDate.now(), CLIENTS, RUN.toSeconds(), ARTICLES, timelineEntries(data), buildSeconds,
                    Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (double) (1L << 30),
                    loadBefore, loadAfter, timeline.row("/api/timeline"), search.row("/api/search"));
            System.out.println(report);
            Files.writeString(Path.of("target", "web-load.md"), report, StandardCharsets.UTF_8);
            assertEquals(0, errors.size());
        }
    }

    private static String timelinePath(Random random) {
        StringBuilder p = new StringBuilder("api/timeline?limit=50");
        switch (random.nextInt(4)) {
            case 0 -> p.append("&actor=person/actor-").append(random.nextInt(ACTORS));
            case 1 -> p.append("&type=").append(TYPES[random.nextInt(TYPES.length)]);
            case 2 -> p.append("&since=2018-").append(String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12)));
            default -> p.append("&offset=").append(50 * random.nextInt(10));
        }
        return p.toString();
    }

    private static String searchPath(Random random) {
        String q = WORDS[random.nextInt(WORDS.length)]
                + (random.nextBoolean() ? "%20" + WORDS[random.nextInt(WORDS.length)] : "");
        return "api/search?limit=20&q=" + q;
    }

    private static long timelineEntries(Path data) throws Exception {
        try (Store store = Store.open(data, Store.Mode.READ_ONLY)) {
            return store.counts().timelineEntries();
        }
    }

    /** Generated articles: each names two actors, quotes one, and reports two events between them. */
    private static void fill(Path data) throws Exception {
        Random random = new Random(42);
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            for (int i = 0; i < ARTICLES; i++) {
                int a = random.nextInt(ACTORS);
                int b = (a + 1 + random.nextInt(ACTORS - 1)) % ACTORS;
                StringBuilder body = new StringBuilder("Actor " + a + " met Actor " + b + " on the matter. ");
                for (int w = 0; w < 150; w++) {
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                String said = "We spoke about " + WORDS[random.nextInt(WORDS.length)];
                body.append("\"").append(said).append("\", said Actor ").append(b).append('.');
                String text = body.toString();
                Source src = Source.ofText(text, Optional.of("gen/" + i + ".txt"), SourceFormat.TEXT);
                LocalDate day = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(700));
                Article article = Article.builder(src.ref()).title(Optional.of("Report " + i + " on "
                        + WORDS[i % WORDS.length])).publisher(Optional.of("Outlet " + (i % 7)))
                        .published(Optional.of(day.toString())).language(Optional.of("en")).body(text).build();
                List<Entity> entities = List.of(actor(a, text.indexOf("Actor " + a)),
                        actor(b, text.indexOf("Actor " + b)));
                List<Event> events = new ArrayList<>();
                for (int e = 0; e < 2; e++) {
                    events.add(new Event(TYPES[random.nextInt(TYPES.length)], Optional.empty(),
                            random.nextInt(5) == 0 ? EventStatus.PLANNED : EventStatus.REPORTED,
                            Optional.of("Actor " + a), Optional.of("person/actor-" + a), Optional.empty(),
                            Optional.of("Actor " + b), Optional.of("person/actor-" + b), Optional.empty(),
                            Optional.empty(), Optional.of(day.minusDays(random.nextInt(3)).toString()),
                            "Actor " + a + " met Actor " + b + " on the matter.", 0, 0.8));
                }
                Quote q = new Quote(said, Optional.of("Actor " + b), Optional.of("person/actor-" + b), Optional.empty(),
                        true, text.indexOf(said));
                store.put(SourceInfo.of(src), new Record(article, entities, List.of(q), events), "load-test");
            }
        }
    }

    private static Entity actor(int n, int offset) {
        return new Entity("person/actor-" + n, "Actor " + n, EntityType.PERSON, List.of(), 1, List.of(),
                Optional.empty(), List.of(offset));
    }

    /** Latencies, from every client thread. */
    private static final class Samples {
        private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        private final AtomicLong n = new AtomicLong();

        void add(long v) {
            nanos.add(v);
            n.incrementAndGet();
        }

        long count() {
            return n.get();
        }

        String row(String name) {
            long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(Locale.ROOT, "| %s | %d | 0 | %.0f | %.1f | %.1f | %.1f |", name, v.length,
                    v.length / (double) RUN.toSeconds(), pct(v, 0.50), pct(v, 0.99), v[v.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
        }
    }
}
