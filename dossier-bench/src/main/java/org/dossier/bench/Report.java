package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a JMH results file ({@code -rf json -rff FILE}) into the Markdown rows of
 * {@code docs/benchmarks.md}: the machine, each benchmark's score with its error, tokens per second,
 * live heap, load average and CPU share where they were recorded (see {@link HeapProfiler} and
 * {@link LoadProfiler}), and the ratios to the baselines that ran in the same file, next to the
 * issues' targets. Run it on the machine that ran the benchmarks, right after:
 * the machine line is read from this machine, the date from the file.
 *
 * <pre>java -cp dossier-bench/target/benchmarks.jar org.dossier.bench.Report results.json</pre>
 */
public final class Report {
    /** A ratio worth reporting: the project's benchmark, its baseline, the metric, and the target. */
    private record Comparison(String ours, String baseline, String metric, String target) {
    }

    private static final List<Comparison> COMPARISONS = List.of(
            new Comparison("HtmlExtractionBench.dossierHtml", "HtmlExtractionBench.boilerpipeHtml", "",
                    "Dossier >= 100 pages/s per core (issue 2), ratio to Boilerpipe reported"),
            new Comparison("AnalyzeBench.analyze", "AnalyzeBench.stock", "tokens",
                    ">= 5x stock (issue 3); >= 3x once events run in analyze (issue 4)"),
            new Comparison("AnalyzeBench.language", "AnalyzeBench.stock", "tokens",
                    "(analyze without the record steps)"));

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report JMH_RESULTS.json");
            System.exit(2);
        }
        print(Path.of(args[0]), System.out);
    }

    /** Prints the Markdown for the results in {@code file}. */
    static void print(Path file, PrintStream out) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(file.toFile());
        if (!runs.isArray() || runs.isEmpty()) {
            throw new IOException(file + " holds no JMH results");
        }
        JsonNode first = runs.get(0);
        out.printf(Locale.ROOT, "- finished: %s (UTC)%n", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC)));
        out.printf(Locale.ROOT, "- machine: %s%n", Machine.describe());
        out.printf(Locale.ROOT, "- JMH %s, JDK %s, %s; JVM args %s%n", first.path("jmhVersion").asText(),
                first.path("jdkVersion").asText(), first.path("vmName").asText(), first.path("jvmArgs"));
        out.printf(Locale.ROOT, "- %d fork(s), %d thread(s); warm-up %d x %s, measurement %d x %s%n%n",
                first.path("forks").asInt(), first.path("threads").asInt(), first.path("warmupIterations").asInt(),
                first.path("warmupTime").asText(), first.path("measurementIterations").asInt(),
                first.path("measurementTime").asText());

        Map<String, JsonNode> byName = new LinkedHashMap<>();
        out.println("| benchmark | score | ± (99.9%) | unit | tokens/s | heap live (MB) | load avg | CPU share |"
                + " per CPU-second (estimate) |");
        out.println("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        for (JsonNode run : runs) {
            String name = shortName(run.path("benchmark").asText());
            byName.put(name, run);
            JsonNode primary = run.path("primaryMetric");
            boolean tokens = score(run, "tokens").isPresent();
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", name,
                    number(primary.path("score").asDouble()), number(primary.path("scoreError").asDouble()),
                    unit(name, primary.path("scoreUnit").asText()), secondary(run, "tokens"),
                    secondary(run, "heap.live"), secondary(run, "load.avg"), secondary(run, "cpu.share"),
                    perCpuSecond(run, tokens ? "tokens" : "").map(v -> number(v) + (tokens ? " tokens" : "")).orElse(""));
        }
        out.println();
        out.println("| comparison (same run) | ratio | ratio per CPU-second | target |");
        out.println("| --- | ---: | ---: | --- |");
        for (Comparison c : COMPARISONS) {
            Optional<Double> ours = score(byName.get(c.ours()), c.metric());
            Optional<Double> base = score(byName.get(c.baseline()), c.metric());
            if (ours.isPresent() && base.isPresent()) {
                Optional<Double> oursCpu = perCpuSecond(byName.get(c.ours()), c.metric());
                Optional<Double> baseCpu = perCpuSecond(byName.get(c.baseline()), c.metric());
                out.printf(Locale.ROOT, "| %s / %s%s | %.2fx | %s | %s |%n", c.ours(), c.baseline(),
                        c.metric().isEmpty() ? "" : " (" + c.metric() + "/s)", ours.get() / base.get(),
                        oursCpu.isPresent() && baseCpu.isPresent()
                                ? String.format(Locale.ROOT, "%.2fx", oursCpu.get() / baseCpu.get()) : "",
                        c.target());
            }
        }
    }

    /**
     * The score divided by the share of a CPU the benchmark's JVM had: what it would do on a core of
     * its own, estimated. Absent when the run did not record the share.
     */
    private static Optional<Double> perCpuSecond(JsonNode run, String metric) {
        Optional<Double> share = score(run, "cpu.share").filter(v -> v > 0);
        Optional<Double> score = score(run, metric);
        return share.isPresent() && score.isPresent() ? Optional.of(score.get() / share.get()) : Optional.empty();
    }

    /** What the primary score counts: every benchmark here does one page or one text per operation. */
    private static String unit(String benchmark, String jmhUnit) {
        if (!jmhUnit.equals("ops/s")) {
            return jmhUnit;
        }
        return benchmark.startsWith("AnalyzeBench.") ? "texts/s" : "pages/s";
    }

    private static Optional<Double> score(JsonNode run, String metric) {
        if (run == null) {
            return Optional.empty();
        }
        JsonNode m = metric.isEmpty() ? run.path("primaryMetric") : run.path("secondaryMetrics").path(metric);
        return m.isMissingNode() ? Optional.empty() : Optional.of(m.path("score").asDouble());
    }

    private static String secondary(JsonNode run, String metric) {
        return score(run, metric).map(Report::number).orElse("");
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.2f", v);
    }

    private static String shortName(String benchmark) {
        String prefix = Report.class.getPackageName() + ".";
        return benchmark.startsWith(prefix) ? benchmark.substring(prefix.length()) : benchmark;
    }
}
