package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.EntityType;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;

/**
 * Reported speech in one sentence: {@code Shi suggested that …}, {@code X said the talks would …},
 * {@code …, the professor argued.}, {@code According to X, …} and {@code …, according to X}. The reported
 * clause is what the quote's text becomes. English only; bounded windows, so linear in the sentence.
 */
final class Indirect {
    /** Words after "as" that make it open a quantity or a time, not an adjunct ("as many as", "as of Monday"). */
    private static final Set<String> AS_QUANTITY = Set.of("many", "much", "few", "little", "of", "part", "high",
            "low", "far", "long", "soon", "well");

    private final Body b;
    private final Frames frames;
    private final Syntax syntax;

    Indirect(Body b, Frames frames, Syntax syntax) {
        this.b = b;
        this.frames = frames;
        this.syntax = syntax;
    }

    /**
     * One piece of reported speech.
     *
     * @param np   the speaker phrase
     * @param verb the speech verb's token (-1 for "according to")
     * @param from the reported clause's first token
     * @param to   the token after its last
     * @param cut    where an attribution inside the clause begins ("Arrivals, she said, were …"); {@code to} if none
     * @param resume the token after that attribution; {@code to} if none
     */
    record Report(Frames.Np np, int verb, int from, int to, int cut, int resume) {
        Report(Frames.Np np, int verb, int from, int to) {
            this(np, verb, from, to, to, to);
        }

        /** The clause's tokens outside the attribution inside it, as ranges. */
        List<int[]> spans() {
            return cut < to ? List.of(new int[] {from, cut}, new int[] {resume, to}) : List.of(new int[] {from, to});
        }
    }

    /**
     * Verbs that report speech only before "that", as courts and counsel speak ("the judge held that …", "counsel
     * submitted that …"); otherwise they mean something else ("held talks", "submitted a bid").
     */
    private static final Set<String> ONLY_BEFORE_THAT = Set.of("held", "holds", "submitted", "submits", "averred",
            "avers", "opined", "opines");

    /**
     * Verbs of speech that may name whom they address before "that" ("warned lawmakers that …", "cautioned investors
     * on Monday that …"), besides those that always do ({@link #addresses}).
     */
    private static final Set<String> MAY_ADDRESS = Set.of("warned", "warns", "cautioned", "cautions", "advised",
            "advises", "notified", "notifies", "reminded", "reminds", "assured", "assures");

