package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.SourceRef;
import org.dossier.store.db.Store;
import org.dossier.store.query.Filter;
import org.dossier.store.query.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during {@code dossier ingest} of 1,000 pages, at random moments, again and again:
 * after each kill the store opens, passes SQLite's integrity check, still holds every article the
 * killed run reported as stored, and its index matches SQLite; the final run completes the set with
 * no duplicate.
 */
class IngestCrashIT {
    private static final int PAGES = 1000;
    private static final int KILLS = 6;
    private static final Pattern STORED = Pattern.compile("^\\s*\\d+ (?:stored|same article)\\s+(\\S+)");

    @TempDir
    Path tmp;

    private Process start(Path data, Path pages, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx1536m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--data", data.toString(), "--threads", "1", pages.toString());
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
    }

    private static Set<String> reportedStored(Path log) throws Exception {
        Set<String> paths = new HashSet<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = STORED.matcher(line);
            if (m.find()) {
                paths.add(m.group(1));
            }
        }
        return paths;
    }

    /**
     * Waits until the run reports {@code n} newly stored pages; true if it ended first. A slow machine only
     * makes the wait longer: the run fails only when it stores nothing for two minutes (it is stuck).
     */
    private static boolean waitForStored(Process p, Path log, int n) throws Exception {
        long stall = TimeUnit.SECONDS.toNanos(120);
        long lastProgress = System.nanoTime();
        int seen = 0;
        while (System.nanoTime() - lastProgress < stall) {
            if (p.waitFor(50, TimeUnit.MILLISECONDS)) {
                return true;
            }
            int stored = reportedStored(log).size();
            if (stored >= n) {
                return false;
            }
            if (stored > seen) {
                seen = stored;
                lastProgress = System.nanoTime();
            }
        }
        throw new AssertionError("the run stored no page for 120 s (" + seen + " of the " + n + " awaited)");
    }

    /** Opens the store as the next run would, checks it, and returns the paths of its articles. */
    private static Set<String> check(Path data, long[] lastArticles) throws Exception {
        if (!Files.exists(data.resolve("dossier.db"))) {
            return Set.of();
        }
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            assertEquals("ok", store.integrityCheck());
            StoreCounts counts = store.counts();
            assertTrue(counts.articles() >= lastArticles[0], "articles went from " + lastArticles[0] + " to "
                    + counts.articles());
            lastArticles[0] = counts.articles();
            assertEquals(counts.articles(), counts.sources(), "every stored page is one source and one article");
            Store.IndexCheck index = store.checkIndex();
            assertTrue(index.consistent(), index.toString());
            Set<String> paths = new HashSet<>();
            for (long id : store.articleIds(Filter.all())) {
                List<SourceRef> refs = store.article(id).orElseThrow().sources();
                assertEquals(1, refs.size(), "article " + id + " has " + refs);
                refs.get(0).path().ifPresent(paths::add);
            }
            return paths;
        }
    }

    @Test
    void killedAtRandomMomentsTheStoreStaysWholeAndTheNextRunFinishesWithoutDuplicates() throws Exception {
        Path pages = tmp.resolve("pages");
        GeneratedPages.write(pages, PAGES, 11);
        Path data = tmp.resolve("data");
        Random random = new Random(20181);
        long[] lastArticles = {0};
        int kills = 0;
        Set<String> everReported = new HashSet<>();
        for (int attempt = 0; kills < KILLS && attempt < 4 * KILLS; attempt++) {
            Path log = tmp.resolve("run-" + attempt + ".log");
            Process p = start(data, pages, log);
            // Every third kill lands at a random moment from start-up (often before the store opens); the
            // others at a random moment after the run has begun storing, so they hit transactions, raw
            // writes and index commits.
            boolean finished;
            if (attempt % 3 == 0) {
                finished = p.waitFor(200 + random.nextInt(3_000), TimeUnit.MILLISECONDS);
            } else {
                finished = waitForStored(p, log, 1 + random.nextInt(150))
                        || p.waitFor(random.nextInt(500), TimeUnit.MILLISECONDS);
            }
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                kills++;
            }
            Set<String> reported = reportedStored(log);
            everReported.addAll(reported);
            Set<String> inStore = check(data, lastArticles);
            System.out.printf("run %d: %s, %d stored by this run, %d articles in the store%n", attempt,
                    finished ? "finished" : "killed", reported.size(), inStore.size());
            for (String path : everReported) {
                assertTrue(inStore.contains(path), "reported as stored but missing after kill " + kills + ": " + path);
            }
            if (finished) {
                break;
            }
        }
        assertTrue(kills >= 5, "only " + kills + " kills landed before the batch finished");

        Path last = tmp.resolve("final.log");
        Process p = start(data, pages, last);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the final run did not finish");
        assertEquals(0, p.exitValue(), Files.readString(last));
        Set<String> inStore = check(data, lastArticles);
        assertEquals(PAGES, inStore.size());
        List<String> expected = new ArrayList<>();
        try (var files = Files.list(pages)) {
            files.map(Path::toString).forEach(expected::add);
        }
        assertTrue(inStore.containsAll(expected));
        try (Store store = Store.open(data, Store.Mode.READ)) {
            StoreCounts counts = store.counts();
            assertEquals(PAGES, counts.articles());
            assertEquals(PAGES, counts.locations());
            assertEquals(0, counts.errors());
            assertEquals(0, counts.indexPending());
        }
        try (var raw = Files.walk(data.resolve("raw"))) {
            assertEquals(PAGES, raw.filter(f -> f.toString().endsWith(".gz")).count(), "one raw file per page");
        }
        try (var leftovers = Files.list(data.resolve("raw").resolve("tmp"))) {
            assertTrue(leftovers.findAny().isEmpty(), "no half-written raw file");
        }
        assertFalse(Files.exists(data.resolve("next.db")), "no leftover of a rebuild");
    }
}
