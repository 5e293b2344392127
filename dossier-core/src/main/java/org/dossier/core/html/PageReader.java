package org.dossier.core.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a parsed page once, in document order, into text blocks and the block elements that hold
 * them. Invisible and non-text elements are skipped; elements nested deeper than the configured
 * limit are read as part of their ancestor at the limit, so hostile nesting costs no stack and no
 * quadratic work. The walk is iterative. One reader per page; not thread-safe.
 */
final class PageReader {
    /** Elements whose content is never article text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "select", "option", "button", "input",
            "textarea", "title", "meta", "link", "base", "map", "area", "source", "track", "img", "picture",
            "dialog", "head");
    /** Elements that flow inside a line; every other element starts a new block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt",
            "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "tablist");

    private final int maxDepth;
    private final List<PageNode> nodes = new ArrayList<>();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<String> jsonLd = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int units;
    private int linkUnits;
    private int commas;
    private int stops;
    private boolean pendingSpace;
    private int pendingBreaks;
    private int linkDepth;
    private PageNode current;

    private PageReader(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Reads {@code doc}; elements deeper than {@code maxDepth} count as part of their ancestor. */
    static Page read(Document doc, int maxDepth) {
        PageReader r = new PageReader(maxDepth);
        r.walk(doc);
        return new Page(r.nodes, r.blocks, r.jsonLd);
    }

    private void walk(Document doc) {
        current = new PageNode(null, "#root", null, 0, 0, 0);
        current.first = 0;
        nodes.add(current);
        Node root = doc;
        Node n = root;
        int depth = 0;
        while (true) {
            boolean entered = n == root || head(n, depth);
            if (entered && n.childNodeSize() > 0) {
                n = n.childNode(0);
                depth++;
                continue;
            }
            if (entered && n != root) {
                tail(n, depth);
            }
            while (true) {
                if (n == root) {
                    flush();
                    current.end = blocks.size();
                    current.nodeEnd = nodes.size();
                    return;
                }
                Node next = n.nextSibling();
                if (next != null) {
                    n = next;
                    break;
                }
                n = n.parent();
                depth--;
                if (n != root) {
                    tail(n, depth);
                }
            }
        }
    }

    /** Visits a node on the way down; false when its content is skipped. */
    private boolean head(Node n, int depth) {
        if (n instanceof TextNode t) {
            append(t.getWholeText());
            return false;
        }
        if (!(n instanceof Element e)) {
            return false; // comments, doctype; a script's data is read through its element
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            if (tag.equals("script")) {
                script(e);
            } else if (tag.equals("head")) {
                for (Element child : e.children()) {
                    if (child.normalName().equals("script")) {
                        script(child);
                    }
                }
            }
            return false;
        }
        if (tag.equals("br")) {
            if (text.length() > 0) {
                pendingBreaks++;
            }
            return false;
        }
        if (hidden(e)) {
            return false;
        }
        boolean inline = INLINE.contains(tag);
        if (depth <= maxDepth) {
            // The page's own wrappers carry site-wide feature flags, not roles.
            int roles = tag.equals("body") || tag.equals("html") ? 0 : ClassTokens.classify(e.className(), e.id());
            if ((roles & ClassTokens.SCREEN_READER) != 0
                    || inline && (roles & ClassTokens.BOILER) != 0 && !holdsBlocks(e)) {
                // Text for screen readers only, and furniture inside a line (a hover card, an
                // inline share link), are left out without breaking the paragraph around them.
                return false;
            }
            roles |= semanticRoles(e, tag);
            if (!inline || (roles & ~ClassTokens.POSITIVE) != 0) {
                flush();
                int heading = headingLevel(tag);
                current = new PageNode(e, tag, current, nodes.size(), roles,
                        heading > 0 ? heading : current.heading);
                current.first = blocks.size();
                nodes.add(current);
            }
        } else if (!inline) {
            // Past the depth limit: no node of its own, its text belongs to the ancestor at the limit.
            flush();
        }
        if (tag.equals("a") && e.hasAttr("href")) {
            linkDepth++;
        }
        return true;
    }

