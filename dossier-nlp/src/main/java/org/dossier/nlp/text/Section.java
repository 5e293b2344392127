package org.dossier.nlp.text;

/** Which part of an article a sentence comes from. Page chrome is never analysed. */
public enum Section {
    /** The headline. */
    TITLE,
    /** The main text; offsets in this section are offsets in {@code Article.body()}. */
    BODY,
    /** A photo caption; offsets are in the caption's own string. */
    CAPTION
}
