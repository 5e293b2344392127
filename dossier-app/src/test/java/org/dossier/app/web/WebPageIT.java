package org.dossier.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.store.db.Store;
import org.dossier.store.query.SourceInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in a real browser: the timeline, an entity's graph, the article reader, search, and hostile pages. */
class WebPageIT {
    @TempDir
    static Path tmp;

    private static Store store;
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(Fixture.fill(tmp.resolve("data")), Store.Mode.WRITE);
        server = WebServer.start(store, Fixture.config(1 << 20));
        browser = Browser.start(1280, 1000);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
            store.close();
        }
    }

    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private WebElement one(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    @Test
    void timelineFilteredByActorLeadsToTheEvidenceInTheArticle() {
        browser.open(server.url());
        assertEquals(3, all(".tl-row").size());
        assertEquals(3, all("svg.axis .dot").size());
        assertEquals(2, all(".tl-row.dim").size(), "the planned and the speculated entries are faded");

        new Select(one("#f-actor")).selectByValue(Fixture.SOL);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("actor="));
        browser.awaitView();
        assertEquals(2, all(".tl-row").size());

        one(".tl-row").click();
        WebElement detail = one("#tl-detail");
        assertTrue(detail.getText().contains("Mira Sol arrived in Lowfield on Monday for talks with Lowland."),
                detail.getText());
        assertEquals(2, detail.findElements(By.cssSelector(".source")).size(), "both reports of the visit");

        detail.findElement(By.cssSelector(".source a.article-link")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("#/article/"));
        browser.awaitView();
        // The evidence is cut where the entities inside it start and end; its pieces together are the sentence.
        String evidence = all("#article-body mark.evidence.focus").stream().map(m -> m.getDomProperty("textContent"))
                .collect(java.util.stream.Collectors.joining());
        assertEquals("Mira Sol arrived in Lowfield on Monday for talks with Lowland.", evidence);
        assertFalse(all("#article-body a.ent").isEmpty(), "entities are linked");
        assertFalse(all("#article-body .quote").isEmpty(), "the quote is highlighted");
        assertTrue(one("#raw-link").getAttribute("href").contains("/api/raw/"));
    }

    @Test
    void anEntityPageDrawsWhomTheyDealWith() {
        browser.open(server.url() + "#/entity/" + Fixture.SOL);
        assertEquals("Mira Sol", one("h1").getText());
        assertTrue(one("#titles").getText().contains("envoy"));
        List<WebElement> nodes = all("#entity-graph .node");
        assertTrue(nodes.size() >= 3, "the entity and at least two others: " + nodes.size());
        WebElement lowland = one("#entity-graph .node[data-id='" + Fixture.LOWLAND + "']");
        WebElement brandt = one("#entity-graph .node[data-id='" + Fixture.BRANDT + "']");
        List<WebElement> edges = all("#entity-graph line.edge:not(.co)");
        double widest = edges.stream().mapToDouble(e -> Double.parseDouble(e.getAttribute("stroke-width"))).max().orElse(0);
        double narrowest = edges.stream().mapToDouble(e -> Double.parseDouble(e.getAttribute("stroke-width"))).min().orElse(0);
        assertTrue(widest > narrowest, "two events with Lowland weigh more than one with Brandt");
        assertFalse(lowland.getText().isBlank());
        assertEquals(2, all(".tl-row").size(), "their events on the timeline");

        brandt.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("ivo-brandt"));
        browser.awaitView();
        assertEquals("Ivo Brandt", one("h1").getText());
        assertTrue(all(".hit").stream().anyMatch(h -> h.getText().contains("Mira Sol came with open hands")),
                "his quotes are listed");
    }

    @Test
    void theSearchBoxFindsQuotesArticlesAndEvents() {
        browser.open(server.url());
        WebElement box = one("#search-box");
        box.sendKeys("open hands");
        one("#search-form button").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("#/search"));
        browser.awaitView();
        List<WebElement> hits = all("#hits .hit");
        assertTrue(hits.size() >= 2, "hits: " + hits.size());
        assertTrue(all("#hits mark").stream().anyMatch(m -> m.getText().equalsIgnoreCase("open")));
        assertTrue(all("#hits .kind").stream().anyMatch(k -> k.getText().equalsIgnoreCase("quote")));
    }

    @Test
    void aHostilePageIsShownAsTextAndRunsNothing() throws Exception {
        String payload = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2;alert(2)\">";
        String html = "<html><head><title>Hostile " + esc(payload) + "</title>"
                + "<link rel=\"canonical\" href=\"javascript:window.__pwned=3\"></head><body><article>"
                + "<h1>Hostile headline " + esc(payload) + " javascript:alert(4)</h1>"
                + "<p>Harbour negotiators met again " + esc(payload) + " and talked about the dues for a long time, "
                + "officials said on Tuesday after the meeting.</p><script>window.__pwned=5</script>"
                + "<p>The talks continue <a href=\"javascript:window.__pwned=6\">next month</a> "
                + "<img src=x onerror=\"window.__pwned=7\"> in the larger town, the statement said.</p>"
                + "</article></body></html>";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                        + "api/ingest")).header("Authorization", "Bearer " + Fixture.TOKEN)
                .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString(html)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        long uploaded = Long.parseLong(r.body().replaceAll(".*\"article_id\":(\\d+).*", "$1"));
        long built = hostileRecord(payload);

        for (String view : List.of("#/article/" + uploaded, "#/article/" + built, "#/articles",
                "#/search?q=" + "Harbour", "#/search?q=hostile", "#/entity/person/x%22%3E%3Cimg%20src%3Dx",
                "#/timeline", "#/entities")) {
            browser.open(server.url() + view);
            assertNothingRan(view);
        }
        browser.open(server.url() + "#/article/" + built);
        assertTrue(one("#article-title").getText().contains("<script>window.__pwned=1</script>"),
                "the title shows its markup as text: " + one("#article-title").getText());
        assertTrue(one("#article-body").getText().contains("onerror="));
        browser.open(server.url() + "#/timeline");
        all(".tl-row").stream().filter(row -> row.getText().contains("<img")).findFirst().orElseThrow().click();
        assertNothingRan("timeline entry");
        browser.open(server.url() + "#/article/" + uploaded);
        assertTrue(one("#article-title").getText().contains("Hostile headline"), one("#article-title").getText());
        assertNothingRan("uploaded article");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void assertNothingRan(String where) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), where + ": an alert");
        assertEquals("undefined", browser.script("return typeof window.__pwned"), where + ": a payload ran");
        for (WebElement a : all("a[href]")) {
            String href = a.getAttribute("href");
            assertTrue(href.startsWith("http://") || href.startsWith("https://"), where + ": link " + href);
        }
        assertTrue(all("img").isEmpty() && all("main script").isEmpty(), where + ": markup from data was parsed");
        List<String> blocked = browser.console().stream().filter(m -> m.contains("Content Security Policy")).toList();
        assertTrue(blocked.isEmpty(), where + ": the page broke its own policy: " + blocked);
    }

    /** A record whose every field carries a payload, as a hostile or broken analysis might produce. */
    private static long hostileRecord(String payload) throws Exception {
        String body = "Envoy " + payload + " arrived. \"" + payload + "\", said " + payload + ".";
        SourceRef ref = new SourceRef(Optional.of("hostile.txt"), Source.sha256(body.getBytes(StandardCharsets.UTF_8)),
                SourceFormat.TEXT, Optional.of("javascript:window.__pwned=8"), Optional.empty(),
                java.util.OptionalLong.empty(), Optional.empty());
        Article a = Article.builder(ref).title(Optional.of("Hostile " + payload)).publisher(Optional.of(payload))
                .published(Optional.of("2018-05-01")).body(body).authors(List.of(payload)).build();
        String evil = "person/x\"><img src=x";
        Entity e = new Entity(evil, payload, EntityType.PERSON, List.of(payload), 1, List.of(payload), Optional.empty(),
                List.of(body.indexOf(payload)));
        Quote q = new Quote(payload, Optional.of(payload), Optional.of(evil), Optional.of(payload), true,
                body.indexOf("\"") + 1);
        Event ev = new Event("CONSULT", Optional.of(payload), EventStatus.REPORTED, Optional.of(payload),
                Optional.of(evil), Optional.empty(), Optional.of(payload), Optional.of("javascript:alert(9)"),
                Optional.empty(), Optional.of(payload), Optional.of("2018-05-01"), body, 0, 0.5);
        Source raw = Source.ofText(body, Optional.of("hostile.txt"), SourceFormat.TEXT);
        store.raw().put(raw.bytes());
        return store.put(SourceInfo.of(raw), new Record(a, List.of(e), List.of(q), List.of(ev)), "test").articleId();
    }
}
