package org.dossier.core.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.core.meta.Bylines;
import org.dossier.core.meta.Credits;
import org.dossier.core.meta.Dates;

/**
 * Judges each block inside the chosen containers. First on its own: furniture nested in the
 * article, captions and credits, link lines, repeated teasers (a linked headline with a line or two
 * under it, several in a row). Then in context: the headline and the byline, date and tool labels
 * before the first paragraph of prose, short lines and orphan headings after the last one, and
 * lone labels ("Advertisement") boxed between paragraphs. Stateless and thread-safe.
 */
final class BlockFilter {
    /** Below this many units a line without sentence punctuation is a label rather than text. */
    private static final int SHORT = 25;
    /** How far above the text's box a story's {@code <article>} may be for its captions to count. */
    private static final int STORY_LEVELS = 4;
    /** Share of link text above which a line is a link rather than text. */
    private static final double LINK_LINE = 0.5;
    /** Share of link text up to which a paragraph that ends like a sentence is still text. */
    private static final double LINKED_SENTENCE = 0.8;
    /** A closing line shorter than this (in units) with an address or a handle is a contact line. */
    private static final int CONTACT_LINE = 300;
    /** At most this many words make a boxed label. */
    private static final int LABEL_WORDS = 3;
    /** A teaser is a few blocks with less than this much unlinked text. */
    private static final int TEASER_TEXT = 300;
    private static final int TEASER_BLOCKS = 8;
    /** A caption is a few words at least, and at most this many. */
    private static final int MIN_CAPTION_WORDS = 5;
    private static final int CAPTION_WORDS = 50;
    /** A byline line is at most this many words ... */
    private static final int META_WORDS = 24;
    /** ... and a date line this many. */
    private static final int DATE_LINE_WORDS = 8;

    private BlockFilter() {
    }

    static MainText filter(Page page, List<PageNode> containers, Headline headline) {
        List<TextBlock> kept = new ArrayList<>();
        Set<String> captions = new LinkedHashSet<>(captions(page, containers));
        for (PageNode c : containers) {
            boolean[] teasers = teasers(page, c);
            for (int i = c.first; i < c.end; i++) {
                TextBlock b = page.blocks.get(i);
                PageNode o = b.owner();
                if (!isCaption(o) && o.credit == null && !(o.boiler != null && o.boiler.depth > c.depth)
                        && !teasers[i - c.first] && b.units() > 0 && !isLinkLine(b)) {
                    if (creditedCaption(b)) {
                        captions.add(b.text());
                    } else {
                        kept.add(b);
                    }
                }
            }
        }
        return new MainText(inContext(kept, headline), new ArrayList<>(captions));
    }

    /**
     * A caption that its markup does not name as one but that closes with a picture's credit: "The
     * quay at dawn. (Example Post file photo)", "… Photo: Jane Roe". Captions are a sentence or two;
     * a credit on its own ("© Agency") is not one.
     */
    private static boolean creditedCaption(TextBlock b) {
        String t = b.text();
        int w = words(t);
        return w >= MIN_CAPTION_WORDS && w <= CAPTION_WORDS && Credits.closesWithPhotoCredit(t)
                && !Credits.opensWithCredit(t) && !Credits.rightsNotice(t);
    }

    /** Whether a block's owner is a caption (and not a credit inside one). */
    private static boolean isCaption(PageNode o) {
        return o.caption != null && (o.credit == null || o.caption.depth > o.credit.depth);
    }

    /**
     * The captions of the article's photos: those in the containers and around them in the story
     * (a lead photo often sits above the text's box, inside the same {@code <article>}), not those
     * of furniture such as a "most read" box. In document order, without repeats.
     */
    private static List<String> captions(Page page, List<PageNode> containers) {
        if (containers.isEmpty()) {
            return List.of();
        }
        PageNode scope = containers.get(0);
        PageNode p = scope;
        for (int level = 0; level <= STORY_LEVELS && p.parent != null; level++, p = p.parent) {
            if (p.tag.equals("article") || p.tag.equals("main") || p.has(PageNode.DECLARED_BODY)) {
                scope = p;
                break;
            }
        }
        Set<String> out = new LinkedHashSet<>();
        addCaptions(page, scope, out);
        for (PageNode c : containers) {
            if (!scope.contains(c)) {
                addCaptions(page, c, out);
            }
        }
        return new ArrayList<>(out);
    }

    private static void addCaptions(Page page, PageNode scope, Set<String> out) {
        for (int i = scope.first; i < scope.end; i++) {
            TextBlock b = page.blocks.get(i);
            PageNode o = b.owner();
            if (isCaption(o) && !(o.boiler != null && o.boiler.depth > scope.depth)) {
                out.add(b.text());
            }
        }
    }

