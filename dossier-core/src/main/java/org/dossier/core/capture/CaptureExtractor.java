package org.dossier.core.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceRef;

/**
 * The article in a plain-text capture of a page: the text a person or crawler copied out of a
 * browser, with the site's menus, share buttons, captions, teasers and footers among its lines.
 * Pure and thread-safe.
 */
public final class CaptureExtractor {
    private CaptureExtractor() {
    }

    /** Extracts the article of {@code text} (language not yet set). */
    public static Article extract(String text, SourceRef source, ExtractorConfig config) {
        List<String> paragraphs = new ArrayList<>();
        Optional<String> title = Optional.empty();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (title.isEmpty() && line.length() > 20 && line.length() < 200 && !line.endsWith(".")) {
                title = Optional.of(line);
                continue;
            }
            if (line.length() >= 80 && line.matches(".*[.!?\"”’]$")) {
                paragraphs.add(line);
            }
        }
        return Article.builder(source).title(title).body(String.join("\n\n", paragraphs)).build();
    }
}
