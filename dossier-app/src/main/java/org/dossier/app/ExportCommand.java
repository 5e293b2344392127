package org.dossier.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.store.export.Exporter;
import org.dossier.store.query.Filter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier export}: the store as JSON Lines, CSV or PLOVER records. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's articles, events, quotes, entities or merged timeline as JSON Lines or "
                + "CSV, or its events as PLOVER records (JSON Lines with PLOVER's field names).",
                "Writes to standard output unless --out is given."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDir data;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or plover (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--what", defaultValue = "articles",
            description = "articles, events, quotes, entities or timeline (default: ${DEFAULT-VALUE})")
    String what;

    @Option(names = "--entity", paramLabel = "ID", description = "only items involving this entity id")
    String entity;

    @Option(names = "--type", paramLabel = "T", description = "only events (or entities) of this type")
    String type;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Exporter.Format fmt = parse(Exporter.Format.class, format, "--format");
        Exporter.What kind = parse(Exporter.What.class, what, "--what");
        if (fmt == Exporter.Format.PLOVER && kind == Exporter.What.ARTICLES && !spec.commandLine().getParseResult()
                .hasMatchedOption("--what")) {
            kind = Exporter.What.EVENTS;
        }
        if (fmt == Exporter.Format.PLOVER && kind != Exporter.What.EVENTS) {
            err.println("dossier: PLOVER records are events; use --what events with --format plover");
            return 2;
        }
        Exporter.What chosen = kind;
        Filter f = filters.apply(Filter.all().withEntity(Optional.ofNullable(entity))
                .withType(Optional.ofNullable(type)), spec.commandLine());
        return StoreAccess.run(data, List.of(), err, store -> {
            OutputStream sink = out == null ? System.out : Files.newOutputStream(out);
            try (Writer w = new OutputStreamWriter(sink, StandardCharsets.UTF_8)) {
                new Exporter("dossier " + Main.version()).export(store, fmt, chosen, f, w);
            } catch (IOException e) {
                err.println("dossier: cannot write " + (out == null ? "the export" : out) + ": " + e.getMessage());
                return 2;
            }
            return 0;
        });
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + ": unknown value '" + value
                + "'");
    }
}
