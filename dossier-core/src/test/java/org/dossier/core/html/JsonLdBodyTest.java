package org.dossier.core.html;

import static org.dossier.core.html.HtmlArticleExtractorTest.P1;
import static org.dossier.core.html.HtmlArticleExtractorTest.P2;
import static org.dossier.core.html.HtmlArticleExtractorTest.P3;
import static org.dossier.core.html.HtmlArticleExtractorTest.extract;
import static org.dossier.core.html.HtmlArticleExtractorTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdBodyTest {
    private static String ld(String articleBody) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry terminal to open in May\",\"articleBody\":\"" + articleBody + "\"}</script>";
    }

    /** A page whose markup holds no article: a script draws it in the browser. */
    private static final String SCRIPTED = """
            <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
            <div id="app"><div class="spinner">Loading the story…</div></div>
            <footer>© Eastgate Times</footer>""";

    @Test
    void usesTheDeclaredBodyWhenTheMarkupHasNoText() {
        String html = page(ld(P1 + "\\n\\n" + P2 + "\\n\\n" + P3), SCRIPTED);
        assertEquals(List.of(P1, P2, P3), extract(html).paragraphs());
    }

    @Test
    void readsADeclaredBodyWrittenInHtml() {
        String html = page(ld("<p>" + P1 + "</p><p>" + P2 + " &amp; more.</p><p>" + P3 + "</p>"), SCRIPTED);
        assertEquals(List.of(P1, P2 + " & more.", P3), extract(html).paragraphs());
    }

    @Test
    void rejectsADeclaredBodyCutShortAsATeaser() {
        String teaser = P1 + " " + P2 + " " + P3.substring(0, 60) + "…";
        String html = page(ld(teaser), SCRIPTED);
        assertFalse(extract(html).body().contains("harbour authority"));
    }

    @Test
    void keepsTheMarkupsParagraphsWhenTheyHoldTheDeclaredBody() {
        String html = page(ld(P1 + " " + P2 + " " + P3), """
                <article><h1>Ferry terminal to open in May</h1><p>%s</p><h2>Prices</h2><p>%s</p><p>%s</p></article>
                """.formatted(P1, P2, P3));
        assertEquals(List.of(P1, "Prices", P2, P3), extract(html).paragraphs());
    }

    @Test
    void dropsLongParagraphsThatTheDeclaredBodyDoesNotHave() {
        String comment = "Honestly I went there twice last summer with my kids and we all loved every minute, "
                + "especially the ice cream stand, the boat rides and the fireworks over the bay at night.";
        String html = page(ld(P1 + " " + P2 + " " + P3), """
                <article><h1>Ferry terminal to open in May</h1><p>%s</p><h2>Prices</h2><p>%s</p><p>%s</p>
                <p>%s</p></article>""".formatted(P1, P2, P3, comment));
        assertEquals(List.of(P1, "Prices", P2, P3), extract(html).paragraphs());
    }

    @Test
    void takesThePagesBlocksThatTheDeclaredBodyHoldsWhenScoringChoseWrong() {
        // The story sits in a box whose class reads like furniture; an unrelated long text does not.
        String other = "Opening hours of the city library change in winter, when the reading room closes at six, "
                + "the archive at four, and the children's corner, which is busiest on Saturdays, at five.";
        String body = """
                <div class="widget-story"><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="notice"><p>%s</p><p>%s</p></div>""".formatted(P1, P2, P3, other, other);
        assertEquals(List.of(other, other), extract(page("", body)).paragraphs(), "without JSON-LD");
        assertEquals(List.of(P1, P2, P3), extract(page(ld(P1 + "\\n" + P2 + "\\n" + P3), body)).paragraphs());
    }

    @Test
    void ignoresBrokenJsonLd() {
        String html = page("<script type=\"application/ld+json\">{\"articleBody\": \"unterminated</script>",
                "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertEquals(List.of(P1, P2), extract(html).paragraphs());
    }

    @Test
    void findsTheBodyInAGraph() {
        String html = page("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":\"Article\",\"articleBody\":\"" + P1 + "\\n" + P2 + "\\n" + P3 + "\"}]}</script>", SCRIPTED);
        assertTrue(extract(html).paragraphs().containsAll(List.of(P1, P2, P3)));
    }
}
