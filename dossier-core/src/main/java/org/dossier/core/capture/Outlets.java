package org.dossier.core.capture;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet's name as a capture gives it away: after the headline in the page's {@code <title>}
 * ("Headline - Outlet"), in the copyright footer or the masthead that agrees with it, or in the
 * domain of the author's e-mail address.
 * Stateless, thread-safe.
 */
final class Outlets {
    /** The separators sites put between headline and site name in a {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-|–—·•»:]|::)\\s+");
    private static final Pattern COPYRIGHT_WORDS = Pattern.compile(
            "(?i)©|\\(c\\)|copyright|\\b(?:19|20)\\d{2}\\b|[-–]|all rights reserved\\.?|alle rechte vorbehalten\\.?"
                    + "|tous droits réservés\\.?|todos los derechos reservados\\.?|tutti i diritti riservati\\.?");
    /** Web-mail providers say nothing about the outlet. */
    private static final Set<String> WEBMAIL = Set.of("gmail", "googlemail", "yahoo", "hotmail", "outlook", "live",
            "aol", "icloud", "me", "mail", "gmx", "web", "proton", "protonmail", "yandex", "naver", "daum", "hanmail",
            "qq", "163", "126", "orange", "free", "laposte", "libero", "t-online");
    /**
     * Words English-language newspapers are named with. An outlet whose domain ends in one is
     * spelled "The Place Word" ("The Harbour Times"); a convention of English titles only.
     */
    private static final List<String> MASTHEAD_WORDS = List.of("times", "herald", "post", "tribune", "journal",
            "gazette", "telegraph", "guardian", "observer", "chronicle", "independent", "standard", "globe",
            "inquirer", "examiner", "courier", "sentinel", "dispatch", "mirror", "star");
    private static final Pattern NEXT_SENTENCE = Pattern.compile("\\.\\s+\\p{Lu}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
    /** A site name is a few words. */
    private static final int MAX_WORDS = 6;
    /** The site's name heads the page: it is among its first lines. */
    private static final int MASTHEAD_LINES = 10;
    /** A name on a line of its own: words, spaces and the marks names use, nothing else. */
    private static final Pattern NAME_LINE = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .&'’-]*");

    private Outlets() {
    }

    /** The site name in a {@code <title>}-like line that holds the headline and one more part. */
    static Optional<String> fromTitleLine(Line titleLine, Line headline) {
        if (titleLine == headline || Line.containment(headline, titleLine) < 0.8) {
            return Optional.empty();
        }
        String[] parts = TITLE_SEPARATOR.split(titleLine.text);
        if (parts.length < 2) {
            return Optional.empty();
        }
        // The site's part is the first or the last; the headline is the rest.
        for (String candidate : new String[] {parts[parts.length - 1], parts[0]}) {
            List<String> tokens = Line.tokens(candidate);
            if (!tokens.isEmpty() && tokens.size() <= MAX_WORDS && !headline.tokens.containsAll(tokens)) {
                return Optional.of(candidate.strip());
            }
        }
        return Optional.empty();
    }

    /** The holder named in a copyright footer ("© 2019 Example Media Inc. All rights reserved."). */
    static Optional<String> fromCopyright(Line footer) {
        String rest = COPYRIGHT_WORDS.matcher(footer.text).replaceAll(" ");
        int stop = rest.indexOf('|');
        if (stop >= 0) {
            rest = rest.substring(0, stop);
        }
        // "Example LLC. A Division of Parent": the holder is the first sentence.
        Matcher next = NEXT_SENTENCE.matcher(rest);
        if (next.find()) {
            rest = rest.substring(0, next.start() + 1);
        }
        rest = rest.replaceAll("\\s+", " ").strip().replaceAll("^[,.;:\\s]+|[,;:\\s]+$", "");
        // "Example Media." loses the sentence's full stop; "Example Inc." keeps its abbreviation's.
        int lastSpace = rest.lastIndexOf(' ');
        if (rest.endsWith(".") && rest.length() - lastSpace > 5) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int words = Line.tokens(rest).size();
        return words >= 1 && words <= MAX_WORDS && Character.isLetterOrDigit(rest.codePointAt(0))
                ? Optional.of(rest) : Optional.empty();
    }

    /**
     * The publication's own name when the copyright notice names its owner instead ("© 2019 Example
     * Media" under a page headed "EXAMPLE DAILY MONITOR"): a short line at the top of the page,
     * above the headline, whose first word (after an article) is the holder's and which the page
     * names again further down (an "about" line, a photo credit). It is given as the page writes it
     * further down, so a logo set in capitals keeps its usual capitals. Empty when no such line
     * agrees with the holder.
     */
    static Optional<String> fromMasthead(Page page, int headline, String holder) {
        List<String> owner = Line.tokens(holder);
        Optional<String> ownerWord = firstWord(owner, page);
        if (ownerWord.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < Math.min(headline, MASTHEAD_LINES); i++) {
            Line l = page.get(i);
            if (l.tokens.size() < 2 || l.tokens.size() > MAX_WORDS || !firstWord(l.tokens, page).equals(ownerWord)
                    || l.tokens.equals(owner) || !NAME_LINE.matcher(l.text).matches()) {
                continue;
            }
            Pattern name = Pattern.compile("(?<![\\p{L}\\d])" + String.join("\\s+",
                    l.tokens.stream().map(Pattern::quote).toList()) + "(?![\\p{L}\\d])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (int j = headline + 1; j < page.size(); j++) {
                Matcher m = name.matcher(page.get(j).text);
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }

    /** The first word of a name that is no function word ("brackwater" of "The Brackwater Echo"). */
    private static Optional<String> firstWord(List<String> tokens, Page page) {
        return tokens.stream().filter(t -> !page.stopWords.contains(t)).findFirst();
    }

    /** The domain of the first e-mail address in {@code text}, as a name ("harbourtimes.co.uk" → "The Harbour Times"). */
    static Optional<String> fromEmail(String text) {
        Matcher m = EMAIL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
        String name = labels[0].equals("www") && labels.length > 1 ? labels[1] : labels[0];
        if (WEBMAIL.contains(name) || name.length() < 3) {
            return Optional.empty();
        }
        for (String word : MASTHEAD_WORDS) {
            if (name.endsWith(word) && name.length() > word.length() + 1) {
                String place = name.substring(0, name.length() - word.length());
                if (place.equals("the")) {
                    return Optional.of("The " + capitalise(word));
                }
                return Optional.of("The " + capitalise(place) + " " + capitalise(word));
            }
        }
        return Optional.of(capitalise(name));
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
