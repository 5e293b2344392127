package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.core.eval.ExtractionEval;
import org.dossier.core.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval extraction DIR}. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores article extraction against gold data in DIR.",
                "An article-extraction-benchmark directory (ground-truth.json with html/ and text/) is scored "
                        + "with the benchmark's metric: 4-token shingles, precision and recall averaged over "
                        + "pages, F1 of the averages.",
                "A seed-gold directory (gold/*.json naming captures found under DIR) is scored on the body's "
                        + "lower-cased word bag, title, authors, publisher, date and boilerplate left."})
final class EvalExtractionCommand implements Callable<Integer> {
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
