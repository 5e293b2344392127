package org.dossier.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.capture.CaptureExtractor;
import org.dossier.core.charset.DecodedText;
import org.dossier.core.charset.TextDecoder;
import org.dossier.core.html.HtmlArticleExtractor;
import org.dossier.core.lang.LanguageId;
import org.dossier.core.meta.Datelines;
import org.dossier.core.model.Article;
import org.dossier.core.model.ForeignText;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;

/**
 * The extraction stage: one raw input in, one clean article out. Decodes the bytes, reads an HTML
 * page through its markup and a plain-text capture through its lines, then identifies the
 * language of the body and of each caption. Pure (no network, no files) and thread-safe: one
 * instance serves every thread.
 */
public final class Extractor {
    private final ExtractorConfig config;

    /** An extractor with the given limits. */
    public Extractor(ExtractorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** An extractor with the default limits. */
    public static Extractor withDefaults() {
        return new Extractor(ExtractorConfig.defaults());
    }

    /** The limits this extractor applies. */
    public ExtractorConfig config() {
        return config;
    }

    /**
     * Extracts the article of {@code source}.
     *
     * @throws ExtractionException when the input is empty, binary, too large or holds no text, with
     *                             the input's location and the reason
     */
    public Article extract(Source source) throws ExtractionException {
        String where = source.ref().location();
        InputCheck.checkSize(source.size(), where, config);
        byte[] bytes = source.bytes();
        InputCheck.checkBytes(bytes, where);
        boolean markup = source.ref().format().isMarkup();
        DecodedText decoded = TextDecoder.decode(bytes, source.contentType(), markup);
        String text = decoded.text();
        InputCheck.checkText(text, where);
        Article article;
        try {
            article = markup
                    ? HtmlArticleExtractor.extract(text, source.ref(), config)
                    : CaptureExtractor.extract(text, source.ref(), config);
        } catch (StackOverflowError e) {
            throw new ExtractionException(where, "markup nested too deeply to read");
        }
        if (article.body().isBlank()) {
            throw new ExtractionException(where, "no article text found");
        }
        // The lead paragraph's dateline ("SEOUL, Jan. 8 (Yonhap) --") gives the place, and fills the
        // wire, publisher and author when the page said nothing else about them (HTML and text alike).
        article = Datelines.complete(article);
        return withLanguages(article);
    }

    /** Whether a payload (its first bytes) should be read as HTML rather than as a text capture. */
    public static SourceFormat sniffFormat(byte[] bytes) {
        return InputCheck.sniffFormat(bytes);
    }

    private static Article withLanguages(Article article) {
        Optional<String> language = LanguageId.detect(article.body()).or(article::language);
        List<String> captions = new ArrayList<>();
        List<ForeignText> foreign = new ArrayList<>(article.foreignCaptions());
        for (String caption : article.captions()) {
            Optional<String> lang = LanguageId.detect(caption, language);
            if (lang.isPresent() && language.isPresent() && !lang.equals(language)) {
                foreign.add(new ForeignText(caption, lang.get()));
            } else {
                captions.add(caption);
            }
        }
        return article.toBuilder().language(language).captions(captions).foreignCaptions(foreign).build();
    }
}
