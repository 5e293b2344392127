package org.dossier.core.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        // English, both orders, ordinals, abbreviations, times with am/pm and zones
        "March 29, 2018 11:22|en|2018-03-29T11:22",
        "Posted: Nov. 19, 2019 at 9:24 pm ET|en|2019-11-19T21:24",
        "Monday, November 18th, 2019 at 11:08 a.m.|en|2019-11-18T11:08",
        "Wednesday 20 November 2019 9:22 am|en-GB|2019-11-20T09:22",
        "Published 10:02 AM EST Nov 19, 2019|en|2019-11-19T10:02",
        "12:15 am, Tuesday, June 4, 2019|en|2019-06-04T00:15",
        "Updated on: 4 July 2017|en|2017-07-04",
        // German, French, Spanish, Italian, Portuguese, Dutch
        "Von Anna Schmidt, 12. März 2019 um 14:05 Uhr|de|2019-03-12T14:05",
        "publié le 1er mars 2019 à 15h30|fr|2019-03-01T15:30",
        "Actualizado el 3 de abril de 2020|es|2020-04-03",
        "Pubblicato il 02 ago 2017|it|2017-08-02",
        "segunda-feira, 22 de janeiro de 2018 às 0:13|pt|2018-01-22T00:13",
        "Gepubliceerd op 7 mei 2021|nl|2021-05-07",
        // Russian, Indonesian, Polish, Turkish
        "Текст: Мария Иванова · 24 сентября 2018|ru|2018-09-24",
        "Diposting pada Maret 30, 2015 oleh Redaksi|id|2015-03-30",
        "opublikowano 5 listopada 2019|pl|2019-11-05",
        "14 Şubat 2020 Cuma|tr|2020-02-14",
        // East Asian and Vietnamese
        "기사입력 2019년 3월 12일 오후 3:20|ko|2019-03-12T15:20",
        "2019年3月12日 08:05 配信|ja|2019-03-12T08:05",
        "发布时间：2019年3月12日|zh|2019-03-12",
        "Thứ ba, ngày 12/3/2019, 11:22 (GMT+7)|vi|2019-03-12T11:22",
        "ngày 5 tháng 4 năm 2020|vi|2020-04-05",
        // numeric dates: the language decides ambiguous ones, a field over 12 decides the rest
        "29/03/2018|en|2018-03-29",
        "03/04/2019|en|2019-03-04",
        "03/04/2019|en-US|2019-03-04",
        "03/04/2019|en-GB|2019-04-03",
        "03/04/2019|de|2019-04-03",
        "03/04/2019||2019-04-03",
        "11/20/19 6:38 AM|en|2019-11-20T06:38",
        "21:17 18.11.2019|ru|2019-11-18T21:17",
        "2016.12.01|ja|2016-12-01",
        "[ 2018-08-25 15:24 ]|ko|2018-08-25T15:24",
        "입력 2019.03.12. 15:24|ko|2019-03-12T15:24",
        "２０１９年３月１２日|ja|2019-03-12",
        "نشر في ١٢ مارس ٢٠١٩|ar|2019-03-12",
    })
    void readsWrittenDates(String text, String hint, String expected) {
        assertEquals(Optional.of(expected), Dates.parse(text, hint == null ? "" : hint));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "© 2019 The Daily Example. All rights reserved.|-",
        "Copyright 2008-2019|-",
        "31/02/2019|-",
        "The score was 6-4, 7-6 in 2019|-",
        "Call 0859-2059-4986 today|-",
        "version 4.3.1 released|-",
        "0001-01-01T00:00:00Z|-",
        "November 2019|-",
        "3 days ago|-",
        "|-",
    })
    void findsNoDateWhereNoneIsStated(String text, String expected) {
        assertEquals(Optional.ofNullable(expected), Dates.parse(text == null ? "" : text));
        assertEquals(Optional.empty(), Dates.parseIso(text == null ? "" : text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2019-11-19T06:56:43-05:00|2019-11-19T06:56",
        "2019-11-20 13:42:06+08:00|2019-11-20T13:42",
        "2019-11-19T21:57:01+0000|2019-11-19",
        "2019-11-20T10:43Z|2019-11-20",
        "2019-11-19T11:00:09.000Z|2019-11-19",
        "2018-10-03|2018-10-03",
        "20191119|2019-11-19",
        "Mon, 18 Nov 2019 16:07:38 -0600|2019-11-18T16:07",
        "Tue Nov 19 2019 03:05:46 GMT+0000|2019-11-19",
        "19 Nov 2019 07:09 GMT|2019-11-19",
        "Wed Nov 20 2019 09:30:00 GMT+0530|2019-11-20T09:30",
        "November 19, 2019, 07:47 PM EST|2019-11-19T19:47",
    })
    void readsMachineTimestamps(String value, String expected) {
        assertEquals(Optional.of(expected), Dates.parseIso(value));
    }

    @Test
    void takesTheFirstDateOfSeveral() {
        assertEquals(Optional.of("2019-11-18"),
                Dates.parse("Published 18 November 2019, updated 20 November 2019"));
        assertEquals(Optional.of("2019-11-18"),
                Dates.parse("2019-11-18 (first published), then 2019-11-20"));
    }

    @Test
    void readsAmericanEnglishMonthFirstOnlyWhenAmbiguous() {
        assertTrue(Dates.monthFirst("en"));
        assertTrue(Dates.monthFirst("en-US"));
        assertTrue(!Dates.monthFirst("en-GB"));
        assertTrue(!Dates.monthFirst("fr"));
        assertEquals(Optional.of("2019-11-20"), Dates.parse("20/11/2019", "en-US"));
    }
}
