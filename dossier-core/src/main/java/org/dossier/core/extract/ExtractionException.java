package org.dossier.core.extract;

import java.util.Objects;

/**
 * An input that cannot be turned into an article, with where it is and why. The message reads
 * "{@code location}: {@code reason}", so a batch can report it and go on.
 */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String reason;

    public ExtractionException(String location, String reason) {
        this(location, reason, null);
    }

    public ExtractionException(String location, String reason, Throwable cause) {
        super(Objects.requireNonNull(location) + ": " + Objects.requireNonNull(reason), cause);
        this.location = location;
        this.reason = reason;
    }

    /** The input: file, WARC file and offset, or URL. */
    public String location() {
        return location;
    }

    /** Why it could not be read, in words a user can act on. */
    public String reason() {
        return reason;
    }
}
