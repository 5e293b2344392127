package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.eval.EventEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval events DIR}. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Scores events against seed gold in DIR (gold/*.json naming captures found under DIR).",
                "A gold event is found when an event has its type (VISIT = CONSULT/visit, MEET = CONSULT/meet), "
                        + "actor, target (either order for meetings) and a date whose span overlaps the gold's. "
                        + "Prints each gold event found or missed and the recall."})
final class EvalEventsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--gold-text", description = "analyse the gold's own title, body, captions and date "
            + "instead of extracting the captures (scores the language and event stages alone)")
    boolean goldText;

    @Option(names = {"-v", "--verbose"}, description = "also list every event coded, with its evidence, "
            + "for judging precision by hand")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dir)) {
            System.err.println("dossier eval: " + dir + ": not a directory");
            return 2;
        }
        EventEval eval = new EventEval(Extractor.withDefaults(), Analyzer.withDefaults());
        EventEval.Report report = goldText ? eval.fromGoldText(dir) : eval.fromCaptures(dir);
        report.print(out, verbose);
        return 0;
    }
}
