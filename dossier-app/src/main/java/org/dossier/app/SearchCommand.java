package org.dossier.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.core.json.RecordJson;
import org.dossier.store.index.IndexQuery;
import org.dossier.store.query.Filter;
import org.dossier.store.query.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search}: full-text search over the store's articles, quotes and events. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds articles, quotes and events by their words (BM25), best first, with the matching "
                + "passage ([[marked]]). Names find what they are attached to: an entity's articles, a speaker's "
                + "quotes, an actor's events.",
                "QUERY: words must all match; \"a phrase\", -excluded, a | b, prefix*. An empty QUERY lists what "
                        + "the filters select."})
final class SearchCommand implements Callable<Integer> {
    /** How hits are printed. */
    enum Format { table, jsonl }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDir data;

    @Mixin
    FilterOptions filters;

    @Parameters(arity = "0..*", paramLabel = "QUERY")
    List<String> words = new ArrayList<>();

    @Option(names = "--entity", paramLabel = "ID", description = "only items involving this entity id")
    String entity;

    @Option(names = "--type", paramLabel = "T",
            description = "article, quote or event; or a PLOVER event type (CONSULT, SANCTION, …)")
    String type;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<SearchHit.Kind> kind = Optional.empty();
        Filter f = Filter.all().withPage(20, 0).withEntity(Optional.ofNullable(entity));
        if (type != null) {
            try {
                kind = Optional.of(SearchHit.Kind.valueOf(type.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                f = f.withType(Optional.of(type));
                kind = Optional.of(SearchHit.Kind.EVENT);
            }
        }
        IndexQuery q = new IndexQuery(String.join(" ", words), kind, filters.apply(f, spec.commandLine()));
        return StoreAccess.run(data, List.of(), err, store -> {
            List<SearchHit> hits = store.search(q);
            if (format == Format.jsonl) {
                for (SearchHit h : hits) {
                    ObjectNode n = RecordJson.mapper().createObjectNode();
                    n.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
                    n.put("id", h.id());
                    n.put("article_id", h.article().id());
                    n.put("score", h.score());
                    n.put("title", h.article().title().orElse(null));
                    n.put("publisher", h.article().publisher().orElse(null));
                    n.put("published", h.article().published().orElse(null));
                    n.put("url", h.article().url().orElse(null));
                    n.put("path", h.article().path().orElse(null));
                    n.put("snippet", h.snippet());
                    out.println(RecordJson.line(n));
                }
            } else {
                for (SearchHit h : hits) {
                    out.println(String.format(Locale.ROOT, "%-7s %6.2f  %s · %s · %s  [article %d]",
                            h.kind().name().toLowerCase(Locale.ROOT), h.score(),
                            h.article().published().orElse("undated"), h.article().publisher().orElse("?"),
                            h.article().title().orElse("(no title)"), h.article().id()));
                    out.println("        " + h.snippet());
                    out.println("        " + h.article().url().or(h.article()::path).orElse(""));
                }
                if (hits.isEmpty()) {
                    err.println("no match");
                }
            }
            return 0;
        });
    }
}
