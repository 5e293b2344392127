package org.dossier.nlp.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.nlp.RecordStep;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;
import org.dossier.nlp.text.Parse;
import org.dossier.nlp.text.Section;
import org.dossier.nlp.text.Sentence;
import org.dossier.nlp.text.TextAnnotator;
import org.dossier.nlp.text.TimeExpression;
import org.dossier.nlp.text.Token;
import org.dossier.nlp.time.Anchor;

/**
 * The event step: codes the political events of an article's body in PLOVER types and modes, each with
 * actor and target resolved to canonical entities, location, date, status and its sentence as evidence.
 *
 * <p>How: a cheap test on words picks the sentences that may hold an event (a trigger of the project's
 * lexicon and someone to act); only those are tagged and parsed ({@link TextAnnotator#parse}); the
 * dependency tree gives each trigger its subject, object and obliques, which resolve to the article's
 * entity mentions. The article pass then dates events that their sentence leaves undated (another report
 * of the same event, the paragraph's time, the publication date for a just-reported lead event), marks
 * events dated well before publication as {@code historical} and merges repeated reports of one event.
 * English only: articles in another language get no events.
 *
 * <p>Stateless and thread-safe; one instance serves every thread.
 */
public final class EventCoder implements RecordStep {
    /**
     * At most this many sentences of one article are parsed: about 30,000 tokens, ten times a long
     * feature. A longer "article" is a dump; its first sentences are coded and the rest skipped, so the
     * work stays bounded.
     */
    public static final int MAX_PARSED_SENTENCES = 1_000;

    /** Events that end more than this many days before publication are recalled background. */
    static final int HISTORICAL_DAYS = 7;

    /** Body paragraphs that make the lead, where an undated report is the news of the day. */
    private static final int LEAD_PARAGRAPHS = 2;

    private final Lexicon lexicon = Lexicon.get();

    @Override
    public Record apply(Document document, Record record) {
        return new Record(record.article(), record.entities(), record.quotes(), code(document));
    }

    /** The events of the document's body, in body order. */
    public List<Event> code(Document doc) {
        if (doc.article().language().filter(l -> !l.toLowerCase(Locale.ROOT).startsWith("en")).isPresent()) {
            return List.of();
        }
        Optional<Anchor> anchor = Anchor.of(doc.article());
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, List<TimeExpression>> frames = new HashMap<>();
        BitSet quoted = quotedChars(doc.article().body());
        int parsed = 0;
        for (Sentence s : doc.sentences(Section.BODY)) {
            if (parsed >= MAX_PARSED_SENTENCES) {
                break;
            }
            if (quoted(s, quoted) || !candidate(doc, s)) {
                continue;
            }
            Optional<Parse> parse = TextAnnotator.shared().parse(s, datelineEnd(doc, s), attributionStart(s));
            if (parse.isEmpty()) {
                continue;
            }
            parsed++;
            Tree tree = new Tree(s, parse.get());
            frames.put(s.index(), frameTimes(doc, tree));
            drafts.addAll(new SentenceCoder(doc, tree, anchor).code());
        }
        drafts = dateFromContext(doc, drafts, anchor, frames);
        drafts = statusFromDate(drafts, anchor);
        List<Event> out = new ArrayList<>();
        for (Draft d : mergeReports(drafts)) {
            out.add(event(d));
        }
        return out;
    }

    /**
     * How many tokens of the document's body the coder parses: the measure of its cost, since tagging
     * and parsing dominate it (for benchmarks; the same test as {@link #code}).
     */
    public long parsedTokens(Document doc) {
        long n = 0;
        int parsed = 0;
        BitSet quoted = quotedChars(doc.article().body());
        for (Sentence s : doc.sentences(Section.BODY)) {
            if (parsed < MAX_PARSED_SENTENCES && !quoted(s, quoted) && candidate(doc, s)) {
                n += attributionStart(s) - datelineEnd(doc, s);
                parsed++;
            }
        }
        return n;
    }

