package org.dossier.core.lang;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The writing systems of a text, counted letter by letter. Many scripts name their language outright
 * (Hangul is Korean, kana is Japanese, Thai script is Thai); the others narrow the choice the language
 * model has to make. Immutable and thread-safe.
 */
final class Scripts {
    /** Scripts used by one language of the model, or by one language overwhelmingly in the news. */
    private static final Map<UnicodeScript, String> SINGLE_LANGUAGE = Map.ofEntries(
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.GREEK, "el"), Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"), Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.LAO, "lo"), Map.entry(UnicodeScript.KHMER, "km"),
            Map.entry(UnicodeScript.MYANMAR, "my"), Map.entry(UnicodeScript.ETHIOPIC, "am"),
            Map.entry(UnicodeScript.SINHALA, "si"), Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"), Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"), Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"), Map.entry(UnicodeScript.BENGALI, "bn"),
            Map.entry(UnicodeScript.ORIYA, "or"), Map.entry(UnicodeScript.TIBETAN, "bo"));

    private final Map<UnicodeScript, Integer> letters;

    private Scripts(Map<UnicodeScript, Integer> letters) {
        this.letters = letters;
    }

    /** Counts the letters of {@code text} by script (combining marks and digits are not letters). */
    static Scripts of(CharSequence text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                counts.merge(UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        return new Scripts(Map.copyOf(counts));
    }

    /** How many letters the text has, a Han, kana or Hangul character counting as three (see {@link #dominant}). */
    int weightedLetters() {
        int weighted = 0;
        for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
            weighted += e.getValue() * (isCjk(e.getKey()) ? 3 : 1);
        }
        return weighted;
    }

    /** How many letters are in {@code script}. */
    int count(UnicodeScript script) {
        return letters.getOrDefault(script, 0);
    }

    /**
     * The script most of the text is written in. A Han, kana or Hangul character holds about as much
     * text as three Latin letters, so each counts three times: a Korean caption with a few Latin names
     * is still Korean.
     */
    UnicodeScript dominant() {
        UnicodeScript best = UnicodeScript.COMMON;
        int bestWeight = 0;
        for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
            int weight = e.getValue() * (isCjk(e.getKey()) ? 3 : 1);
            if (weight > bestWeight) {
                best = e.getKey();
                bestWeight = weight;
            }
        }
        if (isCjk(best)) { // Japanese mixes Han and kana: judge the three together
            int kana = count(UnicodeScript.HIRAGANA) + count(UnicodeScript.KATAKANA);
            int hangul = count(UnicodeScript.HANGUL);
            if (hangul > kana && hangul * 3 >= count(UnicodeScript.HAN)) {
                return UnicodeScript.HANGUL;
            }
            int cjk = kana + count(UnicodeScript.HAN);
            return kana * 10 >= cjk ? UnicodeScript.HIRAGANA : UnicodeScript.HAN;
        }
        return best;
    }

    /** The language a script names by itself, if it does. */
    static Optional<String> languageOf(UnicodeScript script) {
        if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
            return Optional.of("ja");
        }
        if (script == UnicodeScript.HAN) {
            return Optional.of("zh");
        }
        return Optional.ofNullable(SINGLE_LANGUAGE.get(script));
    }

    private static boolean isCjk(UnicodeScript s) {
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
                || s == UnicodeScript.HANGUL;
    }
}
