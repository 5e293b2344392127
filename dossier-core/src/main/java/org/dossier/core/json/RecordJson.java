package org.dossier.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.Event;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceRef;

/**
 * The record's JSON form, field for field as {@code DESIGN.md} shows it: snake_case names, absent
 * values as {@code null} or {@code []}. Thread-safe.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {
    }

    /** The shared mapper (configured once; Jackson mappers are thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON for {@code node}. */
    public static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** The source object: path, sha256, format, url, warc_record_id (and offset when from a WARC). */
    public static ObjectNode source(SourceRef ref) {
        ObjectNode n = MAPPER.createObjectNode();
        put(n, "path", ref.path());
        n.put("sha256", ref.sha256());
        n.put("format", ref.format().jsonName());
        put(n, "url", ref.url());
        put(n, "warc_record_id", ref.warcRecordId());
        if (ref.warcOffset().isPresent()) {
            n.put("warc_offset", ref.warcOffset().getAsLong());
        }
        ref.fetchedAt().ifPresent(t -> n.put("fetched_at", t.toString()));
        return n;
    }

    /** The article fields of the record. */
    public static ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("source", source(a.source()));
        put(n, "title", a.title());
        strings(n, "authors", a.authors());
        put(n, "publisher", a.publisher());
        put(n, "wire", a.wire());
        put(n, "published", a.published());
        if (a.publishedEstimate().isPresent()) {
            ObjectNode e = n.putObject("published_estimate");
            e.put("value", a.publishedEstimate().get().value());
            e.put("basis", a.publishedEstimate().get().basis());
        } else {
            n.putNull("published_estimate");
        }
        put(n, "language", a.language());
        put(n, "dateline", a.dateline());
        n.put("body", a.body());
        strings(n, "captions", a.captions());
        ArrayNode foreign = n.putArray("foreign_captions");
        a.foreignCaptions().forEach(f -> foreign.addObject().put("text", f.text()).put("language", f.language()));
        return n;
    }

    /** The whole record: article fields, then entities, quotes and events. */
    public static ObjectNode record(Record r) {
        ObjectNode n = article(r.article());
        ArrayNode entities = n.putArray("entities");
        r.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode quotes = n.putArray("quotes");
        r.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode events = n.putArray("events");
        r.events().forEach(e -> events.add(event(e)));
        return n;
    }

    public static ObjectNode entity(Entity e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type().name());
        strings(n, "aliases", e.aliases());
        n.put("mentions", e.mentions());
        strings(n, "titles", e.titles());
        put(n, "country", e.country());
        ArrayNode offsets = n.putArray("offsets");
        e.offsets().forEach(offsets::add);
        return n;
    }

    public static ObjectNode quote(Quote q) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", q.text());
        put(n, "speaker", q.speaker());
        put(n, "speaker_id", q.speakerId());
        put(n, "speaker_title", q.speakerTitle());
        n.put("direct", q.direct());
        n.put("offset", q.offset());
        return n;
    }

    public static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", e.type());
        put(n, "mode", e.mode());
        n.put("status", e.status().jsonName());
        put(n, "actor", e.actor());
        put(n, "actor_id", e.actorId());
        put(n, "actor_country", e.actorCountry());
        put(n, "target", e.target());
        put(n, "target_id", e.targetId());
        put(n, "target_country", e.targetCountry());
        put(n, "location", e.location());
        put(n, "date", e.date());
        n.put("evidence", e.evidence());
        n.put("offset", e.offset());
        n.put("confidence", e.confidence());
        return n;
    }

    /** The error line for an input that could not be read: {@code {"source": …, "error": …}}. */
    public static ObjectNode error(String location, String reason) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("source", location);
        n.put("error", reason);
        return n;
    }

    private static void put(ObjectNode n, String field, Optional<String> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }

    private static void strings(ObjectNode n, String field, List<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }
}
