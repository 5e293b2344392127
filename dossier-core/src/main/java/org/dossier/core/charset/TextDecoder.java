package org.dossier.core.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page into text.
 *
 * <p>The order follows what browsers do, with a check that a declaration really fits the bytes:
 * <ol>
 *   <li>a byte-order mark wins, then UTF-16 recognised by its zero bytes;</li>
 *   <li>pure ASCII is read as the declared ASCII-compatible charset (ISO-2022 when escapes say so);</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 whatever the page claims (no other charset produces
 *       valid multi-byte UTF-8 sequences by accident in real text);</li>
 *   <li>otherwise every candidate is decoded and scored by {@link Plausibility}: the transport's
 *       charset (HTTP or WARC header), the page's {@code <meta>} declaration, the detector's guess
 *       (juniversalchardet), UTF-8 with replacements, windows-1252 and, when their telltale bytes are
 *       there, windows-1250, windows-1254 and windows-1258 (Central European, Turkish and Vietnamese,
 *       which the detector does not know). A
 *       declaration is kept unless another candidate reads clearly better; without one, the first
 *       candidate in that order wins unless a later one reads clearly better.</li>
 * </ol>
 * The text comes out in Unicode NFC, so that Vietnamese written with combining tone marks (as
 * windows-1258 and some UTF-8 pages do) matches the precomposed form. Labels are read the WHATWG
 * way: {@code iso-8859-1} means windows-1252, {@code euc-kr} windows-949, {@code shift_jis}
 * windows-31j, {@code gb2312} GB18030. Stateless and thread-safe.
 */
