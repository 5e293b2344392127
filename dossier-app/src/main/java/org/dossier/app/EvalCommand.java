package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.core.eval.ExtractionEval;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.eval.EntityEval;
import org.dossier.nlp.eval.EventEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval}: accuracy against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures accuracy against gold data.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Entities.class, EvalCommand.Events.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code dossier eval extraction DIR}. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Scores article extraction against gold data in DIR.",
                    "An article-extraction-benchmark directory (ground-truth.json with html/ and text/) is scored "
                            + "with the benchmark's metric: 4-token shingles, precision and recall averaged over "
                            + "pages, F1 of the averages.",
                    "A seed-gold directory (gold/*.json naming captures found under DIR) is scored on the body's "
                            + "lower-cased word bag, title, authors, publisher, date and boilerplate left."})
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--input", defaultValue = "html",
                description = "for a benchmark directory: html (the pages) or text (the whole-page text captures)")
        ExtractionEval.Input input;

        @Option(names = {"-v", "--per-page"}, description = "print every page's score, worst first")
        boolean perPage;

        @Override
        public Integer call() throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (!Files.isDirectory(dir)) {
                System.err.println("dossier eval: " + dir + ": not a directory");
                return 2;
            }
            ExtractionEval eval = new ExtractionEval(Extractor.withDefaults());
            if (ExtractionEval.isAeb(dir)) {
                eval.aeb(dir, input).print(out, perPage);
            } else {
                eval.gold(dir).print(out, perPage);
            }
            return 0;
        }
    }

    /** {@code dossier eval entities DIR}. */
    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = {"Checks entities against seed gold in DIR (gold/*.json naming captures found under DIR).",
                    "Every person, organisation and country named in the gold quotes (speaker) and events (actor, "
                            + "target) must be found as an entity, with one id per real-world entity per article; "
                            + "no country may be typed PERSON. Prints the counts and every miss."})
    static final class Entities implements Callable<Integer> {
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

    /** {@code dossier eval events DIR}. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Scores events against seed gold in DIR (gold/*.json naming captures found under DIR).",
                    "A gold event is found when an event has its type (VISIT = CONSULT/visit, MEET = CONSULT/meet), "
                            + "actor, target (either order for meetings) and a date whose span overlaps the gold's. "
                            + "Prints each gold event found or missed and the recall."})
    static final class Events implements Callable<Integer> {
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
}
