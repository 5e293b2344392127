package org.dossier.core.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the article's lines in a capture. Each line is judged on its own shape (length, sentence
 * punctuation, function-word density, bullets); the body's core is the heaviest run of prose lines
 * with only small gaps between them; the core is then widened to its edges and the lines inside it
 * that are not prose of the article (captions, credits, teasers, widgets) are dropped.
 */
final class BodyFinder {
    enum Kind { GOOD, NEAR, SHORT, BAD }

    /** A prose line has at least this many words. */
    static final double PROSE_WORDS = 10;
    /** A line this long is prose even without sentence punctuation. */
    private static final double LONG_WORDS = 25;
    /** Non-prose lines tolerated between two prose lines of one run. */
    private static final double MAX_GAP = 4;
    /** A run must weigh this many words (or as much as the heaviest run, if that is lighter) to be substantial. */
    private static final double MIN_MASS = 60;
    /** A run is substantial when it weighs this share of the heaviest one. */
    private static final double SUBSTANTIAL = 0.5;
    /** Share of capitalised words that makes a line a Title Case headline. */
    private static final double HEADLINE_CAPS = 0.75;
    /** The topic is known well enough from this many words. */
    private static final int MAX_TOPIC_WORDS = 2000;
    /** Prose that resumes the article after a box: this many lines of it are compared with the topic. */
    private static final int RESUME_LINES = 6;
    /** ... and they must weigh this many words. */
    private static final double RESUME_MASS = 50;
    /** ... and share this much of their content words with the article so far. */
    private static final double RESUME_SHARE = 0.15;
    /** How far below a box of furniture the article may resume. */
    private static final int LOOKAHEAD = 6;
    /** Share of a line's words the page's first line must hold for the line to repeat it. */
    private static final double ECHO_SHARE = 0.8;
    /** Share of the first line's words the repeating line must hold (the rest is the site's name). */
    private static final double ECHO_COVER = 0.5;
    /** How far below a breadcrumb the headline it ends with may be. */
    private static final int ECHO_LOOKAHEAD = 5;
    /** This many furniture lines in a row end the body. */
    private static final int CHROME_RUN = 3;
    /** A block of this many headlines and nothing else (but a label) is a list of other stories. */
    private static final int LIST_LINES = 3;
    /** Other stories' headlines have this many words at least. */
    private static final double STORY_HEADLINE_WORDS = 4;

    private final Page page;
    private final double stopFloor;
    final Kind[] kinds;
    final Role[] roles;
    /** Lines of blocks of three or more headlines and nothing else but a label: lists of other stories. */
    private final boolean[] listed;

    BodyFinder(Page page) {
        this.page = page;
        this.stopFloor = stopFloor(page);
        this.kinds = new Kind[page.size()];
        this.roles = new Role[page.size()];
        Arrays.fill(roles, Role.NONE);
        for (int i = 0; i < page.size(); i++) {
            kinds[i] = classify(page.get(i));
        }
        Captions.mark(page, roles, stopFloor);
        int echo = titleEcho();
        if (echo >= 0) {
            roles[echo] = Role.TITLE; // the headline is never body, even when it ends with "!"
        }
        for (int i = 0; i < page.size(); i++) {
            // A caption or a headline reads like prose but must not anchor the body.
            if (roles[i] != Role.NONE && kinds[i] == Kind.GOOD) {
                kinds[i] = Kind.NEAR;
            }
        }
        this.listed = new boolean[page.size()];
        for (int i = 0; i < page.size(); i++) {
            Line l = page.get(i);
            int end = page.blockEnd(l);
            if (page.blockStart(l) == i && end - i + 1 >= LIST_LINES && !introduced(l)) {
                boolean items = true;
                for (int j = i; j <= end && items; j++) {
                    items = listItem(page.get(j)) && kinds[j] != Kind.GOOD && (j == i || storyHeadline(page.get(j)));
                }
                for (int j = i; j <= end && items; j++) {
                    listed[j] = true;
                }
            }
        }
    }

    /**
     * Function-word density below which a line is not prose: half what the page's own long lines
     * show, so a language with sparse function words is not held to English's standard.
     */
    private static double stopFloor(Page page) {
        if (page.stopWords.isEmpty()) {
            return 0;
        }
        double[] ratios = page.lines.stream().filter(l -> l.size >= 15).mapToDouble(l -> l.stopRatio).toArray();
        if (ratios.length < 3) {
            return 0.15;
        }
        Arrays.sort(ratios);
        double median = ratios[ratios.length / 2];
        return Math.max(0.08, Math.min(0.25, median * 0.5));
    }

