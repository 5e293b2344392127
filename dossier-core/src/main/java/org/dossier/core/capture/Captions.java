package org.dossier.core.capture;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.lang.LanguageId;
import org.dossier.core.meta.Credits;

/**
 * Finds photo captions, photo credits and teasers among a capture's lines. A caption is known by
 * the credit it carries or that follows it, by being printed twice (a gallery and its lightbox),
 * or by standing next to its own translation; a teaser by a capitalised label before a colon or by
 * following a photo box. Stateless, thread-safe.
 */
final class Captions {
    /** "© 2024 Outlet", "(c) 2005-2019 Outlet": a year right after the sign makes a site's copyright notice. */
    private static final Pattern DATED_NOTICE = Pattern.compile("^(?:©|\\(c\\))\\s*(?:19|20)\\d\\d\\b",
            Pattern.CASE_INSENSITIVE);
    /** A caption that says it is one: "Image caption …", "Caption: …", "Légende : …", "Bildunterschrift: …". */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?:image caption|caption|légende|bildunterschrift|pie de foto|didascalia|legenda|chú thích)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An upper-case label and a colon opening a link to another story ("READ MORE:", "ALSO READ:"). */
    private static final Pattern LABEL = Pattern.compile("^[\\p{Lu}\\p{M}][\\p{Lu}\\p{M} ]{1,30}[:|]");
    /** A longer line above a credit is the paragraph before an uncaptioned picture. */
    private static final double MAX_CAPTION_WORDS = 50;
    /** A caption and its translation are sentences, not labels. */
    private static final double TRANSLATED_WORDS = 8;
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s,.;:()\"“”]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Language guesses cost; a page has a handful of translated captions, not thousands. */
    private static final int MAX_GUESSES = 64;
    /** Credits are short. */
    private static final double CREDIT_WORDS = 12;

    private Captions() {
    }

    /** Marks captions, credits and teasers in {@code roles}. */
    static void mark(Page page, Role[] roles, double stopFloor) {
        for (Line l : page.lines) {
            if (credit(l)) {
                roles[l.index] = Role.CREDIT;
            } else if (trailingCredit(l) || printedTwice(page, l)) {
                roles[l.index] = Role.CAPTION;
            } else if (labelTeaser(l)) {
                roles[l.index] = Role.TEASER;
            }
        }
        for (Line l : page.lines) {
            if (roles[l.index] == Role.CREDIT) {
                creditNeighbours(page, roles, l);
            }
        }
        translations(page, roles, stopFloor);
    }

    /** A credit line: short and opened by a copyright sign or a word for "photo" and a colon. */
    static boolean credit(Line l) {
        return l.weight <= CREDIT_WORDS && !l.endsColon() && Credits.opensWithCredit(l.text)
                && !Credits.rightsReserved(l.text) && !DATED_NOTICE.matcher(l.text).find();
    }

    /**
     * A sentence printed twice in a row (or nearly): a picture's caption and its repeat in the
     * lightbox or the image's text alternative. Paragraphs are not repeated like that.
     */
    private static boolean printedTwice(Page page, Line l) {
        if (page.occurrences(l) < 2 || l.weight < 8) {
            return false;
        }
        for (int j = Math.max(0, l.index - 2); j <= Math.min(page.size() - 1, l.index + 2); j++) {
            if (j != l.index && page.get(j).text.equals(l.text)) {
                return true;
            }
        }
        return false;
    }

    /** A caption that carries its credit at its end. */
    static boolean trailingCredit(Line l) {
        return l.weight >= 4 && !Credits.rightsNotice(l.text) && Credits.closesWithPhotoCredit(l.text);
    }

    /** "READ MORE: Another Story's Headline": a capitalised label, a colon and a short rest. */
    static boolean labelTeaser(Line l) {
        return l.weight < BodyFinder.PROSE_WORDS * 2.5 && !l.text.endsWith(".") && LABEL.matcher(l.text).find()
                && l.text.chars().filter(Character::isLowerCase).findAny().isPresent();
    }

    /**
     * A credit line belongs to the caption just above it when the two are glued together, when
     * that line is no full sentence, or when a headline stands between them (the picture box
     * straddling the title). A line glued under the credit is the caption when it says so or
     * reads as a sentence, and a teaser when it is a headline.
     */
    private static void creditNeighbours(Page page, Role[] roles, Line credit) {
        boolean skipped = false;
        for (int i = credit.index - 1; i >= Math.max(0, credit.index - 2); i--) {
            Line l = page.get(i);
            if (roles[i] != Role.NONE) {
                break;
            }
            if (BodyFinder.headline(l) && !l.endsSentence) {
                skipped = true;
                continue;
            }
            boolean glued = i == credit.index - 1 && !credit.blankBefore;
            if (l.weight >= 4 && l.weight <= MAX_CAPTION_WORDS && (glued || skipped || !l.endsSentence)) {
                roles[i] = Role.CAPTION;
            }
            break;
        }
        int next = credit.index + 1;
        if (next < page.size() && !page.get(next).blankBefore && roles[next] == Role.NONE) {
            Line l = page.get(next);
            if (CAPTION_LABEL.matcher(l.text).find() || (l.endsSentence && !BodyFinder.headline(l)
                    && l.weight <= MAX_CAPTION_WORDS)) {
                roles[next] = Role.CAPTION;
            } else if (!l.endsSentence && l.weight >= 3 && l.weight < BodyFinder.PROSE_WORDS * 2) {
                roles[next] = Role.TEASER;
            }
        }
    }

    /**
     * A caption printed in two languages: a line in another language than the page's, glued to a
     * line of about its length that shares its names and numbers. Both are captions.
     */
    private static void translations(Page page, Role[] roles, double stopFloor) {
        Optional<String> pageLanguage = page.language;
        if (pageLanguage.isEmpty() || !page.listedLanguage) {
            return;
        }
        int guesses = 0;
        for (Line l : page.lines) {
            // In another language, the page's function words all but vanish.
            if (l.weight < TRANSLATED_WORDS || l.stopRatio >= stopFloor / 2 || page.blockStart(l) == page.blockEnd(l)) {
                continue;
            }
            for (int j : new int[] {l.index - 1, l.index + 1}) {
                if (j < page.blockStart(l) || j > page.blockEnd(l)) {
                    continue;
                }
                Line other = page.get(j);
                double ratio = (double) other.text.length() / l.text.length();
                if (other.weight < TRANSLATED_WORDS || other.stopRatio < stopFloor || ratio < 0.5 || ratio > 2
                        || sharedNames(l, other) < 2) {
                    continue;
                }
                if (++guesses > MAX_GUESSES) {
                    return;
                }
                Optional<String> lang = LanguageId.detect(l.text);
                if (lang.isPresent() && !lang.equals(pageLanguage)
                        && LanguageId.detect(other.text).equals(pageLanguage)) {
                    roles[l.index] = Role.CAPTION;
                    roles[j] = Role.CAPTION;
                }
            }
        }
    }

    /**
     * Capitalised words and numbers two lines share: what survives translation. Compared without
     * diacritics, since a translation often drops them from names ("Cửa Lò", "Cua Lo").
     */
    private static long sharedNames(Line a, Line b) {
        Set<String> names = new HashSet<>();
        for (String w : NAME_SPLIT.split(a.text)) {
            if (w.length() > 1 && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                names.add(plain(w));
            }
        }
        return Arrays.stream(NAME_SPLIT.split(b.text)).map(Captions::plain).distinct().filter(names::contains).count();
    }

    private static String plain(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }
}
