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

    /**
     * Sets each node's innermost furniture, caption and credit ancestors (nodes are in document order,
     * parents first). A marked node whose own prose (outside the marked nodes nested in it) is most
     * of the page's prose is a layout accident, not a role: an ASP.NET form around the page, an
     * article wrapped in a "header". A comment section with more text than the article is not one,
     * as each comment in it is marked in its turn. Decided children first, so that an accident's
     * prose counts as its marked ancestor's own.
     */
    private void settleRoles() {
        int total = prose(root());
        int count = nodes.size();
        PageNode[] marked = new PageNode[count];
        int[] own = new int[count];
        boolean[] accident = new boolean[count];
        for (PageNode n : nodes) {
            PageNode above = n.parent == null ? null : marked[n.parent.index];
            marked[n.index] = isMarked(n) ? n : above;
        }
        for (TextBlock b : blocks) {
            PageNode m = marked[b.owner().index];
            if (m != null && isProse(b)) {
                own[m.index] += b.units();
            }
        }
        for (int i = count - 1; i >= 0; i--) {
            PageNode n = nodes.get(i);
            if (marked[i] == n && total > 0 && own[i] > GUARD_SHARE * total) {
                accident[i] = true;
                PageNode above = n.parent == null ? null : marked[n.parent.index];
                if (above != null) {
                    own[above.index] += own[i];
                }
            }
        }
        for (PageNode n : nodes) {
            PageNode p = n.parent;
            boolean role = !accident[n.index];
            boolean furniture = role && n.has(ClassTokens.BOILER | PageNode.SEMANTIC_BOILER)
                    && !n.has(PageNode.DECLARED_BODY) && !n.tag.equals("article") && !n.tag.equals("main");
            n.boiler = furniture ? n : p == null ? null : p.boiler;
            n.caption = role && n.has(ClassTokens.CAPTION) ? n : p == null ? null : p.caption;
            n.credit = role && n.has(ClassTokens.CREDIT | PageNode.FIGURE) ? n : p == null ? null : p.credit;
        }
    }

    private static boolean isMarked(PageNode n) {
        return n.has(ClassTokens.BOILER | PageNode.SEMANTIC_BOILER | ClassTokens.CAPTION | ClassTokens.CREDIT
                | PageNode.FIGURE);
    }
}
