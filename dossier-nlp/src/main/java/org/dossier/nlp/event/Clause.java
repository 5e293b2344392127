package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.EventStatus;

/**
 * The clause that reports an event, read from the dependency tree: which words govern the trigger
 * ("agreed to", "is expected to", "denied that"), hence the event's status; the tense that dates an
 * undated report; and the words whose time expressions date it. Immutable.
 */
final class Clause {
    /** The time reference of the reporting clause. */
    enum Tense { PRESENT, PROGRESSIVE, PERFECT, PAST, PLUPERFECT, FUTURE, NONE }

    private static final Set<String> PLAN_WORDS = Set.of("agree", "plan", "expect", "schedule", "set", "due",
            "intend", "prepare", "decide", "promise", "pledge", "vow", "arrange", "aim", "slate", "poise", "commit",
            "resolve", "consent", "accept", "preparation", "agreement", "intention", "willingness");
    private static final Set<String> SPECULATE_WORDS = Set.of("predict", "speculate", "believe", "suggest",
            "mull", "weigh", "rumor", "rumour", "possibility", "prospect", "idea", "speculation",
            "chance", "likelihood", "option", "potential", "unlikely", "likely", "possible", "forecast", "guess",
            "suspect", "imagine", "envisage", "envision", "explore", "discuss", "push", "urge", "demand", "call",
            "ask", "request", "propose", "proposal", "want", "wish", "need", "hope", "seek", "invite", "invitation",
            "offer", "try", "attempt", "readiness", "desire", "imperative", "necessary",
            "important", "essential", "vital", "crucial", "urgent", "difficult", "hard", "easy", "impossible", "keen",
            "eager", "ready", "willing", "able", "eye", "contemplate");
    private static final Set<String> DENY_WORDS = Set.of("deny", "dismiss", "refute", "disavow");
    private static final Set<String> NEGATE_WORDS = Set.of("refuse", "decline", "fail", "cancel", "postpone",
            "scrap", "avoid", "halt", "suspend", "abandon", "prevent", "shelve", "scuttle", "without", "unable");
    /** Verb and particle that cancel their object or subject event: "called off the visit" (English only). */
    private static final Set<String> NEGATE_PHRASAL = Set.of("call off", "rule out", "put off");
    private static final Set<String> PLANNED_ADJECTIVES = Set.of("upcoming", "planned", "scheduled", "expected",
            "anticipated", "forthcoming", "next", "future", "impending", "coming", "imminent", "pending",
            "proposed", "mooted");
    private static final Set<String> SPECULATED_ADJECTIVES = Set.of("possible", "potential", "likely",
            "prospective", "hypothetical", "rumored", "rumoured", "unlikely", "hoped-for", "would-be");
    private static final Set<String> SPEECH = Set.of("say", "tell", "announce", "state", "report", "add",
            "declare", "confirm", "insist", "note", "claim", "write", "indicate", "reveal", "inform");
    private static final Set<String> SPECULATIVE_ADVERBS = Set.of("likely", "possibly", "perhaps", "probably",
            "maybe", "potentially", "reportedly-not");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> MODAL_AUX = Set.of("may", "might", "could", "can", "should", "must", "ca",
            "ought");
    /** Verbs whose subject is an event they date: "the summit ended on Thursday", "talks were held in May". */
    private static final Set<String> OCCUR = Set.of("end", "begin", "start", "take", "open", "close", "conclude",
            "continue", "last", "resume", "happen", "occur", "collapse", "break", "hold", "wrap", "come", "get",
            "finish", "run", "produce", "yield");
    /** Passive verbs whose subject event they make happen: "talks will be held", "negotiations are to be led". */
    private static final Set<String> HAPPEN_PASSIVE = Set.of("hold", "lead", "host", "convene", "stage", "conduct",
            "organize", "organise", "chair", "launch", "arrange");
    /** Verbs that say a subject event takes place: "talks are expected to resume". */
    private static final Set<String> ASPECT = Set.of("resume", "begin", "start", "take", "happen", "continue", "go",
            "occur", "be", "come", "proceed", "end", "conclude", "last", "materialize", "materialise", "open");
    /**
     * Predicates that say their subject event is drawing near: "the summit is imminent", "as the talks
     * approach", "the vote looms", "the meeting is around the corner" (English only).
     */
    private static final Set<String> NEAR = Set.of("approach", "near", "loom", "imminent", "corner");
    /** Units of an "ago" that puts an event well before publication: "two years ago" (English only). */
    private static final Set<String> LONG_AGO = Set.of("month", "year", "decade", "century");
    /**
     * Prepositions of a gerund clause whose event the sentence takes for granted: "needs to meet Xi before
     * meeting Moon" does not doubt the meeting with Moon.
     */
    private static final Set<String> SEQUENCE = Set.of("before", "after");
    /** Prepositions that say what a word of plan or doubt is about: "plans for", "hopes of", "agreed on". */
    private static final Set<String> ABOUT = Set.of("", "for", "to", "on", "of", "about", "over");

