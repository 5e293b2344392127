package org.dossier.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Event;
import org.dossier.store.query.StoredEvent;

/**
 * An event as a PLOVER record. Field names follow the chapter "JSON Data Fields" of the PLOVER
 * manual (Open Event Data Alliance, draft 0.7b1, {@code PLOVER_MANUAL.tex} in openeventdata/PLOVER):
 * {@code id}, {@code date} and {@code enddate} (YYYY-MM-DD), {@code source} and {@code recipient}
 * (lists of actor objects with {@code actor_text}, {@code code}, {@code identifier_id}),
 * {@code event} (a list of categories), {@code mode}, {@code event_loc} (a location object with
 * {@code name}), {@code event_text}, {@code quad_code}, {@code text_info} ({@code start},
 * {@code end}), {@code cite_info} ({@code url}, {@code title},
 * {@code publication}), {@code coder}. The manual invites extra named fields; Dossier adds
 * {@code status}, {@code confidence} and {@code date_text} (the date at the precision the article
 * gives). {@code identifier_id} carries Dossier's entity id, not a Wikidata id.
 */
final class Plover {
    /** The manual's quad categories (its table "Quad categories in PLOVER"); REQUEST is not in it. */
    private static final Map<String, Integer> QUAD = Map.ofEntries(
            Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1),
            Map.entry("COOPERATE", 2), Map.entry("AID", 2), Map.entry("RETREAT", 2), Map.entry("INVESTIGATE", 2),
            Map.entry("DEMAND", 3), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3), Map.entry("SANCTION", 3),
            Map.entry("THREATEN", 3),
            Map.entry("PROTEST", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4), Map.entry("ASSAULT", 4));
    private static final Pattern COUNTRY = Pattern.compile("country/([A-Z]{3})");

    private Plover() {
    }

    static ObjectNode event(StoredEvent stored, String coder) {
        Event e = stored.event();
        ObjectNode n = RecordJson.mapper().createObjectNode();
        n.put("id", "dossier-event-" + stored.id());
        Optional<DateSpan> span = DateSpan.parse(e.date());
        if (span.isPresent()) {
            n.put("date", span.get().first().toString());
            if (span.get().days() > 1) {
                n.put("enddate", span.get().last().toString());
            }
        } else {
            n.putNull("date");
        }
        e.date().ifPresent(d -> n.put("date_text", d));
        actors(n.putArray("source"), e.actor(), e.actorId(), e.actorCountry());
        actors(n.putArray("recipient"), e.target(), e.targetId(), e.targetCountry());
        n.putArray("event").add(e.type());
        e.mode().ifPresent(m -> n.put("mode", m));
        e.location().ifPresent(l -> n.putObject("event_loc").put("name", l));
        n.putArray("event_text").add(e.evidence());
        Integer quad = QUAD.get(e.type());
        if (quad != null) {
            n.put("quad_code", quad);
        }
        ObjectNode textInfo = n.putObject("text_info");
        textInfo.put("start", e.offset());
        textInfo.put("end", e.offset() + e.evidence().length());
        ObjectNode cite = n.putObject("cite_info");
        stored.article().url().or(() -> stored.article().path()).ifPresent(u -> cite.put("url", u));
        stored.article().title().ifPresent(t -> cite.put("title", t));
        stored.article().publisher().ifPresent(p -> cite.put("publication", p));
        n.put("coder", coder);
        n.put("status", e.status().jsonName());
        n.put("confidence", e.confidence());
        return n;
    }

    private static void actors(ArrayNode list, Optional<String> name, Optional<String> id, Optional<String> country) {
        if (name.isEmpty() && id.isEmpty()) {
            return;
        }
        ObjectNode a = list.addObject();
        name.ifPresent(v -> a.put("actor_text", v));
        id.ifPresent(v -> a.put("identifier_id", v));
        // The actor's own country when it is one, else the country it belongs to: PLOVER's 3-letter code.
        Optional<String> code = id.flatMap(Plover::alpha3).or(() -> country.flatMap(Plover::alpha3));
        code.ifPresent(v -> a.put("code", v));
    }

    private static Optional<String> alpha3(String entityId) {
        Matcher m = COUNTRY.matcher(entityId);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
