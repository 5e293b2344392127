package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.store.db.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end benchmark over a few generated pages (slow: it loads the NER model). */
class IngestBenchIT {
    @TempDir
    Path tmp;

    @Test
    void timesEveryStageOverGeneratedPages() throws Exception {
        Path samples = TinyPages.samples(tmp);
        Path written = tmp.resolve("pages");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path data = tmp.resolve("data");
        IngestBench.Totals t = new IngestBench().run(new IngestBench.Options(8, 2, 1, samples, Optional.of(written),
                Optional.of(data)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(8, t.pages + t.refused, out);
        assertEquals(0, t.refused, out);
        assertTrue(t.extraction > 0 && t.language > 0 && t.analysis > 0 && t.store > 0, out);
        assertTrue(t.tokens > 8 * 20 && t.entities >= 8, out);
        try (Stream<Path> files = Files.list(written)) {
            assertEquals(8, files.count());
        }
        assertTrue(out.contains("8 generated (seed 1: 4 HTML, 4 text)"), out);
        assertTrue(out.contains("| extraction (decode, main text, metadata, language id) |"), out);
        assertTrue(out.contains("| store (raw bytes, SQLite rows, timeline merge, Lucene index, final commit) |"), out);
        assertTrue(out.contains("store overhead: "), out);
        // The timed store is a real one: every page went in, and only the measured run's pages.
        try (Store store = Store.open(data, Store.Mode.READ)) {
            assertEquals(8, store.counts().sources(), out);
            assertTrue(store.counts().articles() >= 1 && store.counts().indexPending() == 0, out);
        }
    }
}
