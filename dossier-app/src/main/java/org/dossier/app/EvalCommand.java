package org.dossier.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier eval}: accuracy against gold data, one subcommand (and one file) per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures accuracy against gold data.",
        subcommands = {
            EvalExtractionCommand.class,
            EvalMetadataCommand.class,
            EvalEntitiesCommand.class,
            EvalQuotesCommand.class,
            EvalEventsCommand.class,
        })
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