    private final Tree tree;
    private final int trigger;
    private final int top;
    private final List<Integer> chain;
    private final Set<Integer> skip;

    private Clause(Tree tree, int trigger, int top, List<Integer> chain, Set<Integer> skip) {
        this.tree = tree;
        this.trigger = trigger;
        this.top = top;
        this.chain = List.copyOf(chain);
        this.skip = Set.copyOf(skip);
    }

    /**
     * The clause of a trigger: from a noun up through the support verbs and linking nouns that govern it
     * ("voted in support of a number of sanctions"), then through infinitives ("arrived … to kick off
     * his visit"); the chain goes on through the verbs and nouns that frame it ("agreed to", "plans
     * for", "said that").
     */
    static Clause of(Tree tree, int trigger, Lexicon lexicon) {
        int t = trigger;
        int guard = 0;
        while (guard++ < 8) {
            int h = tree.head(t);
            if (h < 0) {
                break;
            }
            String r = tree.rel(t);
            boolean viaArgument = r.equals("obj") || r.equals("obl") || r.equals("nsubj:pass") || r.startsWith("nmod")
                    && !r.equals("nmod:poss");
            if (tree.parse.noun(t) && viaArgument && tree.parse.verb(h) && lexicon.supportVerb(tree.lemma(h))) {
                t = h;
            } else if (tree.parse.noun(t) && r.startsWith("nmod") && !r.equals("nmod:poss")
                    && tree.parse.noun(h) && lexicon.chainNoun(tree.lemma(h))) {
                t = h;
            } else if (tree.parse.noun(t) && r.equals("conj") && tree.parse.noun(h)) {
                t = h;
            } else if (tree.parse.noun(trigger) && tree.parse.verb(t) && r.equals("xcomp") && tree.parse.verb(h)) {
                t = h;
            } else {
                break;
            }
        }
        int top = t;
        List<Integer> chain = new ArrayList<>();
        for (int k = trigger; k >= 0 && chain.size() < 12; ) {
            chain.add(k);
            if (k == top) {
                break;
            }
            k = tree.head(k);
        }
        if (top == trigger && tree.parse.noun(trigger)) {
            // "the meeting Kim is expected to hold": the relative clause that holds the event is its clause
            Optional<Integer> held = supportClause(tree, trigger, lexicon);
            if (held.isPresent()) {
                chain.clear();
                chain.add(trigger);
                int k = held.get();
                chain.add(k);
                while (tree.rel(k).equals("xcomp") && tree.head(k) >= 0 && chain.size() < 8) {
                    k = tree.head(k);
                    chain.add(k);
                }
                return new Clause(tree, trigger, k, chain, Set.of());
            }
        }
        Set<Integer> skip = new HashSet<>();
        int k = top;
        while (chain.size() < 16) {
            int h = tree.head(k);
            if (h < 0 || !governs(tree, k, h)) {
                break;
            }
            if (tree.rel(k).equals("conj")) {
                skip.add(h); // "agreed to stop the deadlock and hold a summit": "stop" does not govern "hold"
            }
            chain.add(h);
            k = h;
        }
        return new Clause(tree, trigger, top, chain, skip);
    }

