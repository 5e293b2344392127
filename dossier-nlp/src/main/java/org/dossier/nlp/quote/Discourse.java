package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Predicate;

/**
 * Who has spoken and who the text has been about so far, in reading order: what "he said", "the professor
 * stated" and a quotation with no frame resolve against. Without coreference: recency, the paragraph, gender
 * where known, and the titles the article gave. Looks back over a bounded number of entries, so each lookup
 * costs constant time. One instance per document; not thread-safe.
 */
final class Discourse {
    /** How many earlier entries a pronoun or description may reach back over. */
    static final int LOOKBACK = 60;
    /** Gender evidence, weakest first: a pronoun this reader resolved, a possessive after the name, the name itself. */
    static final int GUESSED = 1;
    static final int TOLD = 2;
    static final int STATED = 3;

    /**
     * One thing the text did with a speaker: spoke, was the subject of a sentence (introduced: with a title after the
     * name), or was only named in passing (an aside: a last resort for a pronoun). {@code deed}, for a person named
     * for the first time as a sentence's subject, holds the common words of what the sentence says they did (see
     * {@link #named}); null otherwise.
     */
    private record Entry(Speaker speaker, int paragraph, boolean spoke, String head, boolean introduced,
                         boolean aside, Set<String> deed) {
        Entry(Speaker speaker, int paragraph, boolean spoke, String head, boolean introduced, boolean aside) {
            this(speaker, paragraph, spoke, head, introduced, aside, null);
        }
    }

    private final List<Entry> history = new ArrayList<>();
    private final Map<String, Character> genders = new HashMap<>();
    private final Map<String, Integer> genderLevels = new HashMap<>();
    private int anonymous;

    /** A new speaker the text does not name ("a senior official said"), known by the role noun it gave. */
    Speaker anonymous(String head) {
        anonymous++;
        return new Speaker("", Optional.of("anonymous/" + anonymous), Optional.of(head), true);
    }

    /** {@code s} spoke (a quotation or reported speech) in {@code paragraph}. */
    void spoke(Speaker s, int paragraph, String head) {
        history.add(new Entry(s, paragraph, true, head, false, false));
    }

    /**
     * A sentence in {@code paragraph} is about {@code s}; {@code introduced} when it presents the person with a
     * title after the name ("Lee, a former minister, was blunt about it.").
     */
    void mentioned(Speaker s, int paragraph, boolean introduced) {
        history.add(new Entry(s, paragraph, false, "", introduced, false));
    }

    /** {@code s} had a say in {@code paragraph} without a quote of its own ("Lee dismissed the remarks"). */
    void reacted(Speaker s, int paragraph, boolean introduced) {
        history.add(new Entry(s, paragraph, true, "", introduced, false));
    }

    /**
     * The text has just stated what {@code key} is ("Father Ana Ruiz is a Catholic priest …"): from now on a pronoun
     * or a description that reaches back to that person finds the person with {@code title}.
     */
    void retitle(String key, String title) {
        for (int i = 0; i < history.size(); i++) {
            Entry e = history.get(i);
            Speaker s = e.speaker();
            if (s.key().equals(key)) {
                history.set(i, new Entry(new Speaker(s.name(), s.id(), Optional.of(title), s.person()), e.paragraph(),
                        e.spoke(), e.head(), e.introduced(), e.aside(), e.deed()));
            }
        }
    }

    /**
     * A sentence in {@code paragraph} names {@code s} for the first time, as its subject, doing what the content
     * words {@code deed} say ("Former striker Lee scored the goal that won the title").
     */
    void named(Speaker s, int paragraph, Set<String> deed) {
        history.add(new Entry(s, paragraph, false, "", false, false, deed));
    }

    /** A person named in passing in {@code paragraph} ("when Guadalupe Ortiz starts the first batch"). */
    void aside(Speaker s, int paragraph) {
        history.add(new Entry(s, paragraph, false, "", false, true));
    }

