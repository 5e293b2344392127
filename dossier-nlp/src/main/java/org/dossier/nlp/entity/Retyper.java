package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.text.NerTag;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.Token;

/**
 * Corrects the tagger's type of a name from what the article itself says about it. The three-class CRF often
 * types a company as a person ("Brightpath's chief technology officer"), a utility or firm as a place
 * ("Lakeside Water spokesperson"), misses an organisation altogether ("the campaign group Cheaper Trains Now"),
 * or types a person as an organisation. The evidence is structural and closed-class: the name's last word is an
 * organisation form ("Ltd", "Group", "Water", "Authority"), an organisation noun stands right before it or in
 * apposition ("ride-hailing company X", "the supermarket chain, X,"), it owns an officer ("X's chief executive"),
 * someone is an officer of it ("a spokesperson for X"), it speaks as "it" ("X said it would", "X said in a
 * statement"), it reports results ("X reported revenue"); and, the other way, a two-word "organisation" whose
 * last word is used with a courtesy title ("Ms X") or an age ("X, 52,") is a person. Names that are part of a
 * person's full name in the article are never turned into organisations. The evidence words are English.
 *
 * <p>A noun of nationality ("the Finn", "a Dane") is a description of a person, not a person's name: such spans
 * are dropped. Stateless and thread-safe.
 */
final class Retyper {
    /** Last words that make a name an organisation's ("Harbour Foods Ltd", "Lakeside Water"). */
    private static final Set<String> ORG_FORMS = Set.of("ltd", "limited", "inc", "incorporated", "corp",
            "corporation", "co", "llc", "llp", "plc", "gmbh", "ag", "sa", "nv", "bv", "ab", "asa", "oyj", "spa", "pty",
            "bhd", "group", "holdings", "holding", "water", "air", "airways", "airlines", "bank", "authority", "agency",
            "pharma", "pharmaceuticals", "analytics", "energy", "telecom", "motors", "foods", "partners", "capital",
            "technologies", "labs", "logistics", "insurance", "institute", "association", "foundation", "council",
            "commission", "survey", "trust", "society", "ministry", "directorate", "inspectorate", "university",
            "company", "companies", "industries", "enterprises", "ventures", "systems", "solutions", "consulting",
            "health", "transit", "police", "power", "hydro", "rail"); // "Nova Scotia Health", "Manitoba Hydro"

