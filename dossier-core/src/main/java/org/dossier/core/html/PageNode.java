package org.dossier.core.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One block-level element of a page (or an inline one that has a role of its own, such as a caption
 * span), with the range of text blocks it holds. Built once per page by {@link PageReader}; mutable
 * only while the page is read and scored, confined to one thread.
 */
final class PageNode {
    /** Role bits beyond {@link ClassTokens}': furniture by its tag or ARIA role ({@code nav}, {@code aside}). */
    static final int SEMANTIC_BOILER = 1 << 8;
    /** {@code itemprop="articleBody"} or {@code role="main"}/{@code article}: declared article text. */
    static final int DECLARED_BODY = 1 << 9;
    /** Inside a {@code <figure>} but not its caption: credits, embeds, image text. */
    static final int FIGURE = 1 << 10;

    /** The element, or null for the document root. */
    final Element element;
    final String tag;
    final PageNode parent;
    /** Position in the page's node list (document order). */
    final int index;
    final int depth;
    final int roles;
    final List<PageNode> children = new ArrayList<>(4);
    /** Heading level 1–6 of this node or its nearest heading ancestor, 0 outside headings. */
    final int heading;
    /** Nodes {@code (index, nodeEnd)} of the page's node list lie inside this node. */
    int nodeEnd;
    /** Blocks {@code [first, end)} of the page lie inside this node. */
    int first;
    int end;
    /** Innermost node, this one or an ancestor, that is page furniture after {@link PageReader}'s guard. */
    PageNode boiler;
    /** Innermost node, this one or an ancestor, that is a caption. */
    PageNode caption;
    /** Innermost node, this one or an ancestor, that is a credit or non-caption figure content. */
    PageNode credit;
    /** Readability-style content score; {@link Double#NaN} until the node is a candidate. */
    double score = Double.NaN;

    PageNode(Element element, String tag, PageNode parent, int index, int roles, int heading) {
        this.index = index;
        this.element = element;
        this.tag = tag;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.roles = roles;
        this.heading = heading;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean has(int role) {
        return (roles & role) != 0;
    }

    /** Whether {@code other} is this node or lies inside it. */
    boolean contains(PageNode other) {
        PageNode n = other;
        while (n != null && n.depth > depth) {
            n = n.parent;
        }
        return n == this;
    }

    @Override
    public String toString() {
        String cls = element == null ? "" : element.className();
        return "<" + tag + (cls.isEmpty() ? "" : " class=" + cls) + "> blocks " + first + "-" + end;
    }
}
