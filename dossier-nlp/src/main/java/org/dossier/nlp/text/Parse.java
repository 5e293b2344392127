package org.dossier.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Part-of-speech tags, lemmas and the basic Universal Dependencies tree of one {@link Sentence}, token for
 * token (token {@code i} here is token {@code i} of the sentence). Made by {@link TextAnnotator#parse} for
 * the sentences a step asks for, never for the whole article. Immutable and thread-safe.
 */
public final class Parse {
    private final String[] tags;
    private final String[] lemmas;
    private final int[] heads;
    private final String[] relations;
    private final int[][] children;

    /**
     * @param tags      Penn Treebank tags ({@code NNP}, {@code VBD}…)
     * @param lemmas    lemmas (lower case except proper nouns)
     * @param heads     index of each token's head, {@code -1} for the root (and for tokens left out of the parse)
     * @param relations UD relation of each token to its head ({@code nsubj}, {@code obl}, {@code nmod:poss}…;
     *                  {@code root} for the root)
     */
    public Parse(List<String> tags, List<String> lemmas, List<Integer> heads, List<String> relations) {
        int n = tags.size();
        if (lemmas.size() != n || heads.size() != n || relations.size() != n) {
            throw new IllegalArgumentException("parse columns differ in length");
        }
        this.tags = tags.toArray(String[]::new);
        this.lemmas = lemmas.toArray(String[]::new);
        this.relations = relations.toArray(String[]::new);
        this.heads = new int[n];
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int h = Objects.requireNonNull(heads.get(i));
            if (h < -1 || h >= n || h == i) {
                throw new IllegalArgumentException("token " + i + " has head " + h);
            }
            this.heads[i] = h;
            if (h >= 0) {
                kids.get(h).add(i);
            }
        }
        this.children = new int[n][];
        for (int i = 0; i < n; i++) {
            this.children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The number of tokens. */
    public int size() {
        return tags.length;
    }

    /** The Penn Treebank tag of token {@code i}. */
    public String tag(int i) {
        return tags[i];
    }

    /** The lemma of token {@code i}. */
    public String lemma(int i) {
        return lemmas[i];
    }

    /** The head of token {@code i}, or {@code -1} for the root and for tokens left out of the parse. */
    public int head(int i) {
        return heads[i];
    }

    /** The UD relation of token {@code i} to its head ({@code root} for the root). */
    public String relation(int i) {
        return relations[i];
    }

    /** The dependents of token {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>(children[i].length);
        for (int c : children[i]) {
            out.add(c);
        }
        return out;
    }

    /** Whether token {@code i} is a verb ({@code VB*}). */
    public boolean verb(int i) {
        return tags[i].startsWith("VB");
    }

    /** Whether token {@code i} is a noun ({@code NN*}). */
    public boolean noun(int i) {
        return tags[i].startsWith("NN");
    }
}
