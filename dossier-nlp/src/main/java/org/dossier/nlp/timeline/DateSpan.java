package org.dossier.nlp.timeline;

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
 * "2018-03-26"; "2018" contains its months. Immutable.
 *
 * @param start the first day covered
 * @param end   the last day covered, not before {@code start}
 */
record DateSpan(LocalDate start, LocalDate end) {
    /** One point: a year, a month or a day, with an optional time of day that is ignored. */
    private static final Pattern POINT = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[0-9:.]+(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    /** How precise a range is, by its length; the merge treats each level differently. */
    enum Level {
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
    static final int DAY_LEVEL_MAX_DAYS = 16;

    DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + "/" + end);
        }
    }

    /** The range of an ISO 8601 value; empty when the text is not one (or an interval ends before it starts). */
    static Optional<DateSpan> parse(String iso) {
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
        if (a.isEmpty() || b.isEmpty() || b.get().end().isBefore(a.get().start())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(a.get().start(), b.get().end()));
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
    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    Level level() {
        long d = days();
        if (d <= DAY_LEVEL_MAX_DAYS) {
            return Level.DAY;
        }
        if (d <= 62) {
            return Level.MONTH;
        }
        return d <= 366 ? Level.YEAR : Level.WIDE;
    }

    boolean overlaps(DateSpan o) {
        return !start.isAfter(o.end) && !o.start.isAfter(end);
    }

    boolean contains(DateSpan o) {
        return !o.start.isBefore(start) && !o.end.isAfter(end);
    }

    /** The smallest range covering both. */
    DateSpan union(DateSpan o) {
        return new DateSpan(start.isBefore(o.start) ? start : o.start, end.isAfter(o.end) ? end : o.end);
    }

    /** The days both cover; empty when they do not overlap. */
    Optional<DateSpan> intersection(DateSpan o) {
        if (!overlaps(o)) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(start.isAfter(o.start) ? start : o.start, end.isBefore(o.end) ? end : o.end));
    }

    /**
     * The shortest ISO 8601 text for this range: {@code 2018-03-26}, {@code 2018-03}, {@code 2018},
     * {@code 2018-03/2018-04}, {@code 2017/2018}, else a day interval {@code 2018-03-25/2018-03-28}.
     * {@code parse(format())} gives this range back.
     */
    String format() {
        if (start.equals(end)) {
            return start.toString();
        }
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
        if (wholeMonths && start.getDayOfYear() == 1 && end.getMonthValue() == 12) {
            return start.getYear() == end.getYear() ? String.valueOf(start.getYear())
                    : start.getYear() + "/" + end.getYear();
        }
        if (wholeMonths) {
            YearMonth a = YearMonth.from(start);
            YearMonth b = YearMonth.from(end);
            return a.equals(b) ? a.toString() : a + "/" + b;
        }
        return start + "/" + end;
    }

    @Override
    public String toString() {
        return format();
    }
}
