package org.dossier.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;

/**
 * News-like pages for the end-to-end benchmark, as many as asked for, made by recombining the
 * paragraphs of the project's own sample articles ({@code samples/}, written for the project): each
 * page takes a run of paragraphs from articles in one language, a headline, an invented outlet,
 * author and date, and is dressed as an HTML page (three layouts, with and without JSON-LD and
 * OpenGraph) or as a plain-text capture (two layouts, with menus, share lines and teasers around the
 * article). The chrome is written here in English for every language, which is what many sites do.
 *
 * <p>The same seed gives the same pages, byte for byte, so two runs measure the same work. Immutable;
 * thread-safe.
 */
final class PageGenerator {
    /** One generated page: a file name, its bytes and what they are. */
    record Page(String name, byte[] bytes, SourceFormat format) {
        /** The page as the extractor's input. */
        Source source() {
            return Source.of(bytes, Optional.of(name), format, Optional.empty());
        }
    }

    /** An invented outlet: its name and web host (the reserved {@code .example} domain). */
    private record Outlet(String name, String host) {
    }

    private static final List<Outlet> OUTLETS = List.of(
            new Outlet("The Lantern Gazette", "lanterngazette.example"),
            new Outlet("Northfield Dispatch", "northfielddispatch.example"),
            new Outlet("Saltmarsh Herald", "saltmarshherald.example"),
            new Outlet("Crossbridge Journal", "crossbridge.example"),
            new Outlet("The Meridian Review", "meridianreview.example"),
            new Outlet("Tidewater Standard", "tidewaterstandard.example"),
            new Outlet("Granite Coast News", "granitecoast.example"),
            new Outlet("Ostwind Rundschau", "ostwind-rundschau.example"),
            new Outlet("Le Phare du Matin", "pharedumatin.example"));
    private static final List<String> GIVEN = List.of("Amara", "Tobias", "Leilani", "Henrik", "Priya",
            "Mateo", "Ingrid", "Kwame", "Sofia", "Dmitri", "Noor", "Elias", "Yuki", "Camille", "Rafael", "Hana");
    private static final List<String> FAMILY = List.of("Okonkwo", "Lindqvist", "Varga", "Castellano",
            "Thorne", "Abernathy", "Nakashima", "Duarte", "Whitlock", "Brennan", "Sørensen", "Moreau",
            "Haddad", "Petrov", "Quist", "Ferreira");
    private static final List<String> SECTIONS = List.of("World", "Asia", "Politics", "Diplomacy", "Security");
    private static final List<String> TEASERS = List.of(
            "Ministers meet again as talks resume after a long pause",
            "What the latest satellite images do and do not show",
            "Markets steady as regional tensions ease for now",
            "Opinion: a summit is a start, not a settlement",
            "Explainer: how sanctions on shipping are enforced",
            "Border towns prepare for a season of visitors",
            "Analysts split over what the new statement means",
            "Photo gallery: a week of diplomacy in pictures");
    private static final List<String> CAPTIONS = List.of(
            "Delegations take their seats at the start of the talks.",
            "A motorcade passes through the city centre on the first day of the visit.",
            "Officials shake hands in front of their national flags.",
            "Reporters wait outside the venue ahead of the meeting.",
            "The two leaders walk together in the gardens of the guest house.");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    private static final int DAYS = 730;
    /** Shorter than this, a line is a heading, a credit or a menu rather than a paragraph. */
    private static final int MIN_PROSE_CHARS = 60;

    /** Paragraphs and headlines of the source articles, by language, in reading order. */
    private final Map<String, Pool> pools;
    private final long seed;

    private record Pool(List<String> paragraphs, List<String> titles) {
    }

    /**
     * A generator over the paragraphs of {@code articles}, grouped by language so that every page is
     * in one language.
     *
     * @throws IllegalArgumentException when the articles give no paragraphs
     */
    PageGenerator(List<Article> articles, long seed) {
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        Map<String, List<String>> titles = new LinkedHashMap<>();
        for (Article a : articles) {
            String lang = a.language().orElse("und");
            List<String> prose = a.paragraphs().stream().filter(PageGenerator::isProse).toList();
            paragraphs.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(prose);
            a.title().ifPresent(t -> titles.computeIfAbsent(lang, k -> new ArrayList<>()).add(t));
        }
        Map<String, Pool> pools = new LinkedHashMap<>();
        paragraphs.forEach((lang, ps) -> {
            if (!ps.isEmpty()) {
                pools.put(lang, new Pool(List.copyOf(ps), List.copyOf(titles.getOrDefault(lang, List.of()))));
            }
        });
        if (pools.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs to build pages from");
        }
        this.pools = Map.copyOf(pools);
        this.seed = seed;
    }

    /**
     * Whether a paragraph reads as running text: long enough and ending a sentence. Keeps a
     * standfirst, a section menu or a credit that an extracted body may still hold out of the pool,
     * where recombined it would no longer look like news.
     */
    static boolean isProse(String paragraph) {
        String p = paragraph.strip();
        return p.length() >= MIN_PROSE_CHARS && ".!?\"”»'’)".indexOf(p.charAt(p.length() - 1)) >= 0;
    }

