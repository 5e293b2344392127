package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.eval.QuoteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval quotes DIR}. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Checks quotes and their attribution against seed gold in DIR (gold/*.json naming "
                + "captures found under DIR).",
                "A gold quote is right when a quote begins with its first words, its speaker is the gold's "
                        + "and its title holds the gold's words. Prints the counts, every miss, and the "
                        + "number of direct quotes the gold does not list."})
final class EvalQuotesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--gold-text", description = "analyse the gold's own title, body, captions and date "
            + "instead of extracting the captures (scores the language stage alone)")
    boolean goldText;

    @Option(names = {"-v", "--verbose"}, description = "print every gold quote and every direct quote the "
            + "gold does not list")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dir)) {
            System.err.println("dossier eval: " + dir + ": not a directory");
            return 2;
        }
        QuoteEval eval = new QuoteEval(Extractor.withDefaults(), Analyzer.withDefaults());
        QuoteEval.Report report = goldText ? eval.fromGoldText(dir) : eval.fromCaptures(dir);
        report.print(out, verbose);
        return 0;
    }
}
