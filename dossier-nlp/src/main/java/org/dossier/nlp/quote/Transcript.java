package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript printed without quotation marks, as official records print them: "Senator HALLORAN:
 * Commissioner, 1.2 million accounts. …", "Mr. Olivier Lavallée (Chair, Canadian Transportation Agency): Two and a
 * half years …", and with a full stop after the surname in capitals, as Congress prints them ("Admiral
 * KETTERING-ROSS. Then we …"). Each turn is the words of the one its label names, a quotation as surely as one
 * between marks; the label before it is read as a transcript label already is when the turn is quoted ("Ana Ruiz:
 * \"…\"").
 *
 * <p>A paragraph that opens with a colon after a short label is not a turn by itself: a dateline ("PANAJI: The Goa
 * government …"), a live blog's "Update:", a "Q:" question look the same. The body is read as a transcript only when
 * its labels have a transcript's shape: two or more paragraphs after the first open with a speaker's label, one
 * label comes back (the exchange goes back and forth) or the questions are labelled "Q:", and no label in the body
 * is followed by a quotation mark (a transcript that quotes its turns marks them all, and its unmarked labelled
 * paragraphs are then questions, which news does not list). Questions labelled "Q:", "Question:" or "Reporter:"
 * are never turns. Answers labelled "A:" after labelled questions, two or more, are turns: an interview printed as
 * questions and answers, whose answers the introduction's subject gives; so are answers printed after a dash under
 * bare questions ("What do you measure?" / "— We measure …"), two or more. Linear in the length of the body;
 * stateless.
 */
final class Transcript {
    private Transcript() {
    }

    /**
     * The longest label read: a name, a title, an office in brackets ("(Chief Executive Officer, PRASA)"), or a
     * member's region and party in two ("Mairi MacInnes (Highlands and Islands) (SNP)", as Holyrood's Official Report
     * prints them).
     */
    private static final Pattern LABEL = Pattern.compile(
            "(\\p{Lu}[^:\\n\"“”«»()]{0,80}?)(\\s*\\([^()\\n]{1,140}\\)){0,2}:\\s+(\\S)");

    /**
     * A Hansard's numbered primary question: its number, the member's name, the member's party and seat in brackets,
     * and the minister it is put to ("1. HANA KEREAMA (Labour—Ikaroa-Rāwhiti) to the Minister of Transport: …"), as
     * New Zealand's and other Westminster parliaments print question time.
     */
    private static final Pattern NUMBERED_QUESTION = Pattern.compile(
            "\\d{1,3}\\.\\s+(\\p{Lu}[^:\\n\"“”«»()]{0,60}?)(\\s*\\([^()\\n]{1,140}\\))?\\s+to\\s+the\\s+"
                    + "\\p{Lu}[^:\\n\"“”«»()]{0,80}:\\s+(\\S)");

    /**
     * A label with a full stop, as the United States Congress prints its hearings and its Record: a title or a form
     * of address, then the member's surname in capitals ("Mr. DELAHAYE-CRANE. Six years late.", "Admiral
     * KETTERING-ROSS. Then we …", "Mr. SMITH of Texas. …"), or an office in capitals after "The" ("The CHAIRMAN.").
     * The capitals tell the label from a sentence: prose does not end its opening sentence on a name in capitals.
     */
    private static final Pattern FULL_STOP_LABEL = Pattern.compile(
            "((?:[\\p{L}.'’-]+\\s+){1,3}(\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)*)(?:\\s+of\\s+\\p{Lu}\\p{L}+){0,1})\\.\\s+"
                    + "(\\p{Lu}|\\d)");

    /**
     * The offset of the full stop that ends the label the paragraph {@code [begin, end)} of {@code body} opens with,
     * when it opens with a label as Congress prints it ("Admiral KETTERING-ROSS. Then we …"); -1 otherwise.
     */
    static int fullStopLabel(String body, int begin, int end) {
        int at = begin;
        while (at < end && MarkScanner.isSpace(body.charAt(at))) {
            at++;
        }
        return fullStopMatch(body, at, end).map(stop -> stop.end(1)).orElse(-1);
    }

    /** The match of a label with a full stop at {@code at}, its words in capitals or a name's particles. */
    private static Optional<Matcher> fullStopMatch(String body, int at, int end) {
        Matcher stop = FULL_STOP_LABEL.matcher(body).region(at, end);
        if (!stop.lookingAt()) {
            return Optional.empty();
        }
        for (String w : stop.group(1).split("\\s+")) {
            if (!Character.isUpperCase(w.charAt(0)) && !LOWER.contains(w)) {
                return Optional.empty(); // "Shares fell at the NYSE.": a sentence, its verb in lower case
            }
        }
        return Optional.of(stop);
    }

    /** An interview's question or answer labelled by its letter and a full stop ("Q. Why?", "A. Because …"). */
    private static final Pattern LETTER_LABEL = Pattern.compile("([QA])\\.\\s+(\\p{Lu}|\\d)");

    /** Words a label may hold in lower case: the particles of names ("Mr P du Plessis") and of offices. */
    private static final Set<String> LOWER = Set.of("of", "the", "for", "and", "on", "de", "da", "do", "dos", "das",
            "del", "della", "di", "van", "von", "der", "den", "du", "la", "le", "bin", "binti", "bint", "al", "el",
            "ibn", "i", "y", "e", "ter", "te", "zu", "a'", "a’"); // "Eilidh Nic a' Phearsain"

    /** A label's first word that marks a question put by an interviewer or a reporter: not listed. */
    private static final Set<String> ASKING = Set.of("q", "q.", "question", "questions", "reporter", "reporters",
            "journalist", "interviewer");

    /**
     * An answer's label ("A:"), which names no one: the interview's introduction says who answers. Its paragraph is a
     * turn only in a body whose questions are labelled too.
     */
    private static final Set<String> ANSWERING = Set.of("a", "a.", "answer");

    /** Whether {@code label}, the words before a paragraph's colon, is an answer's ("A:", "Answer:"). */
    static boolean answerLabel(String label) {
        return ANSWERING.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Newsroom labels that open a paragraph with a colon and are no one's words ("Update:", "Editor's note:"). */
    private static final Set<String> NEWSROOM = Set.of("update", "updated", "breaking", "breaking news", "correction",
            "clarification", "note", "editor's note", "editor’s note", "editors' note", "watch", "read", "read more",
            "related", "see also", "also", "background", "context", "analysis", "photo", "photos", "video", "source",
            "sources", "key points", "live", "summary", "timeline", "fact check", "listen", "more", "opinion",
            "warning", "disclaimer");

    /** One labelled paragraph: where its words begin and the label's key (its last word, upper-cased). */
    private record Turn(int paragraph, int begin, String key, boolean asking, boolean answering, boolean marked) {
    }

    /**
     * The unmarked turns of the body as quotations, one per paragraph, in order; none when the body is not a
     * transcript printed without marks.
     */
    static List<Quoted> unmarkedTurns(String body, int[] parBegin, int[] parEnd) {
        List<Quoted> dashed = dashedAnswers(body, parBegin, parEnd);
        if (!dashed.isEmpty()) {
            return dashed;
        }
        List<Turn> turns = new ArrayList<>();
        for (int p = 1; p < parBegin.length; p++) {
            label(body, p, parBegin[p], parEnd[p]).ifPresent(turns::add);
        }
        int spoken = 0;
        int answers = 0;
        boolean asked = false;
        boolean back = false;
        Map<String, Integer> seen = new HashMap<>();
        for (Turn t : turns) {
            if (t.marked()) {
                return List.of();
            }
            if (t.asking()) {
                asked = true;
                continue;
            }
            if (t.answering()) {
                answers++; // "Q: … / A: …": the answers are the interviewee's, whom no label names
                continue;
            }
            spoken++;
            back |= seen.merge(t.key(), 1, Integer::sum) > 1;
        }
        boolean interview = asked && answers >= 2;
        if (!interview && (spoken < 2 || !back && !asked)) {
            return List.of();
        }
        List<Quoted> out = new ArrayList<>();
        for (Turn t : turns) {
            if (!t.asking() && (interview || !t.answering())) {
                int end = parEnd[t.paragraph()];
                while (end > t.begin() && MarkScanner.isSpace(body.charAt(end - 1))) {
                    end--;
                }
                // an answer opens at its label, so that it stands as its own paragraph, as a quoted answer would
                int open = t.answering() ? parBegin[t.paragraph()] : t.begin();
                out.add(new Quoted(open, end, List.of(new Quoted.Segment(t.paragraph(), t.begin(), end)), true));
            }
        }
        return out;
    }

    /** An answer printed after a dash, as many papers print an interview's answers ("— We measure …"). */
    private static final Pattern DASH = Pattern.compile("[—–―]\\s+(\\S)");

    /** Where the words of the paragraph {@code [begin, end)} begin after the dash that opens it; -1 if none does. */
    private static int afterDash(String body, int begin, int end) {
        int at = begin;
        while (at < end && MarkScanner.isSpace(body.charAt(at))) {
            at++;
        }
        Matcher m = DASH.matcher(body).region(at, end);
        return m.lookingAt() ? m.start(1) : -1;
    }

    /**
     * An interview whose answers follow a dash, under questions printed as bare paragraphs ("What do you measure up
     * there?" / "— We measure how fast …"): two answers at least right after a question that opens with no dash (a
     * dialogue written with dashes opens its questions with one too). Then every unmarked paragraph that opens with a
     * dash is an answer, also after a statement put to the interviewee; none otherwise.
     */
    private static List<Quoted> dashedAnswers(String body, int[] parBegin, int[] parEnd) {
        int answered = 0;
        for (int p = 1; p < parBegin.length; p++) {
            String before = body.substring(parBegin[p - 1], parEnd[p - 1]).strip();
            if (afterDash(body, parBegin[p], parEnd[p]) >= 0 && before.endsWith("?")
                    && afterDash(body, parBegin[p - 1], parEnd[p - 1]) < 0) {
                answered++;
            }
        }
        if (answered < 2) {
            return List.of();
        }
        List<Quoted> out = new ArrayList<>();
        for (int p = 1; p < parBegin.length; p++) {
            int text = afterDash(body, parBegin[p], parEnd[p]);
            if (text < 0 || MarkScanner.mark(body, text, parEnd[p]) != null) {
                continue;
            }
            int end = parEnd[p];
            while (end > text && MarkScanner.isSpace(body.charAt(end - 1))) {
                end--;
            }
            out.add(new Quoted(parBegin[p], end, List.of(new Quoted.Segment(p, text, end)), true));
        }
        return out;
    }

    /** Whether {@code paragraph} opens with a dash and a space, as an interview's answer printed after a dash does. */
    static boolean opensWithDash(String paragraph) {
        return DASH.matcher(paragraph.strip()).lookingAt();
    }

    /** The label paragraph {@code p} opens with, if it opens with one. */
    private static Optional<Turn> label(String body, int p, int begin, int end) {
        int at = begin;
        while (at < end && MarkScanner.isSpace(body.charAt(at))) {
            at++;
        }
        Matcher letter = LETTER_LABEL.matcher(body).region(at, end);
        if (letter.lookingAt()) {
            // "Q. How did you start?" / "A. My father …": an interview's labels with a full stop, not a colon
            int text = letter.start(2);
            boolean answering = letter.group(1).equals("A");
            return MarkScanner.mark(body, text, end) != null && answering ? Optional.empty()
                    : Optional.of(new Turn(p, text, "", !answering, answering, false));
        }
        Optional<Matcher> stop = fullStopMatch(body, at, end);
        if (stop.isPresent()) {
            int text = stop.get().start(3);
            return Optional.of(new Turn(p, text, stop.get().group(2), false, false,
                    MarkScanner.mark(body, text, end) != null));
        }
        Matcher m = LABEL.matcher(body).region(at, end);
        if (!m.lookingAt() && !(m = NUMBERED_QUESTION.matcher(body).region(at, end)).lookingAt()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        String[] words = name.split("\\s+");
        // an office before the holder's name in brackets may run longer: "The Senior Minister of State for Manpower
        // (Dr Ana Ruiz):", as Hansards print a minister's turns
        int most = m.group(2) != null && Character.isUpperCase(words[words.length - 1].charAt(0)) ? 9 : 6;
        // "Deputy T. Renouf-Gallichan of St. Helier North:": a member and the seat she sits for, as the States of
        // Jersey and other houses print a member's first turn; the name before "of" is the key
        int named = words.length;
        for (int i = 2; i < words.length - 1 && named == words.length; i++) {
            named = words[i].equals("of") && words.length - i - 1 <= 6 ? i : named;
        }
        if (named > most || NEWSROOM.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (answerLabel(name)) {
            int text = m.start(3); // a quoted answer ("A: \"…\"") is a quotation already
            return MarkScanner.mark(body, text, end) != null ? Optional.empty()
                    : Optional.of(new Turn(p, text, "", false, true, false));
        }
        for (String w : words) {
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (!capital && !LOWER.contains(w) || w.chars().anyMatch(Character::isDigit)
                    || w.endsWith(",") || w.endsWith(";")) {
                return Optional.empty(); // a sentence with a colon in it, a time, a list
            }
        }
        int text = m.start(3);
        boolean marked = MarkScanner.mark(body, text, end) != null;
        String key = words[named - 1].toUpperCase(Locale.ROOT);
        boolean asking = ASKING.contains(words[0].toLowerCase(Locale.ROOT));
        return Optional.of(new Turn(p, text, key, asking, false, marked));
    }
}
