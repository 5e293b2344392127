package org.dossier.core.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page as the metadata readers see it: its meta tags and JSON-LD, the article object of its
 * JSON-LD, its address, its lines, where its headline is among them and the lines under the
 * headline that hold the byline, date and credit. Immutable once built and confined to one read.
 *
 * @param doc      the parsed page
 * @param meta     its meta tags
 * @param ld       its JSON-LD
 * @param article  the JSON-LD object describing its article, if any
 * @param url      the page's address, if known
 * @param dateHint the language tag that orders ambiguous numeric dates
 * @param sites    the site's names
 * @param lines    the page's visible lines
 * @param at       the headline's line, or -1 when the headline is not shown as a line
 * @param window   the lines under the headline up to the story's prose
 */
record Page(Document doc, MetaTags meta, JsonLd ld, Optional<JsonNode> article, Optional<String> url,
            String dateHint, Sites sites, List<PageLines.Line> lines, int at, List<PageLines.Line> window) {
    /** How many lines under the headline may hold its byline. */
    static final int WINDOW = 20;
    private static final int LONG_LINE = 250;
    private static final Pattern FRAME_CLASS = Pattern.compile(
            "(?i)(?:site|global|top)[-_]?(?:header|nav|bar)|masthead|navbar|topbar|clock");
    private static final Pattern ASIDE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:sidebar|related|comments?|recommended|more-stories|most-read|popular)(?:$|[\\s_-])");
    private static final Pattern PROSE_END = Pattern.compile("[.!?。！？」”\"»]\\s*$");

    Page {
        lines = List.copyOf(lines);
        window = List.copyOf(window);
    }

    /** A page whose headline is on line {@code at} (-1 when not found). */
    static Page of(Document doc, MetaTags meta, JsonLd ld, Optional<JsonNode> article, Optional<String> url,
                   String dateHint, Sites sites, List<PageLines.Line> lines, int at) {
        return new Page(doc, meta, ld, article, url, dateHint, sites, lines, at, window(lines, at));
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
    static boolean chrome(Element block, Element headline) {
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

    /** Whether an element sits in a side bar, navigation, footer, related-story list or comments. */
    static boolean aside(Element block) {
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
}
