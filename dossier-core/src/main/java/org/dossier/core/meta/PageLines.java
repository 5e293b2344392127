package org.dossier.core.meta;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page's visible text as the lines a reader sees (each block element's own text on a line), each
 * with the element it sits in, so that what follows the headline can be read the way a capture's
 * lines are. Not for the body: scripts, styles, forms and hidden elements are left out, nothing
 * else. Immutable once built; thread-confined while building.
 */
final class PageLines {
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "blockquote",
            "table", "tr", "td", "th", "dl", "dt", "dd", "address", "pre", "form", "fieldset", "body", "time",
            "center", "details", "summary", "hr");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "select",
            "option", "textarea", "iframe", "object", "head", "button", "input");

    /** One line of text and the innermost block element it sits in. */
    record Line(String text, Element block) {
    }

    private PageLines() {
    }

    /** The lines of {@code root}, in document order; blank lines are left out. */
    static List<Line> of(Element root) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        c.flush();
        return List.copyOf(c.lines);
    }

    private static final class Collector implements NodeVisitor {
        private final List<Line> lines = new ArrayList<>();
        private final Deque<Element> blocks = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Element lineBlock;
        private Element skipping;

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag) || e.hasAttr("hidden") || hiddenStyle(e)) {
                    skipping = e;
                    return;
                }
                if (tag.equals("br")) {
                    flush();
                } else if (BLOCK.contains(tag)) {
                    flush();
                    blocks.push(e);
                }
            } else if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (!s.isBlank()) {
                    if (text.length() == 0) {
                        lineBlock = blocks.peek();
                    }
                    text.append(s);
                } else if (text.length() > 0) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (node == skipping) {
                    skipping = null;
                }
                return;
            }
            if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                flush();
                if (!blocks.isEmpty() && blocks.peek() == e) {
                    blocks.pop();
                }
            }
        }

        void flush() {
            String s = Text.squash(text.toString());
            if (!s.isEmpty() && lineBlock != null) {
                lines.add(new Line(s, lineBlock));
            }
            text.setLength(0);
            lineBlock = null;
        }

        private static boolean hiddenStyle(Element e) {
            String style = e.attr("style");
            return !style.isEmpty() && style.replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none");
        }
    }
}
