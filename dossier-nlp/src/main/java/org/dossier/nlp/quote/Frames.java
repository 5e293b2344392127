package org.dossier.nlp.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.EntityType;
import org.dossier.nlp.entity.CountryTable;
import org.dossier.nlp.entity.EntityResolver;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;

/**
 * Reads attribution frames around a quotation and the speaker phrases in them, from the body's tokens and
 * the entity stage's mentions. Each method looks at a bounded window of tokens, so the whole pass stays
 * linear in the body. English frames (see {@link Words}).
 */
final class Frames {
    /** A frame never reaches further than this many tokens from its quotation. */
    static final int WINDOW = 50;
    /** A short phrase inside a sentence is speech only this close to the verb that reports it. */
    static final int NEAR = 6;
    /** An appositive between commas is at most this long ("Kim, a professor at … and a former adviser, said"). */
    static final int MAX_APPOSITIVE = 45;

    private final Body b;

    Frames(Body b) {
        this.b = b;
    }

    /**
     * A phrase naming a speaker.
     *
     * @param ref        who it names
     * @param start      its first token
     * @param end        the token after it (its appositive excluded)
     * @param appositive the title between commas next to it, as written
     */
    record Np(Ref ref, int start, int end, Optional<String> appositive) {
    }

    /**
     * An attribution: who, with the title the frame gives, and the speech verb's token.
     *
     * @param ref        the speaker phrase
     * @param appositive the title the frame gives
     * @param verb       the verb's token index (-1 for "according to" or a frame without a verb)
     */
    record Frame(Ref ref, Optional<String> appositive, int verb) {
        static Frame of(Np np, int verb) {
            return new Frame(np.ref(), np.appositive(), verb);
        }
    }

