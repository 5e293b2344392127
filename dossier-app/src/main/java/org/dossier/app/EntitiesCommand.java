package org.dossier.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.store.export.Exporter;
import org.dossier.store.query.EntitySummary;
import org.dossier.store.query.Filter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier entities}: the people, organisations, countries and places, most mentioned first. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Lists canonical entities with how many articles mention them. Reads the store, or only "
                + "the INPUTs when some are given.")
final class EntitiesCommand implements Callable<Integer> {
    /** How entities are printed. */
    enum Format { table, jsonl, csv }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDir data;

    @Mixin
    FilterOptions filters;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or directories (default: the store)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", description = "person, organization, country or location")
    String type;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Filter f = filters.apply(Filter.all().withType(Optional.ofNullable(type)), spec.commandLine());
        return StoreAccess.run(data, inputs, err, store -> {
            if (format != Format.table) {
                new Exporter(AppPipeline.processedBy()).export(store,
                        format == Format.csv ? Exporter.Format.CSV : Exporter.Format.JSONL, Exporter.What.ENTITIES, f,
                        new OutputStreamWriter(out, StandardCharsets.UTF_8));
                return 0;
            }
            Table t = new Table("ID", "NAME", "TYPE", "COUNTRY", "ARTICLES", "MENTIONS");
            List<EntitySummary> list = store.entities(f);
            list.forEach(e -> t.add(e.id(), e.name(), e.type(), e.country(), e.articles(), e.mentions()));
            t.print(out);
            if (list.isEmpty()) {
                err.println("no entities (they come from the language stage)");
            }
            return 0;
        });
    }
}
