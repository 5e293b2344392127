package org.dossier.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceRef;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.query.ArticleInfo;
import org.dossier.store.query.CoMention;
import org.dossier.store.query.EntityProfile;
import org.dossier.store.query.EntitySummary;
import org.dossier.store.query.SearchHit;
import org.dossier.store.query.StoreCounts;
import org.dossier.store.query.StoredArticle;
import org.dossier.store.query.StoredEvent;
import org.dossier.store.query.StoredQuote;

/**
 * The API's JSON: the record's own field names (snake_case, absent values as null) for what comes
 * from records, and the same style for what the store adds (ids, counts, pages). Thread-safe.
 */
final class Views {
    private static final int LEAD_CHARS = 240;

    private Views() {
    }

    static ObjectNode object() {
        return RecordJson.mapper().createObjectNode();
    }

    /**
     * A page of a list: {@code items} holds up to {@code limit} of {@code rows} (which may hold one
     * more, to tell whether another page follows).
     */
    static <T> ObjectNode page(List<T> rows, int limit, int offset, Function<T, ObjectNode> view) {
        ObjectNode n = object();
        ArrayNode items = n.putArray("items");
        rows.stream().limit(limit).forEach(r -> items.add(view.apply(r)));
        n.put("offset", offset);
        n.put("limit", limit);
        if (rows.size() > limit) {
            n.put("next_offset", offset + limit);
        } else {
            n.putNull("next_offset");
        }
        return n;
    }

    static ObjectNode info(ArticleInfo a) {
        ObjectNode n = object();
        n.put("id", a.id());
        put(n, "title", a.title());
        put(n, "publisher", a.publisher());
        put(n, "published", a.published());
        put(n, "url", a.url());
        put(n, "path", a.path());
        return n;
    }

    /** An article as a list shows it: its details, counts and the start of its text. */
    static ObjectNode articleSummary(StoredArticle stored) {
        Record r = stored.record();
        Article a = r.article();
        ObjectNode n = info(infoOf(stored));
        put(n, "language", a.language());
        n.set("authors", RecordJson.mapper().valueToTree(a.authors()));
        n.put("entities", r.entities().size());
        n.put("quotes", r.quotes().size());
        n.put("events", r.events().size());
        String body = a.body().strip().replaceAll("\\s+", " ");
        n.put("lead", body.length() <= LEAD_CHARS ? body : body.substring(0, LEAD_CHARS) + " …");
        return n;
    }

    /** An article whole: the record, every place it was reached, its raw captures and its highlights. */
    static ObjectNode article(StoredArticle stored) {
        ObjectNode n = object();
        n.put("id", stored.id());
        n.setAll(RecordJson.record(stored.record()));
        ArrayNode locations = n.putArray("sources");
        for (SourceRef ref : stored.sources()) {
            ObjectNode s = RecordJson.source(ref);
            s.put("raw", "/api/raw/" + ref.sha256());
            locations.add(s);
        }
        n.put("raw", "/api/raw/" + stored.record().article().source().sha256());
        ArrayNode spans = n.putArray("annotations");
        Spans.of(stored.record()).forEach(s -> spans.add(s.json()));
        return n;
    }

    /** What lists cite of an article that the store rebuilt whole. */
    static ArticleInfo infoOf(StoredArticle stored) {
        Article a = stored.record().article();
        SourceRef src = a.source();
        return new ArticleInfo(stored.id(), a.title(), a.publisher(),
                a.published().or(() -> a.publishedEstimate().map(DateEstimate::value)),
                stored.sources().stream().map(SourceRef::url).flatMap(Optional::stream).findFirst().or(src::url),
                src.path());
    }

    static ObjectNode quote(StoredQuote q) {
        ObjectNode n = RecordJson.quote(q.quote());
        n.set("article", info(q.article()));
        return n;
    }

    static ObjectNode event(StoredEvent e) {
        ObjectNode n = object();
        n.put("id", e.id());
        n.setAll(RecordJson.event(e.event()));
        n.set("article", info(e.article()));
        return n;
    }

    /**
     * A timeline entry with its reports, each citing its stored article from {@code articles} (by the
     * payload's SHA-256; {@link org.dossier.store.db.Store#articlesBySource}). A report whose article is not
     * there (deleted since the entry was read) cites what the report itself knows, with a null id.
     */
    static ObjectNode timelineEntry(TimelineEntry t, Map<String, ArticleInfo> articles) {
        ObjectNode n = object();
        n.put("id", t.id());
        n.put("type", t.type());
        put(n, "mode", t.mode());
        n.put("status", t.status().jsonName());
        put(n, "actor", t.actor());
        put(n, "actor_id", t.actorId());
        put(n, "target", t.target());
        put(n, "target_id", t.targetId());
        put(n, "location", t.location());
        put(n, "date", t.date());
        n.put("reports", t.reports());
        ArrayNode sources = n.putArray("sources");
        t.sources().forEach(r -> sources.add(report(r, articles)));
        ArrayNode ambiguous = n.putArray("ambiguous_sources");
        t.ambiguousSources().forEach(r -> ambiguous.add(report(r, articles)));
        return n;
    }

    private static ObjectNode report(Report r, Map<String, ArticleInfo> articles) {
        ObjectNode n = object();
        ArticleInfo a = articles.get(r.sha256());
        if (a != null) {
            n.set("article", info(a));
        } else {
            ObjectNode unknown = n.putObject("article");
            unknown.putNull("id");
            unknown.putNull("title");
            put(unknown, "publisher", r.publisher());
            put(unknown, "published", r.published().or(r::publishedEstimate));
            put(unknown, "url", r.url());
            put(unknown, "path", r.path());
        }
        n.put("sha256", r.sha256());
        n.put("duplicate_group", r.duplicateGroup());
        n.set("event", RecordJson.event(r.event()));
        return n;
    }

    static ObjectNode entity(EntitySummary e) {
        ObjectNode n = object();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type().name());
        put(n, "country", e.country());
        n.put("articles", e.articles());
        n.put("mentions", e.mentions());
        return n;
    }

    static ObjectNode profile(EntityProfile p) {
        ObjectNode n = entity(p.summary());
        n.set("names", RecordJson.mapper().valueToTree(p.names()));
        n.set("titles", RecordJson.mapper().valueToTree(p.titles()));
        return n;
    }

    static ObjectNode coMention(CoMention c) {
        ObjectNode n = object();
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("type", c.type().name());
        n.put("articles", c.articles());
        return n;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode n = object();
        n.put("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT));
        n.put("id", h.id());
        n.put("score", h.score());
        n.put("snippet", h.snippet());
        n.set("article", info(h.article()));
        return n;
    }

    static ObjectNode counts(StoreCounts c) {
        ObjectNode n = object();
        n.put("articles", c.articles());
        n.put("sources", c.sources());
        n.put("entities", c.entities());
        n.put("quotes", c.quotes());
        n.put("events", c.events());
        n.put("timeline_entries", c.timelineEntries());
        n.put("errors", c.errors());
        return n;
    }

    static ObjectNode error(int status, String message) {
        ObjectNode n = object();
        n.put("error", message);
        n.put("status", status);
        return n;
    }

    static void put(ObjectNode n, String field, Optional<String> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }
}
