package org.dossier.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tokenising as the benchmarks do it: Python's {@code re.findall(r'\w+', text)} on a str, where a
 * word character is a letter, a digit or other number, or an underscore (combining marks are not,
 * unlike Java's {@code \w} with {@code UNICODE_CHARACTER_CLASS}). Thread-safe.
 */
final class Tokens {
    private Tokens() {
    }

    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The {@code \w+} tokens of {@code text}, in order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Lower-cased tokens as a bag (token → count). */
    static Map<String, Integer> lowerBag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String w : words(text)) {
            bag.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return bag;
    }

    /**
     * The multiset of {@code n}-token shingles, as the article-extraction benchmark builds it
     * (a text shorter than {@code n} tokens gives one shingle of all its tokens; no tokens, none).
     */
    static Map<String, Integer> shingles(String text, int n) {
        List<String> tokens = words(text);
        Map<String, Integer> bag = new HashMap<>();
        int count = Math.max(1, tokens.size() - n + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + n)));
            if (!shingle.isEmpty()) {
                bag.merge(shingle, 1, Integer::sum);
            }
        }
        return bag;
    }

    /** True positives between two bags: the size of their multiset intersection. */
    static long overlap(Map<String, Integer> a, Map<String, Integer> b) {
        long tp = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                tp += Math.min(e.getValue(), other);
            }
        }
        return tp;
    }

    static long size(Map<String, Integer> bag) {
        long n = 0;
        for (int v : bag.values()) {
            n += v;
        }
        return n;
    }
}
