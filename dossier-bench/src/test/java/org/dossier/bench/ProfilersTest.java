package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;

class ProfilersTest {
    @Test
    void heapProfilerReportsTheLiveHeapUnderTheLimit() {
        // Something large that stays reachable must show up in the live heap.
        long[] held = new long[16 * 1024 * 1024];
        Map<String, Result<?>> results = byLabel(new HeapProfiler().afterIteration(null, null, null));
        double live = results.get("heap.live").getScore();
        double limit = results.get("heap.limit").getScore();
        assertTrue(live >= 128 && live <= limit, live + " MB live, limit " + limit + " MB");
        assertEquals(Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0, limit, 0.01);
        assertEquals(16 * 1024 * 1024, held.length);
    }

    @Test
    void loadProfilerReportsTheLoadAverageWhereThereIsOne() {
        Map<String, Result<?>> results = byLabel(new LoadProfiler().afterIteration(null, null, null));
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(results.get("load.avg").getScore() >= 0);
        } else {
            assertTrue(results.isEmpty() || results.get("load.avg").getScore() >= 0);
        }
    }

    private static Map<String, Result<?>> byLabel(Collection<? extends Result<?>> results) {
        return results.stream().collect(Collectors.toMap(Result::getLabel, Function.identity()));
    }
}