public final class TextDecoder {
    /** The head of a page that holds its {@code <meta charset>}. */
    private static final int SNIFF_BYTES = 16 * 1024;
    /** Enough text to judge a decoding; the rest of a long page is decoded once the choice is made. */
    private static final int SCORE_BYTES = 64 * 1024;
    /** How much better another decoding must read to overrule a declaration. */
    private static final double DECLARED_MARGIN = 0.3;
    /** How much better a later undeclared candidate must read to overrule an earlier one. */
    private static final double CANDIDATE_MARGIN = 0.15;

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1254 = Charset.forName("windows-1254");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** WHATWG labels (and the detector's names) that Java spells differently or decodes too strictly. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"), Map.entry("cp1252", "windows-1252"),
            Map.entry("x-cp1252", "windows-1252"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("euc_kr", "x-windows-949"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("ksc5601", "x-windows-949"),
            Map.entry("korean", "x-windows-949"), Map.entry("windows-949", "x-windows-949"),
            Map.entry("cp949", "x-windows-949"), Map.entry("uhc", "x-windows-949"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("ms_kanji", "windows-31j"), Map.entry("cp932", "windows-31j"),
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"), Map.entry("cp936", "GB18030"), Map.entry("chinese", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"), Map.entry("x-x-big5", "Big5-HKSCS"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
            Map.entry("tis-620", "x-windows-874"), Map.entry("tis620", "x-windows-874"),
            Map.entry("iso-8859-11", "x-windows-874"), Map.entry("windows-874", "x-windows-874"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"), Map.entry("maccyrillic", "x-MacCyrillic"),
            Map.entry("x-mac-cyrillic", "x-MacCyrillic"), Map.entry("euc-tw", "x-EUC-TW"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"), Map.entry("utf8", "UTF-8"),
            // KOI8-U only gives Ukrainian letters to eight box-drawing positions that no Russian text uses.
            Map.entry("koi8-r", "KOI8-U"), Map.entry("koi8_r", "KOI8-U"), Map.entry("cskoi8r", "KOI8-U"));

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes       the raw payload
     * @param contentType the transport's {@code Content-Type} header, if any
     * @param markup      whether to look for a {@code <meta charset>} declaration
     * @return the text (in NFC) and how its charset was chosen
     */
    public static DecodedText decode(byte[] bytes, Optional<String> contentType, boolean markup) {
        Optional<Charset> transport = contentType.flatMap(TextDecoder::charsetFromHeader);
        Optional<DecodedText> unicode = byBom(bytes).or(() -> utf16ByZeros(bytes));
        if (unicode.isPresent()) {
            return unicode.get();
        }
        Optional<Charset> meta = markup ? declaredInMarkup(bytes) : Optional.empty();
        if (isAscii(bytes)) {
            return ascii(bytes, transport, meta);
        }
        Optional<String> utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return finish(utf8.get(), StandardCharsets.UTF_8, "utf-8");
        }
        return bestCandidate(bytes, transport, meta);
    }

    /** The charset named in a {@code Content-Type} header value, if it names one Java knows. */
    public static Optional<Charset> charsetFromHeader(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forName(m.group(1)) : Optional.empty();
    }

    private static DecodedText bestCandidate(byte[] bytes, Optional<Charset> transport, Optional<Charset> meta) {
        List<Candidate> candidates = new ArrayList<>();
        transport.ifPresent(cs -> candidates.add(new Candidate(cs, "transport", true)));
        meta.ifPresent(cs -> candidates.add(new Candidate(cs, "meta", true)));
        detect(bytes).ifPresent(cs -> candidates.add(new Candidate(cs, "detected", false)));
        candidates.add(new Candidate(StandardCharsets.UTF_8, "detected", false));
        candidates.add(new Candidate(WINDOWS_1252, "fallback", false));
        // Bytes that windows-1252 spends on rare symbols but windows-1250 on Central European letters.
        if (containsAny(bytes, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xA5, 0xB3, 0xB9, 0xBE)) {
            candidates.add(new Candidate(WINDOWS_1250, "detected", false));
        }
        if (containsAny(bytes, 0xF0, 0xFD, 0xFE)) { // Turkish ğ ı ş, which windows-1252 spends on ð ý þ
            candidates.add(new Candidate(WINDOWS_1254, "detected", false));
        }
        if (containsAny(bytes, 0xCC, 0xD2, 0xDE, 0xEC, 0xF2)) { // windows-1258's five combining tone marks
            candidates.add(new Candidate(WINDOWS_1258, "detected", false));
        }
        int sampleLength = Math.min(bytes.length, SCORE_BYTES);
        Set<Charset> seen = new HashSet<>();
        Candidate declared = null;
        double declaredScore = 0;
        Candidate undeclared = null;
        double undeclaredScore = 0;
        for (Candidate c : candidates) {
            if (!asciiCompatible(c.charset()) || !seen.add(c.charset())) {
                continue; // a UTF-16 label on bytes that are not UTF-16, or a charset already scored
            }
            String sample = Normalizer.normalize(decodeLenient(bytes, sampleLength, c.charset()), Normalizer.Form.NFC);
            double score = Plausibility.score(sample) - FrequencyFit.misfit(c.charset(), bytes, sampleLength, sample);
            if (c.declared()) {
                if (declared == null || score > declaredScore + DECLARED_MARGIN) {
                    declared = c;
                    declaredScore = score;
                }
            } else if (undeclared == null || score > undeclaredScore + CANDIDATE_MARGIN) {
                undeclared = c;
                undeclaredScore = score;
            }
        }
        Candidate chosen = declared != null && (undeclared == null || undeclaredScore <= declaredScore + DECLARED_MARGIN)
                ? declared : undeclared;
        return finish(decodeLenient(bytes, bytes.length, chosen.charset()), chosen.charset(), chosen.basis());
    }

    private static DecodedText ascii(byte[] bytes, Optional<Charset> transport, Optional<Charset> meta) {
        if (containsAny(bytes, 0x1B)) { // ISO-2022 pages are seven-bit: only their escapes show
            Optional<Charset> iso2022 = transport.or(() -> meta).or(() -> detect(bytes))
                    .filter(cs -> cs.name().startsWith("ISO-2022"));
            if (iso2022.isPresent()) {
                return finish(decodeLenient(bytes, bytes.length, iso2022.get()), iso2022.get(), "ascii");
            }
        }
        Charset cs = transport.or(() -> meta).filter(TextDecoder::asciiCompatible).orElse(StandardCharsets.UTF_8);
        return new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1), cs, "ascii");
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

    /** A charset by its label, read the way browsers read it; empty when Java does not know it. */
    static Optional<Charset> forName(String label) {
        String n = label.trim().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(Charset.forName(LABELS.getOrDefault(n, n)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static DecodedText finish(String text, Charset charset, String basis) {
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return new DecodedText(Normalizer.normalize(t, Normalizer.Form.NFC), charset, basis);
    }

    private static Optional<DecodedText> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(finish(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(finish(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(finish(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom"));
        }
        return Optional.empty();
    }

    /**
     * UTF-16 without a byte-order mark: every character of a small script (Latin, Cyrillic, Greek…)
     * and all the markup share one high byte, zero for ASCII, so one of the two byte positions is
     * often zero and the other almost never is. Binary files have zeros in both.
     */
    private static Optional<DecodedText> utf16ByZeros(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 16) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        Charset cs = null;
        if (evenZeros * 10 >= pairs && oddZeros * 20 <= evenZeros && oddZeros * 100 <= pairs) {
            cs = StandardCharsets.UTF_16BE;
        } else if (oddZeros * 10 >= pairs && evenZeros * 20 <= oddZeros && evenZeros * 100 <= pairs) {
            cs = StandardCharsets.UTF_16LE;
        }
        return cs == null ? Optional.empty() : Optional.of(finish(decodeLenient(b, b.length, cs), cs, "detected"));
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(byte[] bytes, int... values) {
        boolean[] wanted = new boolean[256];
        for (int v : values) {
            wanted[v] = true;
        }
        for (byte b : bytes) {
            if (wanted[b & 0xFF]) {
                return true;
            }
        }
        return false;
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

    /** The first {@code length} bytes decoded, bad sequences replaced by U+FFFD. */
    private static String decodeLenient(byte[] bytes, int length, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : forName(name);
    }

    private static boolean asciiCompatible(Charset cs) {
        String n = cs.name();
        return !n.startsWith("UTF-16") && !n.startsWith("UTF-32") && !n.startsWith("x-UTF-16")
                && !n.startsWith("X-UTF-32");
    }

    /** One way to read the bytes, and where the idea came from. */
    private record Candidate(Charset charset, String basis, boolean declared) {
    }
}
