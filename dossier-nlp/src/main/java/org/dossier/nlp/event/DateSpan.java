package org.dossier.nlp.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an ISO 8601 date covers at its precision: {@code 2018} is the whole year, {@code 2018-03} the
 * month, {@code 2018-03-25/2018-03-27} the interval. Two dates are compatible when their spans overlap
 * ("late March" and "March 25-27" can be one event). Immutable.
 *
 * @param first the first day
 * @param last  the last day (inclusive)
 */
public record DateSpan(LocalDate first, LocalDate last) {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public DateSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("span ends before it starts: " + first + "/" + last);
        }
    }

    /** The span of an ISO date, month, year, date-time or interval {@code a/b}; empty when it is not one. */
    public static Optional<DateSpan> parse(String iso) {
        String s = iso.strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            Optional<DateSpan> a = parse(s.substring(0, slash));
            Optional<DateSpan> b = parse(s.substring(slash + 1));
            if (a.isEmpty() || b.isEmpty() || b.get().last.isBefore(a.get().first)) {
                return Optional.empty();
            }
            return Optional.of(new DateSpan(a.get().first, b.get().last));
        }
        Matcher m = ISO.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
            YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth()));
            }
            LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new DateSpan(d, d));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether two ISO dates can name the same time: both parse and their spans overlap. */
    public static boolean compatible(String a, String b) {
        Optional<DateSpan> x = parse(a);
        Optional<DateSpan> y = parse(b);
        return x.isPresent() && y.isPresent() && x.get().overlaps(y.get());
    }

    public boolean overlaps(DateSpan o) {
        return !last.isBefore(o.first) && !o.last.isBefore(first);
    }

    /** The number of days covered. */
    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }
}
