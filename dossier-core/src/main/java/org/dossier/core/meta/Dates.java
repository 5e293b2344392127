package org.dossier.core.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages state, in machine form (ISO 8601, as in meta tags and JSON-LD) and in the
 * forms people write ("March 29, 2018 11:22", "12. März 2019", "29/03/2018"), and gives them back
 * as ISO 8601 at the precision stated. Stateless and thread-safe.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})(?:,? (?:at )?(\\d{1,2}):(\\d{2}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2}) ([A-Za-z]{3,9})\\.? (\\d{4})(?:,? (\\d{1,2}):(\\d{2}))?");

    private Dates() {
    }

    /**
     * The first date stated in {@code text}, as ISO 8601: {@code 2018-03-29}, or
     * {@code 2018-03-29T11:22} when a time of day is given with it.
     */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher iso = ISO.matcher(t);
        if (iso.find()) {
            return build(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), iso.group(4), iso.group(5));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(t);
        if (mdy.find()) {
            Integer month = MONTHS.get(mdy.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                return build(Integer.parseInt(mdy.group(3)), month, Integer.parseInt(mdy.group(2)), mdy.group(4),
                        mdy.group(5));
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(t);
        if (dmy.find()) {
            Integer month = MONTHS.get(dmy.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return build(Integer.parseInt(dmy.group(3)), month, Integer.parseInt(dmy.group(1)), dmy.group(4),
                        dmy.group(5));
            }
        }
        return Optional.empty();
    }

    /** An ISO 8601 timestamp as a page's metadata gives it, reduced to the record's form. */
    public static Optional<String> parseIso(String value) {
        try {
            OffsetDateTime odt = OffsetDateTime.parse(value.trim());
            return Optional.of(odt.toLocalDate().toString());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(value.trim()).toLocalDate().toString());
            } catch (DateTimeParseException e2) {
                return parse(value);
            }
        }
    }

    private static Optional<String> build(int year, int month, int day, String hour, String minute) {
        if (year < 1900 || year > 2100) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (hour != null && minute != null) {
                int h = Integer.parseInt(hour);
                int m = Integer.parseInt(minute);
                if (h < 24 && m < 60) {
                    return Optional.of(String.format(Locale.ROOT, "%sT%02d:%02d", date, h, m));
                }
            }
            return Optional.of(date.toString());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
