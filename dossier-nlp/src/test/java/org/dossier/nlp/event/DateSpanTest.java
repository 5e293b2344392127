package org.dossier.nlp.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateSpanTest {

    @ParameterizedTest
    @CsvSource({
            "2018, 2018-01-01, 2018-12-31",
            "2018-02, 2018-02-01, 2018-02-28",
            "2016-02, 2016-02-01, 2016-02-29",
            "2018-03-29, 2018-03-29, 2018-03-29",
            "2018-03-29T11:22, 2018-03-29, 2018-03-29",
            "2018-03-25/2018-03-27, 2018-03-25, 2018-03-27",
            "2018-12/2019-01, 2018-12-01, 2019-01-31"})
    void spansOfEveryPrecision(String iso, String first, String last) {
        assertEquals(Optional.of(new DateSpan(LocalDate.parse(first), LocalDate.parse(last))), DateSpan.parse(iso));
    }

    @ParameterizedTest
    @CsvSource({"'', ", "late March, ", "2018-13, ", "2018-02-30, ", "2018-03-27/2018-03-25, ", "abc/2018, "})
    void badDatesAreEmpty(String iso, String ignored) {
        assertEquals(Optional.empty(), DateSpan.parse(iso));
    }

    @ParameterizedTest
    @CsvSource({
            "2018-03, 2018-03-25/2018-03-27, true",
            "2018, 2018-05-07, true",
            "2018-03-28, 2018-03-25/2018-03-28, true",
            "2018-04, 2018-03-25/2018-03-28, false",
            "2017, 2018-01, false",
            "2018-03, late March, false"})
    void compatibleWhenTheSpansOverlap(String a, String b, boolean compatible) {
        assertEquals(compatible, DateSpan.compatible(a, b));
        assertEquals(compatible, DateSpan.compatible(b, a));
        assertTrue(DateSpan.parse(a).isEmpty() || DateSpan.parse(a).get().days() > 0);
    }
}
