package org.dossier.core.extract;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dossier.core.html.HtmlArticleExtractor;
import org.dossier.core.model.SourceFormat;

/**
 * What the extractor refuses before reading a page, and whether a payload is markup or a text
 * capture. Each refusal names its reason in words a user can act on. Stateless and thread-safe.
 */
final class InputCheck {
    /** How much of the head of a payload is looked at. */
    private static final int HEAD = 8192;

    /** File signatures of the binary formats people most often point a text tool at by mistake. */
    private static final Object[][] SIGNATURES = {
        {new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"},
        {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"},
        {new byte[] {'G', 'I', 'F', '8', '7', 'a'}, "a GIF image"},
        {new byte[] {'G', 'I', 'F', '8', '9', 'a'}, "a GIF image"},
        {new byte[] {'%', 'P', 'D', 'F', '-'}, "a PDF document"},
        {new byte[] {'P', 'K', 3, 4}, "a ZIP archive (or an Office document)"},
        {new byte[] {0x1F, (byte) 0x8B}, "gzip-compressed data (name the file .gz to have it decompressed)"},
        {new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "xz-compressed data"},
        {new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, "zstd-compressed data"},
        {new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, "a 7-Zip archive"},
        {new byte[] {0x7F, 'E', 'L', 'F'}, "an executable"},
        {new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, "a Java class file"},
        {new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an old Office document"},
        {new byte[] {'w', 'O', 'F', 'F'}, "a web font"},
    };

    private InputCheck() {
    }

    /** Refuses empty and oversized inputs before their bytes are copied. */
    static void checkSize(long size, String where, ExtractorConfig config) throws ExtractionException {
        if (size == 0) {
            throw new ExtractionException(where, "empty input");
        }
        if (size > config.maxInputBytes()) {
            throw new ExtractionException(where, "input is " + size + " bytes, over the limit of "
                    + config.maxInputBytes() + " (raise it with --max-bytes)");
        }
    }

    /** Refuses bytes that are a known binary format, or that hold zero bytes the way no text does. */
    static void checkBytes(byte[] bytes, String where) throws ExtractionException {
        Optional<String> kind = binaryKind(bytes);
        if (kind.isPresent()) {
            throw new ExtractionException(where, "binary content (" + kind.get() + "), not text or HTML");
        }
    }

    /** Refuses decoded text that is mostly control characters or undecodable bytes. */
    static void checkText(String text, String where) throws ExtractionException {
        int n = Math.min(text.length(), HEAD);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) || c == '\uFFFD') {
                bad++;
            }
        }
        if (n > 0 && bad * 20 > n) { // more than 5%: no charset makes text of these bytes
            throw new ExtractionException(where, "binary content, not text or HTML");
        }
        if (text.isBlank()) {
            throw new ExtractionException(where, "no text: the input is only white space");
        }
    }

    /** A name for the binary format of {@code bytes}, if they are one. */
    static Optional<String> binaryKind(byte[] bytes) {
        for (Object[] s : SIGNATURES) {
            if (startsWith(bytes, (byte[]) s[0])) {
                return Optional.of((String) s[1]);
            }
        }
        if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            return Optional.of("an MP4 or HEIF media file");
        }
        // Zero bytes: text never has them, except UTF-16, where they fall on one side of each pair.
        int n = Math.min(bytes.length, HEAD) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        boolean utf16Like = Math.min(evenZeros, oddZeros) * 20 <= Math.max(evenZeros, oddZeros);
        if (evenZeros + oddZeros > 0 && !utf16Like) {
            return Optional.of("it has zero bytes, which text never has");
        }
        return Optional.empty();
    }

    /** HTML when the head of the payload has markup, else a plain-text capture. */
    static SourceFormat sniffFormat(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        StringBuilder head = new StringBuilder(n);
        // Drop zero bytes so UTF-16 markup reads like ASCII; a BOM is skipped by the leading-space strip.
        for (int i = 0; i < n; i++) {
            if (bytes[i] != 0) {
                head.append((char) (bytes[i] & 0xFF));
            }
        }
        String text = head.toString().replace("\u00EF\u00BB\u00BF", "").replace("\u00FF\u00FE", "")
                .replace("\u00FE\u00FF", "");
        return HtmlArticleExtractor.looksLikeHtml(text) ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
