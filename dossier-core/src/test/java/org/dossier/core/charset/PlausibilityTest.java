package org.dossier.core.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.text.Normalizer;
import org.dossier.core.testing.TestTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlausibilityTest {

    @ParameterizedTest(name = "{0} written in {1}, read as {2}")
    @CsvSource({
        "ko, EUC-KR, windows-1252", "vi, windows-1258, windows-1252", "ru, KOI8-R, windows-1251",
        "ru, windows-1251, KOI8-R", "pl, windows-1250, windows-1252", "ja, Shift_JIS, windows-1252",
        "de, UTF-8, windows-1252", "tr, windows-1254, windows-1252",
    })
    void mojibakeScoresClearlyBelowTheText(String lang, String written, String read) {
        String text = TestTexts.paragraph(lang);
        String wrong = Normalizer.normalize(new String(TestTexts.encode(text, written), Charset.forName(read)),
                Normalizer.Form.NFC);
        double right = Plausibility.score(text);
        double bad = Plausibility.score(wrong);
        assertTrue(right >= 0.95, lang + " scores " + right);
        assertTrue(bad < right - 0.25, lang + " read as " + read + " scores " + bad + " against " + right);
    }

    @Test
    void everyTestParagraphReadsAsText() {
        TestTexts.paragraphs().forEach((lang, text) ->
                assertTrue(Plausibility.score(text) >= 0.95, lang + " scores " + Plausibility.score(text)));
    }

    @Test
    void asciiHasNothingToJudge() {
        assertEquals(Plausibility.ASCII, Plausibility.score("plain words, nothing else"));
    }

    @Test
    void replacementAndControlCharactersScoreLowest() {
        assertEquals(-3, Plausibility.score("a\uFFFDb\u0085c"));
    }
}
