package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a benchmark ran on, for the results table: processor, cores, memory (from {@code /proc} on
 * Linux), JDK, and the system's load average. Reads the system each time; thread-safe.
 */
final class Machine {
    private Machine() {
    }

    /** One line: CPU model, cores of the machine and of this JVM (fewer when pinned), memory, JDK. */
    static String describe() {
        long cores = lines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count();
        return String.format(Locale.ROOT, "%s, %s cores (%d available to this JVM), %s memory; JDK %s (%s)",
                cpuModel(), cores == 0 ? "?" : Long.toString(cores), Runtime.getRuntime().availableProcessors(),
                memory(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    /** CPU time this JVM has used so far, every thread together, or -1 where the platform does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or "unknown". */
    static String loadAverages() {
        return firstLine(Path.of("/proc/loadavg"))
                .map(l -> String.join(" ", List.of(l.split("\\s+")).subList(0, 3)))
                .orElse("unknown");
    }

    private static String cpuModel() {
        return lines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst().orElse(System.getProperty("os.arch"));
    }

    private static String memory() {
        return lines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> String.format(Locale.ROOT, "%.1f GB",
                        Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .findFirst().orElse("unknown");
    }

    private static Optional<String> firstLine(Path file) {
        return lines(file).stream().findFirst();
    }

    /** The lines of a {@code /proc} file; none where there is no {@code /proc} (not Linux). */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
