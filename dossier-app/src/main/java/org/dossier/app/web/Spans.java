package org.dossier.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Entity;
import org.dossier.core.model.Event;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;

/**
 * Where in the body each entity mention, quote and event's evidence lies, as character ranges the
 * page can highlight. The record gives each a start offset; the end comes from the text found there
 * (a name or alias of the entity, the quote's words, the evidence sentence). A quote or evidence not
 * found at its offset is looked for nearby, then anywhere, and left out when the body lacks it, so a
 * highlight always covers the words it claims to. Thread-safe (stateless).
 */
final class Spans {
    /** How far before its stated offset a quote or evidence is looked for (offsets may count differently). */
    private static final int NEAR = 300;

    /**
     * One highlight.
     *
     * @param kind  entity, quote or event
     * @param start first character (inclusive, in UTF-16 units like JavaScript strings)
     * @param end   last character (exclusive)
     * @param index the quote's or event's position in the record's list, or the entity's
     * @param ref   the entity's id (for an entity), the speaker's id (quote) or the event type
     */
    record Span(String kind, int start, int end, int index, Optional<String> ref) {
        ObjectNode json() {
            ObjectNode n = Views.object();
            n.put("kind", kind);
            n.put("start", start);
            n.put("end", end);
            n.put("index", index);
            Views.put(n, "ref", ref);
            return n;
        }
    }

    private Spans() {
    }

    /** The highlights of {@code r}, by start, longer first where two start together. */
    static List<Span> of(Record r) {
        String body = r.article().body();
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < r.entities().size(); i++) {
            Entity e = r.entities().get(i);
            for (int offset : e.offsets()) {
                int end = mentionEnd(body, offset, e);
                if (end > offset) {
                    out.add(new Span("entity", offset, end, i, Optional.of(e.id())));
                }
            }
        }
        for (int i = 0; i < r.quotes().size(); i++) {
            Quote q = r.quotes().get(i);
            int at = locate(body, q.text(), q.offset());
            if (at >= 0) {
                out.add(new Span("quote", at, at + q.text().strip().length(), i, q.speakerId()));
            }
        }
        for (int i = 0; i < r.events().size(); i++) {
            Event e = r.events().get(i);
            int at = locate(body, e.evidence(), e.offset());
            if (at >= 0) {
                out.add(new Span("event", at, at + e.evidence().strip().length(), i, Optional.of(e.type())));
            }
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return out;
    }

    /**
     * The end of the mention at {@code offset}: the longest of the entity's names found there; -1 when
     * none is (a mention by description, "the first leader", or a stale offset), since a highlight
     * must cover only words that name the entity.
     */
    private static int mentionEnd(String body, int offset, Entity e) {
        if (offset < 0 || offset >= body.length()) {
            return -1;
        }
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        int best = -1;
        for (String name : names) {
            if (!name.isEmpty() && body.regionMatches(true, offset, name, 0, name.length())) {
                best = Math.max(best, offset + name.length());
            }
        }
        return best;
    }

    /** Where {@code text} starts in {@code body}: at {@code offset}, else nearest after it, else anywhere. */
    static int locate(String body, String text, int offset) {
        String t = text.strip();
        if (t.isEmpty()) {
            return -1;
        }
        if (offset >= 0 && body.startsWith(t, offset)) {
            return offset;
        }
        int near = body.indexOf(t, Math.max(0, offset - NEAR));
        if (near >= 0) {
            return near;
        }
        int anywhere = body.indexOf(t);
        if (anywhere >= 0) {
            return anywhere;
        }
        // Quotation marks and case may differ between the record's text and the body.
        return fold(body).indexOf(fold(t));
    }

    /** Lower case (char by char) with every quotation mark made one, keeping positions. */
    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
                case '\u00a0' -> ' ';
                default -> Character.toLowerCase(c);
            });
        }
        return sb.toString();
    }
}
