package org.dossier.nlp.timeline;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The MinHash signature of one article's body: what near-duplicate detection keeps of a text. Plain
 * values (an array of longs and a count), so a store can keep it in a column and a Spark job can
 * ship it; rebuild one with {@link #of(long[], int)}. Immutable and thread-safe.
 */
public final class Fingerprint implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] minHashes;
    private final int shingles;

    private Fingerprint(long[] minHashes, int shingles) {
        this.minHashes = minHashes;
        this.shingles = shingles;
    }

    /**
     * A fingerprint from stored values.
     *
     * @param minHashes the {@link NearDuplicates#HASHES} minimum hashes (copied)
     * @param shingles  how many distinct shingles the text had
     * @throws IllegalArgumentException when the array has the wrong length or the count is negative
     */
    public static Fingerprint of(long[] minHashes, int shingles) {
        if (minHashes.length != NearDuplicates.HASHES) {
            throw new IllegalArgumentException("a fingerprint has " + NearDuplicates.HASHES + " hashes, not "
                    + minHashes.length);
        }
        if (shingles < 0) {
            throw new IllegalArgumentException("shingle count must be >= 0: " + shingles);
        }
        return new Fingerprint(minHashes.clone(), shingles);
    }

    /** A copy of the minimum hashes. */
    public long[] minHashes() {
        return minHashes.clone();
    }

    /** How many distinct shingles the text had (0 for a text shorter than one shingle). */
    public int shingles() {
        return shingles;
    }

    /** The estimated Jaccard similarity of the two shingle sets: the share of equal minimum hashes. */
    public double jaccard(Fingerprint other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < minHashes.length; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return same / (double) minHashes.length;
    }

    /**
     * The estimated share of the smaller text's shingles that the other also has (1 for a truncated
     * copy), from the Jaccard estimate and the two set sizes: |A∩B| = J(|A|+|B|)/(1+J).
     */
    public double containment(Fingerprint other) {
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        double j = jaccard(other);
        double shared = j / (1 + j) * (shingles + other.shingles);
        return Math.min(1, shared / smaller);
    }

    /**
     * The LSH band keys: one per band of {@link NearDuplicates#ROWS} hashes. Two texts are candidates
     * when they share a key. Empty for a text shorter than one shingle.
     */
    public long[] bandKeys() {
        if (shingles == 0) {
            return new long[0];
        }
        long[] keys = new long[NearDuplicates.BANDS];
        for (int b = 0; b < keys.length; b++) {
            long h = Shingles.mix(b + 1L);
            for (int r = 0; r < NearDuplicates.ROWS; r++) {
                h = Shingles.mix(h ^ minHashes[b * NearDuplicates.ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** Whether the two share at least one band (are LSH candidates). */
    boolean sharesBand(Fingerprint other) {
        if (shingles == 0 || other.shingles == 0) {
            return false;
        }
        for (int b = 0; b < NearDuplicates.BANDS; b++) {
            boolean same = true;
            for (int r = 0; r < NearDuplicates.ROWS && same; r++) {
                int i = b * NearDuplicates.ROWS + r;
                same = minHashes[i] == other.minHashes[i];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.shingles == shingles && Arrays.equals(f.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minHashes) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + " shingles]";
    }
}
