package org.dossier.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.core.json.RecordJson;
import org.dossier.store.export.Exporter;
import org.dossier.store.query.Filter;
import org.dossier.store.query.TimelineEntry;
import org.dossier.store.query.TimelineSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier timeline}: the merged timeline, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Prints the merged timeline, oldest first: one entry per real-world event with every "
                + "article that reports it. Reads the store, or only the INPUTs when some are given.")
final class TimelineCommand implements Callable<Integer> {
    /** How the timeline is printed. */
    enum Format { text, json, csv }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDir data;

    @Mixin
    FilterOptions filters;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or directories (default: the store)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--actor", paramLabel = "ID", description = "only events of this actor")
    String actor;

    @Option(names = "--type", paramLabel = "T", description = "only this PLOVER type")
    String type;

    @Option(names = "--status", paramLabel = "S", description = "reported, planned, speculated, denied, negated, "
            + "historical")
    String status;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Filter f = filters.apply(Filter.all().withActor(Optional.ofNullable(actor)).withType(Optional.ofNullable(type))
                .withStatus(Optional.ofNullable(status)), spec.commandLine());
        return StoreAccess.run(data, inputs, err, store -> {
            if (format == Format.csv) {
                OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new Exporter(AppPipeline.processedBy()).export(store, Exporter.Format.CSV, Exporter.What.TIMELINE,
                        f, w);
                return 0;
            }
            List<TimelineEntry> entries = store.timeline(f);
            if (format == Format.json) {
                ArrayNode list = RecordJson.mapper().createArrayNode();
                entries.forEach(e -> list.add(Exporter.timelineEntry(e)));
                try {
                    out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a tree of plain values always serialises", e);
                }
                return 0;
            }
            for (TimelineEntry e : entries) {
                out.println(e.date().orElse("undated") + "  " + e.type() + e.mode().map(m -> "/" + m).orElse("")
                        + (e.status().name().equals("REPORTED") ? "" : " (" + e.status().jsonName() + ")") + "  "
                        + e.actor().orElse("?") + e.target().map(t -> " → " + t).orElse("")
                        + e.location().map(l -> " in " + l).orElse("") + "  [" + e.reports() + " report"
                        + (e.reports() == 1 ? "" : "s") + "]");
                for (TimelineSource s : e.sources()) {
                    out.println("    " + s.article().publisher().orElse("?") + ", "
                            + s.article().published().orElse("undated") + ": " + s.event().evidence().strip());
                }
            }
            if (entries.isEmpty()) {
                err.println("no timeline entries (events come from the events stage)");
            }
            return 0;
        });
    }
}
