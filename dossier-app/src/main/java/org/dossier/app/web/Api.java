package org.dossier.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.core.model.Entity;
import org.dossier.core.model.Event;
import org.dossier.core.model.Quote;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.index.IndexQuery;
import org.dossier.store.query.ArticleInfo;
import org.dossier.store.query.EntityProfile;
import org.dossier.store.query.Filter;
import org.dossier.store.query.SearchHit;
import org.dossier.store.query.StoredArticle;
import org.dossier.store.query.StoredEvent;
import org.dossier.store.query.StoredQuote;

/**
 * The read routes of the REST API: articles, entities, quotes, events, the timeline, search and
 * counts, each a thin view over one or two {@link Store} queries. Thread-safe (the store is).
 */
final class Api {
    /** Most events read to draw one entity's interactions. */
    private static final int MAX_INTERACTION_EVENTS = 5000;
    private static final int CO_MENTIONS = 30;
    /** Events and quotes an entity's answer carries; /api/events and /api/quotes page through all. */
    private static final int FIRST = 20;
    /** Articles read at a time while looking for quotes that mention an entity. */
    private static final int SCAN_BATCH = 100;

    /** A read route: what it answers with. */
    interface Reader {
        ObjectNode answer(Context ctx) throws StoreException;
    }

    private final Store store;

    Api(Store store) {
        this.store = store;
    }

    /** Registers the routes on {@code app} and lists them in {@code routes}. */
    void register(Javalin app, Routes routes) {
        routes.get(app, "/api/stats", ctx -> {
            Params.of(ctx);
            return Views.counts(store.counts());
        });
        routes.get(app, "/api/articles", this::articles);
        routes.get(app, "/api/articles/{id}", this::article);
        routes.get(app, "/api/entities", this::entities);
        routes.get(app, "/api/entities/<id>", this::entity);
        routes.get(app, "/api/quotes", this::quotes);
        routes.get(app, "/api/events", this::events);
        routes.get(app, "/api/timeline", this::timeline);
        routes.get(app, "/api/search", this::search);
    }

    private ObjectNode articles(Context ctx) throws StoreException {
        Params p = Params.of(ctx, "entity", "publisher", "since", "until");
        Filter f = p.pageFilter().withEntity(p.text("entity"));
        List<StoredArticle> rows = new ArrayList<>();
        for (long id : store.articleIds(f)) {
            store.article(id).ifPresent(rows::add);
        }
        return Views.page(rows, p.limit(), p.offset(), Views::articleSummary);
    }

    private ObjectNode article(Context ctx) throws StoreException {
        Params.of(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("an article id is a number, not '" + ctx.pathParam("id") + "'");
        }
        return Views.article(store.article(id).orElseThrow(() -> ApiError.notFound("no article " + id)));
    }

    private ObjectNode entities(Context ctx) throws StoreException {
        Params p = Params.of(ctx, "type", "publisher", "since", "until");
        Filter f = p.pageFilter().withType(p.entityType("type"));
        return Views.page(store.entities(f), p.limit(), p.offset(), Views::entity);
    }

    /**
     * One entity: who it is, its first events and quotes with their counts, whom it acts with (events,
     * weighted), and who is named with it.
     */
    private ObjectNode entity(Context ctx) throws StoreException {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        EntityProfile profile = store.entity(id).orElseThrow(() -> ApiError.notFound("no entity " + id));
        ObjectNode n = Views.profile(profile);
        List<StoredEvent> events = store.events(Filter.all().withEntity(Optional.of(id))
                .withPage(MAX_INTERACTION_EVENTS, 0));
        List<StoredQuote> quotes = store.quotes(Filter.all().withSpeaker(Optional.of(id)));
        n.put("events", events.size());
        n.put("quotes", quotes.size());
        ArrayNode firstEvents = n.putArray("first_events");
        events.stream().limit(FIRST).forEach(e -> firstEvents.add(Views.event(e)));
        ArrayNode firstQuotes = n.putArray("first_quotes");
        quotes.stream().limit(FIRST).forEach(q -> firstQuotes.add(Views.quote(q)));
        ArrayNode interactions = n.putArray("interactions");
        interactions(id, events).forEach(interactions::add);
        ArrayNode named = n.putArray("co_mentions");
        store.coMentioned(id, CO_MENTIONS).forEach(c -> named.add(Views.coMention(c)));
        return n;
    }

