package org.dossier.core.charset;

import java.lang.Character.UnicodeScript;

/**
 * How much a decoded text looks like real writing rather than mojibake, judged only on its non-ASCII
 * characters (every ASCII-compatible charset agrees on the rest). Each such character scores between
 * -3 and 1 and the text gets the average:
 *
 * <ul>
 *   <li>1 for a letter that fits its neighbours, 0 for a capital inside a word (text in capitals
 *       is rare, a single-byte charset read as another often turns all of it into capitals);</li>
 *   <li>-1 for the shapes a wrong charset leaves: a word that switches script mid-way (Latin-1
 *       letters inside Hangul, Han inside a Latin word), a lower-case letter followed by a capital
 *       (a single-byte Cyrillic charset read as another swaps the cases), three or more accented
 *       Latin letters in a row, a symbol wedged between two letters ("±è"), half-width katakana;</li>
 *   <li>0 for letters that real text rarely needs but mojibake often makes (Icelandic eth and thorn,
 *       the transliteration letters of Latin Extended Additional outside Vietnamese, Han
 *       extensions);</li>
 *   <li>-3 for replacement characters, C1 controls, unassigned and private-use code points.</li>
 * </ul>
 *
 * Whether Han characters or Hangul syllables are the everyday ones of a language is left to
 * {@link FrequencyFit}. The text should already be in NFC, so that Vietnamese tone marks sit composed
 * on their vowels. Stateless and thread-safe.
 */
final class Plausibility {
    /** Score of a text without any non-ASCII character: nothing is suspicious. */
    static final double ASCII = 1.0;

    private Plausibility() {
    }

    /** The average score of the non-ASCII characters of {@code text}, or {@link #ASCII} when there are none. */
    static double score(CharSequence text) {
        double sum = 0;
        int counted = 0;
        int prev = ' ';
        int prev2 = ' ';
        int base = ' '; // the last character that is not a combining mark
        int n = text.length();
        for (int i = 0; i < n; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            int next = i < n ? Character.codePointAt(text, i) : ' ';
            double s = score(c, prev, prev2, next, base);
            if (!Double.isNaN(s)) {
                sum += s;
                counted++;
            }
            prev2 = prev;
            prev = c;
            if (!isMark(c)) {
                base = c;
            }
        }
        return counted == 0 ? ASCII : sum / counted;
    }

    /** The score of one code point in its context, or NaN when it does not count (plain ASCII). */
    private static double score(int c, int prev, int prev2, int next, int base) {
        if (c < 0x80) {
            return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' ? -3 : Double.NaN;
        }
        int type = Character.getType(c);
        if (c == 0xFFFD || c < 0xA0 || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.CONTROL) {
            return -3;
        }
        if (Character.isLetter(c)) {
            return letter(c, prev, prev2);
        }
        if (isMark(c)) {
            if (!Character.isLetter(base)) {
                return -2;
            }
            // Scripts that write vowels and tones as marks (Thai, Devanagari…) are fine; a Latin,
            // Greek or Cyrillic mark left over after NFC composed nothing with its letter.
            UnicodeScript s = UnicodeScript.of(base);
            return s == UnicodeScript.LATIN || s == UnicodeScript.GREEK || s == UnicodeScript.CYRILLIC ? 0 : 1;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isTypographic(c)) {
            return 0.5;
        }
        // Other symbols and punctuation: harmless between words, a mojibake sign inside one.
        return Character.isLetter(prev) && Character.isLetter(next) ? -1 : 0;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static double letter(int c, int prev, int prev2) {
        UnicodeScript script = UnicodeScript.of(c);
        if (Character.isLetter(prev) && !compatible(UnicodeScript.of(prev), script)) {
            return -1;
        }
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
            return -1;
        }
        if (Character.isUpperCase(c) && Character.isLetter(prev)) {
            return 0;
        }
        if (script == UnicodeScript.LATIN && prev >= 0x80 && prev2 >= 0x80
                && Character.isLetter(prev) && Character.isLetter(prev2)
                && UnicodeScript.of(prev) == UnicodeScript.LATIN && UnicodeScript.of(prev2) == UnicodeScript.LATIN) {
            return -1;
        }
        switch (script) {
            case HAN:
                return c >= 0x4E00 && c <= 0x9FFF ? 1 : 0; // extension blocks and compatibility ideographs
            case HANGUL:
                return c >= 0xAC00 && c <= 0xD7A3 ? 1 : 0; // syllables, not conjoining jamo
            case KATAKANA:
                return c >= 0xFF61 && c <= 0xFF9F ? -1 : 1;
            case LATIN:
                if (c == 'Ð' || c == 'ð' || c == 'Þ' || c == 'þ') {
                    return 0;
                }
                return c >= 0x1E00 && c < 0x1EA0 ? 0 : 1;
            default:
                return 1;
        }
    }

    /** Whether letters of the two scripts may share a word. */
    private static boolean compatible(UnicodeScript a, UnicodeScript b) {
        if (a == b || a == UnicodeScript.COMMON || b == UnicodeScript.COMMON
                || a == UnicodeScript.INHERITED || b == UnicodeScript.INHERITED) {
            return true;
        }
        return isCjk(a) && isCjk(b);
    }

    private static boolean isCjk(UnicodeScript s) {
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
                || s == UnicodeScript.HANGUL;
    }

    /** Quotes, dashes, CJK and full-width punctuation: what real text in any script is made of. */
    private static boolean isTypographic(int c) {
        return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60)
                || c == 0x00AB || c == 0x00BB || c == 0x00B7;
    }
}
