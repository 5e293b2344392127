package org.dossier.core.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String KOREAN = "<html><head><title>북한</title></head><body><p>북한 김정은 국무위원장이 "
            + "중국을 방문해 시진핑 국가주석과 정상회담을 했다. 두 정상은 한반도 비핵화 문제를 논의했다.</p></body></html>";

    @Test
    void utf8WinsOverAWrongDeclaration() {
        String html = "<meta charset=\"iso-8859-1\"><p>Tập Cận Bình — ‘quoted’</p>";
        DecodedText d = TextDecoder.decode(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), true);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(html, d.text());
    }

    @Test
    void eucKrDeclaredInMeta() {
        String html = "<meta charset=\"euc-kr\">" + KOREAN;
        DecodedText d = TextDecoder.decode(html.getBytes(Charset.forName("EUC-KR")), Optional.empty(), true);
        assertEquals(html, d.text());
    }

    @Test
    void eucKrUndeclaredIsDetected() {
        DecodedText d = TextDecoder.decode(KOREAN.getBytes(Charset.forName("EUC-KR")), Optional.empty(), true);
        assertEquals(KOREAN, d.text());
    }

    @Test
    void transportHeaderComesBeforeMeta() {
        String html = "<meta charset=\"utf-8\"><p>caf\u00e9 cr\u00e8me br\u00fbl\u00e9e</p>";
        byte[] bytes = html.getBytes(StandardCharsets.ISO_8859_1);
        DecodedText d = TextDecoder.decode(bytes, Optional.of("text/html; charset=ISO-8859-1"), true);
        assertEquals(html, d.text());
        assertEquals("transport", d.basis());
    }

    @Test
    void bomIsRemoved() {
        byte[] bytes = "\uFEFFhello".getBytes(StandardCharsets.UTF_8);
        assertEquals("hello", TextDecoder.decode(bytes, Optional.empty(), false).text());
    }
}
