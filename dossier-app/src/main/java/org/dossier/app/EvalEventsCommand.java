package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.eval.EventEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval events DIR}. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Scores events against seed gold in DIR (gold/*.json naming captures found under DIR).",
                "A gold event is found when an event has its type (VISIT = CONSULT/visit, MEET = CONSULT/meet), "
                        + "actor, target (either order for meetings) and a date whose span overlaps the gold's. "
                        + "Prints each gold event found or missed and the recall."})
final class EvalEventsCommand extends SeedGoldEval {
    @Option(names = {"-v", "--verbose"}, description = "also list every event coded, with its evidence, "
            + "for judging precision by hand")
    boolean verbose;

    @Override
    void score(PrintStream out) throws IOException {
        EventEval eval = new EventEval(Extractor.withDefaults(), Analyzer.withDefaults());
        EventEval.Report report = goldText ? eval.fromGoldText(dir) : eval.fromCaptures(dir);
        report.print(out, verbose);
    }
}
