package org.dossier.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageReaderTest {
    private static Page read(String html, int maxDepth) {
        return PageReader.read(Jsoup.parse(html), maxDepth);
    }

    private static List<String> texts(Page page) {
        return page.blocks.stream().map(TextBlock::text).toList();
    }

    @Test
    void blockElementsAndDoubleLineBreaksSeparateBlocks() {
        Page page = read("<div>One line<br>next line<br><br>Second part<p>A <b>bold</b>&nbsp;word</p>tail</div>", 256);
        assertEquals(List.of("One line\nnext line", "Second part", "A bold word", "tail"), texts(page));
    }

    @Test
    void inlineFurnitureIsLeftOutWithoutSplittingTheParagraph() {
        Page page = read("<p>The mayor <span class=\"tooltip\"><a href=/m>Profile</a> of the mayor</span>said yes.</p>",
                256);
        assertEquals(List.of("The mayor said yes."), texts(page));
    }

    @Test
    void anInlineWrapperAroundBlocksIsStillRead() {
        Page page = read("<span class=\"meta-field\"><p>First paragraph.</p><p>Second paragraph.</p></span>", 256);
        assertEquals(List.of("First paragraph.", "Second paragraph."), texts(page));
    }

    @Test
    void measuresLinksCommasAndCjkText() {
        Page page = read("<p>Go, see <a href=/x>this page</a>.</p><p>港口，码头。</p>", 256);
        TextBlock latin = page.blocks.get(0);
        assertEquals(13, latin.units()); // letters only
        assertEquals(8, latin.linkUnits());
        assertEquals(1, latin.commas());
        assertEquals(1, latin.stops());
        assertEquals(8, page.blocks.get(1).units()); // four ideographs count two each
    }

    @Test
    void collectsJsonLdFromHeadAndBody() {
        Page page = read("<html><head><script type=\"application/ld+json\">{\"a\":1}</script></head><body>"
                + "<script type=\"application/ld+json\">{\"b\":2}</script><script>var x = 1;</script></body></html>", 256);
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), page.jsonLd);
        assertTrue(page.blocks.isEmpty());
    }

    @Test
    void elementsPastTheDepthLimitBelongToTheirAncestorAtTheLimit() {
        int levels = 50;
        String html = "<body>" + "<div>".repeat(levels) + "<p>deep text</p>" + "</div>".repeat(levels) + "</body>";
        Page page = read(html, 20);
        assertEquals(List.of("deep text"), texts(page));
        PageNode owner = page.blocks.get(0).owner();
        assertEquals(20, owner.depth, "owner sits at the limit"); // the document is depth 0, <html> depth 1
        assertTrue(page.nodes.size() < 25, "no nodes past the limit: " + page.nodes.size());
    }

    @Test
    void aMarkThatHoldsMostOfThePagesProseIsALayoutAccident() {
        String prose = "<p>This sentence is long enough, with a comma, to count as prose on any page here.</p>";
        Page page = read("<form id=\"page-form\"><div>" + prose.repeat(5) + "</div><nav><a href=/>Home</a></nav></form>",
                256);
        assertNull(page.blocks.get(0).owner().boiler, "the form around the page is not furniture");
        assertNotNull(page.blocks.get(5).owner().boiler, "the nav inside it still is");
    }

    @Test
    void aCommentSectionLongerThanTheArticleStaysFurniture() {
        String prose = "<p>This sentence is long enough, with a comma, to count as prose on any page here.</p>";
        Page page = read("<article>" + prose + "</article><section class=\"comments\"><ol>"
                + ("<li class=\"comment\">" + prose + "</li>").repeat(6) + "</ol></section>", 256);
        assertNull(page.blocks.get(0).owner().boiler);
        for (int i = 1; i < page.blocks.size(); i++) {
            assertNotNull(page.blocks.get(i).owner().boiler, "comment " + i);
        }
    }
}
