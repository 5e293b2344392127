package org.dossier.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tables of the store's, the timeline's and the event coder's date spans, merged when they became one type. */
class DateSpanTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}, {3}, written {4}")
    @CsvSource({
            "2018,                        2018-01-01, 2018-12-31, YEAR,  2018",
            "2018-03,                     2018-03-01, 2018-03-31, MONTH, 2018-03",
            "2018-02,                     2018-02-01, 2018-02-28, MONTH, 2018-02",
            "2020-02,                     2020-02-01, 2020-02-29, MONTH, 2020-02",
            "2016-02,                     2016-02-01, 2016-02-29, MONTH, 2016-02",
            "2018-03-26,                  2018-03-26, 2018-03-26, DAY,   2018-03-26",
            "2018-03-29,                  2018-03-29, 2018-03-29, DAY,   2018-03-29",
            "2018-03-29T11:22,            2018-03-29, 2018-03-29, DAY,   2018-03-29",
            "2019-02-28T10:15:00+07:00,   2019-02-28, 2019-02-28, DAY,   2019-02-28",
            "2018-06-12T21:15Z,           2018-06-12, 2018-06-12, DAY,   2018-06-12",
            "2018-03-25/2018-03-27,       2018-03-25, 2018-03-27, DAY,   2018-03-25/2018-03-27",
            "2018-03-01/2018-03-16,       2018-03-01, 2018-03-16, DAY,   2018-03-01/2018-03-16",
            "2018-03-01/2018-03-17,       2018-03-01, 2018-03-17, MONTH, 2018-03-01/2018-03-17",
            "2018-03-01/2018-03-31,       2018-03-01, 2018-03-31, MONTH, 2018-03",
            "2018-03/2018-04,             2018-03-01, 2018-04-30, MONTH, 2018-03/2018-04",
            "2018-12/2019-01,             2018-12-01, 2019-01-31, MONTH, 2018-12/2019-01",
            "2018-12-30/2019-01-02,       2018-12-30, 2019-01-02, DAY,   2018-12-30/2019-01-02",
            "1950/1953,                   1950-01-01, 1953-12-31, WIDE,  1950/1953",
            "2018-03/2018-03-05,          2018-03-01, 2018-03-05, DAY,   2018-03-01/2018-03-05",
    })
    void parsesEveryPrecisionOfTheRecordAndWritesTheShortestForm(String iso, LocalDate first, LocalDate last,
                                                                DateSpan.Level level, String written) {
        DateSpan s = DateSpan.parse(iso).orElseThrow();
        assertEquals(new DateSpan(first, last), s);
        assertEquals(first, s.first());
        assertEquals(last, s.last());
        assertEquals(level, s.level());
        assertEquals(written, s.format());
        assertEquals(written, s.toString());
        assertEquals(Optional.of(s), DateSpan.parse(s.format()), "format and parse agree");
        assertEquals(Optional.of(s), DateSpan.parse(Optional.of(iso)));
        assertEquals(s.last().toEpochDay() - s.first().toEpochDay() + 1, s.days());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "late March", "yesterday", "18-03-2018", "18-03-01", "2018-13", "2018-02-30",
            "2018-03-28/2018-03-25", "2018-03-27/2018-03-25", "2018/", "/2018", "abc/2018",
            "2018-03-25/2018-03-27/2018-03-28", "2018-3-5", "2018-3-1", "20180325", "２０１８", "2018-03-29Tnoon"})
    void anythingElseIsNoDate(String text) {
        assertEquals(Optional.empty(), DateSpan.parse(text));
        assertEquals(Optional.empty(), DateSpan.parse(Optional.of(text)));
    }

    @Test
    void absentValuesAreNoDateAndARangeCannotEndBeforeItStarts() {
        assertEquals(Optional.empty(), DateSpan.parse((String) null));
        assertEquals(Optional.empty(), DateSpan.parse(Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new DateSpan(LocalDate.of(2018, 3, 2), LocalDate.of(2018, 3, 1)));
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
            "2018-03,               2018-03-26,            true",
            "2018-03-25/2018-03-27, 2018-03,               true",
            "2018-03,               2019-01-08,            false",
            "2018,                  2018-12-31,            true",
            "2018-03-28,            2018-03-29,            false",
            "2018-03,               2018-03-25/2018-03-27, true",
            "2018,                  2018-05-07,            true",
            "2018-03-28,            2018-03-25/2018-03-28, true",
            "2018-04,               2018-03-25/2018-03-28, false",
            "2017,                  2018-01,               false",
            "2018-03,               late March,            false"})
    void datesAreCompatibleWhenTheirRangesOverlap(String a, String b, boolean expected) {
        assertEquals(expected, DateSpan.compatible(a, b));
        assertEquals(expected, DateSpan.compatible(b, a));
        Optional<DateSpan> x = DateSpan.parse(a);
        Optional<DateSpan> y = DateSpan.parse(b);
        if (x.isPresent() && y.isPresent()) {
            assertEquals(expected, x.get().overlaps(y.get()));
            assertEquals(expected, y.get().overlaps(x.get()));
        }
        assertTrue(x.isEmpty() || x.get().days() >= 1);
    }

    @Test
    void rangesOfDifferentPrecisionCompareByTheDaysTheyCover() {
        DateSpan march = DateSpan.parse("2018-03").orElseThrow();
        DateSpan visit = DateSpan.parse("2018-03-25/2018-03-28").orElseThrow();
        DateSpan year = DateSpan.parse("2018").orElseThrow();
        DateSpan may = DateSpan.parse("2018-05-07/2018-05-08").orElseThrow();
        assertTrue(march.contains(visit) && year.contains(march) && march.overlaps(visit) && visit.overlaps(march));
        assertTrue(!march.overlaps(may) && !may.contains(visit));
        assertEquals(Optional.of(march), year.intersection(march));
        assertEquals(Optional.empty(), march.intersection(may));
        assertEquals("2018-03-25/2018-05-08", visit.union(may).format());
        assertEquals(4, visit.days());
    }
}
