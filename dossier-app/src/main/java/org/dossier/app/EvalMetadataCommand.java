package org.dossier.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.core.eval.ExtractionEval;
import org.dossier.core.eval.MetadataEval;
import org.dossier.core.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval metadata DIR --gold LABELS}. */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = {"Scores title, authors and publication date of the article-extraction-benchmark pages "
                + "in DIR against hand-made labels (a JSON object keyed by page id, as in "
                + "dossier-core/src/test/resources/org/dossier/core/meta/aeb-metadata-gold.json).",
                "Prints the share of pages right for each field, for the dev pages, the held-out pages "
                + "and all."})
final class EvalMetadataCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the benchmark directory (ground-truth.json, html/)")
    Path dir;

    @Option(names = "--gold", required = true, paramLabel = "LABELS", description = "the labels (JSON)")
    Path gold;

    @Option(names = {"-v", "--per-page"}, description = "print every wrong field of the pages of --split")
    boolean perPage;

    @Option(names = "--split", defaultValue = "dev",
            description = "which pages -v details: dev, holdout or all (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--without-url", description = "do not hand the extractor the pages' URLs")
    boolean withoutUrl;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!ExtractionEval.isAeb(dir)) {
            System.err.println("dossier eval metadata: " + dir + ": no ground-truth.json, not a benchmark directory");
            return 2;
        }
        if (!Files.isRegularFile(gold)) {
            System.err.println("dossier eval metadata: " + gold + ": no such file");
            return 2;
        }
        try (var labels = Files.newInputStream(gold)) {
            new MetadataEval(Extractor.withDefaults(), !withoutUrl).run(dir, labels).print(out, perPage, split);
        }
        return 0;
    }
}