    /** Nouns for an organisation that stand before or in apposition to its name ("the utility X"). */
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "group", "utility", "chain", "carrier",
            "programme", "program", "project", "initiative", "consortium", "cooperative", "co-operative", "coalition",
            "airline", "maker", "manufacturer", "retailer", "lender", "insurer", "bank", "operator", "developer",
            "producer", "startup", "start-up", "consultancy", "charity", "broadcaster", "publisher", "supermarket",
            "conglomerate", "subsidiary", "brand", "platform", "regulator", "watchdog", "agency", "organisation",
            "organization", "nonprofit", "non-profit", "ngo", "provider", "supplier", "distributor", "exporter",
            "importer", "miner", "refiner", "automaker", "carmaker", "shipper", "shipbuilder", "drugmaker", "chipmaker",
            "telecoms", "app", "outlet", "newspaper", "tabloid", "network", "union", "thinktank", "think-tank");

    /** Last words of a place's name that make it a body with a voice of its own ("the Tema Port said"). */
    private static final Set<String> FACILITIES = Set.of("port", "seaport", "airport", "harbour", "harbor");

    /** Officers named with the organisation they serve ("chief executive of X", "a spokesperson for X"). */
    private static final Set<String> OFFICERS = Set.of("executive", "ceo", "cfo", "coo", "cto", "spokesperson",
            "spokesman", "spokeswoman", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "owner",
            "shareholders", "investors", "employees", "staff", "workers", "customers", "subscribers");

    /** Words of a company's results ("X reported revenue of …"). */
    private static final Set<String> RESULTS = Set.of("revenue", "revenues", "profit", "profits", "loss", "losses",
            "sales", "earnings", "turnover", "results", "income", "dividend");

    /** Verbs of a company's results. */
    private static final Set<String> RESULT_VERBS = Set.of("reported", "posted", "booked", "recorded", "announced",
            "reports", "posts", "books", "records", "announces", "raised", "cut", "hired", "acquired", "bought",
            "sold", "listed");

    /** Verbs after which "it" or "its" is the speaker itself ("X said it would …"). */
    private static final Set<String> SAY = Set.of("said", "says", "announced", "confirmed", "added", "stated",
            "reported", "warned");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> COURTESY = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.");

    /**
     * Retypes the spans of every sentence in place and adds organisations the tagger missed; returns the names
     * found to be organisations, so their untagged mentions elsewhere can be added too. {@code lowerWords} are the
     * words the article writes in lower case ({@link Lexicon#lowerCaseWords}).
     */
    Set<String> correct(List<Sentence> sentences, List<List<Span>> spans, Set<String> lowerWords) {
        dateline(sentences, spans);
        dropNationalityNouns(spans);
        trimCommonNouns(spans, lowerWords);
        trimOpeningWords(spans);
        bodiesByCommonNoun(spans, lowerWords);
        agedPeople(spans);
        Set<String> personParts = personParts(spans);
        Set<String> lastNames = lastNames(spans);
        Set<String> orgKeys = new LinkedHashSet<>();
        Set<String> orgNames = new LinkedHashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.country().isEmpty() && (sp.kind() == Span.Kind.PERSON || sp.kind() == Span.Kind.LOCATION)
                        && (isOrganization(sp, personParts, lastNames) || followedAsIts(sp, sentences, personParts))) {
                    orgKeys.add(sp.key());
                    orgNames.add(sp.name());
                }
            }
        }
        for (String key : companiesByCues(spans, lastNames)) {
            orgKeys.add(key);
            spans.stream().flatMap(List::stream).filter(sp -> sp.key().equals(key)).findFirst()
                    .ifPresent(sp -> orgNames.add(sp.name()));
        }
        for (Sentence s : sentences) {
            for (Span sp : afterOrgNoun(s, spans.get(s.index()))) {
                spans.get(s.index()).add(sp);
                orgKeys.add(sp.key());
                orgNames.add(sp.name());
            }
            spans.get(s.index()).sort(Comparator.comparingInt(Span::begin));
        }
        Set<String> orgFirstWords = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (parts.size() > 1 && (sp.kind() == Span.Kind.ORGANIZATION
                        || orgKeys.contains(sp.key()))) {
                    orgFirstWords.add(parts.get(0));
                }
            }
        }
        // "Paris City Hall" typed a place, "City Hall said it …" an organisation: the longer name is the
        // organisation's
        Set<List<String>> orgParts = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (parts.size() > 1 && (sp.kind() == Span.Kind.ORGANIZATION
                        || orgKeys.contains(sp.key()))) {
                    orgParts.add(parts);
                }
            }
        }
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (sp.kind() == Span.Kind.LOCATION && sp.country().isEmpty() && orgParts.stream().anyMatch(
                        op -> op.size() < parts.size()
                                && parts.subList(parts.size() - op.size(), parts.size()).equals(op))) {
                    orgKeys.add(sp.key());
                }
                // "Alpvale Seilbahnen" after "Alpvale Seilbahnen GmbH": the company's name without its legal form
                if (sp.kind() == Span.Kind.PERSON && sp.country().isEmpty() && !parts.isEmpty()
                        && !lastNames.contains(parts.get(parts.size() - 1))
                        && orgParts.stream().anyMatch(op -> op.size() > parts.size()
                        && op.subList(0, parts.size()).equals(parts)
                        && ORG_FORMS.containsAll(op.subList(parts.size(), op.size())))) {
                    orgKeys.add(sp.key());
                }
            }
        }
        Set<String> personKeys = personKeys(spans, lastNames);
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.country().isPresent()) {
                    continue;
                }
                String key = sp.key();
                boolean single = sp.parts().size() == 1;
                if (sp.kind() != Span.Kind.ORGANIZATION && (orgKeys.contains(key)
                        || sp.kind() == Span.Kind.PERSON && single && !personParts.contains(key)
                        && orgFirstWords.contains(key))) {
                    ss.set(i, sp.withKind(Span.Kind.ORGANIZATION));
                } else if (sp.kind() != Span.Kind.PERSON && personKeys.contains(key)) {
                    ss.set(i, sp.withKind(Span.Kind.PERSON));
                }
            }
        }
        joinedOrganizations(spans);
        bodysFirstWords(spans);
        spans.forEach(Retyper::spelledByAcronym);
        spans.forEach(Retyper::untaggedFirstConjunct);
        spans.forEach(Retyper::subsidiaryBodies);
        hometowns(spans);
        placesInAppositives(spans);
        placesBeforeGeographicNouns(spans, personParts);
        bodiesInApposition(spans, personParts);
        bodiesAfterThe(spans, lastNames);
        peopleAfterTitles(spans);
        titleModifiers(spans);
        placesInLists(spans, personParts);
        joinSurnameParticles(spans);
        for (List<Span> ss : spans) {
            peerStylesAndLetters(ss);
            apostropheOpeningName(ss);
        }
        Set<String> alone = lastNames(spans);
        for (List<Span> ss : spans) {
            portfolioBeforeName(ss, lowerWords);
            portfolioListBeforeName(ss, lowerWords);
            conjoinedSurnames(ss);
            hyphenatedSurnameAfter(ss);
            givenNameBefore(ss, lowerWords);
            companyOfPlace(ss, lowerWords);
            localBodies(ss);
        }
        for (Sentence s : sentences) {
            untaggedPeople(s, spans.get(s.index()));
            untaggedAfterTitle(s, spans.get(s.index()), lowerWords);
            untaggedAged(s, spans.get(s.index()));
            knownAs(s, spans.get(s.index()));
            knownByInitials(s, spans.get(s.index()));
            spelledOutBeforeInitials(s, spans.get(s.index()));
            namedInPart(s, spans.get(s.index()), alone, lowerWords);
            countryNamedBodies(spans.get(s.index()), lowerWords).forEach(orgNames::add);
        }
        return orgNames;
    }

    /**
     * "PORT MERRION — … delivering to Port Merrion": the words in capitals that open the body before a dash, a comma or
     * a bracket are the dateline, the place the story is filed from. The tagger types them, and the same name in the
     * text, as a person or an organisation it does not know; every span with that name is the place, unless it is
     * a word of a person's full name.
     */
    private static void dateline(List<Sentence> sentences, List<List<Span>> spans) {
        Sentence first = sentences.stream().filter(s -> s.section() == Section.BODY).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        List<Token> t = first.tokens();
        int end = 0;
        while (end < t.size() && end < 4 && t.get(end).text().length() > 1
                && t.get(end).text().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '\'')) {
            end++;
        }
        if (end == 0 || end >= t.size() || !t.get(end).text().matches("[—–(,-]")
                // "HILO, Hawaii —" names a region after the comma; "ANA RUIZ, the mayor, said" opens with a name
                || t.get(end).text().equals(",") && (end + 1 >= t.size() || !t.get(end + 1).capitalized())) {
            return;
        }
        String place = Names.clean(first.slice(t.get(0).begin(), t.get(end - 1).end()));
        Set<String> personParts = null;
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                // an organisation that speaks or owns ("Liverpool said", "Boston's coach") is the club or the city's
                // government the dateline's place lends its name to
                boolean body = sp.kind() == Span.Kind.ORGANIZATION && sp.to() < sp.sentence().tokens().size()
                        && (Lexicon.SPEECH_VERBS.contains(sp.sentence().tokens().get(sp.to()).text())
                        || sp.sentence().tokens().get(sp.to()).text().matches("['’]s"));
                if ((sp.kind() == Span.Kind.PERSON || sp.kind() == Span.Kind.ORGANIZATION && !body)
                        && sp.country().isEmpty() && sp.name().equalsIgnoreCase(place)) {
                    personParts = personParts == null ? personParts(spans) : personParts;
                    if (!personParts.contains(sp.key())) { // "LINCOLN, Neb." and Abraham Lincoln
                        ss.set(i, sp.withKind(Span.Kind.LOCATION));
                    }
                }
            }
        }
    }

    /**
     * "Cllr Ó Brannagáin said" after "Éamon Ó Brannagáin": the tagger leaves a surname's particle ("Ó", "Ní",
     * "Mac", "van", "de") out of a short form; an untagged word before the short form that, with it, ends a full
     * name the article gives belongs to it.
     */
    private static void joinSurnameParticles(List<List<Span>> spans) {
        List<List<String>> fullNames = new ArrayList<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (sp.kind() == Span.Kind.PERSON && parts.size() > 2) {
                    fullNames.add(parts);
                }
            }
        }
        if (fullNames.isEmpty()) {
            return;
        }
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() != Span.Kind.PERSON || sp.from() == 0) {
                    continue;
                }
                Token prev = sp.sentence().tokens().get(sp.from() - 1);
                if (prev.ner() != NerTag.NONE || !Character.isUpperCase(prev.text().codePointAt(0))) {
                    continue;
                }
                List<String> joined = new ArrayList<>(Names.parts(prev.text()));
                joined.addAll(sp.parts());
                boolean tail = fullNames.stream().anyMatch(f -> f.size() > joined.size()
                        && f.subList(f.size() - joined.size(), f.size()).equals(joined));
                int k = i;
                if (tail && (k == 0 || ss.get(k - 1).to() < sp.from())) {
                    Sentence s = sp.sentence();
                    ss.set(i, new Span(s, sp.from() - 1, sp.to(), prev.begin(), sp.end(),
                            Names.clean(s.slice(prev.begin(), sp.end())), Span.Kind.PERSON, Optional.empty()));
                }
            }
        }
    }

    /**
     * "Its teams had vaccinated 48,000 children, Action Santé Ouaddaï said" after "the medical charity Action Santé
     * Ouaddaï": the tagger reads the foreign words of a body's name as a person's and leaves its first words out.
     * One or two capitalised words nobody tagged before a span that, with it, spell the full name of an
     * organisation the article gives are that organisation.
     */
    private static void bodysFirstWords(List<List<Span>> spans) {
        Set<List<String>> bodies = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.ORGANIZATION && sp.parts().size() > 2) {
                    bodies.add(sp.parts());
                }
            }
        }
        if (bodies.isEmpty()) {
            return;
        }
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() == Span.Kind.ORGANIZATION || sp.country().isPresent()) {
                    continue;
                }
                List<Token> t = sp.sentence().tokens();
                int lo = i == 0 ? 0 : ss.get(i - 1).to();
                List<String> joined = new ArrayList<>(sp.parts());
                for (int f = sp.from() - 1; f >= Math.max(lo, sp.from() - 2); f--) {
                    Token prev = t.get(f);
                    if (prev.ner() != NerTag.NONE || !prev.capitalized()) {
                        break;
                    }
                    joined.addAll(0, Names.parts(prev.text()));
                    if (bodies.contains(joined)) {
                        Sentence s = sp.sentence();
                        ss.set(i, new Span(s, f, sp.to(), prev.begin(), sp.end(),
                                Names.clean(s.slice(prev.begin(), sp.end())), Span.Kind.ORGANIZATION,
                                Optional.empty()));
                        break;
                    }
                }
            }
        }
    }

    /**
     * "'Mabatho Khali-Sekhesa", "’Maseiso": Sesotho names (and Hawaiian ones written with a plain apostrophe for the
     * ʻokina) open with an apostrophe, which the tokenizer splits off and the tagger leaves out. An apostrophe joined
     * to the front of a person's name, after a space, that no apostrophe after the name closes as a quotation, is
     * part of the name.
     */
    private static void apostropheOpeningName(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            if (sp.kind() != Span.Kind.PERSON || sp.from() == 0) {
                continue;
            }
            Token mark = t.get(sp.from() - 1);
            boolean apostrophe = mark.text().equals("'") || mark.text().equals("’") || mark.text().equals("‘");
            boolean joined = mark.end() == t.get(sp.from()).begin();
            // not at the sentence's start, where single quotation marks open a quotation ("'Smith is wrong,' he
            // said"), and no mark joined to the end of a later word closes one
            boolean spaced = sp.from() > 1 && t.get(sp.from() - 2).end() < mark.begin();
            boolean closed = false;
            for (int k = sp.to(); k < t.size(); k++) {
                closed |= t.get(k).text().matches("['’]") && t.get(k).begin() == t.get(k - 1).end();
            }
            if (!apostrophe || !joined || !spaced || closed || i > 0 && ss.get(i - 1).to() >= sp.from()) {
                continue;
            }
            Sentence s = sp.sentence();
            ss.set(i, new Span(s, sp.from() - 1, sp.to(), mark.begin(), sp.end(),
                    Names.clean(s.slice(mark.begin(), sp.end())), Span.Kind.PERSON, Optional.empty()));
        }
    }

    /**
     * "Action Santé Ouaddaï (ASO), a Chadian non-governmental organisation, said": the tagger left the first word out
     * of a name it read as a person's. One or two capitalised words nobody tagged before a span belong to it when the
     * short form in brackets after it spells the initials of them all; and a name so spelled, described in
     * apposition by a noun only a body is, is that body.
     */
    private static void spelledByAcronym(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            if (sp.country().isPresent() || !sp.after(1).equals("(") || !sp.after(3).equals(")")) {
                continue;
            }
            String acronym = sp.after(2);
            if (acronym.length() < 3 || !acronym.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            List<Token> t = sp.sentence().tokens();
            int lo = i == 0 ? 0 : ss.get(i - 1).to();
            int from = sp.from();
            while (from > lo && from > sp.from() - 2 && t.get(from - 1).capitalized()
                    && t.get(from - 1).ner() == NerTag.NONE && !initials(t, from, sp.to()).equals(acronym)) {
                from--;
            }
            if (from == sp.from() || !initials(t, from, sp.to()).equals(acronym)) {
                continue;
            }
            Sentence s = sp.sentence();
            Span whole = new Span(s, from, sp.to(), t.get(from).begin(), sp.end(),
                    Names.clean(s.slice(t.get(from).begin(), sp.end())), sp.kind(), Optional.empty());
            boolean body = sp.kind() == Span.Kind.PERSON && inApposition(whole, 3, BODY_APPOSITIVES);
            ss.set(i, body ? whole.withKind(Span.Kind.ORGANIZATION) : whole);
        }
    }

    /** The initials of the capitalised words of tokens {@code [from, to)} ("National University of X" is "NUX"). */
    private static String initials(List<Token> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (t.get(k).capitalized()) {
                out.appendCodePoint(t.get(k).text().codePointAt(0));
            }
        }
        return out.toString();
    }

    /**
     * Letters written after a name for an honour, a rank at the bar or a seat ("Imogen Ravenscroft KC", "Ana Ruiz
     * MP", "Tom Hale OBE"): not part of the name. Written in capitals (or as "PhD"), so "Ms" is never one.
     */
    private static final Set<String> POST_NOMINALS = Set.of("KC", "QC", "SC", "MP", "MS", "MSP", "MLA", "MEP", "TD",
            "MPP", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "PhD", "FRS", "JP");

    /**
     * The edges of a person's name the tagger draws wrongly: a peer's style before it is part of it ("Lord
     * Fakatulolo": the tagger leaves "Lord" out, and news never calls a peer by the surname alone); letters for an
     * honour after it are not ("… KC"); and Vietnamese syllables before it are ("Minister of Finance Hồ Thị Minh
     * Trang", tagged "Minh Trang"): a capitalised word nobody tagged that holds a letter only Vietnamese writes
     * ({@link #vietnamese}) is no English title word. (Đ is also Croatian and Serbian, where such a word right
     * before a name is a given name the tagger left out, so part of the name all the same.)
     */
    private static void peerStylesAndLetters(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            if (sp.kind() != Span.Kind.PERSON) {
                continue;
            }
            List<Token> t = sp.sentence().tokens();
            int from = sp.from();
            int to = sp.to();
            // the letters stay in the span, which the quote rules read as the name's end, but not in the name
            int nameTo = to;
            // "Sujata Maharjan-KC": a Nepali surname written onto the name with a hyphen is no honour
            while (nameTo - from > 1 && POST_NOMINALS.contains(t.get(nameTo - 1).text())
                    && t.get(nameTo - 2).end() < t.get(nameTo - 1).begin()) {
                nameTo--;
            }
            int floor = i > 0 ? ss.get(i - 1).to() : 0;
            while (from - 1 >= floor && untaggedNamePart(t.get(from - 1)) && vietnamese(t.get(from - 1).text())) {
                from--;
            }
            if (from - 1 >= floor && Lexicon.PEER_STYLES.contains(t.get(from - 1).text())
                    && t.get(from - 1).ner() == NerTag.NONE) {
                from--;
            }
            if (from != sp.from() || nameTo != to) {
                Sentence s = sp.sentence();
                int begin = t.get(from).begin();
                ss.set(i, new Span(s, from, to, begin, t.get(to - 1).end(),
                        Names.clean(s.slice(begin, t.get(nameTo - 1).end())), Span.Kind.PERSON, Optional.empty()));
            }
        }
    }

    /**
     * Whether a word holds a letter only Vietnamese writes among languages in Latin letters: a horn (ơ ư), a dot
     * below (ạ ị), a hook above (ả ỏ), a vowel with two marks (ồ ấ ặ: a tone on a circumflex or breve), or
     * đ.
     */
    static boolean vietnamese(String word) {
        if (word.indexOf('đ') >= 0 || word.indexOf('Đ') >= 0) {
            return true;
        }
        String d = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        int marks = 0;
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (c == '\u031B' || c == '\u0323' || c == '\u0309') {
                return true;
            }
            marks = Character.getType(c) == Character.NON_SPACING_MARK ? marks + 1 : 0;
            if (marks == 2) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for a body another one runs: "the UN refugee agency", "the U.N. Support Mission in Libya". */
    private static final Set<String> SUB_BODIES = Set.of("agency", "office", "mission", "watchdog", "commission",
            "council", "committee", "fund", "programme", "program", "bureau", "panel", "secretariat", "tribunal");

    /**
     * "The UN refugee agency said", "the U.N. Support Mission in Libya said", "the WHO regional office": an
     * organisation's name followed by one to three words and a noun for a body it runs names that body, not the
     * organisation (the tagger tags only "UN"). The words are lower-case nouns or capitalised words nobody tagged;
     * "in" or "for" and a place after a capitalised body's noun belong to its name.
     */
    private static void subsidiaryBodies(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            if (sp.kind() != Span.Kind.ORGANIZATION || sp.country().isPresent() || SpanFinder.isTitleCase(t)) {
                continue;
            }
            int k = sp.to();
            int head = -1;
            while (k < t.size() && k - sp.to() < 4) {
                Token x = t.get(k);
                String l = Lexicon.lower(x.text());
                boolean word = x.ner() == NerTag.NONE && x.text().chars().allMatch(Character::isLetter)
                        && !Lexicon.NOT_IN_TITLE.contains(l) && !Lexicon.SPEECH_VERBS.contains(l)
                        && !SpanFinder.CALENDAR.contains(x.text()) && !l.endsWith("ed");
                boolean possessive = (l.equals("'s") || l.equals("’s")) && k > sp.to();
                if (!word && !possessive) {
                    break;
                }
                k++;
                if (SUB_BODIES.contains(l)) {
                    head = k;
                    break;
                }
            }
            // "the National Natural Parks agency": a noun right after the name says what kind of body it is
            if (head < sp.to() + 2 || i + 1 < ss.size() && ss.get(i + 1).from() < head) {
                continue;
            }
            int to = head;
            // "Support Mission in Libya": a capitalised body's place
            if (t.get(head - 1).capitalized() && head + 1 < t.size()
                    && (t.get(head).text().equals("in") || t.get(head).text().equals("for"))
                    && i + 1 < ss.size() && ss.get(i + 1).from() == head + 1 && isPlace(ss.get(i + 1))) {
                to = ss.get(i + 1).to();
                ss.remove(i + 1);
            }
            Sentence s = sp.sentence();
            int end = t.get(to - 1).end();
            ss.set(i, new Span(s, sp.from(), to, sp.begin(), end, Names.clean(s.slice(sp.begin(), end)),
                    Span.Kind.ORGANIZATION, Optional.empty()));
        }
    }

    /** Lower-case nouns of a kind of place that follow a place's name ("the Kelvo region", "the upper Ness river"). */
    private static final Set<String> GEOGRAPHIC_NOUNS = Set.of("region", "district", "province", "county", "river",
            "valley", "island", "islands", "village", "town", "city", "municipality", "lake", "mountains", "coast",
            "bay", "area", "neighbourhood", "neighborhood", "suburb", "regency", "prefecture", "parish", "commune",
            "governorate", "oblast", "canton", "peninsula", "delta", "basin", "plateau", "highlands", "estuary",
            "gulf", "forest", "desert", "township", "borough", "atoll", "archipelago");

    /** Nouns of a people's home that take its name after "of" ("the Innu community of Uapishkau"). */
    private static final Set<String> SETTLEMENTS = Set.of("community", "hamlet", "settlement", "reserve", "reservation",
            "kingdom", "emirate", "republic", "state", "territory");

    /**
     * "Shepherds in the Kelvo region said", "on the upper Ness river": a lone word typed as a person's name right before a
     * lower-case noun of a kind of place names that place, and so does one after such a noun (or a people's home) and
     * "of" ("the community of Uapishkau"), and one after "In" that opens a sentence and a comma ("In Strahan, …"),
     * unless it is part of a person's full name in the article; every mention of it is retyped.
     */
    private static void placesBeforeGeographicNouns(List<List<Span>> spans, Set<String> personParts) {
        Set<String> places = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                // "the Innu community of Uapishkau", "the village of Tarn": after the noun and "of"
                boolean after = sp.before(1).equals("of") && (GEOGRAPHIC_NOUNS.contains(sp.before(2))
                        || SETTLEMENTS.contains(sp.before(2)));
                // "In Strahan, tour boat skipper X …": a sentence that opens with where it happens
                boolean opening = sp.from() == 1 && sp.before(1).equals("in") && sp.after(1).equals(",");
                if (sp.kind() != Span.Kind.PERSON || sp.country().isPresent() || sp.to() - sp.from() != 1
                        || !GEOGRAPHIC_NOUNS.contains(sp.after(1)) && !after && !opening
                        && !inApposition(sp, GEOGRAPHIC_NOUNS)) {
                    continue;
                }
                List<String> parts = sp.parts();
                if (parts.size() == 1 && !personParts.contains(parts.get(0))) {
                    places.add(parts.get(0));
                }
            }
        }
        if (places.isEmpty()) {
            return;
        }
        retypeAll(spans, Span.Kind.PERSON, places, Span.Kind.LOCATION);
    }

    /** Every mention of kind {@code from} whose key is one of {@code keys} becomes of kind {@code to}. */
    private static void retypeAll(List<List<Span>> spans, Span.Kind from, Set<String> keys, Span.Kind to) {
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() == from && keys.contains(sp.key())) {
                    ss.set(i, sp.withKind(to));
                }
            }
        }
    }

    /** Words that may end the noun phrase of a description in apposition ("the only inhabited island in the group"). */
    private static final Set<String> AFTER_APPOSITIVE_NOUN = Set.of(",", ".", ";", ")", "in", "of", "on", "off",
            "near", "at", "where", "that", "which", "whose", "north", "south", "east", "west", "some", "about",
            "based", "for", "with");

    /** Nouns of a body of people that end a description in apposition ("Gabna, the Sami herding community"). */
    private static final Set<String> BODY_APPOSITIVES = Set.of("community", "company", "firm", "group", "cooperative",
            "co-operative", "association", "federation", "union", "council", "committee", "charity", "organisation",
            "organization", "network", "foundation", "agency", "club", "consortium", "coalition", "alliance",
            "watchdog", "bank", "utility", "insurer", "lender", "retailer", "airline", "carrier", "manufacturer",
            "collective", "movement", "ngo", "nonprofit");

    /**
     * "a fisherman on Kanton, the only inhabited island in the group, said", "Gabna, the Sami reindeer herding
     * community whose lands surround the town, says": a description in apposition, opened by an article, whose head is
     * one of {@code nouns} says what kind of thing the name is. The noun must end its phrase, so "Kim, the town council
     * leader" and "Ana, the city's mayor" are neither places nor bodies.
     */
    private static boolean inApposition(Span sp, Set<String> nouns) {
        return inApposition(sp, 0, nouns);
    }

    /** As {@link #inApposition(Span, Set)}, with the description {@code skip} tokens later ("X (XY), the …"). */
    private static boolean inApposition(Span sp, int skip, Set<String> nouns) {
        if (!sp.after(skip + 1).equals(",")) {
            return false;
        }
        String determiner = Lexicon.lower(sp.after(skip + 2));
        if (!determiner.equals("the") && !determiner.equals("a") && !determiner.equals("an")) {
            return false;
        }
        for (int k = skip + 3; k <= skip + 7; k++) {
            String w = sp.after(k);
            if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return false; // a number or a mark before the noun: not a plain description
            }
            if (nouns.contains(w)) {
                return AFTER_APPOSITIVE_NOUN.contains(Lexicon.lower(sp.after(k + 1)));
            }
        }
        return false;
    }

    /**
     * "Gabna, the Sami reindeer herding community whose lands surround the town, says": a one-word name typed as a
     * person's, described in apposition as a body of people, is that body's; every mention of it is retyped, unless
     * it is part of a person's full name in the article.
     */
    private static void bodiesInApposition(List<List<Span>> spans, Set<String> personParts) {
        Set<String> bodies = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.PERSON && sp.country().isEmpty() && sp.to() - sp.from() == 1
                        && !personParts.contains(sp.key()) && inApposition(sp, BODY_APPOSITIVES)) {
                    bodies.add(sp.key());
                }
            }
        }
        retypeAll(spans, Span.Kind.PERSON, bodies, Span.Kind.ORGANIZATION);
        Set<String> places = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.LOCATION && sp.country().isEmpty() && placeDescribedAsBody(sp)) {
                    places.add(sp.key());
                }
            }
        }
        retypeAll(spans, Span.Kind.LOCATION, places, Span.Kind.ORGANIZATION);
    }

    /**
     * "Lobito Atlantic Railway, the consortium that holds the concession, said": a name the tagger took for a place,
     * described in apposition by a noun only a body is, is that body. The noun must come before any clause or
     * preposition of the description ("Lamu, the town where the union met" describes a town), and a community or a
     * group of something may be a place ("a fishing community on the coast", "a group of islands").
     */
    private static boolean placeDescribedAsBody(Span sp) {
        if (!sp.after(1).equals(",") || !sp.after(2).matches("(?i)the|an?")) {
            return false;
        }
        for (int k = 3; k <= 6; k++) {
            String w = sp.after(k);
            if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                    || AFTER_APPOSITIVE_NOUN.contains(w) || w.equals("who")) {
                return false;
            }
            if (BODY_APPOSITIVES.contains(w)) {
                return !w.equals("community") && !w.equals("group") && !sp.after(k + 1).equals("of")
                        && AFTER_APPOSITIVE_NOUN.contains(Lexicon.lower(sp.after(k + 1)));
            }
        }
        return false;
    }

    /**
     * "secretary of the Kooperativa Fitun Foun, said": nobody writes "the" right before a person's name, so a name
     * of two words or more typed as a person's after "the", not used as a modifier ("the Ana Ruiz case") nor owning
     * anything, is an organisation's; every mention of it is retyped. Its last word used alone as a person's name, or
     * an age in apposition, keeps it a person.
     */
    private static void bodiesAfterThe(List<List<Span>> spans, Set<String> lastNames) {
        Set<String> bodies = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                String next = sp.after(1);
                if (sp.kind() != Span.Kind.PERSON || sp.country().isPresent() || !sp.before(1).equals("the")
                        || !next.isEmpty() && Character.isLetter(next.charAt(0)) && !Lexicon.SPEECH_VERBS.contains(next)
                        || isPossessive(next) || aged(sp)) {
                    continue;
                }
                List<String> parts = sp.parts();
                if (parts.size() > 1 && !lastNames.contains(parts.get(parts.size() - 1))) {
                    bodies.add(String.join(" ", parts));
                }
            }
        }
        if (bodies.isEmpty()) {
            return;
        }
        retypeAll(spans, Span.Kind.PERSON, bodies, Span.Kind.ORGANIZATION);
    }

    /**
     * "Rhys Tanner, 58, of Pen Cove, said", "Farmer Ida Lusk of Kerrow Mill said", "Marko Zec, 19, from Velika
     * Gorica": a name typed as a person's right after "of" or "from" that follows a person's name (with an age in
     * apposition or not) is where that person lives, not a second person (nobody is "of" another person); every
     * mention of it is retyped. A name the article also uses
     * alone as a person's (a surname with a courtesy title, an age) stays a person.
     */
    private static void hometowns(List<List<Span>> spans) {
        Set<String> places = new HashSet<>();
        for (List<Span> ss : spans) {
            for (int i = 1; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() != Span.Kind.PERSON || sp.country().isPresent()
                        || !sp.before(1).equals("of") && !sp.before(1).equals("from") || aged(sp)) {
                    continue;
                }
                int end = sp.from() - 1; // the token after the person's name
                if (sp.before(2).equals(",") && sp.before(3).matches("\\d{1,3}") && sp.before(4).equals(",")) {
                    end -= 3;
                }
                Span person = ss.get(i - 1);
                if (person.kind() == Span.Kind.PERSON && person.to() == end && person.parts().size() > 1) {
                    places.add(sp.key());
                }
            }
        }
        if (places.isEmpty()) {
            return;
        }
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() == Span.Kind.PERSON && places.contains(sp.key()) && !aged(sp)) {
                    ss.set(i, sp.withKind(Span.Kind.LOCATION));
                }
            }
        }
    }

    /**
     * "Pema Wangmo, a yak herder in Laya, said", "Nguyễn Văn Hậu, a durian grower with 4 hectares in Cai Lậy, said": a
     * name typed as a person's after "in", "near" or "from" inside the appositive that describes a person (a comma,
     * "a" or "an", then lower-case words and numbers) is where that person works or lives, not a second person; every
     * mention of it is retyped, unless a word of it is part of another person's name, or it is given an age.
     */
    private static void placesInAppositives(List<List<Span>> spans) {
        Set<String> places = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.PERSON && sp.country().isEmpty() && inPersonsAppositive(sp)) {
                    places.add(sp.key());
                }
            }
        }
        if (places.isEmpty()) {
            return;
        }
        Set<String> otherPeople = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                if (sp.kind() == Span.Kind.PERSON && !places.contains(sp.key())) {
                    otherPeople.addAll(sp.parts());
                }
            }
        }
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                if (sp.kind() == Span.Kind.PERSON && places.contains(sp.key()) && !aged(sp)
                        && sp.parts().stream().noneMatch(otherPeople::contains)) {
                    ss.set(i, sp.withKind(Span.Kind.LOCATION));
                }
            }
        }
    }

    /** Whether a span stands after "in", "near" or "from" in an appositive describing the person named before it. */
    private static boolean inPersonsAppositive(Span sp) {
        if (!sp.before(1).matches("in|near|from") || isPossessive(sp.after(1))) {
            return false;
        }
        List<Token> t = sp.sentence().tokens();
        for (int k = sp.from() - 2; k >= 2 && sp.from() - k <= 8; k--) {
            Token x = t.get(k);
            String w = Lexicon.lower(x.text());
            if (w.equals("a") || w.equals("an")) {
                return t.get(k - 1).text().equals(",") && t.get(k - 2).ner() == NerTag.PERSON;
            }
            if (x.capitalized() || x.ner() != NerTag.NONE || !w.matches("[\\p{Ll}\\d][\\p{Ll}\\d,.-]*")
                    || Lexicon.SPEECH_VERBS.contains(w) || w.matches("who|which|that|the")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Orchard keeper Ann Lusk said", "Coast guard …": one capitalised word that opens the sentence or a clause, then
     * lower-case words ending in a title head, then a full name: the capital qualifies the title, so it is no
     * person's name. Not before a relational head, which takes a person as its possessor: "Putin spokesman Dmitry
     * Peskov", "Trump lawyer Rudy Giuliani" name two people.
     */
    private static void titleModifiers(List<List<Span>> spans) {
        for (List<Span> ss : spans) {
            for (int i = ss.size() - 2; i >= 0; i--) {
                Span sp = ss.get(i);
                Span next = ss.get(i + 1);
                List<Token> t = sp.sentence().tokens();
                int gap = next.from() - sp.to();
                if (sp.kind() != Span.Kind.PERSON || sp.to() - sp.from() != 1 || gap < 1 || gap > 2
                        || next.kind() != Span.Kind.PERSON || next.parts().size() < 2
                        || sp.from() > 0 && !t.get(sp.from() - 1).text().matches("[,:;(—–\"“‘'-]")
                        || !Lexicon.isTitleHead(t.get(next.from() - 1).text())
                        || RELATIONAL_HEADS.contains(Lexicon.lower(t.get(next.from() - 1).text()))) {
                    continue;
                }
                boolean lower = true;
                for (int k = sp.to(); k < next.from(); k++) {
                    String w = t.get(k).text();
                    lower &= Character.isLowerCase(w.charAt(0)) && !Lexicon.NOT_IN_TITLE.contains(w)
                            && !Lexicon.SPEECH_VERBS.contains(w) && !w.matches(".*(?:ed|ing)|.*[^s]s");
                }
                if (lower) {
                    ss.remove(i);
                }
            }
        }
    }

    /** Heads that name someone's relation to a person ("Putin spokesman X", "Trump lawyer X"): X serves that person. */
    private static final Set<String> RELATIONAL_HEADS = Set.of("spokesman", "spokeswoman", "spokesperson", "lawyer",
            "attorney", "adviser", "advisor", "aide", "envoy", "deputy", "secretary", "assistant", "ally", "rival",
            "opponent", "successor", "predecessor", "biographer", "counsel", "negotiator", "representative", "emissary",
            "confidant", "loyalist", "critic", "challenger", "nominee", "appointee", "protege", "protégé", "strategist",
            "pollster", "manager", "agent", "doctor", "physician", "bodyguard", "interpreter", "translator");

    /**
     * Title heads that also stand before an organisation's name ("its partner Harwick Bros", "investor Kell Tarn
     * Fund"): after them a name typed as an organisation stays one.
     */
    private static final Set<String> SHARED_HEADS = Set.of("partner", "member", "owner", "investor", "host", "agent",
            "guide", "developer", "operator", "producer", "founder", "trader", "advocate", "observer", "representative",
            "delegate", "speaker", "head", "chief", "executive", "official", "officer", "deputy", "fellow", "chair");

    /**
     * "whose biologist Ana Mint Ruiz said", "chief executive Tor Vahl-Berg said": the tagger types a name it does
     * not know as an organisation's, but a lower-case title head of a person's office right before a name of two
     * words or more makes it a person's, and so does one set off by commas ("the firm's operations director, Tor
     * Vahl-Berg, said"); every mention of that name is retyped. A name with a word of an organisation's form ("Ltd",
     * "Institute") or a collective noun ("Council") keeps its type, and so does the subject of a reduced relative
     * clause ("the lawyer Goldman Sachs hired").
     */
    private static void peopleAfterTitles(List<List<Span>> spans) {
        Set<String> people = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                // "The firm's finance director, Ana Ruiz, said": a title set off before the name by a comma, the
                // name closed by a comma or by the sentence's end ("…, with the firm's finance director, Ana Ruiz.")
                boolean setOff = sp.before(1).equals(",") && sp.after(1).matches(",|\\.|");
                if (sp.kind() == Span.Kind.LOCATION && sp.country().isEmpty() && parts.size() >= 2
                        && parts.stream().allMatch(w -> w.chars().allMatch(Character::isLetter))
                        && (setOff && officeBefore(sp) || titledAfter(sp))) {
                    // "The district commissioner, Mphatso Kalua, said", "Mphatso Kalua, the district commissioner,
                    // said": a name the tagger took for a place's, set off beside a person's office
                    placed.add(sp.key());
                    continue;
                }
                if (sp.kind() != Span.Kind.ORGANIZATION) {
                    continue;
                }
                int at = setOff ? 2 : 1;
                if (setOff && sp.before(3).equals("of") && Lexicon.isTitleHead(sp.before(4))
                        && !sp.before(2).isEmpty() && Character.isLowerCase(sp.before(2).charAt(0))) {
                    at = 4; // "the company's director of operations, Morag Bain, said": the head before "of"
                }
                String head = sp.before(at);
                boolean office = Lexicon.isTitleHead(head) && !SHARED_HEADS.contains(head) && !ORG_NOUNS.contains(head)
                        && !Lexicon.COLLECTIVES.contains(head) && sp.from() >= at
                        && Character.isLowerCase(sp.sentence().tokens().get(sp.from() - at).text().charAt(0))
                        || head.equals("executive") && sp.before(at + 1).equals("chief");
                // "The deal's financial adviser, Goldman Sachs, said": these roles are as often held by firms, so a
                // name set off after one stays as the tagger typed it
                if (sp.country().isPresent() || parts.size() < 2 || !office || reducedRelative(sp)
                        || setOff && FIRM_ROLES.contains(head) && !PERSONAL_RANKS.contains(sp.before(at + 1))
                        || Lexicon.ORGANIZATIONS.containsKey(CountryTable.key(sp.name()))
                        || parts.stream().anyMatch(w -> ORG_FORMS.contains(Lexicon.lower(w))
                        || Lexicon.COLLECTIVES.contains(Lexicon.lower(w)) || !w.chars().allMatch(Character::isLetter))
                        || sp.name().matches(".*\\b\\p{Lu}{2,}\\b.*")) {
                    continue;
                }
                people.add(sp.key());
            }
        }
        retypeAll(spans, Span.Kind.LOCATION, placed, Span.Kind.PERSON);
        if (people.isEmpty()) {
            return;
        }
        retypeAll(spans, Span.Kind.ORGANIZATION, people, Span.Kind.PERSON);
    }

    /** Whether a person's office in lower case ends right before the comma before {@code sp} ("the commissioner, "). */
    private static boolean officeBefore(Span sp) {
        String head = sp.before(2);
        return sp.from() >= 2 && isOffice(head)
                && Character.isLowerCase(sp.sentence().tokens().get(sp.from() - 2).text().charAt(0));
    }

    /**
     * Whether {@code sp} opens its sentence (or follows a dateline's dash) and an appositive after it is a person's
     * office: "Mphatso Kalua, the district commissioner, said".
     */
    private static boolean titledAfter(Span sp) {
        List<Token> t = sp.sentence().tokens();
        if (!(sp.from() == 0 || sp.before(1).matches("—|–|-")) || !sp.after(1).equals(",") || sp.to() + 1 >= t.size()
                || !Set.of("the", "a", "an").contains(Lexicon.lower(t.get(sp.to() + 1).text()))) {
            return false;
        }
        for (int k = sp.to() + 2; k < Math.min(t.size() - 1, sp.to() + 7); k++) {
            String w = t.get(k).text();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            if (t.get(k + 1).text().equals(",")) {
                return isOffice(Lexicon.lower(w));
            }
        }
        return false;
    }

    private static boolean isOffice(String head) {
        return Lexicon.isTitleHead(head) && !SHARED_HEADS.contains(head) && !ORG_NOUNS.contains(head)
                && !Lexicon.COLLECTIVES.contains(head);
    }

    /**
     * Ranks that make a role a person's office even when firms hold the bare role: "its general manager, Ana Ruiz,
     * said", "the bank's chief engineer, Tor Vahl, said"; nobody calls a firm its senior counsel.
     */
    private static final Set<String> PERSONAL_RANKS = Set.of("general", "chief", "senior", "deputy", "assistant",
            "associate", "principal", "head", "lead");

    /** Roles that firms hold as often as people do (advisers, auditors, counsel, contractors). */
    private static final Set<String> FIRM_ROLES = Set.of("adviser", "advisor", "advisers", "advisors", "lawyer",
            "lawyers", "counsel", "consultant", "consultants", "auditor", "auditors", "architect", "architects",
            "engineer", "engineers", "manager", "managers", "contractor", "contractors", "broker", "brokers",
            "underwriter", "underwriters", "administrator", "administrators", "liquidator", "receiver", "trustee",
            "trustees", "operator", "sponsor", "supplier", "partner", "owner", "buyer", "seller", "bidder", "agent",
            "designer", "developer", "builder", "publisher", "distributor", "insurer", "lender", "investor");

    /**
     * "the lawyer Goldman Sachs hired", "an adviser Brightpath Labs pays": after a determined title head, a name
     * followed by a lower-case verb that reports no speech is the subject of a clause about the person, not the
     * person's name.
     */
    private static boolean reducedRelative(Span sp) {
        String next = sp.after(1);
        boolean determined = ARTICLES.contains(sp.before(2)) || ARTICLES.contains(sp.before(3))
                || sp.before(2).matches("this|that|every|each|any");
        return determined && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && Character.isLetter(next.charAt(0)) && !Lexicon.SPEECH_VERBS.contains(next);
    }

    /**
     * "the Tamber and North Wold Care Board said": the tagger stops an organisation's name at "and" and types the word
     * before it as a person or a place. After "the", a lone name joined by "and" or "&" to an organisation's name that
     * ends in an organisation's word is the start of that name (nobody writes "the" before a person's name).
     */
    private static void joinedOrganizations(List<List<Span>> spans) {
        for (List<Span> ss : spans) {
            for (int i = ss.size() - 2; i >= 0; i--) {
                Span sp = ss.get(i);
                Span org = ss.get(i + 1);
                if (sp.kind() == Span.Kind.ORGANIZATION || sp.country().isPresent() || sp.to() - sp.from() != 1
                        || org.kind() != Span.Kind.ORGANIZATION || org.from() != sp.to() + 1
                        || !sp.after(1).matches("and|&") || !sp.before(1).equals("the")) {
                    continue;
                }
                List<String> parts = org.parts();
                if (parts.size() < 2) {
                    continue;
                }
                String last = parts.get(parts.size() - 1);
                if (ORG_FORMS.contains(last) || Lexicon.COLLECTIVES.contains(last)) {
                    Sentence s = sp.sentence();
                    ss.set(i, new Span(s, sp.from(), org.to(), sp.begin(), org.end(),
                            Names.clean(s.slice(sp.begin(), org.end())), Span.Kind.ORGANIZATION, Optional.empty()));
                    ss.remove(i + 1);
                }
            }
        }
    }

    /**
     * "Turkey's Disaster and Emergency Management Authority", "the Fisheries and Oceans Agency": the tagger often leaves
     * out the untagged capitalised word before "and" that opens a body's name. After "the" or a possessive, with the
     * body's name ending in a word for a body, that word and the "and" are part of the name.
     */
    private static void untaggedFirstConjunct(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span org = ss.get(i);
            List<Token> tokens = org.sentence().tokens();
            int first = org.from() - 2;
            if (org.kind() != Span.Kind.ORGANIZATION || org.country().isPresent() || first < 1
                    || !org.before(1).equals("and") || (i > 0 && ss.get(i - 1).to() > first)) {
                continue;
            }
            List<String> parts = org.parts();
            String opener = org.before(3);
            // "The Ethiopian Coffee and Tea Authority": a demonym between the article and the name is part of it
            Span demonym = i > 0 && ss.get(i - 1).to() == first && ss.get(i - 1).country().isPresent()
                    && ss.get(i - 1).country().get().role() == CountryTable.Role.DEMONYM ? ss.get(i - 1) : null;
            if (demonym != null) {
                opener = demonym.before(1);
            }
            Token word = tokens.get(first);
            if (parts.size() < 2 || !COLLECTIVES_OF_STATE.contains(parts.get(parts.size() - 1))
                    || !word.capitalized() || word.text().length() < 3 || !word.text().chars().allMatch(
                            c -> Character.isLetter(c) || c == '-')
                    || !(Lexicon.lower(opener).equals("the") || isPossessive(opener))) {
                continue;
            }
            Sentence s = org.sentence();
            int from = demonym != null ? demonym.from() : first;
            int begin = tokens.get(from).begin();
            ss.set(i, new Span(s, from, org.to(), begin, org.end(), Names.clean(s.slice(begin, org.end())),
                    Span.Kind.ORGANIZATION, Optional.empty()));
            if (demonym != null) {
                ss.remove(i - 1);
                i--;
            }
        }
    }

    /** Last words of the names of public bodies, which a conjunction of two fields often opens. */
    private static final Set<String> COLLECTIVES_OF_STATE = Set.of("ministry", "agency", "department", "office",
            "authority", "commission", "council", "committee", "board", "service", "directorate", "administration",
            "institute", "bureau", "secretariat", "centre", "center", "corporation");

    private static final Set<String> LIST_LINKS = Set.of(",", "and", "or");

    /**
     * "the areas of Rafsanjan, Anar and Sirjan": a lone word typed as a person's name, listed with a place or a
     * country, is a place, unless it is part of a person's full name in the article.
     */
    private static void placesInLists(List<List<Span>> spans, Set<String> personParts) {
        for (int round = 0; round < 2; round++) { // a second round reaches the far end of "A, B and C"
            for (List<Span> ss : spans) {
                for (int i = 0; i < ss.size(); i++) {
                    Span sp = ss.get(i);
                    List<String> parts = sp.parts();
                    if (sp.kind() != Span.Kind.PERSON || parts.size() != 1 || personParts.contains(parts.get(0))
                            || COURTESY.contains(sp.before(1))) {
                        continue;
                    }
                    boolean listed = i > 0 && isPlace(ss.get(i - 1)) && ss.get(i - 1).to() == sp.from() - 1
                            && LIST_LINKS.contains(sp.before(1))
                            || i + 1 < ss.size() && isPlace(ss.get(i + 1)) && ss.get(i + 1).from() == sp.to() + 1
                            && LIST_LINKS.contains(Lexicon.lower(sp.after(1)));
                    if (listed || round == 0 && fromPlace(sp)) {
                        ss.set(i, sp.withKind(Span.Kind.LOCATION));
                    }
                }
            }
        }
    }

    /**
     * Nouns for a person that neither a title list nor an agent noun's ending gives: who comes from or lives
     * somewhere ("a woman from X").
     */
    private static final Set<String> PEOPLE_NOUNS = Set.of("man", "woman", "men", "women", "boy", "girl", "child",
            "children", "teenager", "teen", "youngster", "family", "families", "couple", "people", "person", "native",
            "villagers", "residents", "local", "locals", "workers", "fan", "fans", "victim", "witness", "refugee",
            "athlete", "athletes", "guest", "guests", "nun", "monk", "elder", "elders");

    /** Nouns of things that end like agent nouns and come "from" someone ("a letter from X", "an offer from X"). */
    private static final Set<String> THINGS_WITH_AGENT_ENDINGS = Set.of("letter", "order", "offer", "answer", "paper",
            "transfer", "number", "water", "power", "computer", "error", "favour", "favor", "honour", "honor", "factor",
            "rumour", "rumor", "warrant", "grant");

    /**
     * "the winger from Oberzell said", "a nurse in Oberzell": a lone word after a determiner's noun for a person and
     * "from", "in" or "near" is where someone comes from or lives, not a second person (nobody is "from" a person the
     * article names only once). After a noun for a thing it is a source ("a letter from Putin", "a call from Lind").
     */
    private static boolean fromPlace(Span sp) {
        String noun = sp.before(2);
        boolean someone = Lexicon.isTitleHead(noun) || Lexicon.RELATIONS.contains(noun) || Lexicon.isAgentNoun(noun)
                || PEOPLE_NOUNS.contains(noun)
                || noun.matches("\\p{L}{3,}(?:er|or|ant|ian)") && !THINGS_WITH_AGENT_ENDINGS.contains(noun);
        return someone && sp.before(1).matches("from|in|near")
                && sp.before(3).matches("the|a|an|his|her|their|its|our|.*\\d-year-old")
                && !isPossessive(sp.after(1))
                && sp.sentence().tokens().get(sp.from() - 2).ner() == NerTag.NONE
                && !sp.sentence().tokens().get(sp.from() - 2).capitalized();
    }

    private static boolean isPlace(Span sp) {
        return sp.kind() == Span.Kind.LOCATION || sp.country().isPresent()
                && sp.country().get().role() != CountryTable.Role.DEMONYM;
    }

    /**
     * "Søren Østergaard, a shipping consultant at …": two to four capitalised words nobody tagged, set off by a
     * comma and an article (or a bare title in lower case) before a role noun, are a person's name. The CRF misses names spelt with letters it
     * rarely saw.
     */
    private static void untaggedPeople(Sentence s, List<Span> ss) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            int j = i;
            while (j < t.size() && j - i < 4 && untaggedNamePart(t.get(j))) {
                j++;
            }
            // "Đỗ Thị Ngọc Trâm, deputy general secretary of …": a bare title in lower case stands for the article
            boolean bare = j + 1 < t.size() && Lexicon.isTitleWord(t.get(j + 1).text())
                    && Character.isLowerCase(t.get(j + 1).text().charAt(0));
            if (j - i < 2 || j + 2 >= t.size() || !t.get(j).text().equals(",")
                    || !ARTICLES.contains(Lexicon.lower(t.get(j + 1).text())) && !bare
                    || i > 0 && t.get(i - 1).capitalized()) {
                i = Math.max(i, j - 1);
                continue;
            }
            boolean role = false;
            int first = bare ? j + 1 : j + 2;
            // "Trần Ngọc Diệp, a 34-year-old accountant in …": after an age, a noun for someone's work will do
            boolean aged = first + 4 < t.size() && t.get(first).text().matches("\\d{1,3}")
                    && t.get(first + 2).text().equals("year") && t.get(first + 4).text().equals("old");
            for (int k = aged ? first + 5 : first; k < Math.min(t.size(), j + (aged ? 11 : 6)) && !role; k++) {
                String w = t.get(k).text();
                role = (Lexicon.isTitleHead(w) || aged && (Lexicon.isAgentNoun(w)
                        || w.matches("\\p{L}{4,}(?:er|or|ant|ian)") && !THINGS_WITH_AGENT_ENDINGS.contains(w)))
                        && Character.isLowerCase(w.charAt(0));
                if (w.equals(",") || Set.of("at", "of", "for", "with", "in").contains(w)) {
                    break;
                }
            }
            int from = i;
            int to = j;
            if (role && ss.stream().noneMatch(sp -> sp.from() < to && sp.to() > from)) {
                String name = Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end()));
                ss.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), name, Span.Kind.PERSON,
                        Optional.empty()));
                ss.sort(Comparator.comparingInt(Span::begin));
            }
            i = j;
        }
    }

    /**
     * "Senator Zarmeen Khan Achakzai-Baloch from …", tagged "Zarmeen Khan": a capitalised pair joined by a hyphen
     * right after a person's name, that nobody tagged and no capital follows, is the rest of the surname.
     */
    private static void hyphenatedSurnameAfter(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            int k = sp.to();
            if (sp.kind() != Span.Kind.PERSON || !SpanFinder.joinedByHyphen(t, k)
                    || i + 1 < ss.size() && ss.get(i + 1).from() < k + 3) {
                continue;
            }
            Token a = t.get(k);
            Token c = t.get(k + 2);
            boolean words = a.capitalized() && c.capitalized() && a.ner() == NerTag.NONE && c.ner() == NerTag.NONE
                    && a.text().chars().allMatch(Character::isLetter) && c.text().chars().allMatch(Character::isLetter);
            if (!words || k + 3 < t.size() && t.get(k + 3).capitalized()) {
                continue;
            }
            Sentence s = sp.sentence();
            ss.set(i, new Span(s, sp.from(), k + 3, sp.begin(), c.end(), Names.clean(s.slice(sp.begin(), c.end())),
                    Span.Kind.PERSON, Optional.empty()));
        }
    }

    /**
     * "Thanakorn Lertvanich, chairman of …", tagged "Lertvanich": a surname tagged alone after a capitalised word
     * nobody tagged, at the sentence's start or after a comma or a lower-case word, has that word for its given name
     * when the word is no title, honorific, month, country, demonym or noun the article writes in lower case.
     */
    private static void givenNameBefore(List<Span> ss, Set<String> lowerWords) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            int k = sp.from() - 1;
            // one word, which the tokenizer may have cut at its hyphens ("Devlin-Strain")
            if (sp.kind() != Span.Kind.PERSON || k < 0 || i > 0 && ss.get(i - 1).to() > k) {
                continue;
            }
            List<Token> t = sp.sentence().tokens();
            Token given = t.get(k);
            String w = given.text();
            // before a name of two words or more, an untagged capital may be a role noun that opens the sentence
            // ("Coxswain Ana Vale-Rask said"); one with a letter English never writes is a given name ("Ánde Sara
            // Nystad", "Þórdís Kolbrún Gylfadóttir"), as English role nouns are written in plain Latin letters
            if (sp.name().contains(" ") && w.chars().allMatch(ch -> ch < 128)) {
                continue;
            }
            boolean word = w.length() > 2 && w.chars().allMatch(Character::isLetter)
                    && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
            boolean opens = k == 0 || t.get(k - 1).text().equals(",") || !t.get(k - 1).capitalized()
                    && t.get(k - 1).text().chars().allMatch(Character::isLetter);
            if (!word || !opens || !untaggedNamePart(given) || Lexicon.isCommonNoun(w, lowerWords)
                    || CountryTable.get().lookup(w).isPresent() || OPENERS.contains(Lexicon.lower(w))
                    || Lexicon.SENTENCE_ADVERBS.contains(Lexicon.lower(w))) {
                continue;
            }
            Sentence s = sp.sentence();
            ss.set(i, new Span(s, k, sp.to(), given.begin(), sp.end(), Names.clean(s.slice(given.begin(), sp.end())),
                    Span.Kind.PERSON, Optional.empty()));
        }
    }

    /**
     * "Halcyon Bulk Carriers of Limassol": a company's name of two words or more ending in a plural ("Carriers",
     * "Holdings", "Industries"), then "of" and one or two capitalised words that are no field ("of Commerce") nor
     * noun the article writes in lower case, is the company and the place it is based in. A name with one word before
     * "of" ("Bank of England", "Friends of the Earth"), a public body's ("National Records of Scotland") and a body
     * of a country are left whole.
     */
    private static void companyOfPlace(List<Span> ss, Set<String> lowerWords) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            if (sp.kind() != Span.Kind.ORGANIZATION || sp.country().isPresent()) {
                continue;
            }
            List<Token> t = sp.sentence().tokens();
            int of = -1;
            for (int k = sp.from(); k < sp.to(); k++) {
                if (t.get(k).text().equals("of")) {
                    of = k;
                    break;
                }
            }
            int after = sp.to() - of - 1;
            if (of - sp.from() < 2 || after < 1 || after > 2) {
                continue;
            }
            String last = t.get(of - 1).text();
            // a company's trade, not a public body's charge ("National Records of Scotland")
            boolean plural = last.length() > 4 && last.endsWith("s") && !last.endsWith("ss")
                    && last.chars().allMatch(Character::isLetter) && t.get(of - 1).capitalized()
                    && !Lexicon.isCommonNoun(last, lowerWords)
                    && !PUBLIC.contains(Lexicon.lower(t.get(sp.from()).text()));
            boolean place = true;
            for (int k = of + 1; k < sp.to(); k++) {
                String w = t.get(k).text();
                place &= t.get(k).capitalized() && w.chars().allMatch(Character::isLetter)
                        && !PORTFOLIOS.contains(Lexicon.lower(w)) && !Lexicon.isCommonNoun(w, lowerWords)
                        && !Lexicon.isTitleWord(w);
            }
            Sentence s = sp.sentence();
            Token first = t.get(of + 1);
            String where = Names.clean(s.slice(first.begin(), sp.end()));
            if (!plural || !place || CountryTable.get().lookup(where).isPresent()) {
                continue; // nor a country's: "Jehovah's Witnesses of Japan" is the body there
            }
            Token end = t.get(of - 1);
            ss.set(i, new Span(s, sp.from(), of, sp.begin(), end.end(), Names.clean(s.slice(sp.begin(), end.end())),
                    Span.Kind.ORGANIZATION, Optional.empty()));
            ss.add(i + 1, new Span(s, of + 1, sp.to(), first.begin(), sp.end(), where, Span.Kind.LOCATION,
                    Optional.empty()));
            i++;
        }
    }

    /** Capitalised nouns of a local authority whose name is "X of PLACE" ("the Municipality of Grindavík"). */
    private static final Set<String> LOCAL_BODIES = Set.of("municipality", "prefecture", "commune", "borough",
            "governorate", "mayoralty", "council");

    /**
     * "The Municipality of Grindavík says …": the tagger tags the place (or takes it for a person) and leaves the
     * authority's noun out. A capitalised noun of a local authority, after "the" or at the sentence's start, then
     * "of" and the tagged name, is the authority: one organisation's name.
     */
    private static void localBodies(List<Span> ss) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            int head = sp.from() - 2;
            if (sp.kind() == Span.Kind.ORGANIZATION || head < 0 || !t.get(sp.from() - 1).text().equals("of")
                    || !t.get(head).capitalized() || !LOCAL_BODIES.contains(Lexicon.lower(t.get(head).text()))
                    || head > 0 && !Lexicon.lower(t.get(head - 1).text()).equals("the")) {
                continue;
            }
            int h = head;
            if (ss.stream().anyMatch(o -> o != sp && o.to() > h && o.from() < sp.from())) {
                continue;
            }
            Sentence s = sp.sentence();
            ss.set(i, new Span(s, head, sp.to(), t.get(head).begin(), sp.end(),
                    Names.clean(s.slice(t.get(head).begin(), sp.end())), Span.Kind.ORGANIZATION, Optional.empty()));
        }
    }

    /** First words of a public body's name ("National Records of …", "Royal Courts of …"). */
    private static final Set<String> PUBLIC = Set.of("national", "royal", "federal", "state", "central", "general",
            "supreme", "high", "united", "public", "official");

    /** Capitalised nouns that name a minister's or secretary's portfolio ("Minister of Power", "of Finance"). */
    private static final Set<String> PORTFOLIOS = Set.of("finance", "defence", "defense", "health", "education",
            "justice", "interior", "energy", "power", "agriculture", "trade", "industry", "labour", "labor",
            "transport", "transportation", "works", "information", "communications", "environment", "tourism",
            "culture", "sport", "sports", "youth", "women", "housing", "water", "mines", "petroleum", "fisheries",
            "commerce", "planning", "economy", "aviation", "science", "technology", "lands", "security",
            "immigration", "employment", "welfare", "treasury", "state", "infrastructure", "budget", "mining",
            "oil", "gas", "investment", "innovation", "telecommunications", "railways", "roads", "food", "forestry",
            "affairs", "resources", "climate", "arts", "heritage", "media", "digital", "social", "development",
            "family", "rural", "regional", "urban", "foreign", "home", "veterans", "equality", "sciences", "research",
            "training", "skills", "children", "fishing", "livestock", "irrigation", "wildlife", "solidarity");

    /**
     * "Minister of Power Adebayo Olanrewaju-Sani": the tagger takes the portfolio after "of" (or "for") into the name
     * that follows it. A name of three words or more after a title head and "of" whose first word is a portfolio, or a
     * noun the article writes in lower case, starts one word later.
     */
    private static void portfolioBeforeName(List<Span> ss, Set<String> lowerWords) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            if (sp.kind() != Span.Kind.PERSON || sp.to() - sp.from() < 3
                    || !(sp.before(1).equals("of") || sp.before(1).equals("for")) // "Secretary for Housing X"
                    || !Lexicon.isTitleHead(sp.before(2))) {
                continue;
            }
            List<Token> t = sp.sentence().tokens();
            String first = t.get(sp.from()).text();
            if (!(PORTFOLIOS.contains(Lexicon.lower(first)) || Lexicon.isCommonNoun(first, lowerWords))) {
                continue;
            }
            Sentence s = sp.sentence();
            int begin = t.get(sp.from() + 1).begin();
            ss.set(i, new Span(s, sp.from() + 1, sp.to(), begin, sp.end(), Names.clean(s.slice(begin, sp.end())),
                    Span.Kind.PERSON, Optional.empty()));
        }
    }

    /**
     * "Minister of Education, Science, Culture and Sports Arsen Melikyan said", "Minister for Food, Agriculture and
     * Fisheries Sigrún Björk Þórðardóttir said": with no comma before the name, the tagger (or the rule that joins
     * a list of fields to a body's name) reads the portfolio list and the name as one organisation. Portfolio words
     * joined by commas and "and" after a title head and "of" or "for" are the title; two or more capitalised words
     * after the last of them, none a portfolio, are a person. The span keeps its kind where a body's head follows.
     */
    private static void portfolioListBeforeName(List<Span> ss, Set<String> lowerWords) {
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            if (sp.kind() != Span.Kind.ORGANIZATION) {
                continue;
            }
            int j = sp.from() - 1;
            while (j >= 0 && (listLink(t.get(j).text()) || portfolio(t.get(j).text(), lowerWords))) {
                j--;
            }
            String link = j >= 1 ? Lexicon.lower(t.get(j).text()) : "";
            if (!(link.equals("of") || link.equals("for")) || !Lexicon.isTitleHead(t.get(j - 1).text())) {
                continue;
            }
            int k = sp.from();
            boolean listed = j + 1 < sp.from();
            while (k < sp.to() && (listLink(t.get(k).text()) || portfolio(t.get(k).text(), lowerWords)
                    || listedBeforeLink(t, k, sp.to()))) {
                listed |= Lexicon.lower(t.get(k).text()).equals("and") || t.get(k).text().equals(",");
                k++;
            }
            if (!listed || k == sp.from() || sp.to() - k < 2 || listLink(t.get(k - 1).text())) {
                continue;
            }
            boolean name = true;
            for (int x = k; x < sp.to(); x++) {
                // "Casal-Vidal": the hyphen of a double surname is a token of its own
                String w = t.get(x).text();
                name &= x > k && w.equals("-") || t.get(x).capitalized() && !Lexicon.isTitleWord(w)
                        && !SpanFinder.INSTITUTION_HEADS.contains(Lexicon.lower(w));
            }
            if (!name) {
                continue;
            }
            Sentence s = sp.sentence();
            int begin = t.get(k).begin();
            ss.set(i, new Span(s, k, sp.to(), begin, sp.end(), Names.clean(s.slice(begin, sp.end())),
                    Span.Kind.PERSON, Optional.empty()));
        }
    }

    /**
     * "Jordi Puigvert i Roca", "José Ortega y Gasset": Catalan and Spanish names join the two surnames with "i" or
     * "y", which the tagger leaves out, cutting the name in two. Neither word is English, so a person's name of two
     * words or more, "i" or "y" in lower case, and a person's name of one or two words are one name.
     */
    private static void conjoinedSurnames(List<Span> ss) {
        for (int i = 0; i + 1 < ss.size(); i++) {
            Span left = ss.get(i);
            Span right = ss.get(i + 1);
            if (left.kind() != Span.Kind.PERSON || right.kind() != Span.Kind.PERSON
                    || left.sentence() != right.sentence() || right.from() != left.to() + 1 || left.parts().size() < 2 || right.parts().size() > 2) {
                continue;
            }
            String link = left.sentence().tokens().get(left.to()).text();
            if (!link.equals("i") && !link.equals("y")) {
                continue;
            }
            Sentence s = left.sentence();
            ss.set(i, new Span(s, left.from(), right.to(), left.begin(), right.end(),
                    Names.clean(s.slice(left.begin(), right.end())), Span.Kind.PERSON, Optional.empty()));
            ss.remove(i + 1);
        }
    }

    /**
     * "Minister of Territory and Housing X": a capitalised word that is no title word, followed by a link of the
     * list, is one of the portfolios whatever the word; the list's last member, which no link follows, must still
     * be a known portfolio or a noun the article writes in lower case, so a name is never taken for one.
     */
    private static boolean listedBeforeLink(List<Token> t, int k, int to) {
        return k + 2 < to && t.get(k).capitalized() && !Lexicon.isTitleWord(t.get(k).text())
                && listLink(t.get(k + 1).text()) && t.get(k + 2).capitalized();
    }

    private static boolean listLink(String w) {
        return w.equals(",") || w.equals("and") || w.equals("&");
    }

    private static boolean portfolio(String w, Set<String> lowerWords) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && (PORTFOLIOS.contains(Lexicon.lower(w)) || Lexicon.isCommonNoun(w, lowerWords));
    }

    /**
     * "Deputy Lê Đình Khải of the Hà Tĩnh delegation said": a capitalised title word right before two to four
     * capitalised words nobody tagged, none of which the article writes in lower case, and then no capital, is a
     * title and a name. Not in headlines or lines in title case, where every word is capitalised.
     */
    private static void untaggedAfterTitle(Sentence s, List<Span> ss, Set<String> lowerWords) {
        List<Token> t = s.tokens();
        if (s.section() == Section.TITLE || SpanFinder.isTitleCase(t)) {
            return;
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            Token title = t.get(i);
            // "FPCCI president Asif Iqbal Sheikh-Bajwa said": a title head in lower case after a body's name or
            // initials, when the words after it end at a speech verb or a comma
            boolean lowerHead = !title.capitalized() && i > 0 && t.get(i - 1).capitalized()
                    && Lexicon.isTitleHead(title.text());
            if (!(title.capitalized() || lowerHead) || title.ner() != NerTag.NONE
                    || !Lexicon.isTitleWord(title.text())) {
                continue;
            }
            int j = i + 1;
            int words = 0;
            while (j < t.size() && words < 4 && untaggedNamePart(t.get(j))
                    && !Lexicon.isCommonNoun(t.get(j).text(), lowerWords)) {
                j++;
                words++;
                // "Kwan Siu-ming": a given name of two syllables joined by a hyphen, the second in lower case
                // or "Sheikh-Bajwa", a surname of two joined by a hyphen
                if (SpanFinder.joinedByHyphen(t, j - 1) && t.get(j + 1).ner() == NerTag.NONE
                        && t.get(j + 1).text().chars().allMatch(Character::isLetter)) {
                    j += 2;
                }
            }
            int from = i + 1;
            int to = j;
            if (words < 2 || to < t.size() && (t.get(to).capitalized() || t.get(to).ner() != NerTag.NONE)
                    || lowerHead && !(to < t.size() && (t.get(to).text().equals(",")
                    || Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(to).text()))))
                    || ss.stream().anyMatch(sp -> sp.from() < to && sp.to() > from)) {
                continue;
            }
            String name = Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end()));
            ss.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), name, Span.Kind.PERSON,
                    Optional.empty()));
            ss.sort(Comparator.comparingInt(Span::begin));
            i = to - 1;
        }
    }

    /** A capitalised word nobody tagged that may be part of a name: no title, honorific, function word or month. */
    static boolean untaggedNamePart(Token x) {
        String w = Lexicon.lower(x.text());
        return x.capitalized() && x.ner() == NerTag.NONE && !Lexicon.NOT_NAME.contains(w) && !Lexicon.isTitleWord(w)
                && !Lexicon.HONORIFICS.contains(w) && !SpanFinder.CALENDAR.contains(x.text())
                && !SpanFinder.isPunct(x.text());
    }

    private static final Set<String> APOSTROPHES = Set.of("'", "’", "ʻ", "‘");

    /**
     * "The regulator, known as ARECOMS, said": the capitalised words nobody tagged after "known as" in apposition to
     * a body's noun in lower case are that body's name (after a name, "…Authority, known as AFAD," is a short form).
     */
    private static void knownAs(Sentence s, List<Span> ss) {
        List<Token> t = s.tokens();
        for (int i = 1; i + 3 < t.size(); i++) {
            int k = i + 1;
            if (Lexicon.lower(t.get(k).text()).equals("also") || Lexicon.lower(t.get(k).text()).equals("formerly")) {
                k++;
            }
            if (!t.get(i).text().equals(",") || k + 2 >= t.size() || !Lexicon.lower(t.get(k).text()).equals("known")
                    || !Lexicon.lower(t.get(k + 1).text()).equals("as")
                    || t.get(i - 1).capitalized() || !Lexicon.COLLECTIVES.contains(Lexicon.lower(t.get(i - 1).text()))) {
                continue;
            }
            int from = k + 2;
            int to = from;
            while (to < t.size() && to < from + 4 && t.get(to).capitalized() && t.get(to).ner() == NerTag.NONE
                    && t.get(to).text().chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-')) {
                to++;
            }
            int a = from;
            int z = to;
            if (to == from || to < t.size() && !t.get(to).text().matches("[,.;)]")
                    || ss.stream().anyMatch(sp -> sp.from() < z && sp.to() > a)) {
                continue;
            }
            ss.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(),
                    Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end())), Span.Kind.ORGANIZATION,
                    Optional.empty()));
            ss.sort(Comparator.comparingInt(Span::begin));
        }
    }

    /** Lower-case words a body's name may hold between its capitalised words. */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "the", "on", "de", "del", "la", "des",
            "du", "für", "&");

    /**
     * "The Nigeria Centre for Disease Control and Prevention (NCDC) said", "Glacier Monitoring Switzerland (GLAMOS)
     * said": capitalised words spelled out before initials in brackets are one body's name, though the tagger cut a
     * place out of them or left them untagged. Where the name begins is found as Schwartz and Hearst's abbreviation
     * definitions find it: the initials' letters, read from the last, occur in order in the words before the bracket,
     * the first of them opening a word. Spans wholly inside the name give way to it; a person inside, a span that
     * crosses its edge, a word in lower case other than a name's link words, or fewer than two words leave it alone.
     */
    private static void spelledOutBeforeInitials(Sentence s, List<Span> ss) {
        List<Token> t = s.tokens();
        for (int i = 2; i + 2 < t.size(); i++) {
            String initials = t.get(i + 1).text();
            if (!t.get(i).text().equals("(") || !t.get(i + 2).text().equals(")")
                    || !initials.matches("\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7}") || !initials.equals(initials.toUpperCase(Locale.ROOT))
                    || !t.get(i - 1).capitalized()) {
                continue;
            }
            int from = longFormStart(t, i, Lexicon.lower(initials));
            if (from < 0 || i - from < 2 || !t.get(from).capitalized()) {
                continue;
            }
            int a = from;
            int z = i;
            boolean crosses = ss.stream().anyMatch(sp -> sp.from() < z && sp.to() > a
                    && (sp.from() < a || sp.to() > z || sp.kind() == Span.Kind.PERSON));
            boolean whole = ss.stream().anyMatch(sp -> sp.from() == a && sp.to() == z);
            if (crosses || whole) {
                continue;
            }
            ss.removeIf(sp -> sp.from() >= a && sp.to() <= z);
            ss.add(new Span(s, from, i, t.get(from).begin(), t.get(i - 1).end(),
                    Names.clean(s.slice(t.get(from).begin(), t.get(i - 1).end())), Span.Kind.ORGANIZATION,
                    Optional.empty()));
            ss.sort(Comparator.comparingInt(Span::begin));
        }
    }

    /**
     * The first token of the words before the bracket at {@code bracket} that {@code initials} (lower case) spell, or
     * -1: each letter, from the last, is found further back, the first at the start of a word; only capitalised words
     * and a name's link words, at most ten, are read.
     */
    private static int longFormStart(List<Token> t, int bracket, String initials) {
        int k = bracket - 1;
        int c = t.get(k).text().length() - 1;
        for (int n = initials.length() - 1; n >= 0; n--) {
            char want = initials.charAt(n);
            while (true) {
                if (k < 0 || bracket - k > 10) {
                    return -1;
                }
                Token x = t.get(k);
                if (!x.capitalized() && !NAME_LINKS.contains(Lexicon.lower(x.text()))) {
                    return -1;
                }
                String w = Lexicon.lower(x.text());
                if (c >= 0 && w.charAt(c) == want && (n > 0 || c == 0)) {
                    c--;
                    break;
                }
                if (--c < 0) {
                    k--;
                    c = k >= 0 ? t.get(k).text().length() - 1 : -1;
                }
            }
        }
        // the first letter was matched at the start of token k
        return k;
    }

    /** Nouns for a body's short form after "known by its" ("its Spanish acronym", "its French initials"). */
    private static final Set<String> SHORT_FORMS = Set.of("acronym", "initials", "abbreviation");

    /**
     * Where the short form stands in ", known by its Spanish acronym Conred," after token {@code c} (a comma), else -1.
     */
    static int initialsAfter(List<Token> t, int c) {
        if (c + 4 >= t.size() || !t.get(c).text().equals(",") || !Lexicon.lower(t.get(c + 1).text()).equals("known")
                || !Lexicon.lower(t.get(c + 2).text()).equals("by")
                || !Set.of("its", "the").contains(Lexicon.lower(t.get(c + 3).text()))) {
            return -1;
        }
        for (int k = c + 4; k < Math.min(t.size() - 1, c + 7); k++) {
            if (SHORT_FORMS.contains(Lexicon.lower(t.get(k).text()))) {
                Token x = t.get(k + 1);
                boolean word = x.capitalized() && x.text().length() >= 2
                        && x.text().chars().allMatch(Character::isLetterOrDigit);
                boolean closes = k + 2 >= t.size() || t.get(k + 2).text().matches("[,.;)]");
                return word && closes ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "The National Coordinator for Disaster Reduction, known by its Spanish acronym Conred, said": what "its"
     * acronym follows is a body's name, though it opens with a title word ("Coordinator", "Prosecutor") and the
     * tagger left it untagged; so is the acronym. The name is the capitals before the comma, joined by "of", "for",
     * "and" or "the" after "of", back to the article or the sentence's start.
     */
    private static void knownByInitials(Sentence s, List<Span> ss) {
        List<Token> t = s.tokens();
        for (int c = 2; c < t.size(); c++) {
            int a = initialsAfter(t, c);
            if (a < 0) {
                continue;
            }
            int from = c;
            int words = 0;
            while (from - 1 >= 0 && from > c - 10) {
                Token x = t.get(from - 1);
                String w = Lexicon.lower(x.text());
                boolean link = (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&")
                        || w.equals("the") && from - 2 >= 0 && Lexicon.lower(t.get(from - 2).text()).equals("of")
                        || w.equals("'s") || w.equals("’s")) && words > 0;
                boolean capital = x.capitalized() && x.ner() != NerTag.PERSON
                        && x.text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'');
                if (!link && !capital) {
                    break;
                }
                words += capital ? 1 : 0;
                from--;
            }
            while (from < c && !t.get(from).capitalized()) {
                from++; // a link cannot open the name
            }
            if (from < c && Lexicon.lower(t.get(from).text()).equals("the")) {
                from++;
            }
            int f = from;
            int e = c;
            if (words < 2 || f >= e || ss.stream().anyMatch(sp -> sp.from() < e && sp.to() > f
                    && (sp.from() < f || sp.to() > e))) {
                continue;
            }
            ss.removeIf(sp -> sp.from() >= f && sp.to() <= e || sp.from() == a && sp.to() == a + 1);
            ss.add(new Span(s, f, e, t.get(f).begin(), t.get(e - 1).end(),
                    Names.clean(s.slice(t.get(f).begin(), t.get(e - 1).end())), Span.Kind.ORGANIZATION,
                    Optional.empty()));
            ss.add(new Span(s, a, a + 1, t.get(a).begin(), t.get(a).end(), t.get(a).text(), Span.Kind.ORGANIZATION,
                    Optional.empty()));
            ss.sort(Comparator.comparingInt(Span::begin));
        }
    }

    /**
     * "In the hills, 'Malineo Sefako-Ntsane, 61, who keeps sheep, said": an age in apposition follows only a person's
     * name, so two to four capitalised words nobody tagged before ", 61," are one (a hyphenated surname counts as one
     * word). An apostrophe written onto the first word opens the name (Sesotho "'M", Hawaiian "ʻ").
     */
    private static void untaggedAged(Sentence s, List<Span> ss) {
        List<Token> t = s.tokens();
        for (int j = 2; j + 2 < t.size(); j++) {
            if (!t.get(j).text().equals(",") || !t.get(j + 1).text().matches("\\d{1,3}")
                    || !t.get(j + 2).text().equals(",")) {
                continue;
            }
            int k = j;
            int words = 0;
            while (k > 0 && untaggedNameWord(t.get(k - 1))) {
                k--;
                words++;
                while (k > 1 && t.get(k - 1).text().equals("-") && t.get(k - 1).end() == t.get(k).begin()
                        && t.get(k - 2).end() == t.get(k - 1).begin() && untaggedNameWord(t.get(k - 2))) {
                    k -= 2; // "Sefako" "-" "Ntsane": one surname
                }
            }
            if (words < 2 || words > 4 || k > 0 && t.get(k - 1).capitalized()) {
                continue;
            }
            int from = k > 0 && APOSTROPHES.contains(t.get(k - 1).text()) && t.get(k - 1).end() == t.get(k).begin()
                    ? k - 1 : k;
            int to = j;
            if (ss.stream().anyMatch(sp -> sp.from() < to && sp.to() > from)) {
                continue;
            }
            String name = Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end()));
            ss.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), name, Span.Kind.PERSON,
                    Optional.empty()));
            ss.sort(Comparator.comparingInt(Span::begin));
        }
    }

    /**
     * "Tarvia Cricket said", "Velmora Post said": a country's name with one or two capitalised words after it that
     * nobody tagged and that the article writes as common nouns ("cricket", "post"), speaking or owning, is a
     * national body's name. The
     * country's span becomes the organisation's; returns the names found. Not in headlines or lines in title case.
     */
    private static List<String> countryNamedBodies(List<Span> ss, Set<String> lowerWords) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ss.size(); i++) {
            Span sp = ss.get(i);
            List<Token> t = sp.sentence().tokens();
            if (sp.country().isEmpty() || sp.country().get().role() != CountryTable.Role.NAME
                    || sp.sentence().section() == Section.TITLE || SpanFinder.isTitleCase(t)) {
                continue;
            }
            int to = sp.to();
            while (to < t.size() && to - sp.to() < 2 && t.get(to).capitalized() && t.get(to).ner() == NerTag.NONE
                    && untaggedNameWord(t.get(to)) && lowerWords.contains(Lexicon.lower(t.get(to).text()))) {
                to++;
            }
            int end = to;
            // the body must act as one: speak or own ("Tarvia Cricket said", "Velmora Post's board"); "Vietnam War
            // veterans", "Canada Day" and "the Panama Canal" are things named after the country
            boolean acts = end < t.size() && (Lexicon.SPEECH_VERBS.contains(t.get(end).text())
                    || t.get(end).text().equals("'s") || t.get(end).text().equals("’s"));
            if (end == sp.to() || !acts || i + 1 < ss.size() && ss.get(i + 1).from() < end) {
                continue;
            }
            Sentence s = sp.sentence();
            String name = Names.clean(s.slice(sp.begin(), t.get(end - 1).end()));
            ss.set(i, new Span(s, sp.from(), end, sp.begin(), t.get(end - 1).end(), name, Span.Kind.ORGANIZATION,
                    Optional.empty()));
            out.add(name);
        }
        return out;
    }

    /**
     * "Signed: Liesel Orbanek-Roth" and later "Ms Orbanek-Roth said": the tagger misses a full name spelt with letters
     * it rarely saw, yet tags the same person's surname or given name standing alone. Two to four capitalised words
     * nobody tagged (a hyphenated surname counts as one), with no capital right before or after them, whose first
     * word or last word the article uses alone as a person's name, are that person's full name.
     */
    private static void namedInPart(Sentence s, List<Span> ss, Set<String> alone, Set<String> lowerWords) {
        if (alone.isEmpty()) {
            return;
        }
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (untaggedNameWord(t.get(i)) && Lexicon.isCommonNoun(t.get(i).text(), lowerWords)) {
                i++; // "Agronomist Liesel Orbanek-Roth": a noun capitalised by position opens no name
                continue;
            }
            int j = i;
            int words = 0;
            int lastWord = i;
            while (j < t.size() && untaggedNameWord(t.get(j))) {
                words++;
                lastWord = j;
                j++;
                // a hyphenated surname: "Orbanek" "-" "Roth", written without spaces
                while (j + 1 < t.size() && t.get(j).text().equals("-") && t.get(j).begin() == t.get(j - 1).end()
                        && t.get(j + 1).begin() == t.get(j).end() && untaggedNameWord(t.get(j + 1))) {
                    j += 2;
                }
            }
            if (words < 2 || words > 4 || i > 0 && t.get(i - 1).capitalized() && !opensName(t.get(i - 1))
                    && !Lexicon.isCommonNoun(t.get(i - 1).text(), lowerWords)
                    || j < t.size() && t.get(j).capitalized()) {
                i = Math.max(i + 1, j);
                continue;
            }
            int from = i;
            int to = j;
            String name = Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end()));
            List<String> parts = Names.parts(name);
            String surname = Names.key(s.slice(t.get(lastWord).begin(), t.get(to - 1).end()));
            boolean known = alone.contains(parts.get(0)) || alone.contains(surname);
            boolean corporate = ORG_FORMS.contains(parts.get(parts.size() - 1))
                    || Lexicon.ORGANIZATIONS.containsKey(CountryTable.key(name));
            if (known && !corporate && ss.stream().noneMatch(sp -> sp.from() < to && sp.to() > from)) {
                ss.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), name, Span.Kind.PERSON,
                        Optional.empty()));
                ss.sort(Comparator.comparingInt(Span::begin));
            }
            i = j;
        }
    }

    /** A capitalised word the tagger left out of every name that may be part of a person's name. */
    private static boolean untaggedNameWord(Token token) {
        String w = token.text();
        return token.capitalized() && token.ner() == NerTag.NONE && w.chars().allMatch(Character::isLetter)
                && !Lexicon.NOT_NAME.contains(Lexicon.lower(w)) && !Lexicon.isTitleWord(w)
                && !Lexicon.HONORIFICS.contains(Lexicon.lower(w)) && !SpanFinder.CALENDAR.contains(w)
                && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** A capital that may stand right before a name: a title word or a courtesy title ("Coach", "Ms"). */
    private static boolean opensName(Token token) {
        String w = token.text();
        return Lexicon.isTitleWord(w) || Lexicon.HONORIFICS.contains(Lexicon.lower(w));
    }

    /**
     * "Beekeeper Ola Lind, who sells honey …": the tagger takes a capitalised noun that opens a sentence or a clause
     * into the name after it. A first word the article also writes in lower case ("beekeepers lost hives …"), or
     * one with an agent noun's ending, is a common noun, and the name starts after it.
     */
    private static void trimCommonNouns(List<List<Span>> spans, Set<String> lower) {
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                List<Token> t = sp.sentence().tokens();
                // three words, not tokens: "Abdirahman Farah-Jama" is a given name and a surname cut at its hyphen
                if (sp.kind() != Span.Kind.PERSON || sp.name().split(" ").length < 3 || !t.get(sp.from()).capitalized()
                        || sp.from() > 0 && !t.get(sp.from() - 1).text().matches("[,:;(—–\"“‘'-]")) {
                    continue;
                }
                String first = t.get(sp.from()).text();
                Token next = t.get(sp.from() + 1);
                // "Bill de Blasio" in an article about a bill: what is left must still open like a name
                if ((Lexicon.isCommonNoun(first, lower) || Lexicon.isCompoundAgent(first)) && next.capitalized()) {
                    Sentence s = sp.sentence();
                    ss.set(i, new Span(s, sp.from() + 1, sp.to(), next.begin(), sp.end(),
                            Names.clean(s.slice(next.begin(), sp.end())), Span.Kind.PERSON, Optional.empty()));
                }
            }
        }
    }

    /**
     * "the Kyzylorda Region Akimat said … / The akimat said …": the tagger takes a body's noun in a language it does
     * not know for a person's name. A lone word typed as a person's that the article also writes in lower case is a
     * common noun; after "the" and capitalised words (a place among them), it is the head of the body's name, which
     * runs from the first capital after "the".
     */
    private static void bodiesByCommonNoun(List<List<Span>> spans, Set<String> lower) {
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                List<Token> t = sp.sentence().tokens();
                if (sp.kind() != Span.Kind.PERSON || sp.to() - sp.from() != 1
                        || !lower.contains(Lexicon.lower(sp.name())) || sp.from() < 2) {
                    continue;
                }
                int f = sp.from();
                while (f - 1 >= 0 && t.get(f - 1).capitalized() && f > sp.from() - 4
                        && t.get(f - 1).text().chars().allMatch(Character::isLetter)) {
                    f--;
                }
                if (f == sp.from() || f - 1 < 0 || !Lexicon.lower(t.get(f - 1).text()).equals("the")) {
                    continue;
                }
                int from = f;
                Sentence s = sp.sentence();
                ss.removeIf(o -> o != sp && o.from() >= from && o.to() <= sp.to());
                int at = ss.indexOf(sp);
                ss.set(at, new Span(s, from, sp.to(), t.get(from).begin(), sp.end(),
                        Names.clean(s.slice(t.get(from).begin(), sp.end())), Span.Kind.ORGANIZATION,
                        Optional.empty()));
                i = at;
            }
        }
    }

    /**
     * "Surf instructor Ni Kadek Ayu Lestari, 27, said": a name the tagger typed as an organisation's, right after a
     * title head or an agent noun in lower case and before an age between commas, is a person's: news gives people
     * ages, and a body's founding year is never written so. Not a name with a word of a body's ("… Agency, 27,").
     */
    private static void agedPeople(List<List<Span>> spans) {
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                String title = sp.before(1);
                List<String> parts = sp.parts();
                if (sp.kind() != Span.Kind.ORGANIZATION || !aged(sp) || sp.country().isPresent()
                        || !(Lexicon.isTitleHead(title) || Lexicon.isAgentNoun(title)
                        || title.matches("\\p{L}{3,}(?:er|or)")) || sp.from() < 1
                        || !Character.isLowerCase(sp.sentence().tokens().get(sp.from() - 1).text().charAt(0))
                        || parts.stream().anyMatch(w -> ORG_FORMS.contains(w)
                        || SpanFinder.INSTITUTION_HEADS.contains(w) || ORG_NOUNS.contains(w))) {
                    continue;
                }
                ss.set(i, sp.withKind(Span.Kind.PERSON));
            }
        }
    }

    /** Conjunctions and adverbs that open a sentence, capitalised by position ("But Arroyo said …"). */
    private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "or", "nor", "then", "now", "also",
            "when", "if", "as", "while", "after", "before", "once", "until");

    /**
     * "But Arroyo said the government had …": the tagger takes the capitalised conjunction or adverb that opens the
     * sentence into the name after it; the name starts after it.
     */
    private static void trimOpeningWords(List<List<Span>> spans) {
        for (List<Span> ss : spans) {
            for (int i = 0; i < ss.size(); i++) {
                Span sp = ss.get(i);
                List<Token> t = sp.sentence().tokens();
                String first = Lexicon.lower(t.get(sp.from()).text());
                boolean opens = sp.from() == 0 || t.get(sp.from() - 1).text().matches("[\"“‘'—–:]");
                if (sp.kind() != Span.Kind.PERSON || sp.to() - sp.from() < 2 || !opens
                        || !OPENERS.contains(first) && !Lexicon.SENTENCE_ADVERBS.contains(first)
                        || !t.get(sp.from() + 1).capitalized()) {
                    continue;
                }
                Sentence s = sp.sentence();
                Token next = t.get(sp.from() + 1);
                ss.set(i, new Span(s, sp.from() + 1, sp.to(), next.begin(), sp.end(),
                        Names.clean(s.slice(next.begin(), sp.end())), Span.Kind.PERSON, Optional.empty()));
            }
        }
    }

    /** "the Finn said": a noun of nationality after an article describes someone, it is not a name. */
    private static void dropNationalityNouns(List<List<Span>> spans) {
        for (List<Span> ss : spans) {
            ss.removeIf(sp -> sp.kind() == Span.Kind.PERSON && sp.country().isEmpty()
                    && Lexicon.NATIONALITY_NOUNS.contains(sp.key()) && ARTICLES.contains(sp.before(1)));
        }
    }

    /** The parts of the people's full names (two parts or more) the tagger found, unless they look corporate. */
    private static Set<String> personParts(List<List<Span>> spans) {
        Set<String> out = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (sp.kind() == Span.Kind.PERSON && parts.size() > 1
                        && !ORG_FORMS.contains(parts.get(parts.size() - 1))) {
                    out.addAll(parts);
                }
            }
        }
        return out;
    }

    private static boolean isOrganization(Span sp, Set<String> personParts, Set<String> lastNames) {
        List<String> parts = sp.parts();
        String last = parts.get(parts.size() - 1);
        if (parts.size() > 1 && ORG_FORMS.contains(last)) {
            // "Harbour Foods Ltd", "Lakeside Water"; but "Ms Bank said" or "Jonathan Bank, 52," is a person
            return !lastNames.contains(last) && !aged(sp);
        }
        boolean place = sp.kind() == Span.Kind.LOCATION;
        boolean loosePerson = sp.kind() == Span.Kind.PERSON && parts.size() == 1 && !personParts.contains(parts.get(0));
        if (!place && !loosePerson) {
            return false; // a full name of a person needs an organisation form to be an organisation
        }
        if (speaksAsIt(sp)) {
            return true;
        }
        if (ORG_NOUNS.contains(sp.before(1)) || sp.before(1).equals(",") && ORG_NOUNS.contains(sp.before(2))
                && !sp.after(1).isEmpty() && (sp.after(1).equals(",") || isPossessive(sp.after(1)))) {
            return true; // "ride-hailing company X", "the supermarket chain, X's, said"
        }
        if (place) {
            // "the Tamber International Sea Port": a port or an airport named after "the" is the body that runs it
            return parts.size() > 1 && FACILITIES.contains(last) && sp.before(1).equals("the")
                    || bodyOfPlace(sp) || armInCountry(sp);
            // else "Paris's mayor", "the governor of Texas": a place has officers too
        }
        if (isPossessive(sp.after(1)) && OFFICERS.contains(Lexicon.lower(sp.after(2)))
                || isPossessive(sp.after(1)) && (Lexicon.lower(sp.after(2)).equals("chief")
                || Lexicon.lower(sp.after(2)).equals("head") && Lexicon.lower(sp.after(3)).equals("of"))) {
            return true; // "X's chief technology officer", "X's head of research", "X's shareholders"
        }
        if ((sp.before(1).equals("of") || sp.before(1).equals("for") || sp.before(1).equals("at"))
                && OFFICERS.contains(sp.before(2))) {
            return true; // "chief executive of X", "a spokesperson for X"
        }
        if ((sp.before(1).equals("in") || sp.before(1).equals("of")) && sp.before(2).equals("shares")) {
            return true; // "shares in X"
        }
        return RESULT_VERBS.contains(Lexicon.lower(sp.after(1))) && resultsFollow(sp);
    }

    /** Nouns of bodies named after the place they serve, besides {@link SpanFinder#INSTITUTION_HEADS}. */
    private static final Set<String> BODIES_OF_PLACES = Set.of("university", "college", "polytechnic", "academy",
            "hospital", "museum", "government", "port", "parks");

    /**
     * "the University of the Virgin Islands", "the Government of Montserrat", "the Port of Esbjerg": a body's noun,
     * "of" and the place it serves, which the tagger took whole for the place. "Port of Spain", a capital, is the
     * place; a port is a body only after "the". So is "Cooperativa Café Timor", its noun first.
     */
    private static boolean bodyOfPlace(Span sp) {
        List<String> parts = sp.parts();
        String head = parts.get(0);
        // "Cooperativa Café Timor": a body's noun in a language that puts it first, before its complement
        boolean foreign = parts.size() > 1 && SpanFinder.FOREIGN_INSTITUTION_HEADS.contains(head);
        return (foreign || parts.size() > 2 && parts.get(1).equals("of")
                && (BODIES_OF_PLACES.contains(head) || SpanFinder.INSTITUTION_HEADS.contains(head))
                && (!head.equals("port") || sp.before(1).equals("the")))
                && CountryTable.get().lookup(sp.surface()).isEmpty();
    }

    /** Words that make a region of a country's name ("Northern Ireland", "mainland China"), not a body's. */
    private static final Set<String> REGION_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "greater", "mainland", "continental", "metropolitan",
            "coastal", "rural", "inner", "outer", "new", "old", "northeast", "northwest", "southeast", "southwest",
            "northeastern", "northwestern", "southeastern", "southwestern", "overseas", "occupied", "free");

    /**
     * "Stellantis Slovakia said", "Parks Australia says": one word before a country's name, neither a region's
     * word nor a place itself, is a company's or an agency's arm in that country, which the tagger took for a place.
     */
    private static boolean armInCountry(Span sp) {
        List<Token> t = sp.sentence().tokens();
        if (sp.to() - sp.from() != 2 || !t.get(sp.from()).capitalized()) {
            return false;
        }
        String first = t.get(sp.from()).text();
        String country = t.get(sp.from() + 1).text();
        CountryTable table = CountryTable.get();
        return first.chars().allMatch(Character::isLetter) && !REGION_WORDS.contains(Lexicon.lower(first))
                && table.phrase(country).filter(x -> x.role() == CountryTable.Role.NAME
                        || x.role() == CountryTable.Role.ALIAS).isPresent() && table.lookup(first).isEmpty()
                && table.lookup(sp.surface()).isEmpty();
    }

    /**
     * "the bus operator Vestby Linjer" … "Vestby Linjer said on Monday that it …": a name of several words the
     * tagger typed as a person's is an organisation's when two kinds of evidence agree across its mentions: an
     * organisation noun before it or in apposition, an officer of it, or speech as "it". One kind alone is not enough
     * for a full name ("Ana Ruiz said it was late"); a noun that only a body is ("group", "company", unlike "operator",
     * which a person may be) right before the name of a speaker is two. The last word used alone or with a courtesy
     * title, or an age in apposition, keeps it a person.
     */
    private static Set<String> companiesByCues(List<List<Span>> spans, Set<String> lastNames) {
        java.util.Map<String, Set<String>> cues = new java.util.HashMap<>();
        Set<String> people = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (sp.kind() != Span.Kind.PERSON || parts.size() < 2 || sp.country().isPresent()) {
                    continue;
                }
                String key = sp.key();
                if (lastNames.contains(parts.get(parts.size() - 1)) || aged(sp) || COURTESY.contains(sp.before(1))) {
                    people.add(key);
                }
                Set<String> found = cues.computeIfAbsent(key, k -> new HashSet<>());
                if (speaksAsIt(sp)) {
                    found.add("it");
                }
                if (ORG_NOUNS.contains(sp.before(1)) || sp.before(1).equals(",") && ORG_NOUNS.contains(sp.before(2))) {
                    found.add("noun");
                }
                if (ORG_NOUNS.contains(sp.before(1)) && !Lexicon.isTitleHead(sp.before(1))
                        && !sp.before(1).matches(".*(?:er|or)")
                        && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(sp.after(1)))) {
                    // "the conservation group Varn Tessel said": a noun only a body is, right before a speaker; an
                    // agent noun ("exporter", "publisher") may be a person
                    found.add("body");
                }
                if (sp.before(1).matches("of|for|at") && OFFICERS.contains(sp.before(2))
                        || isPossessive(sp.after(1)) && OFFICERS.contains(Lexicon.lower(sp.after(2)))) {
                    found.add("officer");
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        cues.forEach((key, found) -> {
            if (found.size() >= 2 && !people.contains(key)) {
                out.add(key);
            }
        });
        return out;
    }

    /**
     * "Cubacafe said most of the planting was in the east. / Its director, Ana Ruiz, said …": a lone word typed as
     * a person's, no part of anyone's full name, that opens a sentence as a speaker, when the next sentence opens with
     * "Its", which no one says of a person.
     */
    private static boolean followedAsIts(Span sp, List<Sentence> sentences, Set<String> personParts) {
        List<String> parts = sp.parts();
        int next = sp.sentence().index() + 1;
        if (sp.kind() != Span.Kind.PERSON || parts.size() != 1 || personParts.contains(parts.get(0))
                || sp.from() != 0 || !SAY.contains(Lexicon.lower(sp.after(1))) || next >= sentences.size()) {
            return false;
        }
        List<Token> t = sentences.get(next).tokens();
        return !t.isEmpty() && t.get(0).text().equals("Its");
    }

    /** "X said it …", "X said its …", "X said in a statement". */
    private static boolean speaksAsIt(Span sp) {
        if (!SAY.contains(Lexicon.lower(sp.after(1)))) {
            return false;
        }
        String next = Lexicon.lower(sp.after(2));
        if (next.equals("on") || next.equals("that")) {
            next = Lexicon.lower(sp.after(next.equals("on") ? 4 : 3)); // "said on Tuesday it", "said that it"
        }
        return next.equals("it") || next.equals("its")
                || next.equals("in") && ARTICLES.contains(Lexicon.lower(sp.after(3)))
                && Set.of("statement", "filing", "release").contains(Lexicon.lower(sp.after(4)));
    }

    private static boolean resultsFollow(Span sp) {
        for (int k = 2; k <= 5; k++) {
            if (RESULTS.contains(Lexicon.lower(sp.after(k)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    /**
     * "the campaign group Cheaper Trains Now described": capitalised words that nobody tagged, right after an
     * organisation noun in lower case, are that organisation's name.
     */
    private static List<Span> afterOrgNoun(Sentence s, List<Span> ss) {
        List<Token> t = s.tokens();
        List<Span> out = new ArrayList<>();
        for (int i = 1; i + 1 < t.size(); i++) {
            String noun = t.get(i).text();
            if (!ORG_NOUNS.contains(noun) || !t.get(i + 1).capitalized()) {
                continue;
            }
            int j = i + 1;
            while (j < t.size() && (t.get(j).capitalized() && !SpanFinder.CALENDAR.contains(t.get(j).text())
                    || (t.get(j).text().equals("&") || t.get(j).text().equals("of") || t.get(j).text().equals("for"))
                    && j + 1 < t.size() && t.get(j + 1).capitalized())) {
                j++;
            }
            int from = i + 1;
            int to = j;
            boolean tagged = false;
            for (int k = from; k < to; k++) {
                tagged |= t.get(k).ner() != NerTag.NONE || Lexicon.isTitleWord(t.get(k).text())
                        || Lexicon.HONORIFICS.contains(Lexicon.lower(t.get(k).text()));
            }
            if (tagged || ss.stream().anyMatch(sp -> sp.from() < to && sp.to() > from)) {
                continue;
            }
            String name = Names.clean(s.slice(t.get(from).begin(), t.get(to - 1).end()));
            out.add(new Span(s, from, to, t.get(from).begin(), t.get(to - 1).end(), name, Span.Kind.ORGANIZATION,
                    Optional.empty()));
            i = j;
        }
        return out;
    }

    /** Words that stand alone as a person's name: tagged so, or after a courtesy title ("Ms Lowther"). */
    private static Set<String> lastNames(List<List<Span>> spans) {
        Set<String> out = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (parts.size() == 1 && (sp.kind() == Span.Kind.PERSON || COURTESY.contains(sp.before(1)))) {
                    out.add(parts.get(0));
                }
            }
        }
        return out;
    }

    /** "X, 52,", "X, a 21-year-old student": an age in apposition, which no organisation or place has. */
    private static boolean aged(Span sp) {
        if (!sp.after(1).equals(",")) {
            return false;
        }
        int a = sp.after(2).matches("(?i)an?") ? 3 : 2;
        // the tokenizer keeps "21-year-old" whole or splits it at the hyphens
        boolean yearOld = sp.after(a).matches("\\d{1,3}-year-old") || sp.after(a).matches("\\d{1,3}")
                && sp.after(a + 1).equals("-") && sp.after(a + 2).equals("year");
        return sp.after(2).matches("\\d{1,3}") && sp.after(3).equals(",") || yearOld;
    }

    /**
     * Two-word names the tagger typed as an organisation or a place although the article treats them as a
     * person's: the last word used with a courtesy title ("Ms Lowther") or alone as a person's name, or an age
     * in apposition ("Dean Hughes, 52,").
     */
    private static Set<String> personKeys(List<List<Span>> spans, Set<String> lastNames) {
        Set<String> out = new HashSet<>();
        for (List<Span> ss : spans) {
            for (Span sp : ss) {
                List<String> parts = sp.parts();
                if (sp.kind() == Span.Kind.PERSON || sp.country().isPresent() || parts.size() != 2
                        || ORG_FORMS.contains(parts.get(1))
                        || Lexicon.ORGANIZATIONS.containsKey(CountryTable.key(sp.name()))
                        || sp.name().equals(sp.name().toUpperCase())) {
                    continue;
                }
                if (aged(sp) || lastNames.contains(parts.get(1))) {
                    out.add(sp.key());
                }
            }
        }
        return out;
    }
}
