package org.dossier.nlp.timeline;

import static org.dossier.nlp.timeline.Fixtures.ev;
import static org.dossier.nlp.timeline.Fixtures.kimToChina;
import static org.dossier.nlp.timeline.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The merge rules of the package documentation, one table or case per rule, on reports built here. */
class MergeRulesTest {

    private static List<TimelineEntry> merge(Report... reports) {
        return Timeline.mergeReports(List.of(reports));
    }

    @ParameterizedTest(name = "{0} + {1}: {2} entries, dated {3}")
    @CsvSource({
            // precision combinations: the coarser contains the finer
            "2018-03,               2018-03-25/2018-03-27, 1, 2018-03-25/2018-03-27",
            "2018-03,               2018-03-26,            1, 2018-03-26",
            "2018,                  2018-03,               1, 2018-03",
            "2018,                  2018-03-26,            1, 2018-03-26",
            "2018-03-29T11:22,      2018-03,               1, 2018-03-29",
            // day-precise reports of one event: the entry spans them
            "2018-03-25/2018-03-27, 2018-03-25/2018-03-28, 1, 2018-03-25/2018-03-28",
            "2018-03-25/2018-03-28, 2018-03-26,            1, 2018-03-25/2018-03-28",
            "2018-03-30/2018-04-02, 2018-04-01,            1, 2018-03-30/2018-04-02",
            "2018-03-01/2018-03-16, 2018-03-16/2018-03-31, 1, 2018-03",
            // coarse and coarse: the intersection
            "2018-03-20/2018-04-20, 2018-04,               1, 2018-04-01/2018-04-20",
            "2018-03-01/2018-03-20, 2018-03,               1, 2018-03-01/2018-03-20",
            // a coarse report beside a day-precise one does not move its date
            "2018-03-30/2018-04-02, 2018-03,               1, 2018-03-30/2018-04-02",
            "2018-03-01/2018-03-20, 2018-03-10,            1, 2018-03-10",
            // disjoint: separate events
            "2018-03-26,            2018-03-28,            2, 2018-03-26",
            "2018-03,               2018-05,               2, 2018-03",
            "2018-03-25/2018-03-28, 2018-05-07/2018-05-08, 2, 2018-03-25/2018-03-28",
            "2018-03,               2019-03,               2, 2018-03",
            "2018-12,               2019,                  2, 2018-12",
            // seventeen days are month-precise: such a range joins the day-precise entry it overlaps
            "2018-03-01/2018-03-16, 2018-03-16/2018-04-01, 1, 2018-03-01/2018-03-16",
    })
    void datesOfDifferentPrecision(String a, String b, int entries, String firstDate) {
        List<TimelineEntry> out = merge(report("a", "2019-06-01", kimToChina().on(a)),
                report("b", "2019-06-01", kimToChina().on(b)));
        assertEquals(entries, out.size(), out::toString);
        assertEquals(Optional.of(firstDate), out.get(0).date());
        if (entries == 1) {
            assertEquals(2, out.get(0).reports());
        }
    }

