package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * The body of a document as one run of tokens, with the paragraph, sentence and mention of each token,
 * so that a frame can be read across the sentence splits CoreNLP makes inside quotations. Built once per
 * document in linear time; immutable after construction.
 */
final class Body {
    final Document doc;
    final String text;
    final int[] parBegin;
    final int[] parEnd;
    final List<Sentence> sentences;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> tokenSentence = new ArrayList<>();
    private final int[] sentenceFirst;
    private final Mention[] mentionOf;
    private final int[] mentionFirst;
    private final int[] mentionEnd;

    Body(Document doc) {
        this.doc = doc;
        this.text = doc.article().body();
        List<int[]> pars = paragraphs(text);
        parBegin = pars.stream().mapToInt(p -> p[0]).toArray();
        parEnd = pars.stream().mapToInt(p -> p[1]).toArray();
        sentences = doc.sentences(Section.BODY);
        sentenceFirst = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceFirst[s] = tokens.size();
            for (Token t : sentences.get(s).tokens()) {
                tokens.add(t);
                tokenSentence.add(s);
            }
        }
        sentenceFirst[sentences.size()] = tokens.size();
        mentionOf = new Mention[tokens.size()];
        mentionFirst = new int[tokens.size()];
        mentionEnd = new int[tokens.size()];
        int k = 0;
        for (int s = 0; s < sentences.size(); s++) {
            k = Math.max(k, sentenceFirst[s]);
            for (Mention m : doc.mentionsIn(sentences.get(s))) {
                while (k < sentenceFirst[s + 1] && tokens.get(k).end() <= m.begin()) {
                    k++;
                }
                int first = k;
                int j = k;
                while (j < sentenceFirst[s + 1] && tokens.get(j).begin() < m.end()) {
                    j++;
                }
                for (int x = first; x < j; x++) {
                    mentionOf[x] = m;
                    mentionFirst[x] = first;
                    mentionEnd[x] = j;
                }
            }
        }
    }

    /** Paragraphs as [begin, end) offsets, numbered as {@link Sentence#paragraph()} numbers them. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int begin = 0;
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            out.add(new int[] {begin, i});
            begin = i + 2;
        }
        out.add(new int[] {begin, text.length()});
        return out;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The token's text, or "" outside the body. */
    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    /** Lower-case token text, or "". */
    String lower(int i) {
        return Words.lower(word(i));
    }

    int sentenceOf(int token) {
        return tokenSentence.get(token);
    }

    int sentenceStart(int sentence) {
        return sentenceFirst[sentence];
    }

    int sentenceEnd(int sentence) {
        return sentenceFirst[sentence + 1];
    }

    int paragraphOfToken(int token) {
        return sentences.get(tokenSentence.get(token)).paragraph();
    }

    /** Index of the first token that begins at or after {@code offset}, or {@link #size()}. */
    int tokenAt(int offset) {
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

    /** The mention covering token {@code i}, or null. */
    Mention mention(int i) {
        return i >= 0 && i < mentionOf.length ? mentionOf[i] : null;
    }

    /** First token of the mention covering {@code i}. */
    int mentionFirst(int i) {
        return mentionFirst[i];
    }

    /** Token just after the mention covering {@code i}. */
    int mentionEnd(int i) {
        return mentionEnd[i];
    }

    /** The source text from token {@code from} to the end of token {@code to - 1}. */
    String slice(int from, int to) {
        return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    /** Whether token {@code i} ends a sentence (".", "!", "?", ";" or the last token of a CoreNLP sentence). */
    boolean endsClause(int i) {
        String w = word(i);
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals("...") || w.equals("…");
    }
}
