package org.dossier.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.core.model.EventStatus;
import org.dossier.nlp.AnalyzerConfig;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.ingest.IngestConfig;
import org.dossier.store.query.Filter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier timeline}: the merged timeline, oldest first, read from the store. With PATHs, the
 * inputs are first ingested into a throwaway store exactly as {@code dossier ingest} would, so the
 * timeline of a few files and of a data directory come from one merge and print the same way.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Prints the merged timeline, oldest first: one entry per real-world event with every "
                + "article that reports it, and how many independent reports it has (copies of one wire story "
                + "count once).",
                "Without PATHs the store (--data) is read. With PATHs (files, directories, .warc/.warc.gz, - for "
                        + "standard input) they are ingested into a temporary store as `dossier ingest` would and "
                        + "its timeline is printed; errors go to standard error as JSON lines and make the exit "
                        + "status 1 (the timeline of the other inputs is still printed).",
                "--actor ID keeps entries whose actor is ID (person/kim-jong-un), whose actor belongs to the country "
                        + "ID (country/PRK keeps Kim Jong Un's visits), or, for a meeting or a call, that have ID as "
                        + "either party. --type T keeps one PLOVER type (CONSULT) or type and mode (CONSULT/visit), "
                        + "in any case. --status S keeps entries of that status (an entry's status is its "
                        + "best-supported one: reported, then historical, planned, speculated, denied, negated).",
                "--since and --until (2018, 2018-03 or 2018-03-15) keep entries that may fall in the window: an "
                        + "entry dated 2018-03 is kept by --since 2018-03-15, one dated 2018-03-10 is not; --since "
                        + "2018 means from 1 January, --until 2018 through 31 December. Entries with no date are "
                        + "listed last, and left out when either is given. --publisher keeps entries with a source "
                        + "from that outlet."})
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
        // Options are checked before any input is read.
        Filter f = filters.apply(Filter.all().withActor(Optional.ofNullable(actor)).withType(Optional.ofNullable(type))
                .withStatus(status().map(EventStatus::name)), spec.commandLine());
        IngestConfig config = IngestConfig.defaults(AppPipeline.processedBy(), Optional.empty())
                .withInputs(batch.inputOptions()).withWorkers(batch.workers());
        int exit = StoreAccess.run(data, inputs, AppPipeline.create(batch.maxBytes(), maxChars), config, err, store -> {
            print(store.timeline(f), store.counts().articles(), format, out, err);
            return 0;
        });
        out.flush();
        return exit;
    }

    /** Prints {@code entries} of a store of {@code articles} articles in {@code format}. */
    static void print(List<TimelineEntry> entries, long articles, Format format, PrintStream out, PrintStream err) {
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
}