    /**
     * The support verb of a relative clause on an event noun whose object the noun is ("the meeting Kim
     * is expected to hold" gives "hold").
     */
    static Optional<Integer> supportClause(Tree tree, int noun, Lexicon lexicon) {
        for (int r : tree.exact(noun, "acl:relcl")) {
            int v = r;
            for (int guard = 0; guard < 4; guard++) {
                if (lexicon.supportVerb(tree.lemma(v)) && tree.object(v).filter(o -> o == noun).isPresent()) {
                    return Optional.of(v);
                }
                List<Integer> x = tree.children(v, "xcomp");
                if (x.isEmpty()) {
                    break;
                }
                v = x.get(0);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code h} says its subject is drawing near: an intransitive "approach", "near", "loom", the
     * adjective "imminent", or "around the corner".
     */
    private static boolean near(Tree tree, int h) {
        String lemma = tree.lemma(h);
        if (!NEAR.contains(lemma) || !tree.exact(h, "obj").isEmpty()) {
            return false;
        }
        return !lemma.equals("corner") || tree.hasChildLemma(h, Set.of("around", "round"), "case");
    }

    private static boolean modal(Tree tree, int h) {
        String lemma = tree.lemma(h);
        return PLAN_WORDS.contains(lemma) || SPECULATE_WORDS.contains(lemma) || DENY_WORDS.contains(lemma)
                || negates(tree, h);
    }

    /** Whether word {@code n} says its event does not happen: "refused", "cancelled", "called off". */
    private static boolean negates(Tree tree, int n) {
        String lemma = tree.lemma(n);
        if (NEGATE_WORDS.contains(lemma)) {
            return true;
        }
        for (int p : tree.children(n, "compound:prt")) {
            if (NEGATE_PHRASAL.contains(lemma + " " + tree.lemma(p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether head {@code h} speaks about the event of {@code k}: a verb through its complement clauses,
     * a noun only when the head is a word of plan, doubt, denial or negation and the noun is what it is
     * about ("expected a visit", "plans for talks"; not "despite the visit, it is unlikely that …").
     */
    private static boolean governs(Tree tree, int k, int h) {
        String r = tree.rel(k);
        String head = tree.lemma(h);
        if (r.equals("conj")) {
            return true;
        }
        if (tree.parse.noun(k)) {
            if (r.equals("nsubj") || r.equals("nsubj:pass")) {
                List<Integer> xcomp = tree.children(h, "xcomp");
                // "talks will be held next week", "negotiations are to be led by Pompeo"
                boolean occurs = OCCUR.contains(head) || r.equals("nsubj:pass") && HAPPEN_PASSIVE.contains(head);
                return occurs || r.equals("nsubj") && near(tree, h)
                        || modal(tree, h) && (xcomp.isEmpty() || ASPECT.contains(tree.lemma(xcomp.get(0))));
            }
            if (r.equals("obj")) {
                return modal(tree, h);
            }
            if (r.startsWith("obl") || r.equals("nmod")) {
                return modal(tree, h) && ABOUT.contains(tree.preposition(k));
            }
            return false;
        }
        if (r.equals("xcomp") || r.equals("ccomp") || r.startsWith("csubj") || r.equals("acl")
                || tree.gerundComplement(k)) {
            return true;
        }
        // a finite adverbial clause has its own time: "Kim met Xi when he visited Beijing"
        return r.equals("advcl") && !(tree.tag(k).equals("VBD") || tree.tag(k).equals("VBZ")
                || tree.tag(k).equals("VBP") || !tree.children(k, "aux").isEmpty()
                && !tree.hasChildLemma(k, Set.of("to"), "mark"));
    }

    /** The top of the event's own clause (the trigger itself, or the support verb over it). */
    int top() {
        return top;
    }

    /** The status the grammar gives the event: the marker nearest the trigger decides. */
    EventStatus status() {
        boolean underSpeech = false;
        for (int n : chain) {
            underSpeech |= n != trigger && SPEECH.contains(tree.lemma(n));
        }
        for (int n : chain) {
            if (!tree.parse.verb(n)) {
                continue;
            }
            for (int c : tree.children(n, "obl", "advmod", "nmod")) {
                if (tree.hasChildLemma(c, Set.of("every", "each", "any"), "det")
                        && Set.of("time", "occasion", "year", "month", "week").contains(tree.lemma(c))) {
                    return EventStatus.SPECULATED; // "every time Kim meets an American": a habit, not an event
                }
            }
        }
        if (tree.hasChildLemma(trigger, Set.of("whatever", "whenever", "wherever", "whoever"), "obj", "advmod",
                "mark", "nsubj", "obl")) {
            return EventStatus.SPECULATED;
        }
        int sequence = sequence();
        if (sequence < 0) {
            return marked(0, chain.size(), underSpeech);
        }
        EventStatus own = marked(0, sequence + 1, underSpeech);
        if (own != EventStatus.REPORTED) {
            return own;
        }
        // the governing clause says when, not whether: its plan or doubt makes the event expected
        EventStatus governing = marked(sequence + 1, chain.size(), underSpeech);
        return switch (governing) {
            case PLANNED, SPECULATED -> EventStatus.PLANNED;
            case HISTORICAL -> EventStatus.HISTORICAL;
            default -> EventStatus.REPORTED;
        };
    }

    /**
     * The index in the chain of the event's gerund clause introduced by "before" or "after", whose event
     * is taken for granted by the clause it hangs on; -1 when there is none.
     */
    private int sequence() {
        for (int i = 0; i + 1 < chain.size(); i++) {
            int n = chain.get(i);
            if (tree.rel(n).equals("advcl") && tree.tag(n).equals("VBG")
                    && tree.hasChildLemma(n, SEQUENCE, "case", "mark")) {
                return i;
            }
        }
        return -1;
    }

    /** The status marked by the chain's words from index {@code from} to {@code to}: the nearest decides. */
    private EventStatus marked(int from, int to, boolean underSpeech) {
        for (int i = from; i < to; i++) {
            int n = chain.get(i);
            String lemma = tree.lemma(n);
            if (n != trigger && !skip.contains(n)) {
                // "would suspend the exercises": the governing word's meaning outranks its modal
                if (DENY_WORDS.contains(lemma)) {
                    return EventStatus.DENIED;
                }
                if (negates(tree, n)) {
                    return EventStatus.NEGATED;
                }
            }
            if (tree.parse.noun(n)) {
                for (int c : tree.children(n, "acl", "amod", "compound")) {
                    String w = tree.word(c).toLowerCase(java.util.Locale.ROOT);
                    if (SPECULATED_ADJECTIVES.contains(w)) {
                        return cancelled(i + 1, to).orElse(EventStatus.SPECULATED);
                    }
                    if (PLANNED_ADJECTIVES.contains(w) || tree.rel(c).equals("acl") && PLAN_WORDS.contains(tree.lemma(c))) {
                        return cancelled(i + 1, to).orElse(EventStatus.PLANNED);
                    }
                }
                if (tree.hasChildLemma(n, Set.of("no"), "det")
                        || tree.hasChildLemma(n, Set.of("without"), "case")) {
                    return EventStatus.NEGATED;
                }
            }
            if (tree.parse.verb(n) || tree.tag(n).startsWith("JJ")) {
                if (tree.hasChildLemma(n, Set.of("not", "never", "n't", "no"), "advmod", "neg")) {
                    return EventStatus.NEGATED;
                }
                for (int a : tree.children(n, "aux")) {
                    String aux = tree.lemma(a);
                    String w = tree.word(a).toLowerCase(java.util.Locale.ROOT);
                    if (FUTURE_AUX.contains(w) || FUTURE_AUX.contains(aux)) {
                        return outranked(EventStatus.PLANNED, i + 1, to);
                    }
                    if (w.equals("would") || w.equals("'d")) {
                        return outranked(underSpeech ? EventStatus.PLANNED : EventStatus.SPECULATED, i + 1, to);
                    }
                    if (MODAL_AUX.contains(w) || MODAL_AUX.contains(aux)) {
                        return outranked(EventStatus.SPECULATED, i + 1, to);
                    }
                }
                if (longAgo(n)) {
                    return EventStatus.HISTORICAL;
                }
                if (tree.hasChildLemma(n, SPECULATIVE_ADVERBS, "advmod")) {
                    return EventStatus.SPECULATED;
                }
                if (tree.hasChildLemma(n, Set.of("if", "unless", "whether"), "mark")) {
                    return EventStatus.SPECULATED;
                }
                if (tree.hasChildLemma(n, Set.of("to"), "mark") && tree.hasChildLemma(n, Set.of("be"), "aux")
                        && n != trigger && !tree.rel(n).equals("xcomp")) {
                    return EventStatus.PLANNED; // "are to be led by"
                }
            }
            if (n != trigger && tree.parse.verb(n)) {
                // "unveiled his hopes to hold talks", "announced plans to visit"
                for (int o : tree.exact(n, "obj")) {
                    String w = tree.lemma(o);
                    if (!chain.contains(o) && PLAN_WORDS.contains(w)) {
                        return EventStatus.PLANNED;
                    }
                    if (!chain.contains(o) && SPECULATE_WORDS.contains(w)) {
                        return EventStatus.SPECULATED;
                    }
                }
            }
            if (n != trigger && !skip.contains(n)) {
                if (DENY_WORDS.contains(lemma)) {
                    return EventStatus.DENIED;
                }
                if (negates(tree, n)) {
                    return EventStatus.NEGATED;
                }
                if (PLAN_WORDS.contains(lemma) || near(tree, n) && chain.get(i - 1) == trigger) {
                    return EventStatus.PLANNED;
                }
                if (SPECULATE_WORDS.contains(lemma)) {
                    return EventStatus.SPECULATED;
                }
                // "is to visit", "are set to meet": a future made with a copula
                if (tree.parse.verb(n) && tree.lemma(n).equals("be") && tree.rel(chain.get(i - 1)).equals("xcomp")) {
                    return EventStatus.PLANNED;
                }
            }
            if (n == trigger && tree.parse.noun(n) && tree.preposition(n).equals("since")) {
                return EventStatus.HISTORICAL;
            }
        }
        return EventStatus.REPORTED;
    }

    /**
     * The status of a future or modal auxiliary, unless a word of denial or doubt further up the chain
     * frames it: "dismissed reports that he would visit" is denied, "experts predict Iran will attack"
     * speculated. A word of plan or negation in between keeps the auxiliary's reading.
     */
    private EventStatus outranked(EventStatus own, int from, int to) {
        for (int j = from; j < to; j++) {
            int n = chain.get(j);
            String lemma = tree.lemma(n);
            if (skip.contains(n)) {
                continue;
            }
            if (DENY_WORDS.contains(lemma)) {
                return EventStatus.DENIED;
            }
            if (SPECULATE_WORDS.contains(lemma)) {
                return own == EventStatus.PLANNED ? EventStatus.SPECULATED : own;
            }
            if (PLAN_WORDS.contains(lemma) || negates(tree, n)) {
                return own;
            }
        }
        return own;
    }

    /**
     * A denial or cancellation further up the chain of an event its noun calls planned or possible: "the
     * planned visit was called off" is negated; "… was not cancelled" keeps the plan.
     */
    private Optional<EventStatus> cancelled(int from, int to) {
        for (int j = from; j < to; j++) {
            int n = chain.get(j);
            if (skip.contains(n) || tree.hasChildLemma(n, Set.of("not", "never", "n't"), "advmod")) {
                continue;
            }
            if (DENY_WORDS.contains(tree.lemma(n))) {
                return Optional.of(EventStatus.DENIED);
            }
            if (negates(tree, n)) {
                return Optional.of(EventStatus.NEGATED);
            }
        }
        return Optional.empty();
    }

    /** Whether verb {@code n} is dated months or years back: "two decades ago, Libya agreed". */
    private boolean longAgo(int n) {
        for (int c : tree.children(n, "obl", "advmod", "nmod")) {
            if (LONG_AGO.contains(tree.lemma(c)) && tree.hasChildLemma(c, Set.of("ago"), "case", "advmod")) {
                return true;
            }
        }
        return false;
    }

    /** Drops the subtrees of {@code dep} dependents that are verbs or conjunctions: misparsed clauses. */
    private BitSet withoutClausalDeps(BitSet s) {
        for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
            String tag = tree.tag(i);
            if (i != top && tree.rel(i).equals("dep") && (tag.startsWith("VB") || tag.equals("CC") || tag.equals("MD"))) {
                BitSet sub = tree.subtree(i, Set.of());
                s.andNot(sub);
            }
        }
        return s;
    }

    /** The tense of the nearest verb of the chain that shows one. */
    Tense tense() {
        for (int n : chain) {
            if (!tree.parse.verb(n)) {
                continue;
            }
            Set<String> aux = new HashSet<>();
            String auxTag = "";
            for (int a : tree.children(n, "aux")) {
                aux.add(tree.word(a).toLowerCase(java.util.Locale.ROOT));
                aux.add(tree.lemma(a));
                auxTag = tree.tag(a);
            }
            String tag = tree.tag(n);
            if (aux.stream().anyMatch(FUTURE_AUX::contains)) {
                return Tense.FUTURE;
            }
            if (aux.contains("have") && tag.equals("VBN")) {
                return auxTag.equals("VBD") || aux.contains("had") ? Tense.PLUPERFECT : Tense.PERFECT;
            }
            if (aux.contains("be") && tag.equals("VBG")) {
                return auxTag.equals("VBD") ? Tense.PAST : Tense.PROGRESSIVE;
            }
            if (tag.equals("VBD")) {
                return Tense.PAST;
            }
            if (tag.equals("VBZ") || tag.equals("VBP")) {
                return Tense.PRESENT;
            }
            if (!tree.children(n, "aux:pass").isEmpty()) {
                int a = tree.children(n, "aux:pass").get(0);
                return tree.tag(a).equals("VBD") ? Tense.PAST : Tense.PRESENT;
            }
        }
        return Tense.NONE;
    }

    /**
     * The tokens whose time expressions date the event: the trigger's phrase (with its participles and
     * relative clauses when it is a noun) and the support verbs' clause, without other clauses.
     */
    BitSet scope() {
        Set<String> stop = new HashSet<>(Tree.CLAUSAL);
        stop.add("conj");
        int h = tree.head(trigger);
        if (top == trigger && tree.parse.noun(trigger) && h >= 0 && tree.rel(trigger).startsWith("nsubj")
                && OCCUR.contains(tree.lemma(h))) {
            // "the second summit … ended abruptly on Thursday"
            BitSet s = tree.subtree(trigger, stop);
            for (int c : tree.children(h, "obl", "advmod", "nmod:tmod", "obl:tmod")) {
                s.or(tree.subtree(c, stop));
            }
            return s;
        }
        if (top == trigger && tree.parse.verb(trigger)) {
            stop.add("xcomp"); // "agreed on Monday to meet in April": April dates the meeting, not the agreement
        }
        BitSet s = withoutClausalDeps(tree.subtree(top, stop));
        if (tree.parse.noun(trigger)) {
            Set<String> nounStop = new HashSet<>(stop);
            nounStop.remove("acl");
            nounStop.remove("acl:relcl");
            s.or(tree.subtree(trigger, nounStop));
        }
        return s;
    }
}
