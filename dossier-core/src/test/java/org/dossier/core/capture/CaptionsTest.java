package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionsTest {
    private static Line line(String text) {
        return new Line(0, text, true, StopWords.forLanguage("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"© Agency Photo/ Jane Roe", "Photo: Tom Reyes", "Foto: dpa", "Ảnh: Minh Anh",
        "Image copyright Example Images", "Photograph by Ana Ruiz", "(c) Harbour Ledger"})
    void creditLines(String text) {
        assertTrue(Captions.credit(line(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2019 Example Media. All rights reserved.", "Photos:", "Photographers say the light "
        + "in the valley is the best in the country, and they come back every autumn to see it again."})
    void notCreditLines(String text) {
        assertFalse(Captions.credit(line(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The mayor opens the new bridge on Friday. Photo: Tom Reyes",
        "Chủ tịch tỉnh cắt băng khánh thành cây cầu mới. Ảnh: Minh Anh.",
        "The mayor opens the new bridge on Friday. / Harbour Agency",
        "The mayor opens the new bridge on Friday (Photo: Tom Reyes)"})
    void captionsCarryingTheirCredit(String text) {
        assertTrue(Captions.trailingCredit(line(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The mayor opened the new bridge on Friday, a year after work began.",
        "© 2020 Example Media. All rights reserved.",
        "Nobody expected what the survey showed in the picture: a town that had doubled in size."})
    void linesWithoutACredit(String text) {
        assertFalse(Captions.trailingCredit(line(text)), text);
    }

    @Test
    void capitalisedLabelTeasers() {
        assertTrue(Captions.labelTeaser(line("READ MORE: Council Approves New Harbour Budget")));
        assertTrue(Captions.labelTeaser(line("LESEN SIE AUCH: Neue Brücke über die Elbe")));
        assertFalse(Captions.labelTeaser(line("UPDATE: The council said on Friday that the bridge will open in May.")));
        assertFalse(Captions.labelTeaser(line("Monday: the two sides need to meet again")));
    }

    @Test
    void creditMarksTheCaptionAboveAndTheHeadlineGluedBelow() {
        Page page = Page.read("""
                The first paragraph of the story is long enough to be prose and ends with a full stop.

                Passengers wait at the pier as the first boat is cancelled
                Photo: Tom Reyes
                Council Approves New Harbour Budget After Long Debate
                The next paragraph of the story goes on and is long enough to be prose as well.
                """);
        Role[] roles = new Role[page.size()];
        Arrays.fill(roles, Role.NONE);
        Captions.mark(page, roles, 0.2);
        assertEquals(Role.NONE, roles[0]);
        assertEquals(Role.CAPTION, roles[1]);
        assertEquals(Role.CREDIT, roles[2]);
        assertEquals(Role.TEASER, roles[3]);
        assertEquals(Role.NONE, roles[4]);
    }

    @Test
    void aParagraphBeforeACreditIsNotItsCaption() {
        Page page = Page.read("""
                But the company says it did not need their permission in the first place.

                Image copyright Example Images
                Image caption The singer performing at a festival last summer
                """);
        Role[] roles = new Role[page.size()];
        Arrays.fill(roles, Role.NONE);
        Captions.mark(page, roles, 0.2);
        assertEquals(Role.NONE, roles[0], "a full sentence set apart by a blank line is body");
        assertEquals(Role.CREDIT, roles[1]);
        assertEquals(Role.CAPTION, roles[2]);
    }
}
