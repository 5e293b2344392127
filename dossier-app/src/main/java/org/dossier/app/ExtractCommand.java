package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.core.extract.Extractor;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier extract}: the clean article and metadata of each input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the clean article of each input, one JSON object per line, in input order.",
                "PATH is a file (.html, .htm, .txt, .gz, .warc, .warc.gz), a directory (recursed), or - for "
                        + "standard input (HTML, a text capture, gzip or WARC, told apart by their bytes). Errors go "
                        + "to standard error as JSON lines; the exit status is 1 when any input failed."})
final class ExtractCommand implements Callable<Integer> {
    /** How articles are printed. */
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", description = "json (one object per line) or text")
    Format format;

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Extractor extractor = new Extractor(batch.extractorConfig());
        int failures = Batch.run(inputs, batch.inputOptions(), System.in, out, err, batch.workers(), source -> {
            Article article = extractor.extract(source);
            return format == Format.json ? RecordJson.line(RecordJson.article(article)) + "\n"
                    : TextFormat.format(article);
        });
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
