package org.dossier.nlp;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.nlp.text.Document;

/**
 * The one analyzer every test class of this JVM uses: the CoreNLP models load once (on first use) and
 * are shared, as in production.
 */
public final class Shared {
    public static final Analyzer ANALYZER = Analyzer.withDefaults();

    private Shared() {
    }

    /** An article with a body and a publication date (null for none). */
    public static Article article(String body, String published) {
        return builder(body).published(Optional.ofNullable(published)).build();
    }

    /** An article whose date is only estimated. */
    public static Article estimated(String body, String estimate) {
        return builder(body).publishedEstimate(Optional.of(new DateEstimate(estimate, "test"))).build();
    }

    public static Article.Builder builder(String body) {
        return Article.builder(SourceRef.ofFile(Optional.of("test-article.txt"), "0".repeat(64), SourceFormat.TEXT))
                .body(body).captions(List.of());
    }

    /** The analysed document of {@code article}. */
    public static Document annotate(Article article) {
        try {
            return ANALYZER.annotate(article);
        } catch (AnalysisException e) {
            throw new AssertionError(e);
        }
    }
}
