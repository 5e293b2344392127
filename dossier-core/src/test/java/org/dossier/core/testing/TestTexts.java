package org.dossier.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tests' own multilingual texts (written for Dossier) and byte encoders for them. */
public final class TestTexts {
    private static final Map<String, String> PARAGRAPHS = load();
    /** windows-1258 writes these five tones as combining marks after the (possibly hatted) vowel. */
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private TestTexts() {
    }

    /** A news paragraph in {@code language} (en, de, fr, es, pt, it, pl, cs, tr, vi, ru, uk, el, he, th, ko, ja, zh, zh-Hant). */
    public static String paragraph(String language) {
        String p = PARAGRAPHS.get(language);
        if (p == null) {
            throw new IllegalArgumentException("no test paragraph for " + language);
        }
        return p;
    }

    /** Every paragraph by language. */
    public static Map<String, String> paragraphs() {
        return PARAGRAPHS;
    }

    /** {@code text} in {@code charset}; fails when a character has no encoding there (no silent '?'). */
    public static byte[] encode(String text, String charset) {
        Charset cs = Charset.forName(charset);
        String source = cs.name().equals("windows-1258") ? toWindows1258Form(text) : text;
        try {
            ByteBuffer b = cs.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(source));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text cannot be written in " + charset, e);
        }
    }

    /** A small HTML page around {@code body}, with a {@code <meta charset>} when {@code declared} is not null. */
    public static String html(String declared, String title, String body) {
        return "<!DOCTYPE html><html><head>"
                + (declared == null ? "" : "<meta charset=\"" + declared + "\">")
                + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p><p>" + body + "</p></article></body></html>";
    }

    /**
     * Vietnamese the way windows-1258 stores it: letters with a hat, breve or horn stay precomposed
     * (they have bytes of their own) and the tone follows as a combining mark.
     */
    static String toWindows1258Form(String text) {
        StringBuilder out = new StringBuilder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder tones = new StringBuilder();
        StringBuilder letter = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                (TONE_MARKS.indexOf(c) >= 0 ? tones : letter).append(c);
                continue;
            }
            flush(out, letter, tones);
            letter.append(c);
        }
        flush(out, letter, tones);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder letter, StringBuilder tones) {
        String base = Normalizer.normalize(letter, Normalizer.Form.NFC);
        // Some toned letters (à, á, ã, è, é…) exist precomposed in windows-1258 too; either form decodes the same.
        out.append(base).append(tones);
        letter.setLength(0);
        tones.setLength(0);
    }

    private static Map<String, String> load() {
        try (InputStream in = TestTexts.class.getResourceAsStream("paragraphs.tsv")) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                map.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
            return java.util.Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
