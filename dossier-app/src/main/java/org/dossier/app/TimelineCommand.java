package org.dossier.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.dossier.core.extract.Extractor;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.AnalyzerConfig;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineFilter;
import org.dossier.store.export.Exporter;
import org.dossier.store.query.Filter;
import org.dossier.store.query.TimelineSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier timeline}: the merged timeline, oldest first. With PATHs, the inputs are analysed and
 * merged in memory by {@link Timeline} (near-duplicates counted once); with none, the store's timeline
 * is read.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Prints the merged timeline, oldest first: one entry per real-world event with every "
                + "article that reports it, and how many independent reports it has (copies of one wire story "
                + "count once).",
                "With PATHs (files, directories, .warc/.warc.gz, - for standard input) they are analysed and merged "
                        + "here; errors go to standard error as JSON lines and make the exit status 1 (the timeline "
                        + "of the other inputs is still printed). Without, the store (--data) is read.",
                "--since and --until keep entries that may fall in the window: an entry dated 2018-03 is kept by "
                        + "--since 2018-03-15. Entries with no date are listed last, and left out when either "
                        + "is given."})
final class TimelineCommand implements Callable<Integer> {
    /** How the timeline is printed. */
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or directories (default: the store)")
    List<String> inputs = new ArrayList<>();

    @Mixin
    DataDir data;

    @Mixin
    FilterOptions filters;

    @Mixin
    BatchOptions batch;

    @Option(names = "--max-chars", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "with PATHs: refuse articles longer than this many characters (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--format", defaultValue = "text",
            description = "text (for a terminal), json (a list of entries) or csv (one row per entry)")
    Format format;

    @Option(names = "--actor", paramLabel = "ID",
            description = "only entries whose actor is ID (person/kim-jong-un), belongs to ID (country/PRK), or, "
                    + "for a meeting or call, either party")
    String actor;

    @Option(names = "--type", paramLabel = "T",
            description = "only this PLOVER type (CONSULT) or type/mode (CONSULT/visit)")
    String type;

    @Option(names = "--status", paramLabel = "S",
            description = "reported, planned, speculated, denied, negated, historical")
    String status;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int exit = inputs.isEmpty() ? fromStore(out, err) : fromInputs(out, err);
        out.flush();
        return exit;
    }

    /** Analyses and merges the named inputs. */
    private int fromInputs(PrintStream out, PrintStream err) {
        TimelineFilter filter;
        try {
            filter = new TimelineFilter(Optional.ofNullable(actor), Optional.ofNullable(type),
                    Optional.ofNullable(filters.since), Optional.ofNullable(filters.until));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<EventStatus> wanted = status();
        Extractor extractor = new Extractor(batch.extractorConfig());
        Analyzer analyzer = Analyzer.of(new AnalyzerConfig(maxChars));
        // The merge needs every record; the order they finish in does not matter to it.
        Collection<Record> records = new ConcurrentLinkedQueue<>();
        int failures = Batch.run(inputs, batch.inputOptions(), System.in, out, err, batch.workers(), source -> {
            records.add(analyzer.analyze(extractor.extract(source)));
            return "";
        });
        Stream<TimelineEntry> kept = Timeline.merge(records).stream().filter(filter)
                .filter(e -> wanted.map(s -> s == e.status()).orElse(true))
                .filter(e -> Optional.ofNullable(filters.publisher).map(p -> e.sources().stream().anyMatch(
                        r -> r.publisher().map(q -> q.equalsIgnoreCase(p.strip())).orElse(false))).orElse(true));
        if (filters.limit != null) {
            kept = kept.limit(Math.max(1, filters.limit));
        }
        print(kept.toList(), records.size(), format, out, err);
        return failures == 0 ? 0 : 1;
    }

    /** Prints {@code entries} of {@code articles} analysed articles in {@code format}. */
    static void print(List<TimelineEntry> entries, int articles, Format format, PrintStream out, PrintStream err) {
        switch (format) {
            case json -> TimelineFormat.json(entries, out);
            case csv -> TimelineFormat.csv(entries, out);
            case text -> {
                if (entries.isEmpty()) {
                    err.println("no timeline entries in " + articles + (articles == 1 ? " article" : " articles")
                            + " (no events found, or none kept by the options)");
                } else {
                    TimelineFormat.text(entries, articles, out);
                }
            }
        }
    }

    private Optional<EventStatus> status() {
        if (status == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--status wants reported, planned, speculated, denied, "
                    + "negated or historical, not '" + status + "'");
        }
    }

    /** The store's timeline, as the store merged it. */
    private int fromStore(PrintStream out, PrintStream err) {
        Filter f = filters.apply(Filter.all().withActor(Optional.ofNullable(actor)).withType(Optional.ofNullable(type))
                .withStatus(Optional.ofNullable(status)), spec.commandLine());
        return StoreAccess.run(data, List.of(), err, store -> {
            if (format == Format.csv) {
                OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new Exporter(AppPipeline.processedBy()).export(store, Exporter.Format.CSV, Exporter.What.TIMELINE,
                        f, w);
                return 0;
            }
            List<org.dossier.store.query.TimelineEntry> entries = store.timeline(f);
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
            for (org.dossier.store.query.TimelineEntry e : entries) {
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
