package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
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
 * A JMH profiler that records how busy the machine was: the system's one-minute load average at the
 * end of each iteration, averaged over the iterations, as {@code load.avg}. A number measured while
 * other work competed for the cores says so in its own row. Use it with
 * {@code -prof org.dossier.bench.LoadProfiler}. Runs inside the benchmark's JVM; not shared between
 * threads.
 */
public final class LoadProfiler implements InternalProfiler {
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    /** The profiler; JMH creates it from its name. */
    public LoadProfiler() {
    }

    @Override
    public String getDescription() {
        return "the system's one-minute load average at the end of each iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        // Nothing to prepare: the load average is read after the iteration.
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        double load = os.getSystemLoadAverage();
        // Negative means the platform does not report one; an absent row says that better than a number.
        return load < 0 ? List.of() : List.of(new ScalarResult("load.avg", load, "load", AggregationPolicy.AVG));
    }
}
