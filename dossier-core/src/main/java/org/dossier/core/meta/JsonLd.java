package org.dossier.core.meta;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org JSON-LD blocks of a page: every object in them (through {@code @graph}, arrays and
 * {@code mainEntity}), references by {@code @id} resolved, and the one that describes the page's
 * article picked out. Pages' JSON-LD is often sloppy (trailing commas, raw line breaks in strings,
 * HTML entities, comments), so it is read leniently; a block that still cannot be read is skipped.
 * Immutable and thread-safe once read.
 */
final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_MISSING_VALUES)
            .build();
    /** Types that describe an article, best first. */
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "article",
            "blogposting", "liveblogposting", "socialmediaposting", "discussionforumposting", "techarticle",
            "scholarlyarticle", "report", "medicalscholarlyarticle", "creativework");
    /** Page types that stand in for the article when a page declares no article. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "medicalwebpage", "aboutpage",
            "collectionpage", "qapage", "faqpage");
    private static final Set<String> ORGANISATION_TYPES = Set.of("organization", "newsmediaorganization",
            "corporation", "localbusiness", "educationalorganization", "governmentorganization", "ngo",
            "newsorganization", "brand", "website");

    /** HTML comment or CDATA wrappers some pages put around their JSON-LD. */
    private static final Pattern WRAPPER = Pattern.compile(
            "^(?:<!--|//\\s*<!\\[CDATA\\[|/\\*\\s*<!\\[CDATA\\[\\s*\\*/)|(?:-->|//\\s*\\]\\]>|/\\*\\s*\\]\\]>\\s*\\*/)$");

    private final List<JsonNode> objects;
    private final Map<String, JsonNode> byId;

    private JsonLd(List<JsonNode> objects, Map<String, JsonNode> byId) {
        this.objects = List.copyOf(objects);
        this.byId = Map.copyOf(byId);
    }

    /** The JSON-LD of {@code doc}. */
    static JsonLd read(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = WRAPPER.matcher(script.data().strip()).replaceAll("").strip();
            try {
                collect(JSON.readTree(data), objects, byId, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still applies.
            }
        }
        return new JsonLd(objects, byId);
    }

    private static void collect(JsonNode node, List<JsonNode> out, Map<String, JsonNode> byId, int depth) {
        if (node == null || depth > 12) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, byId, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), out, byId, depth + 1);
        }
        if (node.has("@type")) {
            out.add(node);
        }
        String id = node.path("@id").asText("");
        if (!id.isEmpty() && node.size() > 1) {
            byId.putIfAbsent(id, node);
        }
        for (String key : List.of("mainEntity", "mainEntityOfPage", "author", "creator", "publisher", "isPartOf")) {
            JsonNode child = node.get(key);
            if (child != null && (child.isObject() || child.isArray())) {
                if (key.startsWith("main")) {
                    collect(child, out, byId, depth + 1);
                } else {
                    index(child, byId);
                }
            }
        }
    }

    private static void index(JsonNode node, Map<String, JsonNode> byId) {
        if (node.isArray()) {
            node.forEach(n -> index(n, byId));
        } else if (node.isObject() && node.has("@id") && node.size() > 1) {
            byId.putIfAbsent(node.get("@id").asText(), node);
        }
    }

    /**
     * The object describing the page's article: of the best article type, preferring one whose URL is
     * the page's and one with a headline and a date; a web page object when no article is declared.
     */
    Optional<JsonNode> article(Optional<String> pageUrl) {
        JsonNode best = null;
        int bestScore = Integer.MIN_VALUE;
        for (JsonNode n : objects) {
            int rank = rank(n);
            if (rank < 0) {
                continue;
            }
            int score = -rank * 2;
            if (n.hasNonNull("headline")) {
                score += 10;
            }
            if (n.hasNonNull("datePublished")) {
                score += 10;
            }
            if (n.hasNonNull("author")) {
                score += 5;
            }
            if (pageUrl.isPresent() && sameUrl(pageUrl.get(), n)) {
                score += 20;
            }
            if (score > bestScore) {
                bestScore = score;
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The organisation objects of the page (the publisher, when the article names none). */
    List<JsonNode> organisations() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : objects) {
            if (types(n).stream().anyMatch(t -> ORGANISATION_TYPES.contains(t) && !t.equals("website"))) {
                out.add(n);
            }
        }
        return out;
    }

    /** {@code node} itself, or the object its {@code @id} refers to when it is only a reference. */
    JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.has("@id") && !node.has("name")) {
            JsonNode target = byId.get(node.get("@id").asText());
            if (target != null) {
                return target;
            }
        }
        return node;
    }

    /** A text value of {@code node}, HTML entities decoded; empty when absent or blank. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (!v.isValueNode()) {
            return Optional.empty();
        }
        String s = Text.squash(Parser.unescapeEntities(v.asText(), false));
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The name a JSON-LD person or organisation object gives ("name", or given and family names). */
    static Optional<String> name(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Optional<String> name = text(node, "name");
        if (name.isEmpty() && (node.has("givenName") || node.has("familyName"))) {
            name = Optional.of((text(node, "givenName").orElse("") + " "
                    + text(node, "familyName").orElse("")).strip()).filter(s -> !s.isEmpty());
        }
        return name;
    }

    /** The lower-cased {@code @type} names of {@code node}. */
    static List<String> types(JsonNode node) {
        JsonNode t = node.path("@type");
        List<String> out = new ArrayList<>();
        if (t.isArray()) {
            t.forEach(x -> out.add(simple(x.asText())));
        } else if (t.isTextual()) {
            out.add(simple(t.asText()));
        }
        return out;
    }

    /** Whether {@code node} declares an organisation type. */
    static boolean organisation(JsonNode node) {
        return types(node).stream().anyMatch(ORGANISATION_TYPES::contains);
    }

    private static String simple(String type) {
        String s = type.toLowerCase(Locale.ROOT);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    private static int rank(JsonNode n) {
        int best = -1;
        for (String t : types(n)) {
            int i = ARTICLE_TYPES.indexOf(t);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            } else if (i < 0 && PAGE_TYPES.contains(t) && best < 0) {
                best = ARTICLE_TYPES.size() + 1;
            }
        }
        return best;
    }

    private static boolean sameUrl(String pageUrl, JsonNode n) {
        String page = bare(pageUrl);
        for (String field : List.of("url", "@id", "mainEntityOfPage")) {
            JsonNode v = n.get(field);
            if (v != null && v.isObject()) {
                v = v.get("@id");
            }
            if (v != null && v.isTextual() && !page.isEmpty() && bare(v.asText()).equals(page)) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String url) {
        return url.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").replaceFirst("[?#].*$", "")
                .replaceFirst("/+$", "");
    }
}
