package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for the heap a benchmark needs: after each iteration it runs a full garbage collection
 * and reports the heap still in use (models, caches and inputs: what must fit under {@code -Xmx}) as
 * {@code heap.live} (the largest over the iterations), next to {@code heap.limit}, the JVM's maximum
 * heap. The collection happens outside the timed part of the iteration. Use it with
 * {@code -prof org.dossier.bench.HeapProfiler}.
 *
 * <p>JMH's own {@code -prof gc} reports allocation rates and collection counts, not the live heap,
 * which is what the language issue's "heap ≤ 3 GB" is about. Runs inside the benchmark's JVM; one
 * instance per run, not shared between threads.
 */
public final class HeapProfiler implements InternalProfiler {
    private static final double MB = 1024.0 * 1024.0;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** The profiler; JMH creates it from its name. */
    public HeapProfiler() {
    }

    @Override
    public String getDescription() {
        return "heap in use after a full GC at the end of each iteration, and the heap limit (MB)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        // Nothing to prepare: the measurement is taken after the iteration.
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        return List.of(
                new ScalarResult("heap.live", liveMegabytes(), "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.limit", Runtime.getRuntime().maxMemory() / MB, "MB", AggregationPolicy.MAX));
    }

    /** Heap in use after a full collection, in MB. */
    double liveMegabytes() {
        // Two collections: objects with finalizers or cleaners need a second one to go.
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / MB;
    }
}
