package org.dossier.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.store.export.Exporter;
import org.dossier.store.query.Filter;
import org.dossier.store.query.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier quotes}: who said what, with the article. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Lists quotes with their speaker and article. Reads the store, or only the INPUTs when "
                + "some are given.")
final class QuotesCommand implements Callable<Integer> {
    /** How quotes are printed. */
    enum Format { text, jsonl, csv }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDir data;

    @Mixin
    FilterOptions filters;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or directories (default: the store)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "ID", description = "only quotes of this speaker (entity id)")
    String speaker;

    @Option(names = "--format", defaultValue = "text", description = "text, jsonl or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Filter f = filters.apply(Filter.all().withSpeaker(Optional.ofNullable(speaker)), spec.commandLine());
        return StoreAccess.run(data, inputs, err, store -> {
            if (format != Format.text) {
                new Exporter(AppPipeline.processedBy()).export(store,
                        format == Format.csv ? Exporter.Format.CSV : Exporter.Format.JSONL, Exporter.What.QUOTES, f,
                        new OutputStreamWriter(out, StandardCharsets.UTF_8));
                return 0;
            }
            List<StoredQuote> quotes = store.quotes(f);
            for (StoredQuote q : quotes) {
                out.println((q.quote().direct() ? "“" + q.quote().text() + "”" : q.quote().text()));
                out.println("    — " + q.quote().speaker().orElse("unknown speaker")
                        + q.quote().speakerTitle().map(t -> ", " + t).orElse("") + " ("
                        + q.article().publisher().orElse("?") + ", " + q.article().published().orElse("undated")
                        + ")");
            }
            if (quotes.isEmpty()) {
                err.println("no quotes (they come from the language stage)");
            }
            return 0;
        });
    }
}