    Kind classify(Line l) {
        if (l.size == 0 || (l.address && l.weight < 15)) {
            return Kind.BAD;
        }
        boolean stops = l.stopRatio >= stopFloor;
        boolean sentence = l.endsSentence || l.innerSentences > 0;
        if (l.weight >= PROSE_WORDS) {
            if (stops && (sentence || l.weight >= LONG_WORDS)) {
                return Kind.GOOD;
            }
            return stops || sentence ? Kind.NEAR : Kind.BAD;
        }
        if ((l.bullet && !sentence) || l.weight <= 2) {
            return Kind.BAD;
        }
        return Kind.SHORT;
    }

    /** A run of prose lines: first and last line, and its weight in words. */
    record Run(int start, int end, double mass) {
    }

    /** Runs of prose lines separated by more than {@link #MAX_GAP} lines of other matter, in page order. */
    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        int last = -1;
        double mass = 0;
        double gap = 0;
        for (int i = 0; i < page.size(); i++) {
            if (kinds[i] != Kind.GOOD) {
                gap += cost(i);
                continue;
            }
            if (start >= 0 && gap > MAX_GAP) {
                runs.add(new Run(start, last, mass));
                start = -1;
            }
            if (start < 0) {
                start = i;
                mass = 0;
            }
            mass += page.get(i).weight;
            last = i;
            gap = 0;
        }
        if (start >= 0) {
            runs.add(new Run(start, last, mass));
        }
        return runs;
    }

    /**
     * How far a line keeps two prose lines apart. Lines whose shape recurs on the page (a commenter's
     * "2 days ago", "Rating: 12 votes", a share bar) are the furniture of lists and threads and
     * weigh more, so each comment or teaser becomes a run of its own; so does a section label
     * ("Related:", "Tags:"). A copyright notice always ends a run.
     */
    private double cost(int i) {
        Line l = page.get(i);
        if (page.footer(l)) {
            return MAX_GAP + 1; // a copyright notice ends whatever precedes it
        }
        if (picture(i)) {
            return 0.5;
        }
        double base = switch (kinds[i]) {
            case GOOD -> 0;
            case NEAR -> 0.5;
            case SHORT, BAD -> 1;
        };
        if (page.shapeOccurrences(l) > 1) {
            return base + 1.5;
        }
        if (l.endsColon() && l.weight <= 3) {
            return base + 1;
        }
        return base;
    }

    /**
     * The core of the body. The article comes first among the page's substantial runs of prose
     * (comments, teasers with summaries, cookie notices and comment rules follow it); when a line
     * repeats the page's first line (the {@code <title>} a capture often starts with), the core
     * is the first substantial run after it.
     */
    Run core() {
        List<Run> runs = runs();
        double max = runs.stream().mapToDouble(Run::mass).max().orElse(0);
        if (max == 0) {
            return null;
        }
        double floor = Math.max(Math.min(MIN_MASS, max), max * SUBSTANTIAL);
        int anchor = titleEcho();
        for (Run r : runs) {
            if (r.mass >= floor && r.start > anchor) {
                return r;
            }
        }
        return runs.stream().filter(r -> r.mass >= floor).findFirst().orElseThrow();
    }

    /**
     * The line that repeats the page's first line, as a headline does its {@code <title>}
     * ("Headline - Site"): the first such line, or one just after it made more wholly of the
     * first line's words (the headline under a breadcrumb that ends with it). -1 if none.
     */
    int titleEcho() {
        if (page.size() == 0) {
            return -1;
        }
        Line first = page.get(0);
        if (first.size < 3 || first.weight > 40) {
            return -1;
        }
        int best = -1;
        double bestShare = 0;
        for (int i = 1; i < page.size() && (best < 0 || i <= best + ECHO_LOOKAHEAD); i++) {
            Line l = page.get(i);
            if (l.size >= 3 && l.weight <= 40) {
                double share = Line.containment(l, first);
                // ... and most of the first line is in it: not a subheading that borrows a few words.
                if (share >= ECHO_SHARE && share > bestShare && Line.containment(first, l) >= ECHO_COVER) {
                    best = i;
                    bestShare = share;
                }
            }
        }
        return best;
    }

    /**
     * Whether a line is the page's furniture rather than article matter, for widening the core:
     * menu items, repeated short lines (share bars, "Read more", commenters' meta lines) and
     * headline-cased lines without a full stop (lists of other stories).
     */
    boolean chrome(Line l) {
        if (picture(l.index)) {
            return false;
        }
        Kind k = kinds[l.index];
        if (k == Kind.BAD) {
            return true;
        }
        if (k == Kind.GOOD) {
            return false;
        }
        return (page.shapeOccurrences(l) > 1 && l.weight < PROSE_WORDS) || headline(l) || parallel(l);
    }

    /**
     * Whether a short line reads like its neighbour but for a word or two ("Share on Facebook",
     * "Share on Twitter"): the items of a widget, not sentences.
     */
    private boolean parallel(Line l) {
        if (l.weight >= PROSE_WORDS) {
            return false;
        }
        for (int j : new int[] {l.index - 1, l.index + 1}) {
            if (j >= 0 && j < page.size()) {
                Line o = page.get(j);
                if (o.weight < PROSE_WORDS && o.size >= 2 && l.size >= 2 && sharedEdge(l, o) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tokens two lines share at their start or at their end, whichever is more. */
    private static int sharedEdge(Line a, Line b) {
        List<String> x = a.tokens;
        List<String> y = b.tokens;
        int head = 0;
        while (head < x.size() && head < y.size() && x.get(head).equals(y.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < x.size() && tail < y.size()
                && x.get(x.size() - 1 - tail).equals(y.get(y.size() - 1 - tail))) {
            tail++;
        }
        return Math.min(Math.max(head, tail), Math.min(x.size(), y.size()) - 1);
    }

    /** A photo's caption or credit: part of the article's pictures, neither text nor furniture. */
    private boolean picture(int i) {
        return roles[i] == Role.CAPTION || roles[i] == Role.CREDIT;
    }

    /**
     * A line cased like an English headline: most words capitalised and no closing full stop.
     * English-specific (Title Case); other languages' headlines are caught by their shape instead.
     */
    static boolean headline(Line l) {
        return l.weight >= 3 && l.capsRatio >= HEADLINE_CAPS && !l.endsSentence;
    }

    /**
     * The last line of the body: the core widened downwards over article matter until furniture
     * takes over. Furniture fills a bucket that prose drains in proportion to its length; the
     * body ends at the last line that left the bucket empty, so a comment thread (a name, a date,
     * a comment, again and again) is not taken for more article. When the bucket overflows but
     * prose on the article's topic follows within a few lines, the furniture was a box inside the
     * article ("Don't miss", a picture with its credit, a few teasers) and the body goes on. A
     * block of other stories' headlines counts as furniture here, whatever their casing.
     */
    int widenDown(Run core) {
        double bucket = 0;
        int last = core.end;
        Set<String> topic = null;
        for (int i = core.end + 1; i < page.size(); i++) {
            Line l = page.get(i);
            if (page.footer(l)) {
                break;
            }
            if (chrome(l) || listed[i]) {
                bucket += 1;
                if (bucket >= CHROME_RUN) {
                    if (topic == null) {
                        topic = topic(core.start, core.end);
                    }
                    int resume = resumes(i, topic);
                    if (resume < 0) {
                        break;
                    }
                    bucket = 0;
                    i = resume - 1;
                }
            } else {
                bucket = Math.max(0, bucket - drain(l));
                if (bucket == 0) {
                    last = i;
                }
            }
        }
        return last;
    }

    /** The content words of the prose lines from {@code start} to {@code end}: what the article is about. */
    private Set<String> topic(int start, int end) {
        Set<String> words = new HashSet<>();
        for (int i = start; i <= end && words.size() < MAX_TOPIC_WORDS; i++) {
            if (kinds[i] == Kind.GOOD) {
                words.addAll(contentWords(page.get(i)));
            }
        }
        return words;
    }

    private Set<String> contentWords(Line l) {
        return l.contentWords(page.stopWords);
    }

    /**
     * Where the article resumes after a box of furniture inside it ("Don't miss", a few teasers):
     * the first prose line shortly below, when the prose from there is about the article's topic.
     * -1 when nothing like the article follows.
     */
    private int resumes(int from, Set<String> topic) {
        for (int g = from + 1; g < Math.min(page.size(), from + 1 + LOOKAHEAD); g++) {
            if (kinds[g] != Kind.GOOD) {
                continue;
            }
            Set<String> words = new HashSet<>();
            double mass = 0;
            for (int j = g; j < page.size() && j < g + RESUME_LINES && !chrome(page.get(j)); j++) {
                if (kinds[j] == Kind.GOOD) {
                    mass += page.get(j).weight;
                    words.addAll(contentWords(page.get(j)));
                }
            }
            long shared = words.stream().filter(topic::contains).count();
            boolean onTopic = !words.isEmpty() && shared >= words.size() * RESUME_SHARE;
            return mass >= RESUME_MASS && onTopic ? g : -1;
        }
        return -1;
    }

    /**
     * How much a line that is not furniture empties the bucket: prose and sentences do, in
     * proportion to their length; a line without a full stop (a headline among teasers) or cut
     * short with an ellipsis does not.
     */
    private double drain(Line l) {
        return (kinds[l.index] == Kind.GOOD || l.endsSentence) && !truncated(l) ? l.weight / PROSE_WORDS : 0;
    }

    /**
     * The first line of the body: the core widened upwards over earlier prose the same way, but
     * only to a prose line, never past the page's title, so the headline, byline and date above
     * the first paragraph stay out.
     */
    int widenUp(int start, int stop) {
        double bucket = 0;
        int first = start;
        // Under a known headline, what lies between it and the core is mostly the article's own.
        double limit = stop >= 0 ? CHROME_RUN * 2 : CHROME_RUN;
        for (int i = start - 1; i > stop; i--) {
            Line l = page.get(i);
            if (chrome(l)) {
                bucket += 1;
                if (bucket >= limit) {
                    break;
                }
            } else {
                bucket = Math.max(0, bucket - drain(l));
                if (bucket == 0 && kinds[i] == Kind.GOOD) {
                    first = i;
                }
            }
        }
        return first;
    }

    /** The body's lines from {@code start} to {@code end}, without furniture and the lines that have a role. */
    List<Line> lines(int start, int end) {
        boolean[] list = new boolean[page.size()];
        for (int i = start; i <= end; i++) {
            Line l = page.get(i);
            if (page.blockStart(l) == i) {
                markList(l, list);
            }
        }
        markHeadlineRuns(start, end, list);
        List<Line> out = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            if (keep(page.get(i), list)) {
                out.add(page.get(i));
            }
        }
        return out;
    }

    /**
     * Marks the lines of a block that is a list of headlines (other stories, "Trending", a menu)
     * rather than article matter: two or more lines, most of them short and without a full stop,
     * and no sentence ending in a colon to introduce them as the article's own list. A short
     * label right before such a list ("Most read") goes with it.
     */
    private void markList(Line first, boolean[] list) {
        int from = first.index;
        int to = page.blockEnd(first);
        if (to == from) {
            return;
        }
        int heads = 0;
        for (int i = from; i <= to; i++) {
            heads += headlineShaped(page.get(i)) ? 1 : 0;
        }
        if (heads * 3 < (to - from + 1) * 2 || introduced(first)) {
            return;
        }
        for (int i = from; i <= to; i++) {
            list[i] = listItem(page.get(i));
        }
        if (from > 0) {
            Line label = page.get(from - 1);
            if (page.alone(label) && label.weight <= 4 && !label.endsSentence) {
                list[from - 1] = true;
            }
        }
    }

    /**
     * Marks runs of three or more headlines each set apart like a paragraph: a box of other
     * stories inside the article ("More from …"). Lists that belong to the article are written
     * as one block of lines, or as sentences.
     */
    private void markHeadlineRuns(int start, int end, boolean[] list) {
        int runStart = -1;
        for (int i = start; i <= end + 1; i++) {
            boolean head = i <= end && page.alone(page.get(i)) && standaloneHeadline(page.get(i));
            if (head) {
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0 && i - runStart >= 3) {
                for (int j = runStart; j < i; j++) {
                    list[j] = true;
                }
                if (runStart > 0 && page.get(runStart - 1).weight <= 4 && !page.get(runStart - 1).endsSentence) {
                    list[runStart - 1] = true;
                }
            }
            runStart = -1;
        }
    }

    private boolean standaloneHeadline(Line l) {
        return kinds[l.index] != Kind.GOOD && !l.endsSentence && l.weight >= 5 && l.weight < PROSE_WORDS * 2;
    }

    /** Whether a sentence ending in a colon ("The tour dates:") introduces the block as the article's own list. */
    private boolean introduced(Line first) {
        Line intro = first.index > 0 ? page.get(first.index - 1) : null;
        return (intro != null && intro.endsColon() && intro.weight >= 4)
                || (first.endsColon() && first.weight >= 4);
    }

    /** Short and without a closing full stop: a headline (which may ask a question), a menu item, a label. */
    private static boolean headlineShaped(Line l) {
        return l.weight < PROSE_WORDS * 1.5
                && (!l.endsSentence || truncated(l) || (!l.text.endsWith(".") && l.capsRatio >= 0.5));
    }

    /**
     * A line that may be another story's headline in a list: a few words at least, starting with a
     * capital or a digit. The items of an article's own lists are often a word or two, or lower case.
     */
    private static boolean storyHeadline(Line l) {
        int first = l.text.codePointAt(0);
        return l.weight >= STORY_HEADLINE_WORDS && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /** In a list of headlines, a short line that closes with no full stop is an item, a question too. */
    private static boolean listItem(Line l) {
        return headlineShaped(l) || l.weight < PROSE_WORDS * 1.5 && !l.text.endsWith(".");
    }

    /** Cut short with an ellipsis, as teasers are. */
    static boolean truncated(Line l) {
        return l.text.endsWith("...") || l.text.endsWith("…");
    }

    private boolean keep(Line l, boolean[] list) {
        if (list[l.index] || roles[l.index] != Role.NONE || page.footer(l)) {
            return false;
        }
        return switch (kinds[l.index]) {
            case GOOD, NEAR -> true;
            case SHORT -> page.occurrences(l) == 1 && (page.alone(l) || !chrome(l));
            case BAD -> false;
        };
    }
}
