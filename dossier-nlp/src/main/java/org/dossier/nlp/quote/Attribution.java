package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Quote;
import org.dossier.nlp.entity.CountryTable;
import org.dossier.nlp.entity.EntityResolver;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;

/**
 * The quotes of one document: which quoted passages are speech (not scare quotes), and who said each, read
 * in order so that "he said", "the professor stated" and a quotation with no frame resolve against what came
 * before. One instance per document; not thread-safe.
 */
final class Attribution {
    /** A quotation that opens its sentence without a frame is speech from this many words. */
    static final int MIN_FREE_WORDS = 4;

    /** The clock time a live blog's entry opens with, and its dash or colon ("10:40 p.m. —", "06:12 GMT —"). */
    private static final Pattern STAMP = Pattern.compile("\\d{1,2}[:.]\\d{2}(\\s+[\\p{L}.]{1,5}){0,3}\\s*[—–:-]");

    /** The number of an age description ("the 62-year-old"). */
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})\\s*-\\s*year\\s*-\\s*old");
    /** Words that open a clause hanging on the verb before them. */
    private static final Set<String> SUBORDINATORS = Set.of("before", "after", "when", "while", "because", "as",
            "since", "until", "although", "though", "once");
    /** "the mother of three", "the father-of-two": a parent by the number of children, as news calls a person. */
    private static final Pattern PARENT_OF = Pattern.compile(
            "(?i)(?:the\\s+)?(?:\\p{L}+\\s+)?(grand)?(mother|father|mum|mom|dad)\\s*-?\\s*of\\s*-?\\s*"
            + "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})");

    /** A body's own parts in another place, which speak as the body. */
    private static final Set<String> BRANCHES = Set.of("office", "offices", "branch", "headquarters");

    /** "the governor's office": a role's office, which speaks for whoever holds the role. */
    private static final Pattern ROLE_OFFICE = Pattern.compile("(?i)(?:the\\s+)?(\\p{L}+)\\s*['’]s\\s+office");

    private final Body b;
    private final Frames frames;
    private final Indirect indirect;
    private final Syntax syntax;
    private final Discourse talk = new Discourse();
    private final Map<String, String> countries = new HashMap<>();
    private final List<Quote> out = new ArrayList<>();
    /** Roles a description gave a person the text names only after it ("the director of X"), by person id. */
    private final Map<String, String> describedAs = new HashMap<>();
    private final boolean[] inQuote;
    private final Set<Integer> used = new HashSet<>();
    /** Titles that frames gave each speaker so far, by entity id: the longest. */
    private final Map<String, String> given = new HashMap<>();
    /** Titles stated with a copula ("She is a market gardener"), which hold for the person's earlier quotations. */
    private final Map<String, String> stated = new HashMap<>();
    /** The office a lead's description gave a person the next paragraph names with a style only, by entity id. */
    private final Map<String, String> styledInLead = new HashMap<>();
    /** The age the body gives a person right after a name ("Joseph Kiprono, 62, …"), by entity id. */
    private final Map<String, String> ages = new HashMap<>();
    /** Where the body first names each entity. */
    private final Map<String, Integer> firstMention = new HashMap<>();
    /** Each entity's first mention in the body by a name or a short form ({@link #firstMentionOf}), made on first use. */
    private Map<String, Mention> firstNamed;
    /** Whether the body writes a name, by name: asked for every body that speaks. */
    private final Map<String, Boolean> written = new HashMap<>();
    /**
     * A role the text opened with before naming anyone for it ("The mayor of Dunmore keeps a map …"), and its
     * paragraph: the next person the text is about, named with no title, holds it.
     */
    private String pendingRole;
    private int pendingParagraph = -1;
    /**
     * The last direct quote if it asked a question: who asked, whom the frame says was asked ("a reporter asked
     * Aurand"), and its last paragraph. An answer right after it is not the asker's.
     */
    private Question question;

    private record Question(String asker, Optional<Speaker> asked, int paragraph, Optional<Speaker> by) {
    }

    /**
     * A question and its answer by two people, in quotations ending in paragraph {@code paragraph}: in an exchange
     * (a cross-examination, an interview written as dialogue) the next quotations with no frame alternate between them.
     */
    private record Exchange(Speaker asker, Speaker answerer, int paragraph) {
    }

    private Exchange exchange;

    /** The one who answers an interview's questions, once an answer found them. */
    private Optional<Speaker> interviewee = Optional.empty();

    /**
     * Whether the body has an interview's shape: two or more unquoted question paragraphs each answered by a quotation
     * that opens the next paragraph, or a question marked "Q:". One rhetorical question in a report is not that.
     */
    private final boolean interview;

    /** The passages between quotation marks in the body, scanned once. */
    private final List<Quoted> quoted;

    /**
     * The offsets of a transcript's turns put by an interviewer under a label that names no one the text presents:
     * the outlet's or the interviewer's ("Observer: How bad was this season?"). They are questions, as those labelled
     * "Q:" are, and news does not list them.
     */
    private final Set<Integer> asking;

    /**
     * The offsets of the turns whose label names no one the text presents and whose turns are questions, two in three
     * at least, two or more of them: the outlet's label ("Gazette: How much has flour gone up?"), or a role the text
     * gives no one ("Observer: Will you plant again?"). A label that names a person keeps its questions, and so does
     * a chair's the text gave someone.
     */
    private Set<Integer> askingLabels(List<Quoted> turns) {
        Map<String, List<Quoted>> byLabel = new HashMap<>();
        for (Quoted t : turns) {
            Optional<Ref> ref = frames.leader(t, 0).filter(f -> f.verb() < 0).map(Frames.Frame::ref);
            boolean person = ref.filter(r -> r instanceof Ref.Named n && n.mention().type() == EntityType.PERSON
                    || r instanceof Ref.Described d && roleGiven(d.head())).isPresent();
            String label = b.text.substring(b.parBegin[t.firstParagraph()], t.begin()).strip();
            if (!person && label.length() > 1) {
                byLabel.computeIfAbsent(label.substring(0, label.length() - 1).strip(), x -> new ArrayList<>()).add(t);
            }
        }
        Set<Integer> out = new HashSet<>();
        byLabel.forEach((label, said) -> {
            long questions = said.stream().filter(t -> t.text(b.text).endsWith("?")).count();
            if (said.size() >= 2 && questions * 3 >= said.size() * 2) {
                said.forEach(t -> out.add(t.open()));
            }
        });
        return out;
    }

    /** Whether the text gives the role {@code head} to someone: a title of an entity holds it, or prose names it. */
    private boolean roleGiven(String head) {
        for (Entity e : b.doc.entities()) {
            for (String t : e.titles()) {
                if (Arrays.asList(Words.lower(t).split("[^\\p{L}]+")).contains(head)) {
                    return true;
                }
            }
        }
        for (int t = 0; t < b.size(); t++) {
            if (b.word(t).equals(head)) {
                return true; // "the observer said": lower case, as prose writes a role
            }
        }
        return false;
    }

    /** A quotation kept as speech, with the frame that attributes it if it has one. */
    private record Kept(Quoted q, Optional<Frames.Frame> frame, boolean standalone, boolean mute) {
    }

    Attribution(Body b) {
        this.b = b;
        this.frames = new Frames(b);
        this.syntax = new Syntax(b);
        this.indirect = new Indirect(b, frames, syntax);
        this.inQuote = new boolean[b.size()];
        for (Entity e : b.doc.entities()) {
            e.country().ifPresent(c -> countries.put(e.id(), c));
            e.offsets().stream().min(Integer::compare).ifPresent(o -> firstMention.put(e.id(), o));
        }
        for (int t = 0; t < b.size(); t++) {
            Mention m = b.mention(t);
            int end = b.mentionEnd(t);
            if (m != null && b.mentionFirst(t) == t && m.type() == EntityType.PERSON && end + 2 < b.size()
                    && (b.word(end).equals(",") || b.word(end).equals("(")) && b.word(end + 1).matches("\\d{1,3}")
                    && (b.word(end + 2).equals(",") || b.word(end + 2).equals(")") || b.endsClause(end + 2))) {
                ages.put(m.entityId(), b.word(end + 1));
            } else if (m != null && b.mentionFirst(t) == t && m.type() == EntityType.PERSON && end + 2 < b.size()
                    && b.word(end).equals(",") && (b.lower(end + 1).equals("a") || b.lower(end + 1).equals("an"))) {
                // "Jovana Ruiz, a 22-year-old law student who …": the age in the appositive
                int from = b.token(end + 2).begin();
                Matcher age = AGE.matcher(b.text.substring(from, Math.min(b.text.length(), from + 16)));
                if (age.lookingAt()) {
                    ages.put(m.entityId(), age.group(1));
                }
            }
            if (m != null && b.mentionFirst(t) == t && m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                nationality(t).ifPresent(c -> countries.putIfAbsent(m.entityId(), c));
            }
        }
        List<Quoted> unmarked = Transcript.unmarkedTurns(b.text, b.parBegin, b.parEnd);
        this.quoted = withTurns(MarkScanner.scan(b.text, b.parBegin, b.parEnd), unmarked);
        this.asking = askingLabels(unmarked);
        int turns = 0;
        boolean marked = false;
        for (int p = 1; p < b.parBegin.length && turns < 2 && !marked; p++) {
            if (askedBefore(p)) {
                String q = b.text.substring(b.parBegin[p - 1], b.parEnd[p - 1]).strip();
                marked = labelledQuestion(q);
                String a = b.text.substring(b.parBegin[p], b.parEnd[p]).strip();
                turns += !a.isEmpty() && (MarkScanner.mark(a, 0, a.length()) != null
                        || Transcript.opensWithDash(a) && !Transcript.opensWithDash(q)) ? 1 : 0;
            }
        }
        interview = turns >= 2 || marked;
    }

    /**
     * The quotations between marks and a transcript's unmarked turns, in body order; a quotation inside a turn ("Mr
     * X: The report calls it \"a disgrace\".") is part of the turn, not a quote of its own.
     */
    private static List<Quoted> withTurns(List<Quoted> marked, List<Quoted> turns) {
        if (turns.isEmpty()) {
            return marked;
        }
        List<Quoted> all = new ArrayList<>(turns);
        for (Quoted q : marked) {
            if (turns.stream().noneMatch(t -> q.open() >= t.open() && q.open() < t.after())) {
                all.add(q);
            }
        }
        all.sort(Comparator.comparingInt(Quoted::open));
        return all;
    }

    /**
     * The country a demonym in the title words right before the name at token {@code t} gives the person ("Danish
     * winger Ana Ruiz", "the Chilean-born economist Ana Ruiz"); a description with another country is not them.
     */
    private Optional<String> nationality(int t) {
        int s = b.sentenceStart(b.sentenceOf(t));
        for (int j = t - 1; j >= Math.max(s, t - 4); j--) {
            Mention x = b.mention(j);
            if (x != null) {
                return x.type() == EntityType.COUNTRY && x.kind() == MentionKind.DEMONYM ? Optional.of(x.entityId())
                        : Optional.empty();
            }
            String w = b.word(j);
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Words.isFunction(Words.lower(w))
                    && !Words.isDeterminer(w)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    List<Quote> run() {
        List<Kept> kept = classify(quoted);
        for (Kept k : kept) {
            for (int t = b.tokenAt(k.q().open()); t < b.size() && b.token(t).begin() < k.q().after(); t++) {
                inQuote[t] = true;
            }
        }
        int next = 0;
        for (int s = 0; s < b.sentences.size(); s++) {
            int end = b.sentences.get(s).end();
            // a quotation that opens inside the sentence is read after the words before it ("Lowell, a nurse, said
            // she had waited since 5 a.m. \"I've seen …,\" she said"): they say who "she" is
            List<Kept> inside = new ArrayList<>();
            int clip = b.sentenceEnd(s);
            while (next < kept.size() && kept.get(next).q().open() < end) {
                Kept k = kept.get(next++);
                int o = b.tokenAt(k.q().open());
                if (o > b.sentenceStart(s) && o < b.sentenceEnd(s)) {
                    inside.add(k);
                    if (clip == b.sentenceEnd(s) && afterFullStop(k.q())) {
                        clip = o; // a sentence the tokenizer did not split ("since 5 a.m. \"I've …")
                    }
                } else {
                    attribute(k);
                }
            }
            sentence(s, clip);
            inside.forEach(this::attribute);
        }
        while (next < kept.size()) {
            attribute(kept.get(next++));
        }
        // a title the text gave only after a person's first quotation ("The director of X, …, told senators …
        // \"…\"", the name in the next paragraph; a feature's "She is a market gardener" after the opening
        // quotation) holds for that quotation too
        out.replaceAll(q -> q.speakerTitle().isPresent() || q.speakerId().isEmpty() ? q
                : Optional.ofNullable(describedAs.get(q.speakerId().get()))
                        .or(() -> Optional.ofNullable(stated.get(q.speakerId().get()))).filter(t -> !Frames.noTitle(t))
                        .map(t -> new Quote(q.text(), q.speaker(), q.speakerId(), Optional.of(t), q.direct(),
                                q.offset()))
                        .orElse(q));
        out.sort(Comparator.comparingInt(Quote::offset));
        return List.copyOf(out);
    }

    /** Decides which quoted passages are speech: a frame, or the length and shape of a sentence of speech. */
    private List<Kept> classify(List<Quoted> all) {
        List<Kept> kept = new ArrayList<>();
        int prevAfter = -1;
        for (Quoted q : all) {
            String text = q.text(b.text);
            int words = words(text);
            int o = b.tokenAt(q.open());
            int lo = prevAfter >= 0 && o < b.size() && b.tokenAt(prevAfter) < b.size()
                    && b.sentenceOf(b.tokenAt(prevAfter)) == b.sentenceOf(o) ? b.tokenAt(prevAfter) : 0;
            prevAfter = q.after();
            if (words == 0 || o >= b.size()) {
                continue;
            }
            if (asking.contains(q.open())) {
                continue; // "Observer: How bad was this season?": the interviewer's question
            }
            Optional<Frames.Frame> trailer = frames.trailer(q);
            if (trailer.isEmpty() && frames.labelOfNoOne(q)) {
                continue; // "critics call it \"a ticket, not a limit\"": words of no one the text names
            }
            if (trailer.isEmpty() && titleCase(text)) {
                continue; // the title of a work or a show, a slogan on a banner
            }
            Optional<Frames.Frame> leader = frames.leader(q, lo);
            if (leader.isEmpty() && !kept.isEmpty() && resumes(kept.get(kept.size() - 1), q)) {
                // "We are ready," the general said, "to defend …": the second half shares the frame
                leader = kept.get(kept.size() - 1).frame();
            }
            boolean initial = opensSentence(q, leader.isPresent());
            boolean standalone = standalone(q);
            Optional<Frames.Frame> frame = trailer.isPresent() ? trailer : leader;
            boolean keep;
            boolean mute = false;
            if (frame.isPresent() && (initial || words >= MIN_FREE_WORDS || trailer.isPresent() && words >= 2)) {
                // a frame right after it makes even a short phrase speech: "…\"without preconditions,\" X said"
                keep = true;
            } else if (initial && !kept.isEmpty() && continues(kept.get(kept.size() - 1), q)) {
                // "\"We just listened,\" he said. \"Eventually.\"": the same voice, however short
                keep = true;
            } else if (!initial) {
                // inside a sentence: speech only in what a speech verb before it reports ("said staff were
                // \"working flat out\""); a single word, or a phrase with no such verb, is a scare quote
                boolean whole = words >= MIN_FREE_WORDS + 1 || endsSentence(q, text);
                frame = words >= 2 ? frames.partial(q, lo, !whole).or(() -> frames.closingAttribution(q))
                        : Optional.empty();
                if (frame.isEmpty() && words >= 2 && !kept.isEmpty() && sameReport(kept.get(kept.size() - 1), q)) {
                    // "said the vote was \"a disgrace\" and would \"poison every debate to come\"": the
                    // report that framed the first phrase goes on to the second
                    frame = kept.get(kept.size() - 1).frame();
                }
                keep = frame.isPresent();
            } else if (titleCase(text)) {
                keep = false;
            } else if (standalone && words >= 3 || words >= MIN_FREE_WORDS && endsSentence(q, text)) {
                keep = true;
            } else {
                // "…," followed by an attribution this reader cannot parse: speech, by someone it cannot name
                keep = words >= MIN_FREE_WORDS && handsOver(q);
                mute = true;
            }
            if (keep) {
                kept.add(new Kept(q, frame, standalone, mute));
            }
        }
        return kept;
    }

    /** The content words of the quotation or reported clause being attributed ({@link #stems}). */
    private Set<String> voiced = Set.of();

    private void attribute(Kept k) {
        Quoted q = k.q();
        int par = q.firstParagraph();
        int to = b.tokenAt(q.open());
        while (to < b.size() && b.token(to).begin() < q.after()) {
            to++;
        }
        Set<String> inside = namedWithin(b.tokenAt(q.open()), to);
        voiced = stems(b.tokenAt(q.open()), to);
        Optional<Speaker> speaker;
        if (k.frame().isPresent()) {
            Frames.Frame f = k.frame().get();
            used.add(f.verb());
            speaker = answer(f, par).or(() -> resolve(f.ref(), f.appositive(), par, inside, b.tokenAt(q.open())));
            speaker = goingOn(f.ref(), f.verb(), par, speaker);
            if (f.ref() instanceof Ref.Described d && speaker.isPresent()) {
                roleTitle(d, speaker.get());
                speaker = speaker.map(x -> currentRole(d, fullerRole(d, x)));
            }
            if (speaker.isEmpty() && f.ref() instanceof Ref.Pronoun p && p.gender() != 'n') {
                // "…," he said — and the next paragraph introduces him (a feature's opening)
                speaker = frames.firstSubject(q.lastParagraph() + 1).flatMap(np -> np.ref() instanceof Ref.Named n
                        ? named(n.mention(), np.appositive()) : Optional.empty());
            }
        } else if (k.mute()) {
            speaker = Optional.empty();
        } else {
            // the next turn of an exchange of questions and answers; else an attribution right after it ("…." This
            // was stated by NAME; a paragraph naming the speaker)
            speaker = k.standalone() ? turn(q.text(b.text), par) : Optional.empty();
            Optional<Frames.Frame> after = speaker.isPresent() ? Optional.empty() : frames.sentenceAfter(q);
            if (after.isEmpty() && speaker.isEmpty() && k.standalone()) {
                after = frames.nextParagraph(q.lastParagraph() + 1);
            }
            after.ifPresent(x -> used.add(x.verb()));
            if (after.isPresent()) {
                speaker = after.flatMap(x -> resolve(x.ref(), x.appositive(), q.lastParagraph(), inside,
                        b.tokenAt(q.open())));
            }
            boolean dashed = q.open() == b.parBegin[par]
                    && Transcript.opensWithDash(b.text.substring(b.parBegin[par], b.parEnd[par]));
            if (speaker.isEmpty() && k.standalone() && interview && (askedBefore(par) || dashed)) {
                // an interview written as questions and answers: the answer is the interviewee's, and so is one
                // printed after a dash under a statement put to them
                speaker = interviewee.or(() -> presentedBefore(par));
                interviewee = speaker;
            }
            if (speaker.isEmpty()) {
                speaker = talk.lastSpeakerIn(par);
            }
            if (speaker.isEmpty() && startsParagraph(q)) {
                speaker = frames.colonIntro(par).flatMap(f -> resolve(f.ref(), f.appositive(), par - 1, inside,
                        b.tokenAt(q.open())));
            }
            if (speaker.isEmpty()) {
                speaker = talk.introduced(par);
            }
            if (speaker.isEmpty() && startsSentence(q)) {
                // "Ana Ruiz, 22, shrugged. \"I'd pay it.\"": the person the paragraph is about, right before it
                speaker = talk.subjectIn(par);
            }
            if (speaker.isEmpty()) {
                speaker = talk.lastSpeaker().filter(s -> !inside.contains(s.key()) || !s.person());
            }
            if (speaker.isEmpty() && par == 0 && (k.standalone() || afterDateline(q))) {
                // a feature that opens with a quotation alone: the person the next paragraph is about said it, or
                // the one it presents ("The complaint came from Ana Ruiz, chair of the growers' board, …")
                speaker = frames.firstSubject(q.lastParagraph() + 1)
                        .filter(np -> np.ref() instanceof Ref.Named n && n.mention().type() == EntityType.PERSON)
                        .flatMap(np -> named(((Ref.Named) np.ref()).mention(), np.appositive()))
                        .or(() -> presentedIn(q.lastParagraph() + 1));
            }
        }
        speaker.ifPresent(s -> talk.spoke(s, q.lastParagraph(), head(k.frame())));
        String text = q.text(b.text);
        exchange(speaker, par, q.lastParagraph());
        question = text.endsWith("?") ? new Question(speaker.map(Speaker::key).orElse(""), asked(k.frame()),
                q.lastParagraph(), speaker) : null;
        for (Quoted part : q.paragraphs()) {
            int offset = part.begin();
            while (offset < part.end() && MarkScanner.isSpace(b.text.charAt(offset))) {
                offset++;
            }
            add(part.text(b.text), speaker, true, offset);
        }
    }

    /**
     * The speaker of a quotation alone in its paragraph, with no frame, right after a question and its answer by two
     * people ("\"Did you see him?\" she asked. / \"No,\" the ranger replied. / \"So you cannot say …?\""): a new
     * question is the asker's again, the reply to the asker's question the answerer's.
     */
    private Optional<Speaker> turn(String text, int par) {
        if (exchange == null || par != exchange.paragraph() + 1) {
            return Optional.empty();
        }
        if (text.endsWith("?")) {
            return Optional.of(exchange.asker());
        }
        boolean asked = question != null && question.paragraph() == par - 1
                && question.asker().equals(exchange.asker().key());
        return asked ? Optional.of(exchange.answerer()) : Optional.empty();
    }

    /** Follows an exchange: a quotation that answers another person's question starts one, each turn extends it. */
    private void exchange(Optional<Speaker> speaker, int par, int last) {
        if (speaker.isEmpty() || speaker.get().anonymous()) {
            exchange = null;
            return;
        }
        String key = speaker.get().key();
        if (exchange != null && par == exchange.paragraph() + 1
                && (key.equals(exchange.asker().key()) || key.equals(exchange.answerer().key()))) {
            exchange = new Exchange(exchange.asker(), exchange.answerer(), last);
        } else if (question != null && par == question.paragraph() + 1 && question.by().isPresent()
                && !question.by().get().anonymous() && !key.equals(question.asker())) {
            exchange = new Exchange(question.by().get(), speaker.get(), last);
        } else {
            exchange = null;
        }
    }

    /**
     * Whether paragraph {@code par - 1} is an interviewer's question: a paragraph of its own that ends with a question
     * mark ("You moved the shop twice. Why?") and quotes no one: a quotation in it is at most a title or a phrase
     * ("Your film takes its name from 'The Glass Orchard'. Why?"), shorter than speech with no frame.
     */
    private boolean askedBefore(int par) {
        if (par < 1) {
            return false;
        }
        String p = b.text.substring(b.parBegin[par - 1], b.parEnd[par - 1]).strip();
        if (labelledQuestion(p)) {
            return true; // though it may be put as a statement ("Q: Scientists say you cannot …")
        }
        if (p.isEmpty() || !p.endsWith("?")) {
            return false;
        }
        for (Quoted q : quoted) {
            if (q.firstParagraph() <= par - 1 && par - 1 <= q.lastParagraph()
                    && words(q.text(b.text)) >= MIN_FREE_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** Whether a paragraph is an interviewer's question labelled "Q:" or "Q.". */
    private static boolean labelledQuestion(String paragraph) {
        return paragraph.startsWith("Q:") || paragraph.startsWith("Q.");
    }

    /** Whether only a dateline stands before the quotation in its paragraph ("PORTLAND — \"We …\""). */
    private boolean afterDateline(Quoted q) {
        int o = b.tokenAt(q.open());
        int f = b.tokenAt(b.parBegin[q.firstParagraph()]);
        return o > f && o < b.size() && frames.afterDateline(f, o + 1) == o;
    }

    /**
     * The first person paragraph {@code par} names for the first time with a title after the name ("… came from Ana
     * Ruiz, chair of the growers' board"): a new voice the paragraph presents.
     */
    private Optional<Speaker> presentedIn(int par) {
        if (par >= b.parBegin.length) {
            return Optional.empty();
        }
        for (int t = b.tokenAt(b.parBegin[par]); t < b.size() && b.paragraphOfToken(t) == par; t++) {
            Mention m = b.mention(t);
            if (m != null && b.mentionFirst(t) == t && m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME
                    && firstMention.getOrDefault(m.entityId(), -1) == m.begin()) {
                // or with one before it, in a paragraph that points back at the quotation ("That was the message
                // from league coach Ana Ruiz …")
                Optional<String> title = frames.appositiveAfter(b.mentionEnd(t), b.sentenceEnd(b.sentenceOf(t)));
                int st = b.tokenAt(b.parBegin[par]);
                boolean back = b.lower(st).equals("that") || b.lower(st).equals("this") || b.lower(st).equals("those")
                        || b.lower(st).equals("these") || b.lower(st).equals("such");
                if (title.isEmpty() && back) {
                    title = frames.titleBefore(t, st);
                }
                // "The fisherman pointing at the surf is Ana Ruiz, 54, who …", "The woman giving this advice is Ana
                // Ruiz, 67, a rose picker …": the paragraph says who the one the quotation presents is, and the
                // description's trade is the title when no appositive gives one
                boolean identifies = identifies(st, t);
                if (title.isEmpty() && identifies) {
                    title = identified(st, t);
                }
                return title.isPresent() || identifies ? named(m, title) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The trade of the one a paragraph that opens at token {@code st} identifies with the name at {@code name}, as a
     * title with its article: "The fisherman pointing at the surf is" right before it gives "the fisherman"; a
     * description with no trade ("The woman giving this advice is") gives none. The caller has checked the shape
     * ({@link #identifies}).
     */
    private Optional<String> identified(int st, int name) {
        for (int k = st + 1; k < Math.min(name - 1, st + 4); k++) {
            String w = b.lower(k);
            String role = Words.personRole(w);
            if (b.token(k).capitalized() || Words.isFunction(w)) {
                break;
            }
            if (role != null && !role.equals("person") || role == null && Words.isOccupation(w)) {
                return Optional.of("the " + Quoted.collapse(b.slice(st + 1, k + 1)));
            }
        }
        return Optional.empty();
    }

    /** Whether the paragraph opening at {@code st} says "The … is" right before the name at {@code name}. */
    private boolean identifies(int st, int name) {
        String cop = b.lower(name - 1);
        if (!b.lower(st).equals("the") || name - st > 10 || !(cop.equals("is") || cop.equals("was"))) {
            return false;
        }
        for (int k = st + 1; k < name - 1; k++) {
            if (b.endsClause(k) || b.mention(k) != null && b.mention(k).type() == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /** The first person an earlier paragraph opens with: whom an interview's introduction presents. */
    private Optional<Speaker> presentedBefore(int par) {
        for (int p = 0; p < par; p++) {
            Optional<Frames.Np> np = frames.firstSubject(p);
            if (np.isPresent() && np.get().ref() instanceof Ref.Named n && n.mention().type() == EntityType.PERSON) {
                return named(n.mention(), np.get().appositive());
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker of a quotation that answers the question just before it, when its frame does not name them ("he
     * replied", "the witness said"): the one the question was put to, else the latest other person who spoke.
     */
    private Optional<Speaker> answer(Frames.Frame f, int par) {
        if (question == null || par > question.paragraph() + 1
                || !(f.ref() instanceof Ref.Pronoun || f.ref() instanceof Ref.Described)) {
            return Optional.empty();
        }
        char g = f.ref() instanceof Ref.Pronoun p ? p.gender() : 0;
        if (g == 'n') {
            return Optional.empty();
        }
        if (f.ref() instanceof Ref.Described d && Words.personRole(d.head()) == null) {
            return Optional.empty();
        }
        if (f.ref() instanceof Ref.Described d && talk.described(d.head(), Words.personRole(d.head()), describing(d),
                d.country(), countries).filter(s -> !s.key().equals(question.asker())).isPresent()) {
            // "… How many more?' / Our reporter says: '…'": a description the text already gave someone else is
            // that person, not whoever a question (perhaps a rhetorical one) was put to
            return Optional.empty();
        }
        Optional<Speaker> asked = question.asked();
        if (asked.isPresent()) {
            return asked;
        }
        return talk.answerer(question.asker(), g);
    }

    /**
     * "The London-based analyst added that …": a description no title settles, with a verb that goes on with what
     * was being said, is the person who spoke in this paragraph or the one before, rather than someone new.
     */
    private Optional<Speaker> goingOn(Ref ref, int verb, int par, Optional<Speaker> resolved) {
        String v = verb >= 0 ? b.lower(verb) : "";
        boolean on = v.equals("added") || v.equals("adds") || v.equals("continued");
        if (!on || !(ref instanceof Ref.Described d) || Words.personRole(d.head()) == null
                || resolved.flatMap(Speaker::id).isPresent()) {
            return resolved;
        }
        Optional<Speaker> last = talk.lastSpeakerSince(par - 1, resolved.map(Speaker::key).orElse(""));
        return last.isPresent() ? last : resolved;
    }

    /** "a reporter asked Aurand": the person a question's frame names as asked. */
    private Optional<Speaker> asked(Optional<Frames.Frame> frame) {
        if (frame.isEmpty() || frame.get().verb() < 0 || !b.lower(frame.get().verb()).equals("asked")) {
            return Optional.empty();
        }
        int t = frame.get().verb() + 1;
        Mention m = t < b.size() ? b.mention(t) : null;
        return m != null && b.mentionFirst(t) == t && m.type() == EntityType.PERSON ? named(m, Optional.empty())
                : Optional.empty();
    }

    /**
     * A sentence outside quotations (from its first token outside one, up to token {@code clip}): who it is about,
     * and any reported speech in it.
     */
    private void sentence(int s, int clip) {
        int first = b.sentenceStart(s);
        int en = clip;
        while (first < en && (inQuote[first] || Frames.isQuoteMark(b.word(first)))) {
            first++; // "\"…,\" the minister said, adding that …": the words after the quotation
        }
        int st = first;
        if (st >= en) {
            return;
        }
        int par = b.sentences.get(s).paragraph();
        List<Indirect.Report> reports = indirect.find(st, en, inQuote, used);
        Optional<Frames.Np> subject = frames.subject(st, en).or(() -> frames.orgSubject(st, en))
                .filter(np -> !inQuote[np.start()]);
        Mention about = null;
        if (subject.isPresent() && subject.get().ref() instanceof Ref.Named n) {
            int t = subject.get().start();
            // the subject of a reported clause ("…, Kim needs …, she said") is not the one in focus
            if (reports.stream().noneMatch(r -> r.from() <= t && t < r.to())) {
                int end = subject.get().end();
                // "Lee, a former minister, …", "Lee, 67, has run a shop since 1987": presented as a new voice
                boolean named1st = firstMention.getOrDefault(n.mention().entityId(), -1) == n.mention().begin();
                boolean aged = b.word(end).equals(",") && b.word(end + 1).matches("\\d{1,3}") && named1st;
                boolean introduced = subject.get().appositive().isPresent() && b.word(end).equals(",") || aged;
                about = n.mention();
                takePendingRole(n.mention(), subject.get().appositive(), par);
                Optional<Speaker> sp = named(n.mention(), subject.get().appositive());
                focus(sp, subject.get(), par, introduced, en);
                if (named1st && !introduced && !frames.speaksAfter(subject.get(), en)) {
                    // "Former striker Lee scored the goal that …": named for the first time, doing something
                    sp.ifPresent(x -> talk.named(x, par, stems(end, en)));
                }
                sp.ifPresent(x -> copularTitle(x, subject.get().end(), en));
            }
        } else if (subject.isEmpty()) {
            // "The coach still remembers …", "The governor declined …": a person the text describes
            Optional<Frames.Np> described = frames.describedSubject(st, en);
            Optional<Speaker> who = described.flatMap(np -> resolve(np.ref(), Optional.empty(), par, Set.of(),
                    np.start()).filter(Speaker::person));
            described.ifPresent(np -> focus(who, np, par, false, en));
            if (who.isEmpty()) {
                pendingRole(st, en, par);
            }
            char g = Words.pronounGender(b.word(st));
            if (g != 0) {
                // "She is now the director of …": a title for the person "she" is
                talk.pronoun(g, par, Set.of()).ifPresent(x -> copularTitle(x, st + 1, en));
            }
        }
        people(st, en, par, about);
        for (Indirect.Report r : reports) {
            Set<String> inside = namedWithin(r.from(), r.to());
            voiced = stems(r.from(), r.to());
            Optional<Speaker> speaker = goingOn(r.np().ref(), r.verb(), par,
                    resolve(r.np().ref(), r.np().appositive(), par, inside, r.np().start()));
            if (r.np().ref() instanceof Ref.Described d) {
                speaker.ifPresent(x -> roleTitle(d, x));
                speaker = speaker.map(x -> currentRole(d, fullerRole(d, x)));
            }
            if (speaker.isEmpty()) {
                continue;
            }
            talk.spoke(speaker.get(), par, r.np().ref() instanceof Ref.Described d ? d.head() : "");
            if (speaker.get().anonymous()) {
                continue; // "a senior official said …": heard, but not a quote of anyone the reader can name
            }
            StringBuilder words = new StringBuilder();
            for (int[] span : r.spans()) {
                words.append(b.slice(span[0], span[1])).append(' ');
            }
            String clause = Quoted.collapse(words);
            add(trimClause(clause), speaker, false, b.token(r.from()).begin());
        }
    }

    /**
     * The entities named in tokens {@code [from, to)}, which speak of them rather than for themselves; not a person's
     * name after an article ("it is the Sherpa who carries him down"), which stands for a noun there.
     */
    private Set<String> namedWithin(int from, int to) {
        Set<String> named = new HashSet<>();
        for (int t = from; t < to; t++) {
            Mention m = b.mention(t);
            if (m == null) {
                continue;
            }
            int first = b.mentionFirst(t);
            String before = first > 0 ? b.lower(first - 1) : "";
            boolean noun = m.type() == EntityType.PERSON && b.mentionEnd(t) == first + 1
                    && (before.equals("the") || before.equals("a") || before.equals("an"));
            if (!noun) {
                named.add(m.entityId());
            }
        }
        return named;
    }

    /** The subject of a sentence is in focus: as one who had a say, or as the one the sentence is about. */
    private void focus(Optional<Speaker> speaker, Frames.Np np, int par, boolean introduced, int en) {
        boolean spoke = frames.speaksAfter(np, en);
        speaker.ifPresent(sp -> {
            if (spoke) {
                talk.reacted(sp, par, introduced);
            } else {
                talk.mentioned(sp, par, introduced);
            }
        });
    }

    /**
     * "X is now the director of …", "she was a nurse at …": a title the text states with a copula after the subject
     * (which ends at token {@code from}), for a person who may be quoted later with no title beside the name.
     */
    private void copularTitle(Speaker s, int from, int en) {
        int j = from;
        if (b.word(j).equals(",") && b.word(j + 1).matches("\\d{1,3}") && b.word(j + 2).equals(",")) {
            j += 3; // "Zieliński, 48, has been Poland's deputy defence minister since January"
        }
        while (j < en && (b.lower(j).equals("now") || b.lower(j).equals("also") || b.lower(j).equals("still"))) {
            j++;
        }
        if (s.id().isEmpty() || !s.person()) {
            return;
        }
        int as = asRole(j, en);
        String cop = b.lower(j);
        if (as > j) {
            j = as; // "resigned as coach of …", "was sworn in as the country's first woman chief justice"
        } else if (cop.equals("is") || cop.equals("was") || cop.equals("became") || cop.equals("becomes")) {
            j++;
        } else if ((cop.equals("has") || cop.equals("had")) && (b.lower(j + 1).equals("been")
                || b.lower(j + 1).equals("become"))) {
            j += 2; // "has been Poland's deputy defence minister since January", "had become the party's leader"
        } else {
            return;
        }
        while (j < en && (b.lower(j).equals("now") || b.lower(j).equals("also") || b.lower(j).equals("still"))) {
            j++;
        }
        // "became Taiwan's minister of economic affairs": a proper name's possessive stands for the determiner
        boolean owner = j + 1 < en && b.token(j).capitalized() && isPossessive(j + 1);
        // "has been Commissioner of the Rural Fire Service since 2024", "Director-General of …": a capitalised
        // office with no article (the tokenizer may split it at its hyphen)
        int ofAt = j + 1;
        while (ofAt + 1 < en && ofAt < j + 5 && frames.joined(ofAt) && b.token(ofAt + 1).capitalized()) {
            ofAt += 2;
        }
        boolean office = ofAt < en && b.token(j).capitalized() && Words.personRole(b.word(j)) != null
                && (b.lower(ofAt).equals("of") || b.lower(ofAt).equals("for"));
        if (j >= en || !(Words.isDeterminer(b.word(j)) || owner || office
                || as > 0 && !b.token(j).capitalized())) {
            return;
        }
        int k = j;
        // "is a Catholic priest whose church in Delmas has sheltered …": the title ends before its relative clause
        while (k < en && !b.word(k).equals(",") && !inQuote[k] && !b.endsClause(k) && !when(k)
                && !(k > j && RELATIVES.contains(b.lower(k)))) {
            k++;
        }
        String phrase = Quoted.collapse(b.slice(j, k));
        boolean role = false;
        for (String w : phrase.split(" ")) {
            role |= Words.personRole(w) != null;
        }
        // "She is a market gardener, 51 years old": a phrase that ends in a noun for one who does a job; not a
        // relation or a member ("a mother of three", "a member of the club"), which says who she is to others
        String head = b.lower(k - 1);
        role |= k - j <= 5 && Words.isOccupation(head) && !NOT_TRADES.contains(head);
        if (role && k - j <= 12) {
            Frames.asTitle(phrase).ifPresent(t -> {
                give(s.id().get(), t);
                if (Arrays.stream(Words.lower(t).split(" ")).noneMatch(NOT_TRADES::contains)) {
                    stated.merge(s.id().get(), t, Attribution::better); // not "a mother of three"
                }
                knownTitle(s.id().get()).ifPresent(known -> talk.retitle(s.key(), known));
            });
        }
    }

    private static final Set<String> RELATIVES = Set.of("who", "whose", "which", "that", "where");

    /** Nouns in "-er" or "-or" that name no job: relations, members, and what a person is to others. */
    private static final Set<String> NOT_TRADES = Set.of("mother", "father", "daughter", "sister", "brother",
            "grandmother", "grandfather", "member", "number", "winner", "loser", "newcomer", "stranger", "foreigner",
            "neighbour", "neighbor", "survivor", "supporter", "believer", "lover", "fighter", "user",
            "customer", "passenger", "viewer", "reader", "listener", "follower", "voter");

    /**
     * Verbs that take up, hold or leave a post named after "as" ("was appointed as", "stepped down as"): news quotes
     * the person on the day. Not "served as" or "began as", which tell of posts held before.
     */
    private static final Set<String> AS_VERBS = Set.of("appointed", "named", "elected", "re-elected", "reelected",
            "sworn", "confirmed", "installed", "chosen", "selected", "reappointed", "resigned", "serves", "stepped",
            "steps", "quit", "quits", "took", "takes", "continues", "remains");

    /**
     * The token after "as" when the verb phrase from token {@code j} takes up or leaves a post ("resigned as", "was
     * sworn in as", "took over as"), else -1.
     */
    private int asRole(int j, int en) {
        int k = j;
        while (k < en && k < j + 3 && Words.isAuxiliaryOrBe(b.lower(k))) {
            k++;
        }
        if (k >= en || !AS_VERBS.contains(b.lower(k))) {
            return -1;
        }
        k++;
        int stop = Math.min(en, k + 3); // "sworn in as", "stepped down as", "took over as", "took office as"
        while (k < stop && !b.lower(k).equals("as") && !b.token(k).capitalized() && !b.word(k).equals(",")) {
            k++;
        }
        return k < stop && b.lower(k).equals("as") ? k + 1 : -1;
    }

    /** Whether token {@code k} opens a phrase of time ("in September", "on Monday", "in 2019"), which ends a title. */
    private boolean when(int k) {
        String w = b.lower(k);
        if (!(w.equals("in") || w.equals("on") || w.equals("since") || w.equals("until") || w.equals("last"))) {
            return false;
        }
        String next = b.word(k + 1);
        return Words.isCalendar(next) || next.matches("(1[89]|20)\\d\\d") || w.equals("last") && (
                b.lower(k + 1).equals("year") || b.lower(k + 1).equals("month") || b.lower(k + 1).equals("week"));
    }

    private boolean isPossessive(int j) {
        return b.lower(j).equals("'s") || b.lower(j).equals("\u2019s");
    }

    /**
     * A sentence that opens with a role no one named so far holds ("The Prime Minister has ruled out …", "The mayor
     * of Dunmore, a town of 9,000, keeps …"): features name the person only after.
     */
    private void pendingRole(int st, int en, int par) {
        int from = frames.afterDateline(st, en);
        if (!b.lower(from).equals("the")) {
            return;
        }
        int head = -1;
        for (int k = from + 1; k < Math.min(en, from + 6) && b.mention(k) == null; k++) {
            String w = b.word(k);
            if (Words.personRole(w) != null && !Words.personRole(w).equals("person")) {
                head = k;
            } else if (head >= 0 || !(b.token(k).capitalized() || Words.isModifier(w))) {
                break;
            }
        }
        if (head < 0 || talk.described(b.lower(head), Words.personRole(b.word(head)), List.of(), Optional.empty(),
                countries).isPresent()) {
            return;
        }
        int end = head + 1;
        if (b.lower(end).equals("of")) {
            int k = end + 1;
            while (k < en && (b.token(k).capitalized() || b.lower(k).equals("the")) && !b.word(k).equals(",")) {
                k++;
            }
            end = k > end + 1 && b.token(k - 1).capitalized() ? k : end;
        }
        for (int k = end; k < en; k++) {
            if (b.mention(k) != null && b.mention(k).type() == EntityType.PERSON) {
                return; // "The president on Monday appointed Ana Ruiz as …": the one named next is not the president
            }
        }
        pendingRole = Quoted.collapse(b.slice(from + 1, end));
        pendingParagraph = par;
    }

    /** The role a sentence opened with goes to the next person the text is about, if no title names them. */
    private void takePendingRole(Mention m, Optional<String> appositive, int par) {
        if (pendingRole == null || par > pendingParagraph + 1) {
            pendingRole = null;
            return;
        }
        if (m.type() == EntityType.PERSON && appositive.flatMap(Frames::asTitle).isEmpty()
                && !given.containsKey(m.entityId()) && b.doc.titleOf(m.entityId()).isEmpty()) {
            given.put(m.entityId(), pendingRole);
            String[] w = Words.lower(pendingRole).split(" ");
            if (w.length > 2 && w[1].equals("of") && Words.personRole(w[0]) != null) {
                describedAs.putIfAbsent(m.entityId(), pendingRole); // "the curator of X": a role and whose it is
            }
        }
        pendingRole = null;
    }

    /**
     * The other people a sentence names, outside quotations: one the article introduces here with a title or an age
     * after the name ("was Rosalind Keyes, 68, who fled …", "led by Ravi Chandrasekhar, a software entrepreneur") is
     * a new voice as much as a subject is; anyone else is named in passing. A possessive or reflexive pronoun after a
     * name and before the next one ("who made his fortune") tells the person's gender.
     */
    private void people(int st, int en, int par, Mention about) {
        for (int t = st; t < en; t++) {
            Mention m = b.mention(t);
            if (m == null || b.mentionFirst(t) != t || inQuote[t] || m.type() != EntityType.PERSON
                    || m.kind() == MentionKind.DESCRIPTION) {
                continue;
            }
            int end = b.mentionEnd(t);
            // "The complaint came from Ana Ruiz, chair of the growers' board, after …", "a vote on Housing Minister
            // Ana Ruiz": a title however named
            Optional<Speaker> sp = named(m, knownTitle(m.entityId()).isPresent() ? Optional.empty()
                    : frames.titleBefore(t, st).or(() -> frames.appositiveAfter(end, en)));
            if (sp.isEmpty()) {
                continue;
            }
            char g = 0;
            // "Nikola Ras, one of her first pupils, said": an appositive that opens with a noun phrase places the
            // person by someone else, and its possessives are that other person's (a relative clause's are the
            // person's own: "X, who made his fortune")
            int appositiveEnd = end;
            if (end + 1 < en && b.word(end).equals(",") && b.lower(end + 1).matches("an?|the|one|his|her|their")) {
                int close = end + 1;
                while (close < en && !b.word(close).equals(",")) {
                    close++;
                }
                appositiveEnd = close < en ? close : end; // set off by a second comma, or no appositive
            }
            // up to a verb of speech: the clause it reports may speak of anyone ("X said she had never raised her
            // voice" of a teacher)
            for (int j = end; j < en && g == 0 && (b.mention(j) == null || b.mention(j).type() != EntityType.PERSON)
                    && !opensObject(j) && !(j > end && Words.isSpeechVerb(b.word(j - 1))
                    && (b.lower(j).equals("that") || Words.pronounGender(b.word(j)) != 0)); j++) {
                // not right after a verb of reacting: "Lee rejected her account" is the other side's account
                // nor an object: "who has sung beside her since 2015", "who has known her since grade school" is
                // another person
                boolean other = j > end && (isPreposition(b.lower(j - 1)) || objectOfWho(j - 1)) && objectPronoun(j);
                // nor what opens an appositive: in "Kwaku Ampofo-Reid, her deputy minister, said" she is someone else
                boolean apposed = j > end && b.word(j - 1).equals(",") && (j - 1 == end
                        || j - 3 == end && b.word(end).equals(",") && b.word(end + 1).matches("\\d{1,3}"))
                        || j < appositiveEnd;
                g = inQuote[j] || other || apposed || j > end && Words.isReacting(b.word(j - 1)) ? 0
                        : Words.possessiveGender(b.word(j));
                if (g == 0 && !inQuote[j] && j > end && SUBORDINATORS.contains(b.lower(j - 1))) {
                    // "Ruiz apologized before he was sentenced": the subject of a clause of time or cause that hangs
                    // on the person's own verb is that person (not so after "said": "Ruiz said she was the most
                    // stubborn colleague" may speak of another)
                    char p = Words.pronounGender(b.word(j));
                    g = p == 'm' || p == 'f' ? p : 0;
                }
            }
            talk.gender(sp.get().key(), g, Discourse.TOLD);
            if (m == about) {
                continue;
            }
            boolean first = firstMention.getOrDefault(m.entityId(), -1) == m.begin();
            // "X, 52, …", "X, a …", "X, who …"; "X's brother, a firefighter, was …" (about X's own)
            boolean presented = b.word(end).equals(",") && (b.word(end + 1).matches("\\d{1,3}")
                    || Words.isDeterminer(b.word(end + 1)) || b.lower(end + 1).equals("who"))
                    || opensSentence(st, t) && isPossessive(end);
            if (first && presented) {
                talk.mentioned(sp.get(), par, true);
            } else {
                talk.aside(sp.get(), par);
            }
        }
    }

    /**
     * The common words of tokens {@code [from, to)}, not names, cut to their first five letters so that "promised"
     * and "Promises" meet: what a quotation or a sentence says happened.
     */
    private Set<String> stems(int from, int to) {
        Set<String> out = new HashSet<>();
        for (int t = Math.max(0, from); t < Math.min(to, b.size()); t++) {
            String w = b.lower(t);
            if (w.length() >= 5 && b.mention(t) == null && w.chars().allMatch(Character::isLetter)
                    && !Words.isDeterminer(w) && !Words.isConnective(w) && !Words.isAdjunct(w)
                    && !Words.isReportingVerb(w)) {
                out.add(w.substring(0, 5));
            }
        }
        return out;
    }

    /** Whether the name at {@code t} opens the sentence from {@code st}, after courtesy titles at most ("Puan X"). */
    private boolean opensSentence(int st, int t) {
        int k = st;
        while (k < t && EntityResolver.isHonorific(b.word(k))) {
            k++;
        }
        return k == t;
    }

    private static boolean isPreposition(String w) {
        return w.equals("with") || w.equals("alongside") || w.equals("beside") || w.equals("for") || w.equals("to")
                || w.equals("against") || w.equals("under") || w.equals("behind") || w.equals("about");
    }

    /**
     * Whether the verb at {@code v} has "who" for its subject ("who has known her", "who defeated him"): its object
     * is someone other than the one "who" stands for. Not "whose party dropped her", where she is that one.
     */
    private boolean objectOfWho(int v) {
        int k = v - 1;
        while (k >= 0 && v - k <= 3 && (Words.isAuxiliaryOrBe(b.lower(k)) || b.lower(k).endsWith("ly"))) {
            k--;
        }
        return k >= 0 && b.lower(k).equals("who") && !b.token(v).capitalized() && !Words.isAuxiliaryOrBe(b.lower(v));
    }

    /** Words that follow an object pronoun, never a possessive's noun ("with her since 2019"). */
    private static final Set<String> AFTER_OBJECT = Set.of("since", "until", "till", "when", "while", "because",
            "ever", "again", "too", "now", "then", "there", "here", "once", "twice");

    /** "him", or "her" with no noun after it ("with her since 2019", not "with her husband"): an object. */
    private boolean objectPronoun(int j) {
        String w = b.lower(j);
        if (w.equals("him")) {
            return true;
        }
        String next = j + 1 < b.size() ? Words.lower(b.word(j + 1)) : "";
        return w.equals("her") && (next.isEmpty() || !Character.isLetter(next.charAt(0)) || Words.isFunction(next)
                || Words.isAdjunct(next) || AFTER_OBJECT.contains(next));
    }

    /**
     * Whether token {@code j} opens a noun phrase after the verb ("pressed the challenger on her plan"): a possessive
     * after it may well be that phrase's, not the subject's. An appositive follows a comma ("Kim, a minister, …").
     */
    private boolean opensObject(int j) {
        String w = b.lower(j);
        return (w.equals("the") || w.equals("a") || w.equals("an")) && !b.word(j - 1).equals(",");
    }

    private void add(String text, Optional<Speaker> speaker, boolean direct, int offset) {
        if (text.isEmpty()) {
            return;
        }
        Optional<Speaker> sp = speaker.filter(s -> !s.anonymous());
        // a speaker met with no title may have been given one since ("She is now the director of …")
        Optional<String> title = sp.flatMap(Speaker::title).or(() -> sp.flatMap(Speaker::id).map(given::get))
                .filter(t -> !Frames.noTitle(t)); // "the resident said" finds the person by it, yet it is no title
        if (title.filter(this::namesBody).isPresent()) {
            // "Alasdair MacIver-Grant (CalMac Ferries Ltd): …": a transcript label's bracket that names a body alone
            // says whom the witness speaks for; the post the text gave the person says what they are
            Optional<String> post = sp.flatMap(Speaker::id).map(given::get).filter(t -> !namesBody(t))
                    .or(() -> sp.flatMap(Speaker::id)
                            .flatMap(id -> longestTitle(id, t -> !namesBody(t) && holdsRole(t))));
            title = post.isPresent() ? post : title;
        }
        if (title.filter(Document::isFormer).isPresent()) {
            // "Ruiz, a former finance minister, told supporters" of the opposition leader the article named her as:
            // the post she holds now, when the article gives one
            Optional<String> now = sp.flatMap(Speaker::id)
                    .flatMap(id -> longestTitle(id, t -> !Document.isFormer(t) && holdsRole(t)));
            title = now.isPresent() ? now : title;
        }
        out.add(new Quote(text, sp.map(Speaker::name), sp.flatMap(Speaker::id), title, direct, offset));
    }

    /**
     * Whether {@code title} is no more than the name of an organisation the article names, and no office the tagger
     * took for one ("Minister of Minerals and Energy" holds a person's role).
     */
    private boolean namesBody(String title) {
        String t = title.strip();
        return !holdsRole(t) && b.doc.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.name().equalsIgnoreCase(t));
    }

    /**
     * The one person the body names who holds the office {@code name} is, when the name tagger took an office for an
     * organisation ("Minister of Minerals and Energy", "Cabinet Secretary for Health"): a role noun in capitals, at
     * most two words into the name, followed by "of" or "for", and exactly one person of the body with that role
     * noun in a title of theirs; else a person with no title at all who is the subject of the sentence after the
     * office's first mention ("The Cabinet Secretary for Health told MPs … Dr Ana Ruiz appeared in the House …"). An
     * office that no one named holds ("the National Commissioner for Human Rights said") speaks under its own name.
     */
    private Optional<Mention> holder(Mention office) {
        String[] w = office.text().strip().split("\\s+");
        String role = null;
        for (int i = 0; i + 2 < w.length && i < 3 && Character.isUpperCase(w[i].charAt(0)); i++) {
            if ((w[i + 1].equals("of") || w[i + 1].equals("for")) && Words.personRole(w[i]) != null) {
                role = Words.lower(w[i]);
                break;
            }
        }
        if (role == null) {
            return Optional.empty();
        }
        Mention found = null;
        for (int t = 0; t < b.size(); t++) {
            Mention m = b.mention(t);
            if (m == null || b.mentionFirst(t) != t || m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME) {
                continue;
            }
            String r = role;
            boolean holds = b.doc.entity(m.entityId()).filter(e -> e.titles().stream()
                    .anyMatch(x -> Arrays.asList(Words.lower(x).split("[\\s,]+")).contains(r))).isPresent();
            if (holds && found != null && !found.entityId().equals(m.entityId())) {
                return Optional.empty(); // two ministers: which one holds this office the text does not say
            }
            found = holds && found == null ? m : found;
        }
        if (found != null) {
            return Optional.of(found);
        }
        Integer at = firstMention.get(office.entityId());
        int first = at == null ? b.size() : b.tokenAt(at);
        int next = first < b.size() ? b.sentenceEnd(b.sentenceOf(first)) : b.size();
        if (next >= b.size()) {
            return Optional.empty();
        }
        int ns = b.sentenceOf(next);
        return frames.subject(next, b.sentenceEnd(ns)).filter(np -> np.appositive().isEmpty())
                .map(Frames.Np::ref).filter(r -> r instanceof Ref.Named).map(r -> ((Ref.Named) r).mention())
                .filter(m -> m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME
                        && b.doc.entity(m.entityId()).filter(e -> e.titles().isEmpty()).isPresent());
    }

    /** Who a speaker phrase names, resolved against the discourse so far. */
    private Optional<Speaker> resolve(Ref ref, Optional<String> appositive, int par, Set<String> inside, int token) {
        if (ref instanceof Ref.Named n) {
            Mention m = n.mention();
            String[] words = m.text().split(" ");
            String head = Words.lower(words[words.length - 1]);
            int first = b.tokenAt(m.begin());
            if (words.length == 1 && Words.expansion(head) != null && Words.personRole(head) != null
                    && b.lower(first - 1).equals("the")) {
                // "the CTO said": the name tagger takes an abbreviated title for an organisation's name; it means
                // the person the text gave that title, or no one it can name
                return talk.described(head, Words.personRole(head), List.of(), Optional.empty(), countries);
            }
            Optional<String> country = m.kind() == MentionKind.DESCRIPTION ? countryWithin(first, b.mentionEnd(first))
                    : Optional.empty();
            if (country.isPresent() && countries.containsKey(m.entityId())
                    && !countries.get(m.entityId()).equals(country.get())) {
                // "the Danish winger" the entity stage joined to a Swedish player: someone else, as described
                return resolve(new Ref.Described(Quoted.collapse(m.text()), head, country), appositive, par, inside,
                        token);
            }
            if (m.kind() == MentionKind.DESCRIPTION && words.length == 2 && Words.personRole(head) != null) {
                // "the analyst": the frames have seen titles the entity stage has not ("Another analyst, X of …")
                Optional<Speaker> recent = talk.described(head, Words.personRole(head), List.of(), Optional.empty(),
                        countries);
                if (recent.isPresent()) {
                    return recent;
                }
            }
            return named(m, appositive);
        }
        if (ref instanceof Ref.Pronoun p && p.gender() == 'n') {
            // "A start-up that wants to revive the quarry has raised £5m, it said.": a lead's "it" is the body the next
            // paragraph names, as with "the company said"
            return talk.organisation(par).or(() -> leadOrg(token).filter(o -> !officeByName(o))
                    .flatMap(o -> named(o, Optional.empty())));
        }
        if (ref instanceof Ref.Pronoun p) {
            Optional<Speaker> s = talk.pronoun(p.gender(), par, inside, voiced);
            s.ifPresent(x -> talk.gender(x.key(), p.gender(), Discourse.GUESSED));
            return s;
        }
        if (ref instanceof Ref.Anonymous a) {
            Optional<String> definite = a.affiliation().filter(d -> Words.lower(d).startsWith("the "));
            Optional<Speaker> known = definite.flatMap(d -> talk.described(a.head(), a.head(), List.of(),
                    Optional.empty(), countries).filter(s -> !d.contains(s.name())));
            if (known.isPresent()) {
                // "Leo Berg, the lawyer for Ana Ruiz, said …" and then "The lawyer for Ruiz said": the one so titled
                return known;
            }
            // "…, a county soil scientist said." and then "Ana Ruiz, a soil scientist with …, said": named after
            return ahead(a.head(), a.head(), token, true, a.affiliation().orElse(""))
                    .map(sp -> a.affiliation().map(d -> titledByLead(sp, d)).orElse(sp))
                    .or(() -> officialQuotedNext(a.head(), token))
                    .or(() -> a.affiliation().flatMap(d -> untitledNext(d, token)))
                    .or(() -> Optional.of(talk.anonymous(a.head())));
        }
        if (ref instanceof Ref.Described d) {
            if ((d.text().startsWith("a ") || d.text().startsWith("an ")) && Words.personRole(d.head()) == null) {
                // "…, a charity that runs the city's ambulances said" in a lead: the body the next paragraph names
                return leadOrg(token).filter(o -> sharesHead(o.text(), d.head()) || Words.isAnyOrg(d.head())
                        && !officeByName(o)).flatMap(o -> named(o, Optional.empty()));
            }
            if (Words.isCourtMembers(d.head())) {
                // "In a majority decision, the chamber said …. \"…,\" the magistrates wrote": a court's judges
                // together are the court that just spoke
                Optional<Speaker> court = talk.lastBodySince(par - 1,
                        x -> COURTS.matcher(Words.lower(x.name())).find());
                if (court.isPresent()) {
                    return court;
                }
            }
            if (Words.isIssued(d.head())) {
                // "the US military said in a statement …. \"…,\" the statement said": its issuer's words; a report's
                // findings may come a paragraph of background later ("…, the directorate said in a preliminary
                // report. / None of the 46 passengers … / The report said …")
                Optional<Speaker> issuer = talk.lastVoiceSince(d.head().equals("report") ? par - 2 : par - 1);
                if (issuer.isPresent()) {
                    return issuer;
                }
            }
            Matcher office = ROLE_OFFICE.matcher(d.text());
            if (office.matches() && Words.personRole(Words.lower(office.group(1))) != null) {
                // "…, the Governor of Finnmark says. / The governor's office says …": an office speaks for the one
                // who holds it, whom the text has given the role by name or title
                String holds = Words.lower(office.group(1));
                Optional<Speaker> holder = talk.latest(s -> Words.lower(s.name()).contains(holds)
                        || s.title().map(Words::lower).filter(t -> t.contains(holds)).isPresent());
                if (holder.isPresent()) {
                    return holder;
                }
            }
            Matcher parent = PARENT_OF.matcher(d.text());
            if (parent.matches()) {
                // "the mother of three said": a way to say "she" of someone the text has presented, not a title
                char g = Words.lower(parent.group(2)).startsWith("m") ? 'f' : 'm';
                return talk.pronoun(g, par, inside);
            }
            Matcher age = AGE.matcher(d.text());
            if (age.find()) {
                // "the 83-year-old said": whoever the text gave that age, else the latest not given another one;
                // "the 83-year-old glazier said": so too, unless the noun alone names someone ("the glazier")
                String n = age.group(1);
                Optional<Speaker> aged = talk.latest(s -> s.id().map(ages::get).filter(n::equals).isPresent());
                if (aged.isEmpty() && !d.head().equals("person")) {
                    String rest = Quoted.collapse(age.replaceFirst(" "));
                    aged = resolve(new Ref.Described(rest, d.head(), d.country()), appositive, par, inside, token)
                            .filter(s -> s.person() && s.id().isPresent()
                                    && s.id().map(ages::get).map(n::equals).orElse(true));
                }
                return aged.or(() -> talk.latest(s -> s.id().map(ages::get).map(n::equals).orElse(true)));
            }
            String role = Words.personRole(d.head());
            // an organisation's name that modifies the head ("the Harbour Pilots Guild union"), not one the head ends
            Optional<Mention> within = orgNamedIn(d.text(), token)
                    .filter(o -> !Words.lower(o.text()).contains(d.head()));
            boolean bodyHead = Words.isKindOfBody(d.head());
            if (role == null && (within.isPresent() || d.country().isPresent() || bodyHead) && token >= 0
                    && token < b.size()) {
                // "The World Food Programme will cut rations …, the UN agency said", "Huawei will cut prices, the
                // Chinese company said", "Ghana Water Limited has shut three plants …, the state utility said": wire
                // copy restates the sentence's subject, which the modifier only places
                int st = b.sentenceStart(b.sentenceOf(token));
                Optional<Mention> opener = frames.orgSubject(st, b.sentenceEnd(b.sentenceOf(token)))
                        .map(np -> ((Ref.Named) np.ref()).mention())
                        .filter(o -> within.map(w -> !w.entityId().equals(o.entityId())).orElse(true));
                if (opener.isPresent()) {
                    return named(opener.get(), Optional.empty());
                }
            }
            if (within.isPresent() && role == null && MEMBER_BODIES.contains(d.head())) {
                // "…, the World Health Organization said. / The U.N. agency said …": an agency of the UN, the body
                // that spoke just before, not the UN itself
                String whole = within.get().entityId();
                Optional<Speaker> member = talk.lastBodySince(par - 1, x -> !x.id().get().equals(whole)
                        && !Words.lower(x.name()).contains(Words.lower(Quoted.collapse(within.get().text()))));
                if (member.isPresent()) {
                    return member;
                }
            }
            if (within.isPresent() && role == null) {
                return named(within.get(), Optional.empty()); // "the Harbour Pilots Guild union said"
            }
            if (within.isPresent()) {
                // "the CTU leader": the person whose title names that organisation
                String shortName = Words.lower(Quoted.collapse(within.get().text()));
                String full = b.doc.entity(within.get().entityId()).map(e -> Words.lower(e.name())).orElse(shortName);
                Optional<Speaker> holder = talk.latest(x -> x.title().map(Words::lower)
                        .filter(t -> t.contains(shortName) || t.contains(full)).isPresent());
                if (holder.isPresent()) {
                    return holder;
                }
            }
            if (role != null && Words.lower(d.text()).startsWith("its ")) {
                // "…, its operator said. / The operator, Weisskar Gletscherbahnen GmbH, said …": a thing's operator
                // or owner is a body, which the next paragraph opens by that noun and names
                Optional<Speaker> body = bodyNamedNext(d.head(), token);
                if (body.isPresent()) {
                    return body;
                }
            }
            if (role != null) {
                Optional<Speaker> known = talk.described(d.head(), role, describing(d), d.country(), countries);
                if (known.isEmpty() && !d.head().equals("person")) {
                    // "the Finnish winger" after "winger Ari Salo", if the text gave Salo no other country
                    known = describedNear(d.head(), token).filter(s -> fitsDescription(s, d));
                }
                if (known.isEmpty() && epithet(d.text())) {
                    // "the Finnish winger said": the player the story is about
                    known = talk.focus(par, d.head()).or(() -> talk.epithet(par, d.head()))
                            .filter(s -> fitsDescription(s, d));
                }
                if (known.isEmpty()) {
                    // "…, the head of the growers' council said." in a lead: the person the next paragraph names
                    known = ahead(d.head(), role, token, false, d.text()).map(sp -> titledByLead(sp, d.text()));
                }
                if (known.isEmpty() && Words.isKindOfBody(d.head()) && !Words.lower(d.text()).matches("an? .*")) {
                    // "…, the airport operator said. / Lithuanian Airports said …": a noun of a business that is
                    // also a person's role ("operator", "developer") is the body the next paragraph names, when no
                    // person holds that role; but first the body its own sentence opens with ("Deutsche Bahn's
                    // trains ran late …, according to figures published by the rail operator")
                    int st = b.sentenceStart(b.sentenceOf(token));
                    Optional<Speaker> body = frames.orgSubject(st, b.sentenceEnd(b.sentenceOf(token)))
                            .map(np -> ((Ref.Named) np.ref()).mention())
                            .or(() -> leadOrg(token)).flatMap(o -> named(o, Optional.empty()));
                    if (body.isPresent()) {
                        return body;
                    }
                }
                if (known.isEmpty() && (d.country().isPresent() || d.text().split(" ").length >= 4)) {
                    // "Germany's economy minister", unnamed so far: the speaker as the article describes them
                    return Optional.of(new Speaker(stripArticle(d.text()), Optional.empty(), Optional.empty(), true));
                }
                // "the watchmaker", when no title says who that is: the person the text is about
                return known.or(() -> talk.focus(par, d.head()))
                        .or(() -> epithet(d.text()) ? epithetJustBefore(par, d) : Optional.empty())
                        .or(() -> ahead(d.head(), role, token, false, d.text()));
            }
            Optional<Speaker> group = talk.group(d.head(), d.country(), modifiers(d.text(), d.head()),
                    () -> orgCalled(d.head(), token).flatMap(o -> named(o, Optional.empty())));
            if (group.isPresent()) {
                return group;
            }
            if (!Words.isOrgHead(d.head()) && !Words.isAnyOrg(d.head())) {
                // "the seamstress said": a noun no list knows, which the text set next to a person's name
                Optional<Speaker> near = describedNear(d.head(), token).filter(s -> fitsDescription(s, d));
                if (near.isEmpty() && epithet(d.text()) && (d.country().isPresent() || placeIn(d.text())
                        || Words.isOccupation(d.head()))) {
                    near = talk.focus(par, d.head()).or(() -> talk.epithet(par, d.head())) // "the Limerick native"
                            .filter(s -> fitsDescription(s, d));
                }
                if (near.isEmpty() && epithet(d.text()) && Words.isOccupation(d.head())) {
                    // "Ruiz dismissed the explanation. \"…,\" the unionist said.": the one who had a say just before;
                    // "the Latvian goalkeeper said" of the player quoted in the paragraph before; only someone the
                    // description fits, the nearest such
                    near = talk.lastSpeakerSince(par, s -> fitsDescription(s, d));
                    if (near.isEmpty()) {
                        near = d.country().isPresent() ? talk.lastSpeakerSince(par - 1, s -> fitsDescription(s, d))
                                : epithetJustBefore(par, d);
                    }
                }
                if (near.isEmpty() && Words.isOccupation(d.head())) {
                    // "…, the state's chief forester said Wednesday. / State Forester Ana Ruiz told …": an occupation
                    // no earlier name holds, named next with a title holding the noun itself
                    near = ahead(d.head(), d.head(), token, true, d.text());
                }
                if (near.isPresent()) {
                    return near;
                }
            }
            if (d.country().isPresent()) {
                return Optional.of(new Speaker(stripArticle(d.text()), d.country(), Optional.empty(), false));
            }
            Optional<Speaker> org = orgBefore(d.head(), token)
                    .or(() -> Words.isAnyOrg(d.head()) ? orgNear(token) : Optional.empty())
                    .or(() -> orgCalled(d.head(), token))
                    .or(() -> byModifier(d.text(), token))
                    .or(() -> leadOrg(token).filter(o -> sharesHead(o.text(), d.head())
                            || Words.isAnyOrg(d.head())
                            && (!officeByName(o) || Words.publicBodyFits(d.head(), o.text()))
                            || describedAs(o, d.head())
                            || politicalBody(o, d.head()) || namedByModifier(o, d.text())))
                    .or(() -> Words.isAnyOrg(d.head()) && inStatement(token) ? onlyBody(token) : Optional.empty())
                    .flatMap(o -> named(o, Optional.empty()));
            if (org.isEmpty() && d.text().split(" ").length > 2 - (d.text().startsWith("the ")
                    || d.text().startsWith("The ") ? 0 : 1)) {
                // "the trade ministry": an office the article does not name further, by its own words
                return Optional.of(new Speaker(stripArticle(d.text()), Optional.empty(), Optional.empty(), false));
            }
            return org;
        }
        return Optional.empty();
    }

    /**
     * The plain lower-case words before a description's head ("transport" of "Iraq's transport ministry"): what sets
     * one body of a kind apart from another; no article, possessive, capital or country's word.
     */
    static Set<String> modifiers(String text, String head) {
        Set<String> out = new HashSet<>();
        for (String w : text.split("\\s+")) {
            String l = Words.lower(w);
            if (l.equals(head)) {
                break;
            }
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                    && !Words.isDeterminer(l) && !PLAIN_MODIFIERS.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Modifiers any body of a kind may take, which set none apart ("the state ministry", "the new agency"). */
    private static final Set<String> PLAIN_MODIFIERS = Set.of("state", "national", "federal", "central", "regional",
            "provincial", "local", "new", "former", "top", "main", "official", "public", "government", "own", "its",
            "their", "country's", "powerful", "influential");

    /**
     * The organisation the paragraph after {@code token}'s opens with, set off after the noun {@code head} ("The
     * operator, Weisskar Gletscherbahnen GmbH, said"); empty if it opens otherwise.
     */
    private Optional<Speaker> bodyNamedNext(String head, int token) {
        if (token < 0 || token >= b.size()) {
            return Optional.empty();
        }
        int st = frames.firstTokenOfParagraph(b.paragraphOfToken(token) + 1);
        if (st < 0 || !Words.isDeterminer(b.word(st))) {
            return Optional.empty();
        }
        for (int k = st + 1; k < Math.min(b.size(), st + 4); k++) {
            if (b.lower(k).equals(head) && k + 2 < b.size() && b.word(k + 1).equals(",")) {
                Mention m = b.mention(k + 2);
                int end = m == null ? -1 : b.mentionEnd(k + 2);
                boolean body = m != null && m.type() == EntityType.ORGANIZATION && b.mentionFirst(k + 2) == k + 2
                        && end < b.size() && b.word(end).equals(",");
                return body ? named(m, Optional.empty()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "…, its chief executive said." in a lead that names no one yet: the person the next paragraph opens with, when
     * the title it gives them fits the description ("Aero Nord CEO Lina Berg said …"); news names the speaker after.
     * With {@code exact}, the title must hold the description's noun itself: "a spokesman" is not the minister named
     * next, yet "a county soil scientist" is "a soil scientist with the farm agency". The first person a paragraph
     * opens with counts only if no paragraph between opens with someone else. Not one whose title makes them the same
     * role of another body than the {@code description} names ("the chair of the Sport Committee" for "the chair of
     * the Football Regulator").
     */
    /**
     * Whether a title and a description share a word that names the body (not the role noun, an article or a word of
     * size or rank): "the country's largest rice importers' group" and "president of the Rice Importers'
     * Federation" share "rice".
     */
    private static boolean sharesBodyWord(String description, String head, String title) {
        Set<String> words = namingWords(description);
        words.remove(head);
        words.retainAll(namingWords(title));
        return !words.isEmpty();
    }

    /** The lower-case words of four letters or more in {@code text} that may name a body. */
    private static Set<String> namingWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Words.lower(text).split("[^\\p{L}-]+")) {
            if (w.length() >= 4 && !Words.isFunction(w) && Words.personRole(w) == null && !NOT_BODY_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words of a description that say how big or whose a body is, not which one it is. */
    private static final Set<String> NOT_BODY_WORDS = Set.of("country", "largest", "biggest", "main",
            "state", "national", "leading", "oldest", "group", "body", "their", "with");

    private Optional<Speaker> ahead(String head, String role, int token, boolean exact, String description) {
        if (token < 0 || token >= b.size()) {
            return Optional.empty();
        }
        int par = b.paragraphOfToken(token);
        int sentence = b.sentenceOf(token);
        if (sentence + 1 < b.sentences.size() && b.paragraphOfToken(b.sentenceEnd(sentence)) == par) {
            // "A contractor told a Senate inquiry that … . The contractor, Rodolfo Bernabe, testified …": the next
            // sentence of the paragraph opens with the name, set off by the noun itself
            Optional<Frames.Np> subject = frames.subject(b.sentenceEnd(sentence), b.sentenceEnd(sentence + 1))
                    .filter(np -> np.ref() instanceof Ref.Named n && n.mention().type() == EntityType.PERSON);
            Optional<Speaker> next = subject.flatMap(np -> named(((Ref.Named) np.ref()).mention(), np.appositive()));
            Predicate<String> holds = t -> holdsWord(t, head);
            if (next.flatMap(Speaker::title).filter(holds).isPresent()
                    || subject.flatMap(Frames.Np::appositive).filter(holds).isPresent()) {
                return next;
            }
            // "…, the Minister of Climate Change Adaptation announced yesterday. Jotham Napakauranga-Tasso took
            // questions …", "…, its chief executive told a committee. Mrs Ana Ruiz appeared with …": a definite
            // description, and the next sentence opens with a name first written there, bare; news introduces no one
            // new without saying who they are, unless the lead already did
            int first = next.flatMap(Speaker::id).map(this::firstNamedOutsideQuotes).orElse(-1);
            String lower = Words.lower(description);
            boolean definite = lower.startsWith("the ") || lower.startsWith("its ") || lower.startsWith("their ");
            boolean introduced = next.isPresent() && first >= b.token(subject.get().start()).begin();
            if (introduced && next.get().title().isEmpty() && subject.get().appositive().isEmpty() && definite) {
                return next;
            }
            // "The head of the country's largest rice importers' group told a Senate committee … . Mr. Ana Ruiz,
            // president of the Rice Importers' Federation, appeared …": introduced there with a title of the same
            // class, in a body the description names by one of its words ("Committee chair X" is someone else)
            Predicate<String> sameClass = t -> Discourse.fits(head, role, t) && !ofAnotherBody(description, t)
                    && sharesBodyWord(description, head, t);
            // "… and Sen. Ana Ruiz, who chairs the aviation subcommittee, questioned him": who acts on "him" is not he
            boolean actsOnAnother = false;
            for (int k = b.sentenceEnd(sentence); k < b.sentenceEnd(sentence + 1); k++) {
                String w = b.lower(k);
                actsOnAnother |= w.equals("him") || w.equals("them") || w.equals("her") && k + 1 < b.size()
                        && (Words.isFunction(b.lower(k + 1)) || !Character.isLetter(b.word(k + 1).charAt(0)));
            }
            if (introduced && definite && !actsOnAnother && (next.get().title().filter(sameClass).isPresent()
                    || subject.get().appositive().filter(sameClass).isPresent())) {
                return next;
            }
        }
        // a paragraph of figures may come between: two paragraphs on, the title must hold the noun itself
        int turns = 0; // paragraphs of people named between, who do not fit: a hearing's questioners, in turn
        for (int p = par + 1; p <= par + 2 + turns; p++) {
            boolean same = exact || p > par + 1 + turns;
            Optional<Frames.Np> subject = frames.firstSubject(p)
                    .filter(np -> np.ref() instanceof Ref.Named n && n.mention().type() == EntityType.PERSON);
            Optional<Speaker> next = subject.flatMap(np -> named(((Ref.Named) np.ref()).mention(), np.appositive()));
            Optional<String> beside = subject.flatMap(Frames.Np::appositive);
            if (next.isEmpty() && !exact) {
                // a paragraph that opens with a quotation names its speaker after it ("\"…,\" Director Ana Ruiz said")
                Optional<Frames.Frame> f = openingQuotation(p).flatMap(frames::trailer)
                        .filter(x -> x.ref() instanceof Ref.Named n && n.mention().type() == EntityType.PERSON);
                next = f.flatMap(x -> named(((Ref.Named) x.ref()).mention(), x.appositive()));
                beside = f.flatMap(Frames.Frame::appositive);
            }
            // one the text named after the description, in its own paragraph, without that noun ("The administrator
            // of the agency told … Representative Ana Ruiz, the subcommittee's chair, led the questioning") is
            // someone else, unless a title of theirs holds the noun itself
            int named = next.flatMap(Speaker::id).map(this::firstNamedOutsideQuotes).orElse(-1);
            boolean between = named > b.token(token).begin()
                    && named < b.token(frames.firstTokenOfParagraph(p)).begin();
            if (next.isPresent()) {
                // the title kept, or all the words beside the name ("Geochemist Ana Ruiz, who has headed the survey")
                Predicate<String> fits = t -> (same || between ? holdsWord(t, head)
                        : Discourse.fits(head, role, t)) && !ofAnotherBody(description, t);
                Optional<String> words = beside;
                boolean untitled = next.get().title().isEmpty() && beside.isEmpty()
                        || next.get().title().filter(Attribution::style).isPresent(); // "Councillor Ana Ruiz said"
                if ((!exact || turns > 0) && p == par + 1 + turns && subject.isPresent() && untitled
                        && introducedSpeaking(subject.get())) {
                    // "…, the minister responsible for trade said Thursday. / Marc Gravel told reporters …": wire copy
                    // names the lead's speaker next, as someone new who speaks, with the title left to the lead
                    return next;
                }
                // "The managing director of CalMac Ferries told the committee … / Duncan Fairbairn (CalMac Ferries):
                // …": a transcript's label gives the body alone, the one the lead's role belongs to
                Predicate<String> body = t -> Words.lower(t).equals(bodyOf(description));
                Optional<Speaker> fit = next.filter(sp -> sp.title().filter(fits.or(body)).isPresent()
                        || words.filter(fits.or(body)).isPresent());
                if (fit.isEmpty() && turns > 0 && !between && subject.isPresent()
                        && frames.speaksAfter(subject.get(), b.sentenceEnd(b.sentenceOf(subject.get().start())))) {
                    // "… Chairperson X and committee member Y questioned her. / Chairperson X: … / Major General Z:
                    // …": after the questioners' turns, the first one the lead did not name is its witness
                    return next;
                }
                if (fit.isEmpty() && between && subject.isPresent() && turns < 2) {
                    // "The head of the agency told senators … Sen. Ana Ruiz and Sen. Li Wei questioned him. / Sen.
                    // RUIZ: \"…\" / Administrator Tom Hale: \"…\"": the questioners take their turns first
                    turns++;
                    continue;
                }
                if (fit.isEmpty() && p == par + 1 && subject.isPresent()
                        && !frames.speaksAfter(subject.get(), b.sentenceEnd(b.sentenceOf(subject.get().start())))) {
                    // "A coroner has warned that … / Tomasz Wierzbicki died in March … / Area coroner Ana Ruiz
                    // said": the one the story is about, who does not speak, may come between
                    continue;
                }
                return fit;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} holds {@code word} (lower case) as a whole word: "the contractor" holds "contractor". */
    private static boolean holdsWord(String text, String word) {
        return List.of(Words.lower(text).split("[^\\p{L}]+")).contains(word);
    }

    /**
     * Whether a description and a title each name the body of the role after "of" or "at" in capitals, and no
     * capitalised word is the same ("chair of England's new Football Regulator", "chair of the Sport Committee").
     */
    private static boolean ofAnotherBody(String description, String title) {
        Set<String> a = bodyWords(description);
        Set<String> b = bodyWords(title);
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    private static final Pattern ROLE_COMPLEMENT = Pattern.compile("\\b(?:of|at)\\b(.*)");

    /** The words that name a court ("Constitutional Chamber", "Supreme Court", "Administrative Tribunal"). */
    private static final Pattern COURTS = Pattern.compile("\\b(?:court|chamber|tribunal|bench)\\b");

    /** The body a role phrase names after its first "of" or "at", in lower case, without "the"; "" if none. */
    private static String bodyOf(String phrase) {
        Matcher m = ROLE_COMPLEMENT.matcher(Words.lower(Quoted.collapse(phrase)));
        return m.find() ? m.group(1).strip().replaceFirst("^the ", "") : "";
    }

    /** The capitalised words after the first "of" or "at" of a role phrase. */
    private static Set<String> bodyWords(String phrase) {
        Matcher m = ROLE_COMPLEMENT.matcher(phrase);
        Set<String> words = new HashSet<>();
        if (m.find()) {
            for (String w : m.group(1).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /**
     * Where the text first names an entity in its own words, -1 if only inside quotations ("Ms Ruiz, the minister
     * promised …" in a questioner's turn does not present Ruiz to the reader).
     */
    private int firstNamedOutsideQuotes(String id) {
        return b.doc.entity(id).flatMap(e -> e.offsets().stream().filter(o -> !inQuote[b.tokenAt(o)])
                .min(Integer::compare)).orElse(-1);
    }

    /**
     * "The former head of the regional emergency service told …" in a lead, then "Ana Ruiz, who led the service until
     * she resigned, said": the lead's description names her office, where the clause beside her name only says what
     * she did; it is her title from here on.
     */
    private Speaker titledByLead(Speaker sp, String description) {
        if (!sp.person() || sp.id().isEmpty()) {
            return sp;
        }
        if (pendingRole != null && Words.lower(description).contains(Words.lower(pendingRole))) {
            pendingRole = null; // the role the lead opened with has its holder: not the next person the text names
        }
        String office = stripArticle(Quoted.collapse(description));
        office = office.matches("(?i)an? .+") ? office.substring(office.indexOf(' ') + 1) : office;
        if (sp.title().filter(Attribution::style).isPresent()
                && !Words.lower(office).contains(Words.lower(sp.title().get()))) {
            // "…, the council's leader has confirmed. / Councillor Ana Ruiz said …": a style and the office
            styledInLead.put(sp.id().get(), office);
            return new Speaker(sp.name(), sp.id(), Optional.of(sp.title().get() + ", " + office), true);
        }
        if (sp.title().isPresent() && !Words.isClauseTitle(sp.title().get())
                && !Words.lower(sp.title().get()).equals(bodyOf(office))) {
            // "…, the Minister for Lands and Natural Resources said. / Lands Minister Ana Ruiz told …": the lead's
            // quotation has the lead's words for the same office when they say more; the later ones keep her own
            String[] own = Words.lower(sp.title().get()).split(" ");
            List<String> lead = List.of(Words.lower(office).split(" "));
            boolean fuller = lead.contains(own[own.length - 1]) && lead.size() > own.length
                    && !style(sp.title().get()); // a bare "Minister" is made fuller later, from the lead's words
            return fuller ? new Speaker(sp.name(), sp.id(), Optional.of(office), true) : sp;
        }
        give(sp.id().get(), office);
        return new Speaker(sp.name(), sp.id(), Optional.of(office), true);
    }

    /**
     * A title of one capitalised word, which styles a person more than it names an office ("Councillor", "Senator",
     * "Dr"): a lead's description of the office ({@link #titledByLead}) goes with it.
     */
    private static boolean style(String title) {
        String t = title.strip();
        if (!t.isEmpty() && t.indexOf(' ') > 0) {
            // "Major General", "Detective Chief Inspector": a rank in words of rank only
            return List.of(t.split(" ")).stream().allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && RANKS.contains(Words.lower(w)));
        }
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** Words of a military or police rank, which style a person as "Councillor" does more than name an office. */
    private static final Set<String> RANKS = Set.of("major", "general", "lieutenant", "colonel", "brigadier",
            "captain", "commander", "admiral", "sergeant", "commodore", "marshal", "air", "vice", "rear", "chief",
            "superintendent", "inspector", "detective", "constable", "corporal", "private", "warrant", "officer");

    /**
     * "A former district engineer of the Public Works department told a hearing on Monday that …" in a lead, then
     * "Ana Ruiz, who was dismissed in September, said …" opening the next paragraph: wire copy names the lead's
     * person next, as someone new who speaks, and leaves the office to the lead. Only a description that places the
     * person in a named body, and only a person the text gives no title of their own; "a spokesman said" then "Ana
     * Ruiz, the mayor, said" are two people.
     */
    private Optional<Speaker> untitledNext(String description, int token) {
        if (token < 0 || token >= b.size() || b.paragraphOfToken(token) != 0) {
            return Optional.empty();
        }
        Optional<Frames.Np> subject = frames.firstSubject(1)
                .filter(np -> np.ref() instanceof Ref.Named n && n.mention().type() == EntityType.PERSON
                        && introducedSpeaking(np));
        return subject.flatMap(np -> named(((Ref.Named) np.ref()).mention(), np.appositive()))
                .filter(sp -> sp.title().isEmpty() || Words.isClauseTitle(sp.title().get()))
                .map(sp -> titledByLead(sp, description));
    }

    /**
     * "…, a regional official said." in a lead, then "\"…,\" Ana Ruiz, director of the police force, told AFP" opening
     * the next paragraph: wire copy names the lead's official with the first quotation, as someone new who holds an
     * office. Only "official", the noun for anyone in office; "a spokesman" must be titled one ({@link #ahead}).
     */
    private Optional<Speaker> officialQuotedNext(String head, int token) {
        if (!head.equals("official") || token < 0 || token >= b.size() || b.paragraphOfToken(token) != 0) {
            return Optional.empty();
        }
        Optional<Frames.Frame> f = openingQuotation(1).flatMap(frames::trailer)
                .filter(x -> x.ref() instanceof Ref.Named n && n.mention().type() == EntityType.PERSON
                        && firstMention.getOrDefault(n.mention().entityId(), -1) == n.mention().begin());
        return f.flatMap(x -> named(((Ref.Named) x.ref()).mention(), x.appositive()))
                .filter(sp -> sp.title().filter(t -> Discourse.fits("official", "official", t)).isPresent());
    }

    /**
     * Whether a person subject is named here for the first time (a quotation may have named them before: "Ms Ruiz,
     * the minister promised …") and the verb after the name is one of speech.
     */
    private boolean introducedSpeaking(Frames.Np np) {
        Mention m = ((Ref.Named) np.ref()).mention();
        return firstNamedOutsideQuotes(m.entityId()) == m.begin()
                && frames.speaksAfter(np, b.sentenceEnd(b.sentenceOf(np.start())));
    }

    /** The quotation that opens paragraph {@code p}, if one does. */
    private Optional<Quoted> openingQuotation(int p) {
        int st = frames.firstTokenOfParagraph(p);
        for (Quoted q : quoted) {
            if (q.firstParagraph() == p) {
                return st >= 0 && b.tokenAt(q.open()) == st ? Optional.of(q) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The person whose name the text set this noun beside, most recently before {@code token}: in the words just
     * before the name ("58-year-old seamstress Ana Ruiz") or in the appositive after it ("Ana Ruiz, a seamstress
     * from …"). A description then means that person, whether or not any list knows the noun as a role.
     */
    private Optional<Speaker> describedNear(String head, int token) {
        for (int t = Math.min(token, b.size()) - 1; t >= 0 && t >= token - 3000; t--) {
            Mention m = b.mention(t);
            if (m == null || b.mentionFirst(t) != t || m.type() != EntityType.PERSON
                    || m.kind() == MentionKind.DESCRIPTION || inQuote[t]) {
                continue;
            }
            int s = b.sentenceStart(b.sentenceOf(t));
            boolean found = false;
            for (int j = Math.max(s, t - 4); j < t && !found; j++) {
                found = b.lower(j).equals(head) && b.mention(j) == null && beside(j, t);
            }
            int end = b.mentionEnd(t);
            if (end < b.size() && b.word(end).equals(",")) {
                for (int j = end + 1; j < Math.min(b.size(), end + 10) && !found; j++) {
                    if (b.word(j).equals(",") || b.endsClause(j) || inQuote[j]) {
                        break;
                    }
                    found = b.lower(j).equals(head) && b.mention(j) == null;
                }
            }
            if (found) {
                return named(m, Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** An office named with whose it is: "Stormont's finance minister", "Scotland's Health Secretary". */
    private static final Pattern POSSESSED_OFFICE =
            Pattern.compile("\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3}['’]s(?: [\\p{L}-]+){1,3}");

    /**
     * "\"…,\" the judge said" of a person the article gave no title ("Her Honour Ana Ruiz said …"): the role noun is
     * the title the text gives them.
     */
    private void roleTitle(Ref.Described d, Speaker s) {
        String role = Words.personRole(d.head());
        // "the old soldier said" of one the text presented as "a former commander who served …": that title stands
        // a clause on what the person does ("who studies the glacier for the university") is no title beside a
        // quote: the role noun the text then calls them by is
        if (role == null || role.equals("person") || PARENT_OF.matcher(d.text()).matches() || !s.person()
                || s.id().isEmpty() || s.title().filter(t -> !Frames.noTitle(t)).isPresent()
                || given.containsKey(s.id().get()) || knownTitle(s.id().get()).filter(t -> !Frames.noTitle(t))
                .isPresent()) {
            return;
        }
        String described = Quoted.collapse(stripArticle(d.text()));
        List<String> modifiers = modifiers(d.text());
        modifiers.removeIf(NOW::contains);
        if (modifiers.isEmpty()) {
            // the noun as the text writes it: "the Tánaiste" titles her "Tánaiste", "the judge" "judge"
            String[] words = described.split(" ");
            String written = words[words.length - 1];
            String noun = Words.lower(written).equals(d.head()) ? written : d.head();
            give(s.id().get(), noun);
            // "Dr. X, who has tracked the lions for 20 years, said …" and then "\"…,\" the researcher said": the
            // title holds for the quotations before too; a kin noun ("the mother said") is no title to give them
            if (!Frames.KIN.contains(d.head())) {
                describedAs.putIfAbsent(s.id().get(), noun);
            }
        } else if (modifiers.stream().allMatch(w -> Words.isModifier(w) || Words.personRole(w) != null)) {
            // "\"…,\" the new prime minister said" of one the article only saw elected: the office is the title
            give(s.id().get(), currentWords(d));
        } else if (POSSESSED_OFFICE.matcher(described).matches() && Words.lower(described).endsWith(" " + d.head())) {
            // "Stormont's finance minister has warned …", "Scotland's Health Secretary has admitted …" and the name
            // only after: the office, and whose it is
            give(s.id().get(), described);
        } else if (Words.lower(described).startsWith(d.head() + " of ")) {
            // "the director of the Museum of Salt, …, said" and the name only after: the role and whose it is
            give(s.id().get(), described);
            describedAs.putIfAbsent(s.id().get(), described);
        } else if (Words.lower(described).startsWith(d.head() + " for ")
                || Words.lower(described).startsWith(d.head() + " responsible for ")) {
            give(s.id().get(), described); // "the minister responsible for trade", "the envoy for the Sahel"
        }
    }

    /**
     * "…, the canton's Lakes Minister said" of a person the text titles only "Minister": the description's role words
     * (after its article or possessor) are the fuller title when they end with that one word.
     */
    private Speaker fullerRole(Ref.Described d, Speaker s) {
        if (!s.person() || s.id().isEmpty() || s.title().filter(t -> t.indexOf(' ') < 0).isEmpty()) {
            return s;
        }
        String role = roleWords(d);
        if (role.indexOf(' ') < 0 || !Words.lower(role).endsWith(" " + Words.lower(s.title().get()))) {
            return s;
        }
        give(s.id().get(), role);
        return new Speaker(s.name(), s.id(), Optional.of(role), true);
    }

    /**
     * "Fonua-Latu, 63, a former finance minister, …" and then "\"…,\" the new prime minister told reporters": a
     * description that names a role the person's only title says they have left is what they are now, and the title
     * of that quote. The description's role words, after its article or possessor.
     */
    private Speaker currentRole(Ref.Described d, Speaker s) {
        String role = Words.personRole(d.head());
        String words = currentWords(d);
        // "the old soldier said" of "a former commander": an epithet of age describes the person, no office held now
        boolean epithet = Arrays.stream(Words.lower(words).split(" ")).anyMatch(AGED::contains);
        if (!s.person() || s.id().isEmpty() || s.title().filter(Document::isFormer).isEmpty() || role == null
                || role.equals("person") || Document.isFormer(Quoted.collapse(d.text())) || words.isEmpty()
                || Words.lower(s.title().get()).contains(Words.lower(words)) || epithet) {
            return s;
        }
        return new Speaker(s.name(), s.id(), Optional.of(words), true);
    }

    /** Whether a title names a role ("opposition leader"), not only a group ("one of the 23"). */
    private static boolean holdsRole(String title) {
        return Arrays.stream(Words.lower(title).split("[^\\p{L}-]+")).anyMatch(w -> Words.personRole(w) != null);
    }

    /**
     * Words of age that make a description an epithet: "the old soldier". "The retired colonel" needs none: {@link
     * Document#isFormer} covers it.
     */
    private static final Set<String> AGED = Set.of("old", "elderly", "aged", "young", "veteran");

    /** Words that say a role is held now, not what the role is: "the new prime minister". */
    private static final Set<String> NOW = Set.of("new", "incoming", "newly", "newly-elected", "current");

    /**
     * A description's role words without those that say it is held now: "prime minister" of "the new prime
     * minister".
     */
    private static String currentWords(Ref.Described d) {
        String[] w = roleWords(d).split(" ");
        int from = 0;
        while (from < w.length && NOW.contains(Words.lower(w[from]))) {
            from++;
        }
        return String.join(" ", Arrays.copyOfRange(w, from, w.length));
    }

    /** A description's words after its article or possessor: "new prime minister" of "the new prime minister". */
    private static String roleWords(Ref.Described d) {
        String[] w = Quoted.collapse(d.text()).split(" ");
        int from = 0;
        for (int i = 0; i < w.length; i++) {
            String l = Words.lower(w[i]);
            if (Words.isDeterminer(l) || l.endsWith("'s") || l.endsWith("’s") || l.endsWith("'") || l.endsWith("’")) {
                from = i + 1;
            }
        }
        return String.join(" ", Arrays.copyOfRange(w, from, w.length));
    }

    /** A title a frame gave: the best so far stands ({@link #better}). */
    private void give(String id, String title) {
        given.merge(id, title, Attribution::better);
    }

    /**
     * Of two titles, the one that names an office rather than what the person does ("who sits on the committee"),
     * else the longer; {@code a} on a tie.
     */
    private static String better(String a, String c) {
        boolean clauseA = Words.isClauseTitle(a);
        if (clauseA != Words.isClauseTitle(c) && !abbreviated(clauseA ? c : a)) {
            return clauseA ? c : a;
        }
        return a.length() >= c.length() ? a : c;
    }

    /**
     * "an ally of the mayor", "a longtime friend of the family": what a person is to someone, headed by a noun that
     * names no role, trade or body. It says who they are, but no office.
     */
    private static boolean relation(String title) {
        String[] w = Words.lower(Quoted.collapse(title)).split(" ");
        if (w.length < 4 || !Words.isDeterminer(w[0])) {
            return false;
        }
        int of = Arrays.asList(w).indexOf("of");
        if (of < 2) {
            return false;
        }
        String head = w[of - 1];
        return Words.personRole(head) == null && !Words.isOccupation(head) && !Words.isOrgHead(head)
                && Words.nounGender(head) == 0;
    }

    /**
     * Whether a title holds a role noun ("councillor of Ward 3"), not only a description ("a Montana Republican": a
     * party's member is a role for finding the person, "the Republican said", yet no office).
     */
    private static boolean namesOffice(String title) {
        for (String w : title.split("[\\s,]+")) {
            String role = Words.personRole(w);
            if (role != null && !role.equals("person") && !w.equals("Republican") && !w.equals("Democrat")) {
                return true;
            }
        }
        return false;
    }

    /** "Dr", "Prof.": a single short or abbreviated word, which says less than a clause ("who heads the clinic"). */
    private static boolean abbreviated(String title) {
        String t = title.strip();
        return t.indexOf(' ') < 0 && (t.length() <= 4 || t.endsWith("."));
    }

    /**
     * The best title the article gave a person so far: the entity stage's, or one an earlier frame gave ("who
     * directs …"); the occupation before the first name when there is none, or only a clause.
     */
    private Optional<String> knownTitle(String id) {
        Optional<String> earlier = Optional.ofNullable(given.get(id));
        // an office or trade before a relation ("a nurse" over "her sister"): the relation only when it is all
        Optional<String> stage = longestTitle(id, x -> !Frames.kinship(x)).or(() -> longestTitle(id, x -> true));
        if (stage.filter(Words::isClauseTitle).isPresent()) {
            // "Doula Ana Ruiz, who works with mothers in Indianola": the role the article names her by, not the
            // longer clause on what she does
            Optional<String> noun = longestTitle(id, x -> !Words.isClauseTitle(x) && !Frames.kinship(x)
                    && !Frames.noTitle(x) && !relation(x));
            String clause = stage.get();
            stage = noun.isPresent() ? noun.map(x -> x + ", " + clause) : stage;
        }
        Optional<String> chosen = stage;
        Optional<String> title = chosen.isEmpty() ? earlier
                : Optional.of(earlier.map(x -> better(chosen.get(), x)).orElse(chosen.get()));
        Optional<String> occupation = occupationBefore(id);
        // "Park ranger Ana Ruiz": the words before the name say more than "ranger" alone
        boolean fuller = occupation.isPresent() && title.isPresent() && occupation.get().length() > title.get().length()
                && Words.lower(occupation.get()).endsWith(" " + Words.lower(title.get()));
        if (title.isEmpty() || Words.isClauseTitle(title.get()) || fuller) {
            title = occupation.isPresent() ? occupation : title;
        }
        if (title.isPresent() && !namesOffice(title.get()) && !Words.isClauseTitle(title.get())) {
            // "Sen. Ana Ruiz, a Montana Republican": the abbreviated office beside a description that names none
            String described = title.get();
            Optional<String> office = longestTitle(id, x -> abbreviated(x) && namesOffice(x) && !described.contains(x))
                    .or(() -> earlier.filter(x -> abbreviated(x) && namesOffice(x) && !described.contains(x)));
            title = office.isPresent() ? Optional.of(office.get() + ", " + described) : title;
        }
        if (title.isEmpty()) {
            // "Her son, Ana Ruiz, said", "Tomasz's widow, Agata Lane, said": who the person is to someone, when the
            // article gives them no office nor trade
            title = longestTitle(id, Frames::kinship);
        }
        return title;
    }

    /** The longest of the titles the entity stage gave a person that {@code test} accepts. */
    private Optional<String> longestTitle(String id, Predicate<String> test) {
        return b.doc.entity(id).flatMap(e -> e.titles().stream().map(Quoted::collapse).filter(test)
                .max(Comparator.comparingInt(String::length)));
    }

    /**
     * Whether the noun at {@code j} stands beside the name at {@code t}: no other name and no verb between them
     * ("Recorder Ana Ruiz told Lee": "recorder" is Ruiz's, not Lee's).
     */
    private boolean beside(int j, int t) {
        for (int x = j + 1; x < t; x++) {
            if (b.mention(x) != null || Words.isFrameVerb(b.word(x)) || Words.isFinite(b.word(x))
                    || Words.isReacting(b.word(x))) {
                return false;
            }
        }
        return true;
    }

    /** The speaker a mention names, with the title the frame gives or else the fullest the article gives. */
    private Optional<Speaker> named(Mention m, Optional<String> appositive) {
        Optional<Mention> holder = m.type() == EntityType.ORGANIZATION ? holder(m) : Optional.empty();
        if (holder.isPresent()) {
            // "…, the Minister of Minerals and Energy told …" and "Minister Ana Ruiz said": the office is hers
            return named(holder.get(), Optional.of(Quoted.collapse(m.text())));
        }
        if (m.type() == EntityType.LOCATION) {
            // "Tiraspol said …": the authorities of a place that speaks, under its name
            return frames.actingPlace(m) ? Optional.of(new Speaker(Quoted.collapse(m.text()),
                    Optional.of(m.entityId()), Optional.empty(), false)) : Optional.empty();
        }
        if (m.type() == EntityType.ORGANIZATION && m.text().indexOf(' ') < 0) {
            Optional<Mention> full = orgEndingWith(m.text(), m.begin());
            if (full.isEmpty() && Character.isLowerCase(m.text().charAt(0))) {
                // "…, the navy said. / The Gambia Navy said …": a lead's body by its common noun, which the next
                // paragraph names
                int next = frames.firstTokenOfParagraph(b.paragraphOfToken(b.tokenAt(m.begin())) + 1);
                full = next < 0 ? Optional.empty()
                        : orgEndingWith(m.text(), b.token(Math.min(b.size() - 1, b.sentenceEnd(b.sentenceOf(next))
                                - 1)).end()).filter(x -> x.begin() >= b.token(next).begin());
            }
            if (full.isPresent()) {
                return named(full.get(), appositive);
            }
        }
        Optional<Entity> e = b.doc.entity(m.entityId());
        String name = Quoted.collapse(e.map(Entity::name).orElse(m.text()));
        boolean person = m.type() == EntityType.PERSON;
        name = quotedName(m, name);
        if (person) {
            name = fullNameBefore(name, m.begin());
            int first = b.tokenAt(m.begin());
            if (first > 0 && (b.mention(first - 1) == null || b.mention(first - 1).type() != EntityType.PERSON)) {
                name = withGivenName(name, b.word(first - 1));
            }
        }
        Optional<String> title = appositive.flatMap(Frames::asTitle);
        String stated = title.map(Words::lower).orElse("");
        if (title.isPresent() && person && Words.isClauseTitle(title.get())) {
            // "…, who sits on the housing committee": what a person does is a title only when nothing names an office
            Optional<String> office = knownTitle(m.entityId()).filter(t -> !Words.isClauseTitle(t));
            give(m.entityId(), title.get());
            title = office.isPresent() ? office : title;
        } else if (title.isPresent() && person && abbreviated(title.get())) {
            // "Cllr Ana Ruiz said" after "Independent councillor Ana Ruiz": the fuller title the article gave
            Optional<String> known = knownTitle(m.entityId());
            Optional<String> fuller = known.filter(t -> !abbreviated(t) && !Words.isClauseTitle(t) && namesOffice(t));
            give(m.entityId(), title.get());
            // "Prof. Ana Ruiz, who studies exoplanets at …": the clause holds the affiliation the abbreviation lacks;
            // "Sen. Ana Ruiz, a Montana Republican": so does a description that names no office
            String said = title.get();
            Optional<String> clause = known.filter(t -> !abbreviated(t) && (Words.isClauseTitle(t) || !namesOffice(t)))
                    .map(t -> said + ", " + t);
            title = fuller.isPresent() ? fuller : clause.isPresent() ? clause : title;
        } else if (title.isPresent() && person && relation(title.get())) {
            // "Ald. Ana Ruiz, an ally of the mayor, said": her office, and what she is to someone
            String said = title.get();
            Optional<String> office = knownTitle(m.entityId()).filter(t -> !Words.isClauseTitle(t) && !relation(t))
                    .or(() -> e.flatMap(x -> x.titles().stream().map(Quoted::collapse)
                            .filter(t -> !relation(t) && !Words.isClauseTitle(t) && !Frames.noTitle(t))
                            .max(Comparator.comparingInt(String::length))));
            title = Optional.of(office.map(t -> t.contains(said) ? t : t + ", " + said).orElse(said));
            give(m.entityId(), title.get());
        } else if (title.isPresent() && person && knownTitle(m.entityId())
                .filter(t -> bodyOf(t).equals(stated)).isPresent()) {
            // "Duncan Fairbairn (CalMac Ferries):" after "the managing director of CalMac Ferries": the body alone
            // says less than the role already known there
            title = knownTitle(m.entityId());
        } else if (title.isPresent()) {
            // "Guangfu Township chief Chen Wen-chieh": the entity stage kept the unit the office governs, which
            // the frame, stopping at the place's name, left out
            String said = title.get();
            Optional<String> fuller = e.flatMap(x -> x.titles().stream().map(Quoted::collapse)
                    .filter(t -> Words.lower(t).endsWith(" " + Words.lower(said)) && t.split(" ").length
                            <= said.split(" ").length + 3 && Character.isUpperCase(t.charAt(0)))
                    .max(Comparator.comparingInt(String::length)));
            // "Admiral KETTERING-ROSS." after "Rear Admiral Paul Kettering-Ross, the service's assistant commandant
            // for acquisition": the rank alone says less than the title the article gave with it
            String rank = Words.lower(said);
            Optional<String> known = person && said.indexOf(' ') < 0
                    ? knownTitle(m.entityId()).filter(t -> t.length() > said.length() && t.contains(",")
                            && Arrays.asList(Words.lower(t).split("[^\\p{L}]+")).contains(rank))
                    : Optional.empty();
            title = fuller.isPresent() && known.isEmpty() ? fuller : known.isPresent() ? known : title;
            give(m.entityId(), title.get());
        } else if (person) {
            title = knownTitle(m.entityId());
        }
        String office = styledInLead.get(m.entityId());
        if (office != null && title.filter(Attribution::style).isPresent()) {
            title = Optional.of(title.get() + ", " + office); // "Councillor" of "the council's leader" in the lead
        }
        Speaker s = new Speaker(name, Optional.of(m.entityId()), title, person);
        if (person) {
            int first = b.tokenAt(m.begin());
            char g = Words.genderOf(b.word(first - 1));
            if (g == 0 && first > 0 && !b.token(first - 1).capitalized()) {
                g = Words.nounGender(b.word(first - 1)); // "Kvaratskhelia-Abashidze's son Luka"
            }
            if (g == 0) {
                g = Words.givenNameGender(name);
            }
            for (String w : title.orElse("").split("[^\\p{L}]+")) {
                g = g == 0 ? Words.nounGender(w) : g; // "Kim's sister", "a spokeswoman for …"
            }
            talk.gender(s.key(), g, Discourse.STATED);
        }
        return Optional.of(s);
    }

    /**
     * "Homeowner Ana Ruiz, 71, said … / \"…,\" the retired welder said.": an epithet no title explains is the person
     * quoted in the paragraph before, when nothing the text called them says otherwise: news gives the ages of the
     * ordinary people it quotes and then calls them by new epithets, and one with no trade given ("Ana Ruiz, who
     * founded the press, said") may be called by one. A harbour master given no age stays someone else than "the
     * netmaker".
     */
    private Optional<Speaker> epithetJustBefore(int par, Ref.Described d) {
        String role = Words.personRole(d.head());
        return talk.lastSpeakerSince(par - 1, s -> fitsDescription(s, d) && (s.id().map(ages::containsKey).orElse(false)
                || s.title().map(t -> Arrays.stream(Words.lower(t).split("[^\\p{L}.]+")).noneMatch(w ->
                        Words.isOccupation(w) && !w.equals(d.head())
                        && (role == null || !role.equals(Words.personRole(w))))).orElse(true)));
    }

    /**
     * Whether a description with a country ("the Latvian goalkeeper") may mean this person: the text gave them no other
     * country. Role nouns cannot decide it here: these descriptions are occupations no class of roles knows, and a
     * title of another role does not rule one out (a team's captain is also its goalkeeper, a union's secretary a
     * unionist).
     */
    private boolean fitsDescription(Speaker s, Ref.Described d) {
        String id = s.id().orElse("");
        return d.country().isEmpty() || !countries.containsKey(id) || countries.get(id).equals(d.country().get());
    }

    /**
     * "the Finnish winger", "the Limerick native": an epithet for someone already in the story, a definite
     * description with no possessive (unlike "Germany's economy minister", an office someone new may hold).
     */
    private static boolean epithet(String text) {
        String t = Words.lower(text);
        return t.startsWith("the ") && !t.contains("'s ") && !t.contains("’s ") && !t.contains(" of ");
    }

    /**
     * The country a country mention or a demonym in tokens {@code [from, to)} gives; a demonym inside a description the
     * entity stage joined to a person has no mention of its own ("the Danish winger").
     */
    private Optional<String> countryWithin(int from, int to) {
        for (int j = from; j < to && j < b.size(); j++) {
            Mention x = b.mention(j);
            if (x != null && x.type() == EntityType.COUNTRY) {
                return Optional.of(x.entityId());
            }
            String w = b.word(j);
            if (b.token(j).capitalized() && w.length() > 3) {
                Optional<String> demonym = CountryTable.get().lookup(w).filter(c -> c.demonyms().contains(w))
                        .map(c -> "country/" + c.iso3());
                if (demonym.isPresent()) {
                    return demonym;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a place the body names stands as whole words in a description ("the Limerick native"). */
    private boolean placeIn(String text) {
        String d = " " + Words.lower(Quoted.collapse(text)) + " ";
        return b.doc.mentions().stream().anyMatch(m -> (m.type() == EntityType.LOCATION
                || m.type() == EntityType.COUNTRY) && d.contains(" " + Words.lower(Quoted.collapse(m.text())) + " "));
    }

    /**
     * Nouns for a body that belongs to a larger one named before them ("the U.N. agency", "the EU's fisheries body",
     * "the African Union commission"): not "union" or "group", which a name modifies as a kind ("the Harbour Pilots
     * Guild union").
     */
    private static final Set<String> MEMBER_BODIES = Set.of("agency", "body", "organisation", "organization",
            "programme", "program", "fund", "office", "commission", "court", "tribunal", "mission");

    /** An organisation the body names whose name stands as whole words in a description ("the CTU leader"). */
    private Optional<Mention> orgNamedIn(String description, int token) {
        String d = " " + Words.lower(Quoted.collapse(description)) + " ";
        if (BRANCHES.contains(d.substring(d.stripTrailing().lastIndexOf(' ') + 1).trim())) {
            // a body's own office is the body, so its name may end in a possessive ("the Environment Protection
            // Authority's office on Socotra"); "the European Union's top court" is another body
            d = d.replaceAll("(\\p{L})['’]s? ", "$1 ");
        }
        // the mention inside the description itself, where the text has it ("The EU delegation in Beijing said")
        for (int t = Math.max(0, token); t < Math.min(b.size(), token + 6); t++) {
            Mention m = b.mention(t);
            if (m != null && b.mentionFirst(t) == t && m.type() == EntityType.ORGANIZATION
                    && m.kind() != MentionKind.DESCRIPTION
                    && d.contains(" " + Words.lower(Quoted.collapse(m.text())) + " ")) {
                return Optional.of(m);
            }
        }
        for (Mention m : b.doc.mentions()) {
            if (m.type() == EntityType.ORGANIZATION && m.kind() != MentionKind.DESCRIPTION
                    && d.contains(" " + Words.lower(Quoted.collapse(m.text())) + " ")) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * "pianist Ana Ruiz", "58-year-old seamstress Ana Ruiz", "Seamstress Ana Ruiz, 27, …": the occupation in lower
     * case (or capitalised only as the sentence's first word) right before the person's first name in the body, a
     * role noun or a noun with an agent ending (-ist, -er, -or, -ian, -ess, -sman), with one noun or modifier before
     * it ("fish vendor", "retired nurse", "Food blogger"). English.
     */
    private Optional<String> occupationBefore(String id) {
        Integer first = firstMention.get(id);
        if (first == null) {
            return Optional.empty();
        }
        int t = b.tokenAt(first) - 1;
        if (t < 0 || !plain(t) || !Words.isOccupation(b.lower(t))) {
            return Optional.empty();
        }
        int from = t;
        if (t - 1 >= 0 && plain(t - 1) && (Words.isModifier(b.word(t - 1)) || !Words.isFunction(b.lower(t - 1)))) {
            from = t - 1;
        }
        return Optional.of(Quoted.collapse(b.slice(from, t + 1)));
    }

    /** A word in lower case, or capitalised only because it opens its sentence; outside names and quotations. */
    private boolean plain(int t) {
        String w = b.word(t);
        boolean opens = t == frames.afterDateline(b.sentenceStart(b.sentenceOf(t)), t + 1) && w.length() > 1
                && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
        return (opens || plainLower(t)) && b.mention(t) == null && !inQuote[t];
    }

    private boolean plainLower(int t) {
        String w = b.word(t);
        return !w.isEmpty() && w.chars().allMatch(Character::isLowerCase) && b.mention(t) == null && !inQuote[t];
    }

    /**
     * "Noor bint Faisal al Qasimi": a name opens with a given name, not with a particle ("bint", "van"); when the
     * name tagger left the given name out (or gave it to the title before), it is the capitalised word right before
     * the name, unless that word is a title ("Minister"), an abbreviation ("Dr."), a function word or sentence
     * adverb capitalised by position ("But van Gaal said") or a demonym ("Dutch van der Berg"). Else the name as it
     * is.
     */
    static String withGivenName(String name, String before) {
        boolean particle = !name.isEmpty() && Character.isLowerCase(name.charAt(0));
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        boolean given = before.length() > 1 && Character.isUpperCase(before.charAt(0))
                && Character.isLetter(before.charAt(before.length() - 1)) && Words.personRole(before) == null
                && !Words.isFunction(lower) && !lower.endsWith("ly") && CountryTable.get().lookup(before).isEmpty();
        return particle && given ? before + " " + name : name;
    }

    /**
     * The full name a surname standing alone stands for: the latest earlier name of two to five capitalised words
     * ending with it ("Germany's Sofia Brandt … Brandt said"). The name tagger sometimes types the full name as a
     * place or an organisation, and then the entity stage cannot join the two; else the surname itself.
     */
    private String fullNameBefore(String surname, int offset) {
        for (int t = Math.min(b.tokenAt(offset), b.size()) - 1; t >= 0; t--) {
            Mention x = b.mention(t);
            if (x == null || b.mentionFirst(t) != t || x.type() == EntityType.COUNTRY || x.kind() != MentionKind.NAME) {
                continue;
            }
            String full = Quoted.collapse(x.text());
            String[] w = full.split(" ");
            boolean capitalised = Arrays.stream(w).allMatch(a -> Character.isUpperCase(a.charAt(0)));
            // "Marta García López … García López said": a two-word surname stands for the full name too
            if (w.length >= 2 && w.length <= 5 && capitalised && full.endsWith(" " + surname)) {
                return full;
            }
        }
        return surname;
    }

    /**
     * The organisation a one-word name stands for when an earlier, longer name ends with it ("the Enforcement
     * Agency … The Agency said"): the name tagger types the short form as an organisation of its own.
     */
    private Optional<Mention> orgEndingWith(String word, int offset) {
        for (int t = Math.min(b.tokenAt(offset), b.size()) - 1; t >= 0; t--) {
            Mention x = b.mention(t);
            if (x != null && b.mentionFirst(t) == t && x.type() == EntityType.ORGANIZATION
                    && x.kind() == MentionKind.NAME) {
                String[] w = Quoted.collapse(x.text()).split(" ");
                if (w.length >= 2 && w[w.length - 1].equalsIgnoreCase(word)) {
                    return Optional.of(x);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The organisation at the head of the sentence that {@code token}'s description ends ("A fire at Harlow Foods'
     * plant forced …, the company said", "Auto supplier Kessler will cut …, the firm announced"): a lead names the
     * organisation as the subject of the very clause it reports. Not one named further in, nor in the dateline.
     */
    private Optional<Mention> orgNear(int token) {
        if (token <= 0 || token >= b.size()) {
            return Optional.empty();
        }
        int st = frames.afterDateline(b.sentenceStart(b.sentenceOf(token)), token);
        for (int t = st; t < Math.min(token, st + 6); t++) {
            Mention m = b.mention(t);
            if (m != null && !inQuote[t] && m.type() == EntityType.ORGANIZATION && m.kind() == MentionKind.NAME) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * "…, the regulator said." in the first paragraph, before any organisation of that kind was named: the
     * organisation the next paragraph's first sentence names ("The Coffee Board said …", "Ana Ruiz, head of the Wool
     * Growers' Union, said …"); news describes a lead's source and names it right after.
     */
    private Optional<Mention> leadOrg(int token) {
        if (token < 0 || token >= b.size() || b.paragraphOfToken(token) != 0) {
            return Optional.empty();
        }
        int st = frames.firstTokenOfParagraph(1);
        int end = st < 0 ? st : b.sentenceEnd(b.sentenceOf(st));
        Mention found = null;
        for (int t = Math.max(st, 0); t < end && !inQuote[t]; t++) {
            Mention m = b.mention(t);
            boolean speaks = Words.isReportingVerb(b.word(t)) || Words.isCharacterising(b.word(t))
                    || Words.isReacting(b.word(t)); // "The Free Georgia Alliance called the verdict \"…\""
            if (speaks && m == null && !b.token(t).capitalized()) {
                // only the organisation that speaks there, or whose officer does, before the sentence's speech verb
                return Optional.ofNullable(found);
            }
            if (found == null && m != null && m.type() == EntityType.ORGANIZATION && m.kind() == MentionKind.NAME) {
                found = m;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a name holds the description's head noun, by its stem ("the drainage cooperative", "Cooperativa
     * Agricola Valmera"; "the coastal agency", "Agencia Costera del Sur"): a body is described by what it is, so a
     * shared modifier ("the national shipping regulator", "National Ferry Company") says nothing.
     */
    static boolean sharesHead(String name, String head) {
        String h = Words.lower(head);
        String stem = h.length() > 5 ? h.substring(0, 5) : h;
        return h.length() > 3 && List.of(Words.lower(name).split("[^\\p{L}]+")).stream().anyMatch(n -> n.startsWith(stem));
    }

    /** The organisation named most recently before {@code token} whose name has this head ("the ministry"). */
    private Optional<Mention> orgBefore(String head, int token) {
        for (int t = Math.min(token, b.size()) - 1; t >= Math.max(0, token - 3000); t--) {
            Mention m = b.mention(t);
            if (m != null && m.type() == EntityType.ORGANIZATION
                    && holdsWord(m.text(), head)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * "the port authority said" after "the Port of Brekka": the organisation whose name holds a word of the
     * description before its head, when none holds the head itself.
     */
    private Optional<Mention> byModifier(String description, int token) {
        for (String w : modifiers(description)) {
            Optional<Mention> o = w.length() > 2 ? orgBefore(w, token) : Optional.empty();
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /** Whether the sentence of {@code token} says its speech came in a statement ("said in a statement that …"). */
    private boolean inStatement(int token) {
        if (token < 0 || token >= b.size()) {
            return false;
        }
        int s = b.sentenceOf(token);
        for (int t = b.sentenceStart(s); t < b.sentenceEnd(s); t++) {
            if (!inQuote[t] && (b.lower(t).equals("statement") || b.lower(t).equals("statements"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The company said in a statement …" when no name holds "company": the one organisation the body has named so far
     * that is no office, court or other body by its name ("High Court", "Anti-Fraud Commission"), if there is only one.
     */
    private Optional<Mention> onlyBody(int token) {
        Mention found = null;
        for (int t = 0; t < Math.min(token, 3000) && t < b.size(); t++) {
            Mention m = b.mention(t);
            if (m != null && b.mentionFirst(t) == t && !inQuote[t] && m.type() == EntityType.ORGANIZATION
                    && m.kind() != MentionKind.DESCRIPTION && !officeByName(m) && !inDateline(t)) {
                if (found != null && !found.entityId().equals(m.entityId())) {
                    return Optional.empty();
                }
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * "Mexico's Economy Ministry said": the country whose possessive the text first named the body with, written as
     * the text writes it ("Mexico's", "Belarus'"), which is part of the name the body is quoted under. Empty for a
     * body the text first named bare ("the Economy Ministry").
     */
    private Optional<String> stateOf(String id) {
        Optional<Mention> first = firstMentionOf(id);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int t = b.tokenAt(first.get().begin());
        String pos = t - 1 >= 0 ? b.word(t - 1) : "";
        Mention c = t - 2 >= 0 ? b.mention(t - 2) : null;
        boolean possessive = pos.equals("'s") || pos.equals("’s") || pos.equals("'") || pos.equals("’");
        // by its name or a short form ("Côte d'Ivoire's", "the U.S.'s"), not a demonym or a capital; a city's or a
        // region's too ("Denver's Department of Finance")
        boolean place = c != null && c.type() == EntityType.LOCATION && c.kind() == MentionKind.NAME;
        if (!possessive || c == null || c.type() != EntityType.COUNTRY && !place
                || c.kind() != MentionKind.NAME && c.kind() != MentionKind.SHORT_NAME || inQuote[t - 2]) {
            return Optional.empty();
        }
        return Optional.of(Quoted.collapse(b.text.substring(c.begin(), b.token(t - 1).end())));
    }

    /**
     * The name a body or a seat of government is quoted under: the one the text gives it where it speaks or first
     * names it, not always the canonical entity's ({@code name}). A short form the article alone writes ("OPEC+
     * agreed …"); a post abroad with its place ("the U.S. Embassy in Havana"); the country's possessive the text first
     * named it with ("Mexico's Economy Ministry"); the seat of government ("the Kremlin said", "Moscow said").
     */
    private String quotedName(Mention m, String name) {
        if (m.type() == EntityType.ORGANIZATION) {
            if (!written.computeIfAbsent(name, b.text::contains)) {
                name = Quoted.collapse(firstMentionOf(m.entityId()).orElse(m).text());
            }
            Optional<String> post = postedIn(m);
            if (post.isPresent()) {
                name = Quoted.collapse(m.text()) + post.get(); // as the text names the post where it speaks
            } else {
                name = name + firstMentionOf(m.entityId()).flatMap(this::postedIn).orElse("");
            }
            return stateOf(m.entityId()).map(c -> c + " ").orElse("") + name;
        }
        if (m.type() == EntityType.COUNTRY && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.SHORT_NAME)) {
            Optional<String> post = postedIn(m);
            if (post.isPresent()) {
                return Quoted.collapse(m.text()) + post.get(); // "Russia's mission to the EU": the state's post
            }
        }
        if (m.type() == EntityType.COUNTRY
                && (m.kind() == MentionKind.METONYM || CountryTable.get().isGovernmentMetonym(m.text()))) {
            // "Moscow said", "the Kremlin said": quoted under the seat the text names; the entity stays the country
            String seat = stripArticle(Quoted.collapse(m.text())); // the entity stays the country
            return seat.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + seat.substring(1);
        }
        return name;
    }

    /**
     * " in Havana" of "the U.S. Embassy in Havana", " delegation in Beijing" of "the EU delegation in Beijing", "'s
     * mission to the EU" of "Russia's mission to the EU": the words after a name that make it a post abroad, the
     * post's place or the body it is posted to; empty for any other name.
     */
    private Optional<String> postedIn(Mention m) {
        int first = b.tokenAt(m.begin());
        int end = b.mentionEnd(first);
        int in = end;
        boolean possessive = end + 1 < b.size() && (b.word(end).equals("'s") || b.word(end).equals("’s"));
        if (possessive && Words.isPost(b.word(end + 1))) {
            in = end + 2; // "Russia's mission to the EU": the post's noun after the owner's possessive
        } else if (!Words.isPost(b.word(end - 1)) && end < b.size() && Words.isPost(b.word(end))
                && !b.token(end).capitalized()) {
            in = end + 1; // "the EU delegation in Beijing": the post's noun in lower case, outside the name
        } else if (!Words.isPost(b.word(end - 1))) {
            return Optional.empty();
        }
        if (in + 1 >= b.size()) {
            return Optional.empty();
        }
        String link = b.lower(in);
        int at = in + 1;
        if (link.equals("to") && at + 1 < b.size() && b.lower(at).equals("the")) {
            at++; // "mission to the EU"
        }
        Mention place = link.equals("in") || link.equals("to") ? b.mention(at) : null;
        boolean placeType = place != null && (place.type() == EntityType.LOCATION || place.type() == EntityType.COUNTRY
                || link.equals("to") && place.type() == EntityType.ORGANIZATION);
        if (!placeType || b.mentionFirst(at) != at || inQuote[at]
                || link.equals("to") && !b.lower(in - 1).equals("mission") && !b.lower(in - 1).equals("delegation")) {
            return Optional.empty();
        }
        int placeEnd = b.mentionEnd(at);
        String words = Quoted.collapse(b.text.substring(b.token(end).begin(), b.token(placeEnd - 1).end()));
        return Optional.of(possessive ? words : " " + words);
    }

    /** The body's first mention of an entity by a name or a short form, not by a description. */
    private Optional<Mention> firstMentionOf(String id) {
        if (firstNamed == null) {
            firstNamed = new HashMap<>(); // one pass over the body, on first use
            for (int t = 0; t < b.size(); t++) {
                Mention m = b.mention(t);
                if (m != null && m.kind() != MentionKind.DESCRIPTION) {
                    firstNamed.putIfAbsent(m.entityId(), m);
                }
            }
        }
        return Optional.ofNullable(firstNamed.get(id));
    }

    /** Whether token {@code t} is in the lead's dateline ("LONDON (Bloomberg) --"): the outlet there is no source. */
    private boolean inDateline(int t) {
        if (b.paragraphOfToken(t) != 0) {
            return false;
        }
        int s = b.sentenceOf(t);
        int st = b.sentenceStart(s);
        return st == frames.firstTokenOfParagraph(0) && t < frames.afterDateline(st, b.sentenceEnd(s));
    }

    /**
     * Whether the appositive after an organisation's name holds a noun: "Johannesburg Water, the city-owned utility,"
     * is what "the city's water utility" of the lead meant.
     */
    /**
     * "…, rail infrastructure company Adif said." and later "The company said": the latest organisation the text
     * called by that noun, as the word right before its name or in an appositive after it.
     */
    private Optional<Mention> orgCalled(String noun, int token) {
        for (int t = Math.min(token, b.size()) - 1; t >= Math.max(0, token - 3000); t--) {
            Mention m = b.mention(t);
            if (m == null || b.mentionFirst(t) != t || m.type() != EntityType.ORGANIZATION || inQuote[t]) {
                continue;
            }
            if (t > 0 && plainLower(t - 1) && b.lower(t - 1).equals(noun) || setOffAs(m, noun)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** "Adif, the rail infrastructure company, said": an appositive closed by its comma that holds the noun. */
    private boolean setOffAs(Mention o, String noun) {
        return appositiveHolds(o, noun, true);
    }

    /** As {@link #setOffAs}, but the words after the comma may run to the clause's end unclosed. */
    private boolean describedAs(Mention o, String noun) {
        return appositiveHolds(o, noun, false);
    }

    /**
     * Whether the words after a comma right after the organisation's name, up to the next comma or the clause's end
     * and at most seven, hold {@code noun}; with {@code closed}, only if a comma ends them.
     */
    private boolean appositiveHolds(Mention o, String noun, boolean closed) {
        int end = b.mentionEnd(b.tokenAt(o.begin()));
        if (end >= b.size() || !b.word(end).equals(",")) {
            return false;
        }
        boolean holds = false;
        for (int k = end + 1; k < Math.min(b.size(), end + 8) && !b.endsClause(k); k++) {
            if (b.word(k).equals(",")) {
                return holds;
            }
            holds |= b.lower(k).equals(noun);
        }
        return holds && !closed;
    }

    /** Whether an organisation's name says it is an office, court or other body ("High Court", "Fisheries Board"). */
    private static boolean officeByName(Mention m) {
        return Arrays.stream(Words.lower(m.text()).split("[^\\p{L}]+")).anyMatch(Words::isOrgHead);
    }

    /**
     * "his party said" of "the Free Georgia Alliance": the nouns a party goes by, which stand for one another.
     */
    private static final Set<String> POLITICAL = Set.of("party", "alliance", "coalition", "movement", "bloc", "front");

    private static boolean politicalBody(Mention m, String head) {
        String[] words = Words.lower(m.text()).split("[^\\p{L}]+");
        return POLITICAL.contains(head) && POLITICAL.contains(words[words.length - 1]);
    }

    private static String head(Optional<Frames.Frame> f) {
        return f.map(Frames.Frame::ref).filter(r -> r instanceof Ref.Described).map(r -> ((Ref.Described) r).head())
                .orElse("");
    }

    /** The lower-case words of a description before its head ("deputy" of "the Deputy PM"). */
    /**
     * The words of a description besides its head: those before it, or, when words follow the head ("the Minister
     * for Finance", "the commissioner responsible for housing"), those after it too, without "for" and the like,
     * since they tell one office from another ("Minister for Public Expenditure").
     */
    private static List<String> describing(Ref.Described d) {
        List<String> words = new ArrayList<>(List.of(Words.lower(d.text()).split("[^\\p{L}-]+")));
        int h = words.indexOf(d.head());
        if (h < 0 || h == words.size() - 1) {
            return modifiers(d.text());
        }
        words.remove(h);
        words.removeIf(w -> w.isEmpty() || Words.isFunction(w) || isPreposition(w));
        return words;
    }

    /**
     * "…, according to the province's health authority. / Nova Scotia Health said …": a word before the lead's head
     * noun (not a possessor's) that the name holds says which body it is.
     */
    private static boolean namedByModifier(Mention o, String description) {
        List<String> name = List.of(Words.lower(o.text()).split("[^\\p{L}]+"));
        return modifiers(description).stream().anyMatch(w -> w.length() > 3 && !Words.isModifier(w)
                && !SCOPES.contains(w) && name.contains(w));
    }

    /** Words of a body's reach that many bodies share ("the national shipping regulator", "National Ferry Company"). */
    private static final Set<String> SCOPES = Set.of("federal", "central", "public", "royal", "regional", "provincial",
            "city", "county", "local", "municipal", "state-owned", "state-run", "official", "province");

    private static List<String> modifiers(String text) {
        List<String> out = new ArrayList<>(List.of(Words.lower(text).split("[^\\p{L}-]+")));
        if (!out.isEmpty()) {
            out.remove(out.size() - 1);
        }
        out.removeIf(w -> w.isEmpty() || Words.isDeterminer(w));
        return out;
    }

    private static String stripArticle(String text) {
        return Words.lower(text).startsWith("the ") ? text.substring(4) : text;
    }

    private static String trimClause(String clause) {
        String t = clause.strip();
        while (!t.isEmpty() && ",;:—–-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether the quotation opens a sentence: at a paragraph's start, after a full stop or a colon, after its frame. */
    private boolean opensSentence(Quoted q, boolean hasLeader) {
        int i = q.open() - 1;
        int parStart = b.parBegin[q.firstParagraph()];
        while (i >= parStart && MarkScanner.isSpace(b.text.charAt(i))) {
            i--;
        }
        if (i < parStart) {
            return true;
        }
        char c = b.text.charAt(i);
        // not a plural's possessive apostrophe before the mark ("the Solomon Islands' \"security partner …\"")
        boolean possessive = (c == '\'' || c == '’') && i > parStart && b.text.charAt(i - 1) == 's';
        if (".!?:;…".indexOf(c) >= 0 || "\"”’»«'".indexOf(c) >= 0 && !possessive) {
            return true;
        }
        if (STAMP.matcher(b.text.substring(parStart, i + 1)).matches()) {
            return true; // "10:40 p.m. — \"This is your win,\" …": a live blog's entry opens with the quotation
        }
        if (q.firstParagraph() == 0 && afterDateline(q)) {
            return true; // "HALIFAX — \"We have met every condition …\"": a lead that opens with the quotation
        }
        return hasLeader && (c == ',' || c == '—' || c == '–' || Character.isLetter(c));
    }

    /**
     * Whether {@code q} stands in the same reported clause as {@code prev}, a phrase quoted inside what a speech verb
     * before it reports: the same sentence, with no semicolon, relative pronoun or other speech verb between them.
     */
    private boolean sameReport(Kept prev, Quoted q) {
        if (prev.frame().isEmpty() || prev.frame().get().verb() < 0 || prev.q().after() >= q.open()
                || prev.frame().get().verb() >= b.tokenAt(prev.q().open())
                || prev.q().lastParagraph() != q.firstParagraph()) {
            return false; // a phrase in the next paragraph ("Riders chanted \"Fund the bus!\"") is another report
        }
        int from = b.tokenAt(prev.q().after());
        int to = b.tokenAt(q.open());
        int close = b.tokenAt(prev.q().after() - 1); // the closing mark: a period inside it ends the sentence
        if (from >= b.size() || to >= b.size() || b.sentenceOf(from) != b.sentenceOf(to)
                || close < b.size() && b.sentenceOf(close) != b.sentenceOf(to)) {
            return false;
        }
        for (int t = from; t < to; t++) {
            String w = b.lower(t);
            if (w.equals(";") || w.equals("which") || w.equals("who") || w.equals("whom")
                    || Words.isReportingVerb(w) || Frames.isQuoteMark(b.word(t))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code q} resumes the quotation {@code prev} after its frame, in the same sentence. */
    private boolean resumes(Kept prev, Quoted q) {
        if (prev.frame().isEmpty() || prev.q().lastParagraph() != q.firstParagraph() || prev.q().after() >= q.open()) {
            return false;
        }
        char last = 0;
        for (int i = prev.q().after(); i < q.open(); i++) {
            char c = b.text.charAt(i);
            if (".!?;".indexOf(c) >= 0) {
                return false;
            }
            if (!MarkScanner.isSpace(c)) {
                last = c;
            }
        }
        return last == ',' || last == '—' || last == '–';
    }

    /** Whether the quotation opens a sentence after another in its paragraph (a full stop right before it). */
    private boolean startsSentence(Quoted q) {
        return !startsParagraph(q) && afterFullStop(q);
    }

    /** Whether a full stop (not a comma or a colon) stands right before the quotation's opening mark. */
    private boolean afterFullStop(Quoted q) {
        int i = q.open() - 1;
        while (i >= 0 && MarkScanner.isSpace(b.text.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(b.text.charAt(i)) >= 0;
    }

    private boolean startsParagraph(Quoted q) {
        int i = q.open() - 1;
        int parStart = b.parBegin[q.firstParagraph()];
        while (i >= parStart && MarkScanner.isSpace(b.text.charAt(i))) {
            i--;
        }
        return i < parStart;
    }

    /** A quotation that is its paragraph (or paragraphs): nothing but punctuation around it. */
    private boolean standalone(Quoted q) {
        if (!startsParagraph(q)) {
            return false;
        }
        int end = b.parEnd[q.lastParagraph()];
        for (int i = q.after(); i < end; i++) {
            char c = b.text.charAt(i);
            if (!MarkScanner.isSpace(c) && ".,;:!?".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a comma hands the quotation over to an attribution: {@code "…," …}, or {@code "…", …} as British
     * and German writing put it.
     */
    private boolean handsOver(Quoted q) {
        int i = q.end() - 1;
        while (i >= q.begin() && MarkScanner.isSpace(b.text.charAt(i))) {
            i--;
        }
        boolean inside = i >= q.begin() && b.text.charAt(i) == ',';
        boolean outside = q.after() < b.text.length() && b.text.charAt(q.after()) == ',';
        return q.closed() && (inside || outside);
    }

    /** Whether the quotation ends its sentence (its last words end with a full stop, or one follows the mark). */
    private boolean endsSentence(Quoted q, String text) {
        char last = text.charAt(text.length() - 1);
        if (".!?…".indexOf(last) >= 0) {
            return true;
        }
        int end = b.parEnd[q.lastParagraph()];
        int i = q.after();
        while (i < end && MarkScanner.isSpace(b.text.charAt(i))) {
            i++;
        }
        return i >= end || ".!?".indexOf(b.text.charAt(i)) >= 0;
    }

    /**
     * "The Art of the Deal", "Keep Bellport Rural.": a title of a work or a slogan, every longer word capitalised; with
     * a full stop (American style puts it inside the marks) only when every word but the small ones is.
     */
    private static boolean titleCase(String text) {
        int longWords = 0;
        boolean every = true;
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            longWords += w.length() >= 4 ? 1 : 0;
            every &= w.isEmpty() || Character.isUpperCase(w.charAt(0)) || SMALL_WORDS.contains(w);
        }
        char last = text.charAt(text.length() - 1);
        return longWords >= 2 && (".!?".indexOf(last) < 0 || every);
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "for", "in", "on",
            "to", "at", "by", "de", "la", "le");

    /**
     * Whether {@code q} opens the sentence right after the quotation {@code prev} and the frame that followed it, in
     * the same paragraph, with nothing else between them.
     */
    private boolean continues(Kept prev, Quoted q) {
        if (prev.frame().isEmpty() || !prev.q().closed() || prev.q().lastParagraph() != q.firstParagraph()
                || prev.frame().get().verb() < b.tokenAt(prev.q().after()) || q.open() - prev.q().after() > 160) {
            return false;
        }
        int ends = 0;
        for (int i = prev.q().after(); i < q.open(); i++) {
            char c = b.text.charAt(i);
            if (MarkScanner.mark(b.text, i, b.text.length()) != null) {
                return false;
            }
            ends += ".!?".indexOf(c) >= 0 && (i + 1 >= b.text.length() || MarkScanner.isSpace(b.text.charAt(i + 1)))
                    ? 1 : 0;
        }
        return ends == 1 && afterFullStop(q);
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
