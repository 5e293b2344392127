package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.eval.QuoteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier eval quotes DIR}. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Checks quotes and their attribution against seed gold in DIR (gold/*.json naming "
                + "captures found under DIR).",
                "A gold quote is right when a quote begins with its first words, its speaker is the gold's "
                        + "and its title holds the gold's words. Prints the counts, every miss, and the "
                        + "number of direct quotes the gold does not list."})
final class EvalQuotesCommand extends SeedGoldEval {
    @Option(names = {"-v", "--verbose"}, description = "print every gold quote and every direct quote the "
            + "gold does not list")
    boolean verbose;

    @Override
    void score(PrintStream out) throws IOException {
        QuoteEval eval = new QuoteEval(Extractor.withDefaults(), Analyzer.withDefaults());
        QuoteEval.Report report = goldText ? eval.fromGoldText(dir) : eval.fromCaptures(dir);
        report.print(out, verbose);
    }
}
