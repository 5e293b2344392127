package org.dossier.store.db;

import java.util.Objects;

/**
 * The store cannot be opened or written, with where and why: a data directory that is not one, that
 * cannot be written, that another process holds, or that a newer Dossier wrote. The message reads
 * "{@code location}: {@code reason}".
 */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String reason;

    public StoreException(String location, String reason) {
        this(location, reason, null);
    }

    public StoreException(String location, String reason, Throwable cause) {
        super(Objects.requireNonNull(location) + ": " + Objects.requireNonNull(reason), cause);
        this.location = location;
        this.reason = reason;
    }

    /** The data directory or file concerned. */
    public String location() {
        return location;
    }

    /** Why, in words a user can act on. */
    public String reason() {
        return reason;
    }
}
