package org.dossier.nlp.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;

/**
 * The JSON form of timeline entries, and its reader: what {@code dossier timeline --format json} prints
 * and what a store or a Spark job can keep and read back ({@code readEntry(entry(e))} equals {@code e}).
 * Field names are the record's snake_case; absent values are {@code null}. Each source carries the
 * article's provenance and the full event as the record gives it, so entries can be merged again from
 * their JSON alone. Thread-safe.
 */
public final class TimelineJson {
    private TimelineJson() {
    }

    /**
     * An entry: {@code id, type, mode, status, actor, actor_id, target, target_id, location, date, reports,
     * block, sources, ambiguous_sources}.
     */
    public static ObjectNode entry(TimelineEntry e) {
        ObjectNode n = fields(e);
        n.put("reports", e.reports());
        n.put("block", e.block().toString());
        ArrayNode sources = n.putArray("sources");
        e.sources().forEach(r -> sources.add(report(r)));
        ArrayNode ambiguous = n.putArray("ambiguous_sources");
        e.ambiguousSources().forEach(r -> ambiguous.add(report(r)));
        return n;
    }

    /** The fields of an entry up to its date, in the order {@link #entry} prints them. */
    private static ObjectNode fields(TimelineEntry e) {
        ObjectNode n = RecordJson.mapper().createObjectNode();
        n.put("id", e.id());
        n.put("type", e.type());
        put(n, "mode", e.mode());
        n.put("status", e.status().jsonName());
        put(n, "actor", e.actor());
        put(n, "actor_id", e.actorId());
        put(n, "target", e.target());
        put(n, "target_id", e.targetId());
        put(n, "location", e.location());
        put(n, "date", e.date());
        return n;
    }

    /**
     * An entry without its reports: {@link #entry} without {@code reports}, {@code sources} and {@code
     * ambiguous_sources}, for a store that keeps each report in a row of its own, so that a report joining
     * an entry writes one row instead of the whole entry again. {@link #readEntry(JsonNode, Collection,
     * Collection)} puts the entry together again.
     */
    public static ObjectNode header(TimelineEntry e) {
        ObjectNode n = fields(e);
        n.put("block", e.block().toString());
        return n;
    }

    /**
     * The entry whose {@link #header} is {@code header} and whose reports are {@code sources} and {@code
     * ambiguous}, in any order (an entry lists them in reading order, as the merge does).
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed, or when there are no sources
     */
    public static TimelineEntry readEntry(JsonNode header, Collection<Report> sources, Collection<Report> ambiguous) {
        return new TimelineEntry(text(header, "id"), BlockKey.parse(text(header, "block")), text(header, "type"),
                opt(header, "mode"), status(header), opt(header, "actor"), opt(header, "actor_id"),
                opt(header, "target"), opt(header, "target_id"), opt(header, "location"), opt(header, "date"),
                BlockMerger.inReadingOrder(sources), BlockMerger.inReadingOrder(ambiguous));
    }

    /**
     * A report: the article ({@code path, url, sha256, publisher, published, published_estimate,
     * duplicate_group}) and then the event's fields as in the record ({@code type, mode, status, actor,
     * …, date, evidence, offset, confidence}).
     */
    public static ObjectNode report(Report r) {
        ObjectNode n = RecordJson.mapper().createObjectNode();
        put(n, "path", r.path());
        put(n, "url", r.url());
        n.put("sha256", r.sha256());
        put(n, "publisher", r.publisher());
        put(n, "published", r.published());
        put(n, "published_estimate", r.publishedEstimate());
        n.put("duplicate_group", r.duplicateGroup());
        n.setAll(RecordJson.event(r.event()));
        return n;
    }

    /**
     * The entry {@link #entry} wrote.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static TimelineEntry readEntry(JsonNode n) {
        return readEntry(n, reports(n, "sources"), reports(n, "ambiguous_sources"));
    }

    /**
     * The report {@link #report} wrote.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static Report readReport(JsonNode n) {
        JsonNode offset = n.get("offset");
        JsonNode confidence = n.get("confidence");
        if (offset == null || !offset.canConvertToInt() || confidence == null || !confidence.isNumber()) {
            throw new IllegalArgumentException("report: offset and confidence must be numbers: " + n);
        }
        Event e = new Event(text(n, "type"), opt(n, "mode"), status(n), opt(n, "actor"), opt(n, "actor_id"),
                opt(n, "actor_country"), opt(n, "target"), opt(n, "target_id"), opt(n, "target_country"),
                opt(n, "location"), opt(n, "date"), text(n, "evidence"), offset.asInt(), confidence.asDouble());
        return new Report(text(n, "sha256"), opt(n, "path"), opt(n, "url"), opt(n, "publisher"), opt(n, "published"),
                opt(n, "published_estimate"), text(n, "duplicate_group"), e);
    }

    private static List<Report> reports(JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("entry: '" + field + "' must be an array");
        }
        List<Report> out = new ArrayList<>();
        a.forEach(r -> out.add(readReport(r)));
        return out;
    }

    private static EventStatus status(JsonNode n) {
        String s = text(n, "status");
        try {
            return EventStatus.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an event status: " + s, e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string in " + abbreviate(n));
        }
        return v.asText();
    }

    private static Optional<String> opt(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static void put(ObjectNode n, String field, Optional<String> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }
}
