package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.text.Parse;
import org.dossier.nlp.text.TextAnnotator;

/**
 * The dependency parse of a body sentence, asked for only when the word rules cannot settle a verb of speech (the
 * tagger and parser of {@link TextAnnotator#parse} run at about 3,000 tokens a second, far slower than the word
 * rules), and kept for the document so that a sentence is parsed at most once. From it: the subject of a speech verb
 * ({@code nsubj}) and the clause it governs ({@code ccomp}). English only, like the frames. One instance per
 * document; not thread-safe.
 */
final class Syntax {
    /** At most this many words stand between a speech verb and a clause without "that" ("said on Monday the …"). */
    static final int MAX_GAP = 4;

    /** Words that open an adverbial clause of time, which may follow whom something was said to. */
    private static final Set<String> TIME_MARKS = Set.of("as", "when", "while", "after", "before", "once");

    private final Body b;
    private final Map<Integer, Optional<Parse>> parses = new HashMap<>();

    Syntax(Body b) {
        this.b = b;
    }

    /**
     * The clause that speech verb {@code v} reports, as body tokens {@code [from, to)} with {@code to} at most
     * {@code end}, when the parse makes the speaker phrase {@code np} the verb's subject: "Dr Ana Ruiz said rising
     * rents and slow wages had pushed students out", whose bare clause the word rules cannot bound. Empty when the
     * parse gives the verb no clausal complement after it, when its subject lies outside {@code np} (the phrase is
     * an object or belongs to another clause), when the verb is not tagged a verb, when the verb takes an object
     * before the clause, and when the clause has no subject of its own.
     */
    Optional<int[]> complement(Frames.Np np, int v, int end) {
        int s = b.sentenceOf(v);
        int first = b.sentenceStart(s);
        Optional<Parse> parse = parse(s);
        if (parse.isEmpty()) {
            return Optional.empty();
        }
        Parse p = parse.get();
        int i = v - first;
        if (!p.verb(i)) {
            return Optional.empty();
        }
        List<Integer> kids = p.children(i);
        boolean subject = kids.stream().anyMatch(k -> p.relation(k).equals("nsubj") && first + k >= np.start()
                && first + k < np.end());
        if (!subject) {
            return Optional.empty();
        }
        for (int k : kids) {
            if (k > i && p.relation(k).equals("ccomp")) {
                // the clause from its first word after the verb: a misattached word before the verb is not in it
                int lo = k;
                int hi = k;
                for (int t = i + 1; t < p.size(); t++) {
                    if (governs(p, k, t)) {
                        lo = Math.min(lo, t);
                        hi = Math.max(hi, t);
                    }
                }
                boolean that = false;
                while (lo < k && p.relation(lo).equals("mark")) {
                    that |= p.lemma(lo).equals("that");
                    lo++; // "said that …": the clause starts after "that"
                }
                int start = lo;
                // a clause has a subject of its own, and not a number ("added 14 rebounds": a noun read as a verb)
                boolean clause = p.children(k).stream().anyMatch(c -> c < k && (p.relation(c).startsWith("nsubj")
                        || p.relation(c).equals("expl")) && !p.tag(c).equals("CD"));
                // "pointed to the welders the yard employs": a noun the verb takes, or many words between verb
                // and clause, make the clause something else than what was said
                boolean object = kids.stream().anyMatch(c -> c < start && (p.relation(c).equals("obj")
                        || p.relation(c).equals("iobj")));
                boolean near = that || start - i <= MAX_GAP + 1; // "said in comments on Monday that …"
                // "reported a rise in profit": a verb that needs "that" before a clause reports one only with it
                boolean linked = that || Words.takesBareClause(b.word(v));
                int from = first + start;
                int to = Math.min(end, first + hi + 1);
                return from < to && clause && !object && near && linked ? Optional.of(new int[] {from, to})
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Where the speaker's phrase begins when the parse makes the words after speech verb {@code v} only whom it was
     * said to and when ("…, harbour master Ana Ruiz told the county board on Monday."): the verb's subject lies in
     * the speaker phrase {@code np}, it takes an object after it, and nothing after it is a clause or a finite
     * verb. The phrase is the subject's subtree, which takes in words before a name that the frames leave out
     * ("harbour master"). Empty otherwise.
     */
    Optional<Integer> addressed(Frames.Np np, int v) {
        int s = b.sentenceOf(v);
        int first = b.sentenceStart(s);
        Optional<Parse> parse = parse(s);
        if (parse.isEmpty() || !parse.get().verb(v - first)) {
            return Optional.empty();
        }
        Parse p = parse.get();
        int i = v - first;
        int subject = -1;
        boolean object = false;
        List<Integer> when = new ArrayList<>();
        for (int k : p.children(i)) {
            String r = p.relation(k);
            if (r.equals("nsubj") && first + k >= np.start() && first + k < np.end()) {
                subject = k;
            }
            object |= k > i && (r.equals("obj") || r.equals("iobj"));
            boolean phrase = r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.equals("advmod")
                    || r.equals("punct");
            if (k > i && r.equals("advcl") && temporal(p, k)) {
                when.add(k); // "… told the Dáil on Tuesday as he announced the budget": when it was said
                continue;
            }
            if (k > i && !phrase) {
                return Optional.empty();
            }
        }
        for (int t = i + 1; t < p.size(); t++) {
            String tag = p.tag(t);
            int x = t;
            if (when.stream().anyMatch(c -> governs(p, c, x))) {
                continue;
            }
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return Optional.empty(); // "told reporters the cuts would …": a finite verb heads a clause, however parsed
            }
        }
        if (subject < 0 || !object) {
            return Optional.empty();
        }
        int lo = subject;
        for (int t = 0; t < i; t++) {
            if (governs(p, subject, t)) {
                lo = Math.min(lo, t);
            }
        }
        return Optional.of(Math.min(first + lo, np.start()));
    }

    /** Whether the adverbial clause headed at {@code k} opens with a word of time ("as", "when", "after", "before"). */
    private static boolean temporal(Parse p, int k) {
        for (int c : p.children(k)) {
            if (p.relation(c).equals("mark") && c < k && TIME_MARKS.contains(p.lemma(c).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} is {@code head} or below it in the tree. */
    private static boolean governs(Parse p, int head, int t) {
        for (int x = t, steps = 0; x >= 0 && steps <= p.size(); x = p.head(x), steps++) {
            if (x == head) {
                return true;
            }
        }
        return false;
    }

    private Optional<Parse> parse(int s) {
        return parses.computeIfAbsent(s, k -> TextAnnotator.shared().parse(b.sentences.get(k)));
    }
}
