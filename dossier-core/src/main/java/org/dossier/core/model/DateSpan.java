package org.dossier.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date of the record ({@code 2018}, {@code 2018-03}, {@code 2018-03-29T11:22},
 * {@code 2018-03-25/2018-03-27}) as the closed range of days it covers: "2018-03" is 1 to 31 March.
 * Comparing ranges is what makes dates of different precision comparable: "2018-03" contains
 * "2018-03-26", "2018" contains its months, and "late March" (2018-03) and "March 25-27" overlap, so
 * they can name one event. Filters, the full-text index, the event coder and the timeline all read
 * dates through this one type. Immutable and thread-safe.
 *
 * @param first the first day covered
 * @param last  the last day covered, not before {@code first}
 */
public record DateSpan(LocalDate first, LocalDate last) {
    /** One point: a year, a month or a day, with an optional time of day that is ignored. */
    private static final Pattern POINT = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[0-9:.]+(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    /** How precise a range is, by its length. */
    public enum Level {
        /** At most {@link #DAY_LEVEL_MAX_DAYS} days: a day, a few days, a week. */
        DAY,
        /** Up to two months. */
        MONTH,
        /** Up to a year. */
        YEAR,
        /** Longer than a year. */
        WIDE
    }

    /**
     * The longest range still read as day-precise. A state visit or a summit lasts a few days, a long
     * tour about two weeks; "from March 25 to 28" or "last week" are day-precise, "March" is not.
     */
    public static final int DAY_LEVEL_MAX_DAYS = 16;

    /**
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    public DateSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + "/" + last);
        }
    }

    /**
     * The range of an ISO 8601 date, month, year, date-time or interval {@code a/b} of them; empty for
     * {@code null}, for anything else ("late March", "2018-3-5", "2018-02-30"), and for an interval that
     * ends before it starts.
     */
    public static Optional<DateSpan> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        String s = iso.strip();
        int slash = s.indexOf('/');
        if (slash < 0) {
            return point(s);
        }
        Optional<DateSpan> a = point(s.substring(0, slash));
        Optional<DateSpan> b = point(s.substring(slash + 1));
        if (a.isEmpty() || b.isEmpty() || b.get().last().isBefore(a.get().first())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(a.get().first(), b.get().last()));
    }

    /** The range of an optional date: empty when it is absent or not a date. */
    public static Optional<DateSpan> parse(Optional<String> iso) {
        return iso.flatMap(DateSpan::parse);
    }

    /** Whether two ISO dates can name the same time: both are dates and their ranges overlap. */
    public static boolean compatible(String a, String b) {
        Optional<DateSpan> x = parse(a);
        Optional<DateSpan> y = parse(b);
        return x.isPresent() && y.isPresent() && x.get().overlaps(y.get());
    }

    private static Optional<DateSpan> point(String s) {
        Matcher m = POINT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new DateSpan(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new DateSpan(day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Number of days covered (1 for a single day). */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** How precise the range is, by its length. */
    public Level level() {
        long d = days();
        if (d <= DAY_LEVEL_MAX_DAYS) {
            return Level.DAY;
        }
        if (d <= 62) {
            return Level.MONTH;
        }
        return d <= 366 ? Level.YEAR : Level.WIDE;
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DateSpan o) {
        return !first.isAfter(o.last) && !o.first.isAfter(last);
    }

    /** Whether every day of {@code o} is in this range. */
    public boolean contains(DateSpan o) {
        return !o.first.isBefore(first) && !o.last.isAfter(last);
    }

    /** The smallest range covering both. */
    public DateSpan union(DateSpan o) {
        return new DateSpan(first.isBefore(o.first) ? first : o.first, last.isAfter(o.last) ? last : o.last);
    }

    /** The days both cover; empty when they do not overlap. */
    public Optional<DateSpan> intersection(DateSpan o) {
        if (!overlaps(o)) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(first.isAfter(o.first) ? first : o.first,
                last.isBefore(o.last) ? last : o.last));
    }

    /**
     * The shortest ISO 8601 text for this range: {@code 2018-03-26}, {@code 2018-03}, {@code 2018},
     * {@code 2018-03/2018-04}, {@code 2017/2018}, else a day interval {@code 2018-03-25/2018-03-28}.
     * {@code parse(format())} gives this range back.
     */
    public String format() {
        if (first.equals(last)) {
            return first.toString();
        }
        boolean wholeMonths = first.getDayOfMonth() == 1 && last.equals(YearMonth.from(last).atEndOfMonth());
        if (wholeMonths && first.getDayOfYear() == 1 && last.getMonthValue() == 12) {
            return first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                    : first.getYear() + "/" + last.getYear();
        }
        if (wholeMonths) {
            YearMonth a = YearMonth.from(first);
            YearMonth b = YearMonth.from(last);
            return a.equals(b) ? a.toString() : a + "/" + b;
        }
        return first + "/" + last;
    }

    /** {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }
}
