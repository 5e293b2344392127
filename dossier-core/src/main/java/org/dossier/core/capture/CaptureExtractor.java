package org.dossier.core.capture;

import java.util.List;
import java.util.stream.Collectors;
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
        Page page = Page.read(text);
        BodyFinder finder = new BodyFinder(page);
        List<Line> body = finder.body();
        if (System.getProperty("capture.debug") != null) {
            for (Line l : page.lines) {
                System.err.printf("%4d %-5s %s %5.1f %.2f %s%n", l.index, finder.kinds[l.index], body.contains(l) ? "#" : " ",
                        l.weight, l.stopRatio, l.text.length() > 140 ? l.text.substring(0, 140) : l.text);
            }
        }
        return Article.builder(source).body(body.stream().map(l -> l.text).collect(Collectors.joining("\n\n")))
                .build();
    }
}
