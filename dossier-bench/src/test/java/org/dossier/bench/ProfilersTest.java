package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    void loadProfilerReportsTheLoadAndTheCpuShareOfABusyIteration() {
        LoadProfiler profiler = new LoadProfiler();
        profiler.beforeIteration(null, null);
        long sink = 0;
        long until = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < until) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        Map<String, Result<?>> results = byLabel(profiler.afterIteration(null, null, null));
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "load average and CPU time read on Linux");
        assertTrue(results.get("load.avg").getScore() >= 0);
        // A thread spinning for the whole iteration: some CPU time, at most every core's worth.
        double share = results.get("cpu.share").getScore();
        assertTrue(share > 0.01 && share <= Runtime.getRuntime().availableProcessors() + 0.5, share + " (" + sink + ")");
    }

    private static Map<String, Result<?>> byLabel(Collection<? extends Result<?>> results) {
        return results.stream().collect(Collectors.toMap(Result::getLabel, Function.identity()));
    }
}
