package org.dossier.core.capture;

import java.util.Optional;
import org.dossier.core.meta.Dates;

/**
 * Dates on the lines of a capture (bylines, date lines under the headline), read by {@link Dates} in
 * the page's language, which also settles the order of day and month in "03/04/2019".
 */
final class CaptureDates {
    /** Look at no more of a line than this: dates sit at its start. */
    private static final int MAX_CHARS = 300;

    private CaptureDates() {
    }

    /**
     * The first date in {@code text}, ISO 8601 ({@code 2019-03-12}, or {@code 2019-03-12T14:05} with a
     * time), read as a page in {@code language} (an ISO 639-1 code or BCP 47 tag; empty when unknown).
     */
    static Optional<String> parse(String text, String language) {
        return Dates.parse(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, language);
    }
}