    /**
     * A person presented in this paragraph or the one before, since anyone last spoke: the voice a quotation with
     * no frame most likely belongs to.
     */
    Optional<Speaker> introduced(int paragraph) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            if (e.aside()) {
                continue;
            }
            if (e.spoke() || e.paragraph() < paragraph - 1) {
                return Optional.empty();
            }
            if (e.introduced() && e.speaker().person()) {
                return Optional.of(e.speaker());
            }
        }
        return Optional.empty();
    }

    /**
     * The person the last sentence of {@code paragraph} was about, if that sentence is the latest entry and no one
     * spoke in the paragraph: a quotation with no frame right after it is theirs ("Ana Ruiz shrugged. \"…\"").
     */
    Optional<Speaker> subjectIn(int paragraph) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            if (e.paragraph() != paragraph || e.spoke()) {
                return Optional.empty();
            }
            if (!e.aside() && e.speaker().person() && !e.speaker().anonymous()) {
                return Optional.of(e.speaker());
            }
        }
        return Optional.empty();
    }

    /** The person met most recently (within the look-back) for whom {@code test} holds. */
    Optional<Speaker> latest(Predicate<Speaker> test) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Speaker s = history.get(i).speaker();
            if (s.person() && !s.anonymous() && test.test(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** What is known of a person's gender ('m' or 'f'): stronger evidence replaces weaker, the first of a kind stands. */
    void gender(String key, char g, int level) {
        if (g != 0 && genderLevels.getOrDefault(key, 0) < level) {
            genders.put(key, g);
            genderLevels.put(key, level);
        }
    }

    /** The last speaker of {@code paragraph}, if someone spoke there already. */
    Optional<Speaker> lastSpeakerIn(int paragraph) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry e = history.get(i);
            if (e.paragraph() < paragraph) {
                break;
            }
            if (e.spoke() && e.paragraph() == paragraph) {
                return Optional.of(e.speaker());
            }
        }
        return Optional.empty();
    }

    /** The most recent speaker. */
    Optional<Speaker> lastSpeaker() {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            if (history.get(i).spoke()) {
                return Optional.of(history.get(i).speaker());
            }
        }
        return Optional.empty();
    }

    /**
     * "he"/"she" in {@code paragraph}: the most recent person who spoke, unless the text has turned to another
     * person since, in this paragraph, or in the one before when the speaker is further back than that (and that
     * person is not named inside the quotation itself: a quotation about Kim is not by Kim). With no one who
     * spoke, the person the text was last about; with no one at all, someone named in passing. A gender this reader
     * only guessed from an earlier pronoun yields when no one else fits.
     */
    Optional<Speaker> pronoun(char gender, int paragraph, Set<String> namedInside) {
        return pronoun(gender, paragraph, namedInside, Set.of());
    }

    /**
     * As {@link #pronoun(char, int, Set)}, for words whose content words are {@code voiced}: a person named for the
     * first time in the paragraph before, doing something these words do not take up, is the new voice ("Former
     * striker Lee scored the goal that … / He said he backed the sale"); words that take it up react to it
     * ("Chancellor Krause … promised emergency funds. / \"Promises of emergency money are welcome …,\" she said").
     */
    Optional<Speaker> pronoun(char gender, int paragraph, Set<String> namedInside, Set<String> voiced) {
        Optional<Speaker> s = pronoun(gender, paragraph, namedInside, GUESSED, voiced);
        if (s.isEmpty()) {
            s = pronoun(gender, paragraph, namedInside, TOLD, voiced);
        }
        if (s.isEmpty()) {
            for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
                Entry e = history.get(i);
                if (e.paragraph() < paragraph - 2) {
                    break;
                }
                if (e.aside() && fitsGender(e.speaker(), gender, GUESSED) && !namedInside.contains(e.speaker().key())) {
                    return Optional.of(e.speaker());
                }
            }
        }
        return s;
    }

    private Optional<Speaker> pronoun(char gender, int paragraph, Set<String> namedInside, int trust,
                                      Set<String> voiced) {
        Entry subject = null;
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            Speaker s = e.speaker();
            if (e.aside() || !s.person() || namedInside.contains(s.key()) || !fitsGender(s, gender, trust)) {
                continue;
            }
            Character known = genders.get(s.key());
            if (e.spoke()) {
                // a person presented with a title just before ("X, a minister, …") is the new voice; so is one
                // whom the text shows to be a "she" when the speaker's gender is unknown
                boolean sure = subject != null && known == null
                        && gender == genders.getOrDefault(subject.speaker().key(), '?');
                boolean turned = subject != null && (subject.paragraph() == paragraph
                        || subject.paragraph() == paragraph - 1
                        && (e.paragraph() < paragraph - 2 || subject.introduced() || sure
                        || subject.deed() != null && Collections.disjoint(subject.deed(), voiced)));
                return Optional.of(turned ? subject.speaker() : s);
            }
            if (subject == null) {
                subject = e;
            }
        }
        return Optional.ofNullable(subject).map(Entry::speaker);
    }

    /** The latest person other than {@code except} who spoke in {@code paragraph} or after. */
    Optional<Speaker> lastSpeakerSince(int paragraph, String except) {
        return lastSpeakerSince(paragraph, s -> !s.key().equals(except));
    }

    /** The latest one, person or body, who spoke in {@code paragraph} or after: whoever issued a statement there. */
    Optional<Speaker> lastVoiceSince(int paragraph) {
        for (int i = history.size() - 1; i >= 0 && history.get(i).paragraph() >= paragraph; i--) {
            Entry e = history.get(i);
            if (e.spoke() && !e.speaker().anonymous()) {
                return Optional.of(e.speaker());
            }
        }
        return Optional.empty();
    }

    /** The latest named person for whom {@code test} holds who spoke in {@code paragraph} or after. */
    Optional<Speaker> lastSpeakerSince(int paragraph, Predicate<Speaker> test) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry e = history.get(i);
            if (e.paragraph() < paragraph) {
                break;
            }
            Speaker s = e.speaker();
            if (e.spoke() && s.person() && !s.anonymous() && test.test(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The latest organisation for which {@code test} holds that spoke in {@code paragraph} or after. */
    Optional<Speaker> lastBodySince(int paragraph, Predicate<Speaker> test) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Entry e = history.get(i);
            if (e.paragraph() < paragraph) {
                break;
            }
            Speaker s = e.speaker();
            if (e.spoke() && !s.person() && s.id().isPresent() && test.test(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Who answers a question {@code asker} put ("\"Isn't it true …?\" Grant asked. \"It is,\" the witness replied"):
     * the latest other person who spoke, of the pronoun's gender if there is one (0 for any).
     */
    Optional<Speaker> answerer(String asker, char gender) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            Speaker s = e.speaker();
            if (e.spoke() && s.person() && !s.anonymous() && !s.key().equals(asker)
                    && (gender == 0 || fitsGender(s, gender, TOLD))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** "It said": the organisation that spoke last, in {@code paragraph} or the two before; never a person. */
    Optional<Speaker> organisation(int paragraph) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            if (e.paragraph() < paragraph - 2) {
                break;
            }
            if (e.spoke() && !e.speaker().person() && !e.speaker().anonymous()) {
                return Optional.of(e.speaker());
            }
        }
        return Optional.empty();
    }

    /** Whether nothing known at level {@code trust} or above says the person is of the other gender. */
    private boolean fitsGender(Speaker s, char gender, int trust) {
        Character known = genders.get(s.key());
        return known == null || known == gender || genderLevels.getOrDefault(s.key(), 0) < trust;
    }

    /** The score of a title that holds a description's head noun, above any fit by class whatever its words. */
    private static final int BY_HEAD = 100;

    /**
     * "the professor", "the South Korean expert", "the Deputy PM": the person whose title fits best, the most recent
     * among equals. A title with the head noun itself (or what it abbreviates) fits better than one of the same class
     * ("the official" is the official the text just introduced, not the minister before), and better still with the
     * description's other words ("deputy").
     *
     * @param words the description's words before its head, lower case
     */
    Optional<Speaker> described(String head, String role, List<String> words, Optional<String> country,
                                Map<String, String> countries) {
        Speaker best = null;
        int bestScore = 0;
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Speaker s = history.get(i).speaker();
            if (!s.person()) {
                continue;
            }
            if (country.isPresent() && s.id().isPresent() && countries.containsKey(s.id().get())
                    && !countries.get(s.id().get()).equals(country.get())) {
                continue;
            }
            int score = role.equals("person") ? 1 : s.title().map(t -> score(head, role, words, t)).orElse(0);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How well a description fits a title: 0 not at all; by class 1, by its head {@link #BY_HEAD}; one more for each
     * of its other words the title holds ("the former emergency chief" and "former head of the emergency service").
     */
    private static int score(String head, String role, List<String> words, String title) {
        String lower = Words.lower(title);
        List<String> titleWords = List.of(lower.split("[^\\p{L}-]+"));
        String expansion = Words.expansion(head);
        boolean exact = titleWords.stream().anyMatch(w -> w.startsWith(head))
                || expansion != null && lower.contains(expansion) || abbreviates(lower, head);
        if (!exact && !fits(head, role, title)) {
            return 0;
        }
        int score = exact ? BY_HEAD : 1;
        for (String w : words) {
            score += titleWords.contains(w) ? 1 : 0;
        }
        return score;
    }

    /**
     * A person in focus in {@code paragraph} or the one before whom a description the titles do not settle may
     * stand for ("Keller shrugs. \"…,\" the watchmaker said"): the most recent person the text spoke of, when no
     * title the article gave them says otherwise.
     */
    Optional<Speaker> focus(int paragraph, String head) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            if (e.paragraph() < paragraph - 1) {
                break;
            }
            Speaker s = e.speaker();
            if (e.aside() || !s.person() || s.anonymous()) {
                continue;
            }
            return s.title().isEmpty() || Words.lower(s.title().get()).contains(head) || sharesStem(head, s.title().get())
                    ? Optional.of(s) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The person an epithet ("the runner", "the Danish striker") most likely means: the latest, over the last few
     * paragraphs, who was not named in passing and whose title is none or holds the epithet's noun. Unlike
     * {@link #focus}, it looks past a more recent person whose title says they are someone else (the coach quoted
     * about the runner).
     */
    Optional<Speaker> epithet(int paragraph, String head) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            if (e.paragraph() < paragraph - 3) {
                break;
            }
            Speaker s = e.speaker();
            if (e.aside() || !s.person() || s.anonymous()) {
                continue;
            }
            if (s.title().isEmpty() || Words.lower(s.title().get()).contains(head) || sharesStem(head, s.title().get())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word of the title shares a stem of six letters or more with the role noun ("the historian" and "the
     * Society of Historical Sciences", "the economist" and "professor of economics"): the field names the profession.
     */
    static boolean sharesStem(String head, String title) {
        for (String w : Words.lower(title).split("[^\\p{L}]+")) {
            int n = 0;
            while (n < Math.min(w.length(), head.length()) && w.charAt(n) == head.charAt(n)) {
                n++;
            }
            // "surgeon" and "head of trauma surgery", "teacher" and "teaching assistant": five letters of two long
            // words (not "police" and "policy")
            if (n >= 6 || n >= 5 && w.length() >= 7 && head.length() >= 7) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the ministry said": the most recent organisation speaker or subject with that head noun (and that country,
     * if given); for a noun that stands for any organisation ("the company"), the one the text {@code called} so
     * ("rail infrastructure company Adif"), else the most recent organisation.
     */
    Optional<Speaker> group(String head, Optional<String> country, Set<String> modifiers,
                            Supplier<Optional<Speaker>> called) {
        int from = Math.max(0, history.size() - LOOKBACK);
        for (int i = history.size() - 1; i >= from; i--) {
            Speaker s = history.get(i).speaker();
            if (country.isPresent() && !s.id().equals(country)) {
                continue;
            }
            Set<String> theirs = Attribution.modifiers(s.name(), head);
            if (!modifiers.isEmpty() && !theirs.isEmpty() && Collections.disjoint(modifiers, theirs)) {
                continue; // "Iraq's transport ministry" after "Iraq's health ministry": another body of the kind
            }
            if (!s.person() && (history.get(i).head().equals(head)
                    || List.of(Words.lower(s.name()).split("[^\\p{L}]+")).contains(head))) {
                return Optional.of(s);
            }
        }
        if (Words.isAnyOrg(head) && country.isEmpty()) {
            Optional<Speaker> c = called.get();
            if (c.isPresent()) {
                return c;
            }
            for (int i = history.size() - 1; i >= from; i--) {
                Speaker s = history.get(i).speaker();
                if (!s.person() && s.id().filter(id -> id.startsWith("org/")).isPresent()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Role nouns of the one in charge of a body. */
    private static final Set<String> LEADING = Set.of("director", "head", "chief", "leader", "chair", "chairman",
            "chairwoman", "chairperson", "president", "manager", "director-general", "executive", "boss");

    /** Verbs that say a person is in charge of a body ("who heads the institute", "has led the survey since 2014"). */
    private static final Set<String> LEADS = Set.of("heads", "headed", "leads", "led", "runs", "ran", "directs",
            "directed", "chairs", "chaired", "manages", "managed");

    /**
     * Whether a title holds an abbreviation of the role noun, written with a full stop: "Gov." of "the governor",
     * "Sen." of "the senator", "Rep." of "the representative", "Gen." of "the general".
     */
    static boolean abbreviates(String lowerTitle, String head) {
        for (String w : lowerTitle.split("\\s+")) {
            if (w.length() >= 4 && w.endsWith(".") && head.length() > w.length()
                    && head.startsWith(w.substring(0, w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role noun fits a title: the same word, or a word of the same class ("scholar" fits a professor). */
    static boolean fits(String head, String role, String title) {
        List<String> words = List.of(Words.lower(title).split("[^\\p{L}-]+"));
        if (abbreviates(Words.lower(title), head)) {
            return true;
        }
        String expansion = Words.expansion(head);
        if (expansion != null && Words.lower(title).contains(expansion)) {
            return true; // "the CEO" and "Chief Executive Anders Holm"
        }
        if (expansion != null && expansion.contains(" of ") && words.contains(expansion.split(" ")[0])) {
            return true; // "the Quebec MP" and "an opposition member from Quebec": a member of parliament
        }
        boolean leads = head.equals("head") || head.equals("chief");
        if ((head.equals("republican") || head.equals("democrat")) && words.stream()
                .anyMatch(w -> w.equals("speaker") || "leader".equals(Words.personRole(w)))) {
            // "the chamber's top Republican" and "Senate President Ana Ruiz", "House Speaker Ana Ruiz": a party's
            // member who leads a chamber
            return true;
        }
        if ((leads || head.equals("leader")) && (words.contains("secretary-general")
                || Words.lower(title).contains("general secretary"))) {
            return true; // "the union leader" and "secretary-general of the … Union": a union's head holds that title
        }
        if (LEADING.contains(head) && words.stream().anyMatch(LEADS::contains)) {
            return true; // "its director said" and "Ana Ruiz, who heads the institute": whoever heads a body leads it
        }
        for (String w : words) {
            if (w.startsWith(head) || role.equals(Words.personRole(w))) {
                return true; // "banker" fits "Community Bankers Association"
            }
            String r = Words.personRole(w);
            // "the former procurement chief" and "the ministry's former head of procurement": one who leads
            if (leads && ("leader".equals(r) || "official".equals(r) || LEADING.contains(w)
                    || w.equals("coordinator") || w.equals("convener") || w.equals("convenor"))) {
                return true; // "the head of the agency" and "Agency chairman Ana Ruiz"
            }
        }
        return role.equals("expert") && words.stream().anyMatch(w -> w.equals("university") || w.equals("institute")
                || w.equals("academy") || w.equals("centre") || w.equals("center") || w.equals("forum")
                || w.equals("college") || w.equals("school"));
    }
}
