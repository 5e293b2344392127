package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.core.extract.Extractor;
import org.dossier.core.json.RecordJson;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.AnalyzerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier analyze}: the full record (article, entities, quotes, events) of each input. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Prints the full record of each input (the clean article with its entities, quotes and "
                + "events), one JSON object per line.",
                "PATH is a file (.html, .htm, .txt, .gz, .warc, .warc.gz), a directory (recursed), or - for "
                        + "standard input. Errors go to standard error as JSON lines; the exit status is 1 "
                        + "when any input failed."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> inputs;

    @Mixin
    BatchOptions batch;

    @Option(names = "--max-chars", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "refuse articles longer than this many characters (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Extractor extractor = new Extractor(batch.extractorConfig());
        Analyzer analyzer = Analyzer.of(new AnalyzerConfig(maxChars));
        int failures = Batch.run(inputs, batch.inputOptions(), System.in, out, err, batch.workers(), source ->
                RecordJson.line(RecordJson.record(analyzer.analyze(extractor.extract(source)))) + "\n");
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
