package org.dossier.nlp.text;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article with its tokens. Immutable.
 *
 * <p>Offsets are in the text of the sentence's section: for {@link Section#BODY} they are offsets in
 * {@code Article.body()}, so they are the evidence offsets of the record.
 *
 * @param index     position in {@link Document#sentences()} (title first, then body, then captions)
 * @param section   the part of the article it comes from
 * @param part      which caption (0 for the title and the body)
 * @param paragraph paragraph number within the section (body paragraphs are separated by a blank line)
 * @param begin     offset of its first character
 * @param end       offset just after its last character
 * @param text      the sentence as in the source
 * @param tokens    its tokens, in order
 */
public record Sentence(int index, Section section, int part, int paragraph, int begin, int end, String text,
                       List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    /** Whether {@code offset} (in this sentence's section) falls inside the sentence. */
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    /** The source text between two offsets of this sentence's section. */
    public String slice(int from, int to) {
        return text.substring(from - begin, to - begin);
    }

    /** Index of the first token starting at or after {@code offset}, or the token count. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