    @Test
    void aChainOfDayReportsNeverGrowsAnEntryBeyondAMonth() {
        List<TimelineEntry> out = merge(
                report("a", null, kimToChina().on("2018-03-01/2018-03-14")),
                report("b", null, kimToChina().on("2018-03-14/2018-03-27")),
                report("c", null, kimToChina().on("2018-03-27/2018-04-09")));
        assertEquals(2, out.size(), out::toString);
        assertTrue(out.stream().allMatch(e -> DateSpan.parse(e.date().orElseThrow()).orElseThrow().days()
                <= BlockMerger.MAX_ENTRY_DAYS));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "visit, visit, 1",
            "visit, meet,  2",
            "visit, '',    1",
            "'',    '',    1",
            "phone, meet,  2",
    })
    void modes(String a, String b, int entries) {
        assertEquals(entries, merge(
                report("a", null, kimToChina().mode(a.isEmpty() ? null : a).on("2018-03-26")),
                report("b", null, kimToChina().mode(b.isEmpty() ? null : b).on("2018-03")))
                .size());
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "country/CHN,        country/CHN,        1",
            "country/CHN,        country/RUS,        2",
            "country/CHN,        '',                 1",
            "person/xi-jinping,  country/CHN,        1",
            "person/xi-jinping,  person/li-keqiang,  2",
            "person/xi-jinping,  country/RUS,        2",
    })
    void targets(String a, String b, int entries) {
        List<TimelineEntry> out = merge(
                report("a", null, kimToChina().type("REQUEST").mode(null).target(a).on("2018-03-26")),
                report("b", null, kimToChina().type("REQUEST").mode(null).target(b.isEmpty() ? null : b).on("2018-03-26")));
        assertEquals(entries, out.size(), out::toString);
        if (entries == 1) {
            assertEquals(Optional.of(a), out.get(0).targetId(), "the most specific target");
        }
    }

    @ParameterizedTest(name = "{0} meets {1} / {2} meets {3}: {4}")
    @CsvSource({
            "person/kim-jong-un,   person/xi-jinping,  person/xi-jinping,  person/kim-jong-un, 1",
            "person/kim-jong-un,   person/xi-jinping,  person/xi-jinping,  country/PRK,        1",
            "person/kim-jong-un,   person/xi-jinping,  country/CHN,        country/PRK,        1",
            "person/donald-trump,  person/kim-jong-un, country/PRK,        country/USA,        1",
            "person/kim-jong-un,   person/xi-jinping,  person/kim-jong-un, person/li-keqiang,  2",
            "person/kim-jong-un,   person/xi-jinping,  person/moon-jae-in, person/xi-jinping,  2",
            "person/kim-jong-un,   person/xi-jinping,  person/moon-jae-in, country/PRK,        2",
            // a meeting with no other party is blocked by its actor and does not meet the pair (a known limit)
            "person/kim-jong-un,   person/xi-jinping,  person/kim-jong-un, '',                 2",
    })
    void meetingsAreBlockedByThePairOfCountriesAndMatchedSideBySide(String a1, String t1, String a2, String t2,
                                                                    int entries) {
        List<TimelineEntry> out = merge(
                report("a", null, ev().mode("meet").actor(a1).target(t1).on("2018-03-26")),
                report("b", null, ev().mode("meet").actor(a2).target(t2.isEmpty() ? null : t2).on("2018-03")));
        assertEquals(entries, out.size(), out::toString);
        if (entries == 1) {
            assertEquals(java.util.Set.of(a1, t1), java.util.Set.of(out.get(0).actorId().orElseThrow(),
                    out.get(0).targetId().orElseThrow()), "the people, not their countries");
        }
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "person/kim-jong-un, person/kim-jong-un, 1",
            "person/kim-jong-un, person/ri-yong-ho,  2",
            // a person and their country are different actors (package documentation, rule 1)
            "person/kim-jong-un, country/PRK,        2",
    })
    void actors(String a, String b, int entries) {
        assertEquals(entries, merge(report("a", null, kimToChina().actor(a).on("2018-03-26")),
                report("b", null, kimToChina().actor(b).on("2018-03-26"))).size());
    }

    @ParameterizedTest(name = "{0} on {1} / {2} on {3}: {4}")
    @CsvSource({
            "Beijing, 2018-05,    Dalian,  2018-05,    2",
            "Beijing, 2018-05-08, Dalian,  2018-05-08, 1",
            "China,   2018-05,    Dalian,  2018-05,    1",
            "China,   2018-05,    Moscow,  2018-05,    2",
            "Beijing, 2018-05,    '',      2018-05,    1",
            "Beijing, 2018-05-08, Beijing, 2018-05,    1",
            "Dalian,  2018-05-08, Beijing, 2018-05,    2",
    })
    void places(String a, String dateA, String b, String dateB, int entries) {
        List<TimelineEntry> out = merge(report("a", null, kimToChina().at(a).on(dateA)),
                report("b", null, kimToChina().at(b.isEmpty() ? null : b).on(dateB)));
        assertEquals(entries, out.size(), out::toString);
    }

    @Test
    void theEntryNamesTheFinerPlace() {
        List<TimelineEntry> out = merge(report("a", null, kimToChina().at("China").on("2018-05")),
                report("b", null, kimToChina().at("Dalian").on("2018-05-07/2018-05-08")));
        assertEquals(Optional.of("Dalian"), out.get(0).location());
    }

    @Test
    void whoMetWhomIsOneMeetingEitherWay() {
        List<TimelineEntry> out = merge(
                report("a", null, ev().mode("meet").actor("person/kim-jong-un").target("person/xi-jinping").on("2018-03-26")),
                report("b", null, ev().mode("meet").actor("person/xi-jinping").target("person/kim-jong-un").on("2018-03")));
        assertEquals(1, out.size(), out::toString);
        TimelineEntry e = out.get(0);
        assertEquals("CONSULT|country/CHN+country/PRK|2018", e.block().toString());
        assertEquals(Optional.of("person/xi-jinping"), e.actorId(), "parties in the order of their countries");
        assertEquals(Optional.of("Xi Jinping"), e.actor());
        assertEquals(Optional.of("Kim Jong Un"), e.target());
        assertTrue(e.symmetric());
        // a visit has a direction: the visitor and the host are not interchangeable
        assertEquals(2, merge(report("a", null, ev().actor("person/kim-jong-un").target("country/CHN").on("2018-03-26")),
                report("b", null, ev().actor("country/CHN").target("person/kim-jong-un").on("2018-03-26"))).size());
    }

    @ParameterizedTest(name = "{0} + {1}: {2}")
    @CsvSource({
            "REPORTED,   HISTORICAL, REPORTED",
            "HISTORICAL, HISTORICAL, HISTORICAL",
            "PLANNED,    REPORTED,   REPORTED",
            "SPECULATED, PLANNED,    PLANNED",
            "NEGATED,    REPORTED,   REPORTED",
            "DENIED,     NEGATED,    DENIED",
    })
    void theBestSupportedStatusWins(EventStatus a, EventStatus b, EventStatus entry) {
        List<TimelineEntry> out = merge(report("a", "2018-03-28", kimToChina().status(a).on("2018-03-25/2018-03-28")),
                report("b", "2018-05-08", kimToChina().status(b).on("2018-03")));
        assertEquals(1, out.size());
        assertEquals(entry, out.get(0).status());
    }

    @Test
    void aRecollectionMakesNoEntryWhenTheReportedEventIsThere() {
        List<TimelineEntry> out = merge(
                report("a", "2018-03-28", kimToChina().at("Beijing").on("2018-03-25/2018-03-28")),
                report("b", "2018-05-08", kimToChina().status(EventStatus.HISTORICAL).at("Beijing").on("2018-03")),
                report("c", "2018-06-20", kimToChina().status(EventStatus.HISTORICAL).on("2018-03")));
        assertEquals(1, out.size());
        assertEquals(3, out.get(0).reports());
        assertEquals(EventStatus.REPORTED, out.get(0).status());
        // ... and is an entry of its own when nothing else reports the event
        List<TimelineEntry> alone = merge(report("b", "2018-05-08",
                kimToChina().status(EventStatus.HISTORICAL).on("2018-03")));
        assertEquals(EventStatus.HISTORICAL, alone.get(0).status());
    }

    @Test
    void aReportThatFitsSeveralEventsIsAttachedToEachAndCountedInNone() {
        Report year = report("y", "2018-12-30", kimToChina().status(EventStatus.HISTORICAL).on("2018"));
        Report march = report("m", "2018-03-28", kimToChina().at("Beijing").on("2018-03-25/2018-03-28"));
        Report june = report("j", "2018-06-20", kimToChina().at("Beijing").on("2018-06-19/2018-06-20"));
        List<TimelineEntry> out = merge(year, march, june);
        assertEquals(2, out.size(), out::toString);
        for (TimelineEntry e : out) {
            assertEquals(1, e.reports());
            assertEquals(List.of(year), e.ambiguousSources());
        }
        // with one visit only, the same report is a source of it
        List<TimelineEntry> one = merge(year, march);
        assertEquals(1, one.size());
        assertEquals(2, one.get(0).reports());
        assertTrue(one.get(0).ambiguousSources().isEmpty());
    }

    @Test
    void aDayRangeJoinsTheDaysItSpans() {
        // arrival and departure reported separately: two entries until a report spans both days
        Report arrival = report("a", "2018-03-26", kimToChina().on("2018-03-25"));
        Report departure = report("b", "2018-03-28", kimToChina().on("2018-03-28"));
        assertEquals(2, merge(arrival, departure).size());
        List<TimelineEntry> out = merge(arrival, departure, report("c", "2018-03-29", kimToChina().on("2018-03-25/2018-03-28")));
        assertEquals(1, out.size());
        assertEquals(Optional.of("2018-03-25/2018-03-28"), out.get(0).date());
        assertEquals(3, out.get(0).reports());
    }

    @Test
    void aLessSpecificRangePlacedAfterTheDaysStillJoinsThem() {
        // The days name the city, the range does not: the days are placed first, as two entries, and the
        // range, fitting both, makes them one.
        List<TimelineEntry> out = merge(
                report("a", "2018-03-26", kimToChina().at("Beijing").on("2018-03-25")),
                report("b", "2018-03-28", kimToChina().at("Beijing").on("2018-03-28")),
                report("c", "2018-03-29", kimToChina().on("2018-03-25/2018-03-28")));
        assertEquals(1, out.size(), out::toString);
        assertEquals(Optional.of("2018-03-25/2018-03-28"), out.get(0).date());
        assertEquals(Optional.of("Beijing"), out.get(0).location());
        // ... but not days with two different targets
        List<TimelineEntry> two = merge(
                report("a", "2018-03-26", kimToChina().type("REQUEST").mode(null).target("person/xi-jinping").on("2018-03-25")),
                report("b", "2018-03-28", kimToChina().type("REQUEST").mode(null).target("person/li-keqiang").on("2018-03-28")),
                report("c", "2018-03-29", kimToChina().type("REQUEST").mode(null).target(null).on("2018-03-25/2018-03-28")));
        assertEquals(2, two.size(), two::toString);
        assertTrue(two.stream().allMatch(e -> e.ambiguousSources().size() == 1 && e.reports() == 1));
    }

    @Test
    void nearDuplicateCopiesCountOnce() {
        String wire = Fixtures.sha("w1");
        List<TimelineEntry> out = merge(
                report("w1", "2019-02-28", wire, ev().mode("meet").actor("person/donald-trump").target("person/kim-jong-un")
                        .at("Hanoi").on("2019-02-27/2019-02-28")),
                report("w2", "2019-02-28", wire, ev().mode("meet").actor("person/donald-trump").target("person/kim-jong-un")
                        .at("Hanoi").on("2019-02-27/2019-02-28")),
                report("x", "2019-03-01", ev().mode("meet").actor("person/kim-jong-un").target("person/donald-trump")
                        .at("Hanoi").on("2019-02-28")));
        assertEquals(1, out.size());
        assertEquals(3, out.get(0).sources().size(), "every article is a source");
        assertEquals(2, out.get(0).reports(), "the two wire copies are one report");
    }

    @Test
    void oneArticleReportingAnEventTwiceIsOneReport() {
        List<TimelineEntry> out = merge(
                report("a", "2018-03-28", kimToChina().on("2018-03-25/2018-03-28").evidence("Headline sentence.", 0)),
                report("a", "2018-03-28", kimToChina().at("Beijing").on("2018-03-26").evidence("Body sentence.", 120)));
        assertEquals(1, out.size());
        assertEquals(2, out.get(0).sources().size());
        assertEquals(1, out.get(0).reports());
    }

    @Test
    void theEntryShowsTheNamesTheReportsMostOftenUse() {
        List<TimelineEntry> out = merge(
                report("a", null, kimToChina().actorName("Kim Jong-un").on("2018-03")),
                report("b", null, kimToChina().actorName("Kim Jong Un").on("2018-03")),
                report("c", null, kimToChina().actorName("Kim Jong Un").on("2018-03")));
        assertEquals(Optional.of("Kim Jong Un"), out.get(0).actor());
        assertEquals(Optional.of("China"), out.get(0).target());
    }

    @Test
    void anUndatedArticleRecallingOneMeetingAndExpectingAnotherNamesTwo() {
        Fixtures.Ev recalled = ev().mode("meet").actor("person/donald-trump").target("person/kim-jong-un")
                .status(EventStatus.HISTORICAL);
        Fixtures.Ev expected = ev().mode("meet").actor("person/donald-trump").target("person/kim-jong-un")
                .status(EventStatus.PLANNED).evidence("They will hold a second summit.", 200);
        List<TimelineEntry> entries = merge(report("a", null, recalled), report("a", null, expected));
        assertEquals(2, entries.size(), entries.toString());
        // the same undated report in two copies of the article is still one entry
        List<TimelineEntry> copies = merge(report("a", null, "g", recalled), report("b", null, "g", recalled));
        assertEquals(1, copies.size(), copies.toString());
    }

    @Test
    void differentTypesAreDifferentEvents() {
        assertEquals(2, merge(report("a", null, kimToChina().on("2018-03-26")),
                report("b", null, kimToChina().type("THREATEN").mode(null).on("2018-03-26"))).size());
    }
}
