package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.EntityType;
import org.dossier.nlp.text.MentionKind;
import org.dossier.nlp.text.NerTag;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * People's titles and affiliations as news states them, and the descriptions that stand for a person
 * once the title is known:
 * <ul>
 *   <li>before the name: "North Korean Foreign Minister Ri Yong Ho", "US President Donald Trump";</li>
 *   <li>in apposition: "Shi Yinhong, a professor of international relations at the Renmin University in
 *       Beijing, told …"; "Lim Eul-chul, professor of North Korean studies at Kyungnam University, said";</li>
 *   <li>descriptions: "the North Korean leader", "the Chinese scholar", "the professor" resolve to the person
 *       most recently named with a matching title (and the demonym's country, when one is given).</li>
 * </ul>
 * The country of a title is the demonym or country that modifies its head ("a former South Korean
 * government adviser"), else the place of the affiliation ("at Renmin University in Beijing"); a
 * demonym inside a complement ("professor of North Korean studies") says nothing about the person.
 * English only.
 */
final class Titles {
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "in", "for", "from", "with", "on", "to",
            "by");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "-", ",");

    /** A title given to a person. */
    record Title(String personId, String text, Optional<String> country, long position) {
    }

    final List<Title> titles = new ArrayList<>();
    final Map<String, String> orgCountries = new HashMap<>();

    /** Finds the titles given to the people among {@code resolved}, sentence by sentence. */
    void find(List<Sentence> sentences, List<List<Resolved>> resolved) {
        for (Sentence s : sentences) {
            List<Resolved> rs = resolved.get(s.index());
            for (Resolved r : rs) {
                if (r.type() != EntityType.PERSON || r.kind() == MentionKind.DESCRIPTION) {
                    continue;
                }
                before(s, r, rs);
                apposition(s, r, rs);
            }
        }
    }

    /** "North Korean Foreign Minister Ri Yong Ho": title words, demonyms and countries right before the name. */
    private void before(Sentence s, Resolved person, List<Resolved> rs) {
        List<Token> t = s.tokens();
        int start = person.span().from();
        boolean head = false;
        Optional<String> country = Optional.empty();
        int k = person.span().from() - 1;
        while (k >= 0) {
            String w = t.get(k).text();
            Optional<Resolved> c = countryEndingAt(rs, k);
            if (c.isPresent()) {
                country = Optional.of(c.get().id());
                k = c.get().span().from() - 1;
                start = c.get().span().from();
                continue;
            }
            if (Lexicon.isTitleWord(w) && !DETERMINERS.contains(Lexicon.lower(w))
                    && !PREPOSITIONS.contains(Lexicon.lower(w)) && !CONNECTORS.contains(Lexicon.lower(w))) {
                head |= Lexicon.isTitleHead(w);
                start = k;
                k--;
                continue;
            }
            break;
        }
        if (!head) {
            return;
        }
        int end = t.get(person.span().from() - 1).end();
        String text = s.slice(t.get(start).begin(), end);
        titles.add(new Title(person.id(), text, country, person.position()));
    }

    /** "NAME, a professor of … at … in …, told/said": the appositive after the name. */
    private void apposition(Sentence s, Resolved person, List<Resolved> rs) {
        List<Token> t = s.tokens();
        int open = person.span().to();
        if (open >= t.size() || !t.get(open).text().equals(",")) {
            return;
        }
        int from = open + 1;
        int to = from;
        while (to < t.size() && !t.get(to).text().equals(",") && !isSentenceEnd(t.get(to).text())) {
            to++;
        }
        // "said NAME, a senior fellow at …, a research group": after an inverted attribution the appositive
        // is everything up to the next comma
        boolean inverted = person.span().from() > 0
                && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(person.span().from() - 1).text()));
        boolean closes = inverted || to >= t.size() || isSentenceEnd(t.get(to).text())
                || (to + 1 < t.size() && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(to + 1).text())));
        if (!closes || to - from < 1 || to - from > 40) {
            return;
        }
        int headAt = -1;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (Lexicon.isTitleHead(w) && Character.isLowerCase(w.charAt(0)) || Lexicon.isTitleHead(w) && k == from) {
                headAt = k;
                break;
            }
        }
        if (headAt < 0 || Lexicon.lower(t.get(from).text()).matches("who|which|that|whose|said|says|told")) {
            return;
        }
        // "X, North Korean leader Kim and officials …" is a list of people, not X's title; "an adviser to
        // President Moon" (starting with a determiner or a lower-case word) may name someone else.
        boolean opensLikeTitle = Character.isLowerCase(t.get(from).text().charAt(0))
                || Lexicon.isTitleWord(t.get(from).text());
        for (int k = from; k < to && !opensLikeTitle; k++) {
            if (t.get(k).ner() == NerTag.PERSON) {
                return;
            }
        }
        String text = s.slice(t.get(from).begin(), t.get(to - 1).end());
        Optional<String> country = Optional.empty();
        // a demonym or country that modifies a title head: no preposition between them
        for (Resolved c : rs) {
            if (c.type() != EntityType.COUNTRY || c.span().from() < from || c.span().to() > to) {
                continue;
            }
            int k = c.span().to();
            boolean free = true;
            while (k < to && !Lexicon.isTitleHead(t.get(k).text())) {
                if (PREPOSITIONS.contains(Lexicon.lower(t.get(k).text())) || t.get(k).text().equals(",")) {
                    free = false;
                    break;
                }
                k++;
            }
            boolean insideComplement = k < to && isComplementOfEarlierHead(t, from, c.span().from());
            if (free && k < to && !insideComplement) {
                country = Optional.of(c.id());
                break;
            }
        }
        // else the place of the affiliation: "at Renmin University in Beijing"
        for (Resolved r : rs) {
            if (r.span().from() < from || r.span().to() > to || r.span().from() < 1) {
                continue;
            }
            boolean afterIn = Lexicon.lower(t.get(r.span().from() - 1).text()).equals("in");
            if (afterIn && r.country().isPresent()) {
                if (country.isEmpty()) {
                    country = r.country();
                }
                orgBefore(rs, r.span().from() - 1).ifPresent(org -> orgCountries.putIfAbsent(org.id(),
                        r.country().get()));
            }
        }
        titles.add(new Title(person.id(), text, country, person.position()));
    }

    /** A demonym after "of" that follows a head ("professor of North Korean studies") is the field, not the person. */
    private static boolean isComplementOfEarlierHead(List<Token> t, int from, int at) {
        for (int k = at - 1; k >= from; k--) {
            String w = Lexicon.lower(t.get(k).text());
            if (PREPOSITIONS.contains(w)) {
                return true;
            }
            if (Lexicon.isTitleHead(w)) {
                return false;
            }
        }
        return false;
    }

    private static Optional<Resolved> orgBefore(List<Resolved> rs, int tokenIndex) {
        return rs.stream().filter(r -> r.type() == EntityType.ORGANIZATION && r.span().to() == tokenIndex).findFirst();
    }

    private static Optional<Resolved> countryEndingAt(List<Resolved> rs, int tokenIndex) {
        return rs.stream().filter(r -> r.type() == EntityType.COUNTRY && r.span().to() - 1 == tokenIndex
                && r.kind() != MentionKind.METONYM).findFirst();
    }

    private static boolean isSentenceEnd(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":");
    }

    /**
     * "the (top) North Korean leader": a description standing for the person most recently given a matching
     * title. Returns the description mentions found in {@code s}; {@code lastSeen} holds each person's latest
     * position so far.
     */
    List<Resolved> descriptions(Sentence s, List<Resolved> rs, Map<String, Long> lastSeen,
                                Map<String, String> personCountry, Map<String, String> names) {
        List<Resolved> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (!Lexicon.lower(t.get(k).text()).equals("the")) {
                continue;
            }
            int j = k + 1;
            Optional<String> country = Optional.empty();
            int head = -1;
            while (j < t.size()) {
                int jj = j;
                Optional<Resolved> c = rs.stream().filter(r -> r.type() == EntityType.COUNTRY
                        && r.span().from() == jj && r.kind() == MentionKind.DEMONYM).findFirst();
                if (c.isPresent()) {
                    country = Optional.of(c.get().id());
                    j = c.get().span().to();
                    continue;
                }
                String w = t.get(j).text();
                if (Lexicon.isTitleHead(w)) {
                    head = j;
                    j++;
                    if (j < t.size() && Lexicon.isTitleHead(t.get(j).text())) {
                        continue; // "Foreign Minister", "vice president"
                    }
                    break;
                }
                if (Lexicon.TITLE_MODIFIERS.contains(Lexicon.lower(w)) && !PREPOSITIONS.contains(Lexicon.lower(w))
                        && !DETERMINERS.contains(Lexicon.lower(w))) {
                    j++;
                    continue;
                }
                break;
            }
            if (head < 0) {
                continue;
            }
            int end = head + 1;
            if (end < t.size() && (t.get(end).ner() == NerTag.PERSON
                    || t.get(end).text().equals("of"))) {
                continue; // a title before a name, or "the leader of …": not a description on its own
            }
            String headWord = Lexicon.lower(t.get(head).text());
            long here = Resolved.position(s.index(), t.get(k).begin());
            Optional<String> match = bestMatch(headWord, country, here, lastSeen, personCountry);
            if (match.isPresent()) {
                String id = match.get();
                Span span = new Span(s, k, end, t.get(k).begin(), t.get(end - 1).end(),
                        s.slice(t.get(k).begin(), t.get(end - 1).end()), Span.Kind.PERSON, Optional.empty());
                out.add(new Resolved(span, id, EntityType.PERSON, MentionKind.DESCRIPTION, names.get(id),
                        Optional.empty()));
                k = end - 1;
            }
        }
        return out;
    }

    private Optional<String> bestMatch(String head, Optional<String> country, long here, Map<String, Long> lastSeen,
                                       Map<String, String> personCountry) {
        String best = null;
        long bestPos = -1;
        for (Title title : titles) {
            if (title.position() >= here && !lastSeen.containsKey(title.personId())) {
                continue;
            }
            if (!fits(head, title.text())) {
                continue;
            }
            if (country.isPresent() && !country.equals(Optional.ofNullable(personCountry.get(title.personId())))) {
                continue;
            }
            if (Lexicon.LEADER_HEADS.contains(head) && country.isEmpty() && !Lexicon.lower(title.text()).contains(head)) {
                continue; // "the leader" alone: only a person called a leader
            }
            long seen = lastSeen.getOrDefault(title.personId(), -1L);
            if (seen < here && seen > bestPos) {
                bestPos = seen;
                best = title.personId();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a description's head noun fits a title ("scholar" fits a professor, "leader" a president). */
    private static boolean fits(String head, String title) {
        String lower = Lexicon.lower(title);
        List<String> words = List.of(lower.split("[^\\p{L}]+"));
        if (words.contains(head)) {
            return true;
        }
        if (Lexicon.EXPERT_HEADS.contains(head)) {
            return words.stream().anyMatch(Lexicon.EXPERT_HEADS::contains)
                    || words.contains("university") || words.contains("institute");
        }
        if (Lexicon.LEADER_HEADS.contains(head)) {
            return words.stream().anyMatch(Lexicon.LEADER_HEADS::contains);
        }
        if (Lexicon.DIPLOMAT_HEADS.contains(head)) {
            return words.stream().anyMatch(Lexicon.DIPLOMAT_HEADS::contains) || lower.contains("foreign minister");
        }
        return false;
    }
}
