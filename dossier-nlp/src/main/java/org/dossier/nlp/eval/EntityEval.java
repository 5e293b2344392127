package org.dossier.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.entity.Country;
import org.dossier.nlp.entity.CountryTable;
import org.dossier.nlp.entity.EntityResolver;

/**
 * {@code dossier eval entities DIR}: checks the entity stage against seed gold ({@code gold/*.json}).
 *
 * <p>Every person, organisation and country named in a gold file's quotes ({@code speaker}) and events
 * ({@code actor}, {@code target}) must be an entity of the record: a country by its {@code country/ISO}
 * id, anyone else by an entity whose name or an alias is a spelling variant of the gold name. A name
 * that several entities claim is split (two ids for one real-world entity). No entity typed PERSON may
 * be a country. Not thread-safe; one run at a time.
 */
public final class EntityEval {
    private final Extractor extractor;
    private final Analyzer analyzer;

    public EntityEval(Extractor extractor, Analyzer analyzer) {
        this.extractor = extractor;
        this.analyzer = analyzer;
    }

    /** Extracts each gold file's capture (found under {@code dir}) and checks its entities: the whole chain. */
    public Report fromCaptures(Path dir) throws IOException {
        return new Report(GoldDocuments.fromCaptures(extractor, dir, this::check,
                (name, gold, reason) -> DocResult.error(name, reason)));
    }

    /** Analyses each gold file's own title, body, captions and date: the language stage alone. */
    public Report fromGoldText(Path dir) throws IOException {
        return new Report(GoldDocuments.fromGoldText(dir, this::check));
    }

    /** An article made of the gold's fields, as a perfect extractor would give it. */
    public static Article articleOf(Path goldFile, JsonNode gold) {
        List<String> captions = new ArrayList<>();
        gold.path("captions").forEach(c -> captions.add(c.asText()));
        List<String> authors = new ArrayList<>();
        gold.path("authors").forEach(c -> authors.add(c.asText()));
        Optional<String> hint = gold.path("published_year_hint").isMissingNode() || gold.path("published_year_hint").isNull()
                ? Optional.empty() : Optional.of(gold.path("published_year_hint").asText());
        return Article.builder(SourceRef.ofFile(Optional.of(goldFile.toString()), "", SourceFormat.TEXT))
                .title(text(gold, "title")).authors(authors).publisher(text(gold, "publisher"))
                .published(text(gold, "published"))
                .publishedEstimate(hint.map(h -> new DateEstimate(h, "the gold's year hint")))
                .language(text(gold, "language")).dateline(text(gold, "dateline"))
                .body(gold.path("body").asText("")).captions(captions).build();
    }

    private static Optional<String> text(JsonNode gold, String field) {
        JsonNode n = gold.path(field);
        return n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }

    private DocResult check(String name, JsonNode gold, Article article) {
        List<Entity> entities;
        try {
            entities = analyzer.analyze(article).entities();
        } catch (AnalysisException e) {
            return DocResult.error(name, e.reason());
        }
        Set<String> wanted = new LinkedHashSet<>();
        gold.path("quotes").forEach(q -> addName(wanted, q.path("speaker")));
        gold.path("events").forEach(e -> {
            addName(wanted, e.path("actor"));
            addName(wanted, e.path("target"));
        });
        List<NameResult> names = new ArrayList<>();
        for (String w : wanted) {
            names.add(find(w, entities));
        }
        List<String> countriesAsPersons = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && (CountryTable.get().lookup(e.name()).isPresent()
                    || e.aliases().stream().anyMatch(a -> CountryTable.get().lookup(a).isPresent()))) {
                countriesAsPersons.add(e.id() + " (" + e.name() + ")");
            }
        }
        return new DocResult(name, names, countriesAsPersons, null);
    }

    private static void addName(Set<String> names, JsonNode n) {
        if (n.isTextual() && !n.asText().isBlank()) {
            names.add(n.asText().strip());
        }
    }

    private static NameResult find(String gold, List<Entity> entities) {
        Optional<Country> country = CountryTable.get().lookup(gold);
        if (country.isPresent()) {
            boolean found = entities.stream().anyMatch(e -> e.id().equals(country.get().id()));
            return new NameResult(gold, found ? List.of(country.get().id()) : List.of());
        }
        String key = EntityResolver.nameKey(gold);
        List<String> ids = new ArrayList<>();
        for (Entity e : entities) {
            boolean match = EntityResolver.nameKey(e.name()).equals(key)
                    || e.aliases().stream().anyMatch(a -> EntityResolver.nameKey(a).equals(key));
            if (match && e.type() != EntityType.COUNTRY && !ids.contains(e.id())) {
                ids.add(e.id());
            }
        }
        return new NameResult(gold, ids);
    }

    /** One gold name and the entity ids that claim it: one is right, none is a miss, several a split. */
    public record NameResult(String name, List<String> ids) {
        public NameResult {
            ids = List.copyOf(ids);
        }

        public boolean found() {
            return ids.size() == 1;
        }
    }

    /** One gold file's check. */
    public record DocResult(String gold, List<NameResult> names, List<String> countriesAsPersons, String error) {
        public DocResult {
            names = List.copyOf(names);
            countriesAsPersons = List.copyOf(countriesAsPersons);
        }

        static DocResult error(String gold, String error) {
            return new DocResult(gold, List.of(), List.of(), error);
        }
    }

    /** Every gold file's check and the totals. */
    public record Report(List<DocResult> documents) {
        public Report {
            documents = List.copyOf(documents);
        }

        /** Gold names found as exactly one entity. */
        public int found() {
            return (int) documents.stream().flatMap(d -> d.names().stream()).filter(NameResult::found).count();
        }

        /** Gold names checked. */
        public int total() {
            return (int) documents.stream().mapToLong(d -> d.names().size()).sum();
        }

        /** Entities typed PERSON that are countries, over all documents. */
        public int countriesAsPersons() {
            return documents.stream().mapToInt(d -> d.countriesAsPersons().size()).sum();
        }

        public void print(PrintStream out) {
            for (DocResult d : documents) {
                if (d.error() != null) {
                    out.printf(Locale.ROOT, "%-12s error: %s%n", d.gold(), d.error());
                    continue;
                }
                long ok = d.names().stream().filter(NameResult::found).count();
                out.printf(Locale.ROOT, "%-12s %d/%d gold names found as one entity%n", d.gold(), ok, d.names().size());
                for (NameResult n : d.names()) {
                    if (n.ids().isEmpty()) {
                        out.printf(Locale.ROOT, "    MISSING %s%n", n.name());
                    } else if (n.ids().size() > 1) {
                        out.printf(Locale.ROOT, "    SPLIT   %s -> %s%n", n.name(), String.join(", ", n.ids()));
                    }
                }
                d.countriesAsPersons().forEach(c -> out.printf(Locale.ROOT, "    COUNTRY TYPED PERSON %s%n", c));
            }
            long errors = documents.stream().filter(d -> d.error() != null).count();
            out.printf(Locale.ROOT, "documents %d  errors %d  gold names %d  found %d (%.1f%%)  "
                            + "countries typed PERSON %d%n", documents.size(), errors, total(), found(),
                    total() == 0 ? 0.0 : 100.0 * found() / total(), countriesAsPersons());
        }
    }
}
