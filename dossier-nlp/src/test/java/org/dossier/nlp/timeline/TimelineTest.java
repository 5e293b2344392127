package org.dossier.nlp.timeline;

import static org.dossier.nlp.timeline.Fixtures.ev;
import static org.dossier.nlp.timeline.Fixtures.kimToChina;
import static org.dossier.nlp.timeline.Fixtures.record;
import static org.dossier.nlp.timeline.Fixtures.report;
import static org.dossier.nlp.timeline.Fixtures.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final EventStatus RECALLED = EventStatus.HISTORICAL;

    /**
     * Kim Jong Un's four visits to China in 2018–19 as the coder should report them from the seeds and the
     * samples (see docs/samples.md): the reports of the March 2018 visit come at every precision (days,
     * "late March", undated "a month after"), the other visits are reported once or twice.
     */
    static List<Report> chinaVisits() {
        return List.of(
                report("harbor-ledger", "2018-03-28", kimToChina().at("Beijing").on("2018-03-25/2018-03-28")),
                report("harbor-ledger", "2018-03-28", ev().mode("meet").actor("person/kim-jong-un")
                        .target("person/xi-jinping").at("Beijing").on("2018-03-26").evidence("Talks.", 300)),
                report("fellmoor", "2018-03-28", ev().mode("meet").actor("person/xi-jinping")
                        .target("person/kim-jong-un").at("Beijing").on("2018-03-26")),
                report("seed-001", "2018-03-29T11:22", kimToChina().at("Beijing").on("2018-03-25/2018-03-27")),
                report("seed-001", "2018-03-29T11:22", ev().mode("meet").actor("person/kim-jong-un")
                        .target("person/xi-jinping").at("Beijing").on("2018-03").evidence("Met Xi.", 200)),
                report("seed-000", "2018-04-09", kimToChina().status(RECALLED).at("Beijing").on("2018-03")),
                report("eastgate", "2018-04-27", kimToChina().status(RECALLED).at("Beijing")),
                report("wrenmouth", "2018-05-08", kimToChina().at("Dalian").on("2018-05-07/2018-05-08")),
                report("wrenmouth", "2018-05-08", kimToChina().status(RECALLED).at("Beijing").on("2018-03")
                        .evidence("Recalled.", 400)),
                report("kestrel", "2018-06-20", kimToChina().at("Beijing").on("2018-06-19/2018-06-20")),
                report("kestrel", "2018-06-20", kimToChina().status(RECALLED).at("Beijing").on("2018-03")
                        .evidence("First visit.", 500)),
                report("pacific-wire", "2019-01-09", kimToChina().at("Beijing").on("2019-01-07/2019-01-10")),
                report("pacific-wire", "2019-01-09", kimToChina().status(RECALLED).at("Beijing").on("2018-03")
                        .evidence("Last year.", 600)),
                report("seed-003", null, kimToChina().at("Beijing").on("2019-01")),
                report("seed-003", null, ev().mode("meet").actor("person/kim-jong-un").target("person/xi-jinping")
                        .status(RECALLED).at("China").on("2018-05").evidence("In May.", 700)));
    }

    private static List<TimelineEntry> visits(List<TimelineEntry> entries) {
        return entries.stream().filter(e -> e.mode().equals(Optional.of("visit"))).toList();
    }

    @Test
    void theMarch2018VisitIsOneEntryAndTheOtherVisitsAreSeparate() {
        List<TimelineEntry> all = Timeline.mergeReports(chinaVisits());
        List<TimelineEntry> visits = visits(all);
        assertEquals(List.of("2018-03-25/2018-03-28", "2018-05-07/2018-05-08", "2018-06-19/2018-06-20",
                "2019-01-07/2019-01-10"), visits.stream().map(e -> e.date().orElseThrow()).toList(), all::toString);
        TimelineEntry march = visits.get(0);
        assertEquals(Set.of(sha("harbor-ledger"), sha("seed-001"), sha("seed-000"), sha("eastgate"), sha("wrenmouth"),
                sha("kestrel"), sha("pacific-wire")), march.sources().stream().map(Report::sha256).collect(
                java.util.stream.Collectors.toSet()), "one source per article that reports or recalls it");
        assertEquals(7, march.reports());
        assertEquals(EventStatus.REPORTED, march.status());
        assertEquals(Optional.of("Beijing"), march.location());
        assertTrue(march.ambiguousSources().isEmpty());
        assertEquals(Optional.of("Dalian"), visits.get(1).location());
        assertEquals(2, visits.get(3).reports(), "January 2019: Pacific Wire and seed 003");
        // the meetings with Xi: March (three articles, either way round) and May (recalled by seed 003)
        List<TimelineEntry> meetings = all.stream().filter(e -> e.mode().equals(Optional.of("meet"))).toList();
        assertEquals(List.of("2018-03-26", "2018-05"), meetings.stream().map(e -> e.date().orElseThrow()).toList());
        assertEquals(3, meetings.get(0).reports());
        assertEquals(6, all.size());
        assertEquals(6, new HashSet<>(all.stream().map(TimelineEntry::id).toList()).size(), "ids are distinct");
    }

    @Test
    void theOrderOfReportsDoesNotMatter() {
        List<Report> reports = new ArrayList<>(chinaVisits());
        List<TimelineEntry> expected = Timeline.mergeReports(reports);
        for (long seed = 0; seed < 25; seed++) {
            Collections.shuffle(reports, new Random(seed));
            assertEquals(expected, Timeline.mergeReports(reports), "seed " + seed);
        }
    }

    @Test
    void addingReportsOneAtATimeAsAStoreWouldGivesTheBatchResult() {
        List<Report> reports = new ArrayList<>(chinaVisits());
        List<TimelineEntry> expected = Timeline.mergeReports(reports);
        for (long seed = 0; seed < 10; seed++) {
            Collections.shuffle(reports, new Random(seed));
            Map<BlockKey, List<TimelineEntry>> store = new HashMap<>();
            for (Report r : reports) {
                List<TimelineEntry> block = store.getOrDefault(r.blockKey(), List.of());
                List<TimelineEntry> merged = Timeline.add(block, List.of(r));
                assertTrue(merged.stream().allMatch(e -> e.block().equals(r.blockKey())), "stays in its block");
                store.put(r.blockKey(), merged);
            }
            List<TimelineEntry> folded = new ArrayList<>();
            store.values().forEach(folded::addAll);
            folded.sort(Timeline.CHRONOLOGICAL);
            assertEquals(expected, folded, "seed " + seed);
        }
    }

    @Test
    void blocksKeptInMemoryFoldReportsInToTheBatchResultAndKeepTheEntriesThatDidNotChange() {
        List<Report> reports = new ArrayList<>(chinaVisits());
        List<TimelineEntry> expected = Timeline.mergeReports(reports);
        for (long seed = 0; seed < 10; seed++) {
            Collections.shuffle(reports, new Random(seed));
            Map<BlockKey, MergedBlock> blocks = new HashMap<>();
            for (Report r : reports) {
                MergedBlock block = blocks.computeIfAbsent(r.blockKey(), k -> MergedBlock.of(k, List.of()));
                List<TimelineEntry> before = block.entries();
                Timeline.add(Map.of(r.blockKey(), block), List.of(r));
                assertSameWhereEqual(before, block.entries());
            }
            List<TimelineEntry> folded = new ArrayList<>();
            blocks.values().forEach(b -> folded.addAll(b.entries()));
            folded.sort(Timeline.CHRONOLOGICAL);
            assertEquals(expected, folded, "seed " + seed);

            // Given again, the reports change nothing: every entry stays the object it was.
            for (MergedBlock block : blocks.values()) {
                List<TimelineEntry> before = block.entries();
                Timeline.add(Map.of(block.key(), block), reports.stream()
                        .filter(r -> r.blockKey().equals(block.key())).toList());
                assertEquals(before.size(), block.entries().size());
                assertSameWhereEqual(before, block.entries());
            }
        }
    }

    @Test
    void aBlockKeptInMemoryRefusesReportsOfABlockNotGiven() {
        Report r = chinaVisits().get(0);
        MergedBlock other = MergedBlock.of(new BlockKey("CONSULT", "country/XXX", "2018"), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timeline.add(Map.of(other.key(), other), List.of(r)));
        assertTrue(e.getMessage().contains(r.blockKey().toString()), e.getMessage());
    }

    /** Every entry of {@code after} equal to one of {@code before} is that same object. */
    private static void assertSameWhereEqual(List<TimelineEntry> before, List<TimelineEntry> after) {
        for (TimelineEntry e : after) {
            for (TimelineEntry b : before) {
                if (e.equals(b)) {
                    assertSame(b, e, "an entry that did not change is kept: " + e.id());
                }
            }
        }
    }

    @Test
    void mergingTheSameReportsOrRecordsAgainChangesNothing() {
        List<TimelineEntry> once = Timeline.mergeReports(chinaVisits());
        assertEquals(once, Timeline.add(once, chinaVisits()));
        List<Report> twice = new ArrayList<>(chinaVisits());
        twice.addAll(chinaVisits());
        assertEquals(once, Timeline.mergeReports(twice));

        List<Record> records = List.of(record("a", "2018-03-28", "", kimToChina().on("2018-03-25/2018-03-28")),
                record("b", "2018-04-09", "", kimToChina().status(RECALLED).on("2018-03")));
        List<Record> doubled = new ArrayList<>(records);
        doubled.addAll(records);
        assertEquals(Timeline.merge(records), Timeline.merge(doubled));
        assertEquals(1, Timeline.merge(doubled).size());
        assertEquals(2, Timeline.merge(doubled).get(0).reports());
    }

    @Test
    void idsAreStableForTheSameReportsAndDifferForDifferentEvents() {
        List<TimelineEntry> a = Timeline.mergeReports(chinaVisits());
        List<TimelineEntry> b = Timeline.mergeReports(chinaVisits());
        assertEquals(a.stream().map(TimelineEntry::id).toList(), b.stream().map(TimelineEntry::id).toList());
        assertNotEquals(visits(a).get(0).id(), visits(a).get(3).id());
        assertTrue(a.stream().allMatch(e -> e.id().matches("[0-9a-f]{16}")), a::toString);
    }

    @Test
    void aWithdrawnArticleLeavesTheOthersAsIfItHadNeverBeenAdded() {
        List<TimelineEntry> all = Timeline.mergeReports(chinaVisits());
        List<Report> without = chinaVisits().stream().filter(r -> !r.sha256().equals(sha("harbor-ledger"))).toList();
        assertEquals(Timeline.mergeReports(without), Timeline.withoutArticles(all, Set.of(sha("harbor-ledger"))));
        // without the Harbor Ledger the March visit is dated by seed 001 alone
        assertEquals(Optional.of("2018-03-25/2018-03-27"), visits(Timeline.mergeReports(without)).get(0).date());
    }

    @Test
    void nearDuplicateRecordsCountOnceAndTheSameFileTwiceIsOneArticle() {
        Fixtures.Ev hanoi = ev().mode("meet").actor("person/donald-trump").target("person/kim-jong-un").at("Hanoi")
                .on("2019-02-27/2019-02-28");
        Record copyA = record("wire-a", "2019-02-28", NearDuplicatesTest.WIRE, hanoi);
        Record copyB = record("wire-b", "2019-02-28", NearDuplicatesTest.edited(NearDuplicatesTest.WIRE, 12), hanoi);
        Record own = record("own", "2019-03-01", NearDuplicatesTest.OTHER_STORY_SAME_EVENT, hanoi);
        Record sameFileElsewhere = new Record(copyA.article().toBuilder().source(copyA.article().source()
                .withUrl(Optional.of("https://example.org/a"))).build(), List.of(), List.of(), copyA.events());
        List<TimelineEntry> out = Timeline.merge(List.of(copyA, copyB, own, sameFileElsewhere));
        assertEquals(1, out.size());
        assertEquals(3, out.get(0).sources().size());
        assertEquals(2, out.get(0).reports());
        String group = out.get(0).sources().stream().filter(r -> r.sha256().equals(sha("wire-b"))).findFirst()
                .orElseThrow().duplicateGroup();
        assertEquals(sha("wire-a"), group, "same day: the group is named by the first sha256");
    }

    @Test
    void recordsWithoutEventsGiveNoEntries() {
        assertEquals(List.of(), Timeline.merge(List.of()));
        assertEquals(List.of(), Timeline.merge(List.of(record("a", "2018-03-28", "Some text without events."))));
        assertEquals(List.of(), Timeline.mergeReports(List.of()));
        assertEquals(List.of(), Timeline.add(List.of(), List.of()));
    }

    @Test
    void anUndatedReportJoinsTheOneEventItFitsBeforeItsArticlesDate() {
        Report march = report("a", "2018-03-28", kimToChina().at("Beijing").on("2018-03-25/2018-03-28"));
        Report june = report("b", "2018-06-20", kimToChina().at("Beijing").on("2018-06-19/2018-06-20"));
        Report recalledInApril = report("c", "2018-04-27", kimToChina().status(RECALLED).at("Beijing"));
        Report recalledInJuly = report("d", "2018-07-01", kimToChina().status(RECALLED).at("Beijing"));
        Report plannedInApril = report("e", "2018-04-27", kimToChina().status(EventStatus.PLANNED).at("Beijing"));
        List<TimelineEntry> out = Timeline.mergeReports(List.of(march, june, recalledInApril, recalledInJuly,
                plannedInApril));
        assertEquals(2, out.size(), out::toString);
        assertTrue(out.get(0).sources().contains(recalledInApril), "only March was before 27 April");
        assertTrue(out.get(1).sources().contains(plannedInApril), "only June was after 27 April");
        assertEquals(List.of(recalledInJuly), out.get(0).ambiguousSources(), "both were before July");
        assertEquals(List.of(recalledInJuly), out.get(1).ambiguousSources());
    }

    @Test
    void anUndatedReportThatFitsNothingIsKeptInItsOwnUndatedEntryListedLast() {
        Report undated = report("a", "2018-05-26", ev().mode("meet").actor("person/moon-jae-in")
                .target("person/kim-jong-un").at("Panmunjom"));
        Report sameFromAnotherArticle = report("b", "2018-05-27", ev().mode("meet").actor("person/moon-jae-in")
                .target("person/kim-jong-un").at("Panmunjom"));
        Report copyOfFirst = report("c", "2018-05-26", sha("a"), ev().mode("meet").actor("person/moon-jae-in")
                .target("person/kim-jong-un").at("Panmunjom"));
        Report dated = report("d", "2018-04-27", kimToChina().on("2018-03-26"));
        Report garbledDate = report("e", "2018-04-01", ev().type("THREATEN").mode(null).actor("country/PRK")
                .target("country/USA").on("late March"));
        List<TimelineEntry> out = Timeline.mergeReports(List.of(undated, sameFromAnotherArticle, copyOfFirst, dated,
                garbledDate));
        assertEquals(4, out.size(), out::toString);
        assertEquals(Optional.of("2018-03-26"), out.get(0).date(), "dated first");
        assertTrue(out.subList(1, 4).stream().allMatch(e -> e.date().isEmpty()));
        TimelineEntry panmunjom = out.stream().filter(e -> e.sources().contains(undated)).findFirst().orElseThrow();
        assertEquals(2, panmunjom.sources().size(), "its copy joins it");
        assertEquals(1, panmunjom.reports());
        assertTrue(out.stream().anyMatch(e -> e.sources().equals(List.of(sameFromAnotherArticle))),
                "another article's undated report is not assumed to be the same occurrence");
        assertEquals("2018", garbledDate.blockKey().period(), "blocked by its article's year");
    }

    @Test
    void anArticleWithNoDateAndAnEventWithNoDateGoToTheUndatedBlock() {
        Report r = report("x", null, ev().mode("meet").actor("person/moon-jae-in").target("person/kim-jong-un"));
        assertEquals(new BlockKey("CONSULT", "country/KOR+country/PRK", BlockKey.UNDATED), r.blockKey());
        List<TimelineEntry> out = Timeline.mergeReports(List.of(r, report("y", null, ev().mode("meet")
                .actor("person/moon-jae-in").target("person/kim-jong-un"))));
        assertEquals(2, out.size());
    }

    @Test
    void reportsWithoutAnActorIdMergeOnlyWithTheirOwnCopies() {
        Fixtures.Ev officials = ev().type("SANCTION").mode(null).actorName("officials").target("country/PRK")
                .on("2018-12-10");
        Report a = report("a", "2018-12-11", officials);
        Report copy = report("b", "2018-12-11", sha("a"), officials);
        Report other = report("c", "2018-12-11", officials);
        assertEquals(BlockKey.NO_ACTOR, a.blockKey().actor());
        List<TimelineEntry> out = Timeline.mergeReports(List.of(a, copy, other));
        assertEquals(2, out.size());
        assertTrue(out.stream().allMatch(e -> e.actorId().isEmpty() && e.actor().equals(Optional.of("officials"))));
        assertEquals(Set.of(1, 2), Set.of(out.get(0).sources().size(), out.get(1).sources().size()));
    }

    @Test
    void blockKeysAreOneStringAndBack() {
        Report visit = chinaVisits().get(0);
        assertEquals("CONSULT|person/kim-jong-un|2018", visit.blockKey().toString());
        Report meeting = chinaVisits().get(2); // Xi meets Kim: the pair of their countries, in order
        assertEquals("CONSULT|country/CHN+country/PRK|2018", meeting.blockKey().toString());
        assertEquals(meeting.blockKey(), BlockKey.parse(meeting.blockKey().toString()));
        Report withCountry = report("z", null, ev().mode("meet").actor("country/PRK").target("person/xi-jinping")
                .on("2018-03-26"));
        assertEquals(meeting.blockKey(), withCountry.blockKey());
    }
}
