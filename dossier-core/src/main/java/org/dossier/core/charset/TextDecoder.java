package org.dossier.core.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page into text. The order follows what browsers do, with a check that the
 * declared charset really fits the bytes: a byte-order mark wins; bytes that are valid UTF-8 and not
 * plain ASCII are UTF-8 whatever the page claims; otherwise the transport's charset (HTTP or WARC
 * header), then the page's own {@code <meta>} declaration, each only if the bytes decode cleanly in
 * it and a detector does not find a clearly better multi-byte fit; then detection; then
 * windows-1252. Stateless and thread-safe.
 */
public final class TextDecoder {
    private static final int SNIFF_BYTES = 16 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes       the raw payload
     * @param contentType the transport's {@code Content-Type} header, if any
     * @param markup      whether to look for a {@code <meta charset>} declaration
     * @return the text and how its charset was chosen
     */
    public static DecodedText decode(byte[] bytes, Optional<String> contentType, boolean markup) {
        Optional<DecodedText> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        boolean ascii = isAscii(bytes);
        if (!ascii && isStrictUtf8(bytes)) {
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
        }
        Optional<Charset> transport = contentType.flatMap(TextDecoder::charsetFromHeader);
        Optional<Charset> meta = markup ? declaredInMarkup(bytes) : Optional.empty();
        if (ascii) {
            Charset cs = transport.or(() -> meta).filter(TextDecoder::asciiCompatible).orElse(StandardCharsets.UTF_8);
            return new DecodedText(new String(bytes, cs), cs, "ascii");
        }
        Optional<Charset> detected = detect(bytes);
        for (var candidate : new Object[][] {{transport, "transport"}, {meta, "meta"}}) {
            @SuppressWarnings("unchecked")
            Optional<Charset> declared = (Optional<Charset>) candidate[0];
            if (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8)) {
                continue; // a UTF-8 claim was already disproved by the strict check
            }
            Optional<String> text = decodeStrict(bytes, declared.get());
            boolean betterMultiByte = detected.isPresent() && !detected.get().equals(declared.get())
                    && isMultiByte(detected.get()) && !isMultiByte(declared.get())
                    && decodeStrict(bytes, detected.get()).isPresent();
            if (text.isPresent() && !betterMultiByte) {
                return new DecodedText(text.get(), declared.get(), (String) candidate[1]);
            }
        }
        if (detected.isPresent()) {
            Optional<String> text = decodeStrict(bytes, detected.get());
            if (text.isPresent()) {
                return new DecodedText(text.get(), detected.get(), "detected");
            }
        }
        Charset fallback = Charset.forName("windows-1252");
        return new DecodedText(new String(bytes, fallback), fallback, "fallback");
    }

    /** The charset named in a {@code Content-Type} header value, if it names one Java knows. */
    public static Optional<Charset> charsetFromHeader(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forName(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> declaredInMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return forName(xml.group(1));
        }
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? forName(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> forName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 in every browser.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        if (n.equals("ks_c_5601-1987") || n.equals("euc_kr")) {
            n = "x-windows-949";
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<DecodedText> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom"));
        }
        return Optional.empty();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isStrictUtf8(byte[] bytes) {
        return decodeStrict(bytes, StandardCharsets.UTF_8).isPresent();
    }

    private static Optional<String> decodeStrict(byte[] bytes, Charset cs) {
        try {
            return Optional.of(cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : forName(name);
    }

    private static boolean isMultiByte(Charset cs) {
        return cs.newEncoder().maxBytesPerChar() > 1.0f;
    }

    private static boolean asciiCompatible(Charset cs) {
        return !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32");
    }
}