    /** Participles that report a clause of their own subject's (", adding that …", ", saying the talks …"). */
    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "warning", "arguing",
            "insisting", "stressing", "claiming", "explaining", "suggesting", "predicting", "acknowledging",
            "admitting", "asserting", "emphasising", "emphasizing", "conceding", "maintaining", "telling", "assuring",
            "reminding", "informing", "stating", "declaring", "alleging", "contending",
            // a court's or an inquiry's: ", ruling that prosecutors had presented enough evidence"
            "ruling", "finding", "concluding");

    /**
     * The reported speech in tokens {@code [st, en)}, skipping verbs inside quotations and verbs a direct quote
     * already used as its frame.
     */
    List<Report> find(int st, int en, boolean[] inQuote, Set<Integer> used) {
        List<Report> out = new ArrayList<>();
        int end = en;
        while (end > st && (b.endsClause(end - 1) || Frames.isQuoteMark(b.word(end - 1)))) {
            end--;
        }
        for (int v = st; v < end; v++) {
            if (inQuote[v] || used.contains(v)) {
                continue;
            }
            String w = b.lower(v);
            Optional<Report> r = Optional.empty();
            Optional<Frames.Np> author = v > st + 1 && (DATA_VERBS.contains(w) || Words.isReportingVerb(w))
                    && !b.token(v).capitalized() ? documentAuthor(v, st) : Optional.empty();
            if (w.equals("according") && b.lower(v + 1).equals("to")) {
                r = according(v, st, end);
            } else if (author.isPresent()) {
                r = fromDocument(author.get(), v, st, end);
            } else if (v > st && PARTICIPLES.contains(w) && b.word(v - 1).equals(",")) {
                r = participle(v, st, end, used);
            } else if (v > st && (Words.isReportingVerb(w)
                    || ONLY_BEFORE_THAT.contains(w) && b.lower(v + 1).equals("that"))
                    && !b.token(v).capitalized() && !passive(v)) {
                r = reported(v, st, end);
            }
            boolean split = false;
            while (r.isPresent()) {
                Report whole = r.get();
                int stop = clauseEnd(Math.max(whole.from(), whole.resume() < whole.to() ? whole.resume() : 0),
                        whole.to());
                Report x = new Report(whole.np(), whole.verb(), whole.from(), stop, Math.min(whole.cut(), stop),
                        Math.min(whole.resume(), stop));
                if (!x.np().ref().equals(new Ref.Unknown()) && (x.to() - x.from() >= 4 || shortClause(x))
                        && !demonstrativeObject(x.from()) && !any(inQuote, x.from(), x.to())
                        && !((split || secondClause(x.to()) > 0) && holdsPartial(x.from(), x.to()))) {
                    out.add(x);
                    v = Math.max(v, x.to() - 1);
                } else if (!x.np().ref().equals(new Ref.Unknown()) && x.cut() == x.to()) {
                    // "said the claims would cost $1bn and 'the government does not have the money'": the clause
                    // before a quoted clause of its own is reported on its own
                    int before = beforeQuotedClause(x.from(), x.to(), inQuote);
                    if (before - x.from() >= 4) {
                        out.add(new Report(x.np(), x.verb(), x.from(), before));
                    }
                }
                // "said its forces had carried out a \"massive strike\", and that all targets had been hit": the
                // second clause is reported on its own, whether or not the first holds a quotation
                int second = secondClause(x.to());
                split = true;
                // only a clause that starts after this one and before the sentence ends, so each round moves on; the
                // first clause may have stopped at the comma before ", and that …", which then runs to the end
                int to = Math.max(whole.to(), end);
                r = second > x.from() && second < to
                        ? Optional.of(new Report(whole.np(), whole.verb(), second, second < whole.to() ? whole.to() : to))
                        : Optional.empty();
            }
        }
        return out;
    }

    /**
     * "Haoua Moussa Abdou says this standing in what remains of her lettuce beds": after a quotation, "says this"
     * points back at it, and the words that follow say where or how it was said. "This" then a participle, a
     * preposition, a conjunction of time or a comma opens no clause of its own ("said this was the last", "said
     * that the river rose" do; "that" may open a clause whose subject is a gerund, "said that fishing had
     * declined", and "this morning" is a time).
     */
    private boolean demonstrativeObject(int from) {
        if (!b.lower(from).equals("this") || from + 2 >= b.size()) {
            return false;
        }
        String next = b.lower(from + 1);
        boolean participle = next.length() > 5 && next.endsWith("ing") && !next.equals("morning")
                && !next.equals("evening") && PLACE_PREPOSITIONS.contains(b.lower(from + 2));
        // "says this in the kitchen of …", "says this from the bench where …", "says this as he scrapes …"
        return participle || next.equals(",") || PLACE_PREPOSITIONS.contains(next) || AFTER_THIS.contains(next);
    }

    /** Words after "says this" that tell when or how it was said ("as he scrapes", "while", "from the bench"). */
    private static final Set<String> AFTER_THIS = Set.of("as", "while", "from", "during", "after", "before",
            "when", "to");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "by", "beside", "outside",
            "inside", "under", "behind", "near", "among", "over", "with", "beneath", "next");

    /**
     * "said he would appeal", "said swimmers were exhausted": three words, but a subject (a pronoun, a name or a
     * plain noun) and a finite verb make them a clause.
     */
    private boolean shortClause(Report r) {
        String first = b.lower(r.from());
        boolean pronoun = first.equals("he") || first.equals("she") || first.equals("it") || first.equals("they")
                || first.equals("we");
        boolean noun = Character.isLetter(first.charAt(0)) && !Words.isFunction(first) && !Words.isAdjunct(first)
                && !Words.isDeterminer(first) && !Words.isFinite(first);
        return r.to() - r.from() == 3 && (pronoun || noun) && Words.isFinite(b.word(r.from() + 1))
                && Character.isLetter(b.word(r.from() + 2).charAt(0));
    }

    /**
     * Where a second reported clause of the same verb starts when token {@code c} opens one (", and that …", "but
     * that …": "that" after a conjunction can only open a clause coordinated with the first); else -1.
     */
    private int secondClause(int c) {
        int j = c;
        while (j < b.size() && j < c + 3 && (Frames.isQuoteMark(b.word(j)) || b.word(j).equals(","))) {
            j++; // "… alone,\" and that …": past the quotation the first clause ended in
        }
        return (b.lower(j).equals("and") || b.lower(j).equals("but")) && b.lower(j + 1).equals("that") ? j + 2 : -1;
    }

    /** Participles whose object is the one spoken to, before "that" ("telling the House that …"). */
    private static final Set<String> ADDRESSING = Set.of("telling", "warning", "assuring", "reminding", "informing");

    /** Verbs of speech whose object is the one spoken to ("told the council", "assured investors"). */
    private static boolean addresses(String verb) {
        return Words.tellsSomeone(verb) || verb.equals("assured") || verb.equals("reminded");
    }

    private boolean passive(int v) {
        String prev = b.lower(v - 1);
        return Words.isDeterminer(prev) || prev.equals("was") || prev.equals("were") || prev.equals("been")
                || prev.equals("being") || prev.equals("be") || prev.equals("is") || prev.equals("are");
    }

    /**
     * Where a reported clause ends: before ", adding that …", ", but warned …", ", and that …" or ", calling it …",
     * which report or judge on their own; else at {@code to}.
     */
    private int clauseEnd(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            String next = b.lower(j + 1);
            int second = j + 2;
            while (second < to && second < j + 5 && BEFORE_SECOND_VERB.contains(b.lower(second))) {
                second++; // ", and has said it will …"
            }
            boolean joined = (next.equals("but") || next.equals("and")) && Words.isReportingVerb(b.word(second));
            // "said costs had risen but warned that …": the subject's next verb of speech reports on its own
            boolean bare = (b.lower(j).equals("but") || b.lower(j).equals("and")) && !b.token(j + 1).capitalized()
                    && Words.isReportingVerb(b.word(j + 1));
            if (b.word(j).equals(",") && (PARTICIPLES.contains(next) || joined || Words.isParticiple(next))
                    || bare || secondClause(j) > 0) {
                return j;
            }
        }
        return to;
    }

    /**
     * ", saying the talks …", ", adding that …": the clause is the speaker's who spoke just before in the sentence
     * (the frame of a quotation, or a reporting verb), else the sentence's subject.
     */
    private Optional<Report> participle(int v, int st, int end, Set<Integer> used) {
        int from = clauseAfterParticiple(v, end);
        if (from == v + 1 && !b.lower(v).equals("saying")) {
            return Optional.empty();
        }
        if (from == v + 1 && complement(v, end, false) == null) {
            return Optional.empty();
        }
        if (from >= end) {
            return Optional.empty();
        }
        for (int k = v - 2; k >= st; k--) {
            if (Words.isReportingVerb(b.word(k)) && !b.token(k).capitalized() || used.contains(k)) {
                Optional<Frames.Np> np = frames.npBefore(k - 1, st);
                if (np.isEmpty()) {
                    np = frames.npAfter(k + 1, v - 1);
                }
                if (np.map(x -> x.ref() instanceof Ref.Unknown).orElse(true) && !used.contains(k)) {
                    continue; // a noun of a verb's form, with no speaker: "cut the rate by 100 basis points, saying"
                }
                int to = end;
                return np.map(x -> new Report(x, v, from, to));
            }
        }
        int to = end;
        return frames.clauseSubject(st, v - 1).or(() -> frames.someoneSubject(st, v - 1))
                .map(x -> new Report(x, v, from, to));
    }

    /** Where the clause after participle {@code v} starts: after its "that" (and whom it addresses), else after it. */
    private int clauseAfterParticiple(int v, int end) {
        int from = b.lower(v + 1).equals("that") ? v + 2 : v + 1;
        if (from == v + 1 && ADDRESSING.contains(b.lower(v))) {
            // ", telling the House that …", ", warning investors that …": whom it was said to, then the clause
            for (int j = v + 1; j < Math.min(end, v + 8); j++) {
                String w = b.lower(j);
                if (w.equals("that")) {
                    from = j > v + 1 ? j + 1 : from;
                    break;
                }
                if (b.word(j).equals(",") || Words.isFinite(w) || Words.isFrameVerb(w)) {
                    break;
                }
            }
        }
        return from;
    }

    /** Whether the words after speech verb {@code v} to the sentence's end are a short phrase with no verb. */
    private boolean addresseeOnly(int v, int end) {
        int stop = Math.min(end, b.sentenceEnd(b.sentenceOf(v)));
        if (stop - v > 12 || stop - v < 2) {
            return false;
        }
        for (int j = v + 1; j < stop; j++) {
            String w = b.word(j);
            boolean last = j == stop - 1 && (w.equals(".") || w.equals("!"));
            if (!last && (!Character.isLetterOrDigit(w.charAt(0)) || Words.isFinite(w) || Words.isFrameVerb(w)
                    || b.lower(j).equals("that"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The administrator of the agency told the committee that …, and said that …": the subject of the sentence's
     * first verb of speech, when it opens the sentence, speaks the second report too; so does the speaker of a
     * closing attribution after the clause it reports ("Most of the gas is gone, the institute said on Wednesday, but
     * warned that …").
     */
    private Optional<Frames.Np> earlierReporter(int v, int st) {
        for (int u = pastAuxiliaries(v - 1, st) - 1; u > st; u--) {
            if (Words.isReportingVerb(b.word(u)) && !Words.isNounLike(b.word(u))) {
                int verb = u;
                return frames.npBefore(u - 1, st).filter(np -> np.start() == frames.afterDateline(st, verb)
                        || np.start() - 1 > st + 2 && b.word(np.start() - 1).equals(","));
            }
        }
        return Optional.empty();
    }

    /** Words that may stand between "and" or "but" and a second verb of speech ("and has since said", "but also"). */
    private static final Set<String> BEFORE_SECOND_VERB = Set.of("has", "have", "had", "also", "later", "since",
            "then");

    /** The token before the auxiliaries and adverbs ending at {@code k} ("and has also" gives "and"), or {@code k}. */
    private int pastAuxiliaries(int k, int st) {
        int j = k;
        while (j > st && j > k - 3 && BEFORE_SECOND_VERB.contains(b.lower(j))) {
            j--;
        }
        return j;
    }

    private Optional<Report> reported(int v, int st, int end) {
        String before = b.lower(v - 1);
        String conjunction = b.lower(pastAuxiliaries(v - 1, st));
        if (conjunction.equals("but") || conjunction.equals("and") || conjunction.equals("yet")) {
            // "welcomed the plan but said …": the verb shares the sentence's subject
            Optional<Frames.Np> subject = frames.clauseSubject(st, v - 1);
            if (subject.isEmpty()) {
                subject = earlierReporter(v, st);
            }
            int[] clause = complement(v, end, Words.isNounLike(b.word(v)) || !Words.takesBareClause(b.word(v)));
            return subject.isEmpty() || clause == null ? Optional.empty()
                    : Optional.of(new Report(subject.get(), v, clause[0], clause[1]));
        }
        Optional<Frames.Np> np = frames.npBefore(v - 1, st);
        if (np.isEmpty() || np.get().ref() instanceof Ref.Described || np.get().ref() instanceof Ref.Unknown) {
            // "… who led the survey of the fjord said": the phrase before the verb ends the relative clause
            Optional<Frames.Np> relative = beforeRelative(v, st);
            np = relative.isPresent() ? relative : np;
        }
        if (np.isEmpty()) {
            return b.word(v - 1).equals(",") ? trailing(v, st, end) : Optional.empty();
        }
        int o = np.get().start() - 1;
        if (o - 1 >= st && b.lower(o - 1).equals("who") && !b.token(o).capitalized()
                && Character.isLetter(b.word(o).charAt(0)) && !Words.isAuxiliaryOrBe(b.lower(o))) {
            return Optional.empty(); // "Farmers who met Governor Ana Ruiz said …": she is the relative clause's object
        }
        int[] clause = complement(v, end, Words.isNounLike(b.word(v)) || !Words.takesBareClause(b.word(v)));
        Optional<Integer> phrase = addresses(b.lower(v)) && (clause == null
                || !b.lower(clause[0] - 1).equals("that")) ? syntax.addressed(np.get(), v) : Optional.empty();
        if (phrase.isEmpty() && clause == null && addresses(b.lower(v)) && b.word(np.get().start() - 1).equals(",")
                && addresseeOnly(v, beforeParticiple(v, end))) {
            // "…, Education Minister Ana Ruiz told a press conference at La Moneda on Tuesday.": the parser may hang
            // the name on a noun before the comma, yet words with no verb after "told" are whom it was told to
            phrase = Optional.of(np.get().start());
        }
        if (phrase.isPresent()) {
            // "…, Ana Ruiz told the county board on Monday.": the words after the verb are whom it was said to, and
            // what was said is the clause before the speaker
            int c = phrase.get() - 1;
            clause = c > st + 2 && b.word(c).equals(",") ? new int[] {frames.afterDateline(st, c), c} : null;
            return clause == null ? Optional.empty() : Optional.of(new Report(np.get(), v, clause[0], clause[1]));
        }
        if (clause == null) {
            Optional<Report> medial = medial(np.get(), v, st, end);
            if (medial.isPresent()) {
                return medial;
            }
            clause = inverted(np.get(), v, st, end);
        }
        String next = b.word(v + 1);
        if (clause == null && v + 1 < end && !next.equals(":") && !next.equals(",") && !Frames.isQuoteMark(next)) {
            // a clause the words cannot bound ("said rising rents and slow wages had pushed …"): the parse's (not
            // for a quotation or a pause after the verb, which no clause follows)
            clause = syntax.complement(np.get(), v, end).orElse(null);
        }
        if (clause != null && before.equals("who")) {
            // "X, a factory worker who said he had been promised a job, told AFP that …": the relative clause ends
            // where the sentence's own verb comes after a comma
            for (int j = clause[0]; j + 1 < clause[1]; j++) {
                if (b.word(j).equals(",") && (Words.isReportingVerb(b.word(j + 1)) || Words.isFinite(b.word(j + 1)))) {
                    clause = new int[] {clause[0], j};
                    break;
                }
            }
        }
        return clause == null ? Optional.empty() : Optional.of(new Report(np.get(), v, clause[0], clause[1]));
    }

    /**
     * Where ", calling it …", ", adding …" begins after token {@code v}, the speaker going on in a participle of
     * their own; else {@code end}.
     */
    private int beforeParticiple(int v, int end) {
        for (int j = v + 1; j + 1 < end; j++) {
            if (b.word(j).equals(",") && Words.isParticiple(b.word(j + 1))) {
                return j;
            }
        }
        return end;
    }

    /**
     * "The council member who sponsored the measure said …": a restrictive relative clause (no comma before its
     * pronoun) stands between the speaker and the verb; the speaker is the phrase before the pronoun.
     */
    private Optional<Frames.Np> beforeRelative(int v, int st) {
        for (int j = v - 2; j > st && j >= v - 12; j--) {
            String w = b.word(j);
            // a verb of speech in the relative clause reports nothing when "to" follows ("who first responded to
            // the fire", "who spoke to the inquiry")
            boolean reports = Words.isReportingVerb(w) && !b.lower(j + 1).equals("to");
            if (w.equals(",") || b.endsClause(j) || Frames.isQuoteMark(w) || reports) {
                return Optional.empty();
            }
            String l = b.lower(j);
            boolean body = Words.isOrgHead(b.word(j - 1)) || Words.isAnyOrg(b.word(j - 1))
                    || BUSINESSES.contains(b.lower(j - 1)) || Words.personRole(b.word(j - 1)) != null;
            if (l.equals("who") || l.equals("which") || l.equals("that") && body) {
                // "…, the central bank unit that runs the fund said": "that" after a noun for a body or a role
                int pronoun = j;
                Optional<Frames.Np> np = frames.npBefore(j - 1, st).filter(x -> x.end() == pronoun);
                return np.isPresent() ? np : someBodyBefore(j, st);
            }
            // "the shipyard building it": a participle before an object pronoun, whatever else the word may be
            boolean object = Set.of("it", "them").contains(b.lower(j + 1));
            if (l.endsWith("ing") && l.length() > 5 && !b.token(j).capitalized()
                    && (!NOT_PARTICIPLES.contains(l) || object)
                    && (Words.isDeterminer(b.word(j + 1)) || Words.possessiveGender(b.word(j + 1)) != 0
                    || Set.of("its", "their", "them", "it").contains(b.lower(j + 1)))
                    && body) {
                // "…, the state agency handling the work said": a relative clause cut to its participle, which takes
                // an object after a noun for a body or a role (not "the largest mining union", a modifier)
                int participle = j;
                Optional<Frames.Np> np = frames.npBefore(j - 1, st).filter(x -> x.end() == participle
                        && (x.ref() instanceof Ref.Described || x.ref() instanceof Ref.Named)
                        && (x.start() == st || b.word(x.start() - 1).equals(",")));
                if (np.isPresent()) {
                    return np;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "…, a charity that runs the city's largest ambulance service said Friday.": a body the lead does not name yet,
     * ending before the relative pronoun at {@code j}, as a description led by "a" (up to two plain words between),
     * for Attribution to find named next.
     */
    private Optional<Frames.Np> someBodyBefore(int j, int st) {
        String head = b.lower(j - 1);
        if (!Words.isAnyOrg(head) && !Words.isOrgHead(head) && !BUSINESSES.contains(head)) {
            return Optional.empty();
        }
        for (int a = j - 2; a >= Math.max(st, j - 4); a--) {
            String w = b.lower(a);
            if (w.equals("a") || w.equals("an")) {
                return Optional.of(new Frames.Np(new Ref.Described(Quoted.collapse(b.slice(a, j)), head,
                        Optional.empty()), a, j, Optional.empty()));
            }
            if (b.mention(a) != null || b.token(a).capitalized() || !Character.isLetter(w.charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Nouns for a kind of business that a relative clause may follow ("the shipyard building it"). */
    private static final Set<String> BUSINESSES = Set.of("shipyard", "unit", "utility", "operator", "developer",
            "contractor", "builder", "owner", "supplier", "producer");

    /** Words in "-ing" that are no participle of a relative clause. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("during", "including", "according", "following",
            "regarding", "concerning", "morning", "evening", "something", "nothing", "anything", "everything",
            "spring", "string", "building", "meeting", "hearing", "briefing", "funding", "spending", "pending");

    /**
     * "Subsidies will take effect on Jan 1, says Finance Minister Adi Rahman." "…, said the agency.": the speaker
     * after the verb, ending the sentence (with a title or an adjunct at most); the clause is everything before.
     */
    private Optional<Report> trailing(int v, int st, int end) {
        Optional<Frames.Np> np = frames.npAfter(v + 1, end);
        if (np.isEmpty()) {
            return Optional.empty();
        }
        for (int j = np.get().end(); j < end; j++) {
            if (Words.isFinite(b.word(j)) || b.lower(j).equals("that") || Frames.isQuoteMark(b.word(j))
                    || PARTICIPLES.contains(b.lower(j))) {
                return Optional.empty(); // the speaker phrase goes on into a clause of its own
            }
        }
        int from = frames.afterDateline(st, v - 1);
        return from < v - 1 ? Optional.of(new Report(np.get(), v, from, v - 1)) : Optional.empty();
    }

    /**
     * "Arrivals from China, she said, were still below …": an attribution between commas inside the clause it
     * reports; the clause is the sentence around it, from its subject before to a finite verb after.
     */
    private Optional<Report> medial(Frames.Np np, int v, int st, int end) {
        int c = np.start() - 1;
        int r = v + 1;
        if (isDay(b.word(r))) {
            r++;
        } else if (b.lower(r).equals("on") && isDay(b.word(r + 1))) {
            r += 2;
        }
        if (c <= st || !b.word(c).equals(",") || r + 1 >= end || !b.word(r).equals(",")) {
            return Optional.empty();
        }
        int from = frames.afterDateline(st, c);
        for (int j = from; j < c; j++) {
            if (b.word(j).equals(",") || Words.isFinite(b.word(j)) || Frames.isQuoteMark(b.word(j))) {
                return Optional.empty(); // a clause of its own before the attribution: the inverted frame's
            }
        }
        boolean finite = false;
        for (int j = r + 1; j < Math.min(end, r + 4) && !finite; j++) {
            finite = Words.isFinite(b.word(j)) || Words.isPastForm(b.word(j));
        }
        return finite ? Optional.of(new Report(np, v, from, end, c, r + 1)) : Optional.empty();
    }

    /**
     * Where a body's name ends that follows a determiner and up to three lower-case nouns from token {@code r} ("the
     * public broadcaster RÚV", "broadcaster NHK"); -1 if none does.
     */
    private int namedAfterNouns(int r, int end) {
        int k = Words.isDeterminer(b.word(r)) ? r + 1 : r;
        int nouns = 0;
        while (k < end && nouns < 3 && b.mention(k) == null && !b.token(k).capitalized()
                && b.word(k).chars().allMatch(Character::isLetter) && !Words.isFunction(b.lower(k))
                && !Words.isClauseStart(b.word(k))) {
            k++;
            nouns++;
        }
        // a body, and no verb right after it: in "told reporters Moscow had …" the name opens the clause
        int after = k < end && b.mention(k) != null ? b.mentionEnd(k) : -1;
        return nouns > 0 && after > 0 && b.mentionFirst(k) == k && b.mention(k).type() == EntityType.ORGANIZATION
                && !Words.isFinite(b.word(after)) && !Words.isPastForm(b.word(after))
                && !Words.isAuxiliaryOrBe(b.lower(after)) ? after : -1;
    }

    /** "said (on Tuesday) that …", "told reporters …", "argued relations were …": the clause after the verb. */
    private int[] complement(int v, int end, boolean nounLike) {
        int r = v + 1;
        String verb = b.lower(v);
        int outlet = addresses(verb) ? namedAfterNouns(r, end) : -1;
        if (outlet > 0) {
            r = outlet; // "tells the public broadcaster RÚV the lava is …": the one told, named after its kind
        } else if (addresses(verb) && r < end) {
            if (b.mention(r) != null) {
                r = b.mentionEnd(r);
            } else if (Words.isDeterminer(b.word(r)) && b.mention(r + 1) != null && b.mentionFirst(r + 1) == r + 1) {
                r = b.mentionEnd(r + 1); // "told the Scottish Parliament's Net Zero … Committee that"
            } else {
                r += Words.isDeterminer(b.word(r)) ? 2 : 1;
            }
        }
        if (b.word(r).equals(",") && r + 2 < end && (b.word(r + 2).equals(",") || b.word(r + 3).equals(","))) {
            r = b.word(r + 2).equals(",") ? r + 3 : r + 4; // "warned, however, that …"
        }
        boolean told = r > v + 1;
        for (int j = r; j < Math.min(end, r + 10); j++) {
            // "warned lawmakers that …": a short object, no verb in it, between the verb and "that"
            boolean addressee = MAY_ADDRESS.contains(verb) && j - r <= 4 && plainWords(r, j);
            if (b.lower(j).equals("that") && (j == r || told || addressee || Words.isAdjunct(b.word(r)))) {
                // "said that was possible": "that" is the clause's subject when a finite verb follows it
                boolean subject = Words.isFinite(b.word(j + 1)) && !b.token(j + 1).capitalized();
                return new int[] {subject ? j : j + 1, end};
            }
            // "told the Brekka Magistrate's Court that", "told the assembly's health committee that": a name's or
            // a noun's possessive, not "is"
            boolean possessive = (b.lower(j).equals("'s") || b.lower(j).equals("’s"))
                    && (b.token(j - 1).capitalized() || j - 2 > v && Words.isDeterminer(b.word(j - 2)));
            // "said in a message posted online that …": the participle describes the document, no clause
            boolean describesDocument = Words.isDocument(b.word(j - 1)) && Words.isPastForm(b.word(j));
            // "told a Senate estimates hearing that": a plural noun after a name, before the noun it qualifies
            boolean compound = told && j - 1 > v && b.token(j - 1).capitalized() && b.lower(j).endsWith("s")
                    && j + 1 < end && !b.token(j + 1).capitalized() && !Words.isFunction(b.lower(j + 1))
                    && !Words.isDeterminer(b.word(j + 1));
            // "told the Net Zero, Energy and Transport Committee that": a comma inside a name that lists its words
            boolean listed = b.word(j).equals(",") && b.token(j - 1).capitalized() && b.token(j + 1).capitalized()
                    && (b.lower(j + 2).equals("and") || b.lower(j + 2).equals("&")) && b.token(j + 3).capitalized();
            if (compound || listed) {
                continue;
            }
            if (b.word(j).equals(",") || (Words.isFrameVerb(b.word(j)) || Words.isFinite(b.word(j)) && !possessive)
                    && !describesDocument) {
                break;
            }
        }
        if (nounLike || r >= end) {
            return null;
        }
        // "said at least 40 …", "said as many as 40 people …", "said as of Monday, 300 homes …": a quantity or a time
        // that opens the clause, not an adjunct of the verb ("said as he left")
        boolean quantity = b.lower(r).equals("at") && (b.lower(r + 1).equals("least") || b.lower(r + 1).equals("most"))
                || b.lower(r).equals("as") && AS_QUANTITY.contains(b.lower(r + 1)) || approximateNumber(r);
        if (Words.isAdjunct(b.word(r)) && !quantity) {
            // "said Monday the talks would …", "said on Tuesday the …"
            if (isDay(b.word(r))) {
                r++;
            } else if (b.lower(r).equals("on") && isDay(b.word(r + 1))) {
                r += 2;
            } else if (!Words.isClauseStart(b.word(r))) {
                return null;
            }
        }
        if (r >= end) {
            return null;
        }
        String first = b.lower(r);
        if (first.equals("why") || first.equals("how") || first.equals("whether") || first.equals("what")) {
            return null; // "explained why the tapestry came down": an embedded question, no statement reported
        }
        if (first.equals("it") || first.equals("he") || first.equals("she") || first.equals("they")
                || first.equals("we") || first.equals("i")) {
            return new int[] {r, end}; // a subject pronoun can only begin a clause: "said it expected …"
        }
        // "said 1,200 troops had been …", "said 78% of the works were …": a number opens a noun phrase
        boolean number = Character.isDigit(b.word(r).charAt(0));
        boolean starts = b.mention(r) != null || Words.isClauseStart(b.word(r)) || quantity || number
                || b.token(r).capitalized() && Character.isLetter(b.word(r).charAt(0));
        // "said growth would slow", "said strong yields in the south had offset": a bare noun starts the clause when
        // a finite verb follows soon, past a parenthetical ("said exports, particularly of chips, would …")
        int reach = starts ? 25 : 11;
        if (!starts && (!Character.isLetter(b.word(r).charAt(0)) || Words.isAdjunct(b.word(r)))) {
            return null;
        }
        // "denied there had been a deal" but "denied a variance that would have …", "was denied bail by a judge who
        // ruled …": a verb that as often takes an object reports a clause only when no relative word comes first
        boolean objectFirst = Words.takesObjectFirst(verb);
        if (objectFirst && (first.equals("a") || first.equals("an"))) {
            return null;
        }
        for (int j = r + 1; j < Math.min(end, r + reach); j++) {
            if (objectFirst && (b.lower(j).equals("that") || b.lower(j).equals("which") || b.lower(j).equals("who"))) {
                return null;
            }
            boolean past = Words.isPastForm(b.word(j)) && !Words.isDeterminer(b.word(j - 1));
            if (Words.isFinite(b.word(j)) || past || presentAfterSubject(j)) {
                return new int[] {r, end};
            }
            if (b.word(j).equals(",") && (quantity || number) && verbAfterAside(j, end)) {
                return new int[] {r, end}; // "said about 20,000 people, most of them women, farm seaweed"
            }
            if (b.word(j).equals(",") && !starts) {
                int close = j + 1;
                while (close < Math.min(end, j + 8) && !b.word(close).equals(",")) {
                    close++;
                }
                if (close < end && b.word(close).equals(",") && Words.isFinite(b.word(close + 1))) {
                    return new int[] {r, end};
                }
                if (listThenVerb(j + 1, end)) {
                    return new int[] {r, end}; // "said food, school fees and rail fares would stay exempt"
                }
                return null;
            }
            if (b.endsClause(j) || Frames.isDoubleMark(b.word(j)) || Words.isReportingVerb(b.word(j))) {
                break;
            }
        }
        return null;
    }

    /** Words before a number that make it approximate ("about 300", "nearly 40", "up to 12", "more than 5"). */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "roughly",
            "approximately", "some", "over", "under", "up", "more", "fewer", "less");

    /**
     * Whether token {@code r} makes the number after it approximate: "said about 20,000 people …" opens a clause with
     * a quantity, where "said about the plan" speaks of a topic.
     */
    private boolean approximateNumber(int r) {
        if (!APPROXIMATORS.contains(b.lower(r))) {
            return false;
        }
        int n = b.lower(r + 1).equals("to") || b.lower(r + 1).equals("than") ? r + 2 : r + 1;
        return n < b.size() && Character.isDigit(b.word(n).charAt(0));
    }

    /**
     * Whether the aside that the comma at {@code c} opens (", most of them women,") closes within eight words and a
     * lower-case word that can only be a verb here follows it: no function word, adjunct or determiner.
     */
    private boolean verbAfterAside(int c, int end) {
        int close = c + 1;
        while (close < Math.min(end, c + 9) && !b.word(close).equals(",")) {
            close++;
        }
        if (close + 1 >= end || close == c + 1 || !b.word(close).equals(",")) {
            return false;
        }
        String w = b.word(close + 1);
        return Character.isLowerCase(w.charAt(0)) && !Words.isFunction(Words.lower(w)) && !Words.isAdjunct(w)
                && !Words.isDeterminer(w) && !w.equals("and") && !w.equals("or") && !w.equals("but");
    }

    /**
     * Whether the words from {@code from} close a list of nouns ("school fees and rail fares") whose last item a
     * finite verb follows: the list was the subject of a clause. Plain words only, one "and" or "or".
     */
    private boolean listThenVerb(int from, int end) {
        boolean joined = false;
        for (int k = from; k < Math.min(end, from + 10); k++) {
            String w = b.lower(k);
            if (w.equals("and") || w.equals("or")) {
                if (joined || k == from) {
                    return false;
                }
                joined = true;
                continue;
            }
            if (Words.isFinite(w)) {
                return joined && !b.lower(k - 1).equals("and") && !b.lower(k - 1).equals("or");
            }
            if (b.word(k).equals(",") && !joined) {
                continue; // "food, fees, and fares"
            }
            if (!Character.isLetter(b.word(k).charAt(0)) || Words.isFrameVerb(w) || Words.isAdjunct(w)
                    && !w.equals("of")) {
                return false;
            }
        }
        return false;
    }

    /** "…, Shi suggested." "…, she said, while …": the clause before the comma that precedes the speaker. */
    private int[] inverted(Frames.Np np, int v, int st, int end) {
        int c = np.ref() instanceof Ref.Named ? descriptionBefore(np.start() - 1, st) : np.start() - 1;
        if (c <= st + 2 || !b.word(c).equals(",")) {
            return null;
        }
        int r = v + 1;
        if (Words.tellsSomeone(b.word(v)) && r < end) {
            // the addressee: "told Reuters", "told the council"
            r = b.mention(r) != null ? b.mentionEnd(r) : r + (Words.isDeterminer(b.word(r)) ? 2 : 1);
        }
        if (r < end && b.word(r).equals(",")) {
            return new int[] {frames.afterDateline(st, c), c};
        }
        if (r < end && !Words.isAdjunct(b.word(r)) && !isDay(b.word(r))) {
            return null;
        }
        for (int j = r; j < end && !b.word(j).equals(","); j++) {
            if (j > r + 1 && b.lower(j).matches("who|whom|whose|which|where")) {
                break; // "said on Tuesday in a ruling on a player who was dropped", "in Lima, where …": a relative
                // clause inside the adjunct, about its noun
            }
            // ", keeping its forecast unchanged" after the comma is a clause of its own; "after talks at the
            // ministry's offices" holds a genitive, no verb
            boolean genitive = (b.lower(j).equals("'s") || b.lower(j).equals("’s"))
                    && Words.pronounGender(b.word(j - 1)) == 0 && !Words.isClauseStart(b.word(j - 1));
            // "in a ruling on a case brought by a player": a participle after its noun, with its agent, is no verb
            boolean participle = j > r && b.lower(j + 1).equals("by") && b.lower(j).endsWith("ed")
                    || j > r && b.lower(j + 1).equals("by") && !b.token(j - 1).capitalized()
                    && Words.pronounGender(b.word(j - 1)) == 0 && !Words.isFunction(b.lower(j - 1));
            if (!participle && (Words.isFrameVerb(b.word(j)) || Words.isFinite(b.word(j)) && !genitive
                    || b.lower(j).equals("that"))) {
                return null;
            }
        }
        return new int[] {frames.afterDateline(st, c), c};
    }

    /**
     * The comma before a plain description that a name ends ("…, the Swiss glacier monitoring network GLAMOS said",
     * "…, German carmaker Volkswagen said"): lower-case words and demonyms, after "the" or none, which the speaker
     * phrase may leave out when no word of them is a title or a noun for a body. {@code k} itself when it is no such
     * description's last word.
     */
    private int descriptionBefore(int k, int st) {
        int j = k;
        boolean noun = false;
        while (j > st && j > k - 6) {
            String w = b.word(j);
            Mention m = b.mention(j);
            boolean demonym = m != null && m.kind() == MentionKind.DEMONYM && b.mentionFirst(j) == j
                    && b.mentionEnd(j) == j + 1;
            boolean plain = m == null && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                    && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-') && !Words.isFunction(w)
                    && !Words.isFinite(w) && !Words.isFrameVerb(w) && !Words.isAdjunct(w)
                    && !Words.isDeterminer(w);
            if (!demonym && !plain) {
                break;
            }
            noun |= plain && j == k;
            j--;
        }
        if (!noun || j == k) {
            return k;
        }
        int det = b.lower(j).equals("the") ? j - 1 : j;
        return b.word(det).equals(",") ? det : k;
    }

    /**
     * "According to her, …", "…, according to him.": the object pronoun stands for the one who spoke, as "she said"
     * does; not "her" before a noun ("according to her lawyer"), whose possessor is someone else.
     */
    private Optional<Frames.Np> objectPronoun(int k, int end) {
        String w = b.lower(k);
        char g = w.equals("her") ? 'f' : w.equals("him") ? 'm' : 0;
        boolean alone = k + 1 >= end || b.word(k + 1).equals(",") || b.endsClause(k + 1);
        return g != 0 && alone ? Optional.of(new Frames.Np(new Ref.Pronoun(g), k, k + 1, Optional.empty()))
                : Optional.empty();
    }

    /** "According to X, …" or "…, according to X." */
    private Optional<Report> according(int a, int st, int end) {
        Optional<Frames.Np> np = authorOf(a + 2, end).or(() -> objectPronoun(a + 2, end))
                .or(() -> frames.npAfter(a + 2, end));
        if (np.isEmpty()) {
            return Optional.empty();
        }
        if (a > st + 2 && b.word(a - 1).equals(",")) {
            return Optional.of(new Report(np.get(), -1, frames.afterDateline(st, a - 1), a - 1));
        }
        if (a > st + 1) {
            return Optional.empty();
        }
        int j = np.get().end();
        if (np.get().appositive().isPresent()) {
            j++;
            while (j < end && !b.word(j).equals(",")) {
                j++;
            }
        }
        if (j >= end || !b.word(j).equals(",")) {
            return Optional.empty();
        }
        return Optional.of(new Report(np.get(), -1, j + 1, end));
    }

    /** Verbs by which a document reports ("figures from the port authority showed …", "the survey found that …"). */
    private static final Set<String> DATA_VERBS = Set.of("showed", "shows", "show", "found", "finds",
            "indicated", "indicates", "revealed", "reveals");

    /**
     * The one who wrote the document that is the subject of speech verb {@code v}: "figures from the port authority
     * showed", "a survey by the forestry board found", "the department's quarterly report said". A release speaks
     * for whoever issued it; news names the issuer beside the document, by "from"/"by"/"of" or a possessive.
     */
    private Optional<Frames.Np> documentAuthor(int v, int st) {
        for (int d = v - 1; d >= Math.max(st, v - 12); d--) {
            String w = b.lower(d);
            if (w.equals(",") || b.endsClause(d) || Frames.isQuoteMark(b.word(d))) {
                return Optional.empty();
            }
            if (!DOCUMENTS.contains(w) || b.mention(d) != null) {
                continue;
            }
            if (d == v - 1 && frames.bodyCalled(w)) {
                return Optional.empty(); // "the country's geological survey said", of the Geological Survey of Brazil
            }
            if (d == v - 1) {
                // "the department's report said", "the agency's latest figures showed"
                int k = d - 1;
                while (k > st && !b.token(k).capitalized() && Character.isLetter(b.word(k).charAt(0))
                        && !Words.isDeterminer(b.word(k)) && b.mention(k) == null && d - k < 3) {
                    k--;
                }
                boolean possessive = b.lower(k).equals("'s") || b.lower(k).equals("’s") || b.lower(k).equals("'")
                        || b.lower(k).equals("’");
                return possessive ? frames.npBefore(k - 1, st).filter(np -> !(np.ref() instanceof Ref.Pronoun))
                        : Optional.empty();
            }
            int j = d + 1;
            if (b.lower(j).equals("released") || b.lower(j).equals("published") || b.lower(j).equals("issued")
                    || b.lower(j).equals("compiled")) {
                j++;
            }
            String link = b.lower(j);
            if (link.equals("from") || link.equals("by") || link.equals("of")) {
                int verb = v;
                while (verb - 1 > j && Words.isBetween(b.word(verb - 1))) {
                    verb--; // "a survey by the forestry board has found"
                }
                int at = verb;
                return frames.npAfter(j + 1, verb).filter(np -> np.end() == at
                        && (np.ref() instanceof Ref.Named || np.ref() instanceof Ref.Described));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Reported speech of a document's author: the clause after the verb ("figures from X showed that exports …"), or,
     * when the document's phrase follows a comma, the sentence before it ("Exports rose 4%, figures from X showed.").
     */
    private Optional<Report> fromDocument(Frames.Np author, int v, int st, int end) {
        int start = v;
        while (start > st && !b.word(start - 1).equals(",")) {
            start--;
        }
        if (start > st + 2 && !b.lower(v + 1).equals("that")) {
            int from = frames.afterDateline(st, start - 1);
            return from < start - 1 ? Optional.of(new Report(author, v, from, start - 1)) : Optional.empty();
        }
        int[] clause = complement(v, end, false);
        return clause == null ? Optional.empty() : Optional.of(new Report(author, v, clause[0], clause[1]));
    }

    /** Nouns for what an organisation publishes: "according to" one of them means whoever wrote it. */
    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "census", "survey", "study", "data",
            "figures", "results", "count", "estimate", "estimates", "statistics", "analysis", "forecast", "poll",
            "tally", "assessment", "audit", "review", "statement", "filing", "records", "projections");

    /**
     * "according to a spring survey by the forestry board", "according to preliminary results published by the
     * electoral council": the one who wrote the document, when plain words name a document before "by" or "from".
     */
    private Optional<Frames.Np> authorOf(int from, int end) {
        boolean document = false;
        for (int j = from; j < end && j < from + 10; j++) {
            String w = b.lower(j);
            if (w.equals("of") && document) {
                // "according to the annual survey of the Australian Institute of Marine Science": a body's, never
                // what the document is about ("a survey of 500 farmers", "a study of the Amazon")
                return frames.npAfter(j + 1, end).filter(x -> x.ref() instanceof Ref.Named n
                        && n.mention().type() == EntityType.ORGANIZATION);
            }
            if ((w.equals("by") || w.equals("from")) && document) {
                Optional<Frames.Np> np = frames.npAfter(j + 1, end);
                int n = np.map(x -> x.end() + (b.word(x.end()).equals(",") ? 1 : 0)).orElse(j + 1);
                while (np.isEmpty() && n < end && n < j + 7 && b.mention(n) == null && !b.token(n).capitalized()
                        && Character.isLetter(b.word(n).charAt(0))) {
                    n++; // "by the marine research group Reef Watch Belize": plain words, then the name
                }
                if ((np.isEmpty() || np.get().ref() instanceof Ref.Described) && n < end && b.mention(n) != null
                        && b.mentionFirst(n) == n && b.mentionEnd(n) >= end) {
                    // "released Wednesday by the national space research institute, Inpe.", "by the marine
                    // research group Reef Watch Belize.": the name that ends the sentence after the description
                    Mention m = b.mention(n);
                    return m.type() == EntityType.ORGANIZATION ? Optional.of(new Frames.Np(new Ref.Named(m), n,
                            b.mentionEnd(n), Optional.empty())) : Optional.empty();
                }
                return np.filter(x -> x.ref() instanceof Ref.Named);
            }
            if (isDay(b.word(j)) || w.equals("on") && isDay(b.word(j + 1))) {
                continue; // "a survey released on Tuesday by …"
            }
            // "a camera-trap survey": the hyphen inside a compound word is no boundary
            boolean hyphen = w.equals("-") && j > from && b.token(j).begin() == b.token(j - 1).end();
            if (b.mention(j) != null || b.token(j).capitalized() || !Character.isLetter(w.charAt(0)) && !hyphen) {
                return Optional.empty();
            }
            document |= DOCUMENTS.contains(w);
        }
        return Optional.empty();
    }

    /** "Pakistan firmly supports", "China opposes": a present-tense verb right after a name, pronoun or adverb. */
    private boolean presentAfterSubject(int j) {
        String w = b.lower(j);
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || b.token(j).capitalized()
                || b.mention(j) != null) {
            return false;
        }
        String prev = b.lower(j - 1);
        return b.mention(j - 1) != null || prev.endsWith("ly") || prev.equals("it") || prev.equals("he")
                || prev.equals("she") || prev.equals("this") || prev.equals("that");
    }

    /**
     * Whether quotation marks around two or more words stand in the clause ("said they were 'nowhere near ready' and
     * that …"): of two reported clauses, the one holding a partial quotation is that quotation's (even one too oddly
     * marked to be kept), and only the other is reported speech.
     */
    private boolean holdsPartial(int from, int to) {
        int open = -1;
        for (int j = Math.max(from, 1); j + 1 < to; j++) {
            if (!Frames.isQuoteMark(b.word(j))) {
                continue;
            }
            // an opening mark has a space before it and none after; a closing one none before (an apostrophe of
            // "the Joneses' car" closes nothing that opened)
            boolean spaceBefore = b.token(j).begin() > b.token(j - 1).end();
            boolean spaceAfter = b.token(j + 1).begin() > b.token(j).end();
            if (open >= 0 && !spaceBefore && wordsBetween(open, j) >= 2) {
                return true;
            }
            if (spaceBefore && !spaceAfter) {
                open = j;
            }
        }
        return false;
    }

    /** The words between two tokens, a hyphenated compound ("state-run") counted once. */
    private int wordsBetween(int open, int close) {
        int n = 0;
        for (int j = open + 1; j < close; j++) {
            boolean spaced = j == open + 1 || b.token(j).begin() > b.token(j - 1).end();
            n += spaced && Character.isLetterOrDigit(b.word(j).charAt(0)) ? 1 : 0;
        }
        return n;
    }

    /** Whether tokens {@code [from, to)} are plain words: no verb, comma, quotation mark or clause end. */
    private boolean plainWords(int from, int to) {
        for (int j = from; j < to; j++) {
            String w = b.word(j);
            if (w.equals(",") || Frames.isQuoteMark(w) || Words.isFinite(w) || Words.isFrameVerb(w)
                    || Words.isPastForm(w) || b.endsClause(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the words of a reported clause {@code [from, to)} end before "and" or "but" and a quotation that is a
     * clause of its own (it opens with a determiner or a pronoun, a subject), or {@code from} when none does.
     */
    private int beforeQuotedClause(int from, int to, boolean[] inQuote) {
        int q = from;
        while (q < to && !inQuote[q]) {
            q++;
        }
        int j = q - 1;
        while (j > from && Frames.isQuoteMark(b.word(j))) {
            j--;
        }
        int w = q;
        while (w < to && Frames.isQuoteMark(b.word(w))) {
            w++;
        }
        if (q >= to || w >= to || j <= from || !(b.lower(j).equals("and") || b.lower(j).equals("but"))
                || !(Words.isDeterminer(b.word(w)) || SUBJECT_PRONOUNS.contains(b.lower(w)))) {
            return from;
        }
        return b.word(j - 1).equals(",") ? j - 1 : j;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "there",
            "our", "my");

    private static boolean any(boolean[] marks, int from, int to) {
        for (int i = from; i < to; i++) {
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDay(String w) {
        String l = Words.lower(w);
        return l.endsWith("day") && Character.isUpperCase(w.charAt(0)) || l.equals("yesterday") || l.equals("today");
    }
}
