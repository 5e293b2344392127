package org.dossier.nlp.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text as 64-bit hashes, and the hash functions of the MinHash signature.
 *
 * <p>Words are runs of letters and digits, lower-cased, so punctuation, curly or straight quotes and
 * spacing do not matter. In scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar,
 * Tibetan) each character is a word: a run there is a clause, not a word. Hashes are computed from the
 * characters with fixed constants, so the same text gives the same shingles in every JVM (unlike
 * {@link String#hashCode()} mixed with a per-run seed). Stateless.
 */
final class Shingles {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /** The distinct hashes of every run of {@code k} consecutive words, sorted; empty when there are fewer words. */
    static long[] of(String text, int k) {
        List<Long> words = words(text);
        if (words.size() < k) {
            return new long[0];
        }
        long[] out = new long[words.size() - k + 1];
        for (int i = 0; i < out.length; i++) {
            long h = FNV_OFFSET;
            for (int j = 0; j < k; j++) {
                h = (h ^ words.get(i + j)) * FNV_PRIME;
                h = Long.rotateLeft(h, 17);
            }
            out[i] = mix(h);
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** Hashes of the words of {@code text}, in order. */
    static List<Long> words(String text) {
        List<Long> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
                flush(word, out);
                continue;
            }
            if (unspaced(cp)) {
                flush(word, out);
                word.appendCodePoint(cp);
                flush(word, out);
                continue;
            }
            word.appendCodePoint(cp);
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<Long> out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString().toLowerCase(Locale.ROOT);
        long h = FNV_OFFSET;
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * FNV_PRIME;
        }
        out.add(h);
        word.setLength(0);
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * The MinHash signature of a sorted shingle set: for each of {@code n} hash functions, the least
     * hash of any shingle. Function {@code i} is {@code mix(shingle ^ seed[i])} with fixed seeds.
     * An empty set gives {@link Long#MAX_VALUE} everywhere.
     */
    static long[] minHash(long[] shingles, int n) {
        long[] min = new long[n];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            long seed = mix(0x9e3779b97f4a7c15L * (i + 1));
            long m = Long.MAX_VALUE;
            for (long s : shingles) {
                long h = mix(s ^ seed);
                if (h < m) {
                    m = h;
                }
            }
            min[i] = m;
        }
        return min;
    }
}
