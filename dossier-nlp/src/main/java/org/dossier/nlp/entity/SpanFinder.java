package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.text.NerTag;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * Finds the candidate names of one sentence: the country table's phrases first (names, demonyms,
 * capitals, metonyms, which the three-class CRF either misses or mistypes), then the CRF's runs of
 * PERSON, ORGANIZATION and LOCATION tokens, corrected for what the CRF does wrong on news: brackets
 * and possessives inside names, title words tagged as part of an organisation ("Chinese Foreign
 * Minister"), several countries run together ("US-North Korea"), a country tagged as a person.
 */
final class SpanFinder {
    private static final Set<String> CONNECTORS = Set.of("-", "–", "and", "&", "/", ",", "'s", "’s");
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Central", "Latin",
            "Southeast", "Northeast", "Southwest", "Northwest", "Eastern", "Western", "Northern", "Southern",
            "Upper", "Lower", "Greater", "New");

    private final CountryTable countries;

    SpanFinder(CountryTable countries) {
        this.countries = countries;
    }

    List<Span> find(Sentence s) {
        return find(s, false);
    }

    /** The candidate names of a sentence; {@code afterQuote}: the sentence before it ended with a closing mark. */
    List<Span> find(Sentence s, boolean afterQuote) {
        List<Token> tokens = s.tokens();
        List<Span> table = tableMatches(s);
        boolean[] claimed = new boolean[tokens.size()];
        for (Span m : table) {
            for (int i = m.from(); i < m.to(); i++) {
                claimed[i] = true;
            }
        }
        List<Span> out = new ArrayList<>(nicknamed(s, claimed));
        // where a nicknamed person's span ends, by the index of each token it covers (0: none)
        int[] nickEnd = new int[tokens.size()];
        for (Span n : out) {
            for (int k = n.from(); k < n.to(); k++) {
                nickEnd[k] = n.to();
            }
        }
        List<Span> keptTable = new ArrayList<>(table);
        keptTable.removeIf(m -> m.from() < tokens.size() && nickEnd[m.from()] > 0);
        int i = 0;
        while (i < tokens.size()) {
            NerTag tag = tokens.get(i).ner();
            if (nickEnd[i] > 0) {
                i = nickEnd[i];
                continue;
            }
            if (tag == NerTag.NONE) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && tokens.get(j).ner() == tag) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).ner() == NerTag.NONE
                    && LEGAL_FORMS.contains(tokens.get(j).text().replace(".", "")) && !anyClaimed(claimed, i, j + 1)) {
                // "Weisskar Gletscherbahnen GmbH": the tagger may take a company's name for a person's and leave out
                // its legal form, which makes it a company whatever the words before it
                out.add(organization(s, i, j + 1));
                i = j + 1;
                continue;
            }
            int courtesy = tag == NerTag.ORGANIZATION ? courtesyInside(tokens, i, j) : -1;
            if (courtesy > 0) {
                // "Head of Water Dr. Lina" + "bint Rashid Kamal": the tagger ran a title into the person's name
                int k = j;
                while (k < tokens.size() && tokens.get(k).ner() == NerTag.PERSON) {
                    k++;
                }
                nerRun(s, i, courtesy, tag, claimed, keptTable).ifPresent(out::add);
                nerRun(s, courtesy + 1, k, NerTag.PERSON, claimed, keptTable).ifPresent(out::add);
                i = k;
                continue;
            }
            int of = tag == NerTag.PERSON ? ofInside(tokens, i, j) : -1;
            if (of > 0) {
                // "Mamadou Sylla of Kobaya said": no person's name holds "of"; what follows it is where the person is
                nerRun(s, i, of, tag, claimed, keptTable).ifPresent(out::add);
                nerRun(s, of + 1, j, NerTag.LOCATION, claimed, keptTable).ifPresent(out::add);
            } else {
                Optional<Span> run = nerRun(s, i, j, tag, claimed, keptTable);
                run.ifPresent(out::add);
                // a name extended over a later run of the tagger's ("Zambia Nurses, Midwives and" + "Orderlies
                // Union") has taken that run too
                j = Math.max(j, run.map(Span::to).orElse(j));
            }
            i = j;
        }
        out.addAll(keptTable);
        if (s.section() != Section.TITLE) {
            institutions(s, out, claimed);
            possessiveBodies(s, out);
            ownedBodies(s, out, claimed);
            statisticsOffices(s, out);
            acronymSpeakers(s, out, claimed);
            capitalisedSpeaker(s, out, claimed);
            speakerAfterQuote(s, out, claimed, afterQuote);
            nameAfterRole(s, out, claimed);
            nameAfterOffice(s, out, claimed);
            nameAfterCourtesy(s, out, claimed);
            nameAfterBodyNoun(s, out);
            givenNameAfterTitle(s, out, claimed);
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /**
     * Capitalised English heads of the name of a public body or an organisation, which take a complement with "of" or
     * "for" ("Court of Cassation", "Ministry of Fisheries and Coastal Works") or end a name ("Election
     * Commission" + "of Ghana").
     */
    static final Set<String> INSTITUTION_HEADS = Set.of("court", "tribunal", "municipality", "ministry",
            "department", "agency", "council", "committee", "commission", "authority", "office", "board", "bureau",
            "institute", "directorate", "federation", "association", "corporation", "bank", "fund", "foundation",
            "secretariat", "inspectorate", "registry", "prefecture", "administration", "chamber",
            // Latin America's regulators: "the Superintendency of Banks"; "the Centre for the Restoration of …"
            "superintendency", "superintendence", "centre", "center",
            // "the Geological Survey of Brazil", "the Meteorological Service of Jamaica", "the National Trust for …"
            "survey", "service", "trust",
            // a public body's unit with a name of its own: "the Division of Aquatic and Wildlife Resources"
            "division",
            // a trade's or a profession's: "the Hop Growers Union of the Czech Republic"
            "union");

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\\d{1,3}(?:st|nd|rd|th)");

    /** Heads of the names of a body's parts and units, which take the body after "of the". */
    private static final Set<String> PART_HEADS = Set.of("division", "brigade", "battalion", "regiment", "command",
            "corps", "fleet", "squadron", "directorate", "department", "office", "chamber", "section", "unit",
            "secretariat", "bureau", "inspectorate");

    /**
     * Heads of the names of public bodies and organisations in French, Spanish, Portuguese, Italian, German and Dutch,
     * which also take their complement straight after them ("Agence Nationale des Routes", "Banco Nacional").
     */
    static final Set<String> FOREIGN_INSTITUTION_HEADS = Set.of("agence", "comité", "conseil", "cour",
            "ministère", "syndicat", "société", "compagnie", "caisse", "institut", "fédération", "chambre", "banque",
            "préfecture", "mairie", "régie", "tribunal", "ministerio", "ministério", "agencia", "agência", "comisión",
            "comissão", "consejo", "conselho", "instituto", "banco", "corte", "companhia", "compañía", "empresa",
            "federación", "federação", "cámara", "câmara", "prefeitura", "ayuntamiento", "junta", "secretaría",
            "superintendencia", "fundación", "fundação", "ministero", "agenzia", "consiglio", "istituto", "comune",
            "ministerium", "bundesamt", "landesamt", "gericht", "gemeinde", "ministerie", "gemeente", "stichting",
            "cooperativa", "coopérative", "cooperativă", "genossenschaft", "coöperatie");

    /**
     * "the Court of Final Appeal upheld", "Andorra's Court of Cassation", "The Agence Nationale des Routes said",
     * "the Comité du" + "Miel de Provence", "The Election Commission" + "of Ghana": the tagger misses
     * the name of a public body it never saw, or cuts it at a link word, a place or a country inside it. A capitalised
     * institution head with capitalised words joined to it by links ("of", "for", "and", the links of other languages)
     * is an organisation's name, and replaces the places, countries and organisations found inside it. It takes no
     * word tagged as a person's, no date and no title head before a person's name; a head with no complement ("the
     * Court said") makes no name, and an English head needs "of" or "for" first. A head inside an organisation the
     * tagger found starts the name where that organisation starts; else capitals nobody tagged before the head, not
     * the sentence's first word, belong to it ("the West Pacific Court of Appeal"). Lines in title case, where
     * every word is capitalised, are left alone.
     */
    private static void institutions(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        boolean checkedCase = false;
        for (int h = 0; h < t.size(); h++) {
            String w = t.get(h).text();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))
                    || t.get(h).ner() == NerTag.PERSON || claimed[h]) {
                continue;
            }
            String l = Lexicon.lower(w);
            boolean foreign = FOREIGN_INSTITUTION_HEADS.contains(l);
            if (!foreign && !INSTITUTION_HEADS.contains(l)) {
                continue;
            }
            if (!checkedCase) {
                if (isTitleCase(t)) {
                    return;
                }
                checkedCase = true;
            }
            // "the Directorate-General for the Environment", "the Inspectorate-General of Police": one head
            int last = h + 2 < t.size() && t.get(h + 1).text().equals("-") && t.get(h + 2).text().equals("General")
                    && t.get(h + 1).begin() == t.get(h).end() && t.get(h + 2).begin() == t.get(h + 1).end()
                    && !claimed[h + 2] ? h + 2 : h;
            int end = complementEnd(t, last + 1, foreign, claimed, out);
            if (end <= last + 1) {
                continue;
            }
            int head = h;
            int from = out.stream().filter(sp -> sp.kind() == Span.Kind.ORGANIZATION && sp.from() <= head
                    && head < sp.to()).mapToInt(Span::from).findFirst().orElse(h);
            if (from == h) {
                while (from > 1 && institutionWord(t, from - 1, claimed) && t.get(from - 1).ner() == NerTag.NONE) {
                    from--;
                }
                // "the Austrian Agency for Health and Food Safety": a demonym right before a name that opens with no
                // title word is the name's first word, as for the names the tagger found (extendOrganizationLeft);
                // "the Kenyan Chief Justice" is a title's
                int d = from;
                Optional<Span> demonym = out.stream().filter(sp -> sp.to() == d && sp.country().isPresent()
                        && sp.country().get().role() == CountryTable.Role.DEMONYM).findFirst();
                if (demonym.isPresent() && !Lexicon.isTitleWord(t.get(from).text())) {
                    from = demonym.get().from();
                }
            }
            int f = from;
            if (out.stream().anyMatch(sp -> sp.from() < end && f < sp.to() && (sp.kind() == Span.Kind.PERSON
                    || sp.from() < f || sp.to() > end
                    || sp.kind() == Span.Kind.ORGANIZATION && sp.from() == f && sp.to() == end))) {
                continue;
            }
            out.removeIf(sp -> sp.from() < end && f < sp.to());
            String name = Names.clean(s.slice(t.get(f).begin(), t.get(end - 1).end()));
            out.add(new Span(s, f, end, t.get(f).begin(), t.get(end - 1).end(), name, Span.Kind.ORGANIZATION,
                    Optional.empty()));
            h = end - 1;
        }
    }

    /** Heads of bodies whose names hold a possessive before them ("Consumers' Counsel", "Children's Hospital"). */
    private static final Set<String> POSSESSED_HEADS = Set.of("counsel", "hospital", "union", "aid", "trust",
            "league", "advocate", "ombudsman");
    /** Plurals without an "s" that own a body's head ("Children's Hospital", "Women's Aid"). */
    private static final Set<String> PEOPLE = Set.of("children", "women", "men", "people");

    /**
     * "the U.S. Attorney's Office for the Western District of New York", "the Ohio Consumers' Counsel", "the Attorney
     * General's Office": a body's name that holds a possessive, which the tagger cuts at it (tagging "U.S." a
     * country and the rest a body, or a person). The possessive follows an office or a kind of people ("Attorney's",
     * "Consumers'", "Children's"), no name of a person, body, place or country ("Britain's Office for National
     * Statistics" is Britain's, "B.C.'s Ministry of Energy" the province's), and a capitalised
     * head of a body follows it; the name starts at the capitals before the possessive (places among them) and ends
     * where the body's name after it ends.
     */
    private static void possessiveBodies(Sentence s, List<Span> out) {
        List<Token> t = s.tokens();
        for (int p = 1; p + 1 < t.size(); p++) {
            String clitic = t.get(p).text();
            String head = Lexicon.lower(t.get(p + 1).text());
            Token owner = t.get(p - 1);
            if (!clitic.matches("['’]s?") || !t.get(p + 1).capitalized() || !owner.capitalized()
                    || !INSTITUTION_HEADS.contains(head) && !POSSESSED_HEADS.contains(head)
                    || owner.ner() != NerTag.NONE && owner.ner() != NerTag.ORGANIZATION
                    || CountryTable.get().lookup(owner.text()).isPresent()) {
                continue;
            }
            // the owner is an office or a kind of people ("Attorney's", "Consumers'", "Children's"), not a name
            boolean kind = owner.text().matches("\\p{Lu}\\p{Ll}+") && (Lexicon.isTitleWord(owner.text())
                    || clitic.length() == 1 || PEOPLE.contains(Lexicon.lower(owner.text()))
                    || Lexicon.lower(owner.text()).matches("\\p{L}{3,}men")); // "Cattlemen's", "Fishermen's"
            if (!kind) {
                continue;
            }
            int ownerAt = p - 1;
            // "the Northern Cattlemen" + "Union": the tagger's name that ends in the owner opens the body's name
            Optional<Span> opened = out.stream().filter(sp -> sp.kind() == Span.Kind.ORGANIZATION
                    && sp.to() == ownerAt + 1 && sp.from() < ownerAt).findFirst();
            if (opened.isEmpty() && (owner.ner() != NerTag.NONE
                    || out.stream().anyMatch(sp -> sp.from() <= ownerAt && ownerAt < sp.to()))) {
                continue; // "Microsoft's Office", "B.C.'s Ministry of Energy": the owner is a name of its own
            }
            int from = opened.map(Span::from).orElse(p - 1);
            while (from > 0 && t.get(from - 1).capitalized()
                    && (t.get(from - 1).ner() != NerTag.PERSON || Lexicon.isTitleWord(t.get(from - 1).text()))
                    && !(from - 1 == 0 && Lexicon.NOT_IN_TITLE.contains(Lexicon.lower(t.get(0).text())))) {
                from--;
            }
            int headAt = p + 1;
            int end = out.stream().filter(sp -> sp.kind() == Span.Kind.ORGANIZATION && sp.from() == headAt)
                    .mapToInt(Span::to).findFirst().orElse(p + 2);
            int f = from;
            out.removeIf(sp -> sp.from() < end && f < sp.to());
            String name = Names.clean(s.slice(t.get(f).begin(), t.get(end - 1).end()));
            out.add(new Span(s, f, end, t.get(f).begin(), t.get(end - 1).end(), name, Span.Kind.ORGANIZATION,
                    Optional.empty()));
            out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            p = end - 1;
        }
    }

    /**
     * "Colombia's National Health Superintendency took over …", "Kenya's National Drought Management Authority said":
     * after a country's or a place's possessive, two to six capitalised words nobody tagged, ending in the head of a
     * public body, are that body's name, which the tagger never saw. No title head among them: "Colombia's Health
     * Minister Ana Ruiz" is an office before a name.
     */
    private static void ownedBodies(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        for (int p = 1; p + 2 < t.size(); p++) {
            if (!t.get(p).text().matches("['’]s") || !t.get(p - 1).capitalized()) {
                continue;
            }
            int ownerAt = p - 1;
            boolean place = out.stream().anyMatch(sp -> sp.to() == ownerAt + 1 && (sp.kind() == Span.Kind.LOCATION
                    || sp.kind() == Span.Kind.COUNTRY_PHRASE));
            if (!place) {
                continue;
            }
            int k = p + 1;
            while (k < t.size() && k - p <= 6 && t.get(k).capitalized() && t.get(k).ner() == NerTag.NONE
                    && !claimed[k] && t.get(k).text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                    && !Lexicon.isTitleHead(t.get(k).text())) {
                k++;
            }
            int from = p + 1;
            int end = k;
            if (end - from < 2 || !INSTITUTION_HEADS.contains(Lexicon.lower(t.get(end - 1).text()))
                    || end < t.size() && t.get(end).capitalized()
                    || out.stream().anyMatch(sp -> sp.from() < end && from < sp.to())) {
                continue;
            }
            String name = Names.clean(s.slice(t.get(from).begin(), t.get(end - 1).end()));
            out.add(new Span(s, from, end, t.get(from).begin(), t.get(end - 1).end(), name, Span.Kind.ORGANIZATION,
                    Optional.empty()));
            out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            p = end - 1;
        }
    }

    /**
     * "according to Statistics Botswana", "Statistics Canada said": a national statistics office named as
     * "Statistics" before the country's name, which the tagger leaves untagged and the country table takes for the
     * country.
     */
    private static void statisticsOffices(Sentence s, List<Span> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < out.size(); i++) {
            Span c = out.get(i);
            int at = c.from() - 1;
            if (c.kind() != Span.Kind.COUNTRY_PHRASE || at < 0 || !t.get(at).text().matches("Statistics|Stats")
                    || c.country().filter(p -> p.role() == CountryTable.Role.NAME
                            || p.role() == CountryTable.Role.ALIAS).isEmpty()) {
                continue;
            }
            String name = Names.clean(s.slice(t.get(at).begin(), c.end()));
            out.set(i, new Span(s, at, c.to(), t.get(at).begin(), c.end(), name, Span.Kind.ORGANIZATION,
                    Optional.empty()));
        }
    }

    /** A token that may close a quotation: a closing double or single mark, straight or curly, or AP's "''". */
    static boolean isClosingMark(String w) {
        return w.matches("[”\"’']|''");
    }

    /** Abbreviated titles written in capitals, which speak for a person ("the CFO said", "the MEP said"). */
    private static final Set<String> ROLE_ABBREVIATIONS = Set.of("ceo", "cfo", "coo", "cto", "cio", "cmo", "mep", "msp",
            "mla", "mpp", "mhk", "dpm", "svp", "evp", "avp", "gm", "md", "da", "dg", "vp", "qc", "kc", "sc");

    /**
     * "Extra trains will run, SKVT said", "according to KNVB": an acronym of three letters or more the tagger
     * left untagged that speaks is an organisation; nobody's name is written in capitals only. An abbreviated title
     * ("the CFO said", "the PM said") is a person.
     */
    private static void acronymSpeakers(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            Token a = t.get(i);
            String w = a.text();
            if (w.length() < 3 || w.length() > 6 || !Character.isUpperCase(w.charAt(0)) || a.ner() != NerTag.NONE
                    || claimed[i] || !w.chars().allMatch(Character::isUpperCase)
                    || ROLE_ABBREVIATIONS.contains(Lexicon.lower(w))
                    || Lexicon.isTitleWord(w) || ROMAN.matcher(w).matches()) { // "King Charles III said": a regnal number
                continue;
            }
            String next = t.get(i + 1).text();
            boolean speaks = Lexicon.SPEECH_VERBS.contains(next) && !next.equals("according")
                    || i > 1 && t.get(i - 1).text().equals("to") && Lexicon.lower(t.get(i - 2).text()).equals("according");
            int at = i;
            if (speaks && out.stream().noneMatch(sp -> sp.from() <= at && at < sp.to())) {
                out.add(new Span(s, i, i + 1, a.begin(), a.end(), w, Span.Kind.ORGANIZATION, Optional.empty()));
            }
        }
    }

    /**
     * "Bus Operators Cymru, which represents private companies, said …", "Northern Ireland Water said …": a name of
     * two words or more in capitals that opens the sentence (after a dateline or "The") and is the subject of a verb of
     * speech, which the tagger left untagged or took in part for a place, is an organisation's. A person's name the
     * tagger knows by its shape; an office ("Finance Minister said", "Minister of Agriculture Ana Ruiz said") holds a
     * title word.
     */
    private static void capitalisedSpeaker(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        int i = 0;
        for (int k = 1; k < Math.min(t.size(), 8); k++) {
            String w = t.get(k).text();
            boolean dash = w.equals("—") || w.equals("–") || w.equals("--")
                    || w.equals("-") && t.get(k).begin() > t.get(k - 1).end();
            if (dash && t.get(0).text().chars().noneMatch(Character::isLowerCase)) {
                i = k + 1; // "BELFAST —": a dateline
                break;
            }
        }
        if (i == 0 && t.size() > 2 && t.get(0).text().matches("\\d{1,2}[:.]\\d{2}(am|pm)?")
                && t.get(1).text().matches(":|—|–|-")) {
            i = 2; // "05:30: Met Éireann says": a live blog's time stamp
        }
        if (i < t.size() && Lexicon.lower(t.get(i).text()).equals("the")) {
            i++;
        }
        int e = i;
        int words = 0;
        while (e < t.size()) {
            Token x = t.get(e);
            String w = x.text();
            boolean next = e + 1 < t.size() && t.get(e + 1).capitalized();
            if (x.capitalized() && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                words += joinedByHyphen(t, e - 2) ? 0 : 1; // "Gimbang-Lo" is one word
            } else if (!(next && (w.equals("'") || w.equals("’") || w.equals("'s") || w.equals("’s") || w.equals("-")
                    || w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&")))) {
                break;
            }
            e++;
        }
        boolean camel = words == 1 && e == i + 1 && camelCase(t.get(i).text());
        // "Seafood Norway, the industry association, said": a name whose last word is a country's, the rest words
        // nobody tagged; a country's name is never a word or more after another capital that is no place's
        boolean countryLast = words >= 2 && e < t.size() && claimed[e - 1] && !claimed[i] && !claimed[e - 2]
                && t.get(i).ner() == NerTag.NONE && t.get(e - 2).ner() == NerTag.NONE
                && !COMPASS.contains(t.get(e - 2).text());
        // "Global Witness, the London-based campaign group, said": an appositive whose head is a body's noun
        if (camel || countryLast ? e >= t.size() || !said(t, e) && !saidAfterAppositive(t, e) : words < 2
                || e >= t.size() || !said(t, e) && !saidAfterAppositive(t, e, BODY_NOUNS)) {
            return;
        }
        Token last = t.get(e - 1);
        if (!countryLast && (last.ner() != NerTag.NONE || claimed[e - 1]) || Lexicon.isTitleWord(last.text())
                || CALENDAR.contains(last.text())) {
            return;
        }
        for (int k = i; k < e; k++) {
            NerTag tag = t.get(k).ner();
            String l = Lexicon.lower(t.get(k).text());
            if (tag == NerTag.PERSON || tag == NerTag.ORGANIZATION || CALENDAR.contains(t.get(k).text())
                    || Lexicon.isTitleHead(t.get(k).text()) || Lexicon.HONORIFICS.contains(l)
                    || k == i && (Lexicon.NOT_IN_TITLE.contains(l) || Lexicon.SENTENCE_ADVERBS.contains(l))) {
                // "Minister of Agriculture Đỗ Thị Hạnh told": a title and a name the tagger missed; "In Norway
                // Tarvik said", "Meanwhile Ana Ruiz said": a word that opens the sentence is no name's
                return;
            }
        }
        int from = i;
        int to = e;
        out.removeIf(sp -> sp.from() < to && sp.to() > from);
        out.add(organization(s, from, to));
    }

    /** Legal forms of companies, as written after the name (dots removed: "S.p.A." is "SpA"). */
    private static final Set<String> LEGAL_FORMS = Set.of("GmbH", "AG", "KG", "Ltd", "Inc", "Corp", "LLC", "LLP", "PLC",
            "plc", "SA", "SAS", "SpA", "Srl", "NV", "BV", "AB", "ASA", "Oyj", "Pty", "Bhd", "Tbk", "SE");

    private static boolean anyClaimed(boolean[] claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (claimed[k]) {
                return true;
            }
        }
        return false;
    }

    /** An organisation's span over tokens {@code [from, to)} of the sentence, its name as written there. */
    private static Span organization(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        String name = Names.clean(s.text().substring(t.get(from).begin() - s.begin(), t.get(to - 1).end() - s.begin()));
        return new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), name, Span.Kind.ORGANIZATION,
                Optional.empty());
    }

    /**
     * Whether a verb of speech follows token {@code e}: right after it, or after a relative clause of a body set off
     * by commas (", which represents private companies, said").
     */
    /**
     * A brand's way of writing one word with a capital inside ("EirGrid", "BlackRock"), which names a body; not a
     * surname's or given name's prefix ("McDonald", "MacLeod", "DeSantis", "LaToya", "O'Brien").
     */
    static boolean camelCase(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)
                || w.chars().skip(1).allMatch(Character::isUpperCase)) {
            return false;
        }
        for (int k = 2; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1))) {
                String prefix = w.substring(0, k);
                return !NAME_PREFIXES.contains(prefix);
            }
        }
        return false;
    }

    private static final Set<String> NAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo",
            "Van", "Von", "Fitz", "Ja", "Ke", "Ka", "Sha", "Ra", "Ta", "Ma", "Mar", "Del", "Della", "St");

    /** ", the State-owned grid operator, said": a speech verb after one appositive led by an article. */
    private static boolean saidAfterAppositive(List<Token> t, int e) {
        return saidAfterAppositive(t, e, null);
    }

    /** {@link #saidAfterAppositive(List, int)}, the appositive's last word one of {@code heads} unless null. */
    private static boolean saidAfterAppositive(List<Token> t, int e, Set<String> heads) {
        if (!t.get(e).text().equals(",") || e + 1 >= t.size()
                || !Set.of("the", "a", "an").contains(Lexicon.lower(t.get(e + 1).text()))) {
            return false;
        }
        for (int k = e + 2; k < Math.min(t.size() - 1, e + 14); k++) {
            if (t.get(k).text().equals(",")) {
                return Lexicon.SPEECH_VERBS.contains(t.get(k + 1).text())
                        && (heads == null || heads.contains(Lexicon.lower(t.get(k - 1).text())));
            }
        }
        return false;
    }

    /**
     * "“The cuts are fair,” Trump tweeted before Election Day.": one to three capitalised words no span holds between
     * a closing quotation mark (and its comma) and a verb of speech are the speaker's name, which the tagger misses
     * or mistypes when the words around it mislead it; the mark may end the sentence before ({@code afterQuote}). A
     * person's, unless a body's head ends it; no title, month, function word or country among them.
     */
    private static void speakerAfterQuote(Sentence s, List<Span> out, boolean[] claimed, boolean afterQuote) {
        List<Token> t = s.tokens();
        for (int m = afterQuote ? -1 : 0; m + 2 < t.size(); m++) {
            if (m >= 0 && !isClosingMark(t.get(m).text())) {
                continue;
            }
            int from = t.get(m + 1).text().equals(",") ? m + 2 : m + 1; // "…”, Trump said" in British style
            while (from < t.size() && Lexicon.HONORIFICS.contains(Lexicon.lower(t.get(from).text()))) {
                from++; // "Mr Siame said": the name after the honorific
            }
            int to = from;
            while (to < t.size() && to - from < 3 && t.get(to).capitalized()
                    && t.get(to).text().matches("\\p{Lu}[\\p{L}'’-]*") && !claimed[to]
                    && !Lexicon.isTitleWord(t.get(to).text()) && !CALENDAR.contains(t.get(to).text())
                    && !Lexicon.NOT_IN_TITLE.contains(Lexicon.lower(t.get(to).text()))
                    && !Lexicon.SENTENCE_ADVERBS.contains(Lexicon.lower(t.get(to).text()))
                    && CountryTable.get().lookup(t.get(to).text()).isEmpty()) {
                to++;
            }
            if (to == from || to >= t.size() || !Lexicon.SPEECH_VERBS.contains(t.get(to).text())) {
                continue;
            }
            int f = from;
            int e = to;
            if (out.stream().anyMatch(sp -> sp.from() < e && f < sp.to())) {
                continue;
            }
            String name = Names.clean(s.slice(t.get(f).begin(), t.get(e - 1).end()));
            boolean body = INSTITUTION_HEADS.contains(Lexicon.lower(t.get(e - 1).text()));
            out.add(new Span(s, f, e, t.get(f).begin(), t.get(e - 1).end(), name,
                    body ? Span.Kind.ORGANIZATION : Span.Kind.PERSON, Optional.empty()));
            out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        }
    }

    /** The particles after a father's name that end Kyrgyz, Kazakh, Uzbek and Azerbaijani names, in lower case. */
    private static final Set<String> PATRONYMIC_PARTICLES = Set.of("uulu", "kyzy", "qizi", "kizi", "oglu", "ogly",
            "ogli", "ugli", "oğlu", "qyzy", "uly");

    /**
     * "Seismologist Ayşe Demirtaş-Quinn of Boğaziçi University said": two to four capitalised words that no span holds
     * and the tagger left untagged, right after a role noun and before "of", a comma or a verb of speech, are a
     * person's name; the tagger misses names in letters it seldom saw. A hyphenated surname counts as one word; no
     * title word, month, function word or country among them.
     */
    private static void nameAfterRole(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        for (int r = 0; r + 3 < t.size(); r++) {
            String role = Lexicon.lower(t.get(r).text());
            boolean kin = Lexicon.RELATIONS.contains(role);
            if (!Lexicon.isTitleHead(role) && !(role.length() > 6 && role.endsWith("ist")) && !kin) {
                continue;
            }
            // "His wife, Comfort Ebai-Mbah, waited outside", "The council's chair, Live Aasheim-Bråthen, said": the
            // name set off after the noun, between commas
            // or a noun or two between ("The company's board chairwoman, 'Ofa Tu'ipulotu-Vea, said")
            int owner = r - 1;
            while (owner > 0 && owner > r - 3 && t.get(owner).text().matches("\\p{Ll}+")
                    && !Lexicon.NOT_IN_TITLE.contains(t.get(owner).text())) {
                owner--;
            }
            boolean setOff = t.get(r + 1).text().equals(",") && owner >= 0
                    && Set.of("his", "her", "their", "its", "'s", "’s").contains(Lexicon.lower(t.get(owner).text()));
            int to = setOff ? r + 2 : r + 1;
            int open = to;
            int words = 0;
            while (to < t.size() && to - open <= 5 && !claimed[to] && t.get(to).ner() == NerTag.NONE) {
                String w = t.get(to).text();
                if (w.equals("-") && joinedByHyphen(t, to - 1) && to > open) {
                    to++; // "Demirtaş-Quinn": one surname
                    continue;
                }
                if (to == open && w.matches("['‘’]") && to + 1 < t.size()
                        && t.get(to).end() == t.get(to + 1).begin()) {
                    to++; // "'Ofa Tu'ipulotu-Vea": a Tongan or Hawaiian name opens with its glottal stop
                    continue;
                }
                // a father's name before "kyzy" or "uulu" is a name whatever else the word is ("Aigerim Sultan kyzy")
                boolean father = to > open && to + 1 < t.size() && PATRONYMIC_PARTICLES.contains(t.get(to + 1).text());
                if (!w.matches("\\p{Lu}[\\p{L}'’]*") || Lexicon.isTitleWord(w) && !father || CALENDAR.contains(w)
                        || Lexicon.NOT_IN_TITLE.contains(Lexicon.lower(w)) || CountryTable.get().lookup(w).isPresent()) {
                    break;
                }
                words += joinedByHyphen(t, to - 2) ? 0 : 1;
                to++;
            }
            if (words >= 2 && to + 1 < t.size() && PATRONYMIC_PARTICLES.contains(t.get(to).text())
                    && !claimed[to]) {
                to++; // "Aigerim Sultan kyzy": a Kyrgyz or Uzbek name ends in "daughter of" or "son of" in lower case
            }
            if (words < 2 || words > 4 || to >= t.size() || t.get(to - 1).text().equals("-")) {
                continue;
            }
            String next = t.get(to).text();
            if (!next.equals("of") && !next.equals(",") && !Lexicon.SPEECH_VERBS.contains(next)
                    || setOff && !next.equals(",")) {
                continue;
            }
            addPerson(s, out, open, to);
        }
    }

    /**
     * "Resident Circuit Judge Comfort Tarpeh-Dunbar said": the tagger may leave out a given name that is also an
     * English word and keep only the surname. One capitalised word that nobody tagged, between a title's head and a
     * person's name of one word (a hyphenated surname counts as one), is that person's given name; no title word,
     * month, day, function word or country.
     */
    private static void givenNameAfterTitle(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        for (int i = 0; i < out.size(); i++) {
            Span p = out.get(i);
            int g = p.from() - 1;
            if (p.kind() != Span.Kind.PERSON || g < 1 || claimed[g] || t.get(g).ner() != NerTag.NONE
                    || !Lexicon.isTitleHead(t.get(g - 1).text())) {
                continue;
            }
            String w = t.get(g).text();
            if (!w.matches("\\p{Lu}\\p{Ll}+") || Lexicon.isTitleWord(w) || CALENDAR.contains(w)
                    || Lexicon.NOT_IN_TITLE.contains(Lexicon.lower(w)) || CountryTable.get().lookup(w).isPresent()
                    || NAME_COURTESIES.contains(Lexicon.lower(w))) {
                continue;
            }
            int words = 0;
            for (int k = p.from(); k < p.to(); k++) {
                // "Tarpeh-Dunbar" is one word: neither the hyphen nor the part after it counts
                boolean joined = t.get(k).text().equals("-") || k - 2 >= p.from() && joinedByHyphen(t, k - 2);
                words += joined ? 0 : 1;
            }
            if (words != 1 || out.stream().anyMatch(o -> o != p && o.from() <= g && g < o.to())) {
                continue;
            }
            out.set(i, new Span(s, g, p.to(), t.get(g).begin(), p.end(),
                    Names.clean(s.slice(t.get(g).begin(), p.end())), Span.Kind.PERSON, Optional.empty()));
        }
    }

    /** Adds a person's name over tokens {@code [from, to)} of {@code s}, unless a span already holds one of them. */
    private static void addPerson(Sentence s, List<Span> out, int from, int to) {
        if (to <= from || out.stream().anyMatch(sp -> sp.from() < to && from < sp.to())) {
            return;
        }
        List<Token> t = s.tokens();
        out.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(),
                Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end())), Span.Kind.PERSON, Optional.empty()));
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    }

    /** English courtesy titles that stand only before a person's name. */
    private static final Set<String> NAME_COURTESIES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr",
            "dr.", "prof", "prof.");

    /**
     * "Ms Ní Dhomhnaill: Those claims are …": one to three capitalised words that no span holds and the tagger left
     * untagged, right after an English courtesy title, are a person's name; the title stands before nothing else
     * (a title word after it, "Mr President", is an address, not a name).
     */
    private static void nameAfterCourtesy(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        for (int c = 0; c + 1 < t.size(); c++) {
            if (!t.get(c).capitalized() || !NAME_COURTESIES.contains(Lexicon.lower(t.get(c).text()))) {
                continue;
            }
            int to = c + 1;
            while (to < t.size() && to - c <= 3 && !claimed[to] && t.get(to).ner() == NerTag.NONE
                    && t.get(to).text().matches("\\p{Lu}[\\p{L}'’-]*") && !Lexicon.isTitleWord(t.get(to).text())
                    && !CALENDAR.contains(t.get(to).text())
                    && !Lexicon.NOT_NAME.contains(Lexicon.lower(t.get(to).text()))
                    && CountryTable.get().lookup(t.get(to).text()).isEmpty()) {
                to++;
            }
            addPerson(s, out, c + 1, to);
        }
    }

    /** Endings of the English nouns that name an office's field ("Development", "Fisheries", "Resources"). */
    private static final java.util.regex.Pattern FIELD_ENDINGS = java.util.regex.Pattern.compile(
            "(?:ment|tion|sion|ies|ure|ism|ity|ance|ence|ing|ics|ry|gy|[^s]s)$");

    /**
     * "Minister of Fisheries and Marine Resources Development Tiaon Kabubuke announced": an office's field runs into
     * the holder's name, and the tagger, seeing only capitals, tags none of it. After a capitalised title head and
     * "of", "for" or "on", the words before a verb of speech (or a comma) that do not end as a field's nouns do,
     * when the word before them does, are the holder's name: two or three of them, none a title word or a country.
     */
    private static void nameAfterOffice(Sentence s, List<Span> out, boolean[] claimed) {
        List<Token> t = s.tokens();
        for (int r = 0; r + 4 < t.size(); r++) {
            if (!t.get(r).capitalized() || !Lexicon.isTitleHead(t.get(r).text())
                    || !ORG_LINKS.contains(t.get(r + 1).text())) {
                continue;
            }
            int end = r + 2;
            while (end < t.size() && (fieldWord(t.get(end), claimed[end])
                    || t.get(end).text().equals("and") && end > r + 2)) {
                end++;
            }
            if (end >= t.size()
                    || !Lexicon.SPEECH_VERBS.contains(t.get(end).text()) && !t.get(end).text().equals(",")) {
                continue;
            }
            int from = end;
            while (from > r + 2 && end - from < 3 && t.get(from - 1).capitalized()
                    && !FIELD_ENDINGS.matcher(t.get(from - 1).text()).find()
                    && !Lexicon.isTitleWord(t.get(from - 1).text())
                    && CountryTable.get().lookup(t.get(from - 1).text()).isEmpty()) {
                from--;
            }
            if (end - from < 2 || from - 1 <= r + 1 || !FIELD_ENDINGS.matcher(t.get(from - 1).text()).find()) {
                continue;
            }
            addPerson(s, out, from, end);
        }
    }

    /** Nouns for a kind of body that news sets right before the body's name ("the rights group Never Again X"). */
    private static final Set<String> BODY_NOUNS = Set.of("group", "organisation", "organization", "charity",
            "coalition", "network", "alliance", "association", "campaign", "movement", "foundation", "collective",
            "ngo", "nonprofit", "non-profit", "platform", "initiative", "watchdog", "consortium", "cooperative",
            "co-operative", "federation", "society", "firm", "startup", "broadcaster", "newspaper", "daily",
            "magazine", "website", "outlet", "party", "club", "trust");

    /**
     * "the marine research group Reef Watch Belize", "the rights group Never Again Liberia", "the consumer group Mesa
     * Ciudadana del Consumidor": capitalised words right after a lower-case noun for a kind of body are that body's
     * name, though the tagger left them untagged or took a place inside them for the place. Two words at least,
     * joined as names join them ("of", "and", a foreign article); no person's name, title word or month among them;
     * what follows is not capitalised, so the run is the whole name.
     */
    private static void nameAfterBodyNoun(Sentence s, List<Span> out) {
        List<Token> t = s.tokens();
        for (int r = 0; r + 2 < t.size(); r++) {
            if (!BODY_NOUNS.contains(t.get(r).text())) {
                continue;
            }
            int e = r + 1;
            int words = 0;
            int people = 0; // words tagged as a person's: "Tortugas del" + "Pacífico", not "Ana Ruiz"
            while (e < t.size()) {
                Token x = t.get(e);
                String w = x.text();
                boolean next = e + 1 < t.size() && t.get(e + 1).capitalized();
                if (x.capitalized() && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
                    if (Lexicon.isTitleWord(w) || CALENDAR.contains(w)
                            || Lexicon.HONORIFICS.contains(Lexicon.lower(w))) {
                        words = 0;
                        break;
                    }
                    people += x.ner() == NerTag.PERSON ? 1 : 0;
                    words += joinedByHyphen(t, e - 2) ? 0 : 1;
                } else if (!(next && words > 0 && (w.equals("-") || w.equals("of") || w.equals("for")
                        || w.equals("and") || w.equals("&") || FOREIGN_LINKS.contains(w))
                        || words > 0 && w.equals("the") && t.get(e - 1).text().equals("of") && next)) {
                    break;
                }
                e++;
            }
            if (words < 2 || people > 0 && (people == words || t.get(r + 1).ner() == NerTag.PERSON)) {
                continue;
            }
            int from = r + 1;
            int to = e;
            boolean whole = out.stream().anyMatch(sp -> sp.from() <= from && sp.to() >= to
                    && sp.kind() == Span.Kind.ORGANIZATION);
            boolean wider = out.stream().anyMatch(sp -> sp.from() < to && sp.to() > from
                    && (sp.from() < from || sp.to() > to));
            if (whole || wider) {
                continue;
            }
            out.removeIf(sp -> sp.from() >= from && sp.to() <= to);
            out.add(organization(s, from, to));
            out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            r = to - 1;
        }
    }

    private static boolean said(List<Token> t, int e) {
        String w = t.get(e).text();
        if (Lexicon.SPEECH_VERBS.contains(w) && !w.equals("according")) {
            return true;
        }
        if (!w.equals(",") || e + 1 >= t.size() || !Set.of("which", "whose").contains(t.get(e + 1).text())) {
            return false;
        }
        for (int k = e + 2; k < Math.min(t.size() - 1, e + 20); k++) {
            if (t.get(k).text().equals(",")) {
                return Lexicon.SPEECH_VERBS.contains(t.get(k + 1).text());
            }
        }
        return false;
    }

    /**
     * Where the complement of an institution head ends, from token {@code k} right after it: capitalised words and
     * country-table phrases joined by links ("of", "for", "of the", "and", "&", a foreign article or preposition). A
     * country's phrase needs "of" or a foreign link before it; only a foreign head takes a word straight after it.
     */
    private static int complementEnd(List<Token> t, int k, boolean foreign, boolean[] claimed, List<Span> out) {
        int end = k;
        int j = k;
        boolean listed = false; // a list of words after commas, which "and" closes
        while (j < t.size()) {
            String w = t.get(j).text();
            boolean preposition = ORG_LINKS.contains(w) || FOREIGN_LINKS.contains(w);
            int link = 0;
            if (preposition || w.equals("&") || w.equals("and") && end > k) {
                boolean the = j + 1 < t.size() && t.get(j + 1).text().equals("the");
                // "… of Oasis Zones and the Argan Tree (ANDZOA)": "and the" inside a name only where the initials
                // in brackets close it, for "the Ministry of Health and the Red Cross" are two bodies
                // nor where it closes a list of portfolios ("… of Environment, Sustainable Development and the Congo
                // Basin")
                link = the && (preposition || acronymCloses(t, j + 2, claimed) || listed && w.equals("and")) ? 2 : 1;
            } else if (w.equals(",") && end > k && listCloses(t, j, claimed)) {
                link = 1; // "Institute of Seismology, Volcanology, Meteorology and Hydrology": a list in the name
                listed = true;
            }
            int word = j + link;
            if (word >= t.size() || link == 0 && (end == k && !foreign || end > k)) {
                break;
            }
            if (claimed[word] && listed && w.equals("and")) {
                // "… and the Congo Basin": a country's name qualifies the list's last portfolio
                int at = word;
                Optional<Span> country = out.stream().filter(sp -> sp.country().isPresent() && sp.from() <= at
                        && at < sp.to()).findFirst();
                int after = country.map(Span::to).orElse(-1);
                if (after < 0 || after >= t.size() || !institutionWord(t, after, claimed)) {
                    break;
                }
                j = after;
                while (j < t.size() && institutionWord(t, j, claimed) && t.get(j).ner() != NerTag.PERSON) {
                    j++;
                }
                end = j;
                continue;
            }
            if (claimed[word]) {
                if (!preposition || w.equals("on") || w.equals("for")) {
                    // a country after the head or after "and" is no part of the name, nor one after "on" or "for":
                    // "the Security Council on Syria", "the Commission for Ghana's reforms" name the topic
                    break;
                }
                int at = word;
                Optional<Span> country = out.stream().filter(sp -> sp.country().isPresent() && sp.from() <= at
                        && at < sp.to()).findFirst();
                j = country.map(Span::to).orElse(word + 1);
                if (country.isPresent() && country.get().country().get().role() == CountryTable.Role.DEMONYM) {
                    while (j < t.size() && institutionWord(t, j, claimed) && t.get(j).ner() != NerTag.PERSON) {
                        j++; // "of the Iraqi Marshes": a demonym qualifies the words after it
                    }
                }
                end = j;
                continue;
            }
            if (!institutionWord(t, word, claimed) || w.equals("and") && !listed && t.get(word).ner() != NerTag.NONE
                    || w.equals("on") && t.get(word).ner() != NerTag.NONE) {
                break; // "the Court of Justice on Uber": a name after "on" is the topic, not the body's
            }
            j = word + 1;
            while (j < t.size() && (institutionWord(t, j, claimed) && t.get(j).ner() != NerTag.PERSON
                    || t.get(j).text().equals("-") && j + 1 < t.size() && t.get(j).begin() == t.get(j - 1).end()
                    && t.get(j + 1).begin() == t.get(j).end() && institutionWord(t, j + 1, claimed))) {
                j++; // "Final Appeal", "Haute-Savoie": the words of one complement
            }
            end = j;
        }
        return end;
    }

    /** Whether name words from {@code from} run up to initials in brackets ("Argan Tree (ANDZOA)"). */
    private static boolean acronymCloses(List<Token> t, int from, boolean[] claimed) {
        int j = from;
        while (j < t.size() && j - from < 4 && institutionWord(t, j, claimed)) {
            j++;
        }
        if (j == from || j + 2 >= t.size() || !t.get(j).text().equals("(") || !t.get(j + 2).text().equals(")")) {
            return false;
        }
        String a = t.get(j + 1).text();
        return a.length() >= 3 && a.equals(a.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(a.charAt(0));
    }

    /**
     * Whether the comma at {@code c} opens a list of capitalised words that "and" or "&" closes with one more
     * ("Ministry of Education, Science, Culture and Sports"): commas, then one to three name words each time.
     */
    private static boolean listCloses(List<Token> t, int c, boolean[] claimed) {
        int j = c;
        while (j < t.size() && t.get(j).text().equals(",")) {
            int words = 0;
            j++;
            while (j < t.size() && institutionWord(t, j, claimed) && words < 3) {
                j++;
                words++;
            }
            if (words == 0) {
                return false;
            }
            if (j + 1 < t.size() && (t.get(j).text().equals("and") || t.get(j).text().equals("&"))) {
                // "Agriculture, Lands, Housing and the Environment": the last portfolio may take its article
                int last = t.get(j + 1).text().equals("the") && j + 2 < t.size() ? j + 2 : j + 1;
                return institutionWord(t, last, claimed) || claimed[last] && t.get(last).capitalized();
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} may be a word of an institution's name: capitalised ("l'Eau" too), no date, courtesy
     * title, or title head right before a person's name ("Council President Ana Ruiz").
     */
    private static boolean institutionWord(List<Token> t, int k, boolean[] claimed) {
        Token token = t.get(k);
        String w = token.text();
        boolean capital = w.length() > 1 && (Character.isUpperCase(w.charAt(0)) || w.matches("[ld]['’]\\p{Lu}.*"));
        return capital && !claimed[k] && token.ner() != NerTag.PERSON
                && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '’')
                && !Lexicon.HONORIFICS.contains(Lexicon.lower(w)) && !CALENDAR.contains(w)
                && !(Lexicon.isTitleHead(w) && k + 1 < t.size() && t.get(k + 1).ner() == NerTag.PERSON);
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "''", "``", "'", "‘", "’");

    /**
     * "Joris "Jojo" Brandtveit", "Ana 'Nena' Ruiz": a nickname in quotation marks between a given name and
     * a surname. The tagger cuts such a name into pieces, or glues the nickname to one of them; the person is the
     * given name and the surname, the nickname left out, when the tagger marked any of its words as a person's.
     * Not in a headline or a line in title case, where every word is capitalised and a quoted title or phrase
     * stands between capitals ("Mayor Backs 'Green Mile' Plan").
     */
    private static List<Span> nicknamed(Sentence s, boolean[] claimed) {
        List<Token> t = s.tokens();
        List<Span> out = new ArrayList<>();
        if (s.section() == Section.TITLE) {
            return out;
        }
        boolean checkedCase = false;
        for (int open = 1; open + 3 < t.size(); open++) {
            // the given name may be a place's too ("Washington \"Tito\" Larrañaga"): a nickname after it makes it
            // a name
            if (!QUOTE_MARKS.contains(t.get(open).text()) || !nameWord(t.get(open - 1), false)) {
                continue;
            }
            if (!checkedCase) {
                if (isTitleCase(t)) {
                    return out;
                }
                checkedCase = true;
            }
            int close = open + 1;
            while (close < t.size() && close - open <= 3 && !QUOTE_MARKS.contains(t.get(close).text())
                    && t.get(close).text().chars().allMatch(Character::isLetter)) {
                close++;
            }
            if (close == open + 1 || close - open > 3 || close + 1 >= t.size()
                    || !QUOTE_MARKS.contains(t.get(close).text())) {
                continue;
            }
            int from = open - 1;
            while (from > 0 && open - from < 2 && nameWord(t.get(from - 1), claimed[from - 1])
                    && t.get(from - 1).end() < t.get(from).begin()) {
                from--;
            }
            if (from > 0 && abbreviatedGivenName(t.get(from - 1))) {
                from--;
            }
            int to = close + 1;
            while (to < t.size() && to - close <= 5 && (nameWord(t.get(to), claimed[to])
                    || t.get(to).text().equals("-") && to + 1 < t.size() && t.get(to).begin() == t.get(to - 1).end()
                    && nameWord(t.get(to + 1), claimed[to + 1]))) {
                to++;
            }
            boolean person = false;
            for (int k = from; k < to; k++) {
                person |= t.get(k).ner() == NerTag.PERSON;
            }
            if (to == close + 1 || !person) {
                continue;
            }
            String name = Names.clean(s.slice(t.get(from).begin(), t.get(open - 1).end()) + " "
                    + s.slice(t.get(close + 1).begin(), t.get(to - 1).end()));
            out.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), name, Span.Kind.PERSON,
                    Optional.empty()));
            open = to;
        }
        return out;
    }

    /** Function words that title case leaves in lower case ("Plan for the City"). */
    private static final Set<String> TITLE_CASE_LOWER = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over", "up");

    /**
     * Whether a line is in title case: four words or more, none in lower case but the function words title case
     * leaves so; running text has its verbs and nouns in lower case.
     */
    static boolean isTitleCase(List<Token> t) {
        int words = 0;
        for (Token token : t) {
            String w = token.text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isLowerCase(w.charAt(0)) && !TITLE_CASE_LOWER.contains(w)) {
                return false;
            }
        }
        return words >= 4;
    }

    /**
     * Given names written short with a full stop, which stand before a name as its first word: the Filipino "Ma."
     * (María), the South Asian "Md." and Malaysian "Mohd." (Mohammad), and old English forms ("Wm.", "Chas.").
     */
    private static final Set<String> GIVEN_NAME_ABBREVIATIONS = Set.of("Ma.", "Mª", "Md.", "Mohd.", "Muhd.", "Wm.",
            "Chas.", "Jas.", "Thos.", "Geo.");

    private static boolean abbreviatedGivenName(Token token) {
        return GIVEN_NAME_ABBREVIATIONS.contains(token.text());
    }

    /** A capitalised word that may be part of a person's name: no title, courtesy title, month or country. */
    private static boolean nameWord(Token token, boolean claimed) {
        String w = token.text();
        return token.capitalized() && !claimed && w.chars().allMatch(Character::isLetter)
                && !Lexicon.isTitleWord(w) && !Lexicon.HONORIFICS.contains(Lexicon.lower(w))
                && !CALENDAR.contains(w) && !Lexicon.NOT_NAME.contains(Lexicon.lower(w));
    }

    /** Where a lower-case "of" stands inside a run, with words on both sides, or -1. */
    private static int ofInside(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (tokens.get(k).text().equals("of")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where a courtesy title ("Dr.", "Mrs") stands inside an organisation's run with a word after it, or -1: no
     * organisation's name holds one, a person's name starts after it.
     */
    private static int courtesyInside(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (Lexicon.HONORIFICS.contains(Lexicon.lower(tokens.get(k).text())) && tokens.get(k).capitalized()) {
                return k;
            }
        }
        return -1;
    }

    /** Longest matches of the country table, starting at capitalised tokens. */
    private List<Span> tableMatches(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Span> out = new ArrayList<>();
        int maxTokens = countries.longestPhraseWords() * 2 + 2; // "Washington , D.C." has more tokens than words
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!first.capitalized()) {
                i++;
                continue;
            }
            Span best = null;
            for (int j = i + 1; j <= Math.min(tokens.size(), i + maxTokens); j++) {
                int begin = first.begin();
                int end = tokens.get(j - 1).end();
                String text = s.slice(begin, end);
                String key = CountryTable.key(text);
                Optional<CountryTable.Phrase> p = countries.phraseOfKey(key);
                if (p.isEmpty() && j == i + 1 && isAllCaps(text) && text.length() > 3) {
                    // a dateline ("MOSCOW") or a shouted headline word
                    p = countries.phrase(titleCase(text)).filter(x -> x.role() == CountryTable.Role.CAPITAL
                            || x.role() == CountryTable.Role.NAME);
                }
                if (p.isPresent()) {
                    best = new Span(s, i, j, begin, end, text, Span.Kind.COUNTRY_PHRASE, p);
                }
                if (!countries.mayStartPhrase(key)) {
                    break; // no longer text from here is a phrase of the table
                }
            }
            if (best != null && !precededByCompass(s, i)) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** "Latin America", "South America": a country's name inside a larger region's name is not the country. */
    private static boolean precededByCompass(Sentence s, int i) {
        return i > 0 && COMPASS.contains(s.tokens().get(i - 1).text())
                && s.tokens().get(i - 1).end() + 1 >= s.tokens().get(i).begin();
    }

    private Optional<Span> nerRun(Sentence s, int from, int to, NerTag tag, boolean[] claimed, List<Span> table) {
        List<Token> tokens = s.tokens();
        // Trim what the CRF drags into names: articles, possessives, punctuation at the edges.
        while (from < to && (Lexicon.NOT_NAME.contains(Lexicon.lower(tokens.get(from).text()))
                || isPunct(tokens.get(from).text()) || tag != NerTag.PERSON && commonWord(tokens, from, to))) {
            from++;
        }
        while (to > from && (Lexicon.NOT_NAME.contains(Lexicon.lower(tokens.get(to - 1).text()))
                || isPunct(tokens.get(to - 1).text()))) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        if (tag == NerTag.PERSON && from > 0 && abbreviatedGivenName(tokens.get(from - 1))) {
            from--; // "Ma. Teresa Villaroman", "Md. Rafiqul Islam": the given name in its written short form
        }
        boolean overlaps = false;
        boolean allTableOrConnector = true;
        boolean restIsTitle = true;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (claimed[k]) {
                overlaps = true;
            } else if (!CONNECTORS.contains(Lexicon.lower(w))) {
                allTableOrConnector = false;
                if (!Lexicon.isTitleWord(w) && !Lexicon.HONORIFICS.contains(Lexicon.lower(w))) {
                    restIsTitle = false;
                }
            }
        }
        boolean rankOnly = tag == NerTag.PERSON && to - from == 2 && Lexicon.rankPair(tokens, from);
        boolean titleFragment = (restIsTitle || rankOnly) && followedByName(s, to);
        if (overlaps && (allTableOrConnector || titleFragment)) {
            return Optional.empty(); // the table's matches stand ("US-North Korea", "Chinese Foreign Minister X")
        }
        if (titleFragment) {
            return Optional.empty(); // "Foreign" in "Foreign Minister Wang Yi": part of a title, not a name
        }
        if (tag == NerTag.PERSON && restIsTitle && !overlaps && from > 0
                && Lexicon.lower(tokens.get(from - 1).text()).equals("the")) {
            return Optional.empty(); // "the Tánaiste said": an office the CRF took for a name, no name follows
        }
        if (overlaps) {
            // A country inside a longer name ("Renmin University of China", "George Washington"): the name wins,
            // and an organisation's name that stops inside the country's ("Ports Authority of Antigua" + "and
            // Barbuda") takes all of it.
            int f = from;
            int t = to;
            if (tag == NerTag.ORGANIZATION) {
                to = table.stream().filter(m -> m.from() < t && m.to() > t && m.from() > f).mapToInt(Span::to)
                        .max().orElse(to);
            }
            table.removeIf(m -> m.from() < t && m.to() > f);
        }
        if (tag == NerTag.ORGANIZATION) {
            int tagged = to;
            to = extendOrganization(tokens, from, to, claimed);
            int t = to;
            table.removeIf(m -> m.from() >= tagged && m.to() <= t); // "… of Malawi": the country is in the name
            if (s.section() != Section.TITLE) {
                from = extendOrganizationLeft(tokens, from, to, claimed, table);
            }
        }
        if (tag == NerTag.PERSON) {
            // "President Xi", "Mr. Kim": the title is not part of the name.
            while (from < to - 1) {
                if (to - from >= 4 && Lexicon.PAIRED_HONORIFICS.contains(Lexicon.lower(tokens.get(from).text()) + " "
                        + Lexicon.lower(tokens.get(from + 1).text()))) {
                    from += 2; // "Tan Sri Abdul Rahman": "Tan" alone is a surname
                } else if (to - from >= 3 && Lexicon.rankPair(tokens, from)) {
                    from += 2; // "Maj Gen Ama Owusu"
                } else if ((Lexicon.isTitleWord(tokens.get(from).text())
                        || Lexicon.HONORIFICS.contains(Lexicon.lower(tokens.get(from).text())))
                        && !givenName(tokens, from, to)) {
                    from++;
                } else {
                    break;
                }
            }
            from = afterAbbreviatedTitle(tokens, from, to);
            Integer least = Lexicon.SHORT_HONORIFICS.get(Lexicon.lower(tokens.get(from).text()));
            if (least != null && to - from >= least + 1 && wordsAfter(tokens, from + 1, to) >= least) {
                from++;
            }
            if (balineseMarker(tokens, from, to)) {
                from--;
            }
        }
        int begin = tokens.get(from).begin();
        if (from > 0 && tokens.get(from - 1).text().equals("[") && tokens.get(from - 1).end() == begin) {
            begin = tokens.get(from - 1).begin(); // "[John] Bolton": cite the bracket too
        }
        int end = tokens.get(to - 1).end();
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (w.equals("[") || w.equals("]") || w.equals("(") || w.equals(")")) {
                continue;
            }
            if (name.length() > 0 && tokens.get(k).begin() > tokens.get(k - 1).end()) {
                name.append(' ');
            }
            name.append(w);
        }
        String n = Names.clean(name.toString());
        if (n.isEmpty() || !Character.isLetterOrDigit(n.codePointAt(0))) {
            return Optional.empty();
        }
        Span.Kind kind = switch (tag) {
            case PERSON -> Span.Kind.PERSON;
            case ORGANIZATION -> Span.Kind.ORGANIZATION;
            default -> Span.Kind.LOCATION;
        };
        return Optional.of(new Span(s, from, to, begin, end, n, kind, Optional.empty()));
    }

    private static final Set<String> ORG_LINKS = Set.of("of", "for", "on");
    /**
     * The lower-case articles, prepositions and "and" that join the words of an organisation's name in French,
     * Spanish, Portuguese, Italian, Catalan, Dutch and German ("Agence de ... et de ...", "Instituto de ... y ...").
     */
    private static final Set<String> FOREIGN_LINKS = Set.of("de", "del", "della", "dello", "dei", "degli", "delle",
            "di", "da", "do", "das", "dos", "du", "des", "d'", "e", "et", "y", "i", "la", "le", "les", "el", "lo",
            "per", "pour", "para", "por", "van", "voor", "der", "den", "für", "und", "zur", "zum", "en", "na", "nan",
            "agus");
    /**
     * Links that open a name of another language even when none stood in the tagged part ("Cairde" + "na Talún",
     * "Banco" + "de España"); not the short ones English text also uses ("a", "en", "per", "la", "i", "e").
     */
    static final Set<String> OPENING_LINKS = Set.of("de", "del", "della", "degli", "delle", "dei", "di", "da",
            "do", "das", "dos", "du", "des", "d'", "van", "voor", "der", "den", "für", "zur", "zum", "na", "nan");
    private static final Set<String> FOREIGN_CONJUNCTIONS = Set.of("e", "et", "y", "i", "und", "en", "agus");
    static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    /**
     * Whether the organisation's name in tokens {@code [from, to)} is made of words any country's body could bear and
     * ends in a body's noun ("National Oil Company", "Law Society", "Electoral Commission"): then "of" and a country
     * after it is the rest of the name ("… of Malawi"), where a distinctive name ("Vitol of Switzerland") says where
     * the body is.
     */
    private static boolean nationalBody(List<Token> tokens, int from, int to) {
        if (to - from < 2 || !NATIONAL_HEADS.contains(Lexicon.lower(tokens.get(to - 1).text()))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = Lexicon.lower(tokens.get(k).text());
            if (!tokens.get(k).capitalized() || !w.chars().allMatch(Character::isLetter)
                    || Character.isUpperCase(tokens.get(k).text().charAt(tokens.get(k).text().length() - 1))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NATIONAL_HEADS = Set.of("company", "corporation", "society", "commission",
            "council", "authority", "association", "federation", "union", "board", "agency", "institute", "bank",
            "service", "bureau", "office", "chamber", "confederation", "congress", "league", "party", "movement");

    /** The end of a country's name that opens at token {@code k} (one to three capitalised words), else {@code k}. */
    private static int countryAt(List<Token> tokens, int k) {
        for (int n = Math.min(3, tokens.size() - k); n >= 1; n--) {
            StringBuilder name = new StringBuilder();
            boolean ok = true;
            for (int j = k; j < k + n; j++) {
                ok &= tokens.get(j).capitalized();
                name.append(j > k ? " " : "").append(tokens.get(j).text());
            }
            if (ok && CountryTable.get().lookup(name.toString()).filter(c -> c.name().equals(name.toString())
                    || c.aliases().contains(name.toString()))
                    .isPresent()) {
                return k + n;
            }
        }
        return k;
    }

    /**
     * "Nordic Forum" + "on East Asian Affairs": the tagger often stops an organisation's name at "of", "for" or
     * "on"; capitalised words after it that are nobody's name, no country and no date belong to it.
     */
    private static int extendOrganization(List<Token> tokens, int from, int to, boolean[] claimed) {
        // a name already joined by a link of another language ("Agência de Portos") goes on over that language's
        // links ("e Transportes Fluviais"), which the tagger, trained on English, stops at
        boolean foreign = false;
        for (int k = from + 1; k < to - 1; k++) {
            foreign |= FOREIGN_LINKS.contains(tokens.get(k).text());
        }
        while (to + 1 < tokens.size() && (ORG_LINKS.contains(tokens.get(to).text())
                || (foreign || OPENING_LINKS.contains(tokens.get(to).text()))
                && FOREIGN_LINKS.contains(tokens.get(to).text()))) {
            int k = to + 1;
            // after a conjunction only words the tagger left out: "Banco de España y Deutsche Bank" are two banks
            boolean conjunction = FOREIGN_CONJUNCTIONS.contains(tokens.get(to).text());
            // after a link of another language a place's name is part of the body's ("Cairde na Talún", "Banco de
            // España"): English puts "of" or "in" there
            boolean place = !ORG_LINKS.contains(tokens.get(to).text()) && !conjunction;
            while (k < tokens.size() && tokens.get(k).capitalized() && !claimed[k]
                    && !CALENDAR.contains(tokens.get(k).text()) && (tokens.get(k).ner() == NerTag.NONE
                    || !conjunction && tokens.get(k).ner() == NerTag.ORGANIZATION
                    || place && tokens.get(k).ner() == NerTag.LOCATION)) {
                k++;
            }
            if (k == to + 1 && tokens.get(to).text().equals("of") && nationalBody(tokens, from, to)) {
                k = countryAt(tokens, k); // "National Oil Company" + "of Malawi"
            }
            if (k == to + 1) {
                break;
            }
            to = k;
        }
        // "Cork Producers' Union" + "of the Alentejo": a body named for a region written with "the" ends its name
        // there, and the tagger stops at "of the"; one to three capitalised words, then no capital (a name the tagger
        // took for a person's too: nobody writes "the" before a person's name)
        if (to + 3 < tokens.size() && tokens.get(to).text().equals("of") && tokens.get(to + 1).text().equals("the")
                && NATIONAL_HEADS.contains(Lexicon.lower(tokens.get(to - 1).text()))) {
            int k = to + 2;
            while (k < tokens.size() && k < to + 5 && tokens.get(k).capitalized() && !claimed[k]
                    && !CALENDAR.contains(tokens.get(k).text())
                    && tokens.get(k).text().chars().allMatch(Character::isLetter)) {
                k++;
            }
            if (k > to + 2 && (k == tokens.size() || !tokens.get(k).capitalized())) {
                to = k;
            }
        }
        to = forTheField(tokens, to, claimed);
        // "Federation of Pakistan Chambers of Commerce" + "and Industry": after a name joined by "of" or "for", one or
        // two capitalised words after "and" that nobody tagged, and then no capital, end the same name
        boolean linked = false;
        for (int k = from + 1; k < to - 1; k++) {
            linked |= ORG_LINKS.contains(tokens.get(k).text());
        }
        if (linked && to + 1 < tokens.size() && tokens.get(to).text().equals("and")) {
            int k = to + 1;
            while (k < tokens.size() && k < to + 3 && tokens.get(k).capitalized() && !claimed[k]
                    && (tokens.get(k).ner() == NerTag.NONE || abstractNoun(tokens, k))
                    && tokens.get(k).text().chars().allMatch(Character::isLetter)
                    && !CALENDAR.contains(tokens.get(k).text())
                    && !Lexicon.NOT_NAME.contains(Lexicon.lower(tokens.get(k).text()))) {
                k++;
            }
            if (k > to + 1 && (k == tokens.size() || !tokens.get(k).capitalized())) {
                to = k;
            }
        }
        return listedTrades(tokens, to, claimed);
    }

    /**
     * "Authority" + "for the Regulation and Control of Strategic Mineral Substances Markets", "Central Agency" + "for
     * the Reception of Asylum Seekers": a body named for the field it serves, which the tagger stops at "for the".
     * After a body's head noun, capitalised words that are no country, person or place, joined by "and", "of" or "of
     * the", and then no capital, are the rest of its name; "said on Monday for the Liberation Day parade" has no head.
     */
    private static int forTheField(List<Token> tokens, int to, boolean[] claimed) {
        if (to + 2 >= tokens.size() || to == 0 || !tokens.get(to).text().equals("for")
                || !tokens.get(to + 1).text().equals("the")
                || !FIELD_HEADS.contains(Lexicon.lower(tokens.get(to - 1).text()))) {
            return to;
        }
        int end = to + 2;
        int k = to + 2;
        while (k < tokens.size() && k < to + 16) {
            Token t = tokens.get(k);
            if (t.capitalized() && !claimed[k] && !CALENDAR.contains(t.text())
                    && t.text().chars().allMatch(Character::isLetter)
                    && (t.ner() == NerTag.NONE || t.ner() == NerTag.ORGANIZATION)) {
                end = ++k;
                continue;
            }
            String w = t.text();
            if (end == k && k > to + 2 && (w.equals("and") || w.equals("of"))) {
                k += w.equals("of") && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("the") ? 2 : 1;
                continue;
            }
            break;
        }
        return end > to + 2 && (end == tokens.size() || !tokens.get(end).capitalized()) ? end : to;
    }

    /** The head nouns of a body named for its field: "Authority for the …", "Office for the …". */
    private static final Set<String> FIELD_HEADS = Set.of("authority", "agency", "office", "commission", "council",
            "committee", "institute", "centre", "center", "organization", "organisation", "company", "corporation",
            "court", "board", "bureau", "fund", "foundation", "ministry", "directorate", "headquarters", "service",
            "society", "association", "federation", "union", "alliance", "coalition", "network", "programme");

    /**
     * "Ministry of Human Resources and" + "Emiratisation": a lone word of eight letters or more the tagger took for a
     * surname, whose ending makes it an abstract noun ("-isation", "-ment", "-ness"); shorter words with such an
     * ending may be names ("Clement").
     */
    private static boolean abstractNoun(List<Token> tokens, int k) {
        boolean alone = tokens.get(k).ner() == NerTag.PERSON && (k + 1 >= tokens.size()
                || tokens.get(k + 1).ner() != NerTag.PERSON) && tokens.get(k - 1).ner() != NerTag.PERSON;
        return alone && tokens.get(k).text().length() >= 8 && ABSTRACT_ENDINGS.matcher(tokens.get(k).text()).find();
    }

    private static final java.util.regex.Pattern ABSTRACT_ENDINGS = java.util.regex.Pattern.compile(
            "(?:isation|ization|ment|ness|ship|ism)$");

    /** Head nouns that end a union's or a federation's name made of a list of trades or members. */
    private static final Set<String> LIST_BODY_HEADS = Set.of("union", "unions", "association", "federation",
            "confederation", "council", "society", "alliance", "guild", "chamber", "syndicate", "congress");

    /**
     * "Kenya Medical Practitioners" + ", Pharmacists and Dentists Union": the tagger stops at the first comma of a
     * name that lists its trades. Untagged capitalised words after it, joined by commas and one "and", that end in a
     * body's head noun ("Union", "Federation") and then no capital, are the rest of the name; a list of separate
     * bodies ("Acme, Bolt and Crane") ends in no such noun and is left alone.
     */
    private static int listedTrades(List<Token> tokens, int to, boolean[] claimed) {
        if (to >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return to;
        }
        int ands = 0;
        int k = to + 1;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            String w = t.text();
            if (w.equals("and")) {
                ands++;
            } else if (w.equals(",")) {
                if (ands > 0 || tokens.get(k - 1).text().equals(",")) {
                    break;
                }
            } else if (!t.capitalized() || claimed[k]
                    || t.ner() != NerTag.NONE && !(ands > 0 && t.ner() == NerTag.ORGANIZATION)
                    || !w.chars().allMatch(Character::isLetter) || CALENDAR.contains(w)) {
                break;
            }
            k++;
        }
        int last = k - 1;
        boolean headed = last > to + 2 && ands == 1 && tokens.get(last).capitalized()
                && LIST_BODY_HEADS.contains(Lexicon.lower(tokens.get(last).text()))
                && (k == tokens.size() || !tokens.get(k).capitalized());
        return headed ? k : to;
    }

    /**
     * "the European Centre for" + "Disease Prevention and Control", "the Ukrainian" + "Sea Ports Authority": the
     * tagger often starts an organisation's name late. Capitalised words before it that nobody tagged (joined by
     * "of", "for" or "&", or by "and" between plurals: "the Irish Nurses and" + "Midwives Organisation"), and a
     * demonym right before a name that does not open with a title word, belong to it. The sentence's first word is
     * capitalised by position only and never taken; headlines capitalise every word and are left alone by the
     * caller.
     */
    private static int extendOrganizationLeft(List<Token> tokens, int from, int to, boolean[] claimed,
                                              List<Span> table) {
        int f = listedFields(tokens, from, claimed);
        while (f > 1) {
            Token p = tokens.get(f - 1);
            String w = p.text();
            if (w.equals("the") && f - 3 >= 0 && tokens.get(f - 2).text().equals("of")
                    && isUntaggedNameWord(tokens.get(f - 3), claimed[f - 3])
                    && PART_HEADS.contains(Lexicon.lower(tokens.get(f - 3).text()))) {
                f -= 3; // "the Second Division" + "of the National Army": a part of a body, named by it
                continue;
            }
            if (p.capitalized() && PART_HEADS.contains(Lexicon.lower(tokens.get(f).text()))
                    && ORDINAL.matcher(w).matches()) {
                f--; // "Second Division", "4th Brigade"
                continue;
            }
            if (ORG_LINKS.contains(w) || w.equals("&")) {
                // not the end of a hyphenated name ("Ana Demir-Quinn of Bogazici University")
                if (f - 2 >= 1 && isUntaggedNameWord(tokens.get(f - 2), claimed[f - 2])
                        && !joinedByHyphen(tokens, f - 4)) {
                    f -= 2;
                    continue;
                }
                break;
            }
            if (w.equals("and") && f - 2 >= 1 && plural(tokens.get(f)) && plural(tokens.get(f - 2))
                    && isUntaggedNameWord(tokens.get(f - 2), claimed[f - 2])) {
                f -= 2; // "Nurses and" + "Midwives Organisation": a body named for the members it lists
                continue;
            }
            if (!isUntaggedNameWord(p, claimed[f - 1]) && !(f < from && publicModifier(tokens, f, claimed))) {
                break;
            }
            f--;
        }
        if (f > 0 && claimed[f - 1]) {
            int end = f;
            Optional<Span> demonym = table.stream().filter(m -> m.to() == end && m.country().isPresent()
                    && m.country().get().role() == CountryTable.Role.DEMONYM).findFirst();
            // "the Nigerian National Petroleum Company (NNPC)": a title word after the demonym may open a phrase of
            // its own ("the Kenyan Chief Justice"), unless the acronym after the name spells the demonym too
            if (demonym.isPresent() && (!Lexicon.isTitleWord(tokens.get(f).text())
                    || spelledBy(tokens, demonym.get().from(), f, to))) {
                table.remove(demonym.get());
                f = demonym.get().from();
            }
        }
        return f;
    }

    /** A capitalised plural noun of people or trades ("Nurses", "Midwives", "Growers"), not a possessive. */
    private static boolean plural(Token t) {
        String w = t.text();
        return t.capitalized() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && w.chars().allMatch(Character::isLetter);
    }

    /**
     * "the National" + "Platform for Risk Prevention …": a word that can modify a title ("National", "Federal",
     * "Central") is no title where it opens a body's head the walk has already taken, a word that is no title
     * itself; it is the first word of the name. ("National Security Adviser" has a title word after it.)
     */
    private static boolean publicModifier(List<Token> tokens, int f, boolean[] claimed) {
        Token p = tokens.get(f - 1);
        String w = p.text();
        String lower = Lexicon.lower(w);
        return f - 1 > 0 && p.capitalized() && p.ner() == NerTag.NONE && !claimed[f - 1]
                && !Lexicon.NOT_NAME.contains(lower) && Lexicon.TITLE_MODIFIERS.contains(lower)
                && !Lexicon.isTitleHead(w) && tokens.get(f).capitalized() && !Lexicon.isTitleWord(tokens.get(f).text());
    }

    /**
     * Whether the acronym in brackets right after the name at {@code [from, to)} opens with the initials of the word
     * at {@code word} and of the name's first word: "Nigerian" + "National Petroleum Company Limited (NNPC Ltd)".
     */
    private static boolean spelledBy(List<Token> tokens, int word, int from, int to) {
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals("(")) {
            return false;
        }
        String acronym = tokens.get(to + 1).text();
        return acronym.length() >= 3 && acronym.equals(acronym.toUpperCase(java.util.Locale.ROOT))
                && acronym.charAt(0) == tokens.get(word).text().charAt(0)
                && acronym.charAt(1) == tokens.get(from).text().charAt(0);
    }

    /**
     * "the Environment, Food and" + "Rural Affairs Committee", "Department for Environment, Food and" + "Rural
     * Affairs": the tagger starts a name that lists its fields at the last of them. Untagged capitalised words before
     * "and", joined by commas, belong to it when "the" or a link ("of", "for") opens them.
     */
    private static int listedFields(List<Token> tokens, int from, boolean[] claimed) {
        if (from - 2 < 1 || !tokens.get(from - 1).text().equals("and")
                || !fieldWord(tokens.get(from - 2), claimed[from - 2])) {
            return from;
        }
        int g = from - 2;
        while (g - 1 >= 1) {
            if (fieldWord(tokens.get(g - 1), claimed[g - 1])) {
                g--;
            } else if (tokens.get(g - 1).text().equals(",") && g - 2 >= 1
                    && fieldWord(tokens.get(g - 2), claimed[g - 2])) {
                g -= 2;
            } else {
                break;
            }
        }
        String before = Lexicon.lower(tokens.get(g - 1).text());
        return before.equals("the") || ORG_LINKS.contains(before) ? g : from;
    }

    /** A capitalised word nobody tagged that may name a body's field, title words included ("Environment"). */
    private static boolean fieldWord(Token t, boolean claimed) {
        String w = t.text();
        return t.capitalized() && t.ner() == NerTag.NONE && !claimed && !CALENDAR.contains(w)
                && w.chars().allMatch(Character::isLetter) && !Lexicon.NOT_NAME.contains(Lexicon.lower(w))
                && !Lexicon.HONORIFICS.contains(Lexicon.lower(w));
    }

    private static boolean isUntaggedNameWord(Token t, boolean claimed) {
        String w = t.text();
        return t.capitalized() && t.ner() == NerTag.NONE && !claimed && !CALENDAR.contains(w)
                && !Lexicon.NOT_NAME.contains(Lexicon.lower(w)) && !Lexicon.isTitleWord(w)
                && !Lexicon.HONORIFICS.contains(Lexicon.lower(w)) && !isPunct(w);
    }

    /**
     * "Assoc Prof Goh", "Snr Supt Lee": short words the lexicon does not know, before a courtesy title or a role
     * noun inside the run, are an abbreviated title too; the name starts after it.
     */
    private static int afterAbbreviatedTitle(List<Token> tokens, int from, int to) {
        for (int p = to - 2; p > from; p--) {
            String w = tokens.get(p).text();
            if (!Lexicon.HONORIFICS.contains(Lexicon.lower(w)) && !Lexicon.isTitleHead(w)
                    || joinedByHyphen(tokens, p)) {
                continue; // "Asif Iqbal Sheikh-Bajwa": a title word joined to the next by a hyphen is a surname's
            }
            for (int k = from; k < p; k++) {
                String a = tokens.get(k).text();
                if (a.length() > 5 || !tokens.get(k).capitalized()) {
                    return from;
                }
            }
            return p + 1;
        }
        return from;
    }

    /** Whether token {@code p} and the next are joined by a hyphen with no space ("Sheikh-Bajwa"). */
    static boolean joinedByHyphen(List<Token> tokens, int p) {
        return p >= 0 && p + 2 < tokens.size() && tokens.get(p + 1).text().equals("-")
                && tokens.get(p + 1).begin() == tokens.get(p).end()
                && tokens.get(p + 2).begin() == tokens.get(p + 1).end();
    }

    /**
     * "ranch owner Dean Morrow-Tate", "Trader Mallam Kone-Diarra": a title word that is also a given name ({@link
     * Lexicon#GIVEN_NAME_TITLES}), tagged as part of the person's name, is the given name when only a surname follows
     * it (a hyphenated one counts as one word); a title before a full name ("Prince Mohammed bin Salman") stays a
     * title.
     */
    private static boolean givenName(List<Token> tokens, int at, int to) {
        return tokens.get(at).ner() == NerTag.PERSON && at + 1 < to
                && Lexicon.GIVEN_NAME_TITLES.contains(Lexicon.lower(tokens.get(at).text()))
                && wordsAfter(tokens, at + 1, to) == 1
                && (!Lexicon.lower(tokens.get(at).text()).equals("prince") || to - at > 2); // "Prince Kollie-Dunbar"
    }

    /**
     * "The village head, I Nyoman Pasek-Lee, said": Balinese names open with "I" (a man's) or "Ni" (a woman's), which
     * the tagger leaves out. The pronoun never stands right before a name of two words or more that opens the
     * sentence or follows a comma or a bracket, so an untagged capital "I" there, or "Ni", is the name's first word.
     */
    private static boolean balineseMarker(List<Token> tokens, int from, int to) {
        if (from == 0 || wordsAfter(tokens, from, to) < 2) {
            return false;
        }
        Token marker = tokens.get(from - 1);
        return (marker.text().equals("I") || marker.text().equals("Ni")) && marker.ner() == NerTag.NONE
                && (from == 1 || tokens.get(from - 2).text().matches("[,(—–]"));
    }

    /**
     * Whether token {@code k} of a run is a word in lower case that opens no name of an organisation or a place:
     * "state" in "the state Department of Health", which the tagger drags in. Articles and prepositions of other
     * languages ("de", "la"), a particle hyphenated to the next word ("al-"), a word with capitals inside ("eBay") and
     * the run's last word may open one.
     */
    private static boolean commonWord(List<Token> tokens, int k, int to) {
        String w = tokens.get(k).text();
        return k + 1 < to && !w.isEmpty() && w.chars().allMatch(Character::isLowerCase) && !FOREIGN_LINKS.contains(w)
                && !NAME_PARTICLES.contains(w) && tokens.get(k + 1).begin() > tokens.get(k).end();
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLC]+");

    /**
     * Lower-case particles that open names ("al Qaeda", "bin Salman", "von der Leyen") and are not already among the
     * foreign links ("de", "van", "la" …).
     */
    private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "ibn", "bint", "abu", "von", "zu", "ter",
            "ten");

    /** The words of tokens {@code [from, to)} as written apart: "Mya Lin-Oo" is two. */
    private static int wordsAfter(List<Token> tokens, int from, int to) {
        int n = 1;
        for (int k = from + 1; k < to; k++) {
            n += tokens.get(k).begin() > tokens.get(k - 1).end() ? 1 : 0;
        }
        return n;
    }

    /** Whether title words and then a person's name follow token {@code i} ("Foreign [Minister] Wang Yi"). */
    private static boolean followedByName(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        while (i < tokens.size() && tokens.get(i).ner() != NerTag.PERSON) {
            String w = tokens.get(i).text();
            if (Lexicon.isTitleWord(w) || Lexicon.HONORIFICS.contains(Lexicon.lower(w))) {
                i++;
            } else if (w.equals("(") && i + 2 < tokens.size() && tokens.get(i + 2).text().equals(")")
                    && tokens.get(i + 1).ner() != NerTag.PERSON) {
                i += 3; // "Lt Gen (retd) Asif Qureshi": a word in brackets qualifies the rank
            } else {
                break;
            }
        }
        return i < tokens.size() && tokens.get(i).ner() == NerTag.PERSON;
    }

    static boolean isPunct(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static String titleCase(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }
}
