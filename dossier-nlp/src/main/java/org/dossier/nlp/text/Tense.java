package org.dossier.nlp.text;

/** The time reference of the clause around an expression, as far as words show it (no POS tagger). */
public enum Tense {
    /** A past-tense verb governs it ("met", "arrived", "was held"). */
    PAST,
    /** A future or plan governs it ("will", "is to", "scheduled", "agreed to", "upcoming"). */
    FUTURE,
    /** Neither is marked. */
    UNMARKED
}