    /**
     * The characters of a body inside double quotation marks (straight or curly), paragraph by paragraph:
     * what people are quoted as saying. One pass over the body.
     */
    static BitSet quotedChars(String body) {
        BitSet inside = new BitSet(body.length());
        boolean open = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                open = false; // a quotation left open runs to the end of its paragraph at most
            } else if (c == '\u201c') {
                open = true;
            } else if (c == '\u201d') {
                open = false;
            } else if (c == '"') {
                open = !open;
            } else if (open) {
                inside.set(i);
            }
        }
        return inside;
    }

    /**
     * Whether a sentence is a direct quotation: it opens inside quotation marks and they hold at least
     * two in five of its words (the rest is the attribution: "…," said an analyst in Seoul). Quoted
     * speech is opinion and forecast far more often than a report of an event, and parsing is the
     * coder's main cost, so quotations are not coded.
     */
    static boolean quoted(Sentence s, BitSet quotedChars) {
        if (s.section() != Section.BODY) {
            return false;
        }
        int in = 0;
        int words = 0;
        boolean opensQuoted = false;
        for (Token t : s.tokens()) {
            if (Character.isLetterOrDigit(t.text().codePointAt(0))) {
                if (words == 0) {
                    opensQuoted = quotedChars.get(t.begin());
                }
                words++;
                in += quotedChars.get(t.begin()) ? 1 : 0;
            }
        }
        return opensQuoted && in * 5 >= words * 2;
    }

    /** Verbs of an attribution that closes a sentence (", the ministry said."). */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "adds", "stated",
            "according", "reported", "noted", "wrote", "explained", "argued", "insisted", "warned-not");

    /**
     * Where an attribution that closes the sentence begins (", Kim Jae-chun, a professor at Sogang
     * University, told reporters."): the last comma after which come a verb of saying and no trigger.
     * The token count when there is none.
     */
    int attributionStart(Sentence s) {
        List<Token> t = s.tokens();
        for (int c = t.size() - 2; c > 2 && t.size() - c <= 30; c--) {
            if (!t.get(c).text().equals(",")) {
                continue;
            }
            boolean speech = false;
            for (int k = c + 1; k < t.size(); k++) {
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                if (lexicon.mayTrigger(w)) {
                    return t.size();
                }
                speech |= SPEECH.contains(w);
            }
            return speech ? c : t.size();
        }
        return t.size();
    }

    /** Personal pronouns that can stand for a participant the sentence does not name. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him", "they", "their", "them");

    /**
     * The cheap test, on words and entity mentions only, that picks the sentences worth parsing (parsing
     * is most of the coder's cost): a trigger word, and enough parties around it. A trigger that can
     * stand alone ("protested", "pledged to") needs one party; any other needs two (a place counts as the
     * second, for visits); a trigger that can only be a noun ("summit", "sanctions") needs a party within
     * a few words of it, where its actor or target would be named ("Kim's visit", "talks with Moon").
     */
    boolean candidate(Document doc, Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 3 || tokens.size() > TextAnnotator.MAX_PARSE_TOKENS) {
            return false;
        }
        boolean[] party = new boolean[tokens.size()];
        Set<String> parties = new HashSet<>();
        int places = 0;
        for (Mention m : doc.mentionsIn(s)) {
            boolean place = m.type() == EntityType.LOCATION && m.kind() != MentionKind.METONYM;
            if (place) {
                places++;
            } else {
                parties.add(m.entityId());
            }
            for (int k = s.tokenAt(m.begin()); k < tokens.size() && tokens.get(k).begin() < m.end(); k++) {
                party[k] = !place;
            }
        }
        boolean named = !parties.isEmpty();
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            Optional<String> sector = lexicon.groupSector(w);
            // unnamed officials ("the ministry", "local officials") act only for a state the sentence names
            boolean group = sector.isPresent() && (named || !sector.get().equals("GOV"));
            if (group || PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                party[k] = true;
                parties.add("#" + k);
            }
        }
        if (parties.isEmpty()) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            if (w.equals("-") && k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).end() == tokens.get(k).begin()
                    && tokens.get(k).end() == tokens.get(k + 1).begin()) {
                w = tokens.get(k - 1).text() + "-" + tokens.get(k + 1).text(); // "sit-in", "test-fired"
            }
            if (!lexicon.mayTrigger(w)) {
                continue;
            }
            boolean enough = lexicon.mayStandAlone(w) || parties.size() + Math.min(places, 1) >= 2;
            if (!enough) {
                continue;
            }
            if (lexicon.mayBeVerb(w)) {
                return true;
            }
            for (int j = Math.max(0, k - NOUN_WINDOW); j < Math.min(tokens.size(), k + NOUN_WINDOW + 1); j++) {
                if (party[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How near a noun trigger a party must be named. */
    private static final int NOUN_WINDOW = 8;

    /**
     * Dates the events their own clause leaves undated, from the most to the least direct evidence: an
     * earlier or later report of the same event ("Kim's visit" after "a visit to China by Kim in late
     * March"); the time the paragraph or sentence set before the event, at month precision; for a
     * just-reported event of the lead, the publication date (present or perfect tense) or its month
     * (past tense); for a meeting between a visitor and the host, the visit's dates.
     */
    private List<Draft> dateFromContext(Document doc, List<Draft> drafts, Optional<Anchor> anchor,
                                        Map<Integer, List<TimeExpression>> frames) {
        List<Draft> out = new ArrayList<>(drafts);
        for (int k = 0; k < out.size(); k++) {
            Draft d = out.get(k);
            if (d.dating() == Draft.Dating.NONE && d.definite()) {
                Optional<String> same = sameEventDate(out, d);
                if (same.isPresent()) {
                    out.set(k, d.withDate(same, Draft.Dating.SAME_EVENT));
                }
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Draft d = out.get(k);
            if (d.dating() == Draft.Dating.NONE
                    && (d.status() == EventStatus.REPORTED || d.status() == EventStatus.HISTORICAL)) {
                Optional<String> context = contextDate(doc, d, frames);
                if (context.isPresent()) {
                    out.set(k, d.withDate(context, Draft.Dating.PARAGRAPH));
                }
            }
        }
        visitsAndMeetings(out);
        for (int k = 0; k < out.size(); k++) {
            Draft d = out.get(k);
            if (d.dating() == Draft.Dating.NONE && anchor.isPresent() && d.sentence().paragraph() < LEAD_PARAGRAPHS
                    && d.status() == EventStatus.REPORTED) {
                Optional<String> lead = leadDate(anchor.get(), d.tense());
                if (lead.isPresent()) {
                    out.set(k, d.withDate(lead, Draft.Dating.PUBLICATION));
                }
            }
        }
        visitsAndMeetings(out);
        return out;
    }

    /**
     * A visit and the meeting with the host it was for date each other: "Kim held talks with Xi in Dalian
     * on Monday and Tuesday, … his second trip to China"; "Kim is visiting China … Kim and Xi held talks".
     */
    private static void visitsAndMeetings(List<Draft> out) {
        for (int k = 0; k < out.size(); k++) {
            Draft d = out.get(k);
            if (d.dating() != Draft.Dating.NONE || d.type() != Plover.CONSULT || d.mode().isEmpty()) {
                continue;
            }
            Optional<String> date = Optional.empty();
            if (d.mode().get().equals("visit")) {
                date = meetingDate(out, d);
            } else if (d.mode().get().equals("meet") && d.status() != EventStatus.HISTORICAL && d.target().isPresent()) {
                date = visitDate(out, d);
            }
            if (date.isPresent()) {
                out.set(k, d.withDate(date, Draft.Dating.VISIT));
            }
        }
    }

    private static Optional<String> sameEventDate(List<Draft> drafts, Draft d) {
        String best = null;
        long bestDays = Long.MAX_VALUE;
        for (Draft o : drafts) {
            if (o == d || o.dating() != Draft.Dating.SENTENCE || !o.sameEvent(d) || o.date().isEmpty()) {
                continue;
            }
            if (best != null && !DateSpan.compatible(best, o.date().get())) {
                return Optional.empty(); // two different events of the same kind: the reference is ambiguous
            }
            long days = DateSpan.parse(o.date().get()).map(DateSpan::days).orElse(Long.MAX_VALUE);
            if (days < bestDays) {
                best = o.date().get();
                bestDays = days;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The time frame the text set before the event, at month precision: a time expression of the main
     * clause (not of a relative or reported clause) earlier in the sentence, or in the nearest earlier
     * sentence of the paragraph that sets one ("Ri arrived in Moscow on Monday … Ri also met Wang Yi").
     */
    private static Optional<String> contextDate(Document doc, Draft d, Map<Integer, List<TimeExpression>> frames) {
        Sentence s = d.sentence();
        int triggerBegin = s.tokens().get(d.trigger()).begin();
        for (TimeExpression t : doc.timesIn(s)) {
            if (t.begin() > triggerBegin) {
                // the sentence dates something else after the event ("agreed to talks in April"): no inference
                return Optional.empty();
            }
        }
        TimeExpression last = null;
        for (TimeExpression t : frames.getOrDefault(s.index(), List.of())) {
            if (t.begin() < triggerBegin) {
                last = t;
            }
        }
        for (int k = s.index() - 1; last == null && k >= 0 && k >= s.index() - 3; k--) {
            Sentence prev = doc.sentence(k);
            if (prev.section() != s.section() || prev.paragraph() != s.paragraph()) {
                break;
            }
            List<TimeExpression> set = frames.get(k);
            if (set == null) {
                if (doc.timesIn(prev).stream().anyMatch(t -> t.value().isPresent())) {
                    break; // a sentence not parsed gives a time: the frame is unknown
                }
                continue;
            }
            if (!set.isEmpty()) {
                last = set.get(set.size() - 1);
            }
        }
        return last == null ? Optional.empty() : last.value().map(EventCoder::toMonth);
    }

    /**
     * The resolved time expressions that set the time of a sentence's main clause: reached from the root
     * without passing through a relative, reported or parenthetical clause.
     */
    private static List<TimeExpression> frameTimes(Document doc, Tree tree) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : doc.timesIn(tree.sentence)) {
            if (t.value().isEmpty()) {
                continue;
            }
            int k = tree.tokenAt(t.begin());
            boolean frame = !(tree.head(k) < 0 && tree.rel(k).equals("dep")); // left out of the parse
            for (int guard = 0; guard < 30 && tree.head(k) >= 0; guard++) {
                String r = tree.rel(k);
                if (r.startsWith("acl") || r.equals("ccomp") || r.startsWith("csubj") || r.equals("parataxis")
                        || r.equals("appos") || r.equals("dep")) {
                    frame = false;
                    break;
                }
                k = tree.head(k);
            }
            if (frame) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Where a dateline at the start of a paragraph ends ("MOSCOW (Agency), Reporter Name -"), so that the
     * parser does not read it as the subject: an all-capital place word, then only capitalised words,
     * brackets and commas, then a dash with a space before it; 0 when there is none.
     */
    static int datelineEnd(Document doc, Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || s.index() > 0 && doc.sentence(s.index() - 1).paragraph() == s.paragraph()
                && doc.sentence(s.index() - 1).section() == s.section()) {
            return 0;
        }
        String first = t.get(0).text();
        if (first.length() < 3 || !first.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'')) {
            return 0;
        }
        for (int k = 1; k < Math.min(14, t.size() - 2); k++) {
            String w = t.get(k).text();
            if ((w.equals("-") || w.equals("\u2014") || w.equals("\u2013") || w.equals("--"))
                    && t.get(k).begin() > t.get(k - 1).end()) {
                return k + 1;
            }
            boolean ok = w.equals("(") || w.equals(")") || w.equals(",") || w.equals("/")
                    || Character.isUpperCase(w.codePointAt(0));
            if (!ok) {
                return 0;
            }
        }
        return 0;
    }

    /** A date at month precision at most: {@code 2018-04-09} becomes {@code 2018-04}. */
    static String toMonth(String iso) {
        Optional<DateSpan> span = DateSpan.parse(iso);
        if (span.isEmpty() || iso.length() <= 7 && !iso.contains("/")) {
            return iso;
        }
        LocalDate a = span.get().first();
        LocalDate b = span.get().last();
        String first = String.format(Locale.ROOT, "%04d-%02d", a.getYear(), a.getMonthValue());
        String last = String.format(Locale.ROOT, "%04d-%02d", b.getYear(), b.getMonthValue());
        if (first.equals(last)) {
            return first;
        }
        if (span.get().days() > 366) {
            return iso;
        }
        return first + "/" + last;
    }

    /** The publication date a lead event takes: the day for what is under way, the month for the past. */
    private static Optional<String> leadDate(Anchor anchor, Clause.Tense tense) {
        String full = switch (anchor.precision()) {
            case DAY -> anchor.date().toString();
            case MONTH -> anchor.date().toString().substring(0, 7);
            case YEAR -> anchor.date().toString().substring(0, 4);
        };
        // a simple present in running text is habitual or general ("every time Kim meets …"): not dated
        return switch (tense) {
            case PROGRESSIVE, PERFECT -> Optional.of(full);
            case PAST -> Optional.of(full.length() > 7 ? full.substring(0, 7) : full);
            default -> Optional.empty();
        };
    }

    /** The date of a meeting, reported in the same sentence, between the visitor and someone of the host. */
    private static Optional<String> meetingDate(List<Draft> drafts, Draft visit) {
        String host = visit.target().flatMap(Participant::id).orElse("");
        for (Draft m : drafts) {
            if (m.sentence() != visit.sentence() || m.type() != Plover.CONSULT || m.date().isEmpty()
                    || m.target().isEmpty() || m.dating() != Draft.Dating.SENTENCE) {
                continue;
            }
            Participant a = m.actor();
            Participant b = m.target().get();
            if (a.same(visit.actor()) && b.country().filter(host::equals).isPresent()
                    || b.same(visit.actor()) && a.country().filter(host::equals).isPresent()) {
                return m.date();
            }
        }
        return Optional.empty();
    }

    /** The dates of a visit during which this meeting between the visitor and the host took place. */
    private static Optional<String> visitDate(List<Draft> drafts, Draft meeting) {
        Participant a = meeting.actor();
        Participant b = meeting.target().get();
        for (Draft v : drafts) {
            if (v.type() != Plover.CONSULT || v.mode().filter("visit"::equals).isEmpty() || v.date().isEmpty()
                    || v.target().isEmpty() || v.status() == EventStatus.HISTORICAL) {
                continue;
            }
            String host = v.target().get().id().orElse("");
            boolean aVisits = v.actor().same(a) && b.country().filter(host::equals).isPresent();
            boolean bVisits = v.actor().same(b) && a.country().filter(host::equals).isPresent();
            if (aVisits || bVisits) {
                return v.date();
            }
        }
        return Optional.empty();
    }

    /**
     * Reported events dated more than {@value #HISTORICAL_DAYS} days before publication are recalled
     * background ({@code historical}); events dated after it are {@code planned}.
     */
    private static List<Draft> statusFromDate(List<Draft> drafts, Optional<Anchor> anchor) {
        if (anchor.isEmpty()) {
            return drafts;
        }
        Optional<DateSpan> pub = DateSpan.parse(anchor.get().date().toString()
                .substring(0, switch (anchor.get().precision()) {
                    case DAY -> 10;
                    case MONTH -> 7;
                    case YEAR -> 4;
                }));
        if (pub.isEmpty()) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Optional<DateSpan> span = d.date().flatMap(DateSpan::parse);
            if (span.isPresent() && d.status() == EventStatus.REPORTED) {
                if (span.get().last().isBefore(pub.get().first().minusDays(HISTORICAL_DAYS))) {
                    d = d.withStatus(EventStatus.HISTORICAL);
                } else if (span.get().first().isAfter(pub.get().last())) {
                    d = d.withStatus(EventStatus.PLANNED);
                }
            }
            out.add(d);
        }
        return out;
    }

    /**
     * One event per real-world event of the article: reports of the same type between the same
     * participants, with the same kind of status and compatible dates, merge into the one with the most
     * precise date (the first of them on a tie), which keeps its evidence.
     */
    private static List<Draft> mergeReports(List<Draft> drafts) {
        List<List<Draft>> groups = new ArrayList<>();
        for (Draft d : drafts) {
            List<Draft> home = null;
            for (List<Draft> g : groups) {
                Draft first = g.get(0);
                if (first.sameEvent(d) && statusGroup(first.status()) == statusGroup(d.status())
                        && g.stream().allMatch(o -> compatible(o, d))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(d);
        }
        List<Draft> out = new ArrayList<>();
        for (List<Draft> g : groups) {
            Draft best = g.get(0);
            long bestDays = days(best);
            for (Draft d : g) {
                if (days(d) < bestDays) {
                    best = d;
                    bestDays = days(d);
                }
            }
            if (best.location().isEmpty()) {
                Optional<String> loc = g.stream().map(Draft::location).flatMap(Optional::stream).findFirst();
                best = best.withLocation(loc);
            }
            out.add(best);
        }
        out.sort(Comparator.comparingInt((Draft d) -> d.sentence().begin()).thenComparingInt(Draft::trigger));
        return out;
    }

    /**
     * Whether two reports can be one event by their dates: overlapping dates, or one report with no date
     * information at all. A date the text gives but that cannot be resolved ("in May" on an undated page)
     * keeps the report apart from dated ones, unless the report refers back to a known event ("Kim's
     * trip to Beijing from Monday").
     */
    private static boolean compatible(Draft a, Draft b) {
        if (a.date().isPresent() && b.date().isPresent()) {
            return DateSpan.compatible(a.date().get(), b.date().get());
        }
        return a.date().isEmpty() && (a.dating() != Draft.Dating.UNRESOLVED || a.definite())
                || b.date().isEmpty() && (b.dating() != Draft.Dating.UNRESOLVED || b.definite());
    }

    private static long days(Draft d) {
        return d.date().flatMap(DateSpan::parse).map(DateSpan::days).orElse(Long.MAX_VALUE);
    }

    private static int statusGroup(EventStatus s) {
        return switch (s) {
            case REPORTED, HISTORICAL -> 0;
            case PLANNED -> 1;
            case SPECULATED -> 2;
            case DENIED, NEGATED -> 3;
        };
    }

    private static Event event(Draft d) {
        Optional<Participant> t = d.target();
        return new Event(d.type().name(), d.mode(), d.status(), Optional.of(d.actor().name()), d.actor().id(),
                d.actor().country(), t.map(Participant::name), t.flatMap(Participant::id),
                t.flatMap(Participant::country), d.location(), d.date(), d.sentence().text(), d.sentence().begin(),
                Math.min(1.0, d.confidence()));
    }
}
