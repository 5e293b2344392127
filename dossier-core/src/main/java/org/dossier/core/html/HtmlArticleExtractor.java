package org.dossier.core.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.meta.HtmlMetadata;
import org.dossier.core.meta.PageMetadata;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text and metadata of an HTML page. Pure: a string in, an article out (language not yet
 * set). Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {
    private HtmlArticleExtractor() {
    }

    /**
     * Extracts the article of {@code html}.
     *
     * @param html   the decoded page
     * @param source where it came from (its URL, when known, resolves relative links)
     * @param config limits
     */
    public static Article extract(String html, SourceRef source, ExtractorConfig config) {
        Document doc = Jsoup.parse(html, source.url().orElse(""));
        PageMetadata meta = HtmlMetadata.read(doc, source.url());
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        Element best = null;
        int bestScore = 0;
        for (Element e : doc.select("article, main, div, section, td")) {
            int score = 0;
            for (Element p : e.children()) {
                if (p.normalName().equals("p")) {
                    score += p.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (best != null) {
            for (Element p : best.select("p, h2, h3, li")) {
                String t = p.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
        }
        List<String> captions = new ArrayList<>();
        for (Element c : doc.select("figcaption")) {
            String t = c.text().strip();
            if (!t.isEmpty() && !captions.contains(t)) {
                captions.add(t);
            }
        }
        // The URL the page was fetched from wins; a file without one takes the page's canonical link.
        return Article.builder(source.url().isPresent() ? source : source.withUrl(meta.url()))
                .title(meta.title())
                .authors(meta.authors())
                .publisher(meta.publisher())
                .wire(meta.wire())
                .published(meta.published())
                .language(meta.language())
                .body(String.join("\n\n", paragraphs))
                .captions(captions)
                .build();
    }

    /** Whether {@code prefix} of a payload looks like markup rather than plain text. */
    public static boolean looksLikeHtml(String prefix) {
        String p = prefix.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return p.startsWith("<!doctype html") || p.startsWith("<html") || p.startsWith("<?xml")
                || p.startsWith("<!--") || p.contains("<body") || p.contains("<head") || p.contains("<p>")
                || p.contains("<div");
    }

}
