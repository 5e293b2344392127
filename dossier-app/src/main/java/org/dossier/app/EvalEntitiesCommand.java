package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.eval.EntityEval;
import picocli.CommandLine.Command;

/** {@code dossier eval entities DIR}. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Checks entities against seed gold in DIR (gold/*.json naming captures found under DIR).",
                "Every person, organisation and country named in the gold quotes (speaker) and events (actor, "
                        + "target) must be found as an entity, with one id per real-world entity per article; "
                        + "no country may be typed PERSON. Prints the counts and every miss."})
final class EvalEntitiesCommand extends SeedGoldEval {
    @Override
    void score(PrintStream out) throws IOException {
        EntityEval eval = new EntityEval(Extractor.withDefaults(), Analyzer.withDefaults());
        EntityEval.Report report = goldText ? eval.fromGoldText(dir) : eval.fromCaptures(dir);
        report.print(out);
    }
}
