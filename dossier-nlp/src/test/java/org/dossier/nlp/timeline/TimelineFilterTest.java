package org.dossier.nlp.timeline;

import static org.dossier.nlp.timeline.Fixtures.ev;
import static org.dossier.nlp.timeline.Fixtures.kimToChina;
import static org.dossier.nlp.timeline.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineFilterTest {

    private static TimelineEntry dated(String date) {
        List<TimelineEntry> e = Timeline.mergeReports(List.of(report("a", null, kimToChina().on(date))));
        return e.get(0);
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @ParameterizedTest(name = "{0} since {1} until {2}: {3}")
    @CsvSource({
            "2018-03,               2018-03-15, '',         true",
            "2018-03,               '',         2018-03-15, true",
            "2018-03-10,            2018-03-15, '',         false",
            "2018-03-20,            '',         2018-03-15, false",
            "2018-03-15,            2018-03-15, 2018-03-15, true",
            "2018-03-25/2018-03-28, 2018-03-27, '',         true",
            "2018-03-25/2018-03-28, 2018-03-29, '',         false",
            "2018-03-25/2018-03-28, '',         2018-03-25, true",
            "2018,                  2018-12-31, '',         true",
            "2018-12,               2019,       '',         false",
            "2019-01,               '',         2018,       false",
            "2018-06,               2018,       2018,       true",
            "2018-06,               2018-03,    2018-05,    false",
    })
    void datesSelectByOverlap(String date, String since, String until, boolean kept) {
        assertEquals(kept, new TimelineFilter(Optional.empty(), Optional.empty(), opt(since), opt(until)).test(dated(date)));
    }

    @Test
    void undatedEntriesAreLeftOutOnlyWhenADateBoundIsGiven() {
        TimelineEntry undated = Timeline.mergeReports(List.of(report("a", null, kimToChina()))).get(0);
        assertTrue(undated.date().isEmpty());
        assertTrue(TimelineFilter.all().test(undated));
        assertEquals(false, new TimelineFilter(Optional.empty(), Optional.empty(), Optional.of("1900"), Optional.empty())
                .test(undated));
    }

    @ParameterizedTest(name = "--type {0}: {1}")
    @CsvSource({"CONSULT, true", "consult, true", "CONSULT/visit, true", "consult/VISIT, true", "CONSULT/meet, false",
            "THREATEN, false", "CONSULT/, false"})
    void types(String type, boolean kept) {
        assertEquals(kept, new TimelineFilter(Optional.empty(), Optional.of(type), Optional.empty(), Optional.empty())
                .test(dated("2018-03")));
    }

    @ParameterizedTest(name = "--actor {0}: visit {1}, meeting {2}")
    @CsvSource({
            "person/kim-jong-un, true,  true",
            "person/xi-jinping,  false, true",
            "country/PRK,        true,  true",
            "country/CHN,        false, true",
            "person/ri-yong-ho,  false, false",
    })
    void actors(String actor, boolean visitKept, boolean meetingKept) {
        TimelineEntry visit = dated("2018-03");
        TimelineEntry meeting = Timeline.mergeReports(List.of(report("a", null, ev().mode("meet")
                .actor("person/xi-jinping").target("person/kim-jong-un").on("2018-03-26")))).get(0);
        TimelineFilter f = new TimelineFilter(Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(visitKept, f.test(visit));
        assertEquals(meetingKept, f.test(meeting));
    }

    @Test
    void aBoundThatIsNotADateIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimelineFilter(
                Optional.empty(), Optional.empty(), Optional.of("last March"), Optional.empty()));
        assertTrue(e.getMessage().contains("since") && e.getMessage().contains("last March"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TimelineFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("2018-02-30")));
    }
}
