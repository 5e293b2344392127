package org.dossier.core.capture;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.meta.Dates;

/**
 * The dates people write on news pages, in more languages and forms than {@link Dates} reads:
 * "12. März 2019", "12 mars 2019", "12 de marzo de 2019", "29/03/2018", "29.03.2018",
 * "2019.01.08", "ngày 12 tháng 3 năm 2019", "2019년 1월 8일", "2019年1月8日", with a time of day
 * when one follows ("14:05", "2:05 pm"). {@link Dates} is asked first; this reads what it leaves.
 * Stateless, thread-safe.
 */
final class CaptureDates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            // English, German, French, Spanish, Italian, Portuguese, Dutch
            {"january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "jan"},
            {"february", "februar", "feber", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari",
                "feb", "févr"},
            {"march", "märz", "maerz", "mars", "marzo", "março", "maart", "mar", "mär", "mrz"},
            {"april", "avril", "abril", "aprile", "apr", "avr"},
            {"may", "mai", "mayo", "maggio", "maio", "mei"},
            {"june", "juni", "juin", "junio", "giugno", "junho", "jun"},
            {"july", "juli", "juillet", "julio", "luglio", "julho", "jul", "juil"},
            {"august", "août", "aout", "agosto", "augustus", "aug"},
            {"september", "septembre", "septiembre", "settembre", "setembro", "sep", "sept"},
            {"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "oct"},
            {"november", "novembre", "noviembre", "novembro", "nov"},
            {"december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dez", "dec",
                "déc"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String TIME = "(?:[,|/–-]?\\s*(?:um|à|a las|alle|às|om|lúc|at)?\\s*"
            + "(\\d{1,2})[:h.](\\d{2})(?!\\d)\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    /** "12. März 2019", "12 mars 2019", "12 de marzo de 2019", "1er avril 2019". */
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?\\s*(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "29/03/2018", "29.03.2018", "03-29-2018". */
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d.])" + TIME, Pattern.CASE_INSENSITIVE);
    /** "2019.01.08", "2019/1/8". */
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d.])(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d])" + TIME, Pattern.CASE_INSENSITIVE);
    /** "ngày 12 tháng 3 năm 2019", "12 tháng 3, 2019". */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm|,)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    /** "2019년 1월 8일", "2019年1月8日". */
    private static final Pattern EAST_ASIAN = Pattern.compile("(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]");
    /** A time of day with a period ("10:31 pm"), to put Dates' 12-hour times on the 24-hour clock. */
    private static final Pattern PM = Pattern.compile("\\d{1,2}:\\d{2}\\s*(?:pm|p\\.m\\.)", Pattern.CASE_INSENSITIVE);

    /** Look at no more of a line than this: dates sit at its start. */
    private static final int MAX_CHARS = 300;

    private CaptureDates() {
    }

    /**
     * The first date in {@code text}, ISO 8601 ({@code 2019-03-12}, or {@code 2019-03-12T14:05} with a
     * time). {@code dayFirst} settles "03/04/2019": the day comes first outside the United States.
     */
    static Optional<String> parse(String text, boolean dayFirst) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // An empty hint reads "03/04/2019" day first; "en" (American usage) month first.
        Optional<String> english = Dates.parse(t, dayFirst ? "" : "en");
        if (english.isPresent()) {
            return Optional.of(pmFixed(english.get(), t));
        }
        Matcher m = DAY_NAME_YEAR.matcher(t);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return build(m.group(3), month, m.group(1), m.group(4), m.group(5), m.group(6));
            }
        }
        m = NUMERIC_YMD.matcher(t);
        if (m.find()) {
            return build(m.group(1), Integer.parseInt(m.group(3)), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = NUMERIC_DMY.matcher(t);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dmy = a > 12 || (b <= 12 && dayFirst);
            return build(m.group(4), dmy ? b : a, String.valueOf(dmy ? a : b), m.group(5), m.group(6), m.group(7));
        }
        m = VIETNAMESE.matcher(t);
        if (m.find()) {
            return build(m.group(3), Integer.parseInt(m.group(2)), m.group(1), null, null, null);
        }
        m = EAST_ASIAN.matcher(t);
        if (m.find()) {
            return build(m.group(1), Integer.parseInt(m.group(2)), m.group(3), null, null, null);
        }
        return Optional.empty();
    }

    /** {@link Dates} reads "10:31 pm" as 10:31; the afternoon is twelve hours later. */
    private static String pmFixed(String iso, String text) {
        int t = iso.indexOf('T');
        if (t < 0 || !PM.matcher(text).find()) {
            return iso;
        }
        int hour = Integer.parseInt(iso.substring(t + 1, t + 3));
        return hour < 12 ? iso.substring(0, t + 1) + String.format(Locale.ROOT, "%02d", hour + 12)
                + iso.substring(t + 3) : iso;
    }

    private static Optional<String> build(String year, int month, String day, String hour, String minute,
                                          String period) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(y, month, Integer.parseInt(day));
            if (hour == null) {
                return Optional.of(date.toString());
            }
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(minute);
            if (period != null && period.toLowerCase(Locale.ROOT).startsWith("p") && h < 12) {
                h += 12;
            }
            if (h > 23 || min > 59) {
                return Optional.of(date.toString());
            }
            return Optional.of(String.format(Locale.ROOT, "%sT%02d:%02d", date, h, min));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