    /** Keeps the data of a JSON-LD script, where a page may declare its article's text. */
    private void script(Element e) {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            jsonLd.add(e.data());
        }
    }

    /** Visits an element on the way up, after its content. */
    private void tail(Node n, int depth) {
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("a") && e.hasAttr("href")) {
            linkDepth--;
        }
        if (current.element == e) {
            flush();
            current.end = blocks.size();
            current.nodeEnd = nodes.size();
            current = current.parent;
        } else if (depth > maxDepth && !INLINE.contains(tag)) {
            flush();
        }
    }

    /**
     * Whether an inline element wraps block elements (a {@code <span>} around a whole article body),
     * looking at its first few hundred descendants only.
     */
    private static boolean holdsBlocks(Element e) {
        int seen = 0;
        Element next = e.firstElementChild();
        Deque<Element> pending = new ArrayDeque<>();
        while (next != null && seen < 300) {
            seen++;
            if (!INLINE.contains(next.normalName()) && !next.normalName().equals("br")) {
                return true;
            }
            if (next.nextElementSibling() != null) {
                pending.push(next.nextElementSibling());
            }
            next = next.firstElementChild() != null ? next.firstElementChild() : pending.poll();
        }
        return false;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return ClassTokens.hiddenByClass(e.className());
    }

    private static int semanticRoles(Element e, String tag) {
        int roles = 0;
        if (FURNITURE_TAGS.contains(tag)) {
            roles |= PageNode.SEMANTIC_BOILER;
        }
        String role = e.attr("role");
        if (!role.isEmpty()) {
            String r = role.toLowerCase(Locale.ROOT);
            if (FURNITURE_ROLES.contains(r)) {
                roles |= PageNode.SEMANTIC_BOILER;
            } else if (r.equals("main") || r.equals("article")) {
                roles |= PageNode.DECLARED_BODY;
            }
        }
        if (e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            roles |= PageNode.DECLARED_BODY;
        }
        if (tag.equals("figcaption")) {
            roles |= ClassTokens.CAPTION;
        } else if (tag.equals("figure")) {
            roles |= PageNode.FIGURE;
        }
        return roles;
    }

    private static int headingLevel(String tag) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2007' || c == '\u202F'
                    || c == '\uFEFF') {
                pendingSpace = text.length() > 0;
                continue;
            }
            if (pendingBreaks > 0) {
                if (pendingBreaks >= 2) {
                    flush();
                } else {
                    text.append('\n');
                }
                pendingBreaks = 0;
                pendingSpace = false;
            } else if (pendingSpace) {
                text.append(' ');
            }
            pendingSpace = false;
            text.append(c);
            int weight = weight(c);
            units += weight;
            if (linkDepth > 0) {
                linkUnits += weight;
            }
            switch (c) {
                case ',', '，', '、', '،' -> commas++;
                case '.', '!', '?', '。', '！', '？', '؟', '۔', '।' -> stops++;
                default -> {
                }
            }
        }
    }

    /** How much a character counts towards the amount of text. */
    private static int weight(char c) {
        if (c < 0x2E80) {
            return Character.isLetterOrDigit(c) ? 1 : 0;
        }
        if (c >= 0x3000 && c <= 0x303F) {
            return 0; // CJK punctuation: 、。「」
        }
        // CJK ideographs, kana and Hangul syllables carry about two Latin letters' worth each
        if (c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF) {
            return 2;
        }
        return Character.isLetterOrDigit(c) ? 1 : 0;
    }

    private void flush() {
        if (text.length() > 0) {
            blocks.add(new TextBlock(text.toString(), units, linkUnits, commas, stops, current));
        }
        text.setLength(0);
        units = 0;
        linkUnits = 0;
        commas = 0;
        stops = 0;
        pendingSpace = false;
        pendingBreaks = 0;
    }
}
