package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Record;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.AnalyzerConfig;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier timeline}: the events of every input merged into one timeline. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Analyses the inputs and prints their events merged into one timeline, oldest first: one "
                + "entry per real-world event with every article that reports it, and how many independent "
                + "reports it has (copies of one wire story count once).",
                "PATH is a file (.html, .htm, .txt, .gz, .warc, .warc.gz), a directory (recursed), or - for "
                        + "standard input. Errors go to standard error as JSON lines; the exit status is 1 "
                        + "when any input failed (the timeline of the others is still printed).",
                "--since and --until keep entries that may fall in the window: an entry dated 2018-03 is kept by "
                        + "--since 2018-03-15. Entries with no date are listed last, and left out when either "
                        + "is given."})
final class TimelineCommand implements Callable<Integer> {
    /** How the timeline is printed. */
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> inputs;

    @Mixin
    BatchOptions batch;

    @Option(names = "--max-chars", defaultValue = "" + AnalyzerConfig.DEFAULT_MAX_CHARS,
            description = "refuse articles longer than this many characters (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--since", paramLabel = "D",
            description = "only entries that may fall on or after D (2018, 2018-03, 2018-03-15)")
    String since;

    @Option(names = "--until", paramLabel = "D", description = "only entries that may fall on or before D")
    String until;

    @Override
    public Integer call() {
        TimelineFilter filter;
        try {
            filter = new TimelineFilter(Optional.ofNullable(actor), Optional.ofNullable(type),
                    Optional.ofNullable(since), Optional.ofNullable(until));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Extractor extractor = new Extractor(batch.extractorConfig());
        Analyzer analyzer = Analyzer.of(new AnalyzerConfig(maxChars));
        // The merge needs every record; the order they finish in does not matter to it.
        Collection<Record> records = new ConcurrentLinkedQueue<>();
        int failures = Batch.run(inputs, batch.inputOptions(), System.in, out, err, batch.workers(), source -> {
            records.add(analyzer.analyze(extractor.extract(source)));
            return "";
        });
        print(records, filter, format, out);
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Merges {@code records}, keeps what {@code filter} accepts, and prints it. */
    static void print(Collection<Record> records, TimelineFilter filter, Format format, PrintStream out) {
        List<TimelineEntry> entries = Timeline.merge(records).stream().filter(filter).toList();
        switch (format) {
            case json -> TimelineFormat.json(entries, out);
            case csv -> TimelineFormat.csv(entries, out);
            case text -> TimelineFormat.text(entries, records.size(), out);
        }
    }
}
