package org.dossier.core.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about its article: the headline, the people who wrote it, the outlet,
 * the news agency credited, the publication date and the language. It reads the page's metadata
 * (schema.org JSON-LD with {@code @graph}, {@code @id} references and arrays; OpenGraph, Dublin Core,
 * Parse.ly, Sailthru and other meta tags; {@code itemprop} microdata), the page's own address, and
 * the lines a reader sees around the headline (the byline and the date under it, in the page's
 * language). Where metadata and the visible page disagree it follows the rules a careful reader
 * would: the headline shown rather than the SEO title, people rather than the outlet or a log-in
 * name, the publication date rather than the last change, a copyright year or the site's clock.
 * Stateless and thread-safe.
 */
public final class HtmlMetadata {
    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "sailthru.title",
            "parsely-title", "dc.title", "dcterms.title", "title", "headline");
    /** Meta tags that name the site. */
    static final List<String> SITE_KEYS = List.of("og:site_name", "application-name",
            "apple-mobile-web-app-title", "al:ios:app_name", "twitter:app:name:iphone");
    private static final Pattern HTTP = Pattern.compile("(?i)https?://");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    private static final Set<String> DAY_MONTH_ENGLISH = Set.of("uk", "ie", "au", "nz", "in", "za", "ng", "ke",
            "gh", "pk", "sg", "my", "lk", "bd", "ug", "tz", "zw", "jm", "tt", "mt", "cy", "hk");

    private HtmlMetadata() {
    }

    /**
     * The metadata of {@code doc}, the page as parsed (scripts still in it), fetched from {@code url}
     * when known.
     */
    public static PageMetadata read(Document doc, Optional<String> url) {
        MetaTags meta = MetaTags.read(doc);
        JsonLd ld = JsonLd.read(doc);
        Optional<String> canonical = canonical(doc, meta).or(() -> url);
        Optional<String> pageUrl = url.isPresent() ? url : canonical;
        Optional<JsonNode> article = ld.article(pageUrl);

        String languageTag = languageTag(doc, meta, article);
        Optional<String> language = Optional.of(languageTag).map(t -> t.split("-")[0]).filter(t -> t.length() == 2);
        String dateHint = dateHint(languageTag, pageUrl);

        List<String> siteNames = new ArrayList<>();
        article.map(a -> ld.resolve(a.get("publisher"))).flatMap(JsonLd::name).ifPresent(siteNames::add);
        for (String k : SITE_KEYS) {
            meta.all(k).forEach(siteNames::add);
        }
        List<String> titles = new ArrayList<>();
        article.flatMap(a -> JsonLd.text(a, "headline")).ifPresent(titles::add);
        for (String k : TITLE_KEYS) {
            meta.first(k).ifPresent(titles::add);
        }
        Optional.of(Titles.clean(doc.title())).filter(s -> !s.isEmpty()).ifPresent(titles::add);
        // Some pages put the headline in application-name or og:site_name; it is not the site's name then.
        siteNames.removeIf(n -> Text.words(n) >= 5 && titles.stream().anyMatch(t -> Titles.norm(t).equals(Titles.norm(n))));
        Sites sites = Sites.of(siteNames, pageUrl);
        Optional<Titles.Headline> headline = Titles.choose(doc, titles, sites);

        List<PageLines.Line> lines = doc.body() == null ? List.of() : PageLines.of(doc.body());
        int at = headline.map(h -> locate(lines, h)).orElse(-1);
        Page page = Page.of(doc, meta, ld, article, pageUrl, dateHint, sites, lines, at);

        Optional<String> wire = Wires.credited(page);
        Optional<String> publisher = Publishers.of(page, headline);
        List<String> authors = Authors.of(page, wire, publisher);
        Optional<String> published = PublishedDates.of(page);

        return new PageMetadata(headline.map(Titles.Headline::text), authors, publisher, wire, published, canonical,
                language);
    }

    // ---- where the headline is, and the lines under it

    private static int locate(List<PageLines.Line> lines, Titles.Headline h) {
        if (h.element().isPresent()) {
            Element e = h.element().get();
            for (int i = 0; i < lines.size(); i++) {
                Element b = lines.get(i).block();
                for (int up = 0; b != null && up < 6; up++, b = b.parent()) {
                    if (b == e) {
                        return i;
                    }
                }
            }
        }
        String want = Titles.norm(h.text());
        for (int i = 0; i < lines.size(); i++) {
            if (Titles.norm(lines.get(i).text()).equals(want)) {
                return i;
            }
        }
        return -1;
    }

    // ---- address and language

    private static Optional<String> canonical(Document doc, MetaTags meta) {
        return Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(l -> l.absUrl("href"))
                .filter(s -> !s.isBlank())
                .or(() -> meta.first("og:url").filter(s -> HTTP.matcher(s).lookingAt()));
    }

    private static String languageTag(Document doc, MetaTags meta, Optional<JsonNode> article) {
        Element html = doc.selectFirst("html");
        List<String> tags = new ArrayList<>();
        if (html != null) {
            tags.add(html.attr("lang"));
            tags.add(html.attr("xml:lang"));
        }
        tags.add(meta.first("content-language", "language", "dc.language").orElse(""));
        tags.add(meta.first("og:locale").orElse(""));
        article.flatMap(a -> JsonLd.text(a, "inLanguage")).ifPresent(tags::add);
        for (String t : tags) {
            String s = t.strip().replace('_', '-').toLowerCase(Locale.ROOT);
            if (LANGUAGE_TAG.matcher(s).matches()) {
                return s;
            }
        }
        return "";
    }

    /**
     * The language tag that orders ambiguous numeric dates: the page's, with a country from its
     * address when the page says only "en" ("en" on a ".co.uk" site writes day first).
     */
    private static String dateHint(String languageTag, Optional<String> url) {
        if (!languageTag.equals("en") && !languageTag.isEmpty()) {
            return languageTag;
        }
        Optional<String> tld = url.flatMap(Sites::host).map(h -> h.substring(h.lastIndexOf('.') + 1));
        if (tld.isPresent() && DAY_MONTH_ENGLISH.contains(tld.get())) {
            return "en-" + tld.get();
        }
        return languageTag.isEmpty() && tld.isPresent() && tld.get().length() == 2 && !tld.get().equals("us")
                ? "und-" + tld.get() : languageTag;
    }
}
