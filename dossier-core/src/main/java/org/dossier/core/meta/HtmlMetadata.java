package org.dossier.core.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the metadata a page offers about its article: JSON-LD ({@code NewsArticle} and kin),
 * OpenGraph and other meta tags, {@code <time>}, the canonical link and the page's language.
 * Stateless and thread-safe.
 */
public final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadata() {
    }

    /** The metadata of {@code doc}, fetched from {@code url} when known. */
    public static PageMetadata read(Document doc, Optional<String> url) {
        Optional<JsonNode> ld = articleJsonLd(doc);
        Optional<String> title = ld.map(n -> n.path("headline").asText(null)).filter(s -> !s.isBlank())
                .or(() -> meta(doc, "og:title"))
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).filter(s -> !s.isBlank()))
                .or(() -> Optional.of(doc.title()).filter(s -> !s.isBlank()));
        List<String> authors = new ArrayList<>();
        ld.ifPresent(n -> collectNames(n.path("author"), authors));
        if (authors.isEmpty()) {
            meta(doc, "author").ifPresent(a -> authors.addAll(Bylines.names(a)));
        }
        Optional<String> publisher = ld.map(n -> n.path("publisher").path("name").asText(null))
                .filter(s -> s != null && !s.isBlank())
                .or(() -> meta(doc, "og:site_name"));
        Optional<String> published = ld.map(n -> n.path("datePublished").asText(null)).filter(s -> s != null)
                .flatMap(Dates::parseIso)
                .or(() -> meta(doc, "article:published_time").flatMap(Dates::parseIso))
                .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]"))
                        .flatMap(t -> Dates.parseIso(t.attr("datetime"))));
        Optional<String> canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical]"))
                .map(l -> l.absUrl("href")).filter(s -> !s.isBlank())
                .or(() -> meta(doc, "og:url"))
                .or(() -> url);
        Optional<String> lang = Optional.ofNullable(doc.selectFirst("html")).map(h -> h.attr("lang"))
                .filter(s -> s.length() >= 2).map(s -> s.substring(0, 2).toLowerCase(Locale.ROOT));
        return new PageMetadata(title.map(String::strip), authors, publisher, Optional.empty(), published, canonical,
                lang);
    }

    private static Optional<String> meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? Optional.empty() : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<JsonNode> articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticle(JSON.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; the other sources of metadata still apply.
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> f = findArticle(n);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
        if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) {
            return Optional.of(node);
        }
        return Optional.empty();
    }

    private static void collectNames(JsonNode author, List<String> out) {
        if (author.isArray()) {
            author.forEach(a -> collectNames(a, out));
        } else if (author.isObject()) {
            String name = author.path("name").asText("");
            if (!name.isBlank() && !"Organization".equals(author.path("@type").asText())) {
                out.add(name.strip());
            }
        } else if (author.isTextual() && !author.asText().isBlank()) {
            out.addAll(Bylines.names(author.asText()));
        }
    }
}
