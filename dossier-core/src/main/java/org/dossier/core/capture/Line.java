package org.dossier.core.capture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One non-blank line of a capture and the shape features the classifiers read. Computed once, in
 * time linear in the line's length. Immutable.
 */
final class Line {
    /** Characters that close a sentence, in the scripts news pages use. */
    private static final String SENTENCE_END = ".!?…。！？؟।";
    /** Closing quotes and brackets that may follow the final punctuation. */
    private static final String CLOSERS = "\"'”’»)]】」』›*";
    private static final String BULLETS = "•·▪▫►▸‣◦■□●○◆◇✓✔➤→»›";
    /** Enough tokens to compare lines; a line of megabytes keeps only its counts beyond this. */
    static final int KEPT_TOKENS = 300;

    /** Position among the capture's non-blank lines. */
    final int index;
    /** Whitespace-normalised text. */
    final String text;
    /** Whether a blank line (or the start of the capture) comes before it. */
    final boolean blankBefore;
    /** Number of word tokens (for CJK text, every character is a token). */
    final int size;
    /** The first {@value #KEPT_TOKENS} tokens, lower-cased, for comparing lines. */
    final List<String> tokens;
    /** Words of spaced scripts plus half the CJK characters: a length comparable across scripts. */
    final double weight;
    /** Share of tokens that are function words of the page's language. */
    final double stopRatio;
    /** Ends with sentence punctuation (before closing quotes and brackets). */
    final boolean endsSentence;
    /** Sentence punctuation followed by a space inside the line. */
    final int innerSentences;
    /** Share of words after the first that start with a capital (Title Case headlines, menus). */
    final double capsRatio;
    /** Starts with a bullet or a list dash. */
    final boolean bullet;
    /** Has a web address or an e-mail address. */
    final boolean address;

    Line(int index, String text, boolean blankBefore, Set<String> stopWords) {
        this.index = index;
        this.text = text;
        this.blankBefore = blankBefore;
        List<String> kept = new ArrayList<>();
        int[] counts = new int[3]; // CJK characters, other words, function words
        forEachToken(text, t -> {
            if (t.length() <= 2 && isCjk(t.codePointAt(0))) {
                counts[0]++;
            } else {
                counts[1]++;
            }
            if (stopWords.contains(t)) {
                counts[2]++;
            }
            if (kept.size() < KEPT_TOKENS) {
                kept.add(t);
            }
        });
        this.tokens = List.copyOf(kept);
        this.size = counts[0] + counts[1];
        this.weight = counts[1] + counts[0] / 2.0;
        this.stopRatio = size == 0 ? 0 : (double) counts[2] / size;
        int capitalised = 0;
        int inner = 0;
        int spaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i + 1 < text.length() && SENTENCE_END.indexOf(c) >= 0
                    && (Character.isWhitespace(text.charAt(i + 1)) || c >= 0x3000)) {
                inner++;
            }
            // Every word after a space: all but the first, whose capital says nothing.
            if (Character.isWhitespace(c) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                spaced++;
                if (Character.isUpperCase(text.charAt(i + 1))) {
                    capitalised++;
                }
            }
        }
        this.innerSentences = inner;
        this.capsRatio = spaced == 0 ? 0 : (double) capitalised / spaced;
        this.endsSentence = endsSentence(text);
        this.bullet = !text.isEmpty() && (BULLETS.indexOf(text.charAt(0)) >= 0
                || text.startsWith("- ") || text.startsWith("* ") || text.startsWith("– "));
        this.address = hasAddress(text);
    }

    /** Whether the line ends like a sentence. */
    static boolean endsSentence(String text) {
        int end = text.length() - 1;
        while (end >= 0 && (CLOSERS.indexOf(text.charAt(end)) >= 0 || Character.isWhitespace(text.charAt(end)))) {
            end--;
        }
        return end >= 0 && SENTENCE_END.indexOf(text.charAt(end)) >= 0;
    }

    /** Whether the last character (past closing quotes and brackets) is a colon. */
    boolean endsColon() {
        int end = text.length() - 1;
        while (end >= 0 && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && (text.charAt(end) == ':' || text.charAt(end) == '：');
    }

    /** The share of {@code a}'s distinct tokens that {@code b} has too. */
    static double containment(Line a, Line b) {
        Set<String> mine = new HashSet<>(a.tokens);
        if (mine.isEmpty()) {
            return 0;
        }
        Set<String> theirs = new HashSet<>(b.tokens);
        long shared = mine.stream().filter(theirs::contains).count();
        return (double) shared / mine.size();
    }

    /** The words that say what the line is about: tokens of four letters or more that are no function words. */
    Set<String> contentWords(Set<String> stopWords) {
        Set<String> words = new HashSet<>();
        for (String t : tokens) {
            if (t.length() >= 4 && !stopWords.contains(t) && Character.isLetter(t.codePointAt(0))) {
                words.add(t);
            }
        }
        return words;
    }

    /** Lower-cased word tokens; every CJK character is a token of its own. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        forEachToken(text, out::add);
        return out;
    }

    private static void forEachToken(String text, Consumer<String> out) {
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean word = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            if (word && isCjk(cp)) {
                if (start >= 0) {
                    out.accept(text.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
                out.accept(text.substring(i, i + n));
            } else if (word) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.accept(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            i += n;
        }
        if (start >= 0) {
            out.accept(text.substring(start).toLowerCase(Locale.ROOT));
        }
    }

    /** Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar. */
    static boolean isCjk(int cp) {
        if (cp < 0x0E00) {
            return false; // below Thai: Latin, Greek, Cyrillic, Arabic, Indic…
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }

    private static boolean hasAddress(String text) {
        if (text.contains("http://") || text.contains("https://") || text.contains("www.")) {
            return true;
        }
        int at = text.indexOf('@');
        return at > 0 && at < text.length() - 3 && text.indexOf('.', at) > at + 1
                && Character.isLetterOrDigit(text.charAt(at - 1)) && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    @Override
    public String toString() {
        return index + ": " + text;
    }
}
