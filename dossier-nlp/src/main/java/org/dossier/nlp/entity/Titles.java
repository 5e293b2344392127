package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 *   <li>in apposition: "Maria Lopez, a professor of international relations at the University of Lima,
 *       told …"; "Tomas Berg, professor of Nordic studies at Lund University, said";</li>
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
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "-", ",");
    /** Conjunctions and prepositions that can stand right before a name: never the last word of a title. */
    private static final Set<String> LINKS = Set.of("unless", "because", "although", "though", "whereas", "whilst",
            "since", "despite", "without", "within", "behind", "beyond", "inside", "outside", "near", "upon", "toward",
            "towards", "throughout", "amid", "amidst", "alongside", "beside", "during", "except", "regarding", "until",
            "while", "if", "than", "before", "after", "against", "between", "among", "versus", "like", "unlike");
    /** Words that open a clause whose subject may follow with its title ("how pianist X described …"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("how", "when", "where", "while", "as", "because",
            "although", "though", "if", "once", "until", "whether");
    /** Words that end a noun phrase inside a clause ("as an observer on trawlers before becoming …"). */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "before", "after", "until", "since",
            "when", "while", "who", "which", "that", "because", "but", "where");
    /** Finite verbs and auxiliaries: a phrase holding one is a clause, not a title. */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "must", "should", "does", "did");

    /** Verbs of speech that are never a noun: an appositive holding one is a clause ("…, the minister said …"). */
    private static final Set<String> SAYS = Set.of("said", "says", "told", "tells", "added", "stated");

    /** A title given to a person. */
    record Title(String personId, String text, Optional<String> country, long position) {
        /** A title never starts or ends with punctuation: a dateline's dash ("SEOUL - North Korean leader …"). */
        Title {
            text = text.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{Ps}\\p{Pd}\\p{Po}\\s&&[^.)]]+$", "");
        }
    }

    final List<Title> titles = new ArrayList<>();
    final Map<String, String> orgCountries = new HashMap<>();
    /**
     * The lower-case words of each person's titles, kept as titles are added: a description's nouns are checked
     * against them once per noun, without splitting every title again.
     */
    private final Map<String, Set<String>> titleWords = new HashMap<>();
    private static final Pattern TITLE_WORD_BREAK = Pattern.compile("[^\\p{L}.-]+");
    /** The article's words written in lower case: a capital that is one of them is a common noun. */
    private final Set<String> lowerWords;

    /** Titles of one article, which writes {@code lowerWords} in lower case. */
    Titles(Set<String> lowerWords) {
        this.lowerWords = lowerWords;
    }

    /** Finds the titles given to the people among {@code resolved}, sentence by sentence. */
    void find(List<Sentence> sentences, List<List<Resolved>> resolved) {
        for (Sentence s : sentences) {
            List<Resolved> rs = resolved.get(s.index());
            for (Resolved r : rs) {
                if (r.type() != EntityType.PERSON || r.kind() == MentionKind.DESCRIPTION) {
                    continue;
                }
                before(s, r, rs);
                if (r.span().from() == 0 && s.index() > 0) {
                    splitTitle(sentences.get(s.index() - 1), s, r);
                }
                apposition(s, r, rs);
            }
        }
    }

    /**
     * "North Korean Foreign Minister Ri Yong Ho", "incident commander Dale Brewster": title words, demonyms and
     * countries right before the name, with the plain nouns that qualify the title's head; a run of capitalised
     * common nouns joined to them belongs to the title too ("Mining Minister", "Treasury and Finance Minister"),
     * and so does a run of two with no listed head ("Senior Coroner"). Courtesy titles between title and name
     * ("Finance Minister Datuk Seri X") are skipped. Without a title word, a common noun set right before the name
     * is the title by its position ("pensioner X", "58-year-old seamstress X"). Then a title set off before the
     * name ("Mensah's agent, Femi Adeyemi, said") and one that names the person ("a retired surgeon named …").
     */
    private void before(Sentence s, Resolved person, List<Resolved> rs) {
        List<Token> t = s.tokens();
        int last = person.span().from() - 1;
        while (last >= 0) {
            if (last >= 1 && Lexicon.PAIRED_HONORIFICS.contains(Lexicon.lower(t.get(last - 1).text()) + " "
                    + Lexicon.lower(t.get(last).text()))) {
                last -= 2; // "Opposition MP Tan Sri X"
            } else if (Lexicon.HONORIFICS.contains(Lexicon.lower(t.get(last).text())) || courtesy(t.get(last))) {
                last--;
            } else {
                break;
            }
        }
        // "Minister in the Prime Minister's Department (Law and Institutional Reform) X": a portfolio in brackets
        // between the office and the name belongs to the title
        int tail = last;
        int open = portfolioOpen(t, last);
        if (open > 0) {
            last = open - 1;
        }
        int start = last + 1;
        boolean head = false;
        int capitals = 0;
        Optional<String> country = Optional.empty();
        int k = last;
        while (k >= 0) {
            String w = t.get(k).text();
            Optional<Resolved> c = countryEndingAt(rs, k);
            if (c.isPresent()) {
                country = Optional.of(c.get().id());
                k = c.get().span().from() - 1;
                start = c.get().span().from();
                continue;
            }
            if (w.equals("-") && start == k + 1 && k > 0 && t.get(k).begin() == t.get(k - 1).end()
                    && t.get(k + 1).begin() == t.get(k).end() && t.get(k - 1).capitalized()) {
                start = k - 1; // "Director-General", "Attorney-General", split at the hyphen: one title word
                k -= 2;
                continue;
            }
            if (Lexicon.isTitleWord(w) && !DETERMINERS.contains(Lexicon.lower(w))
                    && !PREPOSITIONS.contains(Lexicon.lower(w)) && !CONNECTORS.contains(Lexicon.lower(w))) {
                head |= Lexicon.isTitleHead(w);
                capitals += t.get(k).capitalized() ? 1 : 0;
                start = k;
                k--;
                continue;
            }
            boolean chained = start == k + 1
                    && (start > last || t.get(start).capitalized() || t.get(start).text().matches("and|&"));
            if (chained && capitalNoun(t, rs, k)) {
                capitals++;
                start = k;
                k--;
                continue;
            }
            if (chained && start <= last && (w.equals("and") || w.equals("&")) && k > 0 && capitalNoun(t, rs, k - 1)) {
                start = k; // "Treasury and Finance Minister": the capital before "and" is taken next
                k--;
                continue;
            }
            Optional<Resolved> owner = w.matches("['’]s") && head ? countryEndingAt(rs, k - 1) : Optional.empty();
            if (owner.isPresent()) {
                // "North Korea's leader Kim Jong Un": a country's possessive opens the title
                country = Optional.of(owner.get().id());
                start = owner.get().span().from();
            }
            break;
        }
        int governed = head && start <= last && actsFor(t, rs, start, last) ? -1 : governedStart(t, rs, start, last);
        if (governed >= 0) {
            start = governed;
            head = true;
        }
        if (!head && country.isEmpty() && capitals < 2) {
            start = last + 1; // one capital and no title word: no title ("Meanwhile Smith said")
        }
        if (start <= last && !t.get(start).capitalized() && capitalOpener(t, rs, start - 1)) {
            start--; // "Orchard keeper X", "Coast guard X": the capital that opens the sentence qualifies the title
        }
        int ranked = start > last ? ranking(t, last) : -1;
        if (ranked >= 0) {
            add(new Title(person.id(), s.slice(t.get(ranked).begin(), t.get(last).end()), country, person.position()));
        } else if (start <= last) {
            start = head ? compoundStart(t, start) : start;
            add(new Title(person.id(), s.slice(t.get(start).begin(), t.get(tail).end()), country, person.position()));
        } else if (last == person.span().from() - 1 || last >= 0 && roleNoun(t.get(last).text())) {
            // "After the session Mr Penhallow said": before an honorific, only a noun of a role ("Veterinarian
            // Dr. Oskar Brandtveit") is a title by its position
            premodifier(s, person, rs, last);
        }
        setOff(s, person, start);
        named(s, person);
        if (start > last) {
            shared(s, person, rs, last);
        }
    }

    /** Places and ranks before a finisher's or a player's name: "Second-placed", "top-seeded", "10th-ranked". */
    private static final Pattern RANK = Pattern.compile("(?i)(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth|top|bottom|last|\\d{1,3}(?:st|nd|rd|th))");
    private static final Set<String> RANKED = Set.of("placed", "ranked", "seeded");

    /**
     * The first token of a rank in a competition written as one hyphenated word that ends at token {@code last},
     * right before a name ("Second-placed Ana Ruiz said"): sports news gives it as the finisher's title; -1 if none.
     */
    private static int ranking(List<Token> t, int last) {
        String[] whole = last >= 0 ? t.get(last).text().split("-") : new String[0];
        if (whole.length == 2 && RANKED.contains(Lexicon.lower(whole[1])) && RANK.matcher(whole[0]).matches()) {
            return last; // the tokenizer kept the hyphenated word whole
        }
        if (last < 2 || !RANKED.contains(Lexicon.lower(t.get(last).text())) || !t.get(last - 1).text().equals("-")
                || t.get(last - 1).begin() != t.get(last - 2).end() || t.get(last).begin() != t.get(last - 1).end()
                || !RANK.matcher(t.get(last - 2).text()).matches()) {
            return -1;
        }
        return last - 2;
    }

    /**
     * The opening bracket of a portfolio in brackets that ends at token {@code close} ("(Law and Institutional
     * Reform)"): capitalised words and their joining words, not none, after a title word or a capitalised word (the
     * office's last); -1 when there is none.
     */
    private static int portfolioOpen(List<Token> t, int close) {
        if (close < 0 || !t.get(close).text().equals(")")) {
            return -1;
        }
        for (int k = close - 1; k > 0 && close - k <= 8; k--) {
            String w = t.get(k).text();
            if (w.equals("(")) {
                return k < close - 1 && (Lexicon.isTitleWord(t.get(k - 1).text())
                        || t.get(k - 1).text().matches("\\p{Lu}.*")) ? k : -1;
            }
            if (!t.get(k).capitalized() && !w.matches("and|&|of|,")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "members Kirsty Ross and Graham Whitelaw", "Senators Ana Ruiz and Li Wei": a plural title before a list of
     * names is each one's title, in the singular. {@code last} is the token before the name (past honorifics).
     */
    private void shared(Sentence s, Resolved person, List<Resolved> rs, int last) {
        List<Token> t = s.tokens();
        int k = last;
        // back over the names listed before this one
        while (k > 0 && (t.get(k).text().equals("and") || t.get(k).text().equals(","))) {
            int end = k;
            Optional<Resolved> before = rs.stream().filter(r -> r.type() == EntityType.PERSON && r.span().to() == end)
                    .findFirst();
            if (before.isEmpty()) {
                return;
            }
            k = before.get().span().from() - 1;
        }
        if (k < 0 || k == last && (t.get(k).text().equals("and") || t.get(k).text().equals(","))) {
            return;
        }
        String plural = Lexicon.lower(t.get(k).text());
        String noun = singular(plural);
        if (!noun.equals(plural) && Lexicon.isTitleHead(noun) && !GENERIC_PERSONS.contains(noun)) {
            add(new Title(person.id(), noun, Optional.empty(), person.position()));
        }
    }

    /**
     * "Coun. Marie Dubois said": the sentence splitter may end a sentence at an abbreviated title; a title head
     * abbreviated alone in the sentence before, in the same paragraph and right before the name, is the title.
     */
    private void splitTitle(Sentence previous, Sentence s, Resolved person) {
        List<Token> p = previous.tokens();
        int n = p.size();
        if (previous.section() != s.section() || previous.paragraph() != s.paragraph() || n < 2
                || !p.get(n - 1).text().equals(".") || p.get(n - 2).end() != p.get(n - 1).begin()
                || s.begin() - previous.end() > 1) {
            return;
        }
        String word = p.get(n - 2).text() + ".";
        if (Lexicon.isTitleHead(word) && p.get(n - 2).capitalized()) {
            add(new Title(person.id(), word, Optional.empty(), person.position()));
        }
    }

    /**
     * "Eng. Lina Kamal", "Mag. Petra Holm": a short capitalised abbreviation before a name, that no title word
     * spells, is a courtesy title of the profession.
     */
    private static boolean courtesy(Token token) {
        String w = token.text();
        return w.matches("\\p{Lu}\\p{Ll}{1,3}\\.") && !Lexicon.isTitleWord(w);
    }

    /**
     * Words that open an adverbial with "of" ("Ahead of the vote President X said", "Regardless of the outcome X"),
     * or a quantity ("Most of the", "Some of"), rather than a title governing its complement.
     */
    private static final Set<String> OF_ADVERBIALS = Set.of("ahead", "regardless", "irrespective", "instead",
            "because", "outside", "inside", "out", "independently", "apart", "aside", "short", "most", "some", "many",
            "all", "none", "each", "both", "several", "few", "much", "part", "one", "two", "three", "north", "south",
            "east", "west", "upon", "free", "clear", "courtesy", "fresh", "full", "sick", "tired", "afraid",
            "aware", "proud", "critical", "fearful", "mindful", "wary", "capable", "guilty", "innocent", "typical");

    /**
     * "Minister of Tourism and Heritage X", "Deputy governor of the province X", "Director of operations X": a title
     * whose head governs a complement with "of" or "for", right before the name. Returns where the title starts, or
     * -1 when no title word heads a phrase before "of" or "for".
     */
    private static int governedStart(List<Token> t, List<Resolved> rs, int start, int last) {
        int k = start - 1;
        int complement = 0;
        while (k >= 0 && complement < 5 && complementWord(t, rs, k)) {
            k--;
            complement++;
        }
        // "Minister in the Prime Minister's Department X": "in" after a capitalised title head alone
        boolean in = k >= 1 && t.get(k).text().equals("in") && t.get(k - 1).capitalized()
                && Lexicon.isTitleHead(t.get(k - 1).text())
                // "Opposition spokesman on finance X", "special envoy on climate X": "on" and a field after a head
                || k >= 1 && t.get(k).text().equals("on") && Lexicon.isTitleHead(t.get(k - 1).text())
                && !SpanFinder.CALENDAR.contains(t.get(k + 1).text());
        if (k < 1 || start > last && complement == 0 || !Lexicon.lower(t.get(k).text()).matches("of|for") && !in) {
            return -1;
        }
        int q = k - 1;
        boolean titled = false;
        boolean headed = false;
        while (q >= 0 && k - q <= 4) {
            String w = t.get(q).text();
            String l = Lexicon.lower(w);
            if (Lexicon.isTitleWord(w) && !DETERMINERS.contains(l) && !PREPOSITIONS.contains(l)
                    && !CONNECTORS.contains(l)) {
                titled |= t.get(q).capitalized() || Lexicon.isTitleHead(w);
                headed |= Lexicon.isTitleHead(w);
            } else if (!capitalNoun(t, rs, q) && !(q == k - 1 && plainNoun(t.get(q)))) {
                break;
            }
            q--;
        }
        if (!titled && q + 1 == k - 1 && capitalOpener(t, rs, q + 1)
                && !OF_ADVERBIALS.contains(Lexicon.lower(t.get(q + 1).text()))) {
            titled = true; // "Clerk of Court X": one capitalised noun opening the sentence governs the complement
            headed = true;
        }
        return titled && q + 1 < k && (headed || opensNounPhrase(t, q)) ? q + 1 : -1;
    }

    /**
     * "A spokeswoman for Mayor X", "the lawyer for former harbour minister X": the title {@code [start, last]} ends in
     * a title word of the person's own, after "for" and at most a few plain words; the role before "for" is of someone
     * who speaks or acts for the person. Not "Minister for Law and Justice X", "Spokeswoman for the prosecutor's
     * office X", whose complement names a field or a body.
     */
    private static boolean actsFor(List<Token> t, List<Resolved> rs, int start, int last) {
        if (!Lexicon.isTitleHead(t.get(last).text())) {
            return false;
        }
        for (int k = start; k <= last; k++) {
            String w = Lexicon.lower(t.get(k).text());
            if (w.equals("and") || w.equals("&") || w.matches("['’]s?")) {
                return false;
            }
        }
        int k = start - 1;
        while (k >= start - 3 && k > 0 && complementWord(t, rs, k) && !Lexicon.lower(t.get(k).text()).equals("the")
                && !Lexicon.lower(t.get(k).text()).equals("and") && !t.get(k).capitalized()) {
            k--;
        }
        return k > 0 && Lexicon.lower(t.get(k).text()).equals("for") && Lexicon.isTitleWord(t.get(k - 1).text());
    }

    /**
     * A word of the complement of a title ("of the northern region", "for Housing and Heritage"): no person's. A comma
     * between two capitals lists portfolios ("Minister of Youth, Sports and Culture").
     */
    private static boolean complementWord(List<Token> t, List<Resolved> rs, int k) {
        Token w = t.get(k);
        String l = Lexicon.lower(w.text());
        if (l.equals("the") || l.equals("and") || l.equals("&")) {
            return true;
        }
        if (l.matches("['’]s")) {
            return k > 0 && t.get(k - 1).capitalized(); // "Minister for Women's Affairs", "the Prime Minister's Office"
        }
        if (l.equals(",")) {
            return k > 0 && k + 1 < t.size() && t.get(k - 1).capitalized() && t.get(k + 1).capitalized()
                    && t.get(k - 1).ner() != NerTag.PERSON && t.get(k + 1).ner() != NerTag.PERSON;
        }
        return w.ner() != NerTag.PERSON && w.text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && !w.text().isEmpty() && !Lexicon.NOT_IN_TITLE.contains(l) && !Lexicon.SPEECH_VERBS.contains(l)
                && !l.endsWith("ly") && !SpanFinder.CALENDAR.contains(w.text())
                && rs.stream().noneMatch(r -> r.type() == EntityType.PERSON && r.span().from() <= k
                && k < r.span().to());
    }

    /**
     * A capitalised common noun inside a title before a name: a word (or a Roman numeral, "Minister II") that no
     * entity, date, courtesy title or function word claims.
     */
    private static boolean capitalNoun(List<Token> t, List<Resolved> rs, int k) {
        Token w = t.get(k);
        String l = Lexicon.lower(w.text());
        // a portfolio before "and" may be tagged as the department's name ("Treasury and Finance Minister")
        boolean conjoined = k + 1 < t.size() && t.get(k + 1).text().matches("and|&");
        return w.capitalized() && w.text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && !Lexicon.NOT_IN_TITLE.contains(l) && !Lexicon.HONORIFICS.contains(l) && !l.endsWith("ly")
                && !SpanFinder.CALENDAR.contains(w.text()) && !Lexicon.SPEECH_VERBS.contains(l)
                && rs.stream().noneMatch(r -> r.span().from() <= k && k < r.span().to() && !(conjoined
                && r.type() == EntityType.ORGANIZATION && r.span().to() - r.span().from() == 1));
    }

    /**
     * "pensioner Tom Lacey", "58-year-old seamstress Ana Ruiz", "Rovers boss X": up to three lower-case
     * nouns right before a name are its title by their position, whatever the noun, when what stands before them
     * opens a noun phrase (a determiner, a possessive, an age, a capitalised modifier, punctuation, a speech verb or a
     * word that opens a clause) rather than a verb whose object the name is ("beat X"). A capitalised noun that opens
     * the sentence or a clause belongs to them ("Ferry pilot X", "Summing up, Magistrate X told").
     */
    private void premodifier(Sentence s, Resolved person, List<Resolved> rs, int last) {
        List<Token> t = s.tokens();
        int k = last;
        while (k >= 0 && last - k < 3 && plainNoun(t.get(k)) && !hyphenated(t, k)) {
            k--;
        }
        // alone before the name, a capital may be a first name the tagger missed: only a common noun is a title, or a
        // capital the tagger left out of a full name it found
        if (last - k < 3 && capitalOpener(t, rs, k) && (k < last || commonNoun(t.get(k).text())
                || Lexicon.isCompoundAgent(t.get(k).text()) || leftOutOfName(t, k, person))) {
            k--;
        }
        if (k == last || !opensNounPhrase(t, k)) {
            return;
        }
        if (k >= 0 && (DETERMINERS.contains(Lexicon.lower(t.get(k).text())) || t.get(k).text().matches("\\d[\\d,.]*"))
                && !roleNoun(t.get(last).text())) {
            return; // "the $53 million figure McKinley cited": a thing the person's clause is about, no role
        }
        add(new Title(person.id(), s.slice(t.get(k + 1).begin(), t.get(last).end()), Optional.empty(),
                person.position()));
    }

    /** A title word or a noun shaped like one of an agent ("veterinarian", "fisherman"). */
    private static boolean roleNoun(String word) {
        return Lexicon.isTitleWord(word) || Lexicon.isAgentNoun(Lexicon.lower(word)) || Lexicon.isCompoundAgent(word);
    }

    /**
     * "Coxswain Ana Vale-Rask said", "Prefect Odile Ferrand told": a capital right before a full name the tagger
     * found whole, that the tagger left out of it and the article never capitalises inside a sentence, is no first
     * name: a role noun opens the sentence.
     */
    private boolean leftOutOfName(List<Token> t, int k, Resolved person) {
        Span sp = person.span();
        if (k + 1 != sp.from() || t.get(k).ner() != NerTag.NONE || lowerWords.contains(t.get(k).text())
                || sp.parts().size() < 2) {
            return false;
        }
        for (int i = sp.from(); i < sp.to(); i++) {
            if (t.get(i).ner() != NerTag.PERSON && !t.get(i).text().equals("-")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a capitalised word is a common noun: the article writes it in lower case elsewhere ("Rider X said" and
     * "riders"), or it ends like an agent noun that no first name ends like ("hydrologist", "seamstress").
     */
    private boolean commonNoun(String word) {
        return Lexicon.isCommonNoun(word, lowerWords);
    }

    /**
     * A capitalised word that opens the sentence or a clause (after punctuation or a speech verb) and may be a noun:
     * inside no name (the tagger's tag alone does not count: "Beekeeper" trimmed off a name keeps it), no function
     * word, sentence adverb, verb form, adverb or plural.
     */
    private static boolean capitalOpener(List<Token> t, List<Resolved> rs, int k) {
        if (k < 0 || !t.get(k).capitalized() || hyphenated(t, k)) {
            return false;
        }
        String w = t.get(k).text();
        String l = Lexicon.lower(w);
        boolean opens = k == 0 || t.get(k - 1).text().matches("[,:;(—–\"“‘'-]")
                || Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(k - 1).text()));
        return opens && w.length() > 1 && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && !Lexicon.NOT_IN_TITLE.contains(l) && !Lexicon.HONORIFICS.contains(l)
                && !Lexicon.SPEECH_VERBS.contains(l) && !CLAUSE_OPENERS.contains(l)
                && !Lexicon.SENTENCE_ADVERBS.contains(l) && !SpanFinder.CALENDAR.contains(w)
                && !l.endsWith("ly") && !l.endsWith("ed") && (!l.endsWith("ing") || nounBefore(t, k))
                && !(l.endsWith("s") && !l.endsWith("ss"))
                && rs.stream().noneMatch(r -> r.span().from() <= k && k < r.span().to());
    }

    /**
     * Whether a word in "-ing" at {@code k} is a noun before a noun ("Rafting guide X", "Mining engineer X"), not a
     * participle that opens a clause ("Speaking to reporters", "Addressing the council"): a plain noun in lower case
     * follows it.
     */
    private static boolean nounBefore(List<Token> t, int k) {
        return k + 1 < t.size() && plainNoun(t.get(k + 1));
    }

    /** A lower-case word that may be a noun of a title: no function word, verb form, adverb or plural. */
    private static boolean plainNoun(Token token) {
        String w = token.text();
        String l = Lexicon.lower(w);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && token.ner() == NerTag.NONE
                && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && !Lexicon.NOT_IN_TITLE.contains(l) && !Lexicon.SPEECH_VERBS.contains(l) && !CLAUSE_OPENERS.contains(l)
                && !LINKS.contains(l) // "a new path unless Tom Hale stops": a conjunction ends the phrase
                && !l.endsWith("ly") && !l.endsWith("ed")
                && !(l.endsWith("ing") && l.length() > 4) // a participle, not "wing" or "king"
                && !(l.endsWith("s") && !l.endsWith("ss"));
    }

    /** Whether token {@code k} ends a hyphenated compound ("63-year-old", "well-known"): a modifier, no noun. */
    private static boolean hyphenated(List<Token> t, int k) {
        return k > 0 && t.get(k - 1).text().equals("-") && t.get(k - 1).end() == t.get(k).begin();
    }

    /** Whether token {@code k} (-1: none) opens a noun phrase that goes on after it. */
    private static boolean opensNounPhrase(List<Token> t, int k) {
        if (k < 0 || hyphenated(t, k)) {
            return true;
        }
        String w = t.get(k).text();
        String l = Lexicon.lower(w);
        return DETERMINERS.contains(l) || POSSESSIVES.contains(l) || w.matches("['’]s|[,(—–:;-]")
                || l.matches("\\d[\\d,.]*|.*-(?:year|month|week)-old") || Lexicon.SPEECH_VERBS.contains(l)
                || CLAUSE_OPENERS.contains(l)
                || t.get(k).capitalized() && t.get(k).ner() != NerTag.PERSON && !Lexicon.NOT_IN_TITLE.contains(l)
                && !Lexicon.HONORIFICS.contains(l);
    }

    /**
     * Adds a title. One headed by a relation is kept only when it names whose relation the person is ("Tomasz's
     * widow", "her son", which news writes as who the speaker is when they hold no office), without the possessive
     * pronoun ("son"); "a mother of three" says no more than an age and is dropped.
     */
    private void add(Title title) {
        String[] words = Lexicon.lower(title.text()).split("\\s+(?:of|at|for|in|from|with|to|on)\\s+")[0]
                .split("[^\\p{L}'’-]+");
        String headWord = words.length == 0 ? "" : words[words.length - 1];
        if (Lexicon.RELATIONS.contains(headWord)) {
            String owner = words.length >= 2 ? words[words.length - 2] : "";
            boolean owned = owner.endsWith("'s") || owner.endsWith("’s") || owner.endsWith("s'");
            if (!owned && !POSSESSIVES.contains(owner) || words.length > 4) {
                return;
            }
            String text = POSSESSIVES.contains(owner) ? title.text().substring(title.text().lastIndexOf(' ') + 1)
                    : title.text();
            title = new Title(title.personId(), text, title.country(), title.position());
        }
        titles.add(title);
        titleWords.computeIfAbsent(title.personId(), k -> new HashSet<>())
                .addAll(List.of(TITLE_WORD_BREAK.split(Lexicon.lower(title.text()))));
    }

    /**
     * The plain nouns before a title's first word that belong to it ("incident" commander, "chemistry" teacher,
     * "Planning board" chair): at most three lower-case words that are no function word, verb form or adverb; a
     * capitalised one only as the sentence's first word.
     */
    private static int compoundStart(List<Token> t, int start) {
        int k = start - 1;
        int taken = 0;
        while (k >= 0 && taken < 3) {
            String w = t.get(k).text();
            String l = Lexicon.lower(w);
            boolean word = w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-') && !w.isEmpty();
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (capital && k > 0 && LOCAL_UNITS.contains(l)) {
                // "Guangfu Township chief", "Hualien County magistrate": the unit the office governs, with its
                // place's name before it
                int place = k - 1;
                while (place >= 0 && k - place <= 2 && t.get(place).capitalized()
                        && t.get(place).ner() != NerTag.PERSON
                        && !Lexicon.NOT_IN_TITLE.contains(Lexicon.lower(t.get(place).text()))
                        && t.get(place).text().chars().allMatch(Character::isLetter)) {
                    place--;
                }
                return place < k - 1 ? place + 1 : k + 1;
            }
            if (!word || Lexicon.NOT_IN_TITLE.contains(l) || Lexicon.SPEECH_VERBS.contains(l) || l.endsWith("ly")
                    || l.endsWith("ed") || l.endsWith("ing") || capital && k > 0 || t.get(k).ner() != NerTag.NONE) {
                break;
            }
            taken++;
            k--;
        }
        return k + 1;
    }

    /** Units of local government whose name, with the place's, stands before an office ("Hualien County chief"). */
    private static final Set<String> LOCAL_UNITS = Set.of("county", "township", "district", "province", "ward",
            "village", "municipality", "borough", "parish", "prefecture", "city", "town", "region");

    /**
     * "Mensah's agent, Femi Adeyemi, said", "The mayor's deputy, Oksana Melnyk, coordinates": a noun phrase headed
     * by a role noun, from the sentence's start (or a clause's comma) to the comma before the name.
     */
    private void setOff(Sentence s, Resolved person, int nameStart) {
        List<Token> t = s.tokens();
        int comma = rankStart(t, nameStart - 1) - 1; // "The chairman of the authority, Lt Gen (retd) X, said"
        int after = person.span().to();
        if (comma < 1 || !t.get(comma).text().equals(",") || after < t.size() && !t.get(after).text().equals(",")
                && !isSentenceEnd(t.get(after).text())) {
            return;
        }
        int from = comma - 1;
        while (from > 0 && comma - from < 12 && !isSentenceEnd(t.get(from - 1).text())
                && (!t.get(from - 1).text().equals(",") || listedInName(t, from - 1))) {
            from--;
        }
        // "The chair of the Culture, Media and Sport Committee, Dame Ana Ruiz,": the article before the head
        int head = DETERMINERS.contains(Lexicon.lower(t.get(from).text())) && from + 2 < comma ? from + 1 : from;
        if (Lexicon.isTitleHead(t.get(head).text()) && (t.get(head).capitalized() || head > from)
                && head + 1 < comma - 1 && t.get(head + 1).text().matches("for|of|at|to")
                && !hasNameOrVerb(t, head + 1, comma)) {
            // "Counsel for the growers, Ana Ruiz, said": a title head that opens the phrase and governs a complement
            add(new Title(person.id(), s.slice(t.get(head).begin(), t.get(comma - 1).end()), Optional.empty(),
                    person.position()));
            return;
        }
        for (int j = comma - 3; j >= from; j--) {
            if ((DETERMINERS.contains(Lexicon.lower(t.get(j).text())) || POSSESSIVES.contains(Lexicon.lower(t.get(j)
                    .text())) || t.get(j).text().matches("['’]s")) && Lexicon.isTitleHead(t.get(j + 1).text())
                    && t.get(j + 2).text().matches("for|of|at|to") && !hasNameOrVerb(t, j + 2, comma)) {
                // "questioned by the chair of the Legislation Committee, Senator Ana Ruiz,": a title head after its
                // determiner or its owner ("the company's director of operations, X") that governs a complement,
                // set off before the name, past the clause before it
                add(new Title(person.id(), s.slice(t.get(j + 1).begin(), t.get(comma - 1).end()), Optional.empty(),
                        person.position()));
                return;
            }
        }
        // "asked the city's lawyer, Ana Ruiz.": the title starts at its own determiner, the nearest one
        for (int j = comma - 2; j > from; j--) {
            String w = Lexicon.lower(t.get(j).text());
            if (DETERMINERS.contains(w) || POSSESSIVES.contains(w)) {
                from = j;
                break;
            }
        }
        boolean opens = opensSetOff(t, from, comma);
        // after an owner ("the network's agronomist", "its convenor", "whose convenor") any noun is a role; else a
        // listed title head
        String first = Lexicon.lower(t.get(from).text());
        boolean owned = POSSESSIVES.contains(first) || first.equals("whose");
        for (int k = from; k < comma - 1; k++) {
            owned |= t.get(k).text().matches("['’]s");
        }
        if (first.equals("whose")) {
            from++; // "the group, whose convenor, X,": the relative word is no part of the title
        }
        // "The contractor, Rodolfo Bernabe, testified": a definite noun of one or two words that opens the sentence,
        // set off before the name, takes up someone the text described before, and is what they are (not "Outside
        // the prison, Ana Ruiz said", a place)
        boolean definite = first.equals("the") && comma - from <= 3 && plainNoun(t.get(comma - 1))
                && (from == 0 || t.get(from - 1).text().matches("[—–:-]|--"));
        boolean role = Lexicon.isTitleHead(t.get(comma - 1).text())
                || (owned || definite) && plainNoun(t.get(comma - 1));
        if (!opens || !role || hasNameOrVerb(t, from + 1, comma - 1)) {
            return;
        }
        add(new Title(person.id(), s.slice(t.get(from).begin(), t.get(comma - 1).end()), Optional.empty(),
                person.position()));
    }

    /**
     * Whether the comma at {@code c} lists words inside a capitalised name ("the Culture, Media and Sport
     * Committee"): capitals on both sides, and an "and" joining the last of them before the name goes on.
     */
    private static boolean listedInName(List<Token> t, int c) {
        if (c < 1 || c + 3 >= t.size() || !t.get(c - 1).capitalized() || !t.get(c + 1).capitalized()) {
            return false;
        }
        return t.get(c + 2).text().matches("and|&") && t.get(c + 3).capitalized();
    }

    /** Whether tokens from {@code from} open a noun phrase: a determiner, a possessive ("whose" too) or "X's". */
    private static boolean opensSetOff(List<Token> t, int from, int comma) {
        String first = Lexicon.lower(t.get(from).text());
        return DETERMINERS.contains(first) || POSSESSIVES.contains(first) || first.equals("whose")
                || from + 1 < comma && t.get(from + 1).text().matches("['’]s");
    }

    /** "a retired surgeon from Leeds named Graham Hollis": the phrase before "named" or "called". */
    private void named(Sentence s, Resolved person) {
        List<Token> t = s.tokens();
        int n = person.span().from() - 1;
        if (n < 2 || !Lexicon.lower(t.get(n).text()).matches("named|called")) {
            return;
        }
        for (int k = n - 1; k >= Math.max(0, n - 10); k--) {
            String w = Lexicon.lower(t.get(k).text());
            if (w.equals(",") || isSentenceEnd(w)) {
                return;
            }
            if (w.equals("a") || w.equals("an")) {
                if (!hasNameOrVerb(t, k + 1, n)) {
                    add(new Title(person.id(), s.slice(t.get(k).begin(), t.get(n - 1).end()), Optional.empty(),
                            person.position()));
                }
                return;
            }
        }
    }

    /**
     * The first token of a military rank of two words ("Lt Gen", "Maj Gen"), with a word in brackets after it
     * ("Lt Gen (retd)"), that ends at token {@code last}; {@code last + 1} when no rank ends there.
     */
    private static int rankStart(List<Token> t, int last) {
        int k = last;
        if (k >= 2 && t.get(k).text().equals(")") && t.get(k - 2).text().equals("(")) {
            k -= 3;
        }
        return Lexicon.rankPair(t, k - 1) ? k - 1 : last + 1;
    }

    /** Whether a person's name, a finite verb or a clause word stands among tokens {@code [from, to)}. */
    private static boolean hasNameOrVerb(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = Lexicon.lower(t.get(k).text());
            if (t.get(k).ner() == NerTag.PERSON || FINITE.contains(w) || Lexicon.SPEECH_VERBS.contains(w)
                    || w.equals("who") || w.equals("which") || w.equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} of sentence {@code s} lies inside a resolved name. */
    private static boolean insideName(Sentence s, int k, List<Resolved> rs) {
        return rs.stream().anyMatch(r -> r.span().sentence() == s && r.span().from() < k && r.span().to() > k);
    }

    /** "NAME, a professor of … at … in …, told/said", "NAME, who heads …,": the appositive after the name. */
    private void apposition(Sentence s, Resolved person, List<Resolved> rs) {
        List<Token> t = s.tokens();
        int open = person.span().to();
        int verb = open + 3 < t.size() && t.get(open).text().equals(",") && t.get(open + 1).text().matches("\\d{1,3}")
                && t.get(open + 2).text().equals(",") ? open + 3 : open; // "Yoon Seo-hyun, 54, is …"
        if (verb < t.size() && (t.get(verb).text().equals("is") || t.get(verb).text().equals("was"))) {
            copular(s, person, verb + 1);
            return;
        }
        int joined = joinedCopula(t, verb, rs, s);
        if (joined > 0) {
            copular(s, person, joined + 1); // "Ana Ruiz, 52, grows cane near Big Bend and is chairperson of …"
            return;
        }
        if (open >= t.size() || !t.get(open).text().equals(",")) {
            return;
        }
        int from = open + 1;
        if (from + 1 < t.size() && t.get(from).text().matches("\\d{1,3}") && t.get(from + 1).text().equals(",")) {
            from += 2; // "Ellie Marchetti, 45, who runs …": past the age
        }
        int to = from;
        while (to < t.size() && !(t.get(to).text().equals(",") && !insideName(s, to, rs))
                && !isSentenceEnd(t.get(to).text())) {
            to++; // a comma inside a name ("the Zambia Nurses, Midwives and Orderlies Union") goes on
        }
        // "said NAME, a senior fellow at …, a research group": after an inverted attribution the appositive
        // is everything up to the next comma
        boolean inverted = person.span().from() > 0
                && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(person.span().from() - 1).text()));
        String first = from < t.size() ? Lexicon.lower(t.get(from).text()) : "";
        if (first.equals("and") || first.equals("or") || first.equals("but") || first.equals("nor")) {
            return; // "the chair, Ana Ruiz, and the committee member Li Wei questioned her": a list goes on
        }
        // an appositive led by a determiner or "who" is no list of names ("Kim, Lee and Park met")
        boolean determined = DETERMINERS.contains(first) || first.equals("who");
        // "NAME, coordinator of the Growers' Network, which …": a role that governs an organisation
        int governing = governingHead(t, from, to);
        boolean closes = inverted || determined || governing >= 0 || to >= t.size() || isSentenceEnd(t.get(to).text())
                || (to + 1 < t.size() && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(to + 1).text())));
        if (!closes || to - from < 1 || to - from > 40) {
            return;
        }
        for (int k = from; k < to; k++) {
            if (SAYS.contains(Lexicon.lower(t.get(k).text()))) {
                // "…, asked by councillor Ana Ruiz, the mayor said the depot …": a clause of its own, not her title
                return;
            }
        }
        if (first.equals("who")) {
            who(s, person, from + 1, to);
            return;
        }
        if (first.equals("one") && from + 2 < to && Lexicon.lower(t.get(from + 1).text()).equals("of")
                && oneOf(s, person, from + 2)) {
            return; // "said Jovia Kabahweza, 63, one of the farmers who brought the case"
        }
        int headAt = -1;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (Lexicon.isTitleHead(w) && Character.isLowerCase(w.charAt(0)) || Lexicon.isTitleHead(w) && k == from) {
                headAt = k;
                break;
            }
        }
        headAt = headAt < 0 ? governing : headAt;
        String opener = t.get(from).text();
        if (first.matches("which|that|whose|said|says|told") || Character.isLowerCase(opener.charAt(0))
                && !DETERMINERS.contains(first) && !Lexicon.isTitleWord(opener) && !POSSESSIVES.contains(first)
                && !bareTitle(t, from, headAt)) {
            return; // "NAME, remembers a student …": the sentence goes on, no title follows
        }
        if (headAt < 0) {
            if (to - from <= 4 && Lexicon.RELATIONS.contains(Lexicon.lower(t.get(to - 1).text()))) {
                // "Irene Vos, his widow, said", "…, the driver's sister,": add() keeps it when it names whose
                add(new Title(person.id(), s.slice(t.get(from).begin(), t.get(to - 1).end()), Optional.empty(),
                        person.position()));
                return;
            }
            // "a marine ecologist from Ghana who joined …", "a Democrat from Tampa": an indefinite noun phrase
            int cut = relative(t, from, to);
            if ((first.equals("a") || first.equals("an")) && cut - from >= 2 && !hasNameOrVerb(t, from, cut)) {
                add(new Title(person.id(), s.slice(t.get(from).begin(), t.get(cut - 1).end()), Optional.empty(),
                        person.position()));
            }
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
        if (first.equals("a") || first.equals("an")) {
            int cut = relative(t, from, to);
            to = cut > headAt ? cut : to; // "a software entrepreneur who made his fortune …": the noun phrase
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
        add(new Title(person.id(), text, country, person.position()));
    }

    /**
     * "global head of macro", "longtime owner of …": a title without an article, modifiers straight before its head.
     * A determiner on the way ("remembers a student") means the words before it are a verb, not a modifier.
     */
    private static boolean bareTitle(List<Token> t, int from, int headAt) {
        if (headAt < 0 || headAt - from > 3) {
            return false;
        }
        for (int k = from; k < headAt; k++) {
            String w = Lexicon.lower(t.get(k).text());
            if (DETERMINERS.contains(w) || POSSESSIVES.contains(w) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return !hasNameOrVerb(t, from, headAt + 1);
    }

    /**
     * The last noun before "of", "at" or "for" in an appositive that opens with up to three lower-case nouns and
     * governs a name or a definite noun phrase ("coordinator of the …", "curator at Vale Museum"), or -1.
     */
    private static int governingHead(List<Token> t, int from, int to) {
        for (int k = from + 1; k < Math.min(to - 1, from + 4); k++) {
            String l = Lexicon.lower(t.get(k).text());
            if (!l.matches("of|at|for")) {
                if (!plainNoun(t.get(k)) && !Lexicon.isTitleHead(l)) {
                    return -1;
                }
                continue;
            }
            Token next = t.get(k + 1);
            boolean governs = next.capitalized() || Lexicon.lower(next.text()).equals("the");
            boolean nouns = plainNoun(t.get(from)) || Lexicon.isTitleHead(t.get(from).text())
                    && Character.isLowerCase(t.get(from).text().charAt(0));
            return governs && nouns && !hasNameOrVerb(t, from, to) ? k - 1 : -1;
        }
        return -1;
    }

    /** Where an indefinite appositive's noun phrase ends: before "who", "which" or "that", else at {@code to}. */
    private static int relative(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (Lexicon.lower(t.get(k).text()).matches("who|which|that")) {
                return k;
            }
        }
        return to;
    }

    /**
     * "NAME, who heads the agency's immunization division," "who chairs …", "who served as …": a relative clause
     * whose verb states a role is the title, without "who" (a clause about anything else, "who fled …", is none).
     * A role the clause names after "as" ("who spent a decade as a deckhand on trawlers before …") is a noun title.
     */
    private void who(Sentence s, Resolved person, int from, int to) {
        List<Token> t = s.tokens();
        if (from >= to) {
            return;
        }
        String verb = Lexicon.lower(t.get(from).text());
        int as = asRole(t, from, to);
        if (as >= 0) {
            int end = as + 1;
            while (end < to && !CLAUSE_ENDS.contains(Lexicon.lower(t.get(end).text()))) {
                end++;
            }
            add(new Title(person.id(), s.slice(t.get(as).begin(), t.get(end - 1).end()), Optional.empty(),
                    person.position()));
        } else if ((verb.equals("is") || verb.equals("was")) && from + 1 < to
                && DETERMINERS.contains(Lexicon.lower(t.get(from + 1).text()))) {
            // "who is a former minister"
            add(new Title(person.id(), s.slice(t.get(from + 1).begin(), t.get(to - 1).end()), Optional.empty(),
                    person.position()));
        } else if (Lexicon.ROLE_VERBS.contains(verb)) {
            int end = from + 1;
            while (end < to && !(Lexicon.lower(t.get(end).text()).equals("and") && end + 1 < to
                    && FINITE.contains(Lexicon.lower(t.get(end + 1).text())))) {
                end++; // "who studies exoplanets at … and was not involved in the study": the role, not what follows
            }
            add(new Title(person.id(), s.slice(t.get(from).begin(), t.get(end - 1).end()), Optional.empty(),
                    person.position()));
        }
    }

    /**
     * Where the role after "as" starts in a clause ("as a member", "as head of"), or -1: an indefinite article or a
     * title word right after "as", past the clause's verb.
     */
    private static int asRole(List<Token> t, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (!Lexicon.lower(t.get(k).text()).equals("as")) {
                continue;
            }
            String next = Lexicon.lower(t.get(k + 1).text());
            if ((next.equals("a") || next.equals("an")) && k + 2 < to || Lexicon.isTitleHead(next)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * The "is" or "was" of a second predicate of the subject whose first predicate opens at token {@code verb}:
     * "Ana Ruiz, 52, grows sugar cane near Big Bend and is chairperson of the growers' association". The first
     * predicate is a verb in lower case, and nothing between holds another person or opens a clause of its own;
     * -1 if there is none.
     */
    private static int joinedCopula(List<Token> t, int verb, List<Resolved> rs, Sentence s) {
        if (verb >= t.size() || t.get(verb).capitalized() || !t.get(verb).text().matches("\\p{L}+")
                || DETERMINERS.contains(Lexicon.lower(t.get(verb).text()))
                || CLAUSE_ENDS.contains(Lexicon.lower(t.get(verb).text()))
                || CONNECTORS.contains(Lexicon.lower(t.get(verb).text()))) {
            return -1;
        }
        for (int k = verb + 1; k + 1 < t.size() && !isSentenceEnd(t.get(k).text()); k++) {
            String w = Lexicon.lower(t.get(k).text());
            if (w.matches("who|whom|whose|which|that|but|because|while|when|where|said|says|told")) {
                return -1;
            }
            int at = k;
            if (rs.stream().anyMatch(r -> r.span().sentence() == s && r.span().from() == at
                    && r.type() == EntityType.PERSON)) {
                return -1;
            }
            String next = Lexicon.lower(t.get(k + 1).text());
            if (w.equals("and") && (next.equals("is") || next.equals("was"))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "Aisha Bello is the youngest captain at her airline": a role after "is" or "was", up to the clause's end. */
    private void copular(Sentence s, Resolved person, int from) {
        List<Token> t = s.tokens();
        int at = person.span().from();
        // at the sentence's start, after an opening clause's comma or after a dateline's dash ("KOCHKOR,
        // Kyrgyzstan — Asylbek Toktogulov, 63, is a shepherd")
        boolean opens = at == 0 || t.get(at - 1).text().matches("[,—–]") && !hasNameOrVerb(t, 0, at - 1);
        int owner = from;
        while (owner < t.size() && owner - from < 4 && t.get(owner).capitalized()) {
            owner++; // "is South Korea's minister of population strategy": a named owner stands for the determiner
        }
        boolean owned = owner > from && owner < t.size() && t.get(owner).text().matches("['’]s");
        if (opens && from + 2 < t.size() && Lexicon.lower(t.get(from).text()).equals("one")
                && Lexicon.lower(t.get(from + 1).text()).equals("of")) {
            oneOf(s, person, from + 2);
            return;
        }
        // "is chairperson of the growers' association": an office held alone needs no article
        boolean bare = from + 1 < t.size() && Lexicon.isTitleHead(t.get(from).text()) && !t.get(from).capitalized()
                && PREPOSITIONS.contains(Lexicon.lower(t.get(from + 1).text()));
        if (!opens || from >= t.size() || !DETERMINERS.contains(Lexicon.lower(t.get(from).text())) && !owned
                && !bare) {
            return;
        }
        int to = owned ? owner + 1 : from + 1;
        int headAt = bare ? from : -1;
        while (to < t.size() && to - from < 15 && !t.get(to).text().equals(",") && !isSentenceEnd(t.get(to).text())
                && !Lexicon.lower(t.get(to).text()).matches("and|who|whose|whom|which|that|but|where|when")) {
            if (headAt < 0 && Lexicon.isTitleHead(t.get(to).text())) {
                headAt = to;
            }
            to++;
        }
        if (headAt < 0) {
            headAt = occupationNoun(t, owned ? owner + 1 : from + 1, to);
        }
        if (headAt > 0 && !hasNameOrVerb(t, from, to)) {
            add(new Title(person.id(), s.slice(t.get(from).begin(), t.get(to - 1).end()), Optional.empty(),
                    person.position()));
        }
    }

    /**
     * "Amra Hadžić, 38, is one of four anaesthetists left at the clinic": one of a kind of worker, the kind in the
     * singular is the role. Past a number or a determiner, lower-case modifiers, then a plural noun that is a title
     * head or an agent noun ("one of the senior engineers"; not "one of the first to leave", nor "one of the few
     * people who …").
     */
    private boolean oneOf(Sentence s, Resolved person, int from) {
        List<Token> t = s.tokens();
        int k = from;
        while (k < t.size() && k < from + 2 && (DETERMINERS.contains(Lexicon.lower(t.get(k).text()))
                || POSSESSIVES.contains(Lexicon.lower(t.get(k).text())) || t.get(k).text().matches("\\d+")
                || Lexicon.isNumberWord(Lexicon.lower(t.get(k).text())))) {
            k++;
        }
        int first = k;
        while (k < t.size() && k < first + 4 && t.get(k).text().matches("\\p{Ll}[\\p{L}-]*")) {
            String plural = Lexicon.lower(t.get(k).text());
            String noun = singular(plural);
            if (!noun.equals(plural) && (Lexicon.isTitleHead(noun) || Lexicon.isAgentNoun(noun))
                    && !GENERIC_PERSONS.contains(noun)) {
                String modifiers = k > first ? s.slice(t.get(first).begin(), t.get(k - 1).end()) + " " : "";
                add(new Title(person.id(), modifiers + noun, Optional.empty(), person.position()));
                return true;
            }
            k++;
        }
        return false;
    }

    /** The singular of a plural noun of people ("anaesthetists", "councilmen", "deputies"); else the word. */
    static String singular(String plural) {
        String w = Lexicon.lower(plural);
        if (w.endsWith("men") && w.length() > 4) {
            return w.substring(0, w.length() - 2) + "an";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.matches(".*(ss|ch|sh|x)es")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** Nouns for anyone, which say who a person is but not their role ("the first woman to …"). */
    private static final Set<String> GENERIC_PERSONS = Set.of("man", "woman", "person", "one", "people", "boy",
            "girl", "child", "guy", "lady", "gentleman", "fan", "friend");

    /**
     * "Dorjiin Oyunbileg, 54, is a herder in Bayankhongor province": what a person is, said of them as the subject,
     * is their role even with no listed title word. The head is the first plain noun that ends the noun phrase (a
     * preposition, a comma or the end follows), within three words of the determiner; -1 if none. "the first woman
     * to row for the team" says what she did, not what she is: a noun for anyone, or one before "to", is no role.
     */
    private static int occupationNoun(List<Token> t, int from, int to) {
        for (int k = from; k < to && k < from + 3; k++) {
            if (!t.get(k).text().matches("\\p{Ll}[\\p{L}-]*|\\d+-\\p{L}.*")) {
                return -1; // "a retired herder", "a 30-year-old herder": modifiers before the noun; a capital ends it
            }
            String next = k + 1 < t.size() ? Lexicon.lower(t.get(k + 1).text()) : ".";
            if (plainNoun(t.get(k)) && !GENERIC_PERSONS.contains(Lexicon.lower(t.get(k).text()))
                    && (PREPOSITIONS.contains(next) && !next.equals("to") || next.equals("near") || k + 1 == to)) {
                return k;
            }
        }
        return -1;
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
        // the country, by the token it starts at, that owns what follows it ("North Korea's leader")
        Resolved[] owners = new Resolved[t.size()];
        for (Resolved r : rs) {
            if (r.type() == EntityType.COUNTRY && r.kind() != MentionKind.DEMONYM && r.span().to() < t.size()
                    && t.get(r.span().to()).text().matches("['’]s") && owners[r.span().from()] == null) {
                owners[r.span().from()] = r;
            }
        }
        for (int k = 0; k < t.size(); k++) {
            // "the (North Korean) leader", or a country's possessive: "North Korea's leader"
            Optional<Resolved> owner = Optional.ofNullable(owners[k]);
            if (!t.get(k).text().equalsIgnoreCase("the") && owner.isEmpty()) {
                continue;
            }
            int j = owner.map(o -> o.span().to() + 1).orElse(k + 1);
            Optional<String> country = owner.map(Resolved::id);
            int head = -1;
            int titleFrom = -1;
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
                if (titleFrom < 0) {
                    titleFrom = j;
                }
                if (Lexicon.isTitleHead(w)) {
                    head = j;
                    j++;
                    // "Foreign Minister", "vice president", "the Deputy Prime Minister": the title's last head
                    int x = j;
                    while (x < t.size() && Lexicon.isTitleWord(t.get(x).text())
                            && !PREPOSITIONS.contains(Lexicon.lower(t.get(x).text()))
                            && !DETERMINERS.contains(Lexicon.lower(t.get(x).text()))
                            && !CONNECTORS.contains(Lexicon.lower(t.get(x).text()))
                            && (Lexicon.isTitleHead(t.get(x).text()) || t.get(x).capitalized())) {
                        x++;
                    }
                    if (x > j && Lexicon.isTitleHead(t.get(x - 1).text())) {
                        head = x - 1;
                        j = x;
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
                int epithetEnd = owner.isEmpty() ? epithet(t, k, rs) : -1;
                long at = Resolved.position(s.index(), t.get(k).begin());
                Optional<String> who = epithetEnd < 0 ? Optional.empty()
                        : latestFree(at, country, epithetNoun(t, k, epithetEnd), lastSeen, personCountry);
                if (who.isPresent()) {
                    Span span = new Span(s, k, epithetEnd, t.get(k).begin(), t.get(epithetEnd - 1).end(),
                            s.slice(t.get(k).begin(), t.get(epithetEnd - 1).end()), Span.Kind.PERSON, Optional.empty());
                    out.add(new Resolved(span, who.get(), EntityType.PERSON, MentionKind.DESCRIPTION,
                            names.get(who.get()), Optional.empty()));
                    k = epithetEnd - 1;
                }
                continue;
            }
            int end = head + 1;
            if (end + 1 < t.size() && t.get(end).text().equals("-") && t.get(end).begin() == t.get(head).end()
                    && t.get(end + 1).begin() == t.get(end).end() && Lexicon.isTitleWord(t.get(end + 1).text())) {
                end += 2; // "the director-general said", which the tokenizer splits at the hyphen
            }
            if (end < t.size() && (t.get(end).ner() == NerTag.PERSON
                    || t.get(end).text().equals("of"))) {
                continue; // a title before a name, or "the leader of …": not a description on its own
            }
            String headWord = Lexicon.lower(t.get(head).text());
            long here = Resolved.position(s.index(), t.get(k).begin());
            Optional<String> match = bestMatch(headWord, fieldWords(t, titleFrom, head), country, here, lastSeen,
                    personCountry);
            if (match.isPresent()) {
                String id = match.get();
                // "the deputy prefect said" for "Deputy prefect of the region X": the title's own noun ends it
                while (end < t.size() && plainNoun(t.get(end)) && titleHolds(id, t.get(end).text())) {
                    end++;
                }
                Span span = new Span(s, k, end, t.get(k).begin(), t.get(end - 1).end(),
                        s.slice(t.get(k).begin(), t.get(end - 1).end()), Span.Kind.PERSON, Optional.empty());
                out.add(new Resolved(span, id, EntityType.PERSON, MentionKind.DESCRIPTION, names.get(id),
                        Optional.empty()));
                k = end - 1;
            }
        }
        return out;
    }

    /** Whether a title of person {@code id} holds {@code word} (lower case). */
    private boolean titleHolds(String id, String word) {
        return titleWords.getOrDefault(id, Set.of()).contains(word);
    }

    /**
     * "the Finnish winger said", "the Limerick native said", "the winger from Oberzell said": a description whose head
     * is no role noun, but which a demonym, a place or an age marks as a person's, as the subject of a speech verb.
     * Returns where it ends, or -1. Collective nouns ("the Dutch company said") are no one's description.
     */
    private static int epithet(List<Token> t, int k, List<Resolved> rs) {
        boolean cue = false;
        int j = k + 1;
        while (j < t.size() && j - k <= 5) {
            int jj = j;
            Optional<Resolved> r = rs.stream().filter(x -> x.span().from() == jj).findFirst();
            if (r.isPresent()) {
                if (r.get().type() != EntityType.LOCATION && r.get().kind() != MentionKind.DEMONYM) {
                    return -1;
                }
                cue = true;
                j = r.get().span().to();
                continue;
            }
            if (j == k + 2 && t.get(j).text().equals("from") && plainNoun(t.get(k + 1))) {
                // "the winger from Oberzell said": a noun and the place the person comes from
                Optional<Resolved> place = rs.stream().filter(x -> x.span().from() == jj + 1
                        && (x.type() == EntityType.LOCATION || x.type() == EntityType.COUNTRY)).findFirst();
                int end = place.map(p -> p.span().to()).orElse(t.size());
                String head = Lexicon.lower(t.get(k + 1).text());
                return end < t.size() && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(end).text()))
                        && !Lexicon.isTitleHead(head) && !Lexicon.COLLECTIVES.contains(head) ? end : -1;
            }
            if (Lexicon.NATIONALITY_NOUNS.contains(Lexicon.lower(t.get(j).text())) && t.get(j).capitalized()) {
                cue = true;
                j++;
                continue;
            }
            String w = t.get(j).text();
            if (Character.isDigit(w.charAt(0)) || w.equals("-") || hyphenated(t, j)) {
                cue |= Lexicon.lower(w).contains("old");
                j++;
                continue;
            }
            if (!plainNoun(t.get(j))) {
                break;
            }
            j++;
        }
        if (!cue || j >= t.size() || j == k + 1 || !Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.get(j).text()))) {
            return -1;
        }
        if (j == k + 2 && Lexicon.NATIONALITY_NOUNS.contains(Lexicon.lower(t.get(k + 1).text()))) {
            // "the Finn said": a noun of nationality stands for a person
            return j;
        }
        String head = Lexicon.lower(t.get(j - 1).text());
        boolean noun = Character.isLowerCase(t.get(j - 1).text().charAt(0)) && !hyphenated(t, j - 1);
        // "the Bahia state culture secretariat said": a public body's head, which no person is
        return noun && !Lexicon.isTitleHead(head) && !Lexicon.COLLECTIVES.contains(head)
                && !SpanFinder.INSTITUTION_HEADS.contains(head) ? j : -1;
    }

    /** The noun of a description: its last word, or the one before "from" ("the winger from Oberzell"). */
    private static String epithetNoun(List<Token> t, int k, int end) {
        return Lexicon.lower(t.get(k + 2 < end && t.get(k + 2).text().equals("from") ? k + 1 : end - 1).text());
    }

    /**
     * The person seen most recently before {@code here} whom nothing sets apart from a description: no other country,
     * no title with a role noun of its own unless the title holds the description's noun ("the deputy prefect said"
     * after "Deputy prefect of the region X").
     */
    private Optional<String> latestFree(long here, Optional<String> country, String noun, Map<String, Long> lastSeen,
                                       Map<String, String> personCountry) {
        String best = null;
        long bestPos = -1;
        for (Map.Entry<String, Long> e : lastSeen.entrySet()) {
            if (e.getValue() < here && e.getValue() > bestPos) {
                bestPos = e.getValue();
                best = e.getKey();
            }
        }
        String id = best;
        if (id == null
                || country.isPresent() && personCountry.containsKey(id) && !country.get().equals(personCountry.get(id))
                || titleWords.getOrDefault(id, Set.of()).stream().anyMatch(Lexicon::isTitleHead)
                && !titleHolds(id, noun)) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** Words that never tell one holder of a title from another: time, rank in general, and joining words. */
    private static final Set<String> NOT_A_FIELD = Set.of("former", "then", "late", "outgoing", "incoming",
            "current", "new", "veteran", "longtime", "acting", "interim", "top", "senior", "leading", "retired", "-",
            "of", "the", "and", "for", "&");

    /**
     * The words of a description before its head that say which such office it is: "prime" and "deputy" in "the
     * deputy prime minister", "justice" in "the justice minister"; not "former" nor "then".
     */
    private static List<String> fieldWords(List<Token> t, int from, int head) {
        List<String> out = new ArrayList<>();
        for (int i = Math.max(from, 0); i < head; i++) {
            String w = Lexicon.lower(t.get(i).text());
            if (!NOT_A_FIELD.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private Optional<String> bestMatch(String head, List<String> field, Optional<String> country, long here,
                                       Map<String, Long> lastSeen, Map<String, String> personCountry) {
        String best = null;
        long bestPos = -1;
        for (Title title : titles) {
            if (title.position() >= here && !lastSeen.containsKey(title.personId())) {
                continue;
            }
            if (!fits(head, title.text())) {
                continue;
            }
            // "the prime minister" is not the justice minister the text named, though both are ministers
            List<String> titleWords = List.of(Lexicon.lower(title.text()).split("[^\\p{L}]+"));
            if (!titleWords.containsAll(field)) {
                continue;
            }
            if (country.isPresent() && !country.equals(Optional.ofNullable(personCountry.get(title.personId())))) {
                continue;
            }
            if (Lexicon.LEADER_HEADS.contains(head) && country.isEmpty()
                    && !Lexicon.lower(title.text()).contains(head)) {
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
