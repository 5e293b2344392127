package org.dossier.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpanTest {
    @ParameterizedTest
    @CsvSource({
            "2018, 2018-01-01, 2018-12-31", "2018-02, 2018-02-01, 2018-02-28", "2020-02, 2020-02-01, 2020-02-29",
            "2018-03-26, 2018-03-26, 2018-03-26", "2018-03-29T11:22, 2018-03-29, 2018-03-29",
            "2018-03-25/2018-03-27, 2018-03-25, 2018-03-27", "2018-03/2018-04, 2018-03-01, 2018-04-30"})
    void spans(String iso, String first, String last) {
        DateSpan s = DateSpan.parse(iso).orElseThrow();
        assertEquals(LocalDate.parse(first).toEpochDay(), s.first());
        assertEquals(LocalDate.parse(last).toEpochDay(), s.last());
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2018-13", "2018-02-30", "18-03-01", "2018-03-27/2018-03-25", "''", "2018-3-1"})
    void notDates(String text) {
        assertEquals(Optional.empty(), DateSpan.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"2018-03, 2018-03-26, true", "2018-03-25/2018-03-27, 2018-03, true", "2018-03, 2019-01-08, false",
            "2018, 2018-12-31, true", "2018-03-28, 2018-03-29, false"})
    void overlaps(String a, String b, boolean expected) {
        assertEquals(expected, DateSpan.parse(a).orElseThrow().overlaps(DateSpan.parse(b).orElseThrow()));
        assertTrue(DateSpan.parse(a).orElseThrow().days() >= 1);
    }
}