    /** The other side of each of the entity's events, with how many events and of which types. */
    private static List<ObjectNode> interactions(String id, List<StoredEvent> events) {
        Map<String, ObjectNode> byOther = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> types = new LinkedHashMap<>();
        for (StoredEvent se : events) {
            Event e = se.event();
            boolean acts = e.actorId().map(id::equals).orElse(false);
            Optional<String> otherId = acts ? e.targetId() : e.actorId();
            Optional<String> otherName = acts ? e.target() : e.actor();
            if (otherId.map(id::equals).orElse(false) || (otherId.isEmpty() && otherName.isEmpty())) {
                continue;
            }
            String key = otherId.orElse("name:" + otherName.get().toLowerCase(Locale.ROOT));
            ObjectNode o = byOther.computeIfAbsent(key, k -> {
                ObjectNode x = Views.object();
                Views.put(x, "id", otherId);
                x.put("name", otherName.or(() -> otherId).get());
                x.put("events", 0);
                x.put("as_actor", 0);
                x.put("as_target", 0);
                return x;
            });
            o.put("events", o.get("events").asInt() + 1);
            String side = acts ? "as_actor" : "as_target";
            o.put(side, o.get(side).asInt() + 1);
            types.computeIfAbsent(key, k -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
        }
        List<ObjectNode> out = new ArrayList<>();
        byOther.forEach((key, o) -> {
            o.set("types", Views.object().setAll(toJson(types.get(key))));
            out.add(o);
        });
        out.sort(Comparator.comparingInt((ObjectNode o) -> -o.get("events").asInt()));
        return out;
    }

    private static ObjectNode toJson(Map<String, Integer> counts) {
        ObjectNode n = Views.object();
        counts.forEach(n::put);
        return n;
    }

    private ObjectNode quotes(Context ctx) throws StoreException {
        Params p = Params.of(ctx, "speaker", "mentions", "publisher", "since", "until");
        Filter f = p.pageFilter().withSpeaker(p.text("speaker"));
        Optional<String> mentioned = p.text("mentions");
        if (mentioned.isEmpty()) {
            return Views.page(store.quotes(f), p.limit(), p.offset(), Views::quote);
        }
        return Views.page(quotesMentioning(mentioned.get(), f), p.limit(), p.offset(), Views::quote);
    }

    /**
     * Quotes whose words name the entity (a mention of it falls inside the quote), in article order,
     * passing the speaker, publisher and date conditions of {@code f}, paged as {@code f} asks.
     */
    private List<StoredQuote> quotesMentioning(String entityId, Filter f) throws StoreException {
        int wanted = f.offset() + f.limit();
        List<StoredQuote> found = new ArrayList<>();
        Filter articles = f.withEntity(Optional.of(entityId));
        for (int from = 0; found.size() < wanted; from += SCAN_BATCH) {
            List<Long> ids = store.articleIds(articles.withPage(SCAN_BATCH, from));
            for (long id : ids) {
                Optional<StoredArticle> a = store.article(id);
                if (a.isPresent()) {
                    mentioning(a.get(), entityId, f.speaker()).forEach(found::add);
                }
            }
            if (ids.size() < SCAN_BATCH) {
                break;
            }
        }
        return found.subList(Math.min(f.offset(), found.size()), Math.min(wanted, found.size()));
    }

    private static List<StoredQuote> mentioning(StoredArticle a, String entityId, Optional<String> speaker) {
        Optional<Entity> entity = a.record().entities().stream().filter(e -> e.id().equals(entityId)).findFirst();
        if (entity.isEmpty()) {
            return List.of();
        }
        String body = a.record().article().body();
        List<StoredQuote> out = new ArrayList<>();
        for (Quote q : a.record().quotes()) {
            if (speaker.isPresent() && !q.speakerId().equals(speaker)) {
                continue;
            }
            int start = Spans.locate(body, q.text(), q.offset());
            int end = start + q.text().strip().length();
            boolean names = start >= 0 && entity.get().offsets().stream().anyMatch(o -> o >= start && o < end);
            if (names) {
                // Quotes read from a whole article have no id of their own; the article and offset place them.
                out.add(new StoredQuote(0, q, Views.infoOf(a)));
            }
        }
        return out;
    }

    private ObjectNode events(Context ctx) throws StoreException {
        Params p = Params.of(ctx, "actor", "entity", "type", "status", "publisher", "since", "until");
        Filter f = p.pageFilter().withActor(p.text("actor")).withEntity(p.text("entity"))
                .withType(p.eventType("type")).withStatus(p.status("status"));
        return Views.page(store.events(f), p.limit(), p.offset(), Views::event);
    }

    private ObjectNode timeline(Context ctx) throws StoreException {
        Params p = Params.of(ctx, "actor", "entity", "type", "status", "publisher", "since", "until");
        Filter f = p.pageFilter().withActor(p.text("actor")).withEntity(p.text("entity"))
                .withType(p.eventType("type")).withStatus(p.status("status"));
        List<TimelineEntry> entries = store.timeline(f);
        // The page's articles in one query, not one per report.
        Map<String, ArticleInfo> articles = store.articlesBySource(entries.stream().limit(p.limit())
                .flatMap(e -> e.allReports().stream()).map(Report::sha256).collect(Collectors.toSet()));
        return Views.page(entries, p.limit(), p.offset(), e -> Views.timelineEntry(e, articles));
    }

    private ObjectNode search(Context ctx) throws StoreException {
        Params p = Params.of(ctx, "q", "kind", "entity", "type", "publisher", "since", "until");
        Optional<SearchHit.Kind> kind = p.text("kind").map(k -> {
            try {
                return SearchHit.Kind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("'kind' wants article, quote or event, not '" + k + "'");
            }
        });
        Optional<String> type = p.eventType("type");
        if (type.isPresent() && kind.isPresent() && kind.get() != SearchHit.Kind.EVENT) {
            throw ApiError.badRequest("'type' selects events; it cannot be combined with kind=" + p.text("kind").get());
        }
        String q = p.text("q").orElse("");
        if (q.length() > 1000) {
            throw ApiError.badRequest("'q' is longer than 1000 characters");
        }
        Filter f = p.pageFilter().withEntity(p.text("entity")).withType(type);
        IndexQuery query = new IndexQuery(q, type.isPresent() ? Optional.of(SearchHit.Kind.EVENT) : kind, f);
        ObjectNode n = Views.page(store.search(query), p.limit(), p.offset(), Views::hit);
        n.put("q", q);
        return n;
    }
}
