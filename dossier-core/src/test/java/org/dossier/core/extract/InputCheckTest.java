package org.dossier.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputCheckTest {
    private final Extractor extractor = Extractor.withDefaults();

    private ExtractionException refused(byte[] bytes, String name) {
        Source s = Source.of(bytes, Optional.of(name), SourceFormat.HTML, Optional.empty());
        return assertThrows(ExtractionException.class, () -> extractor.extract(s));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "89504E470D0A1A0A0000000D49484452, PNG image",
        "FFD8FFE000104A464946, JPEG image",
        "474946383961010001, GIF image",
        "255044462D312E340A, PDF document",
        "504B0304140000000800, ZIP archive",
        "1F8B0800000000000003, gzip-compressed",
        "7F454C46020101000000, executable",
    })
    void knownBinaryFormatsAreNamed(String hex, String kind) {
        byte[] head = HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[4096];
        System.arraycopy(head, 0, bytes, 0, head.length);
        ExtractionException e = refused(bytes, "photo.html");
        assertTrue(e.reason().contains(kind), e.reason());
        assertEquals("photo.html", e.location());
    }

    @Test
    void randomBytesAreBinary() {
        byte[] bytes = new byte[20_000];
        new Random(42).nextBytes(bytes);
        assertTrue(refused(bytes, "noise.html").reason().startsWith("binary content"));
    }

    @Test
    void randomBytesWithoutZerosAreStillNotText() {
        byte[] bytes = new byte[20_000];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + random.nextInt(255)); // no zero byte to give it away
        }
        assertThrows(ExtractionException.class, () -> extractor.extract(
                Source.of(bytes, Optional.of("noise.txt"), SourceFormat.TEXT, Optional.empty())));
    }

    @Test
    void emptyAndWhiteSpaceAreRefused() {
        assertEquals("empty input", refused(new byte[0], "empty.html").reason());
        assertTrue(refused(" \n\t\n ".getBytes(StandardCharsets.US_ASCII), "blank.html").reason().startsWith("no text"));
    }

    @Test
    void oversizedInputIsRefusedByTheCap() {
        Extractor small = new Extractor(ExtractorConfig.defaults().withMaxInputBytes(1000));
        Source s = Source.of(new byte[1001], Optional.of("big.html"), SourceFormat.HTML, Optional.empty());
        ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(s));
        assertTrue(e.reason().contains("over the limit of 1000"), e.reason());
    }

    @Test
    void utf16TextIsNotMistakenForBinary() {
        String page = "<html><body><article><p>" + "Ordinary words of an ordinary article, nothing more. ".repeat(20)
                + "</p></article></body></html>";
        assertEquals(Optional.empty(), InputCheck.binaryKind(page.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(SourceFormat.HTML, InputCheck.sniffFormat(page.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aStrayZeroByteInAPageIsNotBinary() {
        byte[] page = "<html><body><p>A page with one stray \0 byte in it.</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), InputCheck.binaryKind(page));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<!DOCTYPE html><html><body><p>x</p></body></html>|HTML",
        "\uFEFF<!doctype html><title>x</title>|HTML",
        "   \\n<html lang=\"en\"><head></head>|HTML",
        "Headline of a capture\\nBy A Writer\\n\\nFirst paragraph of the story.|TEXT",
        "Menu Home News Sport\\nThe headline\\nThe body, with 3 < 4 in it.|TEXT",
    })
    void formatIsSniffedFromTheHead(String head, SourceFormat expected) {
        byte[] bytes = head.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8); // the table writes line breaks as backslash-n
        assertEquals(expected, InputCheck.sniffFormat(bytes));
    }
}
