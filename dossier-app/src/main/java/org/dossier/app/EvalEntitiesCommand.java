package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.eval.EntityEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval entities DIR}. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Checks entities against seed gold in DIR (gold/*.json naming captures found under DIR).",
                "Every person, organisation and country named in the gold quotes (speaker) and events (actor, "
                        + "target) must be found as an entity, with one id per real-world entity per article; "
                        + "no country may be typed PERSON. Prints the counts and every miss."})
final class EvalEntitiesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--gold-text", description = "analyse the gold's own title, body, captions and date "
            + "instead of extracting the captures (scores the language stage alone)")
    boolean goldText;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dir)) {
            System.err.println("dossier eval: " + dir + ": not a directory");
            return 2;
        }
        EntityEval eval = new EntityEval(Extractor.withDefaults(), Analyzer.withDefaults());
        EntityEval.Report report = goldText ? eval.fromGoldText(dir) : eval.fromCaptures(dir);
        report.print(out);
        return 0;
    }
}
