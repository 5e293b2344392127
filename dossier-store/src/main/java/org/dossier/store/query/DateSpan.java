package org.dossier.store.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an ISO 8601 date of reduced precision covers: {@code 2018} is the whole year,
 * {@code 2018-03} the month, {@code 2018-03-29T11:22} one day, {@code 2018-03-25/2018-03-27} the
 * interval. Filters, the index and the timeline compare spans, so "March 2018" and "March 26, 2018"
 * overlap instead of being two unrelated strings. Immutable and thread-safe.
 *
 * @param first first day covered, as days since 1970-01-01
 * @param last  last day covered (inclusive), as days since 1970-01-01
 */
public record DateSpan(long first, long last) {
    private static final Pattern PART = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    public DateSpan {
        if (last < first) {
            throw new IllegalArgumentException("span ends before it starts: " + first + ".." + last);
        }
    }

    /** The span of {@code iso}, or empty when it is not an ISO 8601 date, month, year or interval of them. */
    public static Optional<DateSpan> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        String s = iso.strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            Optional<DateSpan> a = parse(s.substring(0, slash));
            Optional<DateSpan> b = parse(s.substring(slash + 1));
            if (a.isEmpty() || b.isEmpty() || b.get().last < a.get().first) {
                return Optional.empty();
            }
            return Optional.of(new DateSpan(a.get().first, b.get().last));
        }
        Matcher m = PART.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new DateSpan(LocalDate.of(year, 1, 1).toEpochDay(),
                        LocalDate.of(year, 12, 31).toEpochDay()));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new DateSpan(month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay()));
            }
            long day = month.atDay(Integer.parseInt(m.group(3))).toEpochDay();
            return Optional.of(new DateSpan(day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The span of an optional date. */
    public static Optional<DateSpan> parse(Optional<String> iso) {
        return iso.flatMap(DateSpan::parse);
    }

    /** Whether the two spans share at least one day. */
    public boolean overlaps(DateSpan other) {
        return first <= other.last && other.first <= last;
    }

    /** Number of days covered. */
    public long days() {
        return last - first + 1;
    }
}
