package org.dossier.core.model;

import java.util.Objects;

/**
 * A publication date inferred from the content when the page states none, with what it rests on.
 *
 * @param value ISO 8601 at the precision the evidence supports ({@code 2019}, {@code 2019-01})
 * @param basis a short human-readable reason ("latest date mentioned in the body: 2019-01-08")
 */
public record DateEstimate(String value, String basis) {
    public DateEstimate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}
