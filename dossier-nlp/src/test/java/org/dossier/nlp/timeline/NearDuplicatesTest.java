package org.dossier.nlp.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Near-duplicate detection on texts written for this test: a wire story, copies of it as outlets
 * re-publish it, and other stories on the same event that must stay apart.
 */
class NearDuplicatesTest {
    /** A wire story (invented agency, invented analyst; the event is an invented ministerial visit). */
    static final String WIRE = String.join("\n\n",
            "OSLO (NWA) - Chile's foreign minister arrived in Oslo on Tuesday for two days of talks on fishing "
                    + "quotas in the southern ocean, the first visit by a Chilean minister to Norway in eleven years.",
            "The minister was met at the airport by his Norwegian counterpart and drove directly to the "
                    + "foreign ministry, where officials from both sides had prepared a draft agreement on "
                    + "shared monitoring of krill stocks.",
            "Negotiators said the draft would allow inspectors from each country to board the other's "
                    + "vessels in a protected zone, a step that fishing groups in both countries have opposed "
                    + "for most of the past decade.",
            "\"Neither side wants to be the one that walked away,\" said Ingrid Solberg-Vale, a researcher "
                    + "at the Bergen Ocean Policy Centre. \"But the fleets are watching every line of this text.\"",
            "The two ministers are expected to sign the agreement on Wednesday afternoon before a joint news "
                    + "conference, according to a schedule released by the Norwegian government.",
            "Chile and Norway together account for a large share of the krill caught each year, most of it "
                    + "processed into feed for salmon farms on both coasts.",
            "Environmental groups welcomed the visit but said the inspection zone was too small to protect "
                    + "penguin colonies that depend on the same stocks during the breeding season.",
            "The minister will travel on to Copenhagen on Thursday for talks on shipping routes, his office "
                    + "said in a statement released late on Monday.");

    /** Another outlet's own story on the same visit: same facts and names, its own words. */
    static final String OTHER_STORY_SAME_EVENT = String.join("\n\n",
            "Norway and Chile are close to a deal that would let each country inspect the other's krill "
                    + "trawlers, after Chile's foreign minister landed in Oslo on Tuesday.",
            "It is the first time in more than a decade that a minister from Santiago has come to Norway. "
                    + "His hosts took him straight from the airport to talks at the foreign ministry.",
            "Trawler owners on both sides dislike the plan, which covers a protected area of the southern "
                    + "ocean where krill gather in summer. Conservation groups say the area should be larger.",
            "A signing is planned for Wednesday, Norwegian officials said, after which the minister heads "
                    + "to Denmark for a discussion of Arctic shipping lanes.",
            "Most of the krill both nations catch ends up as fish feed, and both run large salmon farms.");

    /** A different story by the same agency, with the agency's usual phrasing. */
    static final String OTHER_STORY_SAME_AGENCY = String.join("\n\n",
            "OSLO (NWA) - Norway's fisheries minister said on Friday that the government would cut the cod "
                    + "quota in the Barents Sea by a fifth next year, the third reduction in a row.",
            "The minister told reporters at the fisheries directorate that the stock had not recovered from "
                    + "years of heavy fishing and warmer water, according to the latest survey.",
            "Fishing groups said the cut would cost jobs in northern towns that depend on the winter season, "
                    + "and asked for compensation from the state.",
            "\"The numbers leave no room for a softer decision,\" said Ingrid Solberg-Vale, a researcher at "
                    + "the Bergen Ocean Policy Centre.",
            "The quota will be set formally after talks with Russia in October, the ministry said in a "
                    + "statement released late on Thursday.");

    private static String paragraphs(String text, int from, int to) {
        List<String> p = List.of(text.split("\n\n"));
        return String.join("\n\n", p.subList(from, Math.min(to, p.size())));
    }

    /** Every seventh word replaced, as an editor fixing style and house spelling would do, and more. */
    static String edited(String text, int every) {
        String[] words = text.split(" ");
        for (int i = every - 1; i < words.length; i += every) {
            words[i] = words[i].toUpperCase().equals(words[i]) ? words[i] : "edited";
        }
        return String.join(" ", words);
    }

