package org.dossier.nlp.text;

/** How a mention names its entity. */
public enum MentionKind {
    /** A full name as the article gives it ("Kim Jong Un", "Renmin University", "North Korea"). */
    NAME,
    /** A part of a name or an acronym standing for it ("Kim", "President Xi", "UNSC", "DPRK"). */
    SHORT_NAME,
    /** A title standing for the person the article gave it ("the North Korean leader"). */
    DESCRIPTION,
    /** A country's adjective ("North Korean", "Chinese", "Sino-"). */
    DEMONYM,
    /** A capital or seat of government standing for the government ("Pyongyang said", "the Kremlin"). */
    METONYM
}
