package org.dossier.core.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages state, in machine form (ISO 8601 and the other timestamps found in meta tags
 * and JSON-LD) and in the forms people write them in many languages ("March 29, 2018 11:22",
 * "12. März 2019", "12 de março de 2019", "29/03/2018", "2019년 3월 12일", "2019年3月12日",
 * "ngày 12/3/2019", "24 сентября 2018"), and gives them back as ISO 8601 at the precision stated:
 * {@code 2018-03-29}, or {@code 2018-03-29T11:22} when a time of day is given with the date.
 *
 * <p>A date written with numbers only and both fields up to 12 ("03/04/2019") is read day first,
 * except in American English ({@code en}, {@code en-US}) where the month comes first; a field over 12
 * settles the order whatever the language. Years outside 1900–2100 and impossible dates (30 February)
 * are not dates. Stateless and thread-safe.
 */
public final class Dates {
    private static final String TIME = "(\\d{1,2})(?:[:h]|\\s*[時时시]\\s*)(\\d{2})(?:\\s*[分분])?(?::\\d{2}(?:[.,]\\d+)?)?(?!\\d)"
            + "(?:\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}]))?";
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\.?[\\s,|·•/–—-]*(?:\\(|at|um|à|a las|alle|às|om|в|kl\\.?|pukul|lúc|ore)?\\s*"
                    + "(?:(오전|오후|午前|午後|上午|下午)\\s*)?" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME_BEFORE = Pattern.compile(
            TIME + "\\s*(?:[A-Z]{2,5})?[\\s,|·•/–—-]*(?:\\p{L}{2,12}\\.?,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号]?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.:/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[.:/-]\\d)");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2}),?\\s+(?:năm\\s+)?(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s*(?:de\\s+|-)?(\\p{L}{3,12})\\.?,?\\s*(?:de\\s+|del\\s+|-)?"
                    + "(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE);
    private static final Pattern ISO_STAMP = Pattern.compile(
            "^\\s*(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ]+(\\d{2}):?(\\d{2})(?::?\\d{2}(?:[.,]\\d+)?)?\\s*"
                    + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?\\s*$");
    private static final Pattern UTC_MARK = Pattern.compile(
            "\\bUTC\\b|\\bGMT\\b(?!\\s*[+-]\\s*0*[1-9])|\\dZ$|[+-]00:?00\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MONTH_FIRST_REGIONS = Set.of("us", "ph", "fm", "mh", "pw");

    private Dates() {
    }

    /**
     * The first date stated in {@code text}, as ISO 8601: {@code 2018-03-29}, or
     * {@code 2018-03-29T11:22} when a time of day is given with it. Ambiguous numeric dates are read
     * day first.
     */
    public static Optional<String> parse(String text) {
        return parse(text, "");
    }

    /**
     * The first date stated in {@code text}, read as a page in {@code languageHint} writes it (a
     * BCP 47 tag such as {@code de}, {@code en-US}, {@code vi}; empty when unknown), which decides
     * the order of day and month in ambiguous numeric dates.
     */
    public static Optional<String> parse(String text, String languageHint) {
        return find(text, languageHint).map(Stamp::iso);
    }

    /**
     * A timestamp as page metadata gives it (ISO 8601 with or without offset, RFC 1123
     * "Mon, 18 Nov 2019 16:07:38 -0600", "20191119", or a written date), in the record's form. The
     * time of day is kept when the timestamp states one in a local offset; a time stated in UTC
     * ({@code Z}, {@code +00:00}, GMT) is dropped, since it is seldom the page's own clock and may
     * even fall on another day there.
     */
    public static Optional<String> parseIso(String value) {
        return stamp(value, "").map(Stamp::iso);
    }

    /** A machine timestamp, or failing that the first written date in {@code value}. */
    static Optional<Stamp> stamp(String value, String languageHint) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO_STAMP.matcher(value);
        if (m.matches()) {
            String zone = m.group(6);
            boolean utc = zone != null && (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")
                    || zone.replace(":", "").matches("[+-]00(00)?"));
            return build(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), null, null, utc);
        }
        return find(value, languageHint).map(s -> UTC_MARK.matcher(value).find() ? s.inUtc() : s);
    }

    /** The first (leftmost) date in {@code text}. */
    static Optional<Stamp> find(String raw, String languageHint) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = asciiDigits(raw);
        Found best = null;
        best = earlier(best, ymd(text));
        best = earlier(best, cjk(text));
        best = earlier(best, numeric(text, languageHint));
        best = earlier(best, vietnamese(text));
        best = earlier(best, named(text, MONTH_DAY_YEAR, 2, 1, 3));
        best = earlier(best, named(text, DAY_MONTH_YEAR, 1, 2, 3));
        return best == null ? Optional.empty() : Optional.of(best.stamp());
    }

    private record Found(int start, Stamp stamp) {
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }

    private static Found ymd(String text) {
        Matcher m = YMD.matcher(text);
        while (m.find()) {
            Optional<Stamp> s = withTime(text, m, num(m.group(1)), num(m.group(3)), num(m.group(4)));
            if (s.isPresent()) {
                return new Found(m.start(), s.get());
            }
        }
        return null;
    }

    private static Found cjk(String text) {
        Matcher m = CJK.matcher(text);
        while (m.find()) {
            Optional<Stamp> s = withTime(text, m, num(m.group(1)), num(m.group(2)), num(m.group(3)));
            if (s.isPresent()) {
                return new Found(m.start(), s.get());
            }
        }
        return null;
    }

    private static Found vietnamese(String text) {
        Matcher m = VIETNAMESE.matcher(text);
        while (m.find()) {
            Optional<Stamp> s = withTime(text, m, num(m.group(3)), num(m.group(2)), num(m.group(1)));
            if (s.isPresent()) {
                return new Found(m.start(), s.get());
            }
        }
        return null;
    }

    private static Found numeric(String text, String languageHint) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(3));
            String y = m.group(4);
            if (y.length() == 2 && m.group(2).equals("-")) {
                continue; // "12-03-19" is as often a code or a score as a date
            }
            int year = y.length() == 2 ? (num(y) < 70 ? 2000 + num(y) : 1900 + num(y)) : num(y);
            boolean monthFirst = b > 12 || (a <= 12 && monthFirst(languageHint));
            Optional<Stamp> s = monthFirst ? withTime(text, m, year, a, b) : withTime(text, m, year, b, a);
            if (s.isPresent()) {
                return new Found(m.start(), s.get());
            }
        }
        return null;
    }

    private static Found named(String text, Pattern p, int dayGroup, int monthGroup, int yearGroup) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Optional<Integer> month = Months.of(m.group(monthGroup));
            if (month.isPresent()) {
                Optional<Stamp> s = withTime(text, m, num(m.group(yearGroup)), month.get(), num(m.group(dayGroup)));
                if (s.isPresent()) {
                    return new Found(m.start(), s.get());
                }
            }
        }
        return null;
    }

    /** {@code s} with every decimal digit (Arabic-Indic, Persian, full-width…) as an ASCII digit, same length. */
    private static String asciiDigits(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return out == null ? s : new String(out);
    }

    /** Whether ambiguous numeric dates put the month first in this language (American usage). */
    static boolean monthFirst(String languageHint) {
        String[] parts = languageHint.toLowerCase(Locale.ROOT).split("[-_]");
        if (!parts[0].equals("en")) {
            return false;
        }
        return parts.length < 2 || MONTH_FIRST_REGIONS.contains(parts[1]);
    }

    /** The date with the time of day written right after it, or failing that right before it. */
    private static Optional<Stamp> withTime(String text, Matcher date, int year, int month, int day) {
        Matcher after = TIME_AFTER.matcher(text);
        after.region(date.end(), Math.min(text.length(), date.end() + 40));
        if (after.find()) {
            return build(year, month, day, after.group(2), after.group(3), after.group(4), after.group(1), false);
        }
        Matcher before = TIME_BEFORE.matcher(text);
        before.region(Math.max(0, date.start() - 40), date.start());
        if (before.find()) {
            return build(year, month, day, before.group(1), before.group(2), before.group(3), null, false);
        }
        return build(year, month, day, null, null, null, null, false);
    }

    private static Optional<Stamp> build(int year, int month, int day, String hour, String minute, String ampm,
                                         String eastAsianHalf, boolean utc) {
        if (year < 1900 || year > 2100) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        Optional<LocalTime> time = Optional.empty();
        if (hour != null && minute != null) {
            int h = num(hour);
            int m = num(minute);
            boolean pm = (ampm != null && ampm.equalsIgnoreCase("p"))
                    || (eastAsianHalf != null && "오후午後下午".contains(eastAsianHalf));
            boolean am = (ampm != null && ampm.equalsIgnoreCase("a"))
                    || (eastAsianHalf != null && "오전午前上午".contains(eastAsianHalf));
            if ((pm || am) && h >= 1 && h <= 12) {
                h = (h % 12) + (pm ? 12 : 0);
            }
            if (h < 24 && m < 60) {
                time = Optional.of(LocalTime.of(h, m));
            }
        }
        return Optional.of(new Stamp(date, time, utc));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /**
     * A date, with the time of day when one was stated.
     *
     * @param date the calendar date as written
     * @param time the time of day as written, if any
     * @param utc  whether the time (and so the date) was stated in UTC rather than the page's own zone
     */
    record Stamp(LocalDate date, Optional<LocalTime> time, boolean utc) {
        /** ISO 8601 at the stated precision; a UTC time is not the page's clock and is left out. */
        String iso() {
            if (time.isPresent() && !utc) {
                return String.format(Locale.ROOT, "%sT%02d:%02d", date, time.get().getHour(), time.get().getMinute());
            }
            return date.toString();
        }

        Stamp inUtc() {
            return new Stamp(date, time, true);
        }

        Stamp dateOnly() {
            return new Stamp(date, Optional.empty(), utc);
        }
    }
}