    static Stream<Arguments> copies() {
        return Stream.of(
                Arguments.of("identical", WIRE),
                Arguments.of("other chrome: headline, byline, teaser, credit",
                        "Krill deal within reach as Chilean minister visits Oslo\n\nBy our wire service staff\n\n"
                                + WIRE + "\n\nREAD ALSO: Salmon prices hit record\n\nReporting by the NWA Oslo bureau; "
                                + "editing by the news desk"),
                Arguments.of("light edits (every 12th word)", edited(WIRE, 12)),
                Arguments.of("heavier edits (every 7th word)", edited(WIRE, 7)),
                Arguments.of("last paragraph replaced by a credit", paragraphs(WIRE, 0, 7)
                        + "\n\nAdditional reporting by a staff correspondent in Santiago."),
                Arguments.of("cut after five of eight paragraphs", paragraphs(WIRE, 0, 5)),
                Arguments.of("cut after three of eight paragraphs", paragraphs(WIRE, 0, 3)),
                Arguments.of("paragraphs reordered and lower-cased", paragraphs(WIRE, 4, 8).toLowerCase()
                        + "\n\n" + paragraphs(WIRE, 0, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copies")
    void copiesOfOneStoryAreLinked(String name, String copy) {
        Fingerprint a = NearDuplicates.fingerprint(WIRE);
        Fingerprint b = NearDuplicates.fingerprint(copy);
        assertTrue(NearDuplicates.linked(a, b), name + ": J=" + a.jaccard(b) + " C=" + a.containment(b));
        assertTrue(NearDuplicates.linked(b, a), "symmetric");
    }

    static Stream<Arguments> differentStories() {
        return Stream.of(
                Arguments.of("another outlet's story on the same event", OTHER_STORY_SAME_EVENT),
                Arguments.of("another story by the same agency", OTHER_STORY_SAME_AGENCY),
                Arguments.of("an empty body", ""),
                Arguments.of("four words", "Chile's foreign minister arrived"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentStories")
    void differentStoriesAreNotLinked(String name, String other) {
        Fingerprint a = NearDuplicates.fingerprint(WIRE);
        Fingerprint b = NearDuplicates.fingerprint(other);
        assertFalse(NearDuplicates.linked(a, b), name + ": J=" + a.jaccard(b) + " C=" + a.containment(b));
    }

    @Test
    void aPassageUnderAFifthOfTheOtherTextIsNotACopyEvenWhenWhollyContained() {
        String digest = WIRE + "\n\n" + OTHER_STORY_SAME_AGENCY + "\n\n" + OTHER_STORY_SAME_EVENT;
        Fingerprint lede = NearDuplicates.fingerprint(paragraphs(WIRE, 0, 1));
        Fingerprint all = NearDuplicates.fingerprint(digest);
        assertTrue(lede.shingles() >= NearDuplicates.MIN_SHINGLES);
        assertTrue(lede.jaccard(all) < NearDuplicates.MIN_JACCARD, "J=" + lede.jaccard(all));
        assertFalse(NearDuplicates.linked(lede, all));
    }

    @Test
    void estimatesAreCloseToTheExactValues() {
        // The exact Jaccard of WIRE and its first five paragraphs, from the shingle sets themselves.
        String cut = paragraphs(WIRE, 0, 5);
        long[] x = Shingles.of(WIRE, NearDuplicates.SHINGLE_WORDS);
        long[] y = Shingles.of(cut, NearDuplicates.SHINGLE_WORDS);
        long shared = java.util.Arrays.stream(y).filter(h -> java.util.Arrays.binarySearch(x, h) >= 0).count();
        double exact = shared / (double) (x.length + y.length - shared);
        Fingerprint a = NearDuplicates.fingerprint(WIRE);
        Fingerprint b = NearDuplicates.fingerprint(cut);
        assertEquals(x.length, a.shingles());
        assertEquals(exact, a.jaccard(b), 0.12, "MinHash estimate within about 2.5 standard errors");
        assertEquals(1.0, shared / (double) y.length, 1e-9, "a truncated copy is wholly contained");
        assertTrue(a.containment(b) > 0.8, "containment estimate " + a.containment(b));
    }

    @Test
    void shinglesIgnoreCasePunctuationAndSpacingButNotWords() {
        assertEquals(NearDuplicates.fingerprint("The minister, arriving in Oslo on Tuesday: talks began."),
                NearDuplicates.fingerprint("the MINISTER arriving   in Oslo on tuesday — talks began"));
        assertNotEquals(NearDuplicates.fingerprint("the minister arriving in Oslo on Tuesday talks began"),
                NearDuplicates.fingerprint("the minister arriving in Bergen on Tuesday talks began"));
    }

    @Test
    void scriptsWithoutSpacesAreShingledByCharacter() {
        // Three-character shingles of a Chinese sentence: one word per character, so a sentence has many.
        Fingerprint zh = NearDuplicates.fingerprint("外交部长星期二抵达奥斯陆进行为期两天的会谈");
        assertTrue(zh.shingles() > 10, "got " + zh.shingles());
        Fingerprint ko = NearDuplicates.fingerprint("외교부 장관이 화요일 오슬로에 도착해 이틀 동안 회담을 가졌다");
        assertEquals(7, ko.shingles(), "Korean is spaced: nine words give seven three-word shingles");
    }

    @Test
    void groupsAreTransitiveWithTheEarliestMemberAsIdWhateverTheOrder() {
        Fingerprint wire = NearDuplicates.fingerprint(WIRE);
        Fingerprint copy = NearDuplicates.fingerprint(edited(WIRE, 12));
        Fingerprint copyOfCopy = NearDuplicates.fingerprint(paragraphs(edited(WIRE, 12), 0, 6));
        Fingerprint other = NearDuplicates.fingerprint(OTHER_STORY_SAME_EVENT);
        List<NearDuplicates.Item> items = new ArrayList<>(List.of(
                new NearDuplicates.Item("c".repeat(64), Optional.of("2019-05-07T10:00"), copy),
                new NearDuplicates.Item("b".repeat(64), Optional.of("2019-05-07"), wire),
                new NearDuplicates.Item("a".repeat(64), Optional.empty(), copyOfCopy),
                new NearDuplicates.Item("d".repeat(64), Optional.of("2019-05-06"), other)));
        for (long seed = 0; seed < 6; seed++) {
            Collections.shuffle(items, new Random(seed));
            Map<String, String> groups = NearDuplicates.groups(items);
            assertEquals("b".repeat(64), groups.get("a".repeat(64)), "undated copy joins; dated first wins");
            assertEquals("b".repeat(64), groups.get("b".repeat(64)));
            assertEquals("b".repeat(64), groups.get("c".repeat(64)), "same day: the sha256 decides");
            assertEquals("d".repeat(64), groups.get("d".repeat(64)), "another story is its own group");
        }
    }

    @Test
    void theSameArticleTwiceIsOneArticle() {
        Fingerprint f = NearDuplicates.fingerprint(WIRE);
        Map<String, String> g = NearDuplicates.groups(List.of(new NearDuplicates.Item("e".repeat(64), Optional.empty(), f),
                new NearDuplicates.Item("e".repeat(64), Optional.empty(), f)));
        assertEquals(Map.of("e".repeat(64), "e".repeat(64)), g);
        assertTrue(NearDuplicates.groups(List.of()).isEmpty());
    }

    @Test
    void fingerprintsRoundTripThroughPlainValuesAndRejectBadOnes() {
        Fingerprint f = NearDuplicates.fingerprint(WIRE);
        assertEquals(f, Fingerprint.of(f.minHashes(), f.shingles()));
        assertEquals(NearDuplicates.BANDS, f.bandKeys().length);
        assertEquals(0, NearDuplicates.fingerprint("too short").bandKeys().length);
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(new long[3], 10));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(f.minHashes(), -1));
        long[] copy = f.minHashes();
        copy[0] = 42;
        assertEquals(f, Fingerprint.of(f.minHashes(), f.shingles()), "the array handed out is a copy");
    }

    /**
     * The threshold sits in the gap between copies and different stories, with room for the estimate's
     * error on both sides. Prints what it measures (exact values from the shingle sets, and estimates).
     */
    @Test
    void containmentThresholdSitsInTheMeasuredGap() {
        Fingerprint a = NearDuplicates.fingerprint(WIRE);
        long[] x = Shingles.of(WIRE, NearDuplicates.SHINGLE_WORDS);
        double leastCopy = 1;
        double mostDifferent = 0;
        for (boolean copy : new boolean[] {true, false}) {
            for (Arguments arg : (copy ? copies() : differentStories()).collect(Collectors.toList())) {
                String text = (String) arg.get()[1];
                long[] y = Shingles.of(text, NearDuplicates.SHINGLE_WORDS);
                long shared = java.util.Arrays.stream(y).filter(h -> java.util.Arrays.binarySearch(x, h) >= 0).count();
                double j = y.length == 0 ? 0 : shared / (double) (x.length + y.length - shared);
                double c = y.length == 0 ? 0 : shared / (double) Math.min(x.length, y.length);
                Fingerprint b = NearDuplicates.fingerprint(text);
                System.out.printf("near-dup %-46s exact J=%.2f C=%.2f  estimated J=%.2f C=%.2f  linked=%s%n",
                        arg.get()[0], j, c, a.jaccard(b), a.containment(b), NearDuplicates.linked(a, b));
                if (copy) {
                    leastCopy = Math.min(leastCopy, c);
                } else if (j >= NearDuplicates.MIN_JACCARD) {
                    mostDifferent = Math.max(mostDifferent, c);
                }
            }
        }
        assertTrue(leastCopy >= NearDuplicates.MIN_CONTAINMENT + 0.05, "least copy " + leastCopy);
        assertTrue(mostDifferent <= NearDuplicates.MIN_CONTAINMENT - 0.15, "most similar other " + mostDifferent);
    }
}
