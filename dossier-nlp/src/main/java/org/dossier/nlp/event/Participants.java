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
            "case", "nmod", "appos", "compound:prt", "obl:npmod", "nmod:npmod", "dep");
    /** Heads that count rather than name: "thousands of students", "$400 million in aid". */
    private static final Set<String> QUANTITIES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "score", "scores", "million", "millions", "billion", "number", "batch", "contingent",
            "wave", "crowd", "handful", "couple", "pair", "some", "many", "most", "several", "all", "two", "three",
            "$", "dollar", "euro", "ton", "tonne");
    /** Things that stand for their owner as a target: "Hamas targets", "the Ukrainian city of Kharkiv". */
    private static final Set<String> OWNED = Set.of("target", "position", "base", "camp", "stronghold", "outpost",
            "facility", "site", "headquarters", "compound", "office", "city", "town", "village", "region",
            "province", "capital", "port", "area", "district", "territory", "island", "border", "airport",
            "installation", "infrastructure", "convoy", "vessel", "ship", "tanker", "plane", "aircraft", "hideout");
    /** Gatherings that stand for the body holding them: "the African Union summit", "a meeting of the SCO". */
    private static final Set<String> GATHERINGS = Set.of("summit", "meeting", "conference", "assembly", "session",
            "forum", "gathering", "congress", "convention");
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
        String w = tree.word(token).toLowerCase(java.util.Locale.ROOT);
        if (w.equals("they") || w.equals("their") || w.equals("them")) {
            return new ArrayList<>(plural(token));
        }
        List<Participant> out = new ArrayList<>();
        Optional<String> sector = tree.parse.noun(token) ? lexicon.groupSector(tree.word(token)) : Optional.empty();
        if (sector.isPresent()) {
            // "Iranian and Saudi officials": one noun, two owners
            for (int a : tree.children(token, "amod", "compound")) {
                if (tree.exact(a, "conj").isEmpty()) {
                    continue;
                }
                for (int c : tree.conjuncts(a)) {
                    doc.mentionAt(tree.sentence, tree.sentence.tokens().get(c).begin())
                            .filter(m -> m.type() == EntityType.COUNTRY)
                            .map(m -> ofMention(m, c))
                            .map(q -> new Participant(q.name(), q.id(), q.country(), q.kind(), sector, c))
                            .filter(q -> out.stream().noneMatch(q::same)).ifPresent(out::add);
                }
            }
            if (out.size() >= 2) {
                return out;
            }
            out.clear();
        }
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
        if (quantity(tree, t)) {
            for (int c : tree.children(t, "nmod")) {
                String p = tree.preposition(c);
                if (p.equals("of") || p.equals("in")) {
                    return one(c);
                }
            }
        }
        Token tok = tree.sentence.tokens().get(t);
        Optional<Mention> onHead = doc.mentionAt(tree.sentence, tok.begin());
        Optional<String> sector = tree.parse.noun(t) ? lexicon.groupSector(tree.word(t)) : Optional.empty();
        if (onHead.isPresent()) {
            Mention m = onHead.get();
            // "three Americans", "the Chinese": a nationality used as a noun names a group of its people
            if (m.kind() == MentionKind.DEMONYM && tree.parse.noun(t)) {
                return Optional.of(group(t, m, Optional.of("CVL")));
            }
            return Optional.of(ofMention(m, t));
        }
        if (tree.tag(t).endsWith("S") && tree.parse.noun(t)) {
            // "three Americans", "Aboriginal Australians": a nationality in the plural is a group of its people
            for (String f : Lexicon.forms(tree.word(t))) {
                Optional<org.dossier.nlp.entity.Country> c = CountryTable.get().lookup(
                        f.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + f.substring(1));
                if (c.isPresent() && !f.equalsIgnoreCase(c.get().name()) && f.length() > 3) {
                    return Optional.of(new Participant(phrase(t), Optional.of(c.get().id()), Optional.of(c.get().id()),
                            Participant.Kind.GROUP, Optional.of("CVL"), t));
                }
            }
        }
        Optional<Mention> inPhrase = bestInPhrase(t);
        if (inPhrase.isPresent() && tree.parse.noun(t) && Lexicon.oneOf(tree.word(t), OWNED)) {
            // "the Ukrainian city of Kharkiv": the name after "of" is the thing itself
            for (int c : tree.withPreposition(t, "of")) {
                Optional<Mention> named = doc.mentionAt(tree.sentence, tree.sentence.tokens().get(c).begin())
                        .filter(m -> m.kind() != MentionKind.DEMONYM);
                if (named.isPresent()) {
                    return Optional.of(ofMention(named.get(), c));
                }
            }
        }
        if (inPhrase.isPresent() && tree.parse.noun(t) && (Lexicon.oneOf(tree.word(t), OWNED)
                || Lexicon.oneOf(tree.word(t), GATHERINGS) && inPhrase.get().type() == EntityType.ORGANIZATION)) {
            return Optional.of(ofMention(inPhrase.get(), t));
        }
        if (sector.isPresent()) {
            if (inPhrase.isPresent()) {
                Mention m = inPhrase.get();
                // PLOVER codes "the Chinese government" and "North Korea's foreign ministry" as the state itself
                if (sector.get().equals("GOV")
                        && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                    Participant state = ofMention(m, t);
                    return Optional.of(new Participant(state.name(), state.id(), state.country(), state.kind(),
                            sector, t));
                }
                return Optional.of(group(t, m, sector));
            }
            return Optional.of(new Participant(phrase(t), Optional.empty(), Optional.empty(), Participant.Kind.GROUP,
                    sector, t));
        }
        return Optional.empty();
    }

    /**
     * The country that owns a thing, from the thing's own modifiers ("a British-flagged tanker", "Japan's
     * decision", "the Turkish airstrikes"), as a participant; not from its other attachments ("the killing
     * of Afghan civilians" does not belong to Afghanistan).
     */
    Optional<Participant> ownerCountry(int token) {
        Optional<Participant> p = one(token).filter(q -> q.country().isPresent());
        if (p.isPresent()) {
            return Optional.of(country(p.get().country().get(), token));
        }
        BitSet pre = tree.subtree(token, Set.of("nmod", "obl", "acl", "acl:relcl", "appos", "conj", "cc", "punct"));
        pre.clear(token);
        Optional<Participant> found = Optional.empty();
        for (int m = pre.nextSetBit(0); m >= 0; m = pre.nextSetBit(m + 1)) {
            Optional<Mention> on = doc.mentionAt(tree.sentence, tree.sentence.tokens().get(m).begin());
            int at = m;
            Optional<String> c = on.map(x -> ofMention(x, at)).flatMap(Participant::country);
            if (c.isPresent()) {
                if (found.isPresent() && !found.get().id().equals(c)) {
                    return Optional.empty(); // "the China-North Korea summit" belongs to neither alone
                }
                found = Optional.of(country(c.get(), m));
            }
        }
        return found;
    }

    /**
     * The country of a place: its own (countries, capitals and places the entity stage knows), else a
     * country the article writes beside it ("Reykjavik, Iceland", "the Russian port of Vladivostok"),
     * here or in another sentence.
     */
    Optional<String> placeCountry(Participant p) {
        if (p.country().isPresent()) {
            return p.country();
        }
        if (p.kind() != Participant.Kind.LOCATION || p.id().isEmpty()) {
            return Optional.empty();
        }
        int h = tree.head(p.token());
        if (h >= 0 && tree.parse.noun(h) && Lexicon.oneOf(tree.word(h), OWNED)) {
            Optional<Mention> owner = bestInPhrase(h).filter(m -> m.type() == EntityType.COUNTRY);
            if (owner.isPresent()) {
                return Optional.of(owner.get().entityId());
            }
        }
        for (int c : tree.withPreposition(p.token(), "in")) {
            // "Camp David in the United States"
            Optional<Mention> m = doc.mentionAt(tree.sentence, tree.sentence.tokens().get(c).begin())
                    .filter(x -> x.type() == EntityType.COUNTRY && x.kind() != MentionKind.DEMONYM);
            if (m.isPresent()) {
                return Optional.of(m.get().entityId());
            }
        }
        String id = p.id().get();
        List<Mention> all = doc.mentions();
        for (int k = 0; k + 1 < all.size(); k++) {
            Mention m = all.get(k);
            Mention next = all.get(k + 1);
            if (m.entityId().equals(id) && next.sentence() == m.sentence() && next.type() == EntityType.COUNTRY
                    && next.kind() != MentionKind.DEMONYM && next.begin() - m.end() <= 2
                    && doc.sentence(m.sentence()).slice(m.end(), next.begin()).strip().equals(",")) {
                return Optional.of(next.entityId());
            }
        }
        return Optional.empty();
    }

    /** Whether token {@code t} counts rather than names ("thousands of", "$400 million in", "a group of"). */
    static boolean quantity(Tree tree, int t) {
        return QUANTITIES.contains(tree.lemma(t)) || QUANTITIES.contains(tree.word(t).toLowerCase(java.util.Locale.ROOT))
                || tree.tag(t).equals("CD") || tree.tag(t).equals("$")
                || Lexicon.oneOf(tree.word(t), Set.of("group", "delegation", "team")) && !tree.withPreposition(t, "of").isEmpty();
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
        if (m.kind() == MentionKind.METONYM && m.type() == EntityType.LOCATION
                && e.flatMap(Entity::country).isPresent()) {
            return country(e.get().country().get(), token); // "Pyongyang said", "talks between Washington and Beijing"
        }
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

    /** The words of a group's phrase: its modifiers before the head, and the head ("Boko Haram militants"). */
    private String phrase(int t) {
        int from = t;
        for (int c : tree.children(t, "amod", "compound", "nmod:poss", "nummod")) {
            if (c < from && t - c <= 4) {
                BitSet sub = tree.subtree(c, Set.of("conj", "acl", "acl:relcl", "punct"));
                int first = sub.nextSetBit(0);
                from = Math.min(from, t - first <= 6 ? first : c);
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

    /** Nouns for one person in office: a pronoun after "North Korea's leader met …" refers to that leader. */
    private static final Set<String> OFFICE = Set.of("leader", "president", "minister", "premier", "chancellor",
            "king", "queen", "prince", "emir", "secretary", "envoy", "ambassador", "chief", "head", "spokesman",
            "spokeswoman", "spokesperson", "general", "commander", "dictator", "monarch", "sultan");

    /**
     * A pronoun's antecedent. "he"/"his"/"she"/"her": the subject of the sentence when it comes first and
     * names a person or an office-holder, else the first person named earlier in the sentence, else in the
     * nearest of the {@value #LOOK_BACK} previous sentences that names one (the subject usually comes
     * first); an object pronoun never refers to its own clause's subject ("Trump would meet him").
     * "it"/"its": a country or organisation named earlier in the sentence. Others are not resolved here.
     */
    private Optional<Participant> pronoun(int t, String lemma) {
        String w = tree.word(t).toLowerCase(java.util.Locale.ROOT);
        boolean personal = Set.of("he", "she", "him", "his", "her").contains(w);
        boolean neuter = Set.of("it", "its").contains(w);
        if (!personal && !neuter) {
            return Optional.empty();
        }
        Optional<String> exclude = Optional.empty();
        boolean object = (w.equals("him") || w.equals("her") && !tree.rel(t).equals("nmod:poss"))
                && tree.head(t) >= 0;
        if (object) {
            exclude = tree.subject(tree.head(t)).filter(sj -> sj != t && !Set.of("him", "her").contains(
                    tree.word(sj).toLowerCase(java.util.Locale.ROOT))).flatMap(this::one).flatMap(Participant::id);
        } else if (personal) {
            Optional<Integer> subject = mainSubject();
            if (subject.isPresent() && subject.get() < t && !tree.tag(subject.get()).startsWith("PRP")) {
                Optional<Participant> p = one(subject.get()).filter(q -> q.kind() == Participant.Kind.PERSON
                        || Lexicon.oneOf(tree.word(subject.get()), OFFICE));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        int before = tree.sentence.tokens().get(t).begin();
        for (Mention m : doc.mentionsIn(tree.sentence)) {
            if (m.begin() >= before) {
                break;
            }
            if (personal && m.type() == EntityType.PERSON && !exclude.filter(m.entityId()::equals).isPresent()) {
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
                if (m.type() == EntityType.PERSON && !exclude.filter(m.entityId()::equals).isPresent()) {
                    return Optional.of(ofMention(m, t));
                }
            }
        }
        return Optional.empty();
    }

    /** The subject of the sentence's main verb. */
    private Optional<Integer> mainSubject() {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.head(i) < 0 && tree.rel(i).equals("root")) {
                return tree.subject(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The antecedents of "they"/"their"/"them": two or more participants joined by "and" as a subject
     * earlier in the sentence ("Moon and Kim met in Panmunjom, where they signed …"), else two people
     * joined by "and" in the previous sentence.
     */
    private List<Participant> plural(int t) {
        for (int i = 0; i < t; i++) {
            if (tree.rel(i).startsWith("nsubj") && !tree.exact(i, "conj").isEmpty()) {
                List<Participant> group = new ArrayList<>();
                for (int c : tree.conjuncts(i)) {
                    if (!tree.tag(c).startsWith("PRP")) {
                        one(c).ifPresent(group::add);
                    }
                }
                if (group.size() >= 2) {
                    return group;
                }
            }
        }
        int index = tree.sentence.index();
        if (index > 0 && doc.sentence(index - 1).section() == Section.BODY) {
            Sentence prev = doc.sentence(index - 1);
            List<Mention> ms = doc.mentionsIn(prev);
            for (int k = 0; k + 1 < ms.size(); k++) {
                Mention a = ms.get(k);
                for (int j = k + 1; j < ms.size(); j++) {
                    Mention b = ms.get(j);
                    if (b.begin() < a.end()) {
                        continue;
                    }
                    String between = prev.slice(a.end(), b.begin());
                    if (a.type() == EntityType.PERSON && b.type() == EntityType.PERSON
                            && between.matches("(?s).*\\band\\b.*") && between.length() < 60
                            && !between.contains(",")) {
                        return List.of(ofMention(a, t), ofMention(b, t));
                    }
                    if (b.type() == EntityType.PERSON) {
                        break;
                    }
                }
            }
        }
        return List.of();
    }
}
