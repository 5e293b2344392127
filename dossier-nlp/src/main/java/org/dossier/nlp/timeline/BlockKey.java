package org.dossier.nlp.timeline;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Event;

/**
 * The block a report is merged in: PLOVER type, actor and year. Only reports of one block are ever
 * compared, so a store merges a new report against the entries of its block alone, and a Spark job
 * groups reports by {@link #toString()} and merges each group on its own. See the package
 * documentation for why the period is a year. Immutable.
 *
 * @param type   the PLOVER type, upper case
 * @param actor  the actor's canonical id; {@value #NO_ACTOR} when the coder found no actor id. For a
 *               symmetric mode (CONSULT meet, phone) with both parties known, the pair of the parties'
 *               countries instead, {@code country/CHN+country/PRK}: who met whom is the same meeting, and
 *               "Kim met Xi", "Xi met North Korea's leader" and "China and North Korea held talks" must
 *               meet (a party with no country stands for itself)
 * @param period the year of the event's first day; for an undated event the year of the article's
 *               date; {@value #UNDATED} when neither is known
 */
public record BlockKey(String type, String actor, String period) {
    /** The actor of a report whose actor has no canonical id. */
    public static final String NO_ACTOR = "?";
    /** The period of a report with no date in an article with no date. */
    public static final String UNDATED = "undated";

    private static final Set<String> SYMMETRIC_MODES = Set.of("meet", "phone");

    public BlockKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
        if (type.contains("|") || actor.contains("|") || period.contains("|")) {
            throw new IllegalArgumentException("a block key part contains '|': " + type + ", " + actor + ", " + period);
        }
    }

    /** The block of a report. */
    public static BlockKey of(Report r) {
        Event e = r.event();
        String actor = e.actorId().orElse(NO_ACTOR);
        if (pairBlocked(e)) {
            String a = countryKey(e.actorId().get(), e.actorCountry());
            String b = countryKey(e.targetId().get(), e.targetCountry());
            actor = a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a;
        }
        String period = e.date().flatMap(DateSpan::parse).or(r::anchor)
                .map(s -> String.valueOf(s.first().getYear())).orElse(UNDATED);
        return new BlockKey(e.type().toUpperCase(Locale.ROOT), actor, period);
    }

    /** {@code TYPE|actor|period}: the block as one string, for a group key or a column. */
    @Override
    public String toString() {
        return type + "|" + actor + "|" + period;
    }

    /** The key {@link #toString()} wrote. */
    public static BlockKey parse(String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a block key (TYPE|actor|period): " + text);
        }
        return new BlockKey(parts[0], parts[1], parts[2]);
    }

    /** Whether the mode has no direction: who met whom is the same meeting. */
    static boolean symmetric(String type, Optional<String> mode) {
        return type.equalsIgnoreCase("CONSULT")
                && mode.map(m -> SYMMETRIC_MODES.contains(m.toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** Whether a report is blocked by the pair of its parties' countries: a symmetric mode, both parties known. */
    static boolean pairBlocked(Event e) {
        return symmetric(e.type(), e.mode()) && e.actorId().isPresent() && e.targetId().isPresent();
    }

    /** The country a party stands for: itself if a country, else its country, else itself. */
    static String countryKey(String id, Optional<String> country) {
        return id.startsWith("country/") ? id : country.orElse(id);
    }
}
