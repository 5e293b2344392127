package org.dossier.core.charset;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the character set used and why it was chosen.
 *
 * @param text    the decoded text (a leading byte-order mark removed)
 * @param charset the character set used
 * @param basis   what decided it: {@code bom}, {@code transport}, {@code meta}, {@code utf-8}, {@code detected}, {@code fallback}
 */
public record DecodedText(String text, Charset charset, String basis) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(basis, "basis");
    }
}
