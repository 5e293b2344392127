package org.dossier.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Article;
import org.dossier.core.model.Event;
import org.dossier.core.model.Quote;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineJson;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.query.ArticleInfo;
import org.dossier.store.query.EntitySummary;
import org.dossier.store.query.Filter;
import org.dossier.store.query.StoredArticle;
import org.dossier.store.query.StoredEvent;
import org.dossier.store.query.StoredQuote;

/**
 * Writes what the store holds as JSON Lines, CSV, or (events) PLOVER records, page by page so an
 * export of a large store never sits in memory. JSON uses the record's field names
 * ({@code DESIGN.md}) plus the store's ids. Thread-safe (stateless).
 */
public final class Exporter {
    /** The output format. */
    public enum Format { JSONL, CSV, PLOVER }

    /** What to export. */
    public enum What { ARTICLES, EVENTS, QUOTES, ENTITIES, TIMELINE }

    private static final int PAGE = 500;

    private final String coder;

    /** An exporter naming {@code coder} (Dossier and its version) as the coder in PLOVER records. */
    public Exporter(String coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    /**
     * Writes every {@code what} that passes {@code filter}.
     *
     * @throws IllegalArgumentException for PLOVER of anything but events
     */
    public void export(Store store, Format format, What what, Filter filter, Writer out)
            throws StoreException, IOException {
        if (format == Format.PLOVER && what != What.EVENTS) {
            throw new IllegalArgumentException("PLOVER records are events: use --what events with --format plover");
        }
        Csv csv = new Csv(out);
        if (format == Format.CSV) {
            csv.row(header(what));
        }
        for (int offset = 0; ; offset += PAGE) {
            Filter page = filter.withPage(Math.min(PAGE, filter.limit() - offset), filter.offset() + offset);
            int n = switch (what) {
                case ARTICLES -> articles(store, page, format, csv, out);
                case EVENTS -> events(store, page, format, csv, out);
                case QUOTES -> quotes(store, page, format, csv, out);
                case ENTITIES -> entities(store, page, format, csv, out);
                case TIMELINE -> timeline(store, page, format, csv, out);
            };
            if (n < PAGE || offset + n >= filter.limit()) {
                break;
            }
        }
        out.flush();
    }

    private static List<String> header(What what) {
        return switch (what) {
            case ARTICLES -> List.of("id", "published", "publisher", "title", "authors", "language", "dateline",
                    "wire", "url", "path", "sha256", "entities", "quotes", "events", "body");
            case EVENTS -> List.of("id", "article_id", "date", "type", "mode", "status", "actor", "actor_id",
                    "actor_country", "target", "target_id", "target_country", "location", "confidence", "evidence",
                    "offset", "publisher", "published", "url");
            case QUOTES -> List.of("id", "article_id", "speaker", "speaker_id", "speaker_title", "direct", "text",
                    "offset", "publisher", "published", "url");
            case ENTITIES -> List.of("id", "name", "type", "country", "articles", "mentions");
            case TIMELINE -> TIMELINE_COLUMNS;
        };
    }

    private static void line(Writer out, ObjectNode n) throws IOException {
        out.write(RecordJson.line(n));
        out.write('\n');
    }

    private static int articles(Store store, Filter page, Format format, Csv csv, Writer out)
            throws StoreException, IOException {
        List<Long> ids = store.articleIds(page);
        for (long id : ids) {
            Optional<StoredArticle> stored = store.article(id);
            if (stored.isEmpty()) {
                continue;
            }
            Article a = stored.get().record().article();
            if (format == Format.CSV) {
                csv.row(List.of(id, a.published(), a.publisher(), a.title(), String.join("; ", a.authors()),
                        a.language(), a.dateline(), a.wire(), a.source().url(), a.source().path(),
                        a.source().sha256(), stored.get().record().entities().size(),
                        stored.get().record().quotes().size(), stored.get().record().events().size(), a.body()));
            } else {
                ObjectNode n = RecordJson.mapper().createObjectNode().put("id", id);
                n.setAll(RecordJson.record(stored.get().record()));
                ArrayNode sources = n.putArray("sources");
                stored.get().sources().forEach(r -> sources.add(RecordJson.source(r)));
                line(out, n);
            }
        }
        return ids.size();
    }

    private int events(Store store, Filter page, Format format, Csv csv, Writer out)
            throws StoreException, IOException {
        List<StoredEvent> events = store.events(page);
        for (StoredEvent s : events) {
            Event e = s.event();
            ArticleInfo a = s.article();
            switch (format) {
                case CSV -> csv.row(List.of(s.id(), a.id(), e.date(), e.type(), e.mode(), e.status().jsonName(),
                        e.actor(), e.actorId(), e.actorCountry(), e.target(), e.targetId(), e.targetCountry(),
                        e.location(), e.confidence(), e.evidence(), e.offset(), a.publisher(), a.published(),
                        a.url().or(a::path)));
                case PLOVER -> line(out, Plover.event(s, coder));
                case JSONL -> {
                    ObjectNode n = RecordJson.mapper().createObjectNode().put("id", s.id());
                    n.setAll(RecordJson.event(e));
                    n.set("article", article(a));
                    line(out, n);
                }
            }
        }
        return events.size();
    }

    private static int quotes(Store store, Filter page, Format format, Csv csv, Writer out)
            throws StoreException, IOException {
        List<StoredQuote> quotes = store.quotes(page);
        for (StoredQuote s : quotes) {
            Quote q = s.quote();
            ArticleInfo a = s.article();
            if (format == Format.CSV) {
                csv.row(List.of(s.id(), a.id(), q.speaker(), q.speakerId(), q.speakerTitle(), q.direct(), q.text(),
                        q.offset(), a.publisher(), a.published(), a.url().or(a::path)));
            } else {
                ObjectNode n = RecordJson.mapper().createObjectNode().put("id", s.id());
                n.setAll(RecordJson.quote(q));
                n.set("article", article(a));
                line(out, n);
            }
        }
        return quotes.size();
    }

    private static int entities(Store store, Filter page, Format format, Csv csv, Writer out)
            throws StoreException, IOException {
        List<EntitySummary> list = store.entities(page);
        for (EntitySummary e : list) {
            if (format == Format.CSV) {
                csv.row(List.of(e.id(), e.name(), e.type().name(), e.country(), e.articles(), e.mentions()));
            } else {
                ObjectNode n = RecordJson.mapper().createObjectNode().put("id", e.id()).put("name", e.name())
                        .put("type", e.type().name());
                n.put("country", e.country().orElse(null));
                n.put("articles", e.articles()).put("mentions", e.mentions());
                line(out, n);
            }
        }
        return list.size();
    }

    private static int timeline(Store store, Filter page, Format format, Csv csv, Writer out)
            throws StoreException, IOException {
        List<TimelineEntry> entries = store.timeline(page);
        for (TimelineEntry t : entries) {
            if (format == Format.CSV) {
                csv.row(timelineRow(t));
            } else {
                line(out, TimelineJson.entry(t));
            }
        }
        return entries.size();
    }

    /**
     * The columns of the timeline as CSV, one row per entry: {@code sources} counts the entry's sources,
     * {@code publishers} lists their outlets, {@code articles} where each is ({@link #location}), separated
     * by " | ", and {@code evidence} is the first source's sentence. {@code dossier timeline --format csv}
     * and the export of the timeline write the same rows.
     */
    public static final List<String> TIMELINE_COLUMNS = List.of("id", "date", "type", "mode", "status", "actor",
            "actor_id", "target", "target_id", "location", "reports", "sources", "publishers", "articles", "evidence");

    /** Writes {@code entries} as CSV ({@link #TIMELINE_COLUMNS}, a header first), formulas neutralised. */
    public static void timelineCsv(List<TimelineEntry> entries, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(TIMELINE_COLUMNS);
        for (TimelineEntry e : entries) {
            csv.row(timelineRow(e));
        }
        out.flush();
    }

    private static List<Object> timelineRow(TimelineEntry e) {
        return List.of(e.id(), e.date(), e.type(), e.mode(), e.status().jsonName(), e.actor(), e.actorId(), e.target(),
                e.targetId(), e.location(), e.reports(), e.sources().size(),
                e.sources().stream().map(r -> r.publisher().orElse("")).filter(p -> !p.isEmpty()).distinct()
                        .collect(Collectors.joining("; ")),
                e.sources().stream().map(Exporter::location).collect(Collectors.joining(" | ")),
                e.sources().get(0).event().evidence());
    }

    /** Where a report's article is: the file and the URL when there are both (a WARC holds many pages), else either. */
    public static String location(Report r) {
        if (r.path().isPresent() && r.url().isPresent()) {
            return r.path().get() + " " + r.url().get();
        }
        return r.path().or(r::url).orElse("(standard input)");
    }

    private static ObjectNode article(ArticleInfo a) {
        ObjectNode n = RecordJson.mapper().createObjectNode();
        n.put("article_id", a.id());
        n.put("path", a.path().orElse(null));
        n.put("url", a.url().orElse(null));
        n.put("title", a.title().orElse(null));
        n.put("publisher", a.publisher().orElse(null));
        n.put("published", a.published().orElse(null));
        return n;
    }
}
