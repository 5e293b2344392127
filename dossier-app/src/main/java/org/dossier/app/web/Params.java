package org.dossier.app.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.EventStatus;
import org.dossier.store.query.Filter;

/**
 * The query parameters of one request, checked: a parameter the route does not take, a date that is
 * not ISO 8601, a type that is not PLOVER's or a page out of range is a 400 that says so, rather
 * than a filter silently ignored. Not thread-safe (one per request).
 */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** PLOVER's event types. */
    static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");
    private static final Set<String> PAGING = Set.of("limit", "offset");

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The parameters of {@code ctx}, refusing any not in {@code allowed} (paging is always allowed). */
    static Params of(Context ctx, String... allowed) {
        Map<String, List<String>> values = ctx.queryParamMap();
        Set<String> known = new TreeSet<>(Arrays.asList(allowed));
        known.addAll(PAGING);
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiError.badRequest("unknown parameter '" + e.getKey() + "'; this route takes "
                        + String.join(", ", known));
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badRequest("parameter '" + e.getKey() + "' is given more than once");
            }
        }
        return new Params(values);
    }

    /** The parameter's value; empty when absent or blank. */
    Optional<String> text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.get(0).strip());
    }

    Optional<DateSpan> date(String name) {
        return text(name).map(v -> DateSpan.parse(v).orElseThrow(() -> ApiError.badRequest(
                "'" + name + "' wants an ISO date such as 2018, 2018-03 or 2018-03-26, not '" + v + "'")));
    }

    /** A PLOVER event type, upper case. */
    Optional<String> eventType(String name) {
        return text(name).map(v -> {
            String t = v.toUpperCase(Locale.ROOT);
            if (!PLOVER.contains(t)) {
                throw ApiError.badRequest("'" + name + "' wants a PLOVER event type (" + String.join(", ",
                        new TreeSet<>(PLOVER)) + "), not '" + v + "'");
            }
            return t;
        });
    }

    /** An event status, lower case as the record writes it. */
    Optional<String> status(String name) {
        return text(name).map(v -> {
            try {
                return EventStatus.valueOf(v.toUpperCase(Locale.ROOT)).jsonName();
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("'" + name + "' wants one of " + Arrays.stream(EventStatus.values())
                        .map(EventStatus::jsonName).toList() + ", not '" + v + "'");
            }
        });
    }

    Optional<String> entityType(String name) {
        return text(name).map(v -> {
            try {
                return EntityType.valueOf(v.toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("'" + name + "' wants one of " + Arrays.toString(EntityType.values())
                        + ", not '" + v + "'");
            }
        });
    }

    int limit() {
        return number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    int offset() {
        return number("offset", 0, 0, 1_000_000);
    }

    private int number(String name, int dflt, int min, int max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("'" + name + "' wants a whole number from " + min + " to " + max + ", not '"
                + v.get() + "'");
    }

    /**
     * The dates, publisher and page of the request as a filter, asking one item more than the page
     * holds so the answer can tell whether another page follows.
     */
    Filter pageFilter() {
        Filter f = Filter.all().withSince(date("since")).withUntil(date("until"))
                .withPublisher(text("publisher"));
        f.since().ifPresent(s -> f.until().ifPresent(u -> {
            if (u.last().isBefore(s.first())) {
                throw ApiError.badRequest("'until' is before 'since'");
            }
        }));
        return f.withPage(limit() + 1, offset());
    }
}
