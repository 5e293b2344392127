package org.dossier.core.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the element that holds a page's article, readability-style: every paragraph gives points to
 * its parent and, decaying, to a few more ancestors (more for long text with commas); an element's
 * tag and class words add or take points, its link density scales them down. The best element is
 * widened to an ancestor when several strong candidates share it, then joined by siblings that look
 * like more of the same. Linear in the page. Not thread-safe (writes scores into the page's nodes).
 */
final class MainContent {
    /** Blocks shorter than this (in text units) give no points. */
    private static final int MIN_PARAGRAPH = 20;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_ALTERNATIVES = 3;
    /** Text (in units) from which a candidate's tag and class words count fully. */
    private static final int WEIGHTED_TEXT = 300;

    private final Page page;
    private final boolean furniture;
    /** Prefix sums of units and link units over the blocks that count (not furniture when it is honoured). */
    private final int[] units;
    private final int[] links;

    private MainContent(Page page, boolean furniture) {
        this.page = page;
        this.furniture = furniture;
        int n = page.blocks.size();
        units = new int[n + 1];
        links = new int[n + 1];
        for (int i = 0; i < n; i++) {
            TextBlock b = page.blocks.get(i);
            boolean counts = !excluded(b);
            units[i + 1] = units[i] + (counts ? b.units() : 0);
            links[i + 1] = links[i] + (counts ? b.linkUnits() : 0);
        }
    }

    /**
     * The nodes that hold the article, in document order: the best candidate and its siblings.
     *
     * @param furniture whether elements marked as furniture are left out of the scoring (a second
     *                  pass without them rescues pages whose article wears such a mark)
     */
    static List<PageNode> select(Page page, boolean furniture) {
        return new MainContent(page, furniture).select();
    }

    private boolean excluded(TextBlock b) {
        PageNode o = b.owner();
        return furniture && o.boiler != null || o.caption != null || o.credit != null;
    }

    private int units(PageNode n) {
        return units[n.end] - units[n.first];
    }

    private double linkDensity(PageNode n) {
        int u = units(n);
        return u == 0 ? 0 : (double) (links[n.end] - links[n.first]) / u;
    }

    private List<PageNode> select() {
        for (PageNode n : page.nodes) {
            n.score = Double.NaN;
        }
        List<PageNode> candidates = new ArrayList<>();
        for (TextBlock b : page.blocks) {
            if (b.units() < MIN_PARAGRAPH || excluded(b) || b.owner().heading > 0 || b.linkDensity() > 0.5) {
                continue;
            }
            double points = 1 + b.commas() + Math.min(b.units() / 100.0, 3);
            PageNode n = paragraphLike(b.owner()) ? b.owner().parent : b.owner();
            for (int level = 0; level < ANCESTOR_LEVELS && n != null && n.parent != null; level++) {
                if (Double.isNaN(n.score)) {
                    n.score = 0;
                    candidates.add(n);
                }
                n.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                n = n.parent;
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (PageNode c : candidates) {
            c.score = finalScore(c, c.score);
        }
        candidates.sort((a, b) -> Double.compare(b.score, a.score));
        PageNode top = candidates.get(0);
        top = widen(top, candidates);
        return withSiblings(top);
    }

    /** An ancestor shared by several near-best candidates, then one that scores better than its child. */
    private PageNode widen(PageNode top, List<PageNode> ranked) {
        List<PageNode> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (ranked.get(i).score / top.score >= 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() >= MIN_ALTERNATIVES) {
            for (PageNode p = top.parent; p != null && p.parent != null; p = p.parent) {
                int holding = 0;
                for (PageNode a : alternatives) {
                    if (p.contains(a)) {
                        holding++;
                    }
                }
                if (holding >= MIN_ALTERNATIVES) {
                    top = p;
                    break;
                }
            }
        }
        if (Double.isNaN(top.score)) {
            top.score = finalScore(top, 0);
        }
        double last = top.score;
        double threshold = last / 3;
        for (PageNode p = top.parent; p != null && p.parent != null; p = p.parent) {
            if (Double.isNaN(p.score)) {
                continue;
            }
            if (p.score < threshold) {
                break;
            }
            if (p.score > last) {
                top = p;
                break;
            }
            last = p.score;
        }
        while (top.parent != null && top.parent.parent != null && top.parent.children.size() == 1) {
            top = top.parent;
        }
        return top;
    }

    private List<PageNode> withSiblings(PageNode top) {
        if (top.parent == null || top.parent.parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, top.score * 0.2);
        String topClass = top.element == null ? "" : top.element.className();
        List<PageNode> out = new ArrayList<>();
        for (PageNode s : top.parent.children) {
            if (s == top) {
                out.add(s);
                continue;
            }
            if (furniture && s.boiler != null || s.caption != null || s.credit != null) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(s.element.className()) ? top.score * 0.2 : 0;
            if (!Double.isNaN(s.score) && s.score + bonus >= threshold) {
                out.add(s);
            } else if (s.tag.equals("p")) {
                int u = units(s);
                double ld = linkDensity(s);
                if (u > 65 && ld < 0.25) {
                    out.add(s);
                } else if (u > 0 && u <= 65 && ld == 0 && s.end > s.first
                        && page.blocks.get(s.end - 1).endsLikeSentence()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Whether the node is itself a paragraph, whose points go to its container. */
    private static boolean paragraphLike(PageNode n) {
        return switch (n.tag) {
            case "p", "pre", "td", "blockquote", "li", "dd", "dt", "font", "span", "center" -> true;
            default -> n.children.isEmpty();
        };
    }

    /**
     * A candidate's points plus what its tag and class words say, scaled down by its link density.
     * The words count fully only for a node with a few paragraphs' worth of text, so that a
     * "content" class on a one-line byline box does not outweigh the article's paragraphs.
     */
    private double finalScore(PageNode n, double points) {
        double words = Math.min(1, units(n) / (double) WEIGHTED_TEXT);
        return (points + roleWeight(n) * words) * (1 - linkDensity(n));
    }

    private static double roleWeight(PageNode n) {
        double s = switch (n.tag) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (n.has(ClassTokens.BOILER)) {
            s -= 25;
        }
        if (n.has(ClassTokens.POSITIVE)) {
            s += 25;
        }
        if (n.has(PageNode.DECLARED_BODY)) {
            s += 25;
        }
        return s;
    }
}
