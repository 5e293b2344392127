package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the passages between quotation marks in a body, in one pass over its characters.
 *
 * <p>Marks: straight {@code "…"}, curly {@code “…”}, AP's doubled apostrophes {@code ''…''} (and
 * {@code ``…''}), German {@code „…“} and {@code »…«}, French {@code «…»}, single {@code ‘…’} and
 * {@code '…'} (British style), single guillemets and CJK corner brackets. A straight mark opens or closes
 * by what flanks it (space before and a letter after opens). Marks of another family inside a quotation
 * are nested quotes and do not end it; an apostrophe ({@code don't}, {@code Kim’s}, {@code leaders’ summit})
 * never closes a single-quoted passage.
 *
 * <p>A paragraph that ends inside a quotation continues into the next when that one opens with a mark of
 * the same family (the news convention for quotes over several paragraphs); otherwise the quotation ends
 * with the paragraph (a single-quoted one is dropped: its opener may be an apostrophe). Linear in the
 * length of the body whatever the marks; stateless.
 */
final class MarkScanner {
    /** Quotations never run over more paragraphs than this: beyond it the marks are broken, not a speech. */
    static final int MAX_PARAGRAPHS = 40;

    enum Family { DOUBLE, SINGLE, ANGLE, SINGLE_ANGLE, CORNER }

    enum Role { OPEN, CLOSE, EITHER }

    record Mark(Family family, Role role, int length, char glyph) {
    }

    private MarkScanner() {
    }

    /**
     * The quotations of {@code body}, in order.
     *
     * @param parBegin offset of each paragraph's first character
     * @param parEnd   offset just after each paragraph's last character
     */
    static List<Quoted> scan(String body, int[] parBegin, int[] parEnd) {
        List<Quoted> out = new ArrayList<>();
        Open cur = null;
        for (int p = 0; p < parBegin.length; p++) {
            int end = parEnd[p];
            int i = parBegin[p];
            if (cur != null) {
                // continuing: this paragraph opens with the reopening mark (checked before coming here)
                int at = firstNonSpace(body, i, end);
                Mark m = mark(body, at, end);
                i = at + m.length();
                cur.segBegin = i;
                cur.segParagraph = p;
                cur.segAtStart = true;
            }
            while (i < end) {
                Mark m = mark(body, i, end);
                if (m == null) {
                    i++;
                    continue;
                }
                if (cur == null) {
                    if (opens(m, body, i, end)) {
                        cur = new Open(m, i, p, i == firstNonSpace(body, parBegin[p], end));
                    }
                } else if (closes(cur, m, body, i, end)) {
                    cur.segments.add(new Quoted.Segment(p, cur.segBegin, i));
                    out.add(new Quoted(cur.open, i + m.length(), cur.segments, true));
                    cur = null;
                } else if (m.family() == cur.family && m.role() == Role.OPEN && cur.family == Family.DOUBLE) {
                    // a second opener before any closer: the first mark was stray
                    cur = new Open(m, i, p, false);
                }
                i += m.length();
            }
            if (cur != null) {
                cur.segments.add(new Quoted.Segment(p, cur.segBegin, end));
                if (p + 1 < parBegin.length && cur.segments.size() < MAX_PARAGRAPHS
                        && reopens(body, parBegin[p + 1], parEnd[p + 1], cur.family)) {
                    continue;
                }
                if (cur.family != Family.SINGLE) {
                    // a closer lost at the paragraph's end: the quotation runs to it
                    out.add(new Quoted(cur.open, end, cur.segments, false));
                } else if (cur.segments.size() > 1) {
                    // a quotation over several paragraphs whose last one lost its closer: keep what is whole
                    List<Quoted.Segment> whole = cur.segments.subList(0, cur.segments.size() - 1);
                    out.add(new Quoted(cur.open, whole.get(whole.size() - 1).end(), whole, false));
                }
                cur = null;
            }
        }
        return out;
    }

    private static final class Open {
        final Family family;
        final char glyph;
        final int open;
        final List<Quoted.Segment> segments = new ArrayList<>();
        int segBegin;
        int segParagraph;
        boolean segAtStart;

        Open(Mark m, int at, int paragraph, boolean atStart) {
            this.family = m.family();
            this.glyph = m.glyph();
            this.open = at;
            this.segBegin = at + m.length();
            this.segParagraph = paragraph;
            this.segAtStart = atStart;
        }
    }

    private static boolean opens(Mark m, String body, int i, int end) {
        if (m.role() == Role.CLOSE) {
            return false;
        }
        if (m.family() == Family.SINGLE) {
            int next = i + m.length();
            return m.role() == Role.OPEN && next < end && Character.isLetterOrDigit(body.charAt(next));
        }
        return true;
    }

    private static boolean closes(Open cur, Mark m, String body, int i, int end) {
        if (m.family() != cur.family || m.role() == Role.OPEN) {
            return false;
        }
        if (cur.family == Family.ANGLE || cur.family == Family.SINGLE_ANGLE) {
            return m.glyph() != cur.glyph; // « closes with », German » with «
        }
        if (cur.family == Family.SINGLE) {
            // "the leaders’ summit": a plural possessive, not the end of the quotation
            char prev = body.charAt(i - 1);
            int next = i + m.length();
            boolean possessive = (prev == 's' || prev == 'S') && next + 1 < end && isSpace(body.charAt(next))
                    && Character.isLowerCase(body.charAt(next + 1)) && !functionWord(body, next + 1, end);
            return !possessive && i > cur.segBegin;
        }
        return true;
    }

    /**
     * Whether the word at {@code at} is one that cannot follow a plural possessive ("'nowhere near panic stations'
     * despite …", "… the players' and …"): a possessive is followed by what it owns, so the mark closes. English.
     */
    private static boolean functionWord(String body, int at, int end) {
        int e = at;
        while (e < end && Character.isLetter(body.charAt(e))) {
            e++;
        }
        return FUNCTION_WORDS.contains(body.substring(at, e));
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("and", "but", "or", "despite",
            "after", "before", "because", "since", "while", "when", "if", "unless", "although", "though", "as", "at",
            "by", "for", "from", "in", "into", "of", "on", "to", "with", "without", "than", "that", "which", "who",
            "the", "a", "an", "is", "are", "was", "were", "he", "she", "it", "they", "we", "said", "says",
            // "said ‘unforeseen design changes’ had added …": an auxiliary after the mark is the clause's verb
            "had", "has", "have", "would", "could", "should", "might", "must", "did", "does", "do", "not", "been");

    private static boolean reopens(String body, int begin, int end, Family family) {
        int at = firstNonSpace(body, begin, end);
        if (at >= end) {
            return false;
        }
        Mark m = mark(body, at, end);
        return m != null && m.family() == family && m.role() != Role.CLOSE;
    }

    private static int firstNonSpace(String body, int from, int end) {
        int i = from;
        while (i < end && isSpace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The quotation mark at {@code i}, or null when the character there is none (an apostrophe, a letter). */
    static Mark mark(String s, int i, int end) {
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return flanked(Family.DOUBLE, s, i, 1, end, c);
            case '\'':
                if (i + 1 < end && s.charAt(i + 1) == '\'') {
                    return flanked(Family.DOUBLE, s, i, 2, end, c);
                }
                return flanked(Family.SINGLE, s, i, 1, end, c);
            case '`':
                if (i + 1 < end && s.charAt(i + 1) == '`') {
                    return new Mark(Family.DOUBLE, Role.OPEN, 2, c);
                }
                return spaceBefore(s, i) ? new Mark(Family.SINGLE, Role.OPEN, 1, c) : null;
            case '\u201C': { // “ opens, except where it closes German „…“ or is misused as a closer
                Role r = role(s, i, 1, end);
                return new Mark(Family.DOUBLE, r == Role.CLOSE ? Role.CLOSE : Role.OPEN, 1, c);
            }
            case '\u201D': { // ” closes; as an opener (Swedish style, or a typo) only before a letter
                Role r = role(s, i, 1, end);
                return new Mark(Family.DOUBLE, r == Role.OPEN ? Role.EITHER : Role.CLOSE, 1, c);
            }
            case '\u201E', '\u201F':
                return new Mark(Family.DOUBLE, Role.OPEN, 1, c);
            case '\u2018': {
                Role r = role(s, i, 1, end);
                if (r == null) {
                    return null; // ‘ misused as an apostrophe inside a word
                }
                return new Mark(Family.SINGLE, r == Role.CLOSE ? Role.CLOSE : Role.OPEN, 1, c);
            }
            case '\u2019': {
                Role r = role(s, i, 1, end);
                if (r == null || r == Role.OPEN) {
                    return null; // Kim’s, don’t, ’90s
                }
                return new Mark(Family.SINGLE, Role.CLOSE, 1, c);
            }
            case '\u201A':
                return new Mark(Family.SINGLE, Role.OPEN, 1, c);
            case '\u00AB', '\u2039': { // « opens, except closing German »…« (a letter before, space after)
                Family f = c == '\u00AB' ? Family.ANGLE : Family.SINGLE_ANGLE;
                return new Mark(f, role(s, i, 1, end) == Role.CLOSE ? Role.CLOSE : Role.OPEN, 1, c);
            }
            case '\u00BB', '\u203A': { // » closes, except opening German »…« (space before, a letter after)
                Family f = c == '\u00BB' ? Family.ANGLE : Family.SINGLE_ANGLE;
                return new Mark(f, role(s, i, 1, end) == Role.OPEN ? Role.OPEN : Role.CLOSE, 1, c);
            }
            case '\u300C', '\u300E':
                return new Mark(Family.CORNER, Role.OPEN, 1, c);
            case '\u300D', '\u300F':
                return new Mark(Family.CORNER, Role.CLOSE, 1, c);
            default:
                return null;
        }
    }

    private static Mark flanked(Family f, String s, int i, int len, int end, char glyph) {
        Role r = role(s, i, len, end);
        return r == null ? null : new Mark(f, r, len, glyph);
    }

    /**
     * OPEN when space is before and a word after, CLOSE when a word or punctuation is before and space or
     * punctuation after, EITHER when both sides are space, null between two letters (an apostrophe).
     */
    private static Role role(String s, int i, int len, int end) {
        boolean before = spaceBefore(s, i);
        int n = i + len;
        char next = n < end ? s.charAt(n) : '\n';
        boolean after = n >= end || isSpace(next) || ",.;:!?)]}>…—–-/".indexOf(next) >= 0 || isMarkChar(next);
        if (before && after) {
            return Role.EITHER;
        }
        if (before) {
            return Role.OPEN;
        }
        if (after || ".,!?;:…".indexOf(s.charAt(i - 1)) >= 0) {
            return Role.CLOSE;
        }
        return null;
    }

    private static boolean spaceBefore(String s, int i) {
        if (i == 0) {
            return true;
        }
        char prev = s.charAt(i - 1);
        return isSpace(prev) || "([{<—–-/:".indexOf(prev) >= 0 || isMarkChar(prev);
    }

    private static boolean isMarkChar(char c) {
        return "\"'`\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F"
                .indexOf(c) >= 0;
    }

    /** Whitespace, non-breaking and narrow spaces included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }
}
