package org.dossier.nlp.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.core.model.Event;
import org.dossier.core.model.Record;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Shared;

/** Codes one sentence of a table row and checks its expected event. */
final class Sentences {
    private Sentences() {
    }

    /** The events of one sentence analysed as a whole article with no publication date. */
    static List<Event> events(String sentence) {
        try {
            Record r = Shared.ANALYZER.analyze(Shared.article(sentence, null));
            return r.events();
        } catch (AnalysisException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Whether one of {@code events} is the expected one: type (and mode when given), actor and target.
     * Meetings, agreements, cooperation and support may name their parties in either order.
     */
    static boolean found(List<Event> events, String typeMode, String actor, String target) {
        String[] tm = typeMode.split("/", 2);
        boolean symmetric = List.of("CONSULT", "COOPERATE", "SUPPORT", "AGREE").contains(tm[0]);
        for (Event e : events) {
            boolean type = e.type().equals(tm[0]) && (tm.length < 2 || e.mode().filter(tm[1]::equals).isPresent());
            boolean sides = is(actor, e.actor(), e.actorId(), e.actorCountry())
                    && is(target, e.target(), e.targetId(), e.targetCountry());
            boolean swapped = symmetric && is(target, e.actor(), e.actorId(), e.actorCountry())
                    && is(actor, e.target(), e.targetId(), e.targetCountry());
            if (type && (sides || swapped)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a participant is the expected one: "-" anything; an id (person/…, org/…, country/…) by id, a
     * country id also by the participant's country; otherwise a word its name contains.
     */
    private static boolean is(String expected, Optional<String> name, Optional<String> id, Optional<String> country) {
        if (expected.equals("-")) {
            return true;
        }
        if (expected.contains("/")) {
            return id.filter(expected::equals).isPresent()
                    || expected.startsWith("country/") && country.filter(expected::equals).isPresent();
        }
        return name.filter(n -> n.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))).isPresent();
    }

    static String describe(List<Event> events) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append("\n  ").append(org.dossier.nlp.eval.EventEval.Report.line(e));
        }
        return events.isEmpty() ? " (no events)" : sb.toString();
    }
}
