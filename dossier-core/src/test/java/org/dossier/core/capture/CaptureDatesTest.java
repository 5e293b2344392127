package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptureDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12. März 2019                         | de    | 2019-03-12",
        "Von Anna Schmidt, 12. März 2019, 14:05 Uhr | de    | 2019-03-12T14:05",
        "le 12 mars 2019 à 14h05               | fr    | 2019-03-12T14:05",
        "1er avril 2020                        | fr    | 2020-04-01",
        "12 de marzo de 2019                   | es    | 2019-03-12",
        "29/03/2018                            | fr    | 2018-03-29",
        "03/04/2018                            | en-GB | 2018-04-03",
        "03/04/2018                            | en    | 2018-03-04",
        "29.03.2018 08:15                      | de    | 2018-03-29T08:15",
        "2019.01.08                            |       | 2019-01-08",
        "ngày 12 tháng 3 năm 2019              | vi    | 2019-03-12",
        "2019년 1월 8일                        | ko    | 2019-01-08",
        "2019年1月8日                          | ja    | 2019-01-08",
        "March 29, 2018 11:22                  | en    | 2018-03-29T11:22",
        "Nov 19, 2019, 10:31 pm CST            | en    | 2019-11-19T22:31",
        "12th March 2019                       | en    | 2019-03-12",
    })
    void readsWrittenDates(String text, String language, String iso) {
        // An empty CSV cell arrives as null: no language known.
        String lang = language == null ? "" : language;
        assertEquals(Optional.of(iso), CaptureDates.parse(text.strip(), lang), text + " [" + lang + "]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no date here",
        "31/02/2019",
        "Room 12 of 2019 applicants",
        "version 2.26.1",
    })
    void leavesWhatIsNoDate(String text) {
        assertEquals(Optional.empty(), CaptureDates.parse(text, "en-GB"), text);
    }
}
