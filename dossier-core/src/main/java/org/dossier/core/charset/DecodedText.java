package org.dossier.core.charset;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the character set used and why it was chosen.
 *
 * @param text    the decoded text, in Unicode NFC, a leading byte-order mark removed
 * @param charset the character set used
 * @param basis   what decided it: {@code bom}, {@code ascii} (only ASCII bytes), {@code utf-8} (valid UTF-8),
 *                {@code transport} (HTTP or WARC header), {@code meta} (the page's declaration),
 *                {@code detected} (detection or the plausibility of the text), {@code fallback} (windows-1252)
 */
public record DecodedText(String text, Charset charset, String basis) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(basis, "basis");
    }
}
