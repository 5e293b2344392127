package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyFinderTest {
    private static final String P1 = "The river rose by two metres overnight and flooded the lower streets of the town.";
    private static final String P2 = "Firefighters spent the morning pumping water out of cellars along the old quay.";
    private static final String P3 = "The mayor said the town would ask the region for help to repair the damaged roads.";

    private static BodyFinder finder(String text) {
        return new BodyFinder(Page.read(text));
    }

    @Test
    void linesAreJudgedByTheirShape() {
        BodyFinder f = finder(String.join("\n", P1, "Home", "Weather warning for the river towns",
                "Flood waters recede slowly in the lower streets of the town after two days", "©"));
        assertEquals(BodyFinder.Kind.GOOD, f.kinds[0], "a sentence dense in function words");
        assertEquals(BodyFinder.Kind.BAD, f.kinds[1], "a menu item");
        assertEquals(BodyFinder.Kind.SHORT, f.kinds[2]);
        assertEquals(BodyFinder.Kind.NEAR, f.kinds[3], "long, but no sentence");
        assertEquals(BodyFinder.Kind.BAD, f.kinds[4], "no words at all");
    }

    @Test
    void repeatedFurnitureSplitsRunsSoTheArticleIsNotMergedWithComments() {
        String page = String.join("\n", P1, "", P2, "", P3, "", "2 comments", "reader_one", "5 minutes ago",
                "I live on the quay and the water reached our door, it was the worst flood in years.", "Reply",
                "reader_two", "12 minutes ago",
                "The council was warned about the old drains many times and did nothing about them.", "Reply");
        BodyFinder f = finder(page);
        List<BodyFinder.Run> runs = f.runs();
        assertEquals(0, runs.get(0).start());
        assertEquals(2, runs.get(0).end());
        assertTrue(runs.size() >= 3, "each comment is a run of its own: " + runs);
        assertEquals(runs.get(0), f.core());
    }

    @Test
    void theArticleComesBeforeLaterProseOfComparableWeight() {
        String rules = "Comments must be polite and stay on the subject, and the moderators remove any comment "
                + "that breaks these rules without notice to the person who wrote it.";
        String page = String.join("\n", "Flood in the river towns", "", P1, "", P2, "", P3, "", P1, "", "Tags:",
                "flood, river", "Share", "Print", "Comment rules", "", rules, "", rules.replace("Comments", "Posts"));
        BodyFinder f = finder(page);
        assertEquals(1, f.core().start());
        assertEquals(4, f.core().end());
    }

    @Test
    void widgetItemsThatReadAlikeAreFurniture() {
        Page page = Page.read(String.join("\n", "Share on Facebook", "Share on Twitter", "Share by e-mail",
                "The bridge reopens today"));
        BodyFinder f = new BodyFinder(page);
        assertTrue(f.chrome(page.get(0)));
        assertTrue(f.chrome(page.get(1)));
        assertFalse(f.chrome(page.get(3)), "a short line alone is not furniture");
    }

    @Test
    void theBodyEndsAtACopyrightNotice() {
        String page = String.join("\n", P1, "", P2, "", "© 2024 Example Media", "", P3);
        BodyFinder f = finder(page);
        assertEquals(2, f.runs().size(), "the footer splits the prose");
        assertEquals(1, f.widenDown(f.runs().get(0)), "and widening stops at it");
    }

    @Test
    void aListOfHeadlinesInsideTheBodyIsDropped() {
        String page = String.join("\n", P1, "", "Most read", "",
                "Storm Closes Schools Across The Valley",
                "Bridge Plan Returns To The Agenda",
                "New Timetable For The Summer Ferries", "", P2, "", "What happens next", "", P3);
        BodyFinder f = finder(page);
        List<Line> body = f.lines(0, f.widenDown(f.core()));
        List<String> texts = body.stream().map(l -> l.text).toList();
        assertEquals(List.of(P1, P2, "What happens next", P3), texts);
    }

    @Test
    void noProseNoCore() {
        assertNull(finder("Home\nNews\nSport\nWeather\n").core());
        assertNull(finder("").core());
    }
}
