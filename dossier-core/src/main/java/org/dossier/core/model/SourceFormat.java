package org.dossier.core.model;

import java.util.Locale;

/** What kind of payload an input is, as the record's {@code source.format} names it. */
public enum SourceFormat {
    /** An HTML page read from a file, standard input or a fetch. */
    HTML,
    /** A plain-text capture of a page: what a person or crawler copied out of a browser. */
    TEXT,
    /** An HTML page that came out of a WARC {@code response} record. */
    WARC;

    /** The lower-case name used in the record ({@code html}, {@code text}, {@code warc}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the payload is markup (HTML, directly or from a WARC record). */
    public boolean isMarkup() {
        return this != TEXT;
    }
}
