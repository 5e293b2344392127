package org.dossier.core.html;

import java.util.List;

/**
 * A page read into text blocks and the elements that hold them, with the roles of those elements
 * settled: an element marked as furniture that nonetheless holds most of the page's prose (a
 * "has-sidebar" layout class, an ASP.NET page wrapped in one form) is not treated as furniture.
 * Confined to one thread.
 */
final class Page {
    /** Share of the page's prose above which a furniture mark is taken for a layout accident. */
    private static final double GUARD_SHARE = 0.6;

    final List<PageNode> nodes;
    final List<TextBlock> blocks;
    final List<String> jsonLd;
    /** prose[i] = units of prose in blocks [0, i). */
    private final int[] prose;

    Page(List<PageNode> nodes, List<TextBlock> blocks, List<String> jsonLd) {
        this.nodes = nodes;
        this.blocks = blocks;
        this.jsonLd = jsonLd;
        this.prose = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            prose[i + 1] = prose[i] + (isProse(b) ? b.units() : 0);
        }
        settleRoles();
    }

    PageNode root() {
        return nodes.get(0);
    }

    /** Units of prose inside {@code node}. */
    int prose(PageNode node) {
        return prose[node.end] - prose[node.first];
    }

    /** A block that reads like running text: long enough, punctuated, not mostly links. */
    static boolean isProse(TextBlock b) {
        return b.units() >= 40 && b.linkDensity() < 0.3 && b.stops() + b.commas() > 0;
    }

    /** Sets each node's innermost furniture, caption and credit ancestors (nodes are in document order). */
    private void settleRoles() {
        int total = prose(root());
        for (PageNode n : nodes) {
            PageNode p = n.parent;
            boolean holdsArticle = total > 0 && prose(n) > GUARD_SHARE * total;
            boolean furniture = n.has(ClassTokens.BOILER | PageNode.SEMANTIC_BOILER) && !holdsArticle
                    && !n.has(PageNode.DECLARED_BODY) && !n.tag.equals("article") && !n.tag.equals("main");
            n.boiler = furniture ? n : p == null ? null : p.boiler;
            boolean caption = n.has(ClassTokens.CAPTION) && !holdsArticle;
            n.caption = caption ? n : p == null ? null : p.caption;
            boolean credit = n.has(ClassTokens.CREDIT | PageNode.FIGURE) && !holdsArticle;
            n.credit = credit ? n : p == null ? null : p.credit;
        }
    }
}
