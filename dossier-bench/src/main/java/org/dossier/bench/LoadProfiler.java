package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
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
 * A JMH profiler that records how much of the machine a benchmark had, so that a number measured
 * while other work competed for the cores says so in its own rows:
 * <ul>
 *   <li>{@code load.avg}: the system's one-minute load average at the end of each iteration;</li>
 *   <li>{@code cpu.share}: the CPU time the benchmark's JVM used during the iteration (every thread:
 *       benchmark, JIT compiler, garbage collector) over the iteration's wall time. Pinned to one
 *       core ({@code taskset -c 0}) on a quiet machine this is close to 1; under load it is the share
 *       of the core the JVM got, and {@code score / cpu.share} estimates the score on a core of its
 *       own (an estimate: caches and memory bandwidth are still shared).</li>
 * </ul>
 * Use it with {@code -prof org.dossier.bench.LoadProfiler}. Runs inside the benchmark's JVM; not
 * shared between threads.
 */
public final class LoadProfiler implements InternalProfiler {
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private long cpuStart;
    private long wallStart;

    /** The profiler; JMH creates it from its name. */
    public LoadProfiler() {
    }

    @Override
    public String getDescription() {
        return "the system's load average, and the share of wall time the benchmark's JVM was on a CPU";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuStart = Machine.processCpuNanos();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long wall = System.nanoTime() - wallStart;
        long cpu = Machine.processCpuNanos() - cpuStart;
        List<Result<?>> out = new ArrayList<>();
        double load = os.getSystemLoadAverage();
        // Negative means the platform reports no such figure; an absent row says that better than a number.
        if (load >= 0) {
            out.add(new ScalarResult("load.avg", load, "load", AggregationPolicy.AVG));
        }
        if (cpuStart >= 0 && cpu >= 0 && wall > 0) {
            out.add(new ScalarResult("cpu.share", (double) cpu / wall, "cores", AggregationPolicy.AVG));
        }
        return out;
    }
}
