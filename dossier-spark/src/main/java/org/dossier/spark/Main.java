package org.dossier.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark side of the {@code dossier} command line: {@code dossier spark} (the job) and {@code dossier
 * import-parquet}. The launcher {@code ./dossier} runs this class with Spark's jars on the class path;
 * on a cluster, {@code spark-submit} runs it from the job jar.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Dossier on Apache Spark: the pipeline over WARC files, writing Parquet.",
        subcommands = {SparkCommand.class, ImportParquetCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
