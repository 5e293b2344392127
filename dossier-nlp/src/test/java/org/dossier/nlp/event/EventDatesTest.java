package org.dossier.nlp.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Event;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an event happened: its clause's time, the paragraph's, the publication date, another report's. */
class EventDatesTest {

    private static List<Event> events(String body, String published) throws AnalysisException {
        return Shared.ANALYZER.analyze(Shared.article(body, published)).events();
    }

    private static Event first(List<Event> events, String type, String mode) {
        return events.stream().filter(e -> e.type().equals(type) && e.mode().filter(mode::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + "/" + mode + Sentences.describe(events)));
    }

    @ParameterizedTest(name = "{3}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim Jong Un arrived in Beijing on Tuesday for a two-day visit.|2018-06-20|visit|2018-06-19
            Indian Prime Minister Narendra Modi visited China from April 27 to 28.|2018-04-30|visit|2018-04-27/2018-04-28
            US Secretary of State Mike Pompeo met Kim in Pyongyang on Wednesday to prepare for the planned summit.|2018-05-10|meet|2018-05-09
            US President Donald Trump announced that his meeting with North Korean leader Kim Jong Un would be held in Singapore on June 12.|2018-05-11|third-party|2018-06-12
            Japanese Prime Minister Shinzo Abe has arrived in Tehran for talks with Iranian leaders.|2019-06-12|visit|2019-06-12
            Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Moscow.|2019-01-24|meet|2019-01
            """)
    void dateFromTheSentenceOrTheLead(String body, String published, String mode, String date) throws AnalysisException {
        List<Event> events = events(body, published);
        assertEquals(Optional.of(date), first(events, "CONSULT", mode).date(), () -> Sentences.describe(events));
    }

    @Test
    void talksBeforeOrAfterADatedActAreNotDatedWithIt() throws AnalysisException {
        List<Event> events = events("Chilean President Ana Fuentes left Lima on Wednesday after talks with Peruvian "
                + "President Luis Salas.", "2019-03-08");
        Event talks = first(events, "CONSULT", "meet");
        assertTrue(talks.date().filter("2019-03-06"::equals).isEmpty(), () -> Sentences.describe(events));
        // a time inside the noun's own phrase still dates it
        List<Event> own = events("Chilean President Ana Fuentes returned home after talks with Peruvian "
                + "President Luis Salas on Tuesday.", "2019-03-08");
        assertEquals(Optional.of("2019-03-05"), first(own, "CONSULT", "meet").date(), () -> Sentences.describe(own));
    }

    @Test
    void aLaterSentenceOfTheParagraphTakesItsTimeFrameAtMonthPrecision() throws AnalysisException {
        List<Event> events = events("Kenyan President Uhuru Kenyatta arrived in Addis Ababa on Monday. "
                + "He also met Somali President Mohamed Abdullahi Mohamed.", "2018-06-05");
        Event meeting = first(events, "CONSULT", "meet");
        assertEquals(Optional.of("2018-06"), meeting.date(), () -> Sentences.describe(events));
    }

    @Test
    void aTimeInARelativeClauseSetsNoFrameForTheNextSentence() throws AnalysisException {
        List<Event> events = events("The summit ended on Tuesday.\n\nIt was short.\n\n"
                + "North Korea reaffirmed the declaration that Kim signed with Moon in April. "
                + "Trump committed to provide security guarantees to North Korea.", "2018-06-13");
        Event promise = events.stream().filter(e -> e.type().equals("AGREE")).findFirst()
                .orElseThrow(() -> new AssertionError(Sentences.describe(events)));
        assertEquals(Optional.empty(), promise.date(), () -> Sentences.describe(events));
    }

    @Test
    void aLaterReportOfTheSameEventMergesWithTheDatedOne() throws AnalysisException {
        List<Event> events = events("Chinese President Xi Jinping visited Russia from June 5 to 7.\n\n"
                + "Analysts said Xi's visit to Russia showed how close the two governments had become.", "2019-06-08");
        List<Event> visits = events.stream().filter(e -> e.mode().filter("visit"::equals).isPresent()).toList();
        assertEquals(1, visits.size(), () -> Sentences.describe(events));
        assertEquals(Optional.of("2019-06-05/2019-06-07"), visits.get(0).date());
        assertEquals(0, visits.get(0).offset(), "the evidence is the dated report");
    }

    @Test
    void aMeetingWithTheHostTakesTheDatesOfTheVisit() throws AnalysisException {
        List<Event> events = events("Indian Prime Minister Narendra Modi visited China from April 27 to 28.\n\n"
                + "Officials said Modi and Chinese President Xi Jinping held talks.", "2018-04-30");
        assertEquals(Optional.of("2018-04-27/2018-04-28"), first(events, "CONSULT", "meet").date(),
                () -> Sentences.describe(events));
    }

    @Test
    void aRelativeDateWithoutAPublicationDateStaysUndated() throws AnalysisException {
        List<Event> events = events("North Korean leader Kim Jong Un met Chinese President Xi Jinping on Monday.", null);
        assertEquals(Optional.empty(), first(events, "CONSULT", "meet").date());
    }

    @Test
    void datesWellBeforePublicationAreHistoricalAndAfterItPlanned() throws AnalysisException {
        List<Event> past = events("Russian President Vladimir Putin visited India in October 2018.", "2019-03-01");
        assertEquals("historical", first(past, "CONSULT", "visit").status().jsonName());
        List<Event> recent = events("Russian President Vladimir Putin visited India on Friday.", "2018-10-08");
        assertEquals("reported", first(recent, "CONSULT", "visit").status().jsonName());
        assertTrue(first(recent, "CONSULT", "visit").date().orElseThrow().startsWith("2018-10-05"));
    }
}
