package org.dossier.spark.corpus;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What near-duplicate detection keeps of an article's body: its MinHash values and how many distinct
 * shingles the body had. Plain values, so a Parquet column or a Spark closure can carry them.
 * Immutable (the array is copied in and out) and thread-safe.
 */
public final class Signature implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] minHashes;
    private final int shingles;

    public Signature(long[] minHashes, int shingles) {
        if (shingles < 0) {
            throw new IllegalArgumentException("shingle count must be >= 0: " + shingles);
        }
        this.minHashes = minHashes.clone();
        this.shingles = shingles;
    }

    public long[] minHashes() {
        return minHashes.clone();
    }

    public int shingles() {
        return shingles;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minHashes) + shingles;
    }

    @Override
    public String toString() {
        return "Signature[" + minHashes.length + " hashes, " + shingles + " shingles]";
    }
}
