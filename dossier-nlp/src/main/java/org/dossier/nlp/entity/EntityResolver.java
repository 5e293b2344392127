package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;
import org.dossier.nlp.text.NerTag;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * The entity stage: every name in an article resolved to one canonical entity with a stable id,
 * the same across articles.
 *
 * <ul>
 *   <li>People: {@code person/} and the full name's parts ({@code person/kim-jong-un} for "Kim Jong Un" and
 *       "Kim Jong-un"); a surname or given name alone ("Kim", "President Xi") resolves to the person most
 *       recently named in full with it, and a description ("the North Korean leader") to the person given
 *       that title.</li>
 *   <li>Countries: {@code country/} and the ISO 3166 alpha-3 code, from names, short forms, demonyms,
 *       government metonyms ("the Kremlin") and capitals acting as the government ("Pyongyang said");
 *       a capital after a preposition of place ("arrived in Moscow") is a place, {@code place/moscow}.</li>
 *   <li>Organisations: {@code org/} and the name without a leading "the"; acronyms introduced in brackets
 *       and well-known international bodies resolve to the full name.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class EntityResolver {
    private final CountryTable countries;
    private final SpanFinder finder;
    private final Retyper retyper = new Retyper();

    private EntityResolver(CountryTable countries) {
        this.countries = countries;
        this.finder = new SpanFinder(countries);
    }

    /** A resolver over the project's country table. */
    public static EntityResolver withDefaults() {
        return new EntityResolver(CountryTable.get());
    }

    /**
     * The key under which spelling variants of one name are the same: parts split on spaces and hyphens,
     * lower case, accents, brackets and possessives dropped ("Kim Jong-un" and "Kim Jong Un" give
     * "kim jong un").
     */
    public static String nameKey(String name) {
        return Names.key(name);
    }

    /**
     * Whether {@code word} is a courtesy title that stands before a name without naming a role ("Mr", "Daw", "Ratu",
     * "Doña"): the honorifics the entity stage leaves out of names and titles, for the quote stage to do the same.
     * The courtesy words that are names elsewhere ("Hon", "Ma") count too: right before a name the entity stage has
     * already left them out of, they are no one's name.
     */
    public static boolean isHonorific(String word) {
        String w = Lexicon.lower(word);
        return Lexicon.HONORIFICS.contains(w) || Lexicon.SHORT_HONORIFICS.containsKey(w);
    }

    /** Resolves the names in {@code sentences} (the title's, body's and captions' of {@code article}). */
    public Resolution resolve(Article article, List<Sentence> sentences) {
        List<List<Span>> spans = new ArrayList<>(sentences.size());
        Sentence previous = null;
        for (Sentence s : sentences) {
            // "“…!” Trump tweeted": the splitter may end a sentence at the closing mark, before its attribution
            boolean afterQuote = previous != null && previous.paragraph() == s.paragraph()
                    && previous.section() == s.section() && !previous.tokens().isEmpty()
                    && SpanFinder.isClosingMark(previous.tokens().get(previous.tokens().size() - 1).text());
            spans.add(new ArrayList<>(finder.find(s, afterQuote)));
            previous = s;
        }
        Set<String> lowerWords = Lexicon.lowerCaseWords(sentences);
        Set<String> retyped = retyper.correct(sentences, spans, lowerWords);
        spans.forEach(EntityResolver::joinForeignNames);
        spans.forEach(EntityResolver::joinNameParticles);
        spans.forEach(EntityResolver::givenNameBeforeFiliation);
        spans.forEach(EntityResolver::closingApostrophes);
        spans.forEach(EntityResolver::hyphenatedSyllables);
        namesProvenBySpeech(sentences, spans, lowerWords);
        officeWordsInNames(spans);
        PersonIndex people = new PersonIndex();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.PERSON) {
                    people.addFullName(sp.name(), position(sp));
                }
            }
        }
        people.mergeContained();
        people.mergeInitialled();
        addNameParts(sentences, spans, people);
        surnamesTakenForPlaces(spans, people);
        correctOutlets(article, sentences, spans, people);
        splitJoinedNames(spans, people);

        spans.forEach(EntityResolver::namesBeforeContractions);
        Map<String, String> acronyms = acronyms(spans);
        Set<String> untagged = new LinkedHashSet<>(acronyms.keySet());
        untagged.addAll(retyped);
        article.publisher().ifPresent(untagged::add);
        article.wire().ifPresent(untagged::add);
        addUntagged(sentences, spans, untagged);
        Map<String, List<String>> orgNames = new LinkedHashMap<>(); // each organisation's name and its parts
        spans.forEach(ss -> ss.stream().filter(sp -> sp.kind() == Span.Kind.ORGANIZATION)
                .forEach(sp -> orgNames.computeIfAbsent(orgName(sp.name()), Names::parts)));
        Set<String> namedCountries = new LinkedHashSet<>();
        spans.forEach(ss -> ss.stream().filter(sp -> sp.country().isPresent()
                        && sp.country().get().role() != CountryTable.Role.CAPITAL)
                .forEach(sp -> namedCountries.add(sp.country().get().country().iso3())));

        List<List<Resolved>> resolved = new ArrayList<>(sentences.size());
        Map<String, String> names = new HashMap<>();
        for (Sentence s : sentences) {
            List<Resolved> rs = new ArrayList<>();
            for (Span sp : spans.get(s.index())) {
                resolve(sp, people, acronyms, orgNames, namedCountries).ifPresent(rs::add);
            }
            rs.addAll(northSouth(s, rs, namedCountries));
            rs.sort(Comparator.comparingInt(r -> r.span().begin()));
            rs.forEach(r -> names.putIfAbsent(r.id(), r.name()));
            resolved.add(rs);
        }

        qualifyBodies(resolved);

        Titles titles = new Titles(lowerWords);
        titles.find(sentences, resolved);
        Map<String, String> personCountry = new HashMap<>();
        titles.titles.forEach(t -> t.country().ifPresent(c -> personCountry.putIfAbsent(t.personId(), c)));
        Map<String, Long> lastSeen = new HashMap<>();
        for (Sentence s : sentences) {
            List<Resolved> rs = resolved.get(s.index());
            List<Resolved> desc = titles.descriptions(s, rs, lastSeen, personCountry, names);
            if (!desc.isEmpty()) {
                // the country inside "the North Korean leader" or "North Korea's leader" describes the person,
                // not a second actor
                rs.removeIf(r -> r.type() == EntityType.COUNTRY && desc.stream().anyMatch(d -> d.span().from() <= r.span().from()
                        && r.span().to() <= d.span().to()));
                rs.addAll(desc);
                rs.sort(Comparator.comparingInt(r -> r.span().begin()));
            }
            for (Resolved r : rs) {
                if (r.type() == EntityType.PERSON) {
                    lastSeen.put(r.id(), r.position());
                }
            }
        }
        return assemble(resolved, titles, personCountry);
    }

    /** Nouns for the bodies of a state, which every state has one of: "Foreign Ministry", "Constitutional Court". */
    private static final Set<String> STATE_BODIES = Set.of("ministry", "court", "embassy", "consulate", "office",
            "agency", "police", "commission", "council", "parliament", "army", "navy", "guard", "cabinet",
            "prosecutor", "prosecutors", "tribunal", "senate", "assembly", "congress", "presidency", "directorate",
            "inspectorate", "service", "forces", "command", "bank", "treasury", "department", "authority", "board");

    /**
     * "Azerbaijan's Foreign Ministry", "the Azerbaijani Foreign Ministry": a body of a state named with its state is
     * that state's. Its name stays the body's own ("Foreign Ministry"); its id holds the state ({@code
     * org/azerbaijan-foreign-ministry}) and so does its country, so that two countries' foreign ministries never
     * share one id across articles. The same name alone later in the article ("the Foreign Ministry") is the same
     * body when one state qualified it. The country's own mention stays, as the actor events read.
     */
    private void qualifyBodies(List<List<Resolved>> resolved) {
        Map<String, Resolved> qualified = new HashMap<>(); // the plain name's key -> the body it qualifies
        Set<String> ambiguous = new HashSet<>();
        for (List<Resolved> rs : resolved) {
            for (int i = 0; i < rs.size(); i++) {
                Resolved r = rs.get(i);
                if (r.type() != EntityType.ORGANIZATION || !isStateBody(r.name())) {
                    continue;
                }
                Optional<Resolved> owner = stateBefore(rs, r);
                if (owner.isEmpty()) {
                    continue;
                }
                Country c = countries.byId(owner.get().id()).orElseThrow();
                List<String> parts = Names.parts(r.name());
                if (Names.parts(c.name()).stream().anyMatch(parts::contains)
                        || c.demonyms().stream().anyMatch(d -> parts.contains(Names.key(d)))) {
                    continue; // "Russia's Russian Railways": the state is in the name already
                }
                Resolved q = new Resolved(r.span(), "org/" + Names.slug(c.name() + " " + r.name()),
                        EntityType.ORGANIZATION, r.kind(), r.name(), Optional.of(c.id()));
                rs.set(i, q);
                String key = Names.key(r.name());
                Resolved before = qualified.putIfAbsent(key, q);
                if (before != null && !before.id().equals(q.id())) {
                    ambiguous.add(key);
                }
            }
        }
        for (List<Resolved> rs : resolved) {
            rs.replaceAll(r -> {
                String key = Names.key(r.name());
                Resolved q = qualified.get(key);
                if (r.type() != EntityType.ORGANIZATION || q == null || ambiguous.contains(key)
                        || r.id().equals(q.id())) {
                    return r;
                }
                return new Resolved(r.span(), q.id(), EntityType.ORGANIZATION, MentionKind.SHORT_NAME, q.name(),
                        q.country());
            });
        }
    }

    private static boolean isStateBody(String name) {
        return Names.parts(name).stream().anyMatch(STATE_BODIES::contains);
    }

    /**
     * The state right before an organisation's span: its name and a genitive ("Bosnia's Constitutional Court") or its
     * demonym ("the Bosnian Constitutional Court"); not a capital ("Moscow's City Court" is the city's).
     */
    private static Optional<Resolved> stateBefore(List<Resolved> rs, Resolved org) {
        List<Token> t = org.span().sentence().tokens();
        int from = org.span().from();
        boolean genitive = from >= 2 && t.get(from - 1).text().matches("['’]s");
        for (Resolved c : rs) {
            if (c.type() != EntityType.COUNTRY || c.kind() == MentionKind.METONYM) {
                continue;
            }
            boolean name = c.kind() != MentionKind.DEMONYM && genitive && c.span().to() == from - 1;
            boolean demonym = c.kind() == MentionKind.DEMONYM && c.span().to() == from;
            if (name || demonym) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static long position(Span sp) {
        return Resolved.position(sp.sentence().index(), sp.begin());
    }

    /**
     * The outlet is an organisation, whatever the tagger says: the article's publisher or wire, the
     * object of "told" that is nobody's name ("experts told Reuters"), the credit in brackets at the start
     * of the body ("MOSCOW (TASS) -").
     */
    private void correctOutlets(Article article, List<Sentence> sentences, List<List<Span>> spans, PersonIndex people) {
        Set<String> outlets = new LinkedHashSet<>();
        article.publisher().ifPresent(p -> outlets.add(Names.key(p)));
        article.wire().ifPresent(w -> outlets.add(Names.key(w)));
        for (Sentence s : sentences) {
            List<Span> ss = spans.get(s.index());
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() == Span.Kind.ORGANIZATION || sp.country().isPresent()) {
                    continue;
                }
                boolean outlet = outlets.contains(sp.key());
                boolean single = sp.to() - sp.from() == 1;
                if (!outlet && single && !people.isPartOfName(sp.name())) {
                    String prev = sp.before(1);
                    outlet = prev.equals("told") || (prev.equals("to") && sp.before(2).equals("according"));
                }
                if (!outlet && sp.kind() != Span.Kind.PERSON || !outlet && single) {
                    // the agency credit of a dateline: "SINGAPORE (Pacific Wire) -", "(Agency) -"
                    outlet |= s.section() == Section.BODY && sp.begin() < 80 && sp.before(1).equals("(")
                            && sp.after(1).equals(")");
                }
                if (outlet) {
                    ss.set(i, sp.withKind(Span.Kind.ORGANIZATION));
                }
            }
        }
    }

    /**
     * "The environmental group Cairde na Talún said": an organisation's name the tagger cut at a link of another
     * language ("na", "de", "van"), taking the words after it for a place or leaving them out, which the retyping
     * made a body. The capitalised words after the link, no person's, are the rest of the name.
     */
    private static void joinForeignNames(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            if (sp.kind() != Span.Kind.ORGANIZATION || sp.to() + 1 >= t.size()
                    || !SpanFinder.OPENING_LINKS.contains(t.get(sp.to()).text()) || !t.get(sp.to() + 1).capitalized()) {
                continue;
            }
            int to = sp.to() + 1;
            while (to < t.size() && t.get(to).capitalized() && !SpanFinder.CALENDAR.contains(t.get(to).text())) {
                to++;
            }
            int end = to;
            boolean person = ss.stream().anyMatch(o -> o.kind() == Span.Kind.PERSON && o.from() < end
                    && o.to() > sp.to());
            boolean crosses = ss.stream().anyMatch(o -> o != sp && o.from() < end && o.to() > end);
            if (person || crosses) {
                continue;
            }
            Sentence s = sp.sentence();
            Span joined = new Span(s, sp.from(), end, sp.begin(), t.get(end - 1).end(),
                    Names.clean(s.slice(sp.begin(), t.get(end - 1).end())), Span.Kind.ORGANIZATION, Optional.empty());
            ss.removeIf(o -> o != sp && o.from() >= sp.to() && o.to() <= end);
            ss.set(ss.indexOf(sp), joined);
        }
    }

    /**
     * Lower-case words that join the parts of a person's name in other languages: Catalan "i" and Spanish "y" between
     * two surnames ("Jordi Puigvert i Solà"), Kalenjin "arap" ("son of") before the father's name, and the particles
     * of Romance, Dutch, German and Arabic surnames.
     */
    /**
     * The tokens of a lineage link that starts at {@code i} ("s/o", "d/o": son or daughter of; "a/l", "a/p" in
     * Malay), written as one word and split by the tokenizer; 0 when there is none.
     */
    private static int lineage(List<Token> t, int i) {
        if (i + 3 >= t.size() || !t.get(i + 1).text().equals("/") || t.get(i + 1).begin() != t.get(i).end()
                || t.get(i + 2).begin() != t.get(i + 1).end()) {
            return 0;
        }
        String link = t.get(i).text() + "/" + t.get(i + 2).text();
        return LINEAGE.contains(link) ? 3 : 0;
    }

    private static final Set<String> LINEAGE = Set.of("s/o", "d/o", "a/l", "a/p");

    private static final Set<String> NAME_LINKS = Set.of("i", "y", "e", "arap", "de", "del", "della", "di", "da", "do",
            "dos", "das", "du", "van", "von", "der", "den", "ter", "ten", "bin", "binti", "ibn", "la", "le",
            // Hassaniya and Tuareg filiation ("Ahmedou ould Sidi Baba", "Mariem mint Abdallahi"), Kikuyu "wa"
            "ould", "mint", "bint", "ben", "ag", "wa", "í", "á", "við");

    /**
     * "Jordi Puigvert i Solà", "Joseph Kiprono arap Sang": the tagger often ends a person's name at a particle of
     * another language and leaves the capitalised word after it untagged (or tags "arap Sang" alone). One or two
     * capitalised words after the particle (or two particles, "de la"; or a lineage link, "Muthusamy s/o Raman"),
     * that no other name, place or organisation holds, are the rest of the name.
     */
    private static void joinNameParticles(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            int link = sp.to();
            int lineage = lineage(t, link);
            if (sp.kind() != Span.Kind.PERSON || link + 1 >= t.size()
                    || !NAME_LINKS.contains(t.get(link).text()) && lineage == 0 || t.get(link).begin() == sp.end()) {
                continue;
            }
            int first = lineage > 0 ? link + lineage // "Muthusamy s/o Raman"
                    : NAME_LINKS.contains(t.get(link + 1).text()) ? link + 2 : link + 1; // "de la Cruz", "van der Berg"
            if (first >= t.size() || !t.get(first).capitalized()) {
                continue;
            }
            int end = first;
            int words = end + 2;
            while (end < t.size() && end < words && t.get(end).capitalized()
                    && !SpanFinder.CALENDAR.contains(t.get(end).text())) {
                end++;
                // a hyphenated surname ("i Solà-Vidal") is one word
                while (end + 1 < t.size() && t.get(end).text().equals("-") && t.get(end).begin() == t.get(end - 1).end()
                        && t.get(end + 1).capitalized()) {
                    end += 2;
                }
            }
            // "Ana do Rosário Pestana Vaz": the tagger may tag the surnames after the particle as a person of their
            // own, longer than two words; that person is the rest of the name
            int tail = ss.stream().filter(o -> o != sp && o.kind() == Span.Kind.PERSON && o.from() == first)
                    .mapToInt(Span::to).max().orElse(end);
            int last = Math.max(end, tail);
            // the words after the particle are a bare surname or the same person's short form, never another body
            boolean other = ss.stream().anyMatch(o -> o != sp && o.from() < last && o.to() > link
                    && (o.kind() != Span.Kind.PERSON || o.from() < link || o.to() > last));
            if (other) {
                continue;
            }
            Sentence s = sp.sentence();
            Span joined = new Span(s, sp.from(), last, sp.begin(), t.get(last - 1).end(),
                    Names.clean(s.slice(sp.begin(), t.get(last - 1).end())), Span.Kind.PERSON, Optional.empty());
            ss.removeIf(o -> o != sp && o.from() >= link && o.to() <= last);
            ss.set(ss.indexOf(sp), joined);
        }
    }

    /** Links that stand only inside a name, between the given name and the father's: "ould", "bin", "arap". */
    private static final Set<String> FILIATION = Set.of("ould", "mint", "bint", "ben", "bin", "binti", "ibn", "ag",
            "wa", "arap",
            // Faroese names after a farm or place: "Jógvan í Dali", "Høgni á Lakjuni", "Ria við Ánna"
            "í", "á", "við");

    /**
     * "trader Mariem mint Abdallahi", "Minister of Petroleum and Energy Ahmedou ould Sidi Baba": the tagger may take
     * only the father's name after a filiation link for the person and leave the given name before it untagged, or
     * end an office's field with it. A filiation link never starts a name, so one capitalised word before it, not a
     * title, an honorific or a word another name holds whole, is the given name. An organisation that ends with that
     * word gives it up.
     */
    private static void givenNameBeforeFiliation(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            int link = sp.from() - 1;
            int given = link - 1;
            if (sp.kind() != Span.Kind.PERSON || given < 0 || !FILIATION.contains(t.get(link).text())
                    || !t.get(given).capitalized() || !t.get(given).text().chars().allMatch(Character::isLetter)
                    || Lexicon.isTitleHead(t.get(given).text())
                    || Lexicon.HONORIFICS.contains(Lexicon.lower(t.get(given).text()))
                    || SpanFinder.CALENDAR.contains(t.get(given).text())) {
                continue;
            }
            Span holder = null;
            for (Span o : ss) {
                if (o != sp && o.from() <= given && o.to() > given) {
                    holder = o;
                }
            }
            if (holder != null && (holder.kind() != Span.Kind.ORGANIZATION || holder.to() != given + 1
                    || holder.to() - holder.from() < 2)) {
                continue; // the word is another name's, or a whole organisation's
            }
            Sentence s = sp.sentence();
            if (holder != null) {
                Span h = holder;
                int end = t.get(given - 1).end();
                ss.set(ss.indexOf(h), new Span(s, h.from(), given, h.begin(), end, Names.clean(s.slice(h.begin(), end)),
                        h.kind(), h.country()));
            }
            Span joined = new Span(s, given, sp.to(), t.get(given).begin(), sp.end(),
                    Names.clean(s.slice(t.get(given).begin(), sp.end())), Span.Kind.PERSON, Optional.empty());
            ss.set(ss.indexOf(sp), joined);
        }
    }

    /**
     * "Minister for Housing and Urban Agenda Begoña Urquijo said", after "the Ministry of Housing and Urban Agenda":
     * the tagger may take the last words of an office's field for the first of the name. When the person's first words
     * (up to four, with the words before them) end the name of an organisation the article gives, they are the
     * office's, and the name starts after them (keeping at least two words).
     */
    private static void officeWordsInNames(List<List<Span>> spans) {
        List<List<String>> orgs = new ArrayList<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.ORGANIZATION && sp.to() - sp.from() >= 3) {
                    orgs.add(sp.sentence().tokens().subList(sp.from(), sp.to()).stream()
                            .map(x -> Lexicon.lower(x.text())).toList());
                }
            }
        }
        if (orgs.isEmpty()) {
            return;
        }
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                List<Token> t = sp.sentence().tokens();
                // or a name the tagger took whole for an organisation's, right after "Minister for"
                boolean afterOffice = sp.kind() == Span.Kind.ORGANIZATION && sp.from() >= 2
                        && Lexicon.isTitleHead(t.get(sp.from() - 2).text())
                        && t.get(sp.from() - 1).text().matches("for|of");
                if (sp.kind() != Span.Kind.PERSON && !afterOffice || sp.from() < 2) {
                    continue;
                }
                for (int n = 1; n <= 4 && sp.to() - sp.from() - n >= 2; n++) {
                    int cut = sp.from() + n;
                    if (endsOrgName(t, cut, orgs)) {
                        Sentence s = sp.sentence();
                        ss.set(i, new Span(s, cut, sp.to(), t.get(cut).begin(), sp.end(),
                                Names.clean(s.slice(t.get(cut).begin(), sp.end())), Span.Kind.PERSON,
                                Optional.empty()));
                        break;
                    }
                }
            }
        }
    }

    /** Whether two or more words before token {@code end} end one of {@code orgs}, short of its first word. */
    private static boolean endsOrgName(List<Token> t, int end, List<List<String>> orgs) {
        for (List<String> org : orgs) {
            int k = org.size() - 1;
            int j = end - 1;
            while (k >= 0 && j >= 0 && org.get(k).equals(Lexicon.lower(t.get(j).text()))) {
                k--;
                j--;
            }
            // two words or more, stopping short of the organisation's own head ("Ministry" there, "Minister" here)
            if (end - 1 - j >= 2 && k >= 0 && j + 1 < end - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mary Atieno Ochieng', 52, said": Luo and other names end in an apostrophe, which the tokenizer splits off as if
     * it closed a quotation or a plural possessive. An apostrophe attached to the end of a person's name and followed
     * by punctuation or a verb of speech (which no possessive is) is the name's last letter.
     */
    private static void closingApostrophes(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            int a = sp.to();
            if (sp.kind() != Span.Kind.PERSON || a + 1 >= t.size() || !t.get(a).text().matches("['’]")
                    || t.get(a).begin() != sp.end() || t.get(a + 1).begin() == t.get(a).end()
                            && Character.isLetterOrDigit(t.get(a + 1).text().charAt(0))) {
                continue;
            }
            String next = t.get(a + 1).text();
            if (!next.matches("[,.;:)]") && !Lexicon.SPEECH_VERBS.contains(Lexicon.lower(next))) {
                continue;
            }
            boolean quoting = false; // 'a matter for Ana Ruiz', he said: the mark closes a quotation opened before
            for (int k = 0; k < sp.from() && !quoting; k++) {
                quoting = t.get(k).text().matches("['‘]") && t.get(k + 1).begin() == t.get(k).end()
                        && (k == 0 || t.get(k).begin() > t.get(k - 1).end());
            }
            if (quoting) {
                continue;
            }
            Sentence s = sp.sentence();
            ss.set(i, new Span(s, sp.from(), a + 1, sp.begin(), t.get(a).end(),
                    Names.clean(s.slice(sp.begin(), t.get(a).end())), Span.Kind.PERSON, Optional.empty()));
        }
    }

    /**
     * "Park Sun-hee", "Moon Jae-in": a Korean given name is written as two syllables joined by a hyphen, the second in
     * lower case, which the tokenizer splits off ("Sun" "-" "hee") and the tagger leaves out of the name. A lower-case
     * word of up to five letters ("Lee Jae-myung") joined without spaces by a hyphen to the end of a person's name of
     * two words or more is part of that name; not a suffix that makes the name an adjective ("Obama-era", "Kim-led").
     */
    private static void hyphenatedSyllables(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            int h = sp.to();
            if (sp.kind() != Span.Kind.PERSON || sp.to() - sp.from() < 2 || h + 1 >= t.size()
                    || !t.get(h).text().equals("-") || t.get(h).begin() != sp.end()
                    || t.get(h + 1).begin() != t.get(h).end()) {
                continue;
            }
            String syllable = t.get(h + 1).text();
            boolean joinedOn = h + 2 < t.size() && t.get(h + 2).begin() == t.get(h + 1).end()
                    && Character.isLetterOrDigit(t.get(h + 2).text().charAt(0));
            if (syllable.length() > 5 || !syllable.chars().allMatch(Character::isLowerCase)
                    || ADJECTIVE_SUFFIXES.contains(syllable) || joinedOn) {
                continue;
            }
            Sentence s = sp.sentence();
            ss.set(i, new Span(s, sp.from(), h + 2, sp.begin(), t.get(h + 1).end(),
                    Names.clean(s.slice(sp.begin(), t.get(h + 1).end())), Span.Kind.PERSON, Optional.empty()));
        }
    }

    /** The marks that end a quotation's words before its closing mark when an attribution follows ("…,” X said"). */
    private static final Set<String> QUOTE_CLOSERS = Set.of(",", "?", "!");

    /**
     * "“…,” Ramdoyal-Laval, 23, said" after "Mauritian judoka Priya Ramdoyal-Laval won": the tagger misses names in
     * letters it seldom saw, most often where no title stands before them. A capitalised word (a hyphenated surname
     * counts as one) that nobody tagged names the one who spoke when it stands right after a quotation closed on a
     * comma, a question or an exclamation mark and before a verb of speech, or when an age set off by commas stands
     * between it and the verb; the article never writes it in lower case. The same word, untagged, after one or two
     * untagged capitalised words elsewhere ends that person's full name.
     */
    private static void namesProvenBySpeech(List<Sentence> sentences, List<List<Span>> spans, Set<String> lowerWords) {
        Set<String> surnames = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            List<Span> ss = spans.get(s.index());
            for (int i = 0; i < t.size(); i++) {
                int e = untaggedNameWord(t, i, ss, lowerWords);
                if (e < 0) {
                    continue;
                }
                boolean afterQuote = i >= 2 && SpanFinder.isClosingMark(t.get(i - 1).text())
                        && QUOTE_CLOSERS.contains(t.get(i - 2).text());
                boolean verbNext = e < t.size() && Lexicon.SPEECH_VERBS.contains(t.get(e).text());
                boolean ageNext = e + 3 < t.size() && t.get(e).text().equals(",")
                        && t.get(e + 1).text().matches("\\d{1,3}") && t.get(e + 2).text().equals(",")
                        && Lexicon.SPEECH_VERBS.contains(t.get(e + 3).text());
                if (afterQuote && verbNext || ageNext) {
                    surnames.add(s.slice(t.get(i).begin(), t.get(e - 1).end()));
                }
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            List<Span> ss = spans.get(s.index());
            boolean added = false;
            for (int i = 0; i < t.size(); i++) {
                int e = untaggedNameWord(t, i, ss, lowerWords);
                if (e < 0 || !surnames.contains(s.slice(t.get(i).begin(), t.get(e - 1).end()))) {
                    continue;
                }
                int from = i;
                while (from > 0 && i - from < 2 && untaggedNameWord(t, from - 1, ss, lowerWords) == from) {
                    from--;
                }
                boolean opening = from == 0 && i == 2;
                if (opening) {
                    from = 1; // "Sprinter Anouk Velderhoff-Ambe won": a sentence's first word may be a noun
                }
                if (!opening && from > 0 && t.get(from - 1).capitalized() && !Lexicon.isTitleWord(t.get(from - 1).text())
                        && !Lexicon.HONORIFICS.contains(Lexicon.lower(t.get(from - 1).text()))) {
                    continue; // inside a longer capitalised name nobody tagged: not this person's
                }
                if (e < t.size() && t.get(e).capitalized()) {
                    continue;
                }
                ss.add(new Span(s, from, e, t.get(from).begin(), t.get(e - 1).end(),
                        Names.clean(s.slice(t.get(from).begin(), t.get(e - 1).end())), Span.Kind.PERSON,
                        Optional.empty()));
                added = true;
                i = e - 1;
            }
            if (added) {
                ss.sort(Comparator.comparingInt(Span::begin));
            }
        }
    }

    /**
     * The end of the name word that starts at token {@code i} (a capitalised word, or several joined by hyphens
     * without spaces: "Ramdoyal-Laval") when the tagger left it untagged, no span holds it and it could be a name: no
     * title word, honorific, month or day, function word or country, and never written in lower case in the
     * article; else -1.
     */
    private static int untaggedNameWord(List<Token> t, int i, List<Span> ss, Set<String> lowerWords) {
        int e = i + 1;
        while (e + 1 < t.size() && t.get(e).text().equals("-") && t.get(e).begin() == t.get(e - 1).end()
                && t.get(e + 1).begin() == t.get(e).end()) {
            e += 2;
        }
        for (int k = i; k < e; k += 2) {
            String w = t.get(k).text();
            if (t.get(k).ner() != NerTag.NONE || !w.matches("\\p{Lu}\\p{Ll}[\\p{L}'’]*") || Lexicon.isTitleWord(w)
                    || SpanFinder.CALENDAR.contains(w) || Lexicon.NOT_IN_TITLE.contains(Lexicon.lower(w))
                    || Lexicon.HONORIFICS.contains(Lexicon.lower(w)) || lowerWords.contains(Lexicon.lower(w))
                    || CountryTable.get().lookup(w).isPresent()) {
                return -1;
            }
        }
        int end = e;
        if (ss.stream().anyMatch(sp -> sp.from() < end && i < sp.to())) {
            return -1;
        }
        return e;
    }

    /** Words that, hyphenated to a name, make it an adjective rather than lengthen it ("Kim-led", "Trump-era"). */
    private static final Set<String> ADJECTIVE_SUFFIXES = Set.of("led", "era", "run", "like", "type", "born", "made",
            "free", "wide", "held", "ish", "size", "based", "style", "owned", "aged", "level", "proof", "sized", "class",
            "heavy");

    /**
     * "Pruitt-Galloway, who pleaded guilty …" after "Desmond Pruitt-Galloway, 51, …": the tagger may take a surname
     * standing alone for a place. A place's name that no country table knows and that ends the full name of someone
     * the article named before it is that person: news calls a person by surname once it has named them.
     */
    private static void surnamesTakenForPlaces(List<List<Span>> spans, PersonIndex people) {
        for (List<Span> ss : spans) {
            ss.replaceAll(sp -> sp.kind() == Span.Kind.LOCATION && sp.country().isEmpty()
                    && people.endsNameGivenBefore(sp.name(), position(sp))
                    ? new Span(sp.sentence(), sp.from(), sp.to(), sp.begin(), sp.end(), sp.name(), Span.Kind.PERSON,
                            Optional.empty())
                    : sp);
        }
    }

    /**
     * The tagger often misses a surname standing alone ("invited Xi to visit", "the Kim-Xi meeting"). A
     * capitalised word that is the first or last part of a full name the article gives is that person,
     * when it stands alone: no capitalised word (other than a title) right before it, none right after.
     */
    private static void addNameParts(List<Sentence> sentences, List<List<Span>> spans, PersonIndex people) {
        if (people.isEmpty()) {
            return;
        }
        boolean merge = false;
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            List<Span> ss = spans.get(s.index());
            boolean added = false;
            for (int i = 0; i < t.size(); i++) {
                Token w = t.get(i);
                if (!w.capitalized() || SpanFinder.CALENDAR.contains(w.text())) {
                    continue;
                }
                int whole = wholeNameAt(t, i, s, people);
                if (whole > i) {
                    // "The Minister for Housing, Ruairí Ó Dálaigh-Byrne, has …" untagged, and "Mr Ó Dálaigh-Byrne"
                    // tagged later: the full name, and the given name nobody tagged before it
                    int from = i;
                    while (from > 0 && i - from < 2 && Retyper.untaggedNamePart(t.get(from - 1))) {
                        from--;
                    }
                    int a = from;
                    boolean free = ss.stream().noneMatch(sp -> sp.from() < whole && a < sp.to());
                    if (free && (whole >= t.size() || !t.get(whole).capitalized())) {
                        Span named = new Span(s, a, whole, t.get(a).begin(), t.get(whole - 1).end(),
                                Names.clean(s.slice(t.get(a).begin(), t.get(whole - 1).end())), Span.Kind.PERSON,
                                Optional.empty());
                        ss.add(named);
                        // "Hon AROHA TIPENE-REID:": the courtesy word before a name in capitals was all the tagger
                        // saw of it, and is no one's name
                        ss.removeIf(sp -> sp.kind() == Span.Kind.PERSON && sp.to() == a && sp.to() - sp.from() == 1
                                && isHonorific(t.get(sp.from()).text()));
                        if (a < i) {
                            people.addFullName(named.name(), position(named));
                            merge = true;
                        }
                        added = true;
                        i = whole - 1;
                        continue;
                    }
                }
                if (w.text().length() < 2 || Lexicon.PEER_STYLES.contains(w.text())) {
                    continue;
                }
                // "Orbanek-Roth" after "Liesel Orbanek-Roth": a hyphenated surname is one short form
                int end = i + 1;
                while (end + 1 < t.size() && t.get(end).text().equals("-") && t.get(end).begin() == t.get(end - 1).end()
                        && t.get(end + 1).begin() == t.get(end).end() && t.get(end + 1).capitalized()) {
                    end += 2;
                }
                String text = s.slice(w.begin(), t.get(end - 1).end());
                if (end > i + 1 ? !people.endsName(text) : !people.isFirstOrLastPart(w.text())) {
                    continue;
                }
                int from = i;
                int to = end;
                if (ss.stream().anyMatch(sp -> sp.from() < to && from < sp.to())) {
                    continue;
                }
                boolean capitalBefore = i > 0 && t.get(i - 1).capitalized() && !Lexicon.isTitleWord(t.get(i - 1).text())
                        && !Lexicon.HONORIFICS.contains(Lexicon.lower(t.get(i - 1).text()));
                boolean capitalAfter = end < t.size() && t.get(end).capitalized();
                if (capitalBefore || capitalAfter) {
                    continue;
                }
                ss.add(new Span(s, from, to, w.begin(), t.get(to - 1).end(), text, Span.Kind.PERSON,
                        Optional.empty()));
                added = true;
                i = end - 1;
            }
            if (added) {
                ss.sort(Comparator.comparingInt(Span::begin));
            }
        }
        if (merge) {
            people.mergeContained();
        }
    }

    /**
     * The end of the longest full name of someone the index holds, of two words or more, that starts at token {@code
     * i} and that the tagger left untagged there; else {@code i}.
     */
    private static int wholeNameAt(List<Token> t, int i, Sentence s, PersonIndex people) {
        int best = i;
        for (int j = i + 2; j <= Math.min(t.size(), i + 7); j++) {
            Token last = t.get(j - 1);
            if (last.ner() != NerTag.NONE || SpanFinder.isPunct(last.text()) && !last.text().equals("-")) {
                break;
            }
            if (!last.text().equals("-") && people.isFullName(s.slice(t.get(i).begin(), last.end()))) {
                best = j;
            }
        }
        return best;
    }

    /** "the Kim-Xi meeting": two people the article names, joined by a hyphen, are two mentions. */
    private static void splitJoinedNames(List<List<Span>> spans, PersonIndex people) {
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() != Span.Kind.PERSON || sp.to() - sp.from() != 3) {
                    continue;
                }
                List<Token> t = sp.sentence().tokens();
                Token left = t.get(sp.from());
                Token hyphen = t.get(sp.from() + 1);
                Token right = t.get(sp.from() + 2);
                if (!hyphen.text().equals("-") || !right.capitalized()
                        || !people.isPartOfName(left.text()) || !people.isPartOfName(right.text())
                        || people.resolve(sp.name(), position(sp)).filter(p -> p.parts.size() == 2).isPresent()) {
                    continue;
                }
                Optional<PersonIndex.Person> a = people.resolve(left.text(), position(sp));
                Optional<PersonIndex.Person> b = people.resolve(right.text(), position(sp));
                if (a.isPresent() && b.isPresent() && a.get() != b.get()) {
                    ss.set(i, new Span(sp.sentence(), sp.from(), sp.from() + 1, left.begin(), left.end(), left.text(),
                            Span.Kind.PERSON, Optional.empty()));
                    ss.add(i + 1, new Span(sp.sentence(), sp.from() + 2, sp.to(), right.begin(), right.end(),
                            right.text(), Span.Kind.PERSON, Optional.empty()));
                    i++;
                }
            }
        }
    }

    /**
     * Names the tagger left untagged although the article defines them: an acronym introduced in brackets
     * ("The IMC later …"), the outlet's own name. They become organisation spans wherever no span covers them.
     */
    private static void addUntagged(List<Sentence> sentences, List<List<Span>> spans, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(CountryTable.key(n)));
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            List<Span> ss = spans.get(s.index());
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).capitalized()) {
                    continue;
                }
                for (int j = Math.min(t.size(), i + 8); j > i; j--) {
                    String text = s.slice(t.get(i).begin(), t.get(j - 1).end());
                    if (!keys.contains(CountryTable.key(text))) {
                        continue;
                    }
                    int from = i;
                    int to = j;
                    if (ss.stream().noneMatch(sp -> sp.from() < to && sp.to() > from)) {
                        ss.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), Names.clean(text),
                                Span.Kind.ORGANIZATION, Optional.empty()));
                    }
                    i = j - 1;
                    break;
                }
            }
            ss.sort(Comparator.comparingInt(Span::begin));
        }
    }

    /** "United Nations Security Council (UNSC)": the acronym in brackets after a name stands for it. */
    private static Map<String, String> acronyms(List<List<Span>> spans) {
        Map<String, String> out = new HashMap<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.ORGANIZATION) {
                    // "…, known by its Spanish acronym Conred,": the short form stands for the name
                    int a = Retyper.initialsAfter(sp.sentence().tokens(), sp.to());
                    if (a >= 0) {
                        out.putIfAbsent(sp.sentence().tokens().get(a).text(), orgName(sp.name()));
                    }
                }
                if (sp.kind() != Span.Kind.ORGANIZATION || !sp.after(1).equals("(") || !sp.after(3).equals(")")) {
                    continue;
                }
                String acr = sp.after(2);
                NerTag tag = sp.sentence().tokens().get(sp.to() + 1).ner();
                if (acr.length() >= 2 && acr.equals(acr.toUpperCase()) && Character.isLetter(acr.charAt(0))
                        || contraction(acr, orgName(sp.name())) || coinedShortForm(acr, tag, sp.name())) {
                    out.putIfAbsent(acr, orgName(sp.name()));
                }
            }
        }
        return out;
    }

    /**
     * "Aluminium Bahrain (Alba) expects …": capitalised words right before a short form in brackets that contracts
     * them ({@link #contraction}) are a body's name, though the tagger took a place inside them for the place or left
     * them untagged. The longest such run, up to six words with "of", "and" or "for" inside; no person's name among
     * them.
     */
    private static void namesBeforeContractions(List<Span> ss) {
        if (ss.isEmpty()) {
            return;
        }
        Sentence s = ss.get(0).sentence();
        List<Token> t = s.tokens();
        for (int o = 1; o + 2 < t.size(); o++) {
            if (!t.get(o).text().equals("(") || !t.get(o + 2).text().equals(")")) {
                continue;
            }
            String word = t.get(o + 1).text();
            int best = -1;
            for (int from = o - 1; from >= Math.max(0, o - 6); from--) {
                String w = t.get(from).text();
                boolean link = Set.of("of", "and", "for").contains(w);
                if (!link && !t.get(from).capitalized() || SpanFinder.isPunct(w)) {
                    break;
                }
                if (!link && contraction(word, s.slice(t.get(from).begin(), t.get(o - 1).end()))) {
                    best = from;
                }
            }
            int from = best;
            int to = o;
            if (from < 0 || ss.stream().anyMatch(sp -> sp.from() < to && from < sp.to()
                    && (sp.kind() == Span.Kind.PERSON || sp.from() < from || sp.to() > to))) {
                continue;
            }
            ss.removeIf(sp -> sp.from() < to && from < sp.to());
            ss.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(),
                    Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end())), Span.Kind.ORGANIZATION,
                    Optional.empty()));
            ss.sort(Comparator.comparingInt(Span::begin));
        }
    }

    /**
     * Whether {@code word}, tagged {@code tag} in brackets right after the name of a body, is the short form the body
     * goes by: a single capitalised word that is no place and no word of the name, as a body named in another
     * language is introduced in English ("the National Coordinator for Disaster Reduction (Conred)", whose letters
     * are the Spanish name's syllables). A place in brackets ("(Dunedin)") says where the body is.
     */
    static boolean coinedShortForm(String word, NerTag tag, String name) {
        return word.length() >= 4 && word.matches("\\p{Lu}\\p{Ll}+") && tag != NerTag.LOCATION
                && !Names.parts(name).contains(Names.key(word));
    }

    /**
     * Whether {@code word}, in brackets after a body's name, is a short form made of the first letters of two or more
     * of its words, in order: "Aluminium Bahrain (Alba)", "Taiwan Power Company (Taipower)", "Petróleos Mexicanos
     * (Pemex)". It starts with the name's first word; accents and case aside.
     */
    static boolean contraction(String word, String name) {
        if (word.length() < 3 || !word.matches("\\p{Lu}\\p{Ll}+")) {
            return false;
        }
        List<String> parts = Names.parts(name);
        String w = Names.key(word);
        return !parts.isEmpty() && !parts.get(0).equals(w) && contracts(w, 0, parts, 0, 0);
    }

    private static boolean contracts(String w, int at, List<String> parts, int next, int pieces) {
        if (at == w.length()) {
            return pieces >= 2;
        }
        for (int j = next; j < parts.size() && (pieces > 0 || j == 0); j++) {
            String part = parts.get(j);
            for (int k = Math.min(part.length(), w.length() - at); k >= 1; k--) {
                if (w.startsWith(part.substring(0, k), at) && contracts(w, at + k, parts, j + 1, pieces + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Resolved> resolve(Span sp, PersonIndex people, Map<String, String> acronyms,
                                       Map<String, List<String>> orgNames, Set<String> namedCountries) {
        if (sp.country().isPresent()) {
            return Optional.of(country(sp));
        }
        String name = sp.name();
        return switch (sp.kind()) {
            case PERSON -> {
                Optional<Country> asCountry = countries.lookup(name);
                if (asCountry.isPresent() && !people.isPartOfName(name)) {
                    yield Optional.of(countryMention(sp, asCountry.get(), MentionKind.NAME));
                }
                if (acronyms.containsKey(name) && !people.isPartOfName(name)) {
                    // "The Portuguese Cork Association (APCOR) says …" and then "APCOR says …", which the tagger
                    // takes for a person's name: the initials stand for the body everywhere in the article
                    yield Optional.of(organization(sp.withKind(Span.Kind.ORGANIZATION), acronyms, orgNames));
                }
                List<String> own = Names.parts(name);
                if (name.indexOf(' ') < 0 && !people.isPartOfName(name) && orgNames.values().stream()
                        .anyMatch(op -> op.size() > own.size() && op.subList(0, own.size()).equals(own))) {
                    // "Sino-Kafue said" after "Sino-Kafue Copper Mining": a company's short form of one word, which
                    // the tagger takes for a person's name (not "Kofi Annan" of the "Kofi Annan Foundation")
                    yield Optional.of(organization(sp.withKind(Span.Kind.ORGANIZATION), acronyms, orgNames));
                }
                Optional<PersonIndex.Person> p = people.resolveInOrder(name, position(sp));
                if (p.isPresent()) {
                    boolean full = sp.key().equals(p.get().key);
                    yield Optional.of(new Resolved(sp, p.get().id(), EntityType.PERSON,
                            full ? MentionKind.NAME : MentionKind.SHORT_NAME, p.get().name(), Optional.empty()));
                }
                yield Optional.of(new Resolved(sp, "person/" + Names.slug(name), EntityType.PERSON, MentionKind.NAME,
                        name, Optional.empty()));
            }
            case ORGANIZATION, LOCATION -> {
                // A word of someone's full name tagged as an organisation or place ("Trump" once tagged ORG)
                if (sp.to() - sp.from() == 1 && people.isPartOfName(name)
                        && !Lexicon.ORGANIZATIONS.containsKey(CountryTable.key(name))) {
                    PersonIndex.Person p = people.resolve(name, position(sp)).orElseThrow();
                    yield Optional.of(new Resolved(sp, p.id(), EntityType.PERSON, MentionKind.SHORT_NAME, p.name(),
                            Optional.empty()));
                }
                if (sp.kind() == Span.Kind.ORGANIZATION) {
                    yield Optional.of(organization(sp, acronyms, orgNames));
                }
                if (isCompassOnly(name)) {
                    yield Optional.empty(); // "the North": decided by northSouth()
                }
                yield Optional.of(new Resolved(sp, "place/" + Names.slug(name), EntityType.LOCATION, MentionKind.NAME,
                        displayName(name), Optional.empty()));
            }
            case COUNTRY_PHRASE -> Optional.empty();
        };
    }

    private Resolved organization(Span sp, Map<String, String> acronyms, Map<String, List<String>> orgNames) {
        String name = orgName(sp.name());
        MentionKind kind = MentionKind.NAME;
        String known = Lexicon.ORGANIZATIONS.get(CountryTable.key(name));
        if (known != null) {
            kind = known.equals(name) ? MentionKind.NAME : MentionKind.SHORT_NAME;
            name = known;
        } else if (acronyms.containsKey(name)) {
            name = acronyms.get(name);
            kind = MentionKind.SHORT_NAME;
        } else {
            Optional<String> longer = longerOrg(name, orgNames);
            if (longer.isPresent()) {
                name = longer.get();
                kind = MentionKind.SHORT_NAME;
            }
        }
        String canonical = Lexicon.ORGANIZATIONS.getOrDefault(CountryTable.key(name), name);
        return new Resolved(sp, "org/" + Names.slug(canonical), EntityType.ORGANIZATION, kind, canonical,
                Optional.empty());
    }

    /**
     * "Asan Institute" for "Asan Institute for Policy Studies", "City Hall" for "Paris City Hall"; "UNSC" for the
     * name whose initials it is.
     */
    private static Optional<String> longerOrg(String name, Map<String, List<String>> orgNames) {
        List<String> parts = Names.parts(name);
        boolean acronym = parts.size() == 1 && name.length() >= 2 && name.equals(name.toUpperCase());
        String found = null;
        for (Map.Entry<String, List<String>> org : orgNames.entrySet()) {
            String other = org.getKey();
            List<String> op = org.getValue();
            boolean match = op.size() > parts.size() && (op.subList(0, parts.size()).equals(parts)
                    // "City Hall" for "Paris City Hall": a name of two words or more ending a longer one
                    || parts.size() > 1 && op.subList(op.size() - parts.size(), op.size()).equals(parts));
            if (acronym && !match) {
                StringBuilder initials = new StringBuilder();
                for (String w : op) {
                    if (!Set.of("of", "the", "for", "and", "on", "in").contains(w)) {
                        initials.append(w.charAt(0));
                    }
                }
                match = op.size() > 1 && initials.toString().equalsIgnoreCase(name);
            }
            if (match) {
                if (found != null && !found.equals(other)) {
                    return Optional.empty(); // two candidates: leave it as it is
                }
                found = other;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String orgName(String name) {
        String n = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        return Names.clean(n);
    }

    private Resolved country(Span sp) {
        CountryTable.Phrase p = sp.country().get();
        Country c = p.country();
        return switch (p.role()) {
            case NAME -> countryMention(sp, c, MentionKind.NAME);
            case ALIAS -> countryMention(sp, c, MentionKind.SHORT_NAME);
            case DEMONYM -> countryMention(sp, c, MentionKind.DEMONYM);
            case METONYM -> countryMention(sp, c, MentionKind.METONYM);
            case CAPITAL -> isPlace(sp)
                    ? new Resolved(sp, "place/" + Names.slug(capitalName(c, sp.name())), EntityType.LOCATION,
                            MentionKind.NAME, capitalName(c, sp.name()), Optional.of(c.id()))
                    : countryMention(sp, c, MentionKind.METONYM);
        };
    }

    private static Resolved countryMention(Span sp, Country c, MentionKind kind) {
        return new Resolved(sp, c.id(), EntityType.COUNTRY, kind, c.name(), Optional.of(c.id()));
    }

    /** The capital's name as the table spells it ("MOSCOW" in a dateline is Moscow). */
    private String capitalName(Country c, String surface) {
        String key = CountryTable.key(surface);
        return c.capitals().stream().filter(cap -> CountryTable.key(cap).equalsIgnoreCase(key)).findFirst()
                .orElse(surface);
    }

    /**
     * A capital is a place after a preposition or verb of place ("arrived in Moscow", "visit to Beijing"), or joined
     * to a place after one ("in Kyiv and Moscow"), before ", Country" ("Pyongyang, North Korea"), or as a dateline in capitals; otherwise it stands
     * for the government ("Pyongyang said", "sanctions against Pyongyang", "Beijing's support").
     */
    private boolean isPlace(Span sp) {
        String prev = sp.before(1);
        if (prev.equals("the")) {
            prev = sp.before(2);
        }
        if (Lexicon.LOCATIVE.contains(prev)) {
            return true;
        }
        // "hoteliers in Lisbon and Porto": a capital joined by "and" or "or" to a place after a preposition
        List<Token> t = sp.sentence().tokens();
        int k = sp.from() - 1;
        boolean listed = false;
        while (k >= 1 && (t.get(k).text().equals("and") || t.get(k).text().equals("or")) && t.get(k - 1).capitalized()) {
            k--;
            while (k >= 0 && t.get(k).capitalized()) {
                k--;
            }
            listed = true;
        }
        if (listed && k >= 0 && Lexicon.LOCATIVE.contains(Lexicon.lower(t.get(k).text()))) {
            return true;
        }
        if (sp.after(1).equals(",") && countries.lookup(sp.after(2)).isPresent()) {
            return true;
        }
        String surface = sp.surface();
        return surface.equals(surface.toUpperCase()) && surface.length() > 3;
    }

    private static boolean isCompassOnly(String name) {
        return name.equals("North") || name.equals("South");
    }

    /**
     * "the North", "the South" stand for North or South Korea (or any country named "North …"/"South …")
     * only where safe: the article names exactly one such country, and no capitalised word follows.
     */
    private List<Resolved> northSouth(Sentence s, List<Resolved> rs, Set<String> namedCountries) {
        List<Resolved> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int k = 1; k < t.size(); k++) {
            String w = t.get(k).text();
            if (!isCompassOnly(w) || !Lexicon.lower(t.get(k - 1).text()).equals("the")) {
                continue;
            }
            if (k + 1 < t.size() && (t.get(k + 1).capitalized() || t.get(k + 1).text().equals("-"))) {
                continue;
            }
            int kk = k;
            if (rs.stream().anyMatch(r -> r.span().from() <= kk && kk < r.span().to())) {
                continue;
            }
            List<Country> fits = namedCountries.stream().map(iso -> countries.byId(iso).orElseThrow())
                    .filter(c -> c.name().startsWith(w + " ")).toList();
            if (fits.size() == 1) {
                Span sp = new Span(s, k, k + 1, t.get(k).begin(), t.get(k).end(), w, Span.Kind.COUNTRY_PHRASE,
                        Optional.empty());
                out.add(countryMention(sp, fits.get(0), MentionKind.SHORT_NAME));
            }
        }
        return out;
    }

    private static String displayName(String name) {
        if (name.length() > 3 && name.equals(name.toUpperCase())) {
            StringBuilder sb = new StringBuilder();
            boolean start = true;
            for (char c : name.toCharArray()) {
                sb.append(start ? c : Character.toLowerCase(c));
                start = !Character.isLetter(c);
            }
            return sb.toString();
        }
        return name;
    }

    private static Resolution assemble(List<List<Resolved>> resolved, Titles titles,
                                       Map<String, String> personCountry) {
        Map<String, List<Resolved>> byId = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (List<Resolved> rs : resolved) {
            for (Resolved r : rs) {
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
                mentions.add(r.mention());
            }
        }
        Map<String, List<String>> titleTexts = new HashMap<>();
        for (Titles.Title t : titles.titles) {
            List<String> list = titleTexts.computeIfAbsent(t.personId(), k -> new ArrayList<>());
            if (!list.contains(t.text())) {
                list.add(t.text());
            }
        }
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (Map.Entry<String, List<Resolved>> e : byId.entrySet()) {
            List<Resolved> rs = e.getValue();
            Resolved head = rs.get(0);
            String name = canonicalName(rs);
            LinkedHashSet<String> aliases = new LinkedHashSet<>();
            List<Integer> offsets = new ArrayList<>();
            Optional<String> country = Optional.empty();
            for (Resolved r : rs) {
                if (r.kind() != MentionKind.DESCRIPTION) {
                    aliases.add(Names.clean(r.span().name()));
                }
                if (r.span().sentence().section() == Section.BODY) {
                    offsets.add(r.span().begin());
                }
                if (country.isEmpty()) {
                    country = r.country();
                }
            }
            aliases.remove(name);
            if (head.type() == EntityType.PERSON) {
                country = Optional.ofNullable(personCountry.get(e.getKey()));
            } else if (head.type() == EntityType.ORGANIZATION) {
                Optional<String> own = country; // a state's body named with its state
                country = Optional.ofNullable(titles.orgCountries.get(e.getKey())).or(() -> own);
            }
            entities.add(new Entity(e.getKey(), name, head.type(), List.copyOf(aliases), rs.size(),
                    titleTexts.getOrDefault(e.getKey(), List.of()), country, offsets));
            first.put(e.getKey(), first.size());
        }
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed()
                .thenComparingInt(en -> first.get(en.id())));
        return new Resolution(mentions, entities);
    }

    /**
     * People and organisations: the resolved full name; places: the spelling used most. A person's name that a label
     * prints in capitals ("Hon MATIU PAEWAI:", as Hansards do) is written as the article writes it elsewhere, or in
     * the case of a name when it never does.
     */
    private static String canonicalName(List<Resolved> rs) {
        Resolved head = rs.get(0);
        if (head.type() == EntityType.PERSON || head.type() == EntityType.ORGANIZATION
                || head.type() == EntityType.COUNTRY) {
            String name = rs.stream().filter(r -> r.kind() != MentionKind.DESCRIPTION).map(Resolved::name)
                    .findFirst().orElse(head.name());
            if (head.type() != EntityType.PERSON || !name.equals(name.toUpperCase(Locale.ROOT))) {
                return name;
            }
            return rs.stream().map(r -> r.span().name())
                    .filter(n -> n.equalsIgnoreCase(name) && !n.equals(name.toUpperCase(Locale.ROOT))).findFirst()
                    .orElseGet(() -> displayName(name));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        rs.forEach(r -> counts.merge(r.name(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(head.name());
    }
}
