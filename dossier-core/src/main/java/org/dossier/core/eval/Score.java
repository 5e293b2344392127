package org.dossier.core.eval;

/**
 * Precision, recall and F1 of one comparison or an average of many.
 *
 * @param precision share of what was predicted that is right
 * @param recall    share of what is right that was predicted
 */
public record Score(double precision, double recall) {
    /** The harmonic mean of precision and recall (0 when both are 0). */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * The article-extraction benchmark's score of {@code predicted} against {@code expected}: bags of
     * 4-token shingles, case kept. {@code precision} is NaN for an empty prediction, which the
     * benchmark leaves out of its precision average.
     */
    public static Score shingles(String expected, String predicted) {
        var truth = Tokens.shingles(expected, 4);
        var pred = Tokens.shingles(predicted, 4);
        long tp = Tokens.overlap(truth, pred);
        long predicted4 = Tokens.size(pred);
        long expected4 = Tokens.size(truth);
        double p = predicted4 == 0 ? Double.NaN : (double) tp / predicted4;
        double r = expected4 == 0 ? 1.0 : (double) tp / expected4;
        return new Score(p, r);
    }

    /** Bag-of-words score on lower-cased {@code \w+} tokens, as the seed gold's body metric. */
    public static Score tokens(String expected, String predicted) {
        var truth = Tokens.lowerBag(expected);
        var pred = Tokens.lowerBag(predicted);
        long tp = Tokens.overlap(truth, pred);
        long np = Tokens.size(pred);
        long ne = Tokens.size(truth);
        return new Score(np == 0 ? 0 : (double) tp / np, ne == 0 ? 1 : (double) tp / ne);
    }

    /** Whether two short strings (titles, names) are equal once tokenised and lower-cased. */
    public static boolean sameTokens(String a, String b) {
        return a != null && b != null
                && Tokens.words(a.toLowerCase(java.util.Locale.ROOT))
                        .equals(Tokens.words(b.toLowerCase(java.util.Locale.ROOT)));
    }
}
