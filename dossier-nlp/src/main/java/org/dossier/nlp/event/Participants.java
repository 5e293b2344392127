package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.nlp.entity.CountryTable;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * Resolves the token that heads an argument to the participant it names: the entity mention on it or
 * in its noun phrase, a group noun with its country ("Israeli troops"), or the antecedent of a pronoun.
 * One instance per sentence; not thread-safe (cheap to make).
 */
final class Participants {
    /** Relations inside a noun phrase that can carry its entity ("North Korea's foreign ministry"). */
    private static final Set<String> NP = Set.of("compound", "amod", "nmod:poss", "flat", "det", "nummod",
            "case", "nmod", "appos", "compound:prt", "obl:npmod", "nmod:npmod");
    /** Prepositions under which a nominal still names whom the phrase belongs to ("the government of Japan"). */
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "from", "for");
    private static final int LOOK_BACK = 3;

    private final Document doc;
    private final Tree tree;
    private final Lexicon lexicon = Lexicon.get();

    Participants(Document doc, Tree tree) {
        this.doc = doc;
        this.tree = tree;
    }

    /** The participants a token names, one per conjunct ("Jordan, Portugal and the UAE"); possibly none. */
    List<Participant> at(int token) {
        List<Participant> out = new ArrayList<>();
        for (int t : tree.conjuncts(token)) {
            Optional<Participant> p = one(t);
            if (p.isPresent()) {
                if (out.stream().noneMatch(q -> q.same(p.get()))) {
                    out.add(p.get());
                }
            } else {
                // "many nations, including Jordan and Portugal": the members are named, the group is not
                for (int inc : tree.withPreposition(t, "include")) {
                    for (int m : tree.conjuncts(inc)) {
                        one(m).filter(q -> out.stream().noneMatch(q::same)).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    /** The participant one token names, without looking at its conjuncts. */
    Optional<Participant> one(int token) {
        int t = token;
        String lemma = tree.lemma(t);
        if ((lemma.equals("who") || lemma.equals("which") || lemma.equals("that")) && tree.head(t) >= 0
                && tree.rel(tree.head(t)).equals("acl:relcl")) {
            t = tree.head(tree.head(t));
            lemma = tree.lemma(t);
        }
        String tag = tree.tag(t);
        if (tag.equals("PRP") || tag.equals("PRP$")) {
            return pronoun(t, lemma);
        }
        Token tok = tree.sentence.tokens().get(t);
        Optional<Mention> onHead = doc.mentionAt(tree.sentence, tok.begin());
        Optional<String> sector = lexicon.groupSector(lemma);
        if (onHead.isPresent()) {
            Mention m = onHead.get();
            // "three Americans", "the Chinese": a nationality used as a noun names a group of its people
            if (m.kind() == MentionKind.DEMONYM && tree.parse.noun(t)) {
                return Optional.of(group(t, m, Optional.of("CVL")));
            }
            return Optional.of(ofMention(m, t));
        }
        Optional<Mention> inPhrase = bestInPhrase(t);
        if (sector.isPresent()) {
            if (inPhrase.isPresent()) {
                Mention m = inPhrase.get();
                // PLOVER codes "the Chinese government" and "North Korea's foreign ministry" as the state itself
                if (sector.get().equals("GOV")
                        && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                    return Optional.of(ofMention(m, t));
                }
                return Optional.of(group(t, m, sector));
            }
            return Optional.of(new Participant(phrase(t), Optional.empty(), Optional.empty(), Participant.Kind.GROUP,
                    sector, t));
        }
        return Optional.empty();
    }

    /** The country a token's phrase belongs to ("a British tanker" is British), as a participant. */
    Optional<Participant> countryOf(int token) {
        for (int t : tree.conjuncts(token)) {
            Optional<Participant> p = one(t).filter(q -> q.country().isPresent());
            if (p.isEmpty()) {
                p = bestInPhrase(t).map(m -> ofMention(m, t)).filter(q -> q.country().isPresent());
            }
            if (p.isPresent()) {
                String c = p.get().country().get();
                return Optional.of(country(c, t));
            }
        }
        return Optional.empty();
    }

    /** The participant for a country id. */
    Participant country(String countryId, int token) {
        String name = doc.entity(countryId).map(Entity::name)
                .or(() -> CountryTable.get().byId(countryId).map(c -> c.name())).orElse(countryId);
        return new Participant(name, Optional.of(countryId), Optional.of(countryId), Participant.Kind.COUNTRY,
                Optional.empty(), token);
    }

    Participant ofMention(Mention m, int token) {
        Optional<Entity> e = doc.entity(m.entityId());
        String name = e.map(Entity::name).orElse(m.text());
        Optional<String> country = m.type() == EntityType.COUNTRY ? Optional.of(m.entityId())
                : e.flatMap(Entity::country);
        Participant.Kind kind = switch (m.type()) {
            case PERSON -> Participant.Kind.PERSON;
            case ORGANIZATION -> Participant.Kind.ORGANIZATION;
            case COUNTRY -> Participant.Kind.COUNTRY;
            case LOCATION -> Participant.Kind.LOCATION;
        };
        return new Participant(name, Optional.of(m.entityId()), country, kind, Optional.empty(), token);
    }

    private Participant group(int t, Mention owner, Optional<String> sector) {
        Optional<String> country = owner.type() == EntityType.COUNTRY ? Optional.of(owner.entityId())
                : doc.entity(owner.entityId()).flatMap(Entity::country);
        Optional<String> id = owner.type() == EntityType.COUNTRY || owner.type() == EntityType.ORGANIZATION
                ? Optional.of(owner.entityId()) : country;
        return new Participant(phrase(t), id, country, Participant.Kind.GROUP, sector, t);
    }

    /** The words of a group's phrase: its modifiers before the head, and the head ("Israeli troops"). */
    private String phrase(int t) {
        int from = t;
        for (int c : tree.children(t, "amod", "compound", "nmod:poss", "nummod")) {
            if (c < from && t - c <= 4) {
                from = c;
            }
        }
        for (int c : tree.children(t, "case")) {
            if (c > from && c < t) {
                from = c + 1;
            }
        }
        Sentence s = tree.sentence;
        String text = s.slice(s.tokens().get(from).begin(), s.tokens().get(t).end());
        return text.replaceAll("[’']s$", "").strip();
    }

    /** The best mention in the noun phrase headed by {@code t} (not crossing clauses or conjuncts). */
    Optional<Mention> bestInPhrase(int t) {
        BitSet np = new BitSet(tree.size());
        np.set(t);
        collect(t, np, 0);
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : doc.mentionsIn(tree.sentence)) {
            int first = tree.tokenAt(m.begin());
            int last = tree.tokenAt(Math.max(m.begin(), m.end() - 1));
            boolean inside = false;
            for (int k = first; k <= last && k < tree.size(); k++) {
                inside |= np.get(k);
            }
            if (!inside) {
                continue;
            }
            int rank = rank(m);
            int dist = Math.abs(first - t);
            if (rank < bestRank || rank == bestRank && dist < bestDist) {
                best = m;
                bestRank = rank;
                bestDist = dist;
            }
        }
        return Optional.ofNullable(best);
    }

    private void collect(int t, BitSet np, int depth) {
        if (depth > 4) {
            return;
        }
        for (int c : tree.parse.children(t)) {
            String r = tree.rel(c);
            if (!NP.contains(r) && !r.startsWith("nmod")) {
                continue;
            }
            if (r.equals("nmod") && !OWNER_PREPOSITIONS.contains(tree.preposition(c))) {
                continue;
            }
            np.set(c);
            collect(c, np, depth + 1);
        }
    }

    private static int rank(Mention m) {
        return switch (m.type()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case COUNTRY -> m.kind() == MentionKind.DEMONYM ? 3 : 2;
            case LOCATION -> 4;
        };
    }

    /**
     * A pronoun's antecedent: "he"/"his" the first person named earlier in the sentence, else in the
     * nearest of the {@value #LOOK_BACK} previous sentences that names one (the subject usually comes
     * first); "it"/"its" a country or organisation named earlier in the sentence. Others are not resolved.
     */
    private Optional<Participant> pronoun(int t, String lemma) {
        String w = tree.word(t).toLowerCase(java.util.Locale.ROOT);
        boolean personal = Set.of("he", "she", "him", "his", "her").contains(w);
        boolean neuter = Set.of("it", "its").contains(w);
        if (!personal && !neuter) {
            return Optional.empty();
        }
        int before = tree.sentence.tokens().get(t).begin();
        for (Mention m : doc.mentionsIn(tree.sentence)) {
            if (m.begin() >= before) {
                break;
            }
            if (personal && m.type() == EntityType.PERSON) {
                return Optional.of(ofMention(m, t));
            }
            if (neuter && (m.type() == EntityType.COUNTRY && m.kind() != MentionKind.DEMONYM
                    || m.type() == EntityType.ORGANIZATION)) {
                return Optional.of(ofMention(m, t));
            }
        }
        if (!personal) {
            return Optional.empty();
        }
        int index = tree.sentence.index();
        for (int k = index - 1; k >= 0 && k >= index - LOOK_BACK; k--) {
            Sentence prev = doc.sentence(k);
            if (prev.section() != Section.BODY) {
                break;
            }
            for (Mention m : doc.mentionsIn(prev)) {
                if (m.type() == EntityType.PERSON) {
                    return Optional.of(ofMention(m, t));
                }
            }
        }
        return Optional.empty();
    }
}
