package org.dossier.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who has spoken and who the text has been about so far, in reading order: what "he said", "the professor
 * stated" and a quotation with no frame resolve against. Without coreference: recency, the paragraph, gender
 * where known, and the titles the article gave. Looks back over a bounded number of entries, so each lookup
 * costs constant time. One instance per document; not thread-safe.
 */
final class Discourse {
    /** How many earlier entries a pronoun or description may reach back over. */
    static final int LOOKBACK = 60;

    private record Entry(Speaker speaker, int paragraph, boolean spoke, String head, boolean introduced) {
    }

    private final List<Entry> history = new ArrayList<>();
    private final Map<String, Character> genders = new HashMap<>();

    /** {@code s} spoke (a quotation or reported speech) in {@code paragraph}. */
    void spoke(Speaker s, int paragraph, String head) {
        history.add(new Entry(s, paragraph, true, head, false));
    }

    /**
     * A sentence in {@code paragraph} is about {@code s}; {@code introduced} when it presents the person with a
     * title after the name ("Lee, a former minister, was blunt about it.").
     */
    void mentioned(Speaker s, int paragraph, boolean introduced) {
        history.add(new Entry(s, paragraph, false, "", introduced));
    }

    /** {@code s} had a say in {@code paragraph} without a quote of its own ("Lee dismissed the remarks"). */
    void reacted(Speaker s, int paragraph, boolean introduced) {
        history.add(new Entry(s, paragraph, true, "", introduced));
    }

    /**
     * A person presented in this paragraph or the one before, since anyone last spoke: the voice a quotation with
     * no frame most likely belongs to.
     */
    Optional<Speaker> introduced(int paragraph) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            if (e.spoke() || e.paragraph() < paragraph - 1) {
                return Optional.empty();
            }
            if (e.introduced() && e.speaker().person()) {
                return Optional.of(e.speaker());
            }
        }
        return Optional.empty();
    }

    /** What is known of a person's gender ('m' or 'f'); the first evidence stands. */
    void gender(String key, char g) {
        if (g != 0) {
            genders.putIfAbsent(key, g);
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
     * spoke, the person the text was last about.
     */
    Optional<Speaker> pronoun(char gender, int paragraph, Set<String> namedInside) {
        Entry subject = null;
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Entry e = history.get(i);
            Speaker s = e.speaker();
            if (!s.person() || namedInside.contains(s.key())) {
                continue;
            }
            Character known = genders.get(s.key());
            if (known != null && known != gender) {
                continue;
            }
            if (e.spoke()) {
                // a person presented with a title just before ("X, a minister, …") is the new voice; so is one
                // whom the text shows to be a "she" when the speaker's gender is unknown
                boolean sure = subject != null && known == null
                        && gender == genders.getOrDefault(subject.speaker().key(), '?');
                boolean turned = subject != null && (subject.paragraph() == paragraph
                        || subject.paragraph() == paragraph - 1
                        && (e.paragraph() < paragraph - 2 || subject.introduced() || sure));
                return Optional.of(turned ? subject.speaker() : s);
            }
            if (subject == null) {
                subject = e;
            }
        }
        return Optional.ofNullable(subject).map(Entry::speaker);
    }

    /** "the professor", "the South Korean expert": the most recent person whose title fits. */
    Optional<Speaker> described(String head, String role, Optional<String> country, Map<String, String> countries) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
            Speaker s = history.get(i).speaker();
            if (!s.person() || !role.equals("person") && (s.title().isEmpty() || !fits(head, role, s.title().get()))) {
                continue;
            }
            if (country.isPresent() && s.id().isPresent() && countries.containsKey(s.id().get())
                    && !countries.get(s.id().get()).equals(country.get())) {
                continue;
            }
            return Optional.of(s);
        }
        return Optional.empty();
    }

    /**
     * "the ministry said": the most recent organisation speaker or subject with that head noun (and that country,
     * if given); for a noun that stands for any organisation ("the company"), the most recent organisation.
     */
    Optional<Speaker> group(String head, Optional<String> country) {
        int from = Math.max(0, history.size() - LOOKBACK);
        for (int i = history.size() - 1; i >= from; i--) {
            Speaker s = history.get(i).speaker();
            if (country.isPresent() && !s.id().equals(country)) {
                continue;
            }
            if (!s.person() && (history.get(i).head().equals(head)
                    || List.of(Words.lower(s.name()).split("[^\\p{L}]+")).contains(head))) {
                return Optional.of(s);
            }
        }
        if (Words.isAnyOrg(head) && country.isEmpty()) {
            for (int i = history.size() - 1; i >= from; i--) {
                Speaker s = history.get(i).speaker();
                if (!s.person() && s.id().filter(id -> id.startsWith("org/")).isPresent()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a role noun fits a title: the same word, or a word of the same class ("scholar" fits a professor). */
    static boolean fits(String head, String role, String title) {
        List<String> words = List.of(Words.lower(title).split("[^\\p{L}-]+"));
        String expansion = Words.expansion(head);
        if (expansion != null && Words.lower(title).contains(expansion)) {
            return true; // "the CEO" and "Chief Executive Anders Holm"
        }
        for (String w : words) {
            if (w.startsWith(head) || role.equals(Words.personRole(w))) {
                return true; // "banker" fits "Community Bankers Association"
            }
        }
        return role.equals("expert") && words.stream().anyMatch(w -> w.equals("university") || w.equals("institute")
                || w.equals("academy") || w.equals("centre") || w.equals("center") || w.equals("forum")
                || w.equals("college") || w.equals("school"));
    }
}
