package org.dossier.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Entity;
import org.dossier.core.model.Event;
import org.dossier.core.model.Record;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.entity.Country;
import org.dossier.nlp.entity.CountryTable;
import org.dossier.nlp.entity.EntityResolver;
import org.dossier.nlp.time.DatingFromReports;

/**
 * {@code dossier eval events DIR}: recall of the events in seed gold ({@code gold/*.json}, field
 * {@code events}), and every event the coder gives, for judging precision by hand.
 *
 * <p>A gold event is found when one event of the record has its type ({@code VISIT} is CONSULT/visit,
 * {@code MEET} is CONSULT with mode meet, third-party or multilateral, any other name is the PLOVER
 * type), its actor and target, and a compatible date (the two dates' spans overlap: "2018-03" and
 * "2018-03-25/2018-03-27" are compatible; an event without a date matches a gold event only when the
 * gold has none). A gold name matches a country by its {@code country/ISO} id, anyone else by the
 * entity's name or an alias (spelling variants allowed). Meetings match in either order. Each event of
 * the record finds at most one gold event. Not thread-safe; one run at a time.
 */
public final class EventEval {
    private static final Set<String> MEETING_MODES = Set.of("meet", "third-party", "multilateral");

    private final Extractor extractor;
    private final Analyzer analyzer;

    public EventEval(Extractor extractor, Analyzer analyzer) {
        this.extractor = extractor;
        this.analyzer = analyzer;
    }

    /**
     * Extracts each gold file's capture (found under {@code dir}) and scores its events: the whole chain. The
     * captures are one run: one that states no publication date may be dated from the others' reports of the
     * same events ({@link Analyzer#analyze(Article, List)}).
     */
    public Report fromCaptures(Path dir) throws IOException {
        return score(GoldDocuments.fromCaptures(extractor, dir, Input::of, Input::failed));
    }

    /** Analyses each gold file's own title, body, captions and date: the language and event stages alone. */
    public Report fromGoldText(Path dir) throws IOException {
        return score(GoldDocuments.fromGoldText(dir, Input::of));
    }

    /** One gold file and its article, or why its capture gave none. */
    private record Input(String name, JsonNode gold, Optional<Article> article, Optional<String> error) {
        static Input of(String name, JsonNode gold, Article article) {
            return new Input(name, gold, Optional.of(article), Optional.empty());
        }

        static Input failed(String name, JsonNode gold, String reason) {
            return new Input(name, gold, Optional.empty(), Optional.of(reason));
        }
    }

    /** An input's first analysis: its record, or why the analyzer refused it. */
    private record Analysed(Optional<Record> record, Optional<String> error) {
    }