    /**
     * A generator over the articles of the sample pages in {@code dir} (every page the extractor
     * reads there, WARC records included).
     *
     * @throws ExtractionException when a sample page cannot be extracted
     */
    static PageGenerator fromSamples(Path dir, long seed) throws ExtractionException {
        Extractor extractor = Extractor.withDefaults();
        List<Article> articles = new ArrayList<>();
        for (Source s : Inputs.read(List.of(Inputs.require(dir, Inputs.SAMPLES)))) {
            articles.add(extractor.extract(s));
        }
        return new PageGenerator(articles, seed);
    }

    /** {@code count} pages, alternately HTML and text, the same for the same seed. */
    List<Page> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        // Languages weighted by how much text they have, so the mix follows the samples.
        List<String> languages = new ArrayList<>();
        pools.forEach((lang, pool) -> pool.paragraphs().forEach(p -> languages.add(lang)));
        languages.sort(null);
        List<Page> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String lang = languages.get(random.nextInt(languages.size()));
            Story story = story(pools.get(lang), lang, random);
            boolean html = i % 2 == 0;
            String name = String.format(Locale.ROOT, "page-%05d.%s", i, html ? "html" : "txt");
            String text = html ? html(story, i, random) : capture(story, random);
            pages.add(new Page(name, text.getBytes(StandardCharsets.UTF_8), html ? SourceFormat.HTML : SourceFormat.TEXT));
        }
        return List.copyOf(pages);
    }

    /** The content of one page, before it is dressed. */
    private record Story(String lang, String title, String author, Outlet outlet, LocalDate date,
            String section, List<String> paragraphs, Optional<String> caption, List<String> teasers) {
    }

    private static Story story(Pool pool, String lang, SplittableRandom random) {
        List<String> all = pool.paragraphs();
        // A run of consecutive paragraphs reads like one story; a second run from elsewhere varies it.
        int length = Math.min(all.size(), 3 + random.nextInt(6));
        int start = random.nextInt(all.size());
        List<String> paragraphs = new ArrayList<>();
        for (int k = 0; k < length; k++) {
            paragraphs.add(all.get((start + k) % all.size()));
        }
        int extra = Math.min(all.size() - length, random.nextInt(4));
        int from = random.nextInt(all.size());
        for (int k = 0; k < extra; k++) {
            String p = all.get((from + k) % all.size());
            if (!paragraphs.contains(p)) {
                paragraphs.add(1 + random.nextInt(paragraphs.size()), p);
            }
        }
        String title = !pool.titles().isEmpty() && random.nextBoolean()
                ? pool.titles().get(random.nextInt(pool.titles().size()))
                : headline(paragraphs.get(0));
        String author = pick(GIVEN, random) + " " + pick(FAMILY, random);
        Optional<String> caption = lang.equals("en") && random.nextInt(5) < 2
                ? Optional.of(pick(CAPTIONS, random)) : Optional.empty();
        List<String> teasers = new ArrayList<>(TEASERS);
        for (int k = 0; k < 3; k++) {
            // a partial Fisher-Yates shuffle: three different teasers
            int j = k + random.nextInt(teasers.size() - k);
            teasers.set(j, teasers.set(k, teasers.get(j)));
        }
        return new Story(lang, title, author, pick(OUTLETS, random), FIRST_DAY.plusDays(random.nextInt(DAYS)),
                pick(SECTIONS, random), List.copyOf(paragraphs), caption, List.copyOf(teasers.subList(0, 3)));
    }

    /** A headline from a lead paragraph: its first words, up to a clause break. */
    private static String headline(String lead) {
        String[] words = lead.split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < Math.min(words.length, 10); k++) {
            if (k > 0) {
                b.append(' ');
            }
            b.append(words[k]);
            if (k >= 4 && words[k].matches(".*[,;:.]$")) {
                break;
            }
        }
        return b.toString().replaceAll("[,;:.]+$", "");
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String html(Story s, int number, SplittableRandom random) {
        String slug = s.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        String url = String.format(Locale.ROOT, "https://%s/%s/%s/%s-%d", s.outlet().host(),
                s.section().toLowerCase(Locale.ROOT), s.date().toString().replace('-', '/'), slug, number);
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(s.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<title>").append(esc(s.title())).append(" | ").append(esc(s.outlet().name())).append("</title>\n");
        int layout = random.nextInt(3);
        if (layout != 2) {
            b.append("<meta property=\"og:title\" content=\"").append(esc(s.title())).append("\">\n");
            b.append("<meta property=\"og:site_name\" content=\"").append(esc(s.outlet().name())).append("\">\n");
            b.append("<meta property=\"og:url\" content=\"").append(url).append("\">\n");
            b.append("<meta property=\"article:published_time\" content=\"").append(s.date()).append("T08:30:00Z\">\n");
        }
        if (layout == 0) {
            b.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                    .append("\"headline\":\"").append(json(s.title())).append("\",\"datePublished\":\"").append(s.date())
                    .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(json(s.author()))
                    .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(json(s.outlet().name()))
                    .append("\"}}</script>\n");
        }
        if (layout == 2) {
            b.append("<meta name=\"author\" content=\"").append(esc(s.author())).append("\">\n");
        }
        b.append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n");
        b.append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"masthead\">\n")
                .append("<div class=\"logo\"><a href=\"/\">").append(esc(s.outlet().name())).append("</a></div>\n<nav><ul>");
        for (String section : SECTIONS) {
            b.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section).append("</a></li>");
        }
        b.append("</ul></nav>\n<form class=\"search\"><input name=\"q\" placeholder=\"Search\"></form>\n</header>\n");
        switch (layout) {
            case 0 -> {
                b.append("<main id=\"main\"><article>\n<p class=\"kicker\">").append(s.section()).append("</p>\n");
                b.append("<h1>").append(esc(s.title())).append("</h1>\n");
                b.append("<p class=\"byline\">By <a rel=\"author\" href=\"/staff\">").append(esc(s.author()))
                        .append("</a> · <time datetime=\"").append(s.date()).append("\">")
                        .append(LONG_DATE.format(s.date())).append("</time></p>\n");
                figure(b, s);
                b.append("<div class=\"article-body\">\n");
                s.paragraphs().forEach(p -> b.append("<p>").append(esc(p)).append("</p>\n"));
                b.append("</div>\n<ul class=\"share\"><li><a href=\"#\">Share</a></li><li><a href=\"#\">Post</a></li>")
                        .append("<li><a href=\"#\">Email</a></li></ul>\n</article></main>\n");
            }
            case 1 -> {
                b.append("<div id=\"wrapper\"><div class=\"col-main\"><div class=\"story\">\n");
                b.append("<h2 class=\"story-title\">").append(esc(s.title())).append("</h2>\n");
                b.append("<div class=\"meta\"><span class=\"author\">").append(esc(s.author())).append("</span> ")
                        .append("<span class=\"date\">").append(s.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .append("</span></div>\n");
                figure(b, s);
                b.append("<div class=\"story-text\">\n");
                s.paragraphs().forEach(p -> b.append("<div class=\"para\">").append(esc(p)).append("</div>\n"));
                b.append("</div></div></div>\n<div class=\"col-side\"><h3>Most read</h3><ol>");
                s.teasers().forEach(t -> b.append("<li><a href=\"/story\">").append(esc(t)).append("</a></li>"));
                b.append("</ol></div></div>\n");
            }
            default -> {
                b.append("<div class=\"content\">\n<h1>").append(esc(s.title())).append("</h1>\n");
                b.append("<p><em>").append(esc(s.author())).append(", ").append(LONG_DATE.format(s.date()))
                        .append("</em></p>\n");
                for (int k = 0; k < s.paragraphs().size(); k++) {
                    b.append("<p>").append(esc(s.paragraphs().get(k))).append("</p>\n");
                    if (k == 1) {
                        figure(b, s);
                    }
                }
                b.append("</div>\n");
            }
        }
        b.append("<section class=\"related\"><h3>Related stories</h3><ul>");
        s.teasers().forEach(t -> b.append("<li><a href=\"/story\">").append(esc(t)).append("</a></li>"));
        b.append("</ul></section>\n<footer><p>© ").append(s.date().getYear()).append(' ')
                .append(esc(s.outlet().name())).append(". All rights reserved.</p>")
                .append("<p><a href=\"/about\">About us</a> · <a href=\"/privacy\">Privacy</a> · ")
                .append("<a href=\"/contact\">Contact</a></p></footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void figure(StringBuilder b, Story s) {
        s.caption().ifPresent(c -> b.append("<figure><img src=\"/img/photo.jpg\" alt=\"\"><figcaption>")
                .append(esc(c)).append("</figcaption></figure>\n"));
    }

    private static String capture(Story s, SplittableRandom random) {
        StringBuilder b = new StringBuilder(6144);
        b.append(s.outlet().name()).append('\n');
        b.append(String.join("    ", SECTIONS)).append('\n');
        b.append("Log in    Newsletter").append("\n\n");
        b.append(s.section().toUpperCase(Locale.ROOT)).append("\n\n");
        b.append(s.title()).append("\n\n");
        if (random.nextBoolean()) {
            b.append("By ").append(s.author()).append('\n').append(LONG_DATE.format(s.date())).append("\n\n");
            b.append("Share    Post    Email    Print").append("\n\n");
        } else {
            b.append("Share    Post    Email").append("\n\n");
            b.append(s.author()).append(" | ").append(s.date()).append("\n\n");
        }
        for (int k = 0; k < s.paragraphs().size(); k++) {
            b.append(s.paragraphs().get(k)).append("\n\n");
            if (k == 1 && s.caption().isPresent()) {
                b.append(s.caption().get()).append('\n').append("Photo: ").append(s.outlet().name()).append("\n\n");
            }
        }
        b.append("Related stories").append('\n');
        s.teasers().forEach(t -> b.append(t).append('\n'));
        b.append('\n').append("© ").append(s.date().getYear()).append(' ').append(s.outlet().name())
                .append(". All rights reserved.").append('\n').append("About us    Privacy    Contact").append('\n');
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
