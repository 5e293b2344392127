package org.dossier.core.capture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.SourceRef;

/**
 * The article in a plain-text capture of a page: the text a person or crawler copied out of a
 * browser, with the site's menus, share buttons, captions, teasers and footers among its lines.
 *
 * <p>A capture has no markup, so every decision rests on the lines themselves: their length,
 * sentence punctuation and density of function words (in the page's language), bullets, runs of
 * short lines, lines that recur, photo credits, the position of a line relative to the headline
 * and the body, its similarity to the page's {@code <title>}, and its language. Time and memory
 * are linear in the capture's length. Pure and thread-safe.
 */
public final class CaptureExtractor {
    /** Captions are read from a little above the headline to a little below the body. */
    private static final int CAPTION_MARGIN = 5;
    /** An article has a few dozen pictures at most; a page with thousands of "captions" is not read for all. */
    private static final int MAX_CAPTIONS = 100;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

    private CaptureExtractor() {
    }

    /**
     * Extracts the article of {@code text}: body, headline, authors, publisher, publication date
     * (or an estimate), captions. The language is left for the facade to set; an article with an
     * empty body means the capture holds no article text.
     *
     * @param text   the capture, decoded
     * @param source where it came from
     * @param config the extractor's limits (the facade has already applied the size cap; lines
     *               need no other limit, as every step is linear in the capture's length)
     */
    public static Article extract(String text, SourceRef source, ExtractorConfig config) {
        Page page = Page.read(text);
        Article.Builder article = Article.builder(source);
        BodyFinder finder = new BodyFinder(page);
        BodyFinder.Run core = finder.core();
        if (core == null) {
            return article.build();
        }
        int echo = finder.titleEcho();
        int end = finder.widenDown(core);
        int start = finder.widenUp(core.start(), echo < core.start() ? echo : -1);
        Masthead masthead = new Masthead(page, finder.roles);
        masthead.read(start, end, echo);
        List<Line> body = withoutAuthorNote(finder.lines(start, end), masthead.authors());
        String bodyText = body.stream().map(l -> l.text).collect(Collectors.joining("\n\n"));
        Optional<String> published = masthead.published();
        return article
                .title(masthead.title().map(l -> l.text))
                .authors(masthead.authors())
                .publisher(masthead.publisher())
                .published(published)
                .publishedEstimate(published.isPresent() ? Optional.empty() : estimate(bodyText))
                .body(bodyText)
                .captions(captions(page, finder.roles, Math.min(start, Math.max(0, masthead.titleIndex())), end))
                .build();
    }

    /**
     * The body without the note about its author that closes it ("Anna Schmidt is a reporter who
     * covers …") and what follows the note: a paragraph in the body's second half that begins
     * with a bylined author's full name. Reporters do not open their own paragraphs with it.
     */
    private static List<Line> withoutAuthorNote(List<Line> body, List<String> authors) {
        for (int i = Math.max(1, body.size() / 2); i < body.size(); i++) {
            if (startsWithName(body.get(i).text, authors)) {
                return body.subList(0, i);
            }
        }
        return body;
    }

    private static boolean startsWithName(String text, List<String> authors) {
        for (String a : authors) {
            if (text.startsWith(a + " ") && a.indexOf(' ') > 0) {
                return true;
            }
        }
        return false;
    }

    /** The captions near the article, each once, in page order. */
    private static List<String> captions(Page page, Role[] roles, int start, int end) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = Math.max(0, start - CAPTION_MARGIN); i < Math.min(page.size(), end + CAPTION_MARGIN); i++) {
            if (roles[i] == Role.CAPTION && out.size() < MAX_CAPTIONS) {
                out.add(page.get(i).text);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * When the page states no date: the latest year the body mentions, a lower bound of when it
     * was written. Nothing when it mentions none.
     */
    private static Optional<DateEstimate> estimate(String body) {
        Matcher m = YEAR.matcher(body);
        int latest = 0;
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest == 0 ? Optional.empty()
                : Optional.of(new DateEstimate(String.valueOf(latest), "latest year the body mentions (published no earlier)"));
    }
}
