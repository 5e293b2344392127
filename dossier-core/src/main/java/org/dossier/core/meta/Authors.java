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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The people who wrote a page's article. The byline the reader sees (a credit line under the
 * headline in the page's language, a byline element near it, a Korean or Chinese reporter credit,
 * a signature set right under the story) is weighed against the authors the metadata declares
 * (JSON-LD, meta tags): the declared people are taken unless the shown byline names them all and
 * more. Outlets, desks, agencies, the site's own name and one-word log-in names are dropped; a
 * one-word name counts only when the page shows it as a byline. Stateless and thread-safe.
 */
final class Authors {
    /** Meta tags that name authors, most trusted first. */
    static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "og:article:author",
            "sailthru.author", "parsely-author", "byl", "dc.creator", "dcterms.creator", "analytics:author",
            "cxenseparse:author", "citation_author", "article_author");
    /** Elements that hold a byline, by the names sites give them. */
    private static final String BYLINE_ELEMENTS = "[rel=author], [itemprop=author], "
            + "[class~=(?i)(byline|author|writer|autor|auteur|reporter|journalist|firma|creator|contributor)], "
            + "[id~=(?i)(byline|author)]";
    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)byline|author|writer|autor|auteur|reporter|journalist|firma|creator|contributor");
    private static final Pattern BYLINE_ID = Pattern.compile("(?i)byline|author");
    /** Korean and Chinese credits: "홍길동 기자", "[매체=홍길동 기자]", "(서울=매체) 홍길동 기자 =", "（记者 张三）". */
    private static final Pattern EAST_ASIAN_BYLINE = Pattern.compile(
            "^(?:[\\[(（【]\\s*[^\\]=)）】]{1,20}=\\s*|\\([^)=]{1,15}=[^)]{1,15}\\)\\s*)?([가-힣]{2,4})\\s*"
                    + "(?:객원기자|선임기자|기자|칼럼니스트|특파원|통신원|논설위원|평론가)(?![가-힣])"
                    + "|^(?:칼럼니스트|기자|특파원)\\s+([가-힣]{2,4})(?:\\s|$)"
                    + "|[（(【\\[]\\s*(?:记者|記者)\\s*([\\p{IsHan}]{2,4})(?![\\p{IsHan}])");
    private static final Pattern SEPARATED_MARKER = Pattern.compile(
            "(?:^|(?<=[|·•])\\s*|(?<=\\s)[-–—]\\s+|(?<=\\d)\\s+)(?=\\S)");
    /** A credit of names and outlet without a marker counts only this close under the headline. */
    private static final int OUTLET_CREDIT_LINES = 3;
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?:)?//");
    private static final Pattern FIRST_PART = Pattern.compile("[,|·•]");

    private Authors() {
    }

    /**
     * The authors of {@code page}, published by {@code publisher}; a credit that is the agency
     * {@code wire} is not a person.
     */
    static List<String> of(Page page, Optional<String> wire, Optional<String> publisher) {
        Optional<JsonNode> article = page.article();
        JsonLd ld = page.ld();
        Sites sites = publisher.map(page.sites()::with).orElse(page.sites());
        List<String> visible = visible(page, sites);
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
                for (String v : page.meta().all(k)) {
                    if (!LINK.matcher(v).lookingAt()) {
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
            // A one-word credit in the metadata ("Marisol") counts when the page shows it as a byline.
            String shown = String.join(" ", page.window().stream().map(PageLines.Line::text).toList());
            chosen = singles.stream().filter(s -> Pattern.compile(
                    "(?i)\\b(?:by|von|par|por|di|door|av)\\s+" + Pattern.quote(s) + "\\b").matcher(shown).find())
                    .limit(1).toList();
        }
        List<String> out = new ArrayList<>();
        for (String name : chosen) {
            String n = withoutSiteName(name, sites);
            boolean site = sites.named(n) || (!n.contains(" ") && sites.host().map(h -> h.contains(
                    n.toLowerCase(Locale.ROOT))).orElse(false));
            if (!site && Wires.of(n).isEmpty() && !out.contains(n)) {
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
            JsonLd.name(n).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The byline the reader sees: a credit line under the headline, a byline element, the names and
     * outlet just under the headline ("Jane Roe, Example Gazette"), a Korean or Chinese credit.
     */
    private static List<String> visible(Page page, Sites sites) {
        List<PageLines.Line> lines = page.lines();
        int at = page.at();
        for (PageLines.Line line : page.window()) {
            if (line.text().length() < 200) {
                List<String> names = bylineIn(line.text());
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        List<String> best = List.of();
        boolean agency = false;
        for (Element e : bylineElements(page)) {
            String text = Titles.clean(e.text());
            if (text.isEmpty() || text.length() > 150 || Page.aside(e)) {
                continue;
            }
            agency |= Wires.of(FIRST_PART.split(text, 2)[0]).isPresent();
            List<String> names = Bylines.names(text, e.attr("rel").equals("author"));
            if (names.size() > best.size()) {
                best = names;
            }
        }
        if (!best.isEmpty() && !(agency && best.size() == 1 && !best.get(0).contains(" "))) {
            return best;
        }
        List<PageLines.Line> window = page.window();
        for (int i = 0; i < Math.min(OUTLET_CREDIT_LINES, window.size()); i++) {
            List<String> names = Bylines.beforeOutlet(window.get(i).text(), sites::named);
            if (!names.isEmpty()) {
                return names;
            }
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
    private static List<Element> bylineElements(Page page) {
        List<PageLines.Line> lines = page.lines();
        int at = page.at();
        if (at < 0) {
            return page.doc().select(BYLINE_ELEMENTS);
        }
        Set<Element> found = new LinkedHashSet<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = Math.max(0, at - 3); i < lines.size() && i <= at + Page.WINDOW; i++) {
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

    /** Whether an element is named as a byline (rel or itemprop "author", a byline-like class or id). */
    private static boolean bylineElement(Element e) {
        return e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
                || BYLINE_CLASS.matcher(e.className()).find() || BYLINE_ID.matcher(e.id()).find();
    }
}
