package org.dossier.core.charset;

import static org.dossier.core.testing.TestTexts.encode;
import static org.dossier.core.testing.TestTexts.html;
import static org.dossier.core.testing.TestTexts.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    /** The page decoded must hold the paragraph exactly, whatever charset name was picked for it. */
    private static DecodedText assertReadsBack(String lang, byte[] bytes, Optional<String> contentType) {
        DecodedText d = TextDecoder.decode(bytes, contentType, true);
        assertTrue(d.text().contains(paragraph(lang)),
                () -> lang + " decoded as " + d.charset() + " (" + d.basis() + "): "
                        + d.text().substring(0, Math.min(300, d.text().length())));
        return d;
    }

    @ParameterizedTest(name = "{0} in {1}, undeclared")
    @CsvSource({
        "ko, EUC-KR", "ko, UTF-8", "vi, windows-1258", "vi, UTF-8",
        "ja, Shift_JIS", "ja, EUC-JP", "ja, ISO-2022-JP", "ja, UTF-8",
        "zh, GBK", "zh, GB18030", "zh-Hant, Big5", "zh-Hant, UTF-8",
        "ru, KOI8-R", "ru, windows-1251", "uk, windows-1251", "uk, KOI8-U", "ru, UTF-8",
        "el, windows-1253", "el, ISO-8859-7", "he, windows-1255", "th, TIS-620",
        "pl, windows-1250", "tr, windows-1254",
        "fr, windows-1252", "de, windows-1252", "es, windows-1252", "pt, windows-1252", "it, windows-1252",
        "en, US-ASCII", "en, UTF-16LE", "ru, UTF-16BE",
    })
    void undeclaredCharsetIsDetected(String lang, String charset) {
        assertReadsBack(lang, encode(html(null, "x", paragraph(lang)), charset), Optional.empty());
    }

    @ParameterizedTest(name = "{0} in {1}, declared {2} in <meta>")
    @CsvSource({
        "vi, windows-1258, windows-1258", "ko, EUC-KR, euc-kr", "ko, EUC-KR, ks_c_5601-1987",
        "ja, Shift_JIS, shift_jis", "ja, EUC-JP, euc-jp", "zh, GBK, gb2312", "zh-Hant, Big5, big5",
        "ru, KOI8-R, koi8-r", "tr, windows-1254, iso-8859-9", "cs, windows-1250, windows-1250",
        "pt, windows-1252, iso-8859-1", "it, windows-1252, windows-1252", "el, ISO-8859-7, iso-8859-7",
    })
    void rightDeclarationIsKept(String lang, String charset, String label) {
        DecodedText d = assertReadsBack(lang, encode(html(label, "x", paragraph(lang)), charset), Optional.empty());
        assertEquals("meta", d.basis());
    }

    @ParameterizedTest(name = "{0} in {1}, declared {2} by HTTP")
    @CsvSource({"vi, windows-1258, windows-1258", "ko, EUC-KR, EUC-KR", "ru, windows-1251, windows-1251",
        "fr, ISO-8859-1, ISO-8859-1"})
    void transportCharsetIsUsed(String lang, String charset, String label) {
        DecodedText d = assertReadsBack(lang, encode(html(null, "x", paragraph(lang)), charset),
                Optional.of("text/html; charset=" + label));
        assertEquals("transport", d.basis());
    }

    @ParameterizedTest(name = "{0} in {1}, wrongly declared {2}")
    @CsvSource({
        "ko, EUC-KR, iso-8859-1", "ko, EUC-KR, utf-8", "ko, EUC-KR, shift_jis", "ko, UTF-8, euc-kr",
        "vi, windows-1258, iso-8859-1", "vi, windows-1258, utf-8", "vi, UTF-8, windows-1258",
        "zh-Hant, Big5, gb2312", "zh, GBK, big5", "ja, Shift_JIS, euc-jp", "ja, EUC-JP, shift_jis",
        "ko, EUC-KR, gb2312", "ko, EUC-KR, big5", "zh, GBK, euc-kr", "ja, EUC-JP, euc-kr", "ja, EUC-JP, gb2312",
        "ru, KOI8-R, windows-1251", "ru, windows-1251, koi8-r", "uk, KOI8-U, koi8-r",
        "fr, windows-1252, utf-8", "de, UTF-8, iso-8859-1", "pl, windows-1250, utf-8",
    })
    void wrongDeclarationIsOverruled(String lang, String charset, String label) {
        assertReadsBack(lang, encode(html(label, "x", paragraph(lang)), charset), Optional.empty());
    }

    @Test
    void httpHeaderWrongButMetaRight() {
        // A server's default "ISO-8859-1" on a Korean page whose own <meta> tells the truth.
        byte[] page = encode(html("euc-kr", "x", paragraph("ko")), "EUC-KR");
        DecodedText d = assertReadsBack("ko", page, Optional.of("text/html; charset=ISO-8859-1"));
        assertEquals("meta", d.basis());
    }

    @Test
    void httpHeaderRightAndMetaWrong() {
        byte[] page = encode(html("utf-8", "x", paragraph("vi")), "windows-1258");
        assertReadsBack("vi", page, Optional.of("text/html; charset=windows-1258"));
    }

    @Test
    void utf8WithAStrayByteStaysUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(encode(html(null, "x", paragraph("ko")), "UTF-8"));
        out.write(0xFF); // one broken byte, as a truncated or hand-edited page has
        out.writeBytes(encode("<p>" + paragraph("ko") + "</p>", "UTF-8"));
        DecodedText d = assertReadsBack("ko", out.toByteArray(), Optional.empty());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @ParameterizedTest(name = "{0} with a byte-order mark")
    @CsvSource({"UTF-8", "UTF-16LE", "UTF-16BE"})
    void byteOrderMarkWinsAndIsRemoved(String charset) {
        String page = html("iso-8859-1", "x", paragraph("ja"));
        DecodedText d = TextDecoder.decode(encode("\uFEFF" + page, charset), Optional.empty(), true);
        assertEquals(page, d.text());
        assertEquals("bom", d.basis());
        assertEquals(Charset.forName(charset), d.charset());
    }

    @Test
    void decomposedVietnameseComesOutComposed() {
        String nfd = Normalizer.normalize(paragraph("vi"), Normalizer.Form.NFD);
        DecodedText d = TextDecoder.decode(nfd.getBytes(StandardCharsets.UTF_8), Optional.empty(), false);
        assertEquals(paragraph("vi"), d.text());
    }

    @Test
    void asciiTakesTheDeclaredName() {
        DecodedText d = TextDecoder.decode("<p>plain</p>".getBytes(StandardCharsets.US_ASCII),
                Optional.of("text/html; charset=windows-1251"), true);
        assertEquals("<p>plain</p>", d.text());
        assertEquals("ascii", d.basis());
        assertEquals(Charset.forName("windows-1251"), d.charset());
    }

    @ParameterizedTest
    @CsvSource({"text/html; charset=EUC-KR, x-windows-949", "text/html;charset=\"shift_jis\", windows-31j",
        "text/html; charset=gb2312, GB18030", "text/html; charset=iso-8859-1, windows-1252",
        "text/html; charset=big5, Big5-HKSCS"})
    void labelsAreReadTheWayBrowsersReadThem(String header, String expected) {
        assertEquals(Optional.of(Charset.forName(expected)), TextDecoder.charsetFromHeader(header));
    }

    @Test
    void unknownLabelIsIgnored() {
        assertEquals(Optional.empty(), TextDecoder.charsetFromHeader("text/html; charset=no-such-thing"));
        assertReadsBack("ko", encode(html("no-such-thing", "x", paragraph("ko")), "EUC-KR"), Optional.empty());
    }
}
