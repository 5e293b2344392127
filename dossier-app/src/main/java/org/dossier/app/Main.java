package org.dossier.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command line: one subcommand per job. */
@Command(name = "dossier",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns raw news pages into a sourced record of who did what to whom, when, "
                + "and who said what.",
        subcommands = {DemoCommand.class, ExtractCommand.class, AnalyzeCommand.class, IngestCommand.class,
                SearchCommand.class, TimelineCommand.class, EntitiesCommand.class, QuotesCommand.class,
                ExportCommand.class, ErrorsCommand.class, ReprocessCommand.class, ServeCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Prints {@link #version()}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dossier " + version()};
        }
    }
}
