package org.dossier.nlp.quote;

import java.util.List;

/**
 * A passage between quotation marks in the body, over one paragraph or several (a paragraph that opens
 * a quotation without closing it continues in the next, which reopens with a mark).
 *
 * @param open     offset of the opening mark
 * @param after    offset just after the closing mark (the end of the last segment when no mark closes it)
 * @param segments the quoted text of each paragraph, marks excluded, in order
 * @param closed   whether a closing mark ends it
 */
record Quoted(int open, int after, List<Segment> segments, boolean closed) {
    Quoted {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a quotation has at least one segment");
        }
    }

    /**
     * The quoted text of one paragraph.
     *
     * @param paragraph paragraph number in the body
     * @param begin     offset of the first character after the opening mark
     * @param end       offset of the closing mark (or of the paragraph's end)
     */
    record Segment(int paragraph, int begin, int end) {
    }

    /**
     * The quotation one paragraph at a time: news lists a quotation over several paragraphs as one quote per
     * paragraph, each under the same speaker, and a reader looks one up by the paragraph's words.
     */
    List<Quoted> paragraphs() {
        if (segments.size() == 1) {
            return List.of(this);
        }
        List<Quoted> out = new java.util.ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean last = i == segments.size() - 1;
            out.add(new Quoted(i == 0 ? open : s.begin(), last ? after : s.end(), List.of(s), !last || closed));
        }
        return out;
    }

    int begin() {
        return segments.get(0).begin();
    }

    int end() {
        return segments.get(segments.size() - 1).end();
    }

    int firstParagraph() {
        return segments.get(0).paragraph();
    }

    int lastParagraph() {
        return segments.get(segments.size() - 1).paragraph();
    }

    /**
     * The quoted words: the segments joined by a space, whitespace runs collapsed, the comma that hands
     * over to the attribution ({@code "…," he said}) dropped.
     */
    String text(String body) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(body, s.begin(), s.end());
        }
        String t = collapse(sb);
        while (!t.isEmpty() && (t.endsWith(",") || t.endsWith("—") || t.endsWith("–"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whitespace runs (non-breaking spaces included) as one space, trimmed. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (MarkScanner.isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
