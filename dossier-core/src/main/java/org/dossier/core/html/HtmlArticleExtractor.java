package org.dossier.core.html;

import java.util.Locale;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.meta.HtmlMetadata;
import org.dossier.core.meta.PageMetadata;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The main text and metadata of an HTML page. Pure: a string in, an article out (language not yet
 * set). The page is parsed once and read once into text blocks; the elements that hold the article
 * are chosen by scoring, the blocks in them are judged one by one and in context (furniture,
 * captions, link lines, teasers, labels, the headline), and a whole {@code articleBody} declared in
 * JSON-LD corrects the result when the markup's text misses it. Captions go to
 * {@link Article#captions()}, never to the body. Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {
    /** Below this many letters a first pass is taken to have missed the article. */
    private static final int SHORT_TEXT = 250;

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
        Page page = PageReader.read(doc, config.maxHtmlDepth());
        MainText text = mainText(page, meta);
        // The URL the page was fetched from wins; a file without one takes the page's canonical link.
        return Article.builder(source.url().isPresent() ? source : source.withUrl(meta.url()))
                .title(meta.title())
                .authors(meta.authors())
                .publisher(meta.publisher())
                .wire(meta.wire())
                .published(meta.published())
                .language(meta.language())
                .body(text.body())
                .captions(text.captions())
                .build();
    }

    /** The article's text in a page already read: furniture honoured first, ignored if that leaves little. */
    static MainText mainText(Page page, PageMetadata meta) {
        Headline headline = Headline.of(meta.title());
        MainText text = BlockFilter.filter(page, MainContent.select(page, true, headline), headline);
        if (text.length() < SHORT_TEXT) {
            MainText retry = BlockFilter.filter(page, MainContent.select(page, false, headline), headline);
            if (retry.length() > text.length()) {
                text = retry;
            }
        }
        return JsonLdBody.reconcile(page, text);
    }

    /** Whether {@code prefix} of a payload looks like markup rather than plain text. */
    public static boolean looksLikeHtml(String prefix) {
        String p = prefix.stripLeading().toLowerCase(Locale.ROOT);
        return p.startsWith("<!doctype html") || p.startsWith("<html") || p.startsWith("<?xml")
                || p.startsWith("<!--") || p.contains("<body") || p.contains("<head") || p.contains("<p>")
                || p.contains("<div");
    }
}
