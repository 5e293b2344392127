package org.dossier.nlp.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.text.Parse;
import org.dossier.nlp.text.Sentence;

/** Navigation in the dependency tree of one sentence: subjects, objects, obliques by preposition. Immutable. */
final class Tree {
    /** Relations that open a clause of its own: its words say nothing about the event of the head. */
    static final Set<String> CLAUSAL = Set.of("advcl", "ccomp", "csubj", "csubj:pass", "parataxis", "acl:relcl",
            "acl", "list", "discourse", "vocative");

    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "invite", "call", "persuade", "tell",
            "order", "force", "press", "encourage", "allow", "permit", "help", "pressure", "push", "want", "expect",
            "implore", "request", "require", "advise", "warn");

    final Sentence sentence;
    final Parse parse;

    Tree(Sentence sentence, Parse parse) {
        this.sentence = sentence;
        this.parse = parse;
    }

    int size() {
        return parse.size();
    }

    String lemma(int i) {
        return parse.lemma(i).toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return sentence.tokens().get(i).text();
    }

    String rel(int i) {
        return parse.relation(i);
    }

    int head(int i) {
        return parse.head(i);
    }

    String tag(int i) {
        return parse.tag(i);
    }

    /** Children of {@code i} whose relation is one of {@code rels} (a relation matches its subtypes too). */
    List<Integer> children(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (int c : parse.children(i)) {
            String r = parse.relation(c);
            for (String want : rels) {
                if (r.equals(want) || r.startsWith(want + ":")) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    Optional<Integer> child(int i, String... rels) {
        List<Integer> c = children(i, rels);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** Children with exactly this relation (no subtypes). */
    List<Integer> exact(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : parse.children(i)) {
            if (parse.relation(c).equals(rel)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The preposition (lower-cased {@code case} dependent, multiword joined by space) of a nominal. */
    String preposition(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : parse.children(i)) {
            if (parse.relation(c).equals("case") && c < i && !parse.tag(c).equals("POS")) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(lemma(c));
            }
        }
        return sb.toString();
    }

    /** Obliques and nominal modifiers of {@code i} introduced by preposition {@code p}. */
    List<Integer> withPreposition(int i, String p) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(i, "obl", "nmod", "advcl")) {
            if (parse.relation(c).equals("nmod:poss")) {
                continue;
            }
            String prep = preposition(c);
            if (prep.equals(p) || prep.endsWith(" " + p)) {
                out.add(c);
            }
        }
        return out;
    }

    boolean passive(int v) {
        return !children(v, "nsubj:pass").isEmpty() || !children(v, "aux:pass").isEmpty();
    }

    /**
     * The token naming who does what verb {@code v} says: its subject, the agent of a passive, the
     * controller of an infinitive ("agreed to meet", "urged Kim to visit"), the shared subject of a
     * conjoined verb, the noun a participle or relative clause modifies. Depth-limited.
     */
    Optional<Integer> subject(int v) {
        return subject(v, 0);
    }

    private Optional<Integer> subject(int v, int depth) {
        if (depth > 5) {
            return Optional.empty();
        }
        if (passive(v)) {
            List<Integer> by = withPreposition(v, "by");
            if (!by.isEmpty()) {
                return Optional.of(by.get(0));
            }
            if (!children(v, "nsubj:pass").isEmpty() || rel(v).equals("acl")) {
                return Optional.empty();
            }
        }
        for (int c : exact(v, "nsubj")) {
            int h = head(v);
            String w = lemma(c);
            if ((w.equals("who") || w.equals("that") || w.equals("which")) && rel(v).equals("acl:relcl") && h >= 0) {
                return Optional.of(h);
            }
            return Optional.of(c);
        }
        int h = head(v);
        if (h < 0) {
            return Optional.empty();
        }
        String r = rel(v);
        if (r.equals("xcomp") || gerundComplement(v)) {
            List<Integer> raised = children(h, "nsubj:pass");
            if (!raised.isEmpty() && withPreposition(h, "by").isEmpty()) {
                return Optional.of(raised.get(0)); // "Trump is expected to meet Kim"
            }
            if (OBJECT_CONTROL.contains(lemma(h))) {
                List<Integer> obj = exact(h, "obj");
                if (!obj.isEmpty()) {
                    return Optional.of(obj.get(0));
                }
                List<Integer> on = withPreposition(h, "on");
                if (!on.isEmpty()) {
                    return Optional.of(on.get(0));
                }
            }
            return subject(h, depth + 1);
        }
        if (r.equals("conj") && parse.verb(h)) {
            return subject(h, depth + 1);
        }
        if (r.equals("advcl") && !parse.tag(v).equals("VBD") && !parse.tag(v).equals("VBZ")
                && !parse.tag(v).equals("VBP")) {
            return subject(h, depth + 1);
        }
        if (r.equals("acl") && parse.tag(v).equals("VBG")) {
            return Optional.of(h);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code v} is a gerund the parser left as a bare "dep" after its verb, which is the verb's
     * complement and shares its subject: "Iran denied sending drones", "the army denied arresting them".
     */
    boolean gerundComplement(int v) {
        int h = head(v);
        return h >= 0 && h < v && rel(v).equals("dep") && tag(v).equals("VBG") && parse.verb(h);
    }

    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom");

    /**
     * The direct object of {@code v}, the patient of a passive, the noun a past participle modifies, or
     * the noun a relative clause modifies when the clause's object is the relative pronoun or a gap
     * ("the declaration that Kim signed", "the meeting Kim is expected to hold").
     */
    Optional<Integer> object(int v) {
        List<Integer> obj = exact(v, "obj");
        if (!obj.isEmpty()) {
            int o = obj.get(0);
            if (RELATIVE.contains(lemma(o)) && rel(v).equals("acl:relcl") && head(v) >= 0) {
                return Optional.of(head(v));
            }
            return Optional.of(o);
        }
        List<Integer> pass = children(v, "nsubj:pass");
        if (!pass.isEmpty()) {
            int o = pass.get(0);
            if (RELATIVE.contains(lemma(o)) && rel(v).equals("acl:relcl") && head(v) >= 0) {
                return Optional.of(head(v));
            }
            return Optional.of(o);
        }
        if (rel(v).equals("acl") && parse.tag(v).equals("VBN") && head(v) >= 0) {
            return Optional.of(head(v));
        }
        // an object gap: climb the infinitives to the relative clause, whose noun is the object
        int k = v;
        for (int guard = 0; guard < 4 && rel(k).equals("xcomp") && head(k) >= 0 && exact(head(k), "obj").isEmpty(); guard++) {
            k = head(k);
        }
        if (rel(k).equals("acl:relcl") && head(k) >= 0 && !exact(k, "nsubj").isEmpty()
                && !RELATIVE.contains(lemma(exact(k, "nsubj").get(0))) && parse.noun(head(k))) {
            return Optional.of(head(k));
        }
        return Optional.empty();
    }

    /** The tokens of the subtree of {@code i}, leaving out dependents in {@code stop} relations (and theirs). */
    BitSet subtree(int i, Set<String> stop) {
        BitSet out = new BitSet(size());
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(i);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (out.get(t)) {
                continue;
            }
            out.set(t);
            for (int c : parse.children(t)) {
                if (!stop.contains(parse.relation(c))) {
                    todo.push(c);
                }
            }
        }
        return out;
    }

    /** Conjuncts of {@code i} (its {@code conj} dependents, recursively), {@code i} first. */
    List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size() && out.size() < 12; k++) {
            out.addAll(exact(out.get(k), "conj"));
        }
        return out;
    }

    /** Whether {@code i} has a dependent with one of these lemmas in one of these relations. */
    boolean hasChildLemma(int i, Set<String> lemmas, String... rels) {
        for (int c : children(i, rels)) {
            if (lemmas.contains(lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** The token of the sentence at character offset {@code offset} of its section. */
    int tokenAt(int offset) {
        return Math.min(sentence.tokenAt(offset), size() - 1);
    }
}
