package org.dossier.core.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the elements that hold a page's article, readability-style: every paragraph gives points to
 * its parent and, decaying, to a few more ancestors (more for long text with commas); an element's
 * tag and class words add or take points, its link density scales them down, and so does holding
 * several {@code <article>}s (a listing) or lying in another {@code <article>} than the headline's.
 * The best element is widened to an ancestor when several strong candidates share it, then joined
 * by siblings that look like more of the same and by boxes of its own tag and class elsewhere in
 * the same story. Linear in the page but for walks up the ancestors, which the reader's depth limit
 * bounds. Not thread-safe (writes scores into the page's nodes).
 */
final class MainContent {
    /** Blocks shorter than this (in text units) give no points. */
    private static final int MIN_PARAGRAPH = 20;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_ALTERNATIVES = 3;
    /** What a listing of several {@code <article>}s keeps of its score. */
    private static final double LISTING_FACTOR = 0.5;
    /** Share of the best score another box of the same kind needs to join it. */
    private static final double SAME_KIND_SHARE = 0.2;
    /** Prose (in units) that makes an {@code <article>} a story rather than a headline box. */
    private static final int STORY_PROSE = 200;
    /** Text (in units) from which a candidate's tag and class words count fully. */
    private static final int WEIGHTED_TEXT = 300;

    private final Page page;
    private final boolean furniture;
    /** Prefix sums of units and link units over the blocks that count (not furniture when it is honoured). */
    private final int[] units;
    private final int[] links;
    /** Prefix counts over the page's nodes of {@code <article>} elements and of {@code <h1>} headings. */
    private final int[] articles;
    private final int[] headlines;

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
        int m = page.nodes.size();
        articles = new int[m + 1];
        headlines = new int[m + 1];
        for (int i = 0; i < m; i++) {
            String tag = page.nodes.get(i).tag;
            articles[i + 1] = articles[i] + (tag.equals("article") ? 1 : 0);
            headlines[i + 1] = headlines[i] + (tag.equals("h1") ? 1 : 0);
        }
    }

    /**
     * The {@code <article>} element holding the headline's {@code <h1>} and some prose, if there is
     * one (an {@code <article>} around the headline alone says nothing about where the text is).
     */
    private PageNode headlineArticle(Headline headline) {
        for (TextBlock b : page.blocks) {
            if (b.owner().heading == 1 && headline.matches(b.text())) {
                PageNode a = articleOf(b.owner());
                return a != null && page.prose(a) >= STORY_PROSE ? a : null;
            }
        }
        return null;
    }

    /** The nearest {@code <article>} element holding {@code n}, or {@code n} itself. */
    private static PageNode articleOf(PageNode n) {
        for (PageNode p = n; p != null; p = p.parent) {
            if (p.tag.equals("article")) {
                return p;
            }
        }
        return null;
    }

    /** {@code <article>} elements strictly inside {@code n}. */
    private int articlesInside(PageNode n) {
        return articles[n.nodeEnd] - articles[n.index + 1];
    }

    /** Whether {@code n} holds several articles: a listing, a "more stories" block, a feed. */
    private boolean isListing(PageNode n) {
        return articlesInside(n) >= 2;
    }

    /**
     * The nodes that hold the article, in document order: the best candidate and its siblings.
     *
     * @param headline  the article's headline, to tell its {@code <article>} from the teasers' ones
     * @param furniture whether elements marked as furniture are left out of the scoring (a second
     *                  pass without them rescues pages whose article wears such a mark)
     */
    static List<PageNode> select(Page page, boolean furniture, Headline headline) {
        return new MainContent(page, furniture).select(headline);
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

    private List<PageNode> select(Headline headline) {
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
        PageNode story = headlineArticle(headline);
        for (PageNode c : candidates) {
            c.score = finalScore(c, c.score);
            if (story != null) {
                PageNode a = articleOf(c);
                if (a != null && !a.contains(story)) {
                    c.score *= LISTING_FACTOR; // inside another story's <article>: a teaser or a sidebar item
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b.score, a.score));
        PageNode best = candidates.get(0);
        PageNode top = widen(best, candidates);
        List<PageNode> selected = withSiblings(top);
        addSameKind(best, selected, candidates);
        return selected;
    }

    /**
     * Adds the other parts of an article that its template splits around figures, quotes or
     * subheadings into boxes of the same tag and class as the best one, when they score well and
     * share with it an ancestor that holds one story only (one headline, at most one
     * {@code <article>}), so that the next story of an endless-scroll page stays out.
     */
    private void addSameKind(PageNode top, List<PageNode> selected, List<PageNode> ranked) {
        String cls = top.element == null ? "" : top.element.className();
        if (cls.isEmpty()) {
            return;
        }
        double threshold = Math.max(10, top.score * SAME_KIND_SHARE);
        boolean added = false;
        for (PageNode c : ranked) {
            if (c.score < threshold) {
                break;
            }
            if (c == top || !c.tag.equals(top.tag) || !cls.equals(c.element.className()) || overlaps(c, selected)) {
                continue;
            }
            PageNode common = commonAncestor(top, c);
            if (headlines[common.nodeEnd] - headlines[common.index] <= 1
                    && articles[common.nodeEnd] - articles[common.index] <= 1) {
                selected.add(c);
                added = true;
            }
        }
        if (added) {
            selected.sort((a, b) -> Integer.compare(a.index, b.index));
        }
    }

    private static boolean overlaps(PageNode n, List<PageNode> selected) {
        for (PageNode s : selected) {
            if (s.contains(n) || n.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static PageNode commonAncestor(PageNode a, PageNode b) {
        while (a.depth > b.depth) {
            a = a.parent;
        }
        while (b.depth > a.depth) {
            b = b.parent;
        }
        while (a != b) {
            a = a.parent;
            b = b.parent;
        }
        return a;
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
            for (PageNode p = top.parent; p != null && p.parent != null && !isListing(p); p = p.parent) {
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

    /** The best node and its siblings that score well, or read as paragraphs of their own. */
    private List<PageNode> withSiblings(PageNode top) {
        if (top.parent == null || top.parent.parent == null) {
            return new ArrayList<>(List.of(top));
        }
        double threshold = Math.max(10, top.score * 0.2);
        String topClass = top.element == null ? "" : top.element.className();
        List<PageNode> out = new ArrayList<>();
        for (PageNode s : top.parent.children) {
            if (s == top) {
                out.add(s);
                continue;
            }
            if (furniture && s.boiler != null || s.caption != null || s.credit != null || isListing(s)) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(s.element.className()) ? top.score * 0.2 : 0;
            if (!Double.isNaN(s.score) && s.score + bonus >= threshold) {
                out.add(s);
            } else if (s.tag.equals("p") || s.children.isEmpty()) {
                // a paragraph, or a box holding nothing but text (the way some sites mark up paragraphs)
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
        double score = (points + roleWeight(n) * words) * (1 - linkDensity(n));
        return isListing(n) ? score * LISTING_FACTOR : score;
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
