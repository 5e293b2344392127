package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * Captures far larger than any page, through the extraction facade: they finish (the extractor is
 * linear in the capture's length) and give an article or the facade's error, never a crash.
 */
class CaptureHostileIT {
    private static Article extract(String text) throws ExtractionException {
        return Extractor.withDefaults().extract(Source.ofText(text, Optional.of("hostile.txt"), SourceFormat.TEXT));
    }

    @Test
    void twoHundredThousandLines() throws ExtractionException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            switch (i % 5) {
                case 0 -> sb.append('\n');
                case 1 -> sb.append("Menu item ").append(i).append('\n');
                default -> sb.append("Line ").append(i)
                        .append(" says that the council met on Monday and agreed on the budget for the year.\n");
            }
        }
        Article a = extract(sb.toString());
        assertTrue(a.body().length() > 1000);
        assertTrue(a.captions().size() <= 100);
    }

    @Test
    void twoHundredThousandMenuLinesHaveNoArticle() {
        String menu = "Home\nNews\nSport\nContact us\n".repeat(50_000);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extract(menu));
        assertEquals("no article text found", e.reason());
    }

    @Test
    void oneEnormousLine() throws ExtractionException {
        String line = "The committee met again on Monday and agreed to publish its findings in the spring. "
                .repeat(100_000);
        Article a = extract("Title of the page\n" + line);
        assertEquals(line.strip(), a.body());
    }

    @Test
    void manyCaptionsAreCapped() throws ExtractionException {
        StringBuilder sb = new StringBuilder("A gallery of the harbour\n\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("The harbour seen from the hill on a winter morning, picture ").append(i).append(". Photo: Ann Lee\n");
            sb.append("At meeting ").append(i)
                    .append(" the council agreed that the harbour should be cleaned before the summer.\n\n");
        }
        Article a = extract(sb.toString());
        assertTrue(a.captions().size() <= 100, "captions: " + a.captions().size());
    }
}
