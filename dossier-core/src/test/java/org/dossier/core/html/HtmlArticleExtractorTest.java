package org.dossier.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    /** Three paragraphs of a made-up story, long enough to read as prose. */
    static final String P1 = "The harbour authority of Eastgate said on Tuesday that the new ferry terminal, "
            + "delayed twice by storms, will open to passengers in the first week of May.";
    static final String P2 = "Officials told reporters that the terminal can handle four ships at once, "
            + "twice as many as the old pier, and that ticket prices will not change this year.";
    static final String P3 = "Local traders, who had complained about the noise of the building works, "
            + "welcomed the date but asked the city to keep the old market road open during the summer.";

    static Article extract(String html) {
        return HtmlArticleExtractor.extract(html, SourceRef.ofFile(Optional.of("test.html"), "0", SourceFormat.HTML),
                ExtractorConfig.defaults());
    }

    static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry terminal to open in May | Eastgate Times"
                + "</title>" + head + "</head><body>" + body + "</body></html>";
    }

    static String paragraphs() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    @Test
    void keepsTheArticleAndDropsThePageFurniture() {
        String html = page("", """
                <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                  <li><a href="/sport">Sport</a></li></ul></nav></header>
                <div class="breadcrumbs"><a href="/">Home</a> › <a href="/local">Local news</a></div>
                <main><article>
                  <h1>Ferry terminal to open in May</h1>
                  <div class="byline">By Ana Lindqvist, harbour reporter</div>
                  <div class="share-buttons"><a href="#">Share on social media</a> <a href="#">Send by mail</a></div>
                  <div class="article-body">%s
                    <div class="newsletter-signup">Get our morning briefing in your inbox every day.
                      <form><input type="email"><button>Sign up</button></form></div>
                  </div>
                  <div class="comments"><h3>Comments</h3><p>I think the city should have built it on the
                    north side of the bay, where the water is deeper and calmer in winter.</p></div>
                </article></main>
                <aside class="sidebar"><h3>Most read</h3><ul>
                  <li><a href="/a">Storm closes the coast road again for the third time this month</a></li>
                  <li><a href="/b">Council votes on the new bus lanes through the old town centre</a></li></ul></aside>
                <footer><p>© 2024 Eastgate Times. All rights reserved. Contact us, privacy policy, terms
                  of use and cookie settings.</p></footer>
                """.formatted(paragraphs()));
        Article a = extract(html);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.body());
        assertEquals(Optional.of("Ferry terminal to open in May"), a.title());
    }

    @Test
    void putsCaptionsInCaptionsNotInTheBody() {
        String caption = "The new terminal seen from the water on Monday evening.";
        String html = page("", """
                <article><h1>Ferry terminal to open in May</h1>
                <figure><img src="t.jpg" alt=""><figcaption>%s <span class="credit">Photo: J. Berg</span>
                </figcaption></figure>
                <p>%s</p>
                <div class="wp-caption"><img src="u.jpg"><p class="wp-caption-text">Workers on the roof.</p></div>
                <p>%s</p><p>%s</p></article>
                """.formatted(caption, P1, P2, P3));
        Article a = extract(html);
        assertEquals(List.of(P1, P2, P3), a.paragraphs());
        assertEquals(List.of(caption, "Workers on the roof."), a.captions());
        assertFalse(a.body().contains("Photo: J. Berg"));
    }

    @Test
    void takesTheLeadPhotosCaptionButNotTheSidebars() {
        String html = page("", """
                <article><h1>Ferry terminal to open in May</h1>
                <figure class="lead"><img src="t.jpg"><figcaption>Passengers queue at the old pier.</figcaption></figure>
                <div class="story-text"><p>%s</p><p>%s</p><p>%s</p></div></article>
                <aside class="most-read"><figure><img src="s.jpg"><figcaption>A storm over the coast road.</figcaption>
                </figure><a href="/s">Storm closes the coast road</a></aside>
                """.formatted(P1, P2, P3));
        Article a = extract(html);
        assertEquals(List.of(P1, P2, P3), a.paragraphs());
        assertEquals(List.of("Passengers queue at the old pier."), a.captions());
    }

    @Test
    void keepsSubheadingsAndProseListsButNotTheHeadline() {
        String html = page("", """
                <article><h1>Ferry terminal to open in May</h1>
                <p>%s</p>
                <h2>What changes for passengers</h2>
                <p>%s</p>
                <p>The terminal will offer:</p>
                <ul><li>a covered waiting hall with two hundred seats,</li>
                    <li>a direct bus to the railway station every twenty minutes.</li></ul>
                <h3>The traders' view</h3>
                <p>%s</p></article>
                """.formatted(P1, P2, P3));
        List<String> got = extract(html).paragraphs();
        assertEquals(List.of(P1, "What changes for passengers", P2, "The terminal will offer:",
                "a covered waiting hall with two hundred seats,",
                "a direct bus to the railway station every twenty minutes.", "The traders' view", P3), got);
    }

    @Test
    void dropsLinkListsTeasersAndLabelsInsideTheArticle() {
        String html = page("", """
                <article><h1>Ferry terminal to open in May</h1>
                <div class="content"><p>%s</p>
                <div class="slot-x7"><span>Advertisement</span></div>
                <p>%s</p>
                <p><a href="/x">Read more: Ferry prices to rise next year, operator warns</a></p>
                <ul><li><a href="/1">Coast road closed again</a></li><li><a href="/2">New bus lanes voted</a></li>
                  <li><a href="/3">Old market to be renovated</a></li></ul>
                <p>%s</p>
                <div class="card"><h4><a href="/c1">Fishermen protest new quotas in the bay</a></h4>
                  <div>Boats stayed in port on Friday.</div></div>
                <div class="card"><h4><a href="/c2">Lighthouse opens to visitors for the first time</a></h4>
                  <div>Tours start in June.</div></div>
                </div></article>
                """.formatted(P1, P2, P3));
        Article a = extract(html);
        assertEquals(List.of(P1, P2, P3), a.paragraphs());
    }

    @Test
    void dropsContactLinesThatCloseTheArticle() {
        String quote = "The port tweeted from its account @eastgateport that the first crossing would be free.";
        String html = page("", """
                <article><h1>Ferry terminal to open in May</h1><p>%s</p><p>%s</p><p>%s</p><p>%s</p>
                <p>Write to Ana Lindqvist at ana.lindqvist@example.org and follow her @analind for updates.</p>
                </article>""".formatted(P1, quote, P2, P3));
        assertEquals(List.of(P1, quote, P2, P3), extract(html).paragraphs());
    }

    @Test
    void leavesOutWhatThePageHides() {
        String html = page("", """
                <article><h1>Ferry terminal to open in May</h1><p>%s</p>
                <p style="display: none">This paragraph is hidden by an inline style and never shown.</p>
                <div hidden>This block carries the hidden attribute, so readers never see it.</div>
                <div class="d-none">This box is hidden by a framework class on every screen size.</div>
                <p>%s <span class="sr-only">Opens in a new window</span></p><p>%s</p></article>
                """.formatted(P1, P2, P3));
        assertEquals(List.of(P1, P2, P3), extract(html).paragraphs());
    }

    @Test
    void findsTheTextOfMalformedAndTableLaidOutPages() {
        String html = "<html><body><table width=800><tr><td class=menu><a href=/>Home</a><br><a href=/n>News</a>"
                + "<td><font size=4><b>Ferry terminal to open in May</b></font><p>" + P1 + "<p>" + P2 + "</p></p>"
                + "<p>" + P3 + "</td></tr></table><div><span>unclosed";
        List<String> got = extract(html).paragraphs();
        assertTrue(got.containsAll(List.of(P1, P2, P3)), got.toString());
        assertFalse(got.contains("Home"));
    }

    @Test
    void splitsParagraphsMadeWithLineBreaks() {
        String html = page("", "<div class=\"story\">" + P1 + "<br><br>" + P2 + "<br/><br/>" + P3 + "</div>");
        assertEquals(List.of(P1, P2, P3), extract(html).paragraphs());
    }

    @Test
    void readsPagesInScriptsWithoutSpaces() {
        String p1 = "港口管理局星期二表示，因暴风雨两次推迟的新渡轮码头将于五月第一周向乘客开放。官员说，新码头可同时停靠四艘船。";
        String p2 = "当地商人曾抱怨施工噪音，他们欢迎这一日期，但要求市政府在夏季保持旧市场道路畅通，以便游客通行。";
        String html = "<html lang=zh><body><nav><a href=/>首页</a> <a href=/n>新闻</a></nav><article><h1>新渡轮码头五月开放</h1>"
                + "<p>" + p1 + "</p><p>" + p2 + "</p></article><footer>版权所有</footer></body></html>";
        assertEquals(List.of(p1, p2), extract(html).paragraphs());
    }

    @Test
    void deepNestingNeitherOverflowsNorHangs() {
        int levels = 100_000;
        StringBuilder sb = new StringBuilder("<html><body><article><p>").append(P1).append("</p>");
        sb.append("<div>".repeat(levels)).append("<p>").append(P2).append("</p>");
        sb.append("</div>".repeat(levels)).append("<p>").append(P3).append("</p></article></body></html>");
        Article a = extract(sb.toString());
        assertTrue(a.body().contains(P1) && a.body().contains(P2) && a.body().contains(P3), a.body());
    }

    @Test
    void deeplyNestedParagraphsWithTextAtEveryLevelStayLinear() {
        // Text and a paragraph at every level: quadratic work per level would not finish.
        int levels = 20_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < levels; i++) {
            sb.append("<div><p>Level ").append(i).append(" of the nesting, with a comma, and a stop.</p>");
        }
        sb.append("</div>".repeat(levels)).append("</body></html>");
        Article a = extract(sb.toString());
        // Past the depth limit the levels are read as one box, whose text is still all there.
        assertTrue(a.body().contains("Level " + (levels - 1) + " of the nesting"));
        assertTrue(a.paragraphs().size() > levels / 2, "paragraphs: " + a.paragraphs().size());
    }

    @Test
    void emptyAndTextlessPagesGiveAnEmptyBody() {
        assertEquals("", extract("").body());
        assertEquals("", extract("<html><body><nav><a href=/>Home</a></nav></body></html>").body());
    }

    /**
     * Lines that are no article text although written as paragraphs: the section's name above the
     * headline, a byline and a date line under the standfirst, and a caption whose markup says
     * nothing but whose credit closes it. The standfirst stays.
     */
    @Test
    void sectionLabelsBylinesDateLinesAndCreditedCaptionsWrittenAsParagraphsAreNoBody() {
        String html = page("", """
                <main><article>
                  <p class="rubric">Coast · Transport</p>
                  <h1>Ferry terminal to open in May</h1>
                  <p class="lede">The new terminal can handle four ships at once, and the old pier will close for good.</p>
                  <p class="signature">Par Odile Exemple · Publié le 3 juin 2021 à 10h15</p>
                  <p>%s</p>
                  <table class="photo"><tr><td class="cap">Cranes line the new quay on a grey morning. (Harbour Herald file photo)</td></tr></table>
                  <p>%s</p>
                  <p>%s</p>
                </article></main>
                """.formatted(P1, P2, P3));
        Article a = extract(html);
        List<String> paragraphs = List.of(a.body().split("\n\n"));
        assertEquals(List.of("The new terminal can handle four ships at once, and the old pier will close for good.",
                P1, P2, P3), paragraphs);
        assertEquals(List.of("Cranes line the new quay on a grey morning. (Harbour Herald file photo)"), a.captions());

        String dated = html.replace("Par Odile Exemple · Publié le 3 juin 2021 à 10h15", "Posted: 3 June 2021, 10:15");
        assertFalse(extract(dated).body().contains("Posted"), extract(dated).body());
        // A short paragraph that opens the story under the headline is text, not a label.
        String opening = html.replace("<p class=\"rubric\">Coast · Transport</p>", "")
                .replace("<p class=\"lede\">", "<p>Ferries will dock here soon.</p><p class=\"lede\">");
        assertTrue(extract(opening).body().startsWith("Ferries will dock here soon."), extract(opening).body());
    }
}