    /** The texts of the blocks that stay once their neighbours are seen, in order. */
    private static List<String> inContext(List<TextBlock> blocks, Headline headline) {
        int firstProse = -1;
        int secondProse = -1;
        int lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (Page.isProse(blocks.get(i)) && blocks.get(i).owner().heading == 0) {
                lastProse = i;
                if (firstProse < 0) {
                    firstProse = i;
                } else if (secondProse < 0) {
                    secondProse = i;
                }
            }
        }
        int title = -1;
        for (int i = 0; i < firstProse && title < 0; i++) {
            if (blocks.get(i).owner().heading == 1 || headline.matches(blocks.get(i).text())) {
                title = i;
            }
        }
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            // Paragraphs, list items and cells are written text however short; labels sit in boxes.
            boolean label = b.units() < SHORT && !b.endsLikeSentence() && !isTextElement(b.owner());
            boolean heading = b.owner().heading > 0;
            if (i < firstProse && (b.owner().heading == 1 || label && !heading)) {
                continue; // the headline, kicker, byline, date and tools above the text
            }
            if (i < title && b.units() < SHORT && !b.endsLikeSentence()) {
                continue; // a section's name above the headline ("World", "Asia · Politics"), paragraph or not
            }
            if ((secondProse < 0 || i < secondProse) && metaLine(b)) {
                continue; // the byline and date, under a standfirst or not
            }
            if (i > lastProse && label) {
                continue; // tags, sharing prompts, "comments" after the text
            }
            if (!heading && label && isBoxedLabel(b)) {
                continue;
            }
            if (headline.matches(b.text())) {
                continue;
            }
            out.add(b);
        }
        // Contact lines and follow prompts close many articles: an address or a handle near the end.
        for (int k = 0; k < 2 && !out.isEmpty(); k++) {
            int last = out.size() - 1 - k;
            if (last >= 0 && out.get(last).units() < CONTACT_LINE && hasContact(out.get(last).text())) {
                out.remove(last);
            }
        }
        // A heading with no text under it introduces something that was left out.
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            TextBlock b = out.get(i);
            int level = b.owner().heading;
            if (level > 0) {
                int next = i + 1 < out.size() ? out.get(i + 1).owner().heading : -1;
                if (next < 0 || next > 0 && next <= level) {
                    continue;
                }
            }
            paragraphs.add(b.text());
        }
        return paragraphs;
    }

    /**
     * A byline or a date line ("Von Anna Schmidt · 12. März 2019, 14:05 Uhr", "Posted: 4 May 2020"):
     * a few words that are a byline, or a date and little else.
     */
    private static boolean metaLine(TextBlock b) {
        String t = b.text();
        int w = words(t);
        return w <= META_WORDS && Bylines.parseLine(t).isPresent()
                || w <= DATE_LINE_WORDS && !b.endsLikeSentence() && Dates.parse(t).isPresent();
    }

    /** Whether the text holds an e-mail address or a social-network handle ("@name"). */
    private static boolean hasContact(String s) {
        for (int i = 0; i < s.length() - 1; i++) {
            if (s.charAt(i) != '@' || !Character.isLetterOrDigit(s.charAt(i + 1))) {
                continue;
            }
            if (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || Character.isLetterOrDigit(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that is mostly link text: a menu entry, a "read more" teaser. A sentence of a paragraph
     * that links several of its phrases is not one, as long as some of it is not linked.
     */
    private static boolean isLinkLine(TextBlock b) {
        double ld = b.linkDensity();
        if (ld <= LINK_LINE) {
            return false;
        }
        return ld > LINKED_SENTENCE || !isTextElement(b.owner()) || b.units() < SHORT * 2 || !b.endsLikeSentence();
    }

    /** Elements that hold written text, as opposed to boxes that hold labels and widgets. */
    private static boolean isTextElement(PageNode n) {
        return switch (n.tag) {
            case "p", "li", "dd", "dt", "td", "th", "blockquote", "pre" -> true;
            default -> false;
        };
    }

    /** A few words alone in a box of their own, not in a paragraph: an ad slot's label, a widget's name. */
    private static boolean isBoxedLabel(TextBlock b) {
        PageNode o = b.owner();
        return o.end - o.first == 1 && words(b.text()) <= LABEL_WORDS;
    }

    /**
     * Blocks of {@code c} (by offset from its first block) that belong to repeated teasers: siblings
     * of the same tag and class, each a linked headline with little unlinked text under it.
     */
    private static boolean[] teasers(Page page, PageNode c) {
        boolean[] out = new boolean[c.end - c.first];
        List<PageNode> nodes = page.nodes;
        for (int k = c.index; k < c.nodeEnd; k++) {
            PageNode parent = nodes.get(k);
            if (parent.children.size() < 2) {
                continue;
            }
            Map<String, Integer> count = new HashMap<>();
            for (PageNode child : parent.children) {
                if (isTeaser(page, child)) {
                    count.merge(key(child), 1, Integer::sum);
                }
            }
            for (PageNode child : parent.children) {
                if (count.getOrDefault(key(child), 0) >= 2 && isTeaser(page, child)) {
                    for (int i = child.first; i < child.end; i++) {
                        out[i - c.first] = true;
                    }
                }
            }
        }
        return out;
    }

    private static String key(PageNode n) {
        return n.tag + '.' + (n.element == null ? "" : n.element.className());
    }

    private static boolean isTeaser(Page page, PageNode n) {
        int blocks = n.end - n.first;
        if (blocks < 1 || blocks > TEASER_BLOCKS || n.children.isEmpty() || n.tag.equals("p")) {
            // a teaser is built of elements (headline, summary); lines of one paragraph are not one
            return false;
        }
        TextBlock head = page.blocks.get(n.first);
        if (head.linkDensity() < 0.5) {
            return false;
        }
        int unlinked = 0;
        for (int i = n.first; i < n.end; i++) {
            TextBlock b = page.blocks.get(i);
            unlinked += b.units() - b.linkUnits();
        }
        return unlinked < TEASER_TEXT;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
