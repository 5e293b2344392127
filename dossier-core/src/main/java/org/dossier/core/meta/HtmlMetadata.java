package org.dossier.core.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
    /** Keys of meta tags that hold the publication timestamp, most trusted first. */
    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:article:published_time",
            "article:published", "og:published_time", "datepublished", "published_time", "publishdate",
            "publish-date", "publish_date", "pubdate", "pub_date", "publication_date", "article.published",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "datecreated", "article_date_original", "originalpublicationdate", "displaydate",
            "date", "sn-post-date", "dcsext.articlefirstpublished", "pdate", "citation_publication_date",
            "citation_date", "published_time_telegram", "og:pubdate", "cxenseparse:recs:publishtime");
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:article:modified_time",
            "article:modified", "og:updated_time", "datemodified", "lastmod", "last-modified", "article.updated",
            "article_date_updated", "revision_date", "dcterms.modified");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "og:article:author",
            "sailthru.author", "parsely-author", "byl", "dc.creator", "dcterms.creator", "analytics:author",
            "cxenseparse:author", "citation_author", "article_author");
    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "sailthru.title",
            "parsely-title", "dc.title", "dcterms.title", "title", "headline");
    private static final List<String> SITE_KEYS = List.of("og:site_name", "application-name",
            "apple-mobile-web-app-title", "al:ios:app_name", "twitter:app:name:iphone");
    /** Elements that hold a byline, by the names sites give them. */
    private static final String BYLINE_ELEMENTS = "[rel=author], [itemprop=author], "
            + "[class~=(?i)(byline|author|writer|autor|auteur|reporter|journalist|firma|creator|contributor)], "
            + "[id~=(?i)(byline|author)]";
    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)byline|author|writer|autor|auteur|reporter|journalist|firma|creator|contributor");
    private static final Pattern BYLINE_ID = Pattern.compile("(?i)byline|author");
    private static final Pattern UPDATE_MARK = Pattern.compile(
            "(?i)\\b(?:updated?|last\\s+modified|modified|aktualisiert|geändert|mis\\s+à\\s+jour|modifié|actualizado"
                    + "|actualización|atualizado|atualização|aggiornato|aggiornamento|bijgewerkt|gewijzigd|обновлено"
                    + "|изменено|diperbarui|cập\\s+nhật)|수정|更新");
    /** Korean and Chinese credits: "홍길동 기자", "[매체=홍길동 기자]", "(서울=매체) 홍길동 기자 =", "（记者 张三）". */
    private static final Pattern EAST_ASIAN_BYLINE = Pattern.compile(
            "^(?:[\\[(（【]\\s*[^\\]=)）】]{1,20}=\\s*|\\([^)=]{1,15}=[^)]{1,15}\\)\\s*)?([가-힣]{2,4})\\s*"
                    + "(?:객원기자|선임기자|기자|칼럼니스트|특파원|통신원|논설위원|평론가)(?![가-힣])"
                    + "|^(?:칼럼니스트|기자|특파원)\\s+([가-힣]{2,4})(?:\\s|$)"
                    + "|[（(【\\[]\\s*(?:记者|記者)\\s*([\\p{IsHan}]{2,4})(?![\\p{IsHan}])");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)\\b(?:photo|foto|image|credit|getty|file)\\b|[\\p{Lu}]{3,}/\\s?\\p{Lu}");
    private static final Pattern SEPARATED_MARKER = Pattern.compile(
            "(?:^|(?<=[|·•])\\s*|(?<=\\s)[-–—]\\s+|(?<=\\d)\\s+)(?=\\S)");
    private static final Set<String> PLATFORMS = Set.of("blogger", "wordpress", "wordpress.com", "blogspot",
            "medium", "tumblr", "wix", "squarespace");
    private static final Set<String> DAY_MONTH_ENGLISH = Set.of("uk", "ie", "au", "nz", "in", "za", "ng", "ke",
            "gh", "pk", "sg", "my", "lk", "bd", "ug", "tz", "zw", "jm", "tt", "mt", "cy", "hk");
    private static final Pattern FRAME_CLASS = Pattern.compile(
            "(?i)(?:site|global|top)[-_]?(?:header|nav|bar)|masthead|navbar|topbar|clock");
    private static final Pattern ASIDE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:sidebar|related|comments?|recommended|more-stories|most-read|popular)(?:$|[\\s_-])");
    private static final Pattern PROSE_END = Pattern.compile("[.!?。！？」”\"»]\\s*$");
    private static final int WINDOW = 20;
    private static final int LONG_LINE = 250;

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
        Optional<String> language = Optional.of(languageTag).filter(t -> t.matches("[a-z]{2,3}(-.*)?"))
                .map(t -> t.split("-")[0]).filter(t -> t.length() == 2);
        String dateHint = dateHint(languageTag, pageUrl);

        List<String> siteNames = new ArrayList<>();
        article.map(a -> ld.resolve(a.get("publisher"))).flatMap(HtmlMetadata::name).ifPresent(siteNames::add);
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
        List<PageLines.Line> window = window(lines, at);

        Optional<String> wire = wire(ld, article, meta, window, lines, at);
        List<String> authors = authors(doc, ld, article, meta, lines, at, window, sites, wire);
        Optional<String> published = published(doc, ld, article, meta, lines, at, window, dateHint, pageUrl);
        Optional<String> publisher = publisher(ld, article, meta, sites, doc.title(), headline);

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

    /**
     * The lines after the headline that may hold its byline, date and credit: up to the second
     * paragraph of prose (the first may be the standfirst), leaving out side bars, navigation,
     * related-story lists and comments.
     */
    private static List<PageLines.Line> window(List<PageLines.Line> lines, int at) {
        List<PageLines.Line> out = new ArrayList<>();
        if (at < 0) {
            return out;
        }
        int prose = 0;
        for (int i = at + 1; i < lines.size() && i <= at + WINDOW && prose < 2; i++) {
            PageLines.Line line = lines.get(i);
            if (aside(line.block())) {
                continue;
            }
            out.add(line);
            String t = line.text();
            if (t.length() >= LONG_LINE || (t.length() >= 60 && PROSE_END.matcher(t).find()
                    && Text.words(t) >= 8)) {
                prose++;
            }
        }
        return out;
    }

    /** Whether a line above the headline is part of the site's frame (its header bar, navigation). */
    private static boolean chrome(Element block, Element headline) {
        if (aside(block)) {
            return true;
        }
        int up = 0;
        for (Element p = block; p != null && up < 10; p = p.parent(), up++) {
            String c = p.className() + " " + p.id();
            if ((p.normalName().equals("header") && !headline.parents().contains(p))
                    || FRAME_CLASS.matcher(c).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean aside(Element block) {
        int up = 0;
        for (Element p = block; p != null && up < 10; p = p.parent(), up++) {
            String tag = p.normalName();
            if (tag.equals("aside") || tag.equals("nav") || tag.equals("footer")) {
                return true;
            }
            // Class names count near the line only: far up they often name a layout ("with-sidebar").
            if (up < 4 && ASIDE_CLASS.matcher(p.className() + " " + p.id()).find()) {
                return true;
            }
        }
        return false;
    }

    // ---- authors

    private static List<String> authors(Document doc, JsonLd ld, Optional<JsonNode> article, MetaTags meta,
                                        List<PageLines.Line> lines, int at, List<PageLines.Line> window,
                                        Sites sites, Optional<String> wire) {
        List<String> visible = visibleAuthors(doc, lines, at, window);
        List<String> singles = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        article.ifPresent(a -> {
            for (String key : List.of("author", "creator")) {
                if (declared.isEmpty()) {
                    credits(ld, a.get(key)).forEach(c -> collect(c, declared, singles));
                }
            }
        });
        if (declared.isEmpty()) {
            for (String k : AUTHOR_KEYS) {
                for (String v : meta.all(k)) {
                    if (!v.matches("(?i)^(https?:)?//.*")) {
                        collect(v, declared, singles);
                    }
                }
                if (!declared.isEmpty()) {
                    break;
                }
            }
        }
        List<String> chosen;
        if (!visible.isEmpty() && !declared.isEmpty()) {
            chosen = declared.stream().allMatch(d -> visible.stream().anyMatch(v -> samePerson(v, d)))
                    ? visible : declared;
        } else if (!declared.isEmpty()) {
            chosen = declared;
        } else if (!visible.isEmpty()) {
            chosen = visible;
        } else {
            // A one-word credit in the metadata ("Regan") counts when the page shows it as a byline.
            String shown = String.join(" ", window.stream().map(PageLines.Line::text).toList());
            chosen = singles.stream().filter(s -> Pattern.compile("(?i)\\bby\\s+" + Pattern.quote(s) + "\\b")
                    .matcher(shown).find()).limit(1).toList();
        }
        List<String> out = new ArrayList<>();
        for (String name : chosen) {
            String n = withoutSiteName(name, sites);
            boolean site = sites.named(n) || (!n.contains(" ") && sites.host().map(h -> h.contains(
                    n.toLowerCase(Locale.ROOT))).orElse(false));
            if (!site && (wire.isEmpty() || Wires.of(n).isEmpty()) && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** "Jane Doe Example Gazette" (a byline run into the outlet's name) loses the outlet. */
    private static String withoutSiteName(String name, Sites sites) {
        for (String site : sites.names()) {
            if (name.length() > site.length() + 3 && name.endsWith(" " + site)) {
                return name.substring(0, name.length() - site.length()).strip();
            }
        }
        return name;
    }

    private static void collect(String credit, List<String> people, List<String> singles) {
        if (Wires.of(credit).isPresent()) {
            return;
        }
        List<String> names = Bylines.names(credit, false);
        if (names.isEmpty()) {
            Bylines.names(credit, true).forEach(singles::add);
        }
        for (String n : names) {
            if (!people.contains(n)) {
                people.add(n);
            }
        }
    }

    /** The names an author property lists: people's names, organisations left out. */
    private static List<String> credits(JsonLd ld, JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(credits(ld, n)));
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
            return out;
        }
        JsonNode n = ld.resolve(node);
        if (n != null && n.isObject() && !JsonLd.organisation(n)) {
            name(n).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> name(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Optional<String> name = JsonLd.text(node, "name");
        if (name.isEmpty() && (node.has("givenName") || node.has("familyName"))) {
            name = Optional.of((JsonLd.text(node, "givenName").orElse("") + " "
                    + JsonLd.text(node, "familyName").orElse("")).strip()).filter(s -> !s.isEmpty());
        }
        return name;
    }

    /** The byline the reader sees: a credit line under the headline, a byline element, a Korean or Chinese credit. */
    private static List<String> visibleAuthors(Document doc, List<PageLines.Line> lines, int at,
                                               List<PageLines.Line> window) {
        for (PageLines.Line line : window) {
            if (line.text().length() < 200) {
                List<String> names = bylineIn(line.text());
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        List<String> best = List.of();
        boolean agency = false;
        for (Element e : bylineElements(doc, lines, at)) {
            String text = Titles.clean(e.text());
            if (text.isEmpty() || text.length() > 150 || aside(e)) {
                continue;
            }
            agency |= Wires.of(text.split("[,|·•]")[0]).isPresent();
            List<String> names = Bylines.names(text, e.attr("rel").equals("author"));
            if (names.size() > best.size()) {
                best = names;
            }
        }
        if (!best.isEmpty() && !(agency && best.size() == 1 && !best.get(0).contains(" "))) {
            return best;
        }
        // Credits under the story: "홍길동 기자", "(记者 张三)", or a name set right, as many papers sign.
        for (int i = Math.max(0, at + 1); i < lines.size(); i++) {
            String full = lines.get(i).text();
            String t = Text.withoutEmail(full.length() > 80 ? full.substring(0, 80) : full).strip();
            Matcher m = EAST_ASIAN_BYLINE.matcher(t);
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                return List.of(name);
            }
            if (at >= 0 && t.length() <= 40 && alignedRight(lines.get(i).block())) {
                List<String> names = Bylines.names(t, false);
                if (!names.isEmpty() && Text.words(String.join(" ", names)) == Text.words(t)) {
                    return names; // the line is the names and nothing else
                }
            }
        }
        return List.of();
    }

    /** The names of a byline marker at the start of a line or after a separator ("May 5, 2019 | by Jane Doe"). */
    private static List<String> bylineIn(String line) {
        Matcher sep = SEPARATED_MARKER.matcher(line);
        while (sep.find()) {
            String rest = line.substring(sep.end());
            Matcher marker = Bylines.MARKER.matcher(rest);
            if (marker.lookingAt()) {
                String after = rest.substring(marker.end());
                List<String> names = Bylines.names(after, line.length() <= 60);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    private static boolean alignedRight(Element block) {
        int up = 0;
        for (Element p = block; p != null && up < 3; p = p.parent(), up++) {
            if (p.attr("align").equalsIgnoreCase("right")
                    || p.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:right")) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePerson(String a, String b) {
        String x = Titles.norm(a);
        String y = Titles.norm(b);
        if (x.equals(y)) {
            return true;
        }
        String[] xs = x.split(" ");
        String[] ys = y.split(" ");
        return xs[xs.length - 1].equals(ys[ys.length - 1]) && xs[0].charAt(0) == ys[0].charAt(0);
    }

    /**
     * Elements whose names mark a byline (rel/itemprop "author", classes like "byline", "author",
     * "autor", "firma"), near the headline: in, around or under the lines from just above it to the
     * end of the byline window; anywhere on the page when the headline was not found.
     */
    private static List<Element> bylineElements(Document doc, List<PageLines.Line> lines, int at) {
        if (at < 0) {
            return doc.select(BYLINE_ELEMENTS);
        }
        Set<Element> found = new LinkedHashSet<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = Math.max(0, at - 3); i < lines.size() && i <= at + WINDOW; i++) {
            Element block = lines.get(i).block();
            if (!seen.add(block)) {
                continue;
            }
            List<Element> up = new ArrayList<>();
            Element p = block;
            for (int k = 0; p != null && k < 3; k++, p = p.parent()) {
                up.add(0, p);
            }
            for (Element e : up) {
                if (bylineElement(e)) {
                    found.add(e);
                }
            }
            Deque<Element> stack = new ArrayDeque<>(block.children());
            for (int budget = 300; !stack.isEmpty() && budget > 0; budget--) {
                Element e = stack.pollFirst();
                if (bylineElement(e)) {
                    found.add(e);
                }
                List<Element> kids = e.children();
                for (int k = kids.size() - 1; k >= 0; k--) {
                    stack.addFirst(kids.get(k));
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean bylineElement(Element e) {
        return e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
                || BYLINE_CLASS.matcher(e.className()).find() || BYLINE_ID.matcher(e.id()).find();
    }

    // ---- the news agency

    private static Optional<String> wire(JsonLd ld, Optional<JsonNode> article, MetaTags meta,
                                         List<PageLines.Line> window, List<PageLines.Line> lines, int at) {
        if (article.isPresent()) {
            for (String key : List.of("author", "creator")) {
                JsonNode a = article.get().get(key);
                List<JsonNode> nodes = new ArrayList<>();
                if (a != null && a.isArray()) {
                    a.forEach(nodes::add);
                } else if (a != null) {
                    nodes.add(a);
                }
                for (JsonNode n : nodes) {
                    JsonNode r = ld.resolve(n);
                    Optional<String> credit = r.isTextual() ? Optional.of(r.asText()) : name(r);
                    Optional<String> agency = credit.flatMap(c -> Wires.of(c).or(() -> Wires.find(c)));
                    if (agency.isPresent()) {
                        return agency;
                    }
                }
            }
        }
        for (String k : AUTHOR_KEYS) {
            for (String v : meta.all(k)) {
                Optional<String> agency = Wires.of(v);
                if (agency.isPresent()) {
                    return agency;
                }
            }
        }
        for (PageLines.Line line : window) {
            Optional<String> agency = Wires.find(line.text());
            if (agency.isPresent()) {
                return agency;
            }
        }
        // An agency's copyright under the story ("© 2019 The Associated Press").
        for (int i = Math.max(0, at + 1); i < lines.size() && i <= at + 400; i++) {
            String t = lines.get(i).text();
            if (t.length() < 200 && (t.contains("©") || t.toLowerCase(Locale.ROOT).contains("copyright"))) {
                Optional<String> agency = Wires.find(t);
                if (agency.isPresent()) {
                    return agency;
                }
            }
        }
        return Optional.empty();
    }

    // ---- the publication date

    private static Optional<String> published(Document doc, JsonLd ld, Optional<JsonNode> article, MetaTags meta,
                                              List<PageLines.Line> lines, int at, List<PageLines.Line> window,
                                              String hint, Optional<String> url) {
        List<Dates.Stamp> declared = new ArrayList<>();
        article.ifPresent(a -> {
            for (String key : List.of("datePublished", "dateCreated")) {
                JsonLd.text(a, key).flatMap(v -> Dates.stamp(v, hint)).ifPresent(declared::add);
            }
        });
        for (String k : PUBLISHED_KEYS) {
            for (String v : meta.all(k)) {
                Dates.stamp(v, hint).ifPresent(declared::add);
            }
        }
        for (Map.Entry<String, List<String>> e : meta.asMap().entrySet()) {
            String k = e.getKey();
            if ((k.contains("publish") || k.contains("pubdate") || k.contains("firstpub"))
                    && !k.matches(".*(modif|updat|expir|revis|last|version).*") && !PUBLISHED_KEYS.contains(k)) {
                e.getValue().forEach(v -> Dates.stamp(v, hint).ifPresent(declared::add));
            }
        }
        for (Element e : doc.select("[itemprop*=datePublished]:not(meta)")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Dates.stamp(v, hint).ifPresent(declared::add);
        }
        Optional<Dates.Stamp> modified = Optional.empty();
        if (article.isPresent()) {
            modified = JsonLd.text(article.get(), "dateModified").flatMap(v -> Dates.stamp(v, hint));
        }
        for (String k : MODIFIED_KEYS) {
            if (modified.isEmpty()) {
                modified = meta.first(k).flatMap(v -> Dates.stamp(v, hint));
            }
        }
        List<PublishedDates.Shown> shown = new ArrayList<>();
        for (PageLines.Line line : window) {
            String t = line.text();
            if (!dateLine(line)) {
                continue;
            }
            Matcher update = UPDATE_MARK.matcher(t);
            String head = update.find() ? t.substring(0, update.start()) : t;
            Optional<Dates.Stamp> s = Dates.find(head, hint);
            if (s.isPresent()) {
                shown.add(new PublishedDates.Shown(s.get(), false));
            } else if (!head.equals(t)) {
                Dates.find(t.substring(head.length()), hint).ifPresent(x -> shown.add(new PublishedDates.Shown(x, true)));
            } else if (line.block().normalName().equals("time") && line.block().hasAttr("datetime")) {
                Dates.stamp(line.block().attr("datetime"), hint).ifPresent(x -> shown.add(new PublishedDates.Shown(x,
                        false)));
            }
        }
        Optional<Dates.Stamp> above = Optional.empty();
        for (int i = at - 1; i >= 0 && i >= at - 4 && above.isEmpty(); i--) {
            String t = lines.get(i).text();
            if (t.length() < 120 && !UPDATE_MARK.matcher(t).find() && !chrome(lines.get(i).block(), lines.get(at).block())) {
                above = Dates.find(t, hint);
            }
        }
        return PublishedDates.choose(declared.stream().filter(HtmlMetadata::plausible).toList(),
                modified.filter(HtmlMetadata::plausible),
                shown.stream().filter(s -> plausible(s.stamp())).toList(), above.filter(HtmlMetadata::plausible), url);
    }

    /**
     * Whether a line under the headline may show the story's date: a short line (a byline, a date
     * line), not a photo caption, which dates the picture.
     */
    private static boolean dateLine(PageLines.Line line) {
        String t = line.text();
        if (t.length() > 120 || PHOTO_CREDIT.matcher(t).find()) {
            return false;
        }
        int up = 0;
        for (Element p = line.block(); p != null && up < 4; p = p.parent(), up++) {
            if (p.normalName().equals("figure") || p.normalName().equals("figcaption")) {
                return false;
            }
        }
        return true;
    }

    /** Placeholder timestamps ("0001-01-01", the epoch) are not dates. */
    private static boolean plausible(Dates.Stamp s) {
        return s.date().getYear() > 1970;
    }

    // ---- the outlet

    private static Optional<String> publisher(JsonLd ld, Optional<JsonNode> article, MetaTags meta, Sites sites,
                                              String titleTag, Optional<Titles.Headline> headline) {
        List<String> candidates = new ArrayList<>();
        article.map(a -> ld.resolve(a.get("publisher"))).flatMap(HtmlMetadata::name).ifPresent(candidates::add);
        for (String k : SITE_KEYS) {
            candidates.addAll(meta.all(k));
        }
        ld.organisations().forEach(o -> name(o).ifPresent(candidates::add));
        headline.flatMap(h -> titleSuffix(titleTag, h.text())).ifPresent(candidates::add);
        Optional<String> agencyName = Optional.empty();
        for (String c : candidates) {
            Optional<String> p = cleanPublisher(c);
            if (p.isEmpty()) {
                continue;
            }
            boolean agency = Wires.of(p.get()).isPresent();
            boolean own = sites.host().flatMap(Sites::label).map(l -> Titles.norm(p.get()).replace(" ", "")
                    .contains(l.replace("-", ""))).orElse(false);
            if (agency && !own) {
                agencyName = agencyName.or(() -> p);
                continue;
            }
            return p;
        }
        return agencyName.or(sites::host);
    }

    private static Optional<String> cleanPublisher(String raw) {
        String s = Titles.clean(raw);
        if (s.matches("(?i)^(https?://|www\\.).*")) {
            return Sites.host(s.startsWith("http") ? s : "http://" + s);
        }
        s = s.replaceFirst("^@", "");
        String[] parts = s.split("\\s+[|｜·•–—-]\\s+");
        s = parts[0].strip();
        if (s.isEmpty() || PLATFORMS.contains(s.toLowerCase(Locale.ROOT)) || s.length() > 60 || Text.words(s) > 6) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The site's name a title tag gives after the headline ("Headline - The Daily Example"). */
    private static Optional<String> titleSuffix(String titleTag, String headline) {
        String t = Titles.clean(titleTag);
        if (!t.startsWith(headline) || t.length() <= headline.length()) {
            return Optional.empty();
        }
        String rest = t.substring(headline.length()).replaceFirst("^\\s*[|｜»·•~:：\\-–—]+\\s*", "");
        String[] parts = rest.split("\\s+[|｜»·•~\\-–—]\\s+");
        String last = parts[parts.length - 1].strip();
        return last.isEmpty() || Text.words(last) > 6 ? Optional.empty() : Optional.of(last);
    }

    // ---- address and language

    private static Optional<String> canonical(Document doc, MetaTags meta) {
        return Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(l -> l.absUrl("href"))
                .filter(s -> !s.isBlank())
                .or(() -> meta.first("og:url").filter(s -> s.matches("(?i)^https?://.*")));
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
            if (s.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
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