    /**
     * Analyses the articles whose page states a date first, since only they give reports to date others from, then
     * the rest against those reports: each article is analysed once (and once more when it is dated).
     */
    private Report score(List<Input> inputs) {
        Map<Integer, Analysed> analysed = new HashMap<>();
        List<DatingFromReports.Reference> reports = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            if (in.article().filter(a -> a.published().isPresent()).isPresent()) {
                Analysed a = analyse(in, List.of());
                analysed.put(i, a);
                a.record().ifPresent(r -> reports.addAll(DatingFromReports.references(r, in.name())));
            }
        }
        List<DocResult> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            Analysed a = analysed.containsKey(i) ? analysed.get(i) : analyse(in, reports);
            out.add(a.record().isPresent() ? check(in.name(), in.gold(), a.record().get())
                    : DocResult.error(in.name(), in.gold(), a.error().orElse("no record")));
        }
        return new Report(out);
    }

    private Analysed analyse(Input in, List<DatingFromReports.Reference> reports) {
        if (in.article().isEmpty()) {
            return new Analysed(Optional.empty(), in.error());
        }
        try {
            return new Analysed(Optional.of(analyzer.analyze(in.article().get(), reports)), Optional.empty());
        } catch (AnalysisException e) {
            return new Analysed(Optional.empty(), Optional.of(e.reason()));
        }
    }

    private DocResult check(String name, JsonNode gold, Record record) {
        List<Event> events = record.events();
        boolean[] used = new boolean[events.size()];
        List<GoldResult> results = new ArrayList<>();
        for (JsonNode g : gold.path("events")) {
            int found = -1;
            for (int k = 0; k < events.size() && found < 0; k++) {
                if (!used[k] && matches(g, events.get(k), record.entities())) {
                    found = k;
                }
            }
            if (found >= 0) {
                used[found] = true;
            }
            results.add(new GoldResult(describe(g), found >= 0 ? Optional.of(events.get(found)) : Optional.empty()));
        }
        Article article = record.article();
        return new DocResult(name, results, events, article.published()
                .or(() -> article.publishedEstimate().map(e -> "estimated " + e.value() + " (" + e.basis() + ")"))
                .orElse(null), null);
    }

    /** Whether {@code e} is the gold event {@code g}: type, actor, target and a compatible date. */
    static boolean matches(JsonNode g, Event e, List<Entity> entities) {
        String type = g.path("type").asText("");
        boolean meeting = type.equals("MEET");
        boolean typeOk = switch (type) {
            case "VISIT" -> e.type().equals("CONSULT") && e.mode().filter("visit"::equals).isPresent();
            case "MEET" -> e.type().equals("CONSULT") && e.mode().filter(MEETING_MODES::contains).isPresent();
            default -> e.type().equals(type);
        };
        if (!typeOk) {
            return false;
        }
        String actor = g.path("actor").asText("");
        String target = g.path("target").asText("");
        boolean sides = same(actor, e.actor(), e.actorId(), entities) && same(target, e.target(), e.targetId(), entities)
                || meeting && same(actor, e.target(), e.targetId(), entities)
                && same(target, e.actor(), e.actorId(), entities);
        if (!sides) {
            return false;
        }
        JsonNode when = g.path("when");
        if (when.isMissingNode() || when.isNull() || when.asText().isBlank()) {
            return true;
        }
        return e.date().filter(d -> DateSpan.compatible(d, when.asText())).isPresent();
    }

    /** Whether the gold name and an event's participant are the same: by country id, or by name or alias. */
    private static boolean same(String gold, Optional<String> name, Optional<String> id, List<Entity> entities) {
        if (gold.isBlank()) {
            return name.isEmpty() && id.isEmpty();
        }
        Optional<Country> country = CountryTable.get().lookup(gold);
        if (country.isPresent()) {
            return id.filter(country.get().id()::equals).isPresent();
        }
        String key = EntityResolver.nameKey(gold);
        if (name.map(EntityResolver::nameKey).filter(key::equals).isPresent()) {
            return true;
        }
        for (Entity en : entities) {
            if (id.filter(en.id()::equals).isPresent() && (EntityResolver.nameKey(en.name()).equals(key)
                    || en.aliases().stream().anyMatch(a -> EntityResolver.nameKey(a).equals(key)))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode g) {
        return String.format(Locale.ROOT, "%s %s -> %s%s%s", g.path("type").asText(), g.path("actor").asText(),
                g.path("target").asText(), g.hasNonNull("where") ? " in " + g.path("where").asText() : "",
                g.hasNonNull("when") ? " " + g.path("when").asText() : "");
    }

    /** One gold event and the event of the record that matched it, if any. */
    public record GoldResult(String gold, Optional<Event> match) {
    }

    /** One gold file's events and every event the record gave. */
    public record DocResult(String gold, List<GoldResult> results, List<Event> events, String published,
                            String error) {
        public DocResult {
            results = List.copyOf(results);
            events = List.copyOf(events);
        }

        static DocResult error(String gold, JsonNode goldJson, String error) {
            List<GoldResult> missed = new ArrayList<>();
            goldJson.path("events").forEach(g -> missed.add(new GoldResult(describe(g), Optional.empty())));
            return new DocResult(gold, missed, List.of(), null, error);
        }
    }

    /** Every gold file's result and the totals. */
    public record Report(List<DocResult> documents) {
        public Report {
            documents = List.copyOf(documents);
        }

        /** Gold events found. */
        public int found() {
            return (int) documents.stream().flatMap(d -> d.results().stream()).filter(r -> r.match().isPresent()).count();
        }

        /** Gold events. */
        public int total() {
            return documents.stream().mapToInt(d -> d.results().size()).sum();
        }

        /** Events the coder gave, over all documents. */
        public int events() {
            return documents.stream().mapToInt(d -> d.events().size()).sum();
        }

        /** Found over total, 0 when there is no gold event. */
        public double recall() {
            return total() == 0 ? 0 : (double) found() / total();
        }

        /** Prints each document's gold events (found or missed); with {@code all}, every event coded. */
        public void print(PrintStream out, boolean all) {
            for (DocResult d : documents) {
                long ok = d.results().stream().filter(r -> r.match().isPresent()).count();
                out.printf(Locale.ROOT, "%-12s %d/%d gold events found, %d events coded%s%n", d.gold(), ok,
                        d.results().size(), d.events().size(), d.error() == null ? "" : "  error: " + d.error());
                if (d.published() != null && d.published().startsWith("estimated")) {
                    out.printf(Locale.ROOT, "    %s%n", d.published());
                }
                for (GoldResult r : d.results()) {
                    out.printf(Locale.ROOT, "    %-7s %s%n", r.match().isPresent() ? "found" : "MISSED", r.gold());
                }
                if (all) {
                    int n = 1;
                    for (Event e : d.events()) {
                        out.printf(Locale.ROOT, "    %2d. %s%n        %s%n", n++, line(e), e.evidence());
                    }
                }
            }
            out.printf(Locale.ROOT, "documents %d  gold events %d  found %d (%.1f%%)  events coded %d%n",
                    documents.size(), total(), found(), 100.0 * recall(), events());
        }

        /** One event on one line: type/mode status, actor -> target, where, when, confidence. */
        public static String line(Event e) {
            return String.format(Locale.ROOT, "%s%s %s  %s -> %s%s  %s  (%.2f)", e.type(),
                    e.mode().map(m -> "/" + m).orElse(""), e.status().jsonName(),
                    e.actor().orElse("?") + e.actorId().map(i -> " [" + i + "]").orElse(""),
                    e.target().orElse("-") + e.targetId().map(i -> " [" + i + "]").orElse(""),
                    e.location().map(l -> " in " + l).orElse(""), e.date().orElse("undated"), e.confidence());
        }
    }
}