    /** {@code "…," NAME (, TITLE,) said} or {@code "…," said NAME (, TITLE)} after the closing mark. */
    Optional<Frame> trailer(Quoted q) {
        if (!q.closed()) {
            return Optional.empty();
        }
        int i = b.tokenAt(q.after());
        int par = q.lastParagraph();
        while (i < b.size() && isDash(b.word(i)) || i < b.size() && b.word(i).equals(",")) {
            i++;
        }
        if (i >= b.size() || b.paragraphOfToken(i) != par) {
            return Optional.empty();
        }
        int first = i;
        int stop = clauseStop(first, par);
        if (Words.isFrameVerb(b.word(first)) && !b.token(first).capitalized()) {
            return npAfter(first + 1, stop).map(np -> Frame.of(np, first));
        }
        if (b.lower(first).equals("according") && b.lower(first + 1).equals("to")) {
            return npAfter(first + 2, stop).map(np -> Frame.of(np, -1));
        }
        for (int v = first + 1; v < stop; v++) {
            if (b.lower(v).equals("quoted") && v + 3 < stop) {
                // "KCNA quoted him as saying": the one quoted is the speaker
                String o = b.lower(v + 1);
                Optional<Np> object = o.equals("him") || o.equals("her")
                        ? Optional.of(new Np(new Ref.Pronoun(o.equals("him") ? 'm' : 'f'), v + 1, v + 2,
                                Optional.empty()))
                        : npAfter(v + 1, stop);
                int verb = v;
                if (object.isPresent() && b.lower(object.get().end()).equals("as")) {
                    return object.map(np -> Frame.of(np, verb));
                }
            }
            boolean back = (b.lower(v).equals("shot") || b.lower(v).equals("fired") || b.lower(v).equals("hit"))
                    && b.lower(v + 1).equals("back"); // "Hughes shot back"
            if ((Words.isFrameVerb(b.word(v)) || back) && !b.token(v).capitalized()) {
                Optional<Np> np = npBefore(v - 1, first);
                if (np.isPresent() && np.get().start() == first) {
                    return Optional.of(Frame.of(np.get(), v));
                }
                if (np.isPresent() && np.get().ref() instanceof Ref.Named && modifiersOnly(first, np.get().start())) {
                    // "…," the 14th-ranked Schwartzman said; "…," chairman, CEO and president Craig Menear said
                    Np x = np.get();
                    // the title words the phrase took before the name go on those before it: one title
                    int name = b.tokenAt(((Ref.Named) x.ref()).mention().begin());
                    boolean before = name > x.start() && x.appositive().filter(a -> Quoted.collapse(a)
                            .equals(Quoted.collapse(b.slice(x.start(), name)))).isPresent();
                    int upTo = before ? name : x.start();
                    Optional<String> words = Optional.of(b.slice(first, upTo))
                            .filter(a -> asTitle(a).isPresent() && Arrays.stream(Words.lower(a).split("[^\\p{L}]+"))
                                    .anyMatch(w -> Words.personRole(w) != null || Words.isOccupation(w)));
                    return Optional.of(new Frame(x.ref(), before ? words.or(x::appositive)
                            : combine(words, x.appositive()), v));
                }
                Mention lead = b.mention(first);
                if (lead != null && b.mentionFirst(first) == first && lead.type() == EntityType.PERSON
                        && lead.kind() == MentionKind.NAME && b.word(b.mentionEnd(first)).equals(",")
                        && plainAppositive(b.mentionEnd(first) + 1, v)) {
                    // "…," Ana Ruiz, a research analyst at the Delhi-based think tank told CBS: an appositive whose
                    // closing comma the writer left out
                    return Optional.of(new Frame(new Ref.Named(lead),
                            Optional.of(b.slice(b.mentionEnd(first) + 1, v)).filter(a -> asTitle(a).isPresent()), v));
                }
                // "…," he said, while Kim said …: only the phrase right after the quote counts
                if (np.isPresent()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words from {@code from} to {@code to} only modify the name after them: "the", commas, "and", and
     * words that are no verb, preposition, pronoun or person's name ("the 14th-ranked", "chairman, CEO and
     * president", "NASA scientist and study co-author"), at most six.
     */
    private boolean modifiersOnly(int from, int to) {
        if (to - from > 6 || to <= from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String w = b.lower(j);
            // "14th-ranked", cut at its hyphen: the participle after it is part of a compound adjective
            boolean joins = w.equals(",") || w.equals("and") || w.equals("the")
                    || j > from && b.word(j - 1).equals("-");
            // a body or a country modifies a title ("NASA scientist and study co-author"); a person does not
            boolean person = b.mention(j) != null && b.mention(j).type() == EntityType.PERSON;
            if (!joins && (Words.isFunction(w) || person || isQuoteMark(b.word(j))
                    || !b.word(j).chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** An appositive from {@code from} to the verb at {@code v}: no verb, no quotation, no other person in it. */
    private boolean plainAppositive(int from, int v) {
        if (v - from < 2 || v - from > MAX_APPOSITIVE || !Words.isDeterminer(b.word(from))
                && Words.personRole(b.word(from)) == null) {
            return false;
        }
        for (int j = from; j < v; j++) {
            Mention m = b.mention(j);
            if (Words.isFinite(b.word(j)) || Words.isFrameVerb(b.word(j)) || b.endsClause(j)
                    || isQuoteMark(b.word(j)) || m != null && m.type() == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code NAME (, TITLE,) said(:|,) "…"} or {@code According to NAME, "…"}: a speaker before the opening mark,
     * with nothing but adjuncts ("in a statement", "on Tuesday", "reporters") between the verb and the mark.
     *
     * @param lo first token the frame may use (after an earlier quotation of the same sentence)
     */
    Optional<Frame> leader(Quoted q, int lo) {
        int o = b.tokenAt(q.open());
        if (o <= 0 || o >= b.size()) {
            return Optional.empty();
        }
        int k = o - 1;
        boolean stop = b.word(k).equals(".") && labelStop(k);
        // a label with a full stop ("Mr. DELAHAYE-CRANE. …") is a sentence of its own before the turn
        int from = Math.max(lo, b.sentenceStart(b.sentenceOf(stop ? k : o)));
        boolean colon = b.word(k).equals(":") || stop;
        while (k >= from && (b.word(k).equals(":") || k == o - 1 && stop || b.word(k).equals(",")
                || isDash(b.word(k)) || b.lower(k).equals("that"))) {
            k--;
        }
        if (k < from || colon && k == from && b.token(k).capitalized() && Transcript.answerLabel(b.word(k))) {
            return Optional.empty(); // "A: …": an interview's answer, whose label names no one
        }
        int last = k;
        for (int v = k; v >= Math.max(from, k - 10); v--) {
            if (b.endsClause(v)) {
                break;
            }
            if (b.lower(v).equals("according") && b.lower(v + 1).equals("to")) {
                return npAfter(v + 2, last + 1).filter(np -> np.end() >= last).map(np -> Frame.of(np, -1));
            }
            if (Words.isParticiple(b.word(v)) && b.word(v - 1).equals(",")) {
                // "…, saying: \"…\"", "…, adding, \"…\"": the clause's subject speaks
                int verb = v;
                return trailingSpeaker(from, v - 1).or(() -> clauseSubject(from, verb)).map(np -> Frame.of(np, verb));
            }
            boolean placing = (b.lower(v).equals("put") || b.lower(v).equals("puts")) && !b.lower(v + 1).equals("it");
            if (placing) {
                continue; // "had put \"a fair offer\" on the table": put frames words only as "put it"
            }
            if (Words.isFrameVerb(b.word(v)) && !b.token(v).capitalized()) {
                if (v == o - 1 && contactRelative(v)) {
                    return Optional.empty(); // "the documents it requested \"…\"": the verb's object is the noun
                }
                if (v < last && !adjunctsOnly(v, last + 1)) {
                    return Optional.empty();
                }
                int verb = v;
                return npBefore(v - 1, from).map(np -> Frame.of(np, verb));
            }
        }
        if (colon) {
            // "Lindqvist put it bluntly: …": whoever the sentence is about
            int label = k + 1;
            return officeLabel(from, label).or(() -> officeHeldEarlier(from, label)).or(() -> subject(from, o))
                    .or(() -> roleLabel(from, label))
                    .map(np -> Frame.of(np, -1));
        }
        return Optional.empty();
    }

    /**
     * Whether token {@code k} ends a transcript's label at the start of its paragraph: its colon ("Senator HALLORAN:
     * …"), or the full stop of a label as Congress prints it ("Mr. DELAHAYE-CRANE. …", "The CHAIRMAN. …").
     */
    private boolean labelStop(int k) {
        if (b.word(k).equals(":")) {
            return true;
        }
        if (!b.word(k).equals(".")) {
            return false;
        }
        int par = b.paragraphOfToken(k);
        return Transcript.fullStopLabel(b.text, b.parBegin[par], b.parEnd[par]) == b.token(k).begin();
    }

    /** Forms of address before an office in a transcript's label ("Mr Speaker:", "Madam Chair:"). */
    private static final Set<String> ADDRESS = Set.of("mr", "mr.", "madam", "madame", "mister");

    /** Lower-case words an office's name in a label may hold ("Minister of State for Manpower"). */
    private static final Set<String> OFFICE_LINKS = Set.of("of", "for", "and", "the", "on", "&");

    /**
     * "The Chair (Mr. Ana Ruiz): …", "The Senior Minister of State for Manpower (Dr Ana Ruiz): …": a Hansard's label
     * that names an office, then its holder in brackets, at the start of its paragraph (tokens {@code [from, end)}):
     * the holder speaks, and the office is her title.
     */
    private Optional<Np> officeLabel(int from, int end) {
        int st = b.tokenAt(b.parBegin[b.paragraphOfToken(from)]);
        if (from != st || end - 1 <= from || !b.word(end - 1).equals(")") || !labelStop(end)) {
            return Optional.empty();
        }
        int open = end - 2;
        while (open > from && !b.word(open).equals("(")) {
            open--;
        }
        int name = open + 1;
        // "(Dr Ana Ruiz)", and "(Sen. Ruiz)" as the Philippine Senate's transcripts give the chair's holder
        while (name < end - 1 && (courtesy(name) || b.token(name).capitalized() && b.word(name).endsWith(".")
                && Words.personRole(b.word(name)) != null)) {
            name++;
        }
        Mention m = b.mention(name);
        if (open <= from || m == null || m.type() != EntityType.PERSON || b.mentionFirst(name) != name
                || b.mentionEnd(name) != end - 1) {
            return Optional.empty();
        }
        int office = b.lower(from).equals("the") ? from + 1 : from;
        boolean role = false;
        for (int x = office; x < open; x++) {
            // the office may be a description the entity stage gave someone ("THE CHAIRPERSON"); the bracket says who
            // holds it here
            if (!b.token(x).capitalized() && !OFFICE_LINKS.contains(b.lower(x)) || b.mention(x) != null
                    && b.mention(x).type() == EntityType.PERSON && b.mention(x).kind() != MentionKind.DESCRIPTION) {
                return Optional.empty();
            }
            role |= Words.personRole(b.word(x)) != null;
        }
        String title = b.slice(office, open);
        // "THE CHAIRPERSON": a label's capitals are the transcript's type, not the office's name
        title = title.equals(title.toUpperCase(Locale.ROOT)) ? Words.lower(title) : title;
        return role ? Optional.of(new Np(new Ref.Named(m), from, end, Optional.of(title))) : Optional.empty();
    }

    /**
     * "THE CHAIRPERSON: …" after "THE CHAIRPERSON (Sen. Ruiz): …": a transcript's label at the start of its paragraph
     * (tokens {@code [from, end)}) that names only the office an earlier label gave with its holder in brackets is
     * that holder's, whoever else the text calls by the office's word.
     */
    private Optional<Np> officeHeldEarlier(int from, int end) {
        int par = b.paragraphOfToken(from);
        int office = b.lower(from).equals("the") ? from + 1 : from;
        if (from != b.tokenAt(b.parBegin[par]) || office >= end || !labelStop(end)) {
            return Optional.empty();
        }
        String words = Words.lower(b.slice(office, end));
        for (int p = par - 1; p >= 0; p--) {
            int st = b.tokenAt(b.parBegin[p]);
            for (int c = st + 2; c < Math.min(b.size(), st + MAX_APPOSITIVE + 8); c++) {
                if (labelStop(c)) {
                    Optional<Np> held = officeLabel(st, c);
                    if (held.flatMap(Np::appositive).map(Words::lower).filter(words::equals).isPresent()) {
                        return Optional.of(new Np(held.get().ref(), from, end, held.get().appositive()));
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "CHAIR: …", "The Convener: …", "Presiding Officer: …": a transcript's label that names a role and no one, at the
     * start of its paragraph (tokens {@code [from, end)}); the one the text gave that role speaks.
     */
    private Optional<Np> roleLabel(int from, int end) {
        int st = b.tokenAt(b.parBegin[b.paragraphOfToken(from)]);
        int j = from == st && b.lower(from).equals("the") ? from + 1 : from;
        // "Mr Speaker:", "Madam Chair:": the form of address to the one in the chair
        boolean addressed = from == st && ADDRESS.contains(b.lower(from));
        j = addressed ? from + 1 : j;
        if (from != st || end - j < 1 || end - j > 3 || !labelStop(end)) {
            return Optional.empty();
        }
        for (int x = j; x < end; x++) {
            if (!b.token(x).capitalized() || b.mention(x) != null && b.mention(x).type() != EntityType.PERSON) {
                return Optional.empty();
            }
        }
        String head = Words.lower(b.word(end - 1));
        // a house's Speaker, whom the word names only as a label's office (a "speaker" at a meeting is anyone), or
        // in the capitals a Hansard prints its labels in ("SPEAKER: Order!")
        String last = b.word(end - 1);
        boolean capitals = last.length() > 1 && last.equals(last.toUpperCase(Locale.ROOT));
        if (Words.personRole(head) == null && !(head.equals("speaker") && (addressed || j > from || capitals))) {
            return Optional.empty();
        }
        String text = "the " + Words.lower(Quoted.collapse(b.slice(j, end)));
        return Optional.of(new Np(new Ref.Described(text, head, Optional.empty()), from, end, Optional.empty()));
    }

    /** Verbs that put a name on something, in the forms that follow a plural subject or "to". */
    private static final Set<String> NAMING_BASE = Set.of("call", "describe", "dub", "brand", "label", "term");

    /**
     * Whether token {@code v} is a verb of naming whose subject names no one: "critics call it", "prompting residents
     * to call the scheme \"…\"". The label is theirs, not the sentence's speaker's, and news does not list it.
     */
    private boolean namedByNoOne(int v, int from) {
        if (!Words.isCharacterising(b.word(v)) && !NAMING_BASE.contains(b.lower(v))) {
            return false;
        }
        int s = v - 1;
        while (s > from && (b.lower(s).equals("to") || b.lower(s).equals("have") || b.lower(s).equals("had")
                || b.lower(s).equals("often") || b.lower(s).equals("already"))) {
            s--;
        }
        return s >= from && !b.lower(s).equals("it") && !b.lower(s).equals("they") && Words.isGeneric(b.word(s));
    }

    /**
     * Whether quotation {@code q} is a label that people the text does not name put on something, right after the
     * verb of naming and its object: "prompting critics to call the scheme \"a ticket, not a limit\"".
     */
    boolean labelOfNoOne(Quoted q) {
        int o = b.tokenAt(q.open());
        if (o <= 0 || o >= b.size()) {
            return false;
        }
        int from = b.sentenceStart(b.sentenceOf(o));
        for (int v = o - 1; v >= Math.max(from, o - 5); v--) {
            if (b.word(v).equals(",") || b.endsClause(v)) {
                return false;
            }
            if (namedByNoOne(v, from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation inside a sentence ({@code Kim said the talks were "a great success"}): the last reporting verb
     * before it in the sentence and that verb's subject; {@code near}: for a short phrase, only a verb in the same
     * clause, a few words before ("said staff were \"working flat out\"") or further back if it reports a clause.
     */
    Optional<Frame> partial(Quoted q, int lo, boolean near) {
        int o = b.tokenAt(q.open());
        if (o <= 0 || o >= b.size()) {
            return Optional.empty();
        }
        int from = Math.max(lo, b.sentenceStart(b.sentenceOf(o)));
        for (int v = o - 1; v >= Math.max(from, o - WINDOW); v--) {
            String w = b.lower(v);
            if (near && (w.equals(",") && !continuesReport(v) || w.equals("which") || w.equals("who")
                    || w.equals("whom") || w.equals(";"))) {
                return Optional.empty(); // "…, which the North called a \"unilateral demand\"": another clause
            }
            // a short phrase further back than a few words is speech only inside what "said" reports, in the same
            // clause: "said he expected the deal to be signed \"within weeks\"" (a partial quote, as news writes it)
            boolean far = near && v < o - NEAR;
            if (Words.isParticiple(b.word(v)) && b.word(v - 1).equals(",")) {
                int verb = v;
                return trailingSpeaker(from, v - 1).or(() -> clauseSubject(from, verb - 1))
                        .filter(np -> !(np.ref() instanceof Ref.Unknown))
                        .map(np -> Frame.of(np, verb)); // "…, calling them a \"dangerous provocation\""
            }
            // "X called the plan \"a tax nobody asked for\"", "accused him of \"stalling\"": the subject's own words;
            // a label of a word or two after "called" ("called the rules \"temporary measures\"") is a scare quote
            boolean naming = Words.isCharacterising(b.word(v)) && v + 1 < o
                    && (b.lower(v).startsWith("accuse") || q.text(b.text).split("\\s+").length >= 3);
            // "described the claims as \"baseless and unfounded\"", "criticised the plan as \"…\"": a verb of
            // judging in words, its object, then "as" and the subject's own label for it
            naming |= b.lower(o - 1).equals("as") && v < o - 2 && v >= o - NEAR
                    && (Words.isCharacterising(b.word(v)) || Words.isReacting(b.word(v)));
            boolean reports = Words.isReportingVerb(b.word(v)) && !Words.isNounLike(b.word(v));
            // "told reporters that …": the one told between the verb and "that"
            boolean toldThat = b.lower(v).matches("told|tells|tell|assured|informed|reminded")
                    && (b.lower(v + 2).equals("that") || b.lower(v + 3).equals("that") && !b.word(v + 2).equals(","));
            if (far && !(reports && (Words.takesBareClause(b.word(v)) || b.lower(v + 1).equals("that") || toldThat))) {
                continue;
            }
            if (far && modifiesNoun(q)) {
                return Optional.empty(); // "a pattern of \"gray zone\" pressure": a term, not words of the speaker
            }
            if (reports && v == o - 1 && contactRelative(v)) {
                continue; // "received the documents it requested \"only after …\"": the noun is what was asked for
            }
            if ((naming && !far || reports) && !b.token(v).capitalized()
                    && !Words.isDeterminer(b.word(v - 1)) && !Words.isPassiveAuxiliary(b.word(v - 1))) {
                int verb = v;
                Optional<Np> np = npBefore(v - 1, from);
                boolean shared = false;
                if (np.isEmpty() && (b.lower(v - 1).equals("and") || b.lower(v - 1).equals("but"))) {
                    // "X called the vote a defeat and accused the board of \"…\"": the verb shares the subject
                    np = clauseSubject(b.sentenceStart(b.sentenceOf(o)), v - 1);
                    // "The chief executive told MSPs that …, but admitted that islanders had been \"badly let
                    // down\"": after a comma, the sentence's subject's second report
                    shared = b.word(v - 2).equals(",") && np.map(x -> x.ref() instanceof Ref.Described).orElse(false);
                }
                boolean vague = np.map(x -> x.ref() instanceof Ref.Unknown || x.ref() instanceof Ref.Described)
                        .orElse(true);
                if (!shared && vague && reportsBefore(from, v)) {
                    // "said officers had responded \"within seconds\"", "said the party accepted the verdict and
                    // would sit \"with vigilance\"": the clause is still the one who said it
                    continue;
                }
                return np.filter(x -> !(x.ref() instanceof Ref.Unknown)).map(x -> Frame.of(x, verb));
            }
        }
        return Optional.empty();
    }

    /** Subject pronouns that open a relative clause with no relative word ("the documents it requested"). */
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("it", "he", "she", "they", "we", "i", "you");

    /**
     * Whether the verb at {@code v}, right before a quotation, ends a relative clause with no relative word, after the
     * noun it takes as its object ("the documents it requested \"only after …\""): the verb reports nothing of its
     * own. Not "a budget she said would \"…\"", whose verb reports the clause the quotation ends.
     */
    private boolean contactRelative(int v) {
        String noun = b.word(v - 2);
        return v >= 2 && CLAUSE_PRONOUNS.contains(b.lower(v - 1)) && !noun.isEmpty()
                && noun.chars().allMatch(Character::isLowerCase) && !Words.isFunction(noun)
                && !Words.isClauseStart(noun) && !noun.equals("that") && !Words.isNounLike(noun);
    }

    /**
     * Whether a quoted phrase stands before a noun it qualifies ("\"gray zone\" pressure"): a lower-case word right
     * after the closing mark that is not a preposition, conjunction, adverb of time or verb.
     */
    private boolean modifiesNoun(Quoted q) {
        int n = b.tokenAt(q.after());
        int o = b.tokenAt(q.open());
        if (!q.closed() || n >= b.size() || b.paragraphOfToken(n) != q.lastParagraph()
                || o > 0 && Words.isAuxiliary(b.lower(o - 1))
                || b.text.substring(q.open(), q.after()).matches("(?s).*[,.;:!?]\\P{L}*")) {
            // "had \"knowingly misled\" investigators": after an auxiliary, a verb and its object; "had been
            // \"inadequate in several respects,\" it did not …": a phrase that ends in its own comma ends there
            return false;
        }
        String w = b.word(n);
        // not a determiner, which opens a phrase of its own ("had been \"badly let down\" this year")
        return Character.isLowerCase(w.charAt(0)) && !Words.isAdjunct(w) && !Words.isConnective(w)
                && !Words.isFinite(w) && !Words.isPastForm(w) && !RELATORS.contains(Words.lower(w))
                && !Words.isDeterminer(w);
    }

    /**
     * "The Bloc would \"judge every bill on its merits\" from now on, he added.": a phrase quoted inside a sentence
     * whose speaker is named only by the attribution that closes it, after its last comma. Not a phrase that qualifies
     * a noun ("the \"peace plan\" talks").
     */
    Optional<Frame> closingAttribution(Quoted q) {
        int o = b.tokenAt(q.open());
        int a = b.tokenAt(q.after());
        // two words at least, a hyphen's compound counting as one ("a \"sit-in\"" is a name for a thing)
        if (!q.closed() || o >= b.size() || a >= b.size() || b.sentenceOf(a) != b.sentenceOf(o) || modifiesNoun(q)
                || q.text(b.text).split("\\s+").length < 2) {
            return Optional.empty();
        }
        int e = b.sentenceEnd(b.sentenceOf(o));
        while (e > a && (b.endsClause(e - 1) || isQuoteMark(b.word(e - 1)))) {
            e--;
        }
        for (int c = e - 1; c > a && c > e - MAX_TRAILER; c--) {
            if (b.word(c).equals(",")) {
                for (int v = c + 2; v < e; v++) {
                    if (Words.isFrameVerb(b.word(v)) && !b.token(v).capitalized()) {
                        Optional<Np> np = npBefore(v - 1, c + 1);
                        int verb = v;
                        int first = c + 1;
                        return np.filter(x -> x.start() == first && !(x.ref() instanceof Ref.Unknown))
                                .map(x -> Frame.of(x, verb));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How far before a sentence's end its closing attribution (", the minister told reporters on Monday") starts. */
    private static final int MAX_TRAILER = 12;

    private static final Set<String> RELATORS = Set.of("of", "for", "as", "than", "because", "since", "if", "until",
            "unless", "that", "which", "who", "whose", "about", "against", "into", "under", "amid", "without");

    /** Whether a comma at {@code c} goes on with the same report: ", and that …", ", but that …". */
    private boolean continuesReport(int c) {
        String next = b.lower(c + 1);
        // "…, and that …"; "…, but admitted that …": the subject's second report
        return (next.equals("and") || next.equals("but")) && (b.lower(c + 2).equals("that")
                || Words.isReportingVerb(b.word(c + 2)) && !b.token(c + 2).capitalized());
    }

    /** Whether a verb that reports a clause ("said", "told reporters that") stands in tokens {@code [from, v)}. */
    private boolean reportsBefore(int from, int v) {
        for (int k = from; k < v; k++) {
            if (!b.token(k).capitalized() && (Words.takesBareClause(b.word(k))
                    || Words.isReportingVerb(b.word(k)) && b.lower(k + 1).equals("that"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraph after a quotation that stands alone names its speaker: {@code North Korean leader Kim said
     * during talks with …} (a speech verb with no reported clause of its own), or {@code That was the view of
     * NAME, …}.
     */
    Optional<Frame> nextParagraph(int paragraph) {
        int st = firstTokenOfParagraph(paragraph);
        return st < 0 ? Optional.empty() : namedAfter(st);
    }

    /** The sentence after a quotation, in its paragraph, names its speaker: {@code "…." This was stated by NAME.} */
    Optional<Frame> sentenceAfter(Quoted q) {
        int st = b.tokenAt(q.after());
        while (st < b.size() && isQuoteMark(b.word(st))) {
            st++;
        }
        if (st >= b.size() || b.paragraphOfToken(st) != q.lastParagraph() || !b.endsClause(st - 1)
                && !".!?…".contains(b.text.substring(Math.max(q.begin(), q.end() - 1), q.end()))) {
            return Optional.empty();
        }
        return namedAfter(st);
    }

    /** A sentence starting at token {@code st} that only says who spoke. */
    private Optional<Frame> namedAfter(int st) {
        int en = b.sentenceEnd(b.sentenceOf(st));
        String first = b.lower(st);
        if (first.equals("that") || first.equals("this") || first.equals("so") || first.equals("such")
                || first.equals("those") || first.equals("these")) {
            boolean attributes = false;
            for (int j = st + 1; j < Math.min(en, st + 15); j++) {
                Mention m = b.mention(j);
                if (m != null && m.type() == EntityType.PERSON && attributes) {
                    int from = titleStart(b.mentionFirst(j), st + 1);
                    int end = b.mentionEnd(j);
                    return Optional.of(new Frame(new Ref.Named(m), combine(preTitle(from, b.mentionFirst(j)),
                            appositiveAfter(end, en)), -1));
                }
                String w = b.lower(j);
                attributes |= Words.isFrameVerb(w) || w.equals("by") || w.equals("view") || w.equals("words")
                        || w.equals("assessment") || w.equals("verdict") || w.equals("opinion")
                        || w.equals("conclusion") || w.equals("message");
            }
            return Optional.empty();
        }
        for (int v = st + 1; v < Math.min(en, st + WINDOW); v++) {
            // a verb of speech proper: "Judge Ana Ruiz continues on Thursday" after a quotation says nothing of it
            if (Words.isSpeechVerb(b.word(v)) && !b.token(v).capitalized()) {
                Optional<Np> np = npBefore(v - 1, st);
                if (np.isEmpty() || np.get().start() != st || !noComplement(v, en)) {
                    return Optional.empty();
                }
                return Optional.of(Frame.of(np.get(), v));
            }
            if (b.endsClause(v)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The paragraph before a quotation ends with a colon: {@code The ministry said in a statement:}. */
    Optional<Frame> colonIntro(int paragraph) {
        if (paragraph <= 0) {
            return Optional.empty();
        }
        int last = firstTokenOfParagraph(paragraph) - 1;
        if (last < 0 || !b.word(last).equals(":") || b.paragraphOfToken(last) != paragraph - 1) {
            return Optional.empty();
        }
        int st = b.sentenceStart(b.sentenceOf(last));
        for (int v = last - 1; v >= Math.max(st, last - 12); v--) {
            if (Words.isFrameVerb(b.word(v)) && !b.token(v).capitalized()) {
                int verb = v;
                return npBefore(v - 1, st).map(np -> Frame.of(np, verb));
            }
        }
        return subject(st, last).map(np -> Frame.of(np, -1));
    }

    /**
     * The person a clause is about: the first person named at its start (after title words) or right after an
     * opening adverbial ("During his meeting with …, Kim Jong Un …"), with the title next to the name
     * ("Kim, a professor at …," or "The White House spokesman, Leon Carter,").
     */
    Optional<Np> subject(int start, int to) {
        int from = afterDateline(start, to);
        if (Words.isConnective(b.word(from)) && from + 1 < to) {
            from++; // "But Senator X said …": the connective is no part of the subject's title
        }
        Optional<Np> np = personAt(from, to);
        if (np.isPresent()) {
            return np;
        }
        for (int j = from; j < Math.min(to, from + 15); j++) {
            if (b.word(j).equals(",") && b.mention(j) == null) {
                Optional<Np> after = personAt(j + 1, to);
                int comma = j;
                // of a clause before the comma, only the noun phrase after its verb: "He was answering the Member
                // for North Tarawa, Ana Ruiz, …", "That was the verdict of the council leader, Cllr Ana Ruiz, …"
                int np0 = from;
                for (int x = from; x < j; x++) {
                    if (!clitic(x) && (Words.isAuxiliaryOrBe(b.lower(x)) || Words.isFinite(b.word(x)))) {
                        np0 = j;
                        for (int d = x + 1; d < j; d++) {
                            if (Words.isDeterminer(b.word(d))) {
                                np0 = d;
                                break;
                            }
                        }
                    }
                }
                if (after.isPresent() && j > np0 && (holdsRole(np0, j) || gendered(np0, j))
                        && b.word(after.get().end()).equals(",")) {
                    // "The moderator, news anchor Lena Ortiz, pressed him": both titles are hers
                    Np x = after.get();
                    return Optional.of(new Np(x.ref(), x.start(), x.end(),
                            combine(Optional.of(b.slice(np0, comma)), x.appositive())));
                }
                return after;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the verb after a subject (past its appositive) reports or reacts in words ("Hong, the floor leader,
     * dismissed the remarks", "Pritam Singh questioned the timing").
     */
    boolean speaksAfter(Np subject, int to) {
        int j = subject.end();
        if (b.word(j).equals(":") && j + 1 < b.size() && isQuoteMark(b.word(j + 1))) {
            return true; // "Ana Ruiz: \"…\"": a transcript's speaker label
        }
        int k = b.word(j).equals(",") ? j + 1 : j;
        while (k < to && (Words.isBetween(b.word(k)) || isDayAdjunct(k))) {
            k += b.lower(k).equals("on") ? 2 : 1;
        }
        if (k < to && !b.token(k).capitalized() && Words.isReacting(b.word(k))) {
            return true; // "The head of the service, Omar Khalid, said …" (the title came first)
        }
        if (b.word(j).equals(",")) {
            j++;
            while (j < Math.min(to, subject.end() + MAX_APPOSITIVE) && !b.word(j).equals(",") && !b.endsClause(j)) {
                j++;
            }
            j++;
        }
        while (j < to && Words.isBetween(b.word(j))) {
            j++;
        }
        return j < to && !b.token(j).capitalized() && Words.isReacting(b.word(j));
    }

    /** "on Tuesday", "Tuesday", "yesterday": a day between a subject and its verb. */
    private boolean isDayAdjunct(int k) {
        String w = b.lower(k);
        String day = w.equals("on") ? b.lower(k + 1) : w;
        return day.endsWith("day") && day.length() > 5 || day.equals("yesterday") || day.equals("today");
    }

    /**
     * "A factory has produced its first doses, Rwanda's health minister told a news conference, calling it \"…\"":
     * the speaker of an attribution set off by a comma at the end of the clause before a participle (tokens
     * {@code [from, end)}), who goes on speaking in it; not the subject the sentence opens with.
     */
    private Optional<Np> trailingSpeaker(int from, int end) {
        for (int u = end - 1; u > from + 1; u--) {
            if (b.endsClause(u) || isDoubleMark(b.word(u))) {
                return Optional.empty();
            }
            if (Words.isReportingVerb(b.word(u)) && !b.token(u).capitalized()) {
                return npBefore(u - 1, from).filter(np -> np.start() - 1 > from && b.word(np.start() - 1).equals(",")
                        && !(np.ref() instanceof Ref.Unknown));
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker a sentence opens with, for a participle frame ("North Korea on Friday slammed the drills, calling
     * them …"): a person, an organisation or a country.
     */
    Optional<Np> clauseSubject(int start, int to) {
        Optional<Np> person = subject(start, to);
        if (person.isPresent()) {
            return person;
        }
        int from = afterDateline(start, to);
        int j = from;
        while (j < Math.min(to, from + 4) && Words.isDeterminer(b.word(j))) {
            j++;
        }
        Mention m = b.mention(j);
        int opens = j;
        if (m != null && m.kind() == MentionKind.DEMONYM && b.mentionEnd(j) < to && b.mention(b.mentionEnd(j)) != null
                && b.mention(b.mentionEnd(j)).type() == EntityType.ORGANIZATION) {
            // "ZURICH (Reuters) - The Swiss" + "National Bank cut …": the tagger may cut a body's name after its
            // demonym; the body is the subject
            j = b.mentionEnd(j);
            m = b.mention(j);
        }
        if (m != null && m.type() == EntityType.ORGANIZATION && b.mentionEnd(j) < to
                && b.mention(b.mentionEnd(j)) != null && b.mention(b.mentionEnd(j)).type() == EntityType.ORGANIZATION
                && b.mention(b.mentionEnd(j)).kind() == MentionKind.NAME && b.mentionEnd(b.mentionEnd(j)) < to) {
            // "The UN children's agency UNICEF said …, calling it …": a description and the body's own name, with no
            // comma between; the name is the subject
            j = b.mentionEnd(j);
            m = b.mention(j);
        }
        if (m != null && isSpeakerType(m) && m.kind() != MentionKind.DEMONYM && b.mentionEnd(j) < to) {
            int end = b.mentionEnd(j);
            Optional<Np> body = countrysBody(m, j, end, to);
            if (body.isEmpty() && clitic(end)) {
                // "Australia's eSafety Commissioner told …, but conceded …": the one the possessive describes
                body = npAfter(j, Math.min(to, j + 8)).filter(np -> np.ref() instanceof Ref.Described d
                        && Words.personRole(d.head()) != null && !b.word(np.end()).equals(",") && !clitic(np.end()));
            }
            return body.isPresent() ? body : Optional.of(new Np(named(m, opens, j, end), opens, end, Optional.empty()));
        }
        // "The Prime Minister has ruled out …, insisting …": a person the sentence opens with by description (not
        // "The operator, Cais Terminais, said …", whose name follows in an appositive)
        return describedSubject(from, to).filter(np -> !b.word(np.end()).equals(","));
    }

    /**
     * "A Tanzanian judge on Wednesday refused …, ruling that …": someone the sentence opens with and does not name,
     * up to four words after "a" ending in a role noun.
     */
    Optional<Np> someoneSubject(int start, int to) {
        int from = afterDateline(start, to);
        if (!(b.lower(from).equals("a") || b.lower(from).equals("an"))) {
            return Optional.empty();
        }
        for (int k = from + 1; k < Math.min(to, from + 5); k++) {
            String w = b.word(k);
            if (Words.personRole(w) != null && !Words.personRole(w).equals("person")) {
                return b.lower(k + 1).equals("of") || b.lower(k + 1).equals("for") || clitic(k + 1)
                        ? Optional.empty() // "a judge of the …", "a lawyer for …": the affiliation is for the frames
                        : Optional.of(new Np(new Ref.Anonymous(Words.lower(w)), from, k + 1, Optional.empty()));
            }
            if (!isPlainWord(k) || Words.isFinite(w) || Words.isFunction(Words.lower(w))
                    && b.mention(k) == null) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "Brazil's central bank held …": a country's body the text names in lower case, up to three words ending in a
     * body's noun after the country's genitive. The body speaks, under those words, not the country. So does a body
     * named right after the genitive ("Bosnia's Constitutional Court … , saying"), and an office in lower case is the
     * person who holds it ("Poland's president vetoed …, saying").
     */
    private Optional<Np> countrysBody(Mention m, int j, int end, int to) {
        if (m.type() != EntityType.COUNTRY || m.kind() != MentionKind.NAME && m.kind() != MentionKind.SHORT_NAME
                || !clitic(end) || end + 1 >= to) {
            return Optional.empty();
        }
        Mention named = b.mention(end + 1);
        if (named != null && named.type() == EntityType.ORGANIZATION && b.mentionFirst(end + 1) == end + 1) {
            // "Bosnia's Constitutional Court on Thursday struck down …, saying": the court, by its name
            int e = b.mentionEnd(end + 1);
            return Optional.of(new Np(named(named, j, end + 1, e), j, e, Optional.empty()));
        }
        for (int k = end + 1; k < Math.min(to, end + 4); k++) {
            String w = b.lower(k);
            if (!b.token(k).capitalized() && Words.personRole(w) != null && !w.equals("person")
                    && !(k + 1 < to && Words.personRole(b.lower(k + 1)) != null)) {
                // "Poland's president on Thursday vetoed …, saying": the office holder, whom the text may name next
                return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(j, k + 1)), w,
                        Optional.of(m.entityId())), j, k + 1, Optional.empty()));
            }
            if (b.token(k).capitalized() || b.mention(k) != null && b.mention(k).type() != EntityType.ORGANIZATION
                    || !Character.isLetter(w.charAt(0))) {
                return Optional.empty();
            }
            if ((Words.isOrgHead(w) || Words.isAnyOrg(w)) && !(k + 1 < to && Words.isOrgHead(b.lower(k + 1)))) {
                return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(j, k + 1)), w,
                        Optional.of(m.entityId())), j, k + 1, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Russia's mission to the EU said", "the European Union's delegation in Serbia said": a state's or a body's post
     * abroad, named by its owner's possessive, a post's noun in lower case and the place or body it is posted in or
     * to (the mention from {@code f} to {@code k}). The owner speaks there; the quote names the post
     * ({@code Attribution#postedIn}).
     */
    private Optional<Np> postOf(int f, int k, int lo) {
        int p = f - 1 >= lo && b.lower(f - 1).equals("the") ? f - 2 : f - 1;
        if (p - 3 < lo || !(b.lower(p).equals("to") || b.lower(p).equals("in")) || !Words.isPost(b.word(p - 1))
                || !clitic(p - 2)) {
            return Optional.empty();
        }
        Mention owner = b.mention(p - 3);
        if (owner == null || owner.type() != EntityType.COUNTRY && owner.type() != EntityType.ORGANIZATION
                || owner.kind() == MentionKind.DEMONYM) {
            return Optional.empty();
        }
        int first = b.mentionFirst(p - 3);
        return Optional.of(new Np(new Ref.Named(owner), first, k + 1, Optional.empty()));
    }

    /**
     * "researchers at the University of Zulia said", "monitors from the ILO said": a body's staff in the plural, up
     * to three plain words before them ("independent election monitors"), report for the body (the mention from
     * {@code f} to {@code k}), which the text names; a group it does not name ("officials at the local water
     * company") names no one.
     */
    private Optional<Np> staffOf(Mention m, int f, int k, int lo) {
        int p = f - 1 >= lo && b.lower(f - 1).equals("the") ? f - 2 : f - 1;
        if (!isBody(m) || p - 1 < lo || !STAFF_PREPOSITIONS.contains(b.lower(p)) || !Words.isStaff(b.word(p - 1))) {
            return Optional.empty();
        }
        int s = p - 1;
        while (s - 1 >= lo && s > p - 4 && staffModifier(s - 1)) {
            s--;
        }
        return Optional.of(new Np(new Ref.Named(m), s, k + 1, Optional.empty()));
    }

    /** {@link #staffOf}, read forwards from token {@code k}: "said researchers at the University of Zulia". */
    private Optional<Np> staffAfter(int k, int stop) {
        int j = Words.isDeterminer(b.word(k)) ? k + 1 : k;
        for (int n = 0; n < 3 && j < stop && !Words.isStaff(b.word(j)); n++) {
            if (!staffModifier(j)) {
                return Optional.empty();
            }
            j++;
        }
        if (j + 2 >= stop || !Words.isStaff(b.word(j)) || !STAFF_PREPOSITIONS.contains(b.lower(j + 1))) {
            return Optional.empty();
        }
        int f = b.lower(j + 2).equals("the") ? j + 3 : j + 2;
        Mention m = f < stop ? b.mention(f) : null;
        if (m == null || b.mentionFirst(f) != f || !isBody(m)) {
            return Optional.empty();
        }
        return Optional.of(new Np(new Ref.Named(m), k, b.mentionEnd(f), Optional.empty()));
    }

    /** A body's own name, which its staff may speak for: an organisation, not a demonym ("Kenyan officials"). */
    private static boolean isBody(Mention m) {
        return m.type() == EntityType.ORGANIZATION && m.kind() != MentionKind.DEMONYM;
    }

    /** A plain word before a staff noun ("independent", "election" monitors): no verb, preposition or pronoun. */
    private boolean staffModifier(int j) {
        return isPlainWord(j) && !Words.isFunction(b.lower(j)) && !Words.isFinite(b.word(j));
    }

    private static final Set<String> STAFF_PREPOSITIONS = Set.of("at", "from", "with", "of");

    /** A person a sentence opens with by description ("The coach still remembers …", "The union leader was …"). */
    Optional<Np> describedSubject(int st, int to) {
        // "But the senator was unconvinced.": a connective before the subject
        int from = Words.isConnective(b.word(st)) && st + 1 < to ? st + 1 : st;
        if (!b.lower(from).equals("the")) {
            return Optional.empty();
        }
        return npAfter(from, Math.min(to, from + 8)).filter(np -> np.ref() instanceof Ref.Described d
                && Words.personRole(d.head()) != null && !b.lower(np.end()).equals("of")
                && !b.lower(np.end()).equals("'s") && !b.lower(np.end()).equals("’s"));
    }

    /**
     * Where a first sentence's own words begin after a dateline: "SEOUL, Jan. 9 (Yonhap) -- South Korea …",
     * "SINGAPORE - …", "NEW DELHI: …" (a word in capitals, then a dash or a colon after words with no lower-case
     * one among them); else {@code st}.
     */
    int afterDateline(int st, int c) {
        int stamp = afterTimestamp(st, c);
        if (stamp > st) {
            return stamp;
        }
        Mention place = b.mention(st);
        if (place != null && (place.type() == EntityType.LOCATION || place.type() == EntityType.COUNTRY)
                && b.mentionEnd(st) + 1 < c
                && b.word(b.mentionEnd(st)).equals(":")) {
            return b.mentionEnd(st) + 1; // "Dubai: Rents for villas …": a place and a colon, as Gulf dailies write it
        }
        int agency = agencyDateline(st, c);
        if (agency > st) {
            return agency;
        }
        String first = b.word(st);
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                || !Character.isLetter(first.charAt(0))) {
            return st;
        }
        boolean qualifier = false;
        boolean person = false;
        int depth = 0;
        for (int j = st + 1; j < Math.min(c, st + 14); j++) {
            String w = b.word(j);
            person |= b.mention(j) != null && b.mention(j).type() == EntityType.PERSON;
            depth += w.equals("(") ? 1 : w.equals(")") && depth > 0 ? -1 : 0;
            if (depth > 0) {
                continue; // "HANA KEREAMA (Labour—Ikaroa-Rāwhiti) to …": a dash in brackets ends no dateline
            }
            if (w.equals(":") && person) {
                // "SEN. VILLAROMAN-DIZON: …": a transcript's label names a person; a dateline names a place, and the
                // tagger's person in a dateline before a dash ("LORD HOWE ISLAND —") is its mistake
                return st;
            }
            boolean hyphen = w.equals("-") && b.token(j).begin() == b.token(j - 1).end();
            if ((w.equals("--") || w.equals("-") || w.equals("—") || w.equals("–") || w.equals(":")) && !hyphen) {
                return j + 1 < c ? j + 1 : st; // not the hyphen inside "PORT-AU-PRINCE", which the tokenizer splits
            }
            qualifier |= w.equals(",");
            char f = w.charAt(0);
            // the place after the comma may hold a short particle between capitalised words ("ST ANDREW'S, Isle of
            // Fenmoor —", "…, Vila do Conde —"), which the capitals before the comma do not
            boolean particle = qualifier && w.length() <= 3 && b.token(j - 1).capitalized() && j + 1 < c
                    && b.token(j + 1).capitalized();
            if (Character.isLowerCase(f) && !b.lower(j - 1).equals("(") && !particle) {
                return st;
            }
        }
        return st;
    }

    /**
     * Where the words begin after a dateline that closes with the agency's name in brackets and no dash, as Taiwan's
     * CNA and others write it: "Taipei, July 16 (CNA) Taiwan's annual …" (a place, then only a date, then one or two
     * capitalised words in brackets, then a capital); else {@code st}.
     */
    private int agencyDateline(int st, int c) {
        Mention place = b.mention(st);
        if (place == null || place.type() != EntityType.LOCATION && place.type() != EntityType.COUNTRY) {
            return st;
        }
        for (int j = b.mentionEnd(st); j < Math.min(c, st + 10); j++) {
            String w = b.word(j);
            if (w.equals("(")) {
                int close = b.word(j + 2).equals(")") ? j + 2 : b.word(j + 3).equals(")") ? j + 3 : -1;
                boolean named = close > 0 && b.token(j + 1).capitalized() && b.token(close - 1).capitalized();
                return named && close + 1 < c && b.token(close + 1).capitalized() ? close + 1 : st;
            }
            if (!w.equals(",") && !w.equals(".") && !w.matches("\\d{1,2}") && !isMonth(w)) {
                return st;
            }
        }
        return st;
    }

    private static boolean isMonth(String w) {
        return w.matches("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|january|february|march|april"
                + "|june|july|august|september|october|november|december");
    }

    /**
     * Where an entry's own words begin after the time a live blog stamps it with: "10:40 p.m. — …", "06:12 GMT — …",
     * "11:30 AM: …" (a clock time, at most three short words of zone or half-day, then a dash or a colon); else
     * {@code st}.
     */
    private int afterTimestamp(int st, int c) {
        if (!b.word(st).matches("\\d{1,2}[:.]\\d{2}(?i:am|pm|a\\.m\\.|p\\.m\\.|h|hrs)?")) { // "8.45am: …" too
            return st;
        }
        for (int j = st + 1; j < Math.min(c - 1, st + 5); j++) {
            String w = b.word(j);
            if (w.equals("--") || w.equals("-") || w.equals("—") || w.equals("–") || w.equals(":")) {
                return j + 1;
            }
            if (!w.matches("[\\p{L}.]{1,5}")) {
                return st;
            }
        }
        return st;
    }

    /** The organisation a sentence opens with ("Harlow Pharmaceuticals reported …"). */
    Optional<Np> orgSubject(int start, int to) {
        int from = afterDateline(start, to);
        int j = from;
        while (j < Math.min(to, from + 4) && Words.isDeterminer(b.word(j))) {
            j++;
        }
        Mention m = b.mention(j);
        if (m != null && m.type() == EntityType.ORGANIZATION && b.mentionEnd(j) < to) {
            return Optional.of(new Np(new Ref.Named(m), j, b.mentionEnd(j), Optional.empty()));
        }
        return Optional.empty();
    }

    /** The person the first sentence of {@code paragraph} is about. */
    Optional<Np> firstSubject(int paragraph) {
        int st = firstTokenOfParagraph(paragraph);
        return st < 0 ? Optional.empty() : subject(st, b.sentenceEnd(b.sentenceOf(st)));
    }

    private boolean gendered(int from, int to) {
        for (int j = from; j < to; j++) {
            if (Words.nounGender(b.word(j)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case particles that open a surname ("du Plessis", "van der Merwe", "de la Cruz"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of("du", "de", "da", "di", "van", "von", "der", "den",
            "le", "la", "dos", "das", "del", "ter", "ten");

    /** Whether token {@code k} is an initial: one capital letter, with or without its full stop. */
    private boolean initial(int k) {
        return k >= 0 && b.word(k).matches("\\p{Lu}\\.?");
    }

    private Optional<Np> personAt(int from, int to) {
        int j = from;
        while (j < Math.min(to, from + 8)) {
            Mention m = b.mention(j);
            if (m != null) {
                int end = b.mentionEnd(j);
                boolean possessor = b.lower(end).equals("'s") || b.lower(end).equals("’s");
                if (m.type() == EntityType.PERSON && !possessor && m.kind() != MentionKind.DESCRIPTION
                        && agentFor(from, j, end - 1, from).isPresent()) {
                    return Optional.empty(); // "The lawyer for Ana Ruiz said …": the sentence is about the lawyer
                }
                int role = end;
                while (role < to && role - end < 3 && !b.token(role).capitalized()
                        && Words.personRole(b.word(role)) != null) {
                    role++;
                }
                Mention holder = role > end && role < to ? b.mention(role) : null;
                if (m.type() == EntityType.PERSON && !possessor && holder != null && b.mentionFirst(role) == role
                        && holder.type() == EntityType.PERSON && holder.kind() != MentionKind.DESCRIPTION) {
                    // "Manu Samoa captain Falaniko Ioane-Sapolu heard …": a team the tagger took for a person, then
                    // the role in it and the one who holds it
                    j = role;
                    continue;
                }
                if (m.type() == EntityType.PERSON && !possessor) {
                    return Optional.of(new Np(new Ref.Named(m), j, end,
                            combine(preTitle(from, j), appositiveAfter(end, to))));
                }
                if (possessor) {
                    return Optional.empty(); // "Kim's sister, Kim Yo Jong, …": the sentence is about the sister
                }
                j = b.mentionEnd(j);
                continue;
            }
            // "Science and Education Minister Ana Ruiz": a title holds its "and" between capitalised words
            boolean joins = (b.lower(j).equals("and") || b.word(j).equals("&")) && j > from
                    && b.token(j - 1).capitalized() && j + 1 < b.size() && b.token(j + 1).capitalized()
                    && b.mention(j - 1) == null;
            if (j > from && field(j + 1)) {
                j += 2; // "Director of operations Ana Ruiz"
                continue;
            }
            int name = SURNAME_PARTICLES.contains(b.word(j + 1)) ? j + 2 : j + 1; // "van der Merwe"
            if (j > from && SURNAME_PARTICLES.contains(b.word(j)) && b.mention(name) != null
                    && b.mention(name).type() == EntityType.PERSON && initial(j - 1)) {
                // "Mr P du Plessis:": a transcript's label, an initial and the particle the tagger left out of the
                // surname
                int end = b.mentionEnd(name);
                return Optional.of(new Np(new Ref.Named(b.mention(name)), j - 1, end, appositiveAfter(end, to)));
            }
            if (!titleish(j) && !joins) {
                break;
            }
            j++;
        }
        return Optional.empty();
    }

    /**
     * The speaker phrase that ends at token {@code k} (just before a speech verb), not reaching before token
     * {@code lo}: a name (with the title words before it), a name and its appositive between commas, "NAME, who",
     * a pronoun, a description ("the South Korean professor", "North Korea's foreign ministry").
     */
    Optional<Np> npBefore(int k, int lo) {
        Optional<Np> np = phraseBefore(k, lo).map(x -> withPossessor(x, lo)).map(x -> postmodified(x, lo));
        int c = np.map(x -> x.start() - 1).orElse(-1);
        Mention before = c - 1 >= lo ? b.mention(c - 1) : null;
        if (c >= lo && isConjunction(b.lower(c)) && before != null && isSpeakerType(before)) {
            // "the United States and South Korea said": several speakers, none of them alone
            Np x = np.get();
            return Optional.of(new Np(new Ref.Unknown(), x.start(), x.end(), Optional.empty()));
        }
        return np;
    }

    /**
     * The phrase a described one ends when a preposition stands before it ("the mining firm behind the bid",
     * "residents near the plant"): in English a prepositional phrase follows the noun it modifies, so the speaker is
     * the phrase before the preposition, with its own reference ("residents": no one the text names). Not "of", whose
     * role phrases {@link #headOf} reads. The phrase as it was when nothing stands before the preposition.
     */
    private Np postmodified(Np np, int lo) {
        int p = np.start() - 1;
        // "of" joins role phrases ({@link #headOf}), except after a generic group: "critics of the plan said"
        boolean of = b.lower(p).equals("of");
        if (!(np.ref() instanceof Ref.Described) || p - 1 < lo || of && !Words.isGeneric(b.word(p - 1))
                || !of && !PREPOSITIONS.contains(b.lower(p))) {
            return np;
        }
        Optional<Np> outer = phraseBefore(p - 1, lo).map(x -> withPossessor(x, lo));
        if (outer.isEmpty() || outer.get().end() != p) {
            return np;
        }
        Np o = outer.get();
        String outerHead = b.word(o.end() - 1);
        if (Words.isDocument(outerHead)) {
            return np; // "A statement from the ministry said": the document carries the ministry's words
        }
        Ref ref = o.ref() instanceof Ref.Described d
                ? new Ref.Described(Quoted.collapse(b.slice(o.start(), np.end())), d.head(), d.country()) : o.ref();
        return new Np(ref, o.start(), np.end(), o.appositive());
    }

    /**
     * The phrase with the possessor that determines it ("the valley's drainage board", "the canton's Office of
     * Commerce", "Norland's largest union"): in English a genitive stands where the article would, so it belongs to
     * the phrase, and the comma of an attribution after a clause comes before it. The reference stays the phrase's
     * own; the possessor only widens its words. The phrase as it was when no possessor stands before it.
     */
    private Np withPossessor(Np np, int lo) {
        int c = clitic(np.start()) ? np.start() : np.start() - 1;
        if (!clitic(c) && np.start() + 2 < np.end() && clitic(np.start() + 1) && !b.token(np.start()).capitalized()
                && b.mention(np.start()) == null) {
            // "the farm ministry's plant health agency": the phrase may open with the possessor's head noun
            c = np.start() + 1;
        }
        int p = c > lo && clitic(c) ? possessorStart(c, lo) : -1;
        if (p < 0) {
            return np;
        }
        Ref ref = np.ref() instanceof Ref.Described d ? possessed(p, c, np.end(), d.head(), d.country()) : np.ref();
        return new Np(ref, p, np.end(), np.appositive());
    }

    /**
     * A description with a possessor (tokens {@code [p, end)}, the genitive ending at {@code c}): a body's officer or
     * part ("the brewery's finance director", "the valley's drainage board") is described for the text to name; a
     * person's ("Ana Ruiz's publisher", "the minister's spokesman", "the farmer's nephew") is someone the text does
     * not name, for the one named is the possessor.
     */
    private Ref possessed(int p, int c, int end, String head, Optional<String> country) {
        Mention m = b.mention(c - 1);
        boolean person = m != null ? m.type() == EntityType.PERSON
                : Words.personRole(b.word(c - 1)) != null || Words.nounGender(b.lower(c - 1)) != 0;
        if (person) {
            return Words.personRole(head) != null ? new Ref.Anonymous(head) : new Ref.Unknown();
        }
        return new Ref.Described(Quoted.collapse(b.slice(p, end)), head, country);
    }

    /** Whether token {@code j} is a genitive ending: "'s", or a lone apostrophe after a plural ("the growers'"). */
    private boolean clitic(int j) {
        String w = b.lower(j);
        return w.equals("'s") || w.equals("’s")
                || (w.equals("'") || w.equals("’")) && j > 0 && Words.lower(b.word(j - 1)).endsWith("s");
    }

    /**
     * The first token of the possessor whose genitive ending is token {@code c}: a name (with "the" before it), or
     * "the", "its" or "their" and at most two lower-case words ("the valley", "the port authority"); -1 for
     * anything else, such as a pronoun or a clause.
     */
    private int possessorStart(int c, int lo) {
        int j = c - 1;
        if (j < lo) {
            return -1;
        }
        if (b.mention(j) != null) {
            int f = b.mentionFirst(j);
            return f - 1 >= lo && b.lower(f - 1).equals("the") ? f - 1 : f;
        }
        int plain = 0;
        while (j >= lo && plain < 2 && isPlainWord(j) && !b.token(j).capitalized() && b.mention(j) == null
                && !Words.isDeterminer(b.word(j)) && !Words.isFinite(b.word(j)) && !isConjunction(b.lower(j))) {
            j--;
            plain++;
        }
        String d = j >= lo ? b.lower(j) : "";
        return plain > 0 && (d.equals("the") || d.equals("its") || d.equals("their")) ? j : -1;
    }

    /**
     * The comma that opens an aside ending at the comma {@code k} when the aside is a participle's clause ("A ministry
     * official, speaking on condition of anonymity, said"), a relative clause with "which", or one with "who" after a
     * description: the speaker stands before it. -1 for none.
     */
    private int asideOpening(int k, int lo) {
        for (int c = k - 1; c >= lo && c > k - MAX_APPOSITIVE; c--) {
            if (b.word(c).equals(",")) {
                // or a relative clause of a thing: "Ana Ruiz, head of the network, which groups 14 farms, said"
                String w = b.word(c + 1);
                // or "who" after a description ("The 41-year-old, who first won in 2012, told …"); a name before
                // "who" is read with its appositive
                Mention before = c - 1 >= lo ? b.mention(c - 1) : null;
                // or an appositive after a description: "the governor, a Democrat, said"
                boolean described = (b.lower(c + 1).equals("who") || b.lower(c + 1).equals("a")
                        || b.lower(c + 1).equals("an")) && c - 1 >= lo && isPlainWord(c - 1)
                        && (before == null || before.kind() == MentionKind.DESCRIPTION) && !objectOf(c - 1, lo);
                // or another name: "the authority, known as AFAD, said", "…, formerly known as …,"
                int n = b.lower(c + 1).equals("also") || b.lower(c + 1).equals("formerly") ? c + 2 : c + 1;
                boolean naming = b.lower(n).equals("known") && b.lower(n + 1).equals("as");
                // or "who" after a body set off as an affiliation: "Ana Ruiz, of the University of Tirana, who led
                // the fieldwork, said"
                boolean affiliated = b.lower(c + 1).equals("who") && c - 1 >= lo && objectOf(c - 1, lo);
                return c + 1 < k && (w.length() > 5 && w.endsWith("ing") && !b.token(c + 1).capitalized()
                        && b.mention(c + 1) == null || w.equals("which") || described || naming || affiliated)
                        ? c : -1;
            }
            if (b.endsClause(c) || isDoubleMark(b.word(c))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the noun phrase ending at token {@code k} is the object of a preposition set off by a comma: "Ana Ruiz, of
     * the conservative Future party, who …" places the person before it, and the party is no one's description ("A
     * senior official in the ministry, who …" is the official).
     */
    private boolean objectOf(int k, int lo) {
        for (int j = k; j >= lo && j > k - 8; j--) {
            if (Words.isDeterminer(b.word(j))) {
                return j - 2 >= lo && PREPOSITIONS.contains(b.lower(j - 1)) && b.word(j - 2).equals(",");
            }
            if (b.word(j).equals(",") || b.endsClause(j)) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions, whose object is no subject ("growers on the valley's upper terraces say"). */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "of", "from", "near", "for", "with", "to",
            "by", "across", "along", "off", "around", "about", "into", "onto", "under", "over", "behind", "beyond",
            "outside", "inside", "through", "throughout", "within", "beside", "among", "against", "opposite");

    private static boolean isConjunction(String w) {
        return w.equals("and") || w.equals("or") || w.equals("&") || w.equals("nor");
    }

    private Optional<Np> phraseBefore(int k, int lo) {
        k = beforeParenthesis(beforeAdjuncts(k, lo), lo);
        if (k < lo) {
            return Optional.empty();
        }
        String w = b.lower(k);
        if (isConjunction(w) || w.equals("but") || w.equals("yet")) {
            return Optional.empty(); // "welcomed the plan but said": the subject is further back
        }
        if (w.equals("who") && k - 1 >= lo && b.word(k - 1).equals(",")) {
            return withAppositive(k - 1, lo, true);
        }
        if (w.equals("who") && k - 1 >= lo && b.word(k - 1).chars().allMatch(Character::isLetter)) {
            // "Ana Ruiz, 26, a factory worker from Medan who said …": the relative clause closes the appositive
            Optional<Np> np = withAppositive(k, lo, true).filter(x -> x.ref() instanceof Ref.Named);
            if (np.isPresent()) {
                return np;
            }
        }
        if (w.equals(",")) {
            int p = asideOpening(k, lo);
            if (p >= 0 && (b.lower(p + 1).equals("which") || b.lower(p + 1).equals("who") && objectOf(p - 1, lo))) {
                // "Ana Ruiz, head of the network, which …, said": the comma before "which" closes the appositive
                Optional<Np> np = withAppositive(p, lo, false);
                return np.isPresent() ? np : phraseBefore(p - 1, lo);
            }
            return p >= 0 ? phraseBefore(p - 1, lo) : withAppositive(k, lo, false);
        }
        Optional<Np> affiliated = affiliationBefore(k, lo);
        affiliated = affiliated.isPresent() ? affiliated : headOf(k, lo);
        if (affiliated.isPresent()) {
            return affiliated;
        }
        Mention described = b.mention(k - 1);
        if (b.mention(k) == null && described != null && described.kind() == MentionKind.DESCRIPTION
                && Words.personRole(w) != null && b.mentionEnd(k - 1) == k) {
            // "the Deputy PM": the entity stage's description stopped one word short
            int start = b.mentionFirst(k - 1);
            return Optional.of(new Np(new Ref.Named(described), start, k + 1, Optional.empty()));
        }
        Mention m = b.mention(k);
        if (m != null) {
            int f = b.mentionFirst(k);
            if (m.kind() == MentionKind.DEMONYM && m.type() == EntityType.COUNTRY && f - 1 >= lo
                    && b.lower(f - 1).equals("the") && b.mentionEnd(k) == k + 1) {
                // "the German said": a person of that country, as sports and wire desks write of a player
                return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(f - 1, k + 1)), "person",
                        Optional.of(m.entityId())), f - 1, k + 1, Optional.empty()));
            }
            Optional<Np> post = postOf(f, k, lo);
            post = post.isPresent() ? post : staffOf(m, f, k, lo);
            if (post.isPresent()) {
                return post;
            }
            String before = f - 1 >= lo ? b.lower(f - 1) : "";
            boolean placed = before.equals("in") || before.equals("at") || before.equals("from")
                    || before.equals("across") || before.equals("near")
                    // "Halcyon Bulk Carriers of Limassol said": the company, which is based there
                    || before.equals("of") && m.type() == EntityType.LOCATION && f - 2 >= lo && b.mention(f - 2) != null
                    && b.mention(f - 2).type() == EntityType.ORGANIZATION;
            if (before.equals("on") && f - 2 >= lo && m.type() != EntityType.PERSON && b.mention(f - 2) == null
                    && Words.isOrgHead(b.word(f - 2)) && !b.token(f - 2).capitalized()) {
                // "the Environment Protection Authority's office on Socotra said": a body's office on an island,
                // which the tagger may take for a body itself
                return phraseBefore(f - 2, lo);
            }
            if (m.type() != EntityType.PERSON && f - 2 >= lo && placed && (b.mention(f - 2) != null
                    && b.mention(f - 2).type() == EntityType.ORGANIZATION || m.type() != EntityType.ORGANIZATION)) {
                // "the Central Bank of Norland in Brekka said": the bank (a place the name tagger may take for one);
                // "cattle ranchers in Norland say": the ranchers, whom no one names, not the country
                return phraseBefore(f - 2, lo);
            }
            int place = f;
            while (place - 1 >= lo && b.mention(place - 1) != null
                    && (b.mention(place - 1).type() == EntityType.LOCATION
                    || b.mention(place - 1).type() == EntityType.COUNTRY)) {
                place = b.mentionFirst(place - 1); // "French" "Guiana": a place the tagger cut in two
            }
            if (m.type() == EntityType.LOCATION && place - 2 >= lo && b.lower(place - 1).equals("of")
                    && b.mention(place - 2) == null && (Words.isOrgHead(b.word(place - 2))
                    && !b.token(place - 2).capitalized() || Words.personRole(b.word(place - 2)) != null
                    && b.lower(place - 3).equals("the"))) {
                // "the prefecture of Ille-et-Vilaine said", "the municipality of Kiruna said": the body of that place;
                // "the Governor of Finnmark says": the holder of that place's office
                int s = descriptionStart(place - 2, lo);
                if (b.lower(s).equals("the")) {
                    return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s, k + 1)),
                            b.lower(place - 2), countryIn(s, k + 1)), s, k + 1, Optional.empty()));
                }
            }
            if (m.type() == EntityType.LOCATION && b.lower(place - 1).equals("of")) {
                Optional<Np> resident = ofHomePlace(place - 2, lo);
                if (resident.isPresent()) {
                    return resident;
                }
            }
            if (m.kind() == MentionKind.DEMONYM || m.type() == EntityType.LOCATION && !actingPlace(m)) {
                return Optional.empty();
            }
            int first = b.mentionFirst(k);
            int start = titleStart(first, lo);
            Optional<Np> agent = m.type() == EntityType.PERSON ? agentFor(start, first, k, lo) : Optional.empty();
            if (agent.isPresent()) {
                return agent;
            }
            if (m.type() == EntityType.ORGANIZATION && first + 1 < k && Words.personRole(b.word(first)) != null
                    && b.lower(first + 1).equals("for") && first - 1 >= lo && b.lower(first - 1).equals("the")) {
                // "the Minister for Finance said", which the name tagger took for a body's name: an office, and the
                // person who holds it
                return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(first - 1, k + 1)),
                        b.lower(first), countryIn(first, k + 1)), first - 1, k + 1, Optional.empty()));
            }
            if (m.type() == EntityType.ORGANIZATION) {
                start = describedBefore(start, first, lo);
            }
            return Optional.of(new Np(named(m, start, first, k + 1), start, k + 1, preTitle(start, first)));
        }
        char g = Words.pronounGender(w);
        if (g != 0) {
            return Optional.of(new Np(new Ref.Pronoun(g), k, k + 1, Optional.empty()));
        }
        // "the company that runs it said": "it" after the verb of a relative clause is its object, not the speaker
        boolean object = k - 2 >= lo && Set.of("that", "which", "who").contains(b.lower(k - 2))
                && !b.token(k - 1).capitalized() && isPlainWord(k - 1);
        if (w.equals("it") && Words.isReportingVerb(b.word(k + 1)) && !object) {
            // "…, it said, adding that …": the organisation that spoke last, as wire copy goes on about a ministry
            return Optional.of(new Np(new Ref.Pronoun('n'), k, k + 1, Optional.empty()));
        }
        if (Words.isCourtMembers(w) && k - 1 >= lo && b.lower(k - 1).equals("the")) {
            // "…," the magistrates wrote: the court's judges together, which Attribution finds
            return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(k - 1, k + 1)), w, Optional.empty()),
                    k - 1, k + 1, Optional.empty()));
        }
        if (Words.isIssued(w) && k - 1 >= lo && (b.lower(k - 1).equals("the") || b.lower(k - 1).equals("its"))) {
            // "…," the statement said: the words of whoever issued it, which Attribution finds
            return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(k - 1, k + 1)), w, Optional.empty()),
                    k - 1, k + 1, Optional.empty()));
        }
        if (Words.isGeneric(w) && !bodyCalled(w)) {
            int s = k;
            while (s - 1 >= lo && s > k - 3 && isPlainWord(s - 1)) {
                s--;
            }
            return Optional.of(new Np(new Ref.Unknown(), s, k + 1, Optional.empty()));
        }
        int age = ageStart(k);
        if (age >= lo) {
            // "the 67-year-old said" (the tokenizer splits it into five tokens)
            int s = titleStart(age, lo);
            return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s, k + 1)), "person", Optional.empty()),
                    s, k + 1, Optional.empty()));
        }
        // "the vice-president said": the tokenizer splits a hyphenated title, whose head is the whole compound
        boolean compound = k - 2 >= lo && joined(k - 1) && Words.personRole(b.lower(k - 2) + "-" + w) != null;
        if (compound) {
            w = b.lower(k - 2) + "-" + w;
        }
        if (Words.personRole(w) != null || Words.isOrgHead(w)) {
            int s = descriptionStart(compound ? k - 2 : k, lo);
            if (compound && s == k - 2 && s - 1 >= lo && Words.isDeterminer(b.word(s - 1))) {
                s--; // the entity stage may have taken "the director" for a mention of its own
            }
            String first = b.lower(s);
            if ((first.equals("a") || first.equals("an")) && Words.personRole(w) == null && Words.isKindOfBody(w)
                    && b.paragraphOfToken(k) == 0) {
                // "…, a Canadian-listed mining company said on Monday.": a body the lead does not name yet, for
                // Attribution to find named next
                return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s, k + 1)), w, Optional.empty()),
                        s, k + 1, Optional.empty()));
            }
            if (first.equals("a") || first.equals("an")) {
                // "a spokesman said": someone, unnamed, whom "the spokesman" may mean later
                Ref who = Words.personRole(w) != null ? new Ref.Anonymous(w) : new Ref.Unknown();
                return Optional.of(new Np(who, s, k + 1, Optional.empty()));
            }
            Mention place = s - 1 >= lo && !Words.isDeterminer(b.word(s)) && Words.isOrgHead(w) ? b.mention(s - 1)
                    : null;
            if (place != null && place.type() == EntityType.LOCATION && place.kind() == MentionKind.NAME
                    && !b.token(s).capitalized()) {
                s = b.mentionFirst(s - 1); // "Venice city council said": the body of that place, which news names so
            }
            return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s, k + 1)), w, countryIn(s, k + 1)),
                    s, k + 1, Optional.empty()));
        }
        Optional<Np> members = bodyOfMembers(k, lo);
        if (members.isPresent()) {
            return members;
        }
        // "the coast guard said", "the regulator said": any noun phrase led by "the"
        boolean plural = w.endsWith("s") && !w.endsWith("ss") && !Words.isOrgHead(w);
        if (isPlainWord(k) && !b.token(k).capitalized() && !Words.isDeterminer(w) && (!plural || pluralObject(k, lo))) {
            int s = k;
            while (s - 1 >= lo && s > k - 4 && (isPlainWord(s - 1) || b.mention(s - 1) != null || joined(s - 1))
                    && !Words.isDeterminer(b.word(s - 1)) && (!Words.isFinite(b.word(s - 1)) || joined(s))
                    && !Words.isPassiveAuxiliary(b.word(s - 1)) && !isConjunction(b.lower(s - 1))
                    && !b.lower(s - 1).equals("but")) {
                s = b.mention(s - 1) != null ? b.mentionFirst(s - 1) : s - 1;
            }
            s = joinedComplementStart(s, lo);
            // "her daughter said": a relation the text set beside a name ("Her daughter, Ana Ruiz, said …")
            boolean kin = KIN.contains(w) && s - 1 >= lo && (b.lower(s - 1).equals("her")
                    || b.lower(s - 1).equals("his") || b.lower(s - 1).equals("their"));
            if (s - 1 >= lo && (b.lower(s - 1).equals("the") || b.lower(s - 1).equals("its")) || kin) {
                Optional<Np> charged = inChargeOf(s - 1, k, lo);
                if (charged.isPresent()) {
                    return charged;
                }
                return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s - 1, k + 1)),
                        headBeforeModifier(s, k), countryIn(s, k + 1)), s - 1, k + 1, Optional.empty()));
            }
            int owner = s - 1 > lo && clitic(s - 1) ? possessorStart(s - 1, lo) : -1;
            if (owner >= 0 && (owner == lo || !PREPOSITIONS.contains(b.lower(owner - 1)))) {
                // "the valley's drainage board said": a genitive determines the phrase as "the" would; not after a
                // preposition, whose object no subject is ("growers on the valley's upper terraces say")
                return Optional.of(new Np(possessed(owner, s - 1, k + 1, w, countryIn(s, k + 1)), owner, k + 1,
                        Optional.empty()));
            }
            if (s - 1 >= lo && (b.lower(s - 1).equals("a") || b.lower(s - 1).equals("an")) && Words.isOccupation(w)) {
                // "a Dutch importer said:": one person the text does not name, not the last one who spoke
                return Optional.of(new Np(new Ref.Anonymous(w), s - 1, k + 1, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * The head noun of a description's words {@code [s, k]}: the last word, unless a preposition follows the head
     * ("the commissioner responsible for housing", "the official in charge"): then the role or organisation noun before
     * that preposition, else the word right before it. Lower case.
     */
    /**
     * Where a description ends in a complement of nouns joined by "and" starts, when the words from {@code s} are the
     * complement's last nouns: "the national agency for health and food safety said" is one body's description, its
     * head before the preposition; {@code s} when no body's or person's head and preposition stand before the "and".
     */
    private int joinedComplementStart(int s, int lo) {
        if (s - 2 < lo || !b.lower(s - 1).equals("and")) {
            return s;
        }
        int j = s - 2;
        while (j > lo && s - 2 - j < 3 && plainLower(j) && !PREPOSITIONS.contains(b.lower(j))) {
            j--;
        }
        if (j == s - 2 || j <= lo || !PREPOSITIONS.contains(b.lower(j))) {
            return s;
        }
        int h = j - 1;
        String head = b.lower(h);
        if (!plainLower(h) || Words.personRole(head) == null && !Words.isOrgHead(head)) {
            return s;
        }
        while (h - 1 > lo && j - h < 3 && plainLower(h - 1)) {
            h--; // "the national agency"
        }
        return b.lower(h - 1).equals("the") ? h : s;
    }

    /** A plain word in lower case that no determiner, conjunction, finite verb or mention is. */
    private boolean plainLower(int j) {
        String w = b.lower(j);
        return isPlainWord(j) && !b.token(j).capitalized() && !Words.isDeterminer(w) && !isConjunction(w)
                && !Words.isFinite(b.word(j)) && !Words.isAuxiliaryOrBe(w) && b.mention(j) == null;
    }

    /**
     * Whether the plural at {@code k} is the object of a preposition that modifies a singular head before it ("the
     * commissioner responsible for prisons said", "the company behind the plans said"), not a group that speaks
     * ("growers in the valleys said").
     */
    private boolean pluralObject(int k, int lo) {
        for (int j = k - 1; j - 1 >= lo && j >= k - 3; j--) {
            String w = b.lower(j);
            if (PREPOSITIONS.contains(w) && !w.equals("of")) {
                String head = b.lower(j - 1);
                return isPlainWord(j - 1) && !b.token(j - 1).capitalized() && !(head.endsWith("s") && !head.endsWith("ss"))
                        && !Words.isDeterminer(head);
            }
            if (!isPlainWord(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the government body in charge of the work said", "the official responsible for the port said": the phrase
     * {@code [d, k]} ("the work") is the object of "in charge of" or "responsible for", and the description is the
     * role or body before it, whose head speaks.
     */
    private Optional<Np> inChargeOf(int d, int k, int lo) {
        int p = d - 1;
        boolean charge = p - 2 >= lo && b.lower(p).equals("of") && b.lower(p - 1).equals("charge")
                && b.lower(p - 2).equals("in");
        boolean responsible = p - 1 >= lo && b.lower(p).equals("for") && b.lower(p - 1).equals("responsible");
        if (!charge && !responsible) {
            return Optional.empty();
        }
        int h = charge ? p - 3 : p - 2;
        if (h < lo || b.token(h).capitalized() || !isPlainWord(h) || b.mention(h) != null
                || Words.personRole(b.word(h)) == null && !Words.isOrgHead(b.word(h)) && !Words.isAnyOrg(b.word(h))) {
            return Optional.empty();
        }
        return definiteWithHead(h, k, lo);
    }

    /**
     * "the national association of walnut growers said", "the federation of taxi drivers said": a body's noun in
     * lower case after "the", with "of" and the plural of its members ending at {@code k}; the body speaks, for
     * Attribution to find named, not its members. No name among the words.
     */
    private Optional<Np> bodyOfMembers(int k, int lo) {
        String w = b.lower(k);
        if (!w.endsWith("s") || w.endsWith("ss") || b.token(k).capitalized() || !isPlainWord(k)) {
            return Optional.empty();
        }
        int p = k - 1;
        while (p >= lo && p > k - 3 && !b.lower(p).equals("of") && isPlainWord(p) && !b.token(p).capitalized()
                && b.mention(p) == null && !Words.isDeterminer(b.word(p))) {
            p--;
        }
        int h = p - 1;
        if (p < lo || !b.lower(p).equals("of") || h < lo || b.token(h).capitalized() || b.mention(h) != null
                || !Words.isOrgHead(b.word(h))) {
            return Optional.empty();
        }
        return definiteWithHead(h, k, lo);
    }

    /**
     * The description that ends at {@code k} and has its head at {@code h}: up to three lower-case words before the
     * head, opened by "the" ("the government body in charge of …", "the national association of …"); none without it.
     */
    private Optional<Np> definiteWithHead(int h, int k, int lo) {
        int s = h;
        while (s - 1 >= lo && h - s < 3 && isPlainWord(s - 1) && !b.token(s - 1).capitalized()
                && !Words.isDeterminer(b.word(s - 1)) && b.mention(s - 1) == null) {
            s--;
        }
        int owner = s - 1 > lo && clitic(s - 1) ? possessorStart(s - 1, lo) : -1;
        if (owner >= 0) {
            // "the county's federation of fish farmers": a genitive stands where the article would
            return Optional.of(new Np(possessed(owner, s - 1, k + 1, b.lower(h), countryIn(owner, k + 1)), owner,
                    k + 1, Optional.empty()));
        }
        if (s - 1 < lo || !b.lower(s - 1).equals("the")) {
            return Optional.empty();
        }
        return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s - 1, k + 1)), b.lower(h),
                countryIn(s, k + 1)), s - 1, k + 1, Optional.empty()));
    }

    private String headBeforeModifier(int s, int k) {
        for (int p = s + 1; p < k; p++) {
            if (PREPOSITIONS.contains(b.lower(p)) && !b.lower(p).equals("of")) {
                for (int j = p - 1; j >= s; j--) {
                    if (Words.personRole(b.word(j)) != null || Words.isOrgHead(b.word(j))) {
                        return b.lower(j);
                    }
                }
                return b.lower(p - 1);
            }
        }
        return b.lower(k);
    }

    /**
     * The token before the adverbs and time adjuncts that may stand between a subject and its verb ("also", "on
     * Tuesday", "Thursday", "last week", ", however,"), ending at {@code k}.
     */
    private int beforeAdjuncts(int k, int lo) {
        while (k >= lo) {
            String w = b.lower(k);
            if (Words.isBetween(w) && b.mention(k) == null || isDay(k)) {
                k--;
            } else if (w.equals("on") && isDay(k + 1) || (w.equals("week") || w.equals("month") || w.equals("year")
                    || w.equals("weekend")) && (b.lower(k - 1).equals("last") || b.lower(k - 1).equals("this"))) {
                k -= w.equals("on") ? 1 : 2;
            } else if (w.equals(",") && b.lower(k - 1).equals("however") && b.word(k - 2).equals(",")) {
                k -= 3; // "Its president, Ayesha Khalil, however, said"
            } else {
                return k;
            }
        }
        return k;
    }

    /** A hyphen written with no space on either side: "left-hander" is one word in three tokens. */
    boolean joined(int j) {
        return j > 0 && j + 1 < b.size() && b.word(j).equals("-") && b.token(j - 1).end() == b.token(j).begin()
                && b.token(j).end() == b.token(j + 1).begin();
    }

    /**
     * The token before a parenthesis that ends at {@code k} ("the Statistics Institute (ISTAT) said", "Kim (pictured)
     * said"): a short form or an aside in brackets stands between a name and its verb; else {@code k}.
     */
    private int beforeParenthesis(int k, int lo) {
        if (k < lo || !b.word(k).equals(")")) {
            return k;
        }
        for (int j = k - 1; j >= Math.max(lo, k - 8); j--) {
            if (b.word(j).equals("(")) {
                return j - 1;
            }
            if (b.endsClause(j) || b.word(j).equals(")")) {
                break;
            }
        }
        return k;
    }

    /** "Tuesday", "yesterday", "today": a day standing as an adjunct. */
    private boolean isDay(int k) {
        String w = b.lower(k);
        return k >= 0 && (w.endsWith("day") && w.length() > 5 && b.token(k).capitalized() || w.equals("yesterday")
                || w.equals("today") || w.equals("tonight"));
    }

    /** Every word capitalised but the small ones of a name ("Center for Korean Studies", "Atlantico Capital"). */
    private static boolean properName(String t) {
        String[] words = t.split(" ");
        for (String w : words) {
            String l = Words.lower(w);
            boolean small = l.equals("of") || l.equals("the") || l.equals("for") || l.equals("and") || l.equals("&")
                    || l.equals("de") || l.equals("on");
            if (!small && (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return Character.isUpperCase(t.charAt(0));
    }

    /**
     * The first token of a description ending at its head {@code k}: title words, and plain words that qualify the
     * head ("Germany's economy minister", "the regional emergency service"), back to a determiner.
     */
    private int descriptionStart(int k, int lo) {
        int s = titleStart(k, lo);
        if (s < k && Words.isDeterminer(b.word(s))) {
            return s;
        }
        int x = s - 1;
        int plain = 0;
        // not a relative word: "clashes in which police said …" ("police" alone is no one the text names)
        while (x >= lo && plain < 3 && isPlainWord(x) && !b.token(x).capitalized() && !Words.isAdjunct(b.word(x))
                && !Words.isDeterminer(b.word(x)) && !Words.isBetween(b.word(x))
                && !b.lower(x).matches("which|who|whom|whose|where|when")) {
            x--;
            plain++;
        }
        return withAge(plain > 0 ? titleStart(x + 1, lo) : s, k, lo);
    }

    /**
     * The start of a description widened over an age inside it ("the 81-year-old ferry pilot", which the tokenizer
     * splits into five tokens) and the determiner before the age; {@code s} when none stands there.
     */
    private int withAge(int s, int k, int lo) {
        for (int j = Math.max(lo, s - 1); j < k && j <= s + 4; j++) {
            int a = b.lower(j).equals("old") || b.lower(j).endsWith("-year-old") ? ageStart(j) : -1;
            if (a >= lo && a < s) {
                return a - 1 >= lo && Words.isDeterminer(b.word(a - 1)) ? a - 1 : a;
            }
        }
        return s;
    }

    /** The first token of an age ending at {@code k} ("67-year-old", as one token or as five), or -1. */
    private int ageStart(int k) {
        if (b.lower(k).matches("\\d{1,3}-year-old")) {
            return k;
        }
        boolean split = b.lower(k).equals("old") && b.word(k - 1).equals("-") && b.lower(k - 2).equals("year")
                && b.word(k - 3).equals("-") && b.word(k - 4).matches("\\d{1,3}");
        return split ? k - 4 : -1;
    }

    /**
     * "the head of the regional growers' federation", "the chief executive of its operator": a role of a body the
     * text describes in plain words, ending at token {@code k} (a noun). A person whom the text may name later, not
     * the body. Definite only, and not an appositive to a name before it.
     */
    private Optional<Np> headOf(int k, int lo) {
        if (!isPlainWord(k) || b.token(k).capitalized() || b.mention(k) != null) {
            return Optional.empty();
        }
        int x = k - 1;
        int steps = 0;
        // up to nine words: a body described by what it does ("the chief officer of the board building the new
        // national children's hospital")
        while (x > lo && steps < 9 && !b.lower(x).equals("of")) {
            String w = b.lower(x);
            Mention place = b.mention(x);
            if (place != null && place.type() != EntityType.PERSON && b.mentionEnd(x) < k && clitic(b.mentionEnd(x))) {
                // "the head of Valencia's regional emergency service", "the head of the South African Police
                // Service's forensic science laboratories": a place's or a body's genitive inside the phrase
                x = b.mentionFirst(x) - 1;
                if (Words.isDeterminer(b.word(x)) && x > lo) {
                    x--;
                }
                steps++;
                continue;
            }
            steps++;
            boolean plain = isPlainWord(x) && !b.token(x).capitalized() && !Words.isFinite(w) && !isConjunction(w)
                    && b.mention(x) == null || w.equals("'") || w.equals("’") || w.equals("'s") || w.equals("’s");
            if (!plain) {
                return Optional.empty();
            }
            x--;
        }
        String role = b.lower(x - 1);
        if (x <= lo || !b.lower(x).equals("of") || x + 1 > k || Words.personRole(role) == null
                || b.mention(x - 1) != null) {
            return Optional.empty();
        }
        int s = descriptionStart(x - 1, lo);
        Mention named = s - 2 >= lo ? b.mention(s - 2) : null;
        boolean appositive = s - 1 >= lo && b.word(s - 1).equals(",") && named != null
                && named.type() == EntityType.PERSON;
        if (!b.lower(s).equals("the") || s >= x - 1 || appositive) {
            return Optional.empty();
        }
        return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s, k + 1)), role, countryIn(s, k + 1)),
                s, k + 1, Optional.empty()));
    }

    /**
     * "A spokeswoman for Mayor Ana Ruiz said", "the lawyer for former minister Ana Ruiz said": the subject is the one
     * who speaks for the person named, not that person: a role noun, then "for", then the name with or without its
     * own title (the words from {@code start} to the name at {@code first}). Not "Minister for Foreign Affairs Ana
     * Ruiz", whose complement names no role, nor an appositive ("Leo Berg, a lawyer for Ana Ruiz, said": Berg's).
     */
    private Optional<Np> agentFor(int start, int first, int k, int lo) {
        Mention before = start - 1 >= lo ? b.mention(start - 1) : null;
        if (before != null && before.kind() == MentionKind.DESCRIPTION && b.mentionEnd(start - 1) == start) {
            start = b.mentionFirst(start - 1); // "The lawyer", which the entity stage took for a mention of someone
        }
        for (int x = Math.max(start, lo + 1); x < first; x++) {
            Mention role = b.mention(x - 1);
            if (!b.lower(x).equals("for") || role != null && role.kind() != MentionKind.DESCRIPTION
                    || Words.personRole(b.word(x - 1)) == null) {
                continue;
            }
            if (!ownTitleAfter(x, first)) {
                return Optional.empty();
            }
            String head = b.lower(x - 1);
            int s = role != null ? b.mentionFirst(x - 1) : descriptionStart(x - 1, lo);
            if (s - 1 >= lo && b.word(s - 1).equals(",")) {
                return Optional.empty();
            }
            // someone unnamed, or with "the" someone the text may have titled so before ({@code Attribution})
            String det = b.lower(s);
            return det.equals("a") || det.equals("an") || det.equals("the") ? Optional.of(new Np(
                    new Ref.Anonymous(head, Optional.of(Quoted.collapse(b.slice(s, k + 1)))), s, k + 1,
                    Optional.empty())) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether the words after "for" at {@code x} and before the name at {@code first} are the named person's own title
     * or nothing ("a lawyer for former minister Ana Ruiz", "a lawyer for Ana Ruiz"), which ends in a role noun; not
     * the field of an office ("Minister for Foreign Affairs Ana Ruiz", "Minister for Law and Justice Ana Ruiz").
     */
    private boolean ownTitleAfter(int x, int first) {
        for (int j = x + 1; j < first; j++) {
            String w = b.lower(j);
            if (w.equals("and") || w.equals("&") || clitic(j)) {
                return false; // "Minister for Law and Justice", "Spokeswoman for the prosecutor's office"
            }
        }
        return x + 1 == first || Words.personRole(b.word(first - 1)) != null;
    }

    /**
     * {@code NAME of/at ORGANISATION} ending at token {@code k}: "Jonathan Pell of the Ridgeway Center", with the
     * organisation as the title.
     */
    private Optional<Np> affiliationBefore(int k, int lo) {
        int x = k;
        boolean plain = false;
        boolean place = false;
        while (x > Math.max(lo, k - 12)) {
            Mention m = b.mention(x);
            if (m != null && m.type() == EntityType.ORGANIZATION) {
                x = b.mentionFirst(x) - 1; // "Higher School of Economics" is one name, its "of" included
                continue;
            }
            if (m != null && m.type() == EntityType.LOCATION && b.mentionEnd(x) <= k
                    && Words.isOrgHead(b.lower(b.mentionEnd(x)))) {
                x = b.mentionFirst(x) - 1; // "the Green Hills party": a place's name that names a body
                continue;
            }
            if (m != null && m.kind() == MentionKind.NAME && personOf(b.mentionFirst(x), lo) >= 0) {
                // "Ana Ruiz, 58, of Port Wenlow said": a village the name tagger may take for a person only says
                // where the person lives; it is neither the speaker nor a title
                x = b.mentionFirst(x) - 1;
                place = true;
                continue;
            }
            if (joined(x) && x - 1 > lo && x + 1 < k && !b.token(x + 1).capitalized()) {
                // "of the Cairo-based Nile Policy Forum", "the state-run": a compound modifier split at its hyphen
                x = b.mention(x - 1) != null ? b.mentionFirst(x - 1) - 1 : x - 2;
                continue;
            }
            Mention owner = x - 1 > lo && clitic(x) ? b.mention(x - 1) : null;
            if (owner != null && (owner.type() == EntityType.LOCATION || owner.type() == EntityType.COUNTRY)
                    && owner.kind() != MentionKind.DEMONYM && b.mentionEnd(x - 1) == x && x < k) {
                // "the chair of England's new Independent Football Regulator": a place's genitive stands where the
                // article would, within the body's phrase
                x = b.mentionFirst(x - 1) - 1;
                continue;
            }
            String w = b.lower(x);
            boolean forRole = w.equals("for") && Words.personRole(b.lower(x - 1)) != null; // "a spokesperson for"
            if (place && (w.equals("of") || w.equals("from"))) {
                int named = personOf(x + 1, lo);
                Mention p = b.mention(named);
                int first = b.mentionFirst(named);
                int start = titleStart(first, lo);
                return Optional.of(new Np(new Ref.Named(p), start, k + 1, preTitle(start, first)));
            }
            if ((w.equals("of") || w.equals("at") || w.equals("from") || forRole) && x < k) {
                Mention p = b.mention(x - 1);
                String role = b.lower(x - 1);
                if (forRole && (p == null || p.kind() == MentionKind.DESCRIPTION) && !Words.isDeterminer(b.word(x + 1))
                        && !clitic(x + 2)) {
                    // "the Minister for Finance said": an office named by its portfolio, with no determiner after
                    // "for" (not "the spokesman for the ministry"); the person so titled, whom Attribution finds
                    int s = p != null ? b.mentionFirst(x - 1) : descriptionStart(x - 1, lo);
                    Mention named = s - 2 >= lo && b.word(s - 1).equals(",") ? b.mention(s - 2) : null;
                    if (b.lower(s).equals("the") && (named == null || named.type() != EntityType.PERSON)) {
                        return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s, k + 1)), role,
                                countryIn(s, k + 1)), s, k + 1, Optional.empty()));
                    }
                }
                // "a former harbour master of the Ports Authority": an agent noun no list knows is a person too
                if (p == null && (Words.personRole(role) != null || Words.isOccupation(role))) {
                    int s = descriptionStart(x - 1, lo);
                    // not "Anna Schreiber, a senior fellow at …, said": an appositive to a name
                    boolean apart = s - 1 < lo || !b.word(s - 1).equals(",");
                    boolean indefinite = b.lower(s).equals("a") || b.lower(s).equals("an");
                    if (indefinite && apart) {
                        return Optional.of(new Np(new Ref.Anonymous(role,
                                Optional.of(Quoted.collapse(b.slice(s, k + 1)))), s, k + 1, Optional.empty()));
                    }
                    if (plain) {
                        return Optional.empty();
                    }
                    // "…, the head of the Fjord Salmon Council said": a person the organisation's name places, whom
                    // the text may name later; not the organisation
                    boolean definite = b.lower(s).equals("the") && b.lower(x).equals("of") && s < x - 1;
                    Mention named = s - 2 >= lo ? b.mention(s - 2) : null;
                    boolean appositive = !apart && named != null && named.type() == EntityType.PERSON;
                    return definite && !appositive ? Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(s, k + 1)),
                            role, countryIn(s, k + 1)), s, k + 1, Optional.empty())) : Optional.empty();
                }
                if (p == null || p.type() != EntityType.PERSON || p.kind() == MentionKind.DESCRIPTION || plain) {
                    return Optional.empty();
                }
                int first = b.mentionFirst(x - 1);
                int start = titleStart(first, lo);
                return Optional.of(new Np(new Ref.Named(p), start, k + 1,
                        combine(preTitle(start, first), Optional.of(b.slice(x, k + 1)))));
            }
            // "of the Andean Left party", "of the Kivu delegation": the noun for a body its name modifies is part of
            // the name, not a place of work in plain words
            boolean namedBody = x == k && x - 1 > lo && Words.isOrgHead(w) && !b.token(x).capitalized()
                    && (b.mention(x - 1) != null || b.token(x - 1).capitalized());
            boolean name = b.token(x).capitalized() && (m == null || m.kind() == MentionKind.DEMONYM)
                    || w.equals("the") || w.equals("for") || w.equals("and") || w.equals("&") || namedBody
                    || isPlainWord(x) && !Words.isAdjunct(w) && capitalWithin(x + 1, k + 1, 3);
            // "a judge at the district labour court": a place of work in plain words, for an unnamed person only
            boolean plainWord = !name && k - x < 6 && isPlainWord(x) && m == null && !b.token(x).capitalized()
                    && !Words.isAdjunct(w) && !Words.isFinite(w) && !Words.isFunction(w);
            if (!name && !plainWord) {
                return Optional.empty();
            }
            plain |= plainWord;
            x--;
        }
        return Optional.empty();
    }

    /**
     * "Joost Berg, leader of the centre-right Civic Party, the largest party in the talks, said": the person whose
     * role the first appositive names, not the organisation at its end, which a second appositive describes. The
     * organisation's name opens at {@code org}; the comma after it is {@code comma}.
     */
    private Optional<Np> roleHolderBefore(int org, int comma, int lo) {
        int g = org - 1;
        for (int steps = 0; g >= lo && steps < 5 && (b.word(g).equals("-") || b.lower(g).equals("the")
                || isPlainWord(g) && !b.token(g).capitalized() && !PREPOSITIONS.contains(b.lower(g))); steps++) {
            g--; // "the centre-right", "the opposition"
        }
        if (g - 1 < lo || !(b.lower(g).equals("of") || b.lower(g).equals("at")) || b.mention(g - 1) != null
                || Words.personRole(b.word(g - 1)) == null) {
            return Optional.empty();
        }
        int r = descriptionStart(g - 1, lo);
        Mention person = r - 2 >= lo && b.word(r - 1).equals(",") ? b.mention(r - 2) : null;
        if (person == null || person.type() != EntityType.PERSON || person.kind() == MentionKind.DESCRIPTION) {
            return Optional.empty();
        }
        int first = b.mentionFirst(r - 2);
        int start = titleStart(first, lo);
        return Optional.of(new Np(new Ref.Named(person), start, comma,
                combine(preTitle(start, first), Optional.of(b.slice(r, comma)))));
    }

    /**
     * Where a description in plain words that an organisation's name follows begins ("the national disaster agency
     * NORDAK", "the state power company Kraftnord"): at its determiner, when a word of it is a noun for an
     * organisation; else at {@code start}, where the title before the name {@code first} begins.
     */
    private int describedBefore(int start, int first, int lo) {
        boolean org = false;
        for (int x = first - 1; x >= lo && x >= first - 6; x--) {
            String w = b.lower(x);
            if (w.equals("the") || w.equals("a") || w.equals("an")) {
                return org && x < start ? x : start;
            }
            if (w.equals(",") && org && x + 1 < start) {
                return x + 1; // "…, rail infrastructure company Adif said": wire copy drops the article
            }
            if (!isPlainWord(x) || b.token(x).capitalized() || b.mention(x) != null || Words.isFunction(w)
                    || Words.isAdjunct(w)) {
                return start;
            }
            org |= Words.isOrgHead(w) || Words.isAnyOrg(w);
        }
        return start;
    }

    /**
     * The last token of the person's name in "NAME of PLACE" or "NAME, 58, of PLACE" when {@code first} opens PLACE
     * (after "of" or "from"), else -1: a home town after a name or an age, not an employer.
     */
    private int personOf(int first, int lo) {
        int of = first - 1;
        if (of - 1 < lo || !(b.lower(of).equals("of") || b.lower(of).equals("from"))) {
            return -1;
        }
        int n = of - 1;
        if (b.word(n).equals(",") && n - 3 >= lo && b.word(n - 1).chars().allMatch(Character::isDigit)
                && b.word(n - 2).equals(",")) {
            n -= 3; // ", 58,"
        }
        Mention p = b.mention(n);
        return p != null && p.type() == EntityType.PERSON && p.kind() == MentionKind.NAME && b.mentionEnd(n) == n + 1
                && b.mention(first) != p ? n : -1;
    }

    /** The title words before the name whose first token is {@code first}, not reaching before {@code lo}. */
    Optional<String> titleBefore(int first, int lo) {
        return preTitle(titleStart(first, lo), first);
    }

    /** The title words before a name, when they hold a role ("Senator", "Unification Ministry spokesman"). */
    private Optional<String> preTitle(int start, int first) {
        for (int x = first - 1; x > start; x--) {
            if (b.lower(x).equals("for") && Words.personRole(b.word(x - 1)) != null && ownTitleAfter(x, first)) {
                start = x + 1; // "a spokeswoman for Mayor Ana Ruiz": the spokeswoman's role is not Ruiz's title
                break;
            }
        }
        // "Senior coroner Dr Ana Ruiz", "Opposition MP Tan Sri Ana Ruiz": courtesy titles before the name are no
        // part of the role
        int end = first;
        while (end - 1 > start && courtesy(end - 1)) {
            end--;
        }
        for (int j = start; j < end; j++) {
            // the head of a title is its last word: a noun of occupation by its shape counts there ("Food blogger",
            // "Urban planner" before the name), as no list holds every trade
            boolean head = j == end - 1 && (Words.isOccupation(Words.lower(b.word(j))) || openingTitle(j));
            if (Words.personRole(b.word(j)) != null || head) {
                int from = Words.isDeterminer(b.word(start)) ? start + 1 : start;
                return from < end ? Optional.of(b.slice(from, end)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether token {@code j}, the one word before a name, opens its sentence as a title ("Coxswain Ana Ruiz said",
     * "Prefect Ana Ruiz told …"): English puts nothing else there without a comma but a connective or an adverb of
     * time ("Meanwhile", "Yesterday"), which the word lists and the "-ly" ending tell apart, or a place.
     */
    private boolean openingTitle(int j) {
        String w = b.word(j);
        String l = Words.lower(w);
        return j == afterDateline(b.sentenceStart(b.sentenceOf(j)), j + 1) && b.token(j).capitalized()
                && w.chars().allMatch(Character::isLetter) && w.length() > 2 && b.mention(j) == null
                && !Words.isFunction(l) && !Words.isConnective(l) && !Words.isAdjunct(l) && !Words.isBetween(l)
                && !Words.isClauseStart(l) && !l.endsWith("ly") && !isDay(j) && CountryTable.get().lookup(w).isEmpty()
                // an honorific or a given name ("Mrs", "Sir", "Dame"; "Oskar" the tagger left out of the name), a
                // participle ("Embattled", "Outgoing") or a courtesy title is no role
                && Words.genderOf(w) == 0 && !l.endsWith("ed") && !l.endsWith("ing") && !courtesy(j);
    }

    /**
     * Courtesy titles that stand before a name without naming a role, besides the honorifics the entity stage knows
     * ({@link EntityResolver#isHonorific}: "Mr", "Daw", "Ratu").
     */
    private static final Set<String> COURTESY = Set.of("lord", "lady", "dr", "prof", "rev", "alhaji", "hajiya",
            "datuk", "dato", "tun", "tan", "sri", "haji", "hajjah", "sheikh", "shaikh", "sayyid", "mx", "mama");

    /** Whether token {@code k} is a courtesy title ("Dr", "Daw", "Datuk"), with or without its full stop. */
    private boolean courtesy(int k) {
        String w = b.lower(k);
        // "MS", "MP" in capitals are offices (a Member of the Senedd, of Parliament), not "Ms"
        boolean capitals = b.word(k).length() > 1 && b.word(k).equals(b.word(k).toUpperCase(java.util.Locale.ROOT));
        return COURTESY.contains(w.replace(".", "")) || !capitals && EntityResolver.isHonorific(w);
    }

    /** A dash standing apart, as after a dateline ("KUMASI — The registrar, …"), not the hyphen of "Director-General". */
    private boolean datelineDash(int j) {
        return j > 0 && isDash(b.word(j)) && b.token(j).begin() > b.token(j - 1).end();
    }

    /** Whether a word in tokens {@code [from, to)} names a role: "minister", "co-leader", "ex-chairman". */
    private boolean holdsRole(int from, int to) {
        for (int j = from; j < to; j++) {
            String w = b.word(j);
            if (Words.personRole(w) != null || Words.personRole(w.substring(w.lastIndexOf('-') + 1)) != null) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> combine(Optional<String> pre, Optional<String> appositive) {
        if (pre.isEmpty()) {
            return appositive;
        }
        // "Rep." and "of the Reform Party" make "Rep. of the Reform Party"; a title and an appositive take a comma.
        // An affiliation ends where a relative clause about the person begins ("of the Future party, who …").
        return Optional.of(appositive.map(a -> a.startsWith("of ") || a.startsWith("at ") || a.startsWith("from ")
                ? pre.get() + " " + RELATIVE_AFTER_COMMA.split(a, 2)[0] : pre.get() + ", " + a).orElse(pre.get()));
    }

    /**
     * The first token of the phrase set off by the comma before token {@code start} ("his counterpart, Ana Ruiz"),
     * back to the comma, clause end, double quotation mark or dateline dash before it, at most
     * {@link #MAX_APPOSITIVE} tokens; {@code start - 1} when it is empty.
     */
    private int titleBeforeComma(int start, int lo) {
        int from = start - 1;
        int end = start - 1;
        while (true) {
            while (from - 1 >= lo && from > end - MAX_APPOSITIVE && !b.word(from - 1).equals(",")
                    && !b.endsClause(from - 1) && !isDoubleMark(b.word(from - 1)) && !datelineDash(from - 1)
                    && !(end < start - 1 && (b.word(from - 1).equals(":") || isDash(b.word(from - 1))))) {
                from--; // (a list's title opens after a live blog's time stamp: "09:15: The Minister for …")
            }
            if (from - 2 < lo || !b.word(from - 1).equals(",") || !portfolioList(from, end)) {
                return from;
            }
            end = from - 1; // "The Minister for Climate, Energy and the Environment, NAME": the comma is the title's
            from = end;
        }
    }

    /**
     * Whether tokens {@code [from, to)} end a list of capitalised portfolio words inside a title, after a comma:
     * "Energy and the Environment" of "Minister for Climate, Energy and the Environment" (the words before the comma
     * being a role, "for" or "of", and capitals).
     */
    private boolean portfolioList(int from, int to) {
        boolean and = false;
        for (int j = from; j < to; j++) {
            String w = b.lower(j);
            and |= w.equals("and") || w.equals("&");
            if (!b.token(j).capitalized() && !w.equals("and") && !w.equals("&") && !w.equals("the")
                    && !w.equals(",")) {
                return false;
            }
        }
        if (!and || !b.token(from).capitalized()) {
            return false;
        }
        for (int j = from - 2; j >= Math.max(0, from - 6); j--) {
            String w = b.lower(j);
            if (w.equals("for") || w.equals("of")) {
                return j - 1 >= 0 && Words.personRole(b.word(j - 1)) != null;
            }
            if (!b.token(j).capitalized() && !w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** {@code NAME, APPOSITIVE,} ending at the comma at {@code comma}: the name before the first comma speaks. */
    private Optional<Np> withAppositive(int comma, int lo, boolean who) {
        Optional<Np> affiliated = affiliationBefore(comma - 1, lo);
        if (affiliated.isPresent()) {
            // "Another analyst, Vasily Kashin of the Higher School of Economics, said"
            Np a = affiliated.get();
            Optional<String> before = Optional.empty();
            if (a.start() - 1 > lo && b.word(a.start() - 1).equals(",")) {
                int from = a.start() - 1;
                while (from - 1 >= lo && from > a.start() - 1 - MAX_APPOSITIVE && !b.word(from - 1).equals(",")
                        && !b.endsClause(from - 1) && !isDoubleMark(b.word(from - 1))) {
                    from--;
                }
                before = preTitle(from, a.start() - 1);
            }
            return Optional.of(new Np(a.ref(), a.start(), comma, combine(before, a.appositive())));
        }
        int nameEnd = comma - 1;
        int bare = beforeParenthesis(nameEnd, lo);
        if (bare != nameEnd && b.mention(bare) != null && b.mention(nameEnd - 1) != null
                && b.mention(bare).entityId().equals(b.mention(nameEnd - 1).entityId())) {
            nameEnd = bare; // "The island's water supplier, the Société Mahoraise des Eaux (SMAE), said": its acronym
        }
        Mention direct = b.mention(nameEnd);
        if (direct != null && direct.type() == EntityType.LOCATION && b.lower(b.mentionFirst(nameEnd) - 1).equals("of")
                && b.mentionFirst(nameEnd) - 2 >= lo && b.mention(b.mentionFirst(nameEnd) - 2) != null
                && b.mention(b.mentionFirst(nameEnd) - 2).type() == EntityType.ORGANIZATION) {
            nameEnd = b.mentionFirst(nameEnd) - 2; // "The ship's owner, Halcyon Bulk Carriers of Limassol, said"
            direct = b.mention(nameEnd);
        }
        if (direct != null && direct.type() == EntityType.ORGANIZATION && direct.kind() == MentionKind.NAME && !who) {
            // "The foundry's owner, Vesk Castings, said …", "The shippers' group, the Coastal Hauliers Association,
            // said", "The builder, Larkfield Homes, said": the organisation the description names speaks; the noun
            // before the comma is a role, a body or an agent noun
            int first = b.mentionFirst(nameEnd);
            first = first - 1 > lo && b.lower(first - 1).equals("the") ? first - 1 : first;
            int home = first;
            while (home - 1 > lo && home > first - 4 && (b.word(home - 1).equals("-")
                    || b.lower(home - 1).equals("based") || b.lower(home - 1).endsWith("-based")
                    || b.mention(home - 1) != null && b.mention(home - 1).type() == EntityType.LOCATION)) {
                home--; // "One of the companies, Bergen-based Fjordline Tankers, said": where it is based
            }
            first = home < first && b.word(home - 1).equals(",") ? home : first;
            int d = first - 2;
            // a timestamp's or a dateline's colon or dash ("8.45am: The grid operator, Ukrenergo, says") opens it too
            while (d >= lo && d > first - 2 - 6 && !b.word(d).equals(",") && !b.endsClause(d) && !b.word(d).equals(":")
                    && !isDash(b.word(d))) {
                d--;
            }
            String noun = first - 2 >= lo ? b.word(first - 2) : "";
            // "One of the companies, X, said": one of a kind of body, named
            boolean oneOf = b.lower(d + 1).equals("one") && b.lower(d + 2).equals("of");
            noun = oneOf ? singular(noun) : noun;
            boolean described = first - 1 > lo && b.word(first - 1).equals(",") && (d < lo || b.word(d).equals(",")
                    || b.endsClause(d) || b.word(d).equals(":") || isDash(b.word(d)))
                    && (Words.isDeterminer(b.word(d + 1)) || oneOf)
                    && (Words.personRole(noun) != null || Words.isOrgHead(noun) || Words.isAnyOrg(noun)
                    || Words.isOccupation(Words.lower(noun)) && !b.token(first - 2).capitalized());
            if (described) {
                return Optional.of(new Np(new Ref.Named(direct), d + 1, comma, Optional.empty()));
            }
        }
        if (direct != null && direct.type() == EntityType.PERSON && direct.kind() != MentionKind.DESCRIPTION) {
            int start = titleStart(b.mentionFirst(comma - 1), lo);
            if (who) {
                return Optional.of(new Np(new Ref.Named(direct), start, comma, Optional.empty()));
            }
            if (start - 1 >= lo && b.word(start - 1).equals(",")) {
                // "his American counterpart, Susan Blake, said": the title stands before the name (after a
                // dateline's dash, if the sentence opens with one)
                int from = titleBeforeComma(start, lo);
                Mention lead = b.mention(from);
                if (lead != null && lead.type() == EntityType.PERSON && lead.kind() == MentionKind.NAME
                        && b.mentionFirst(from) == from && b.mentionEnd(from) == start - 1
                        && holdsRole(start, b.mentionFirst(comma - 1))) {
                    // "Ana Ruiz, chief executive of bus operator Vestby Linjer, told …": the name at the end of
                    // the appositive is what the title names (a company the name tagger took for a person)
                    return Optional.of(new Np(new Ref.Named(lead), from, start - 1,
                            Optional.of(b.slice(start, comma)).filter(a -> asTitle(a).isPresent())));
                }
                Optional<String> title = from < start - 1 ? Optional.of(b.slice(from, start - 1)) : Optional.empty();
                // the phrase begins with a title that holds a role ("…," the bank's chief economist, Ana Ruiz, said):
                // what comes before it is not part of the speaker, nor of what was said
                boolean role = holdsRole(from, start - 1);
                // "the club's adviser, science teacher Ana Ruiz, said": the title words before the name count too
                return Optional.of(new Np(new Ref.Named(direct), role ? from : start, comma,
                        title.isEmpty() ? Optional.empty()
                                : combine(title, preTitle(start, b.mentionFirst(comma - 1)))));
            }
        }
        for (int j = comma - 1; j >= Math.max(lo + 1, comma - MAX_APPOSITIVE); j--) {
            if (b.endsClause(j) || isDoubleMark(b.word(j))) {
                break;
            }
            if (!b.word(j).equals(",") || b.mention(j) != null) {
                continue; // a comma inside a name ("the Medical Practitioners, Pharmacists and Dentists Union")
            }
            if (b.lower(j + 1).equals("and") && j + 1 < comma) {
                // "Ana Ruiz, a fellow at an institute in Munich, Germany, and co-author of the study, said": a second
                // appositive joined to the first; the name stands before both
                continue;
            }
            int named = beforeParenthesis(j - 1, lo);
            Mention m = named >= lo ? b.mention(named) : null;
            if (m != null && (m.type() == EntityType.LOCATION || m.type() == EntityType.COUNTRY) && direct != null
                    && direct.type() == EntityType.ORGANIZATION && direct.kind() == MentionKind.NAME && !who) {
                // "… in the Shouf reserve, the largest cedar forest in Lebanon, the Al-Shouf Cedar Society, which
                // manages it, said": a place is no one an organisation's name describes; the name after it speaks
                int first = b.mentionFirst(nameEnd);
                int s = b.lower(first - 1).equals("the") ? first - 1 : first;
                if (s == j + 1) {
                    return Optional.of(new Np(new Ref.Named(direct), s, comma, Optional.empty()));
                }
            }
            if (m != null && m.type() == EntityType.ORGANIZATION) {
                // "Ana Ruiz of the University of Lund, who …, said": the organisation only places the person
                int f = b.mentionFirst(named) - 1;
                f = f >= lo && b.lower(f).equals("the") ? f - 1 : f;
                String p = f >= lo ? b.lower(f) : "";
                Mention person = f - 1 >= lo ? b.mention(f - 1) : null;
                if ((p.equals("of") || p.equals("at") || p.equals("from")) && person != null
                        && person.type() == EntityType.PERSON && person.kind() != MentionKind.DESCRIPTION) {
                    named = f - 1;
                    m = person;
                } else {
                    Optional<Np> holder = roleHolderBefore(b.mentionFirst(named), j, lo);
                    if (holder.isPresent()) {
                        return holder;
                    }
                }
            }
            if (m != null && m.type() == EntityType.PERSON && !who) {
                // a party the name tagger took for a person: "…, leader of the centre-left Sociaal Verbond, the …"
                Optional<Np> holder = roleHolderBefore(b.mentionFirst(named), j, lo);
                if (holder.isPresent()) {
                    return holder;
                }
            }
            boolean speaker = m != null && (who ? m.type() == EntityType.PERSON : isSpeakerType(m));
            if (speaker && m.kind() != MentionKind.DEMONYM) {
                int first = b.mentionFirst(named);
                int start = titleStart(first, lo);
                Optional<String> appositive = Optional.of(b.slice(j + 1, comma)).filter(a -> asTitle(a).isPresent());
                Optional<String> title = combine(preTitle(start, first), appositive);
                int from = start - 1 >= lo && b.word(start - 1).equals(",") && m.type() == EntityType.PERSON
                        ? titleBeforeComma(start, lo) : start - 1;
                if (from < start - 1 && (holdsRole(from, start - 1)
                        || Words.isOccupation(Words.lower(b.word(start - 2))))) {
                    // "A younger potter, Ana Ruiz, 29, said": the title before the name, whatever follows it
                    return Optional.of(new Np(new Ref.Named(m), from, j,
                            combine(Optional.of(b.slice(from, start - 1)), title)));
                }
                return Optional.of(new Np(new Ref.Named(m), start, j, title));
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker phrase starting at token {@code k} (right after a speech verb, or after "according to"), not
     * reaching {@code stop}: title words then a name, a pronoun, a description, an organisation or outlet.
     */
    Optional<Np> npAfter(int k, int stop) {
        if (k >= stop) {
            return Optional.empty();
        }
        // "a notice published by the Thai foreign ministry", "a statement from the ministry": who issued it
        int d = Words.isDeterminer(b.word(k)) ? k + 1 : k;
        if (d < stop && Words.isDocument(b.word(d))) {
            for (int j = d + 1; j < Math.min(stop, d + 6); j++) {
                if (b.lower(j).equals("by") || b.lower(j).equals("from")) {
                    return npAfter(j + 1, stop);
                }
            }
        }
        Optional<Np> staff = staffAfter(k, stop);
        if (staff.isPresent()) {
            return staff;
        }
        char g = Words.pronounGender(b.word(k));
        if (g != 0) {
            return Optional.of(new Np(new Ref.Pronoun(g), k, k + 1, Optional.empty()));
        }
        for (int e = d; e < Math.min(stop, d + 5); e++) {
            if (ageStart(e) == d && b.lower(k).equals("the")) {
                // "said the 51-year-old": the person the text gave that age
                return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(k, e + 1)), "person",
                        Optional.empty()), k, e + 1, appositiveAfter(e + 1, stop)));
            }
        }
        int aged = k; // "wrote 43-year-old Martin Taylor of Aberdeenshire": an age is no title
        for (int e = k; e < Math.min(stop, k + 5); e++) {
            aged = ageStart(e) == k ? e + 1 : aged;
        }
        Mention other = null;
        int j = aged;
        while (j < stop && j < k + 10) {
            Mention m = b.mention(j);
            if (m != null) {
                int end = b.mentionEnd(j);
                if (m.type() == EntityType.PERSON) {
                    Optional<String> pre = preTitle(aged, j);
                    int after = affiliationAfter(end, stop);
                    if (after > end) {
                        return Optional.of(new Np(new Ref.Named(m), k, after,
                                combine(pre, Optional.of(b.slice(end, after)))));
                    }
                    return Optional.of(new Np(new Ref.Named(m), k, end, combine(pre, appositiveAfter(end, stop))));
                }
                other = m;
                j = end;
                continue;
            }
            // "according to the trust", "the charity": a kind of body right after "the"
            boolean kind = j == k + 1 && b.lower(k).equals("the")
                    && (Words.isAnyOrg(b.word(j)) || Words.isNameHead(b.word(j)));
            if (!titleish(j) && !(isPlainWord(j) && !Words.isAdjunct(b.word(j)) && personWithin(j + 1, stop, 3))
                    && !bodyWords(j, stop) && !kind) {
                break;
            }
            j++;
        }
        if (j == k) {
            return Optional.empty();
        }
        String head = b.lower(j - 1);
        if (other != null && b.mentionEnd(j - 1) == j && b.mention(j - 1) == other && isSpeakerType(other)
                && other.kind() != MentionKind.DEMONYM) {
            return Optional.of(new Np(named(other, k, b.mentionFirst(j - 1), j), k, j, appositiveAfter(j, stop)));
        }
        boolean indefinite = b.lower(k).equals("a") || b.lower(k).equals("an");
        if (indefinite && !Words.isGeneric(b.word(k)) && Words.personRole(head) != null) {
            return Optional.of(new Np(new Ref.Anonymous(head), k, j, Optional.empty())); // "said a senior official"
        }
        if (Words.isGeneric(b.word(k)) || indefinite) {
            return Optional.of(new Np(new Ref.Unknown(), k, j, Optional.empty()));
        }
        int named = j + 1;
        while (named < stop && named < j + 4 && courtesy(named)) {
            named++; // "said the programme's manager, Dr Ana Ruiz.": courtesy titles before the name
        }
        if (Words.personRole(head) != null && b.word(j).equals(",") && named < stop && b.mention(named) != null
                && b.mention(named).type() == EntityType.PERSON && b.mentionFirst(named) == named) {
            // "said the EU's chief negotiator, Pilar Ortiz.": the name after the description is the speaker
            int e = b.mentionEnd(named);
            if (e >= stop || b.word(e).equals(",") || b.endsClause(e)) {
                return Optional.of(new Np(new Ref.Named(b.mention(named)), k, e,
                        Optional.of(Quoted.collapse(b.slice(k, j)))));
            }
        }
        // "according to the trust": a kind of body, after "the", is one the text named before
        boolean body = (Words.isAnyOrg(head) || Words.isNameHead(head)) && b.lower(k).equals("the");
        if (Words.personRole(head) != null || Words.isOrgHead(head) || body) {
            return Optional.of(new Np(new Ref.Described(Quoted.collapse(b.slice(k, j)), head, countryIn(k, j)), k, j,
                    appositiveAfter(j, stop)));
        }
        if (other != null && other.type() == EntityType.ORGANIZATION && j - 2 >= k && b.mention(j - 2) == other
                && b.mentionEnd(j - 2) == j - 1 && Words.isKindOfBody(head)) {
            // "a survey by the Bioko Primate Watch programme": a noun for a kind of body that names no office of
            // its own, right after an organisation's name, says what kind of body the named one is
            return Optional.of(new Np(new Ref.Named(other), k, j, appositiveAfter(j, stop)));
        }
        return Optional.empty();
    }

    /**
     * A name as a speaker; "North Korea's Foreign Ministry", a generic office that a country before it
     * qualifies, is that country's office rather than an organisation called "Foreign Ministry".
     */
    private Ref named(Mention m, int start, int first, int end) {
        if (m.type() != EntityType.ORGANIZATION || !generic(m.text())) {
            return new Ref.Named(m);
        }
        Optional<String> country = countryIn(start, first);
        if (country.isEmpty()) {
            return new Ref.Named(m);
        }
        return new Ref.Described(Quoted.collapse(b.slice(start, end)), Words.lower(b.word(end - 1)), country);
    }

    /** A name made only of office words ("Foreign Ministry", "Ministry of Defence"). */
    private static boolean generic(String name) {
        boolean head = false;
        for (String w : Words.lower(name).split("[^\\p{L}]+")) {
            if (w.isEmpty() || w.equals("the")) {
                continue;
            }
            if (Words.isOrgHead(w)) {
                head = true;
            } else if (!Words.isModifier(w)) {
                return false;
            }
        }
        return head;
    }

    /**
     * Whether the text names an organisation with this noun as a word of its name ("Geological Survey of Brazil"
     * for "survey"): then "the country's geological survey" is that body, not a document.
     */
    boolean bodyCalled(String noun) {
        return b.doc.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && List.of(Words.lower(e.name()).split("[^\\p{L}]+")).contains(noun));
    }

    /** Whether a capitalised word comes within {@code n} plain words from {@code from}. */
    private boolean capitalWithin(int from, int stop, int n) {
        for (int j = from; j < Math.min(stop, from + n); j++) {
            if (b.token(j).capitalized()) {
                return true;
            }
            if (!isPlainWord(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether plain lower-case words and genitives from {@code from} run to a body's head noun that ends the phrase:
     * "the health authority", "the province's health authority", where no title word tells the phrase goes on.
     */
    private boolean bodyWords(int from, int stop) {
        for (int j = from; j < Math.min(stop, from + 4); j++) {
            if (j > from && Words.isOrgHead(b.word(j))) {
                return j + 1 >= stop || !isPlainWord(j + 1) || Words.isAdjunct(b.word(j + 1));
            }
            if (!clitic(j) && (!isPlainWord(j) || Words.isAdjunct(b.word(j)) || b.token(j).capitalized()
                    || b.mention(j) != null)) {
                return false;
            }
        }
        return false;
    }

    /** The singular of a plural noun: "companies" is "company", "operators" is "operator". */
    private static String singular(String noun) {
        String w = Words.lower(noun);
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * "Mayor Ana Ruiz of the town of Tarn said", "Chief Ana Ruiz of the Innu community of Tarn said": a person, "of",
     * and a phrase ending at token {@code noun} in a noun for a home place ("the town", "the Innu community") before
     * that place's "of": the person speaks, not the place.
     */
    private Optional<Np> ofHomePlace(int noun, int lo) {
        if (noun - 2 < lo || !HOME_PLACES.contains(b.lower(noun)) || b.token(noun).capitalized()) {
            return Optional.empty();
        }
        for (int j = noun - 1; j >= Math.max(lo + 1, noun - 4); j--) {
            if (b.lower(j).equals("of")) {
                Mention who = b.mention(j - 1);
                return who != null && who.type() == EntityType.PERSON && b.lower(j + 1).equals("the")
                        ? phraseBefore(j - 1, lo) : Optional.empty();
            }
            if (!isPlainWord(j) || b.mention(j) != null && b.mention(j).type() == EntityType.PERSON) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final Set<String> HOME_PLACES = Set.of("town", "city", "village", "community", "district", "region",
            "province", "county", "municipality", "island", "state", "hamlet", "settlement", "reserve", "parish",
            "commune", "borough", "township", "valley", "port");

    /** Whether a person is named within {@code n} tokens from {@code from} ("opposition senator Mariela Ruiz"). */
    private boolean personWithin(int from, int stop, int n) {
        for (int j = from; j < Math.min(stop, from + n); j++) {
            if (b.mention(j) != null && b.mention(j).type() == EntityType.PERSON) {
                return true;
            }
            if (!isPlainWord(j)) {
                return false;
            }
        }
        return false;
    }

    /** "of the Ridgeway Center for Korean Studies" after a name: the token after it, or {@code end} if none. */
    private int affiliationAfter(int end, int stop) {
        String w = b.lower(end);
        if (end >= stop || !(w.equals("of") || w.equals("at") || w.equals("from"))) {
            return end;
        }
        int j = end + 1;
        while (j < stop && j < end + 12) {
            String x = b.lower(j);
            boolean name = b.mention(j) != null && b.mention(j).type() == EntityType.ORGANIZATION
                    || b.token(j).capitalized() && b.mention(j) == null || x.equals("the") && j == end + 1
                    || (x.equals("for") || x.equals("of") || x.equals("and") || x.equals("&")) && j > end + 1
                    || isPlainWord(j) && !Words.isAdjunct(x) && capitalWithin(j + 1, stop, 3); // "of oil broker PVM"
            if (!name) {
                break;
            }
            j++;
        }
        while (j > end + 1 && !b.token(j - 1).capitalized()) {
            j--; // "of the Center for" ends on a name, not on "for"
        }
        return j > end + 1 ? j : end;
    }

    /** ", TITLE" after a name, up to the next comma or the end of the clause. */
    Optional<String> appositiveAfter(int end, int stop) {
        if (end < stop && b.word(end).equals("(")) {
            // a transcript's label: "Ms Judith Carlisle-Nguyen (eSafety Commissioner): …"; a bare "(Chair)" is the
            // role in the hearing, and the title the text gave the person says more
            int j = end + 1;
            while (j < stop && j < end + 1 + MAX_APPOSITIVE && !b.word(j).equals(")")) {
                j++;
            }
            return j < stop && j > end + 2 && b.word(j).equals(")") && b.word(j + 1).equals(":")
                    && !constituency(end + 1, j)
                    ? Optional.of(b.slice(end + 1, j)).filter(a -> asTitle(a).isPresent()) : Optional.empty();
        }
        if (end >= stop || !b.word(end).equals(",")) {
            return Optional.empty();
        }
        int j = end + 1;
        if (end + 3 < stop && b.word(end + 1).matches("\\d{1,3}") && b.word(end + 2).equals(",")
                && Set.of("a", "an", "the").contains(b.lower(end + 3))) {
            // "Ramiz Mammadli, 63, a fisherman": the age and the description after it, which asTitle reads; not
            // "54, said …" nor "71, of Crab Hill", what news gives anyone it quotes
            j = end + 3;
        }
        int opened = j;
        while (j < stop && j < end + 1 + MAX_APPOSITIVE && !b.word(j).equals(",") && !b.endsClause(j)
                && !isDoubleMark(b.word(j)) && !(b.lower(j).equals("whose") && j > opened + 1)) {
            j++; // "a lavender grower whose family has …": what "whose" opens is about the family, not a title
        }
        return j > end + 1 ? Optional.of(b.slice(end + 1, j)).filter(a -> asTitle(a).isPresent()) : Optional.empty();
    }

    /**
     * Whether tokens {@code [from, to)}, in brackets after a name in a transcript's label, are only a place's name:
     * the seat a member holds ("Ms Ana Ruiz (Jalan Kayu):", "(Highlands and Islands)"), which is no title; the one
     * the introduction gives her ("the Member for Jalan Kayu") says what she is.
     */
    private boolean constituency(int from, int to) {
        for (int x = from; x < to; x++) {
            Mention m = b.mention(x);
            boolean link = b.lower(x).equals("and") || b.word(x).equals("-") || b.lower(x).equals("of");
            if (!link && (!b.token(x).capitalized() || Words.personRole(b.word(x)) != null
                    || Words.isOrgHead(b.word(x)) || m != null && m.type() == EntityType.ORGANIZATION)) {
                return false;
            }
        }
        return true;
    }

    /** A comma and a relative word: where a clause about the one an appositive describes begins. */
    /** A relative clause that reports speech ("who said he had …"), which the entity stage may take into a title. */
    private static final Pattern REPORTING_RELATIVE = Pattern.compile(
            ",?\\s+who\\s+(?:(?:has|had)\\s+)?(?:said|says|told|tells)\\b");

    private static final Pattern RELATIVE_AFTER_COMMA = Pattern.compile(",\\s+(?i:who|whom|whose|which)\\b");

    /**
     * An appositive that states a title or affiliation ("a professor at …", "head of the Asia desk at …"); "who
     * directs …" loses its "who". An age, a clause or a list of names is none.
     */
    static Optional<String> asTitle(String appositive) {
        String t = Quoted.collapse(appositive);
        // "Deputy M. Aubin-Querée": the initial of a given name the label abridged belongs to the name
        String unabridged = t.replaceFirst("(\\s+\\p{Lu}\\.)+$", "");
        t = unabridged.isEmpty() ? t : unabridged;
        int and = Words.lower(t).lastIndexOf(" and ");
        if (and > 0 && kinship(t.substring(and + 5))) {
            t = t.substring(0, and); // "a city council member and her cousin": the office, not the kinship
        }
        if (kinship(t)) {
            // "the victim's mother", "her son": who the speaker is to someone in the story, which news writes when
            // they hold no office; the possessive pronoun says nothing without its antecedent
            return Optional.of(t.replaceFirst("^(?i:his|her|their) ", ""));
        }
        String[] rest = Words.lower(t).split(" ");
        if (rest[0].equals("whose") && rest.length <= 4 && Words.isOccupation(rest[rest.length - 1])) {
            // "the Allotment Society, whose treasurer, Ana Ruiz, said": the role the body gives her; not a clause about
            // someone else ("whose son missed two exams")
            t = t.substring(6);
        }
        boolean who = Words.lower(t).startsWith("who ");
        if (who) {
            t = t.substring(4);
            boolean role = false;
            for (String aux : new String[] {"is ", "was ", "has been ", "had been ", "serves as ", "served as "}) {
                if (Words.lower(t).startsWith(aux)) {
                    t = t.substring(aux.length());
                    role = true;
                    break;
                }
            }
            String after = t.isEmpty() ? "" : t.split(" ")[0];
            if (role && !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !Words.isDeterminer(after)
                    && !Words.isModifier(Words.lower(after)) && Words.personRole(after) == null
                    && !Words.isOrgHead(after) && !Words.isOccupation(Words.lower(after))) {
                return Optional.empty(); // "who was dismissed in September": a passive, what was done to them
            }
            if (!role) {
                // "who chairs the tribunal", "who serves on the jury" hold an office, and so does the perfect ("who
                // has led the observatory since 2014"); "who moved to the coast" holds none
                boolean perfect = Words.lower(t).startsWith("has ") || Words.lower(t).startsWith("had ");
                if (perfect && Words.isOfficeVerb(Words.lower(t.substring(4).split(" ")[0]))) {
                    t = t.substring(4);
                }
                String verb = Words.lower(t.split(" ")[0]);
                return Words.isOfficeVerb(verb) && t.indexOf(' ') > 0 ? Optional.of(t) : Optional.empty();
            }
        }
        Matcher speech = REPORTING_RELATIVE.matcher(t);
        if (!who && speech.find() && speech.start() > 0) {
            t = t.substring(0, speech.start()); // "a factory worker who said he had been promised a job": reported
        }
        boolean aged = t.matches("\\d{1,3}, .+");
        if (aged) {
            t = t.substring(t.indexOf(", ") + 2); // "47, a former union organizer"
        }
        if (t.isEmpty() || aged && Words.lower(t).startsWith("from ")) {
            return Optional.empty(); // "19, from Rijeka": an age and a home town, which news gives anyone it quotes
        }
        String lower = Words.lower(t);
        for (String p : new String[] {"of ", "at ", "from "}) {
            if (!who && lower.startsWith(p) && t.length() > p.length()) {
                // an affiliation: "of oil broker PVM"; not where and when she spoke ("at a meeting of the full
                // council on Tuesday evening"), for no affiliation holds a date
                boolean dated = Arrays.stream(t.split(" ")).anyMatch(Words::isCalendar);
                // the affiliation ends where a relative clause about the person begins ("of the Lund institute,
                // who has studied …")
                Matcher clause = RELATIVE_AFTER_COMMA.matcher(t);
                String affiliation = clause.find() ? t.substring(p.length(), clause.start()) : t.substring(p.length());
                return dated || affiliation.isBlank() ? Optional.empty() : Optional.of(affiliation);
            }
        }
        String first = t.split(" ")[0];
        // "speaking at …" is a participle; "Mining Minister", "Housing Secretary" hold a capitalised field
        boolean participle = Words.lower(first).endsWith("ing") && !Character.isUpperCase(first.charAt(0));
        if (!who && (Words.isFrameVerb(first) || participle || Character.isDigit(first.charAt(0)))) {
            return Optional.empty();
        }
        String f = Words.lower(first);
        if (properName(t)) {
            return Optional.of(t); // an affiliation: "Atlantico Capital"
        }
        if (who) {
            return Optional.of(t);
        }
        if (f.equals("a") || f.equals("an") || f.equals("the") || f.equals("his") || f.equals("her")
                || f.equals("its") || f.equals("their")) {
            // "a Democrat from Oregon", "the country's top negotiator"; not "the main question now is …"
            for (String w : Words.lower(t).split(" ")) {
                if (w.equals("who") || w.equals("which") || w.equals("that")) {
                    break;
                }
                // nor "the minister said the site …", a clause that reads as one where no comma closes the name
                if (Words.isFinite(w) || Words.isReportingVerb(w) && !Words.isNounLike(w)) {
                    return Optional.empty();
                }
            }
            return Optional.of(t);
        }
        // otherwise it opens like a title ("senior director of …", "Japan's chief negotiator"), not a verb
        // "eSafety Commissioner": a name written with its capital inside is capitalised too
        // "moto-taxi driver": a compound in lower case qualifies the role as a modifier does
        boolean opens = first.chars().anyMatch(Character::isUpperCase) || Words.isModifier(f)
                || Words.personRole(f) != null
                || Words.isOrgHead(f) || f.matches("\\p{L}{2,}-\\p{L}{2,}");
        if (!opens) {
            return Optional.empty();
        }
        for (String w : Words.lower(t).split("[^\\p{L}]+")) {
            if (Words.personRole(w) != null || Words.isOrgHead(w) || Words.nounGender(w) != 0) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * "Chloe's mother", "the cyclist's brother", "her son": a person's relation to someone else, which says who they
     * are with no office or occupation: their title only when no office or trade is known for them.
     */
    static boolean kinship(String title) {
        String[] w = Words.lower(Quoted.collapse(title)).split("[^\\p{L}'’]+");
        if (w.length >= 3 && Words.isDeterminer(w[0]) && KIN.contains(w[1]) && w[2].equals("of")) {
            return true; // "the grandson of the founder"
        }
        if (w.length < 2 || !KIN.contains(w[w.length - 1])) {
            return false;
        }
        String before = w[w.length - 2];
        if (w[w.length - 1].equals("partner") && !PARTNER_OF_LIFE.contains(before) && !before.equals("his")
                && !before.equals("her") && !before.equals("their") && !before.endsWith("'s")
                && !before.endsWith("’s")) {
            return false; // "her former law partner", "a managing partner": a partner in a firm
        }
        // "her son", "the founder's eldest daughter": an owner before the kin word, adjectives between them
        for (int i = w.length - 2; i >= Math.max(0, w.length - 4); i--) {
            String owner = w[i];
            if (owner.endsWith("'s") || owner.endsWith("’s") || owner.endsWith("s'") || owner.equals("his")
                    || owner.equals("her") || owner.equals("their") || owner.equals("late")) {
                return true;
            }
            if (Words.isDeterminer(owner) || Words.personRole(owner) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * A title that says who a person is without an office or a trade: a clause on what they do for a living ("runs
     * a gym in Buriram", {@link Words#isActivityClause}). Only what the article reports: a frame may still find the
     * person by it. Where a person lives ("Harbourside resident") and a relation to someone ("the victim's mother",
     * "a mother of four", {@link #kinship}) are titles, as news and the development sets since the twentieth write
     * them.
     */
    static boolean noTitle(String title) {
        return Words.isActivityClause(title);
    }

    /** Words before "partner" that keep it a partner in life ("her longtime partner"), not in a firm. */
    private static final Set<String> PARTNER_OF_LIFE = Set.of("former", "longtime", "long-time", "late", "domestic",
            "life", "same-sex");

    /** Nouns of kinship and partnership: a speaker described by one has no title by it. */
    static final Set<String> KIN = Set.of("mother", "father", "son", "daughter", "brother", "sister", "wife",
            "husband", "widow", "widower", "parent", "parents", "grandmother", "grandfather", "aunt", "uncle",
            "cousin", "niece", "nephew", "partner", "fiancé", "fiancee", "fiancée", "girlfriend", "boyfriend",
            "child", "stepfather", "stepmother", "granddaughter", "grandson");

    /** The first token of the title words before token {@code j} ("North Korean leader" before "Kim Jong Un"). */
    private int titleStart(int j, int lo) {
        int s = j;
        int x = j - 1;
        int limit = j - 8;
        while (x >= lo && x >= limit) {
            int role = listedField(x, j, lo);
            if (role >= 0) {
                s = role; // "Minister of Lands, Agriculture and Water Ana Ruiz": an office whose field is a list
                x = role - 1;
                limit = role - 3;
                continue;
            }
            Mention m = b.mention(x);
            if (m != null) {
                // "Lake County Sheriff Ana Ruiz": a place names the office when a title word follows it
                boolean office = m.type() == EntityType.LOCATION && x + 1 < j && Words.personRole(b.word(x + 1)) != null
                        && b.token(x + 1).capitalized();
                // "the Keld city government": a place after "the" modifies the noun phrase it opens
                int f = b.mentionFirst(x);
                boolean modifier = m.type() == EntityType.LOCATION && f - 1 >= lo && b.lower(f - 1).equals("the")
                        && !b.token(x + 1).capitalized();
                if (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION && !office && !modifier) {
                    break;
                }
                s = b.mentionFirst(x);
                x = s - 1;
                continue;
            }
            if (Words.isDeterminer(b.word(x))) {
                return x;
            }
            boolean and = b.lower(x).equals("and") || b.word(x).equals("&");
            // "Heavy Industries and Trade Minister Ana Ruiz": the name tagger may take the field before "and" for
            // an organisation, yet it is the title's
            boolean joins = and && x - 1 >= lo && (b.mention(x - 1) == null
                    || b.mention(x - 1).type() == EntityType.ORGANIZATION && b.mentionEnd(x - 1) == x)
                    && b.token(x - 1).capitalized() && b.token(x + 1).capitalized()
                    // "president and CEO Ana Ruiz", "chairman and chief executive Ana Ruiz": two roles she holds
                    || and && x - 1 >= lo && Words.personRole(b.word(x - 1)) != null && titleish(x + 1)
                    && !Words.isDeterminer(b.word(x + 1));
            // "moto-taxi driver Ana Ruiz": the word before a hyphen is one with the title word after it
            if (x - 1 >= lo && b.word(x).equals("-") && b.token(x).begin() == b.token(x - 1).end()
                    && b.token(x + 1).begin() == b.token(x).end()
                    && (titleish(x - 1) || s == x + 1 && b.word(x - 1).chars().allMatch(Character::isLetter))) {
                s = x - 1; // "Director-General Ana Ruiz", split at its hyphen: one title
                x -= 2;
                continue;
            }
            if (x - 2 >= lo && field(x)) {
                s = x - 2; // "Director of operations Ana Ruiz": a role of a field in lower case
                x -= 3;
                continue;
            }
            if (!titleish(x) && !joins) { // "Minister of Planning and Investment" holds its "and"
                break;
            }
            s = x;
            x--;
        }
        return s;
    }

    /**
     * Where the role begins when the comma at {@code x} separates the capitalised fields of an office that runs up to
     * the name at {@code j} ("Minister of Lands, Agriculture, Fisheries and Water Ana Ruiz"), else -1: a role noun
     * and "of" open the run, only capitalised words and commas stand in it, and an "and" closes the list after the
     * comma. A comma that ends a clause ("On Monday, Finance Minister Ana Ruiz") has no "of" behind it.
     */
    private int listedField(int x, int j, int lo) {
        if (!b.word(x).equals(",") || x + 1 >= j || !b.token(x + 1).capitalized() || x - 1 < lo
                || !b.token(x - 1).capitalized()) {
            return -1;
        }
        boolean and = false;
        for (int k = x + 1; k < j; k++) {
            and |= b.lower(k).equals("and");
        }
        if (!and) {
            return -1;
        }
        for (int k = x - 1; k >= Math.max(lo + 1, x - 12); k--) {
            if (b.lower(k).equals("of")) {
                return Words.personRole(b.word(k - 1)) != null && b.token(k - 1).capitalized() ? k - 1 : -1;
            }
            if (!b.word(k).equals(",") && !b.token(k).capitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code x} is the field in lower case of a role right before a person's name ("Director of
     * operations Ana Ruiz"): "of" and a role noun before it, the name right after it.
     */
    private boolean field(int x) {
        return x - 2 >= 0 && x + 1 < b.size() && b.lower(x - 1).equals("of") && Words.personRole(b.word(x - 2)) != null
                && isPlainWord(x) && !b.token(x).capitalized() && b.mention(x) == null && b.mention(x + 1) != null
                && b.mention(x + 1).type() == EntityType.PERSON && b.mentionFirst(x + 1) == x + 1;
    }

    /** A word that can stand in a title or description: capitalised, a role noun, a modifier, a determiner. */
    private boolean titleish(int j) {
        String w = b.word(j);
        if (w.isEmpty() || Words.isFrameVerb(w) && !b.token(j).capitalized() || Words.isConnective(w)) {
            return false;
        }
        boolean possessive = (w.equals("'") || w.equals("\u2019")) && Words.lower(b.word(j - 1)).endsWith("s");
        // "Senior coroner Ana Ruiz": a noun of occupation by its shape, right before the name
        // "Senior coroner Dr Ana Ruiz": a courtesy title may stand between
        int n = j + 1 < b.size() && courtesy(j + 1) ? j + 2 : j + 1;
        boolean trade = Words.isOccupation(w) && n < b.size() && b.mention(n) != null
                && b.mention(n).type() == EntityType.PERSON;
        return b.token(j).capitalized() && Character.isLetter(w.charAt(0)) || Words.personRole(w) != null
                || Words.isOrgHead(w) || Words.isModifier(w) || Words.isDeterminer(w) || possessive
                || qualifiesRole(j, 2) || trade;
    }

    /**
     * A plain lower-case noun that qualifies the role noun right after it, or after one more such noun ("news anchor",
     * "chemistry teacher", "fisheries commissioner", "union local president"): English titles stack nouns before
     * their head, and without them the title and the name before it fall apart.
     */
    private boolean qualifiesRole(int j, int depth) {
        String w = b.lower(j);
        if (depth == 0 || j + 1 >= b.size() || b.token(j).capitalized() || !isPlainWord(j) || w.length() < 3
                || Words.isAdjunct(w) || Words.isBetween(w) || Words.isFinite(w) || Words.isClauseStart(w)
                || Words.isPassiveAuxiliary(w) || Words.isGeneric(w) || isConjunction(w) || w.endsWith("ly")
                || w.equals("but") || w.equals("who") || b.mention(j) != null) {
            return false;
        }
        return Words.personRole(b.word(j + 1)) != null && b.mention(j + 1) == null || qualifiesRole(j + 1, depth - 1);
    }

    private boolean isPlainWord(int j) {
        String w = b.word(j);
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && !Words.isFrameVerb(w);
    }

    /** Whether what follows a speech verb is no reported clause: the end, an adjunct, an addressee. */
    private boolean noComplement(int v, int en) {
        int r = v + 1;
        String verb = b.lower(v);
        if (Words.tellsSomeone(verb) && r < en) {
            r = b.mention(r) != null ? b.mentionEnd(r) : r + 1; // the addressee
        }
        if (r >= en || b.endsClause(r) || b.word(r).equals(",")) {
            return true;
        }
        if (!Words.isAdjunct(b.word(r))) {
            return false;
        }
        for (int j = r; j < en; j++) {
            if (b.lower(j).equals("that") && !Words.isDeterminer(b.word(j - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether only adjuncts ("in a statement on Tuesday", "reporters") stand between verb {@code v} and the mark. */
    private boolean adjunctsOnly(int v, int end) {
        int r = v + 1;
        String verb = b.lower(v);
        if (verb.equals("asked") && (b.lower(end - 1).equals("for") || b.lower(end - 1).equals("about"))) {
            return false; // "had asked Congress for \"a further round of relief\"": what was asked for, no speech
        }
        if (Words.tellsSomeone(verb) || verb.equals("asked")
                || (verb.equals("put") || verb.equals("puts")) && b.lower(r).equals("it")) {
            return true; // "told reporters", "told the BBC on Monday", "as Kim put it"
        }
        if (!Words.isAdjunct(b.word(r)) && !(b.token(r).capitalized() && b.mention(r) == null)) {
            return false;
        }
        for (int j = r; j < end; j++) {
            if (Words.isFrameVerb(b.word(j)) || Words.isFinite(b.word(j))) {
                return false;
            }
        }
        return true;
    }

    /** Where a frame after a quotation must end: the clause's end, the next quotation, the paragraph's end. */
    private int clauseStop(int i, int par) {
        int j = i;
        while (j < b.size() && j < i + WINDOW && b.paragraphOfToken(j) == par && !b.endsClause(j)
                && !isDoubleMark(b.word(j))) {
            j++;
        }
        return j;
    }

    int firstTokenOfParagraph(int paragraph) {
        if (paragraph >= b.parBegin.length) {
            return -1;
        }
        int t = b.tokenAt(b.parBegin[paragraph]);
        return t < b.size() && b.paragraphOfToken(t) == paragraph ? t : -1;
    }

    private Optional<String> countryIn(int from, int to) {
        for (int j = from; j < to; j++) {
            Mention m = b.mention(j);
            if (m != null && m.type() == EntityType.COUNTRY) {
                return Optional.of(m.entityId());
            }
        }
        return Optional.empty();
    }

    private boolean isSpeakerType(Mention m) {
        return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.COUNTRY
                || actingPlace(m);
    }

    /**
     * "Tiraspol said the gas would be paid for", "Brussels said the sentences were …": a place the text does not know
     * as a country's capital, as the subject of a speech verb right after it, at a sentence's start, stands for the
     * authorities there.
     */
    boolean actingPlace(Mention m) {
        if (m.type() != EntityType.LOCATION) {
            return false;
        }
        int first = b.tokenAt(m.begin());
        int after = b.tokenAt(m.end());
        int start = afterDateline(b.sentenceStart(b.sentenceOf(first)), first + 1);
        return after < b.size() && first == start && !b.token(after).capitalized()
                && Words.isReportingVerb(b.word(after)) && !Words.isNounLike(b.word(after));
    }

    private static boolean isDash(String w) {
        return w.equals("—") || w.equals("–") || w.equals("--") || w.equals("-");
    }

    /**
     * Whether a token is a double quotation mark, which no title or frame runs across (a single mark is as
     * often an apostrophe: "the Academy of Sciences' Institute").
     */
    static boolean isDoubleMark(String w) {
        return isQuoteMark(w) && !w.equals("'") && !w.equals("\u2019") && !w.equals("\u2018") && !w.equals("`");
    }

    /** Whether a token is a quotation mark (CoreNLP keeps marks as their own tokens). */
    static boolean isQuoteMark(String w) {
        if (w.isEmpty() || w.length() > 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if ("\"'`\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u00AB\u00BB\u2039\u203A".indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
