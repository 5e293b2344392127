package org.dossier.nlp.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Event;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Shared;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether an event happened, is planned, speculated, denied, negated or recalled: sentences written for the project. */
class EventStatusTest {

    @ParameterizedTest(name = "{3}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chinese President Xi Jinping will visit Pyongyang next week, state media said.|2019-06-17|CONSULT|planned
            Trump is expected to meet Kim in Singapore on June 12.|2018-05-20|CONSULT|planned
            Japan and China agreed to hold a summit in Tokyo in May.|2018-04-10|CONSULT|planned
            Talks between Ethiopia and Egypt will be held in Washington next month.|2019-10-20|CONSULT|planned
            Analysts say Russian President Vladimir Putin may visit Tokyo later this year.|2016-03-01|CONSULT|speculated
            The United States could impose new sanctions on Venezuela, officials said.|2019-01-10|SANCTION|speculated
            If talks fail, Turkey may attack Kurdish fighters in Syria.|2019-10-01|ASSAULT|speculated
            Every time Kim meets an American, he comes to Beijing soon afterwards.|2018-06-20|CONSULT|speculated
            The Kremlin denied that Putin had met Trump in Helsinki.|2018-08-01|CONSULT|denied
            South Korean President Moon Jae-in did not meet Japanese Prime Minister Shinzo Abe during the summit.|2019-06-29|CONSULT|negated
            India refused to hold talks with Pakistan.|2016-10-01|CONSULT|negated
            North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing in March 2018.|2019-01-09|CONSULT|historical
            Tensions have eased since the summit between Trump and Kim.|2018-09-01|CONSULT|historical
            A summit between India and Pakistan is around the corner, officials in Delhi believe.|2015-12-01|CONSULT|planned
            Talks between Serbia and Kosovo are imminent.|2020-06-01|CONSULT|planned
            The meeting between US President Joe Biden and Chinese President Xi Jinping is approaching.|2021-11-10|CONSULT|planned
            The summit between Sudan and Egypt looms over the region.|2021-03-01|CONSULT|planned
            Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.|2018-09-18|CONSULT|reported
            Despite Kim's visit to Beijing, it is unlikely that relations will improve quickly.|2018-03-29|CONSULT|reported
            Kenya and Ethiopia expressed their willingness to hold border talks next month.|2024-05-20|CONSULT|planned
            Bangladesh announced its intention to send troops to the United Nations mission in Mali.|2015-04-01|MOBILIZE|planned
            Analysts believe Russia will attack Moldova within a year.|2023-02-01|ASSAULT|speculated
            The Kremlin dismissed reports that Putin would visit Pyongyang in June.|2024-05-01|CONSULT|denied
            Beijing denied detaining two Canadian citizens.|2019-01-10|COERCE|denied
            Three years ago, Chad cut diplomatic ties with Qatar.|2020-01-01|SANCTION|historical
            Two days ago, Chad cut diplomatic ties with Qatar.|2020-01-01|SANCTION|reported
            The planned visit of the Iranian president to Turkey was called off.|2023-01-10|CONSULT|negated
            The planned visit of the Iranian president to Turkey was not cancelled.|2023-01-10|CONSULT|planned
            """)
    void statusOfTheEvent(String sentence, String published, String type, String status) throws AnalysisException {
        List<Event> events = Shared.ANALYZER.analyze(Shared.article(sentence, published)).events();
        List<Event> ofType = events.stream().filter(e -> e.type().equals(type)).toList();
        assertTrue(!ofType.isEmpty(), () -> "no " + type + " event" + Sentences.describe(events));
        assertEquals(status, ofType.get(0).status().jsonName(), () -> Sentences.describe(events));
    }

    /**
     * A gerund after "before" or "after" is taken for granted by its clause: it does not inherit the
     * clause's need or doubt (it is expected, hence planned), and it keeps a past clause's reported.
     */
    @ParameterizedTest(name = "{3}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vietnam needs to hold talks with Laos before meeting the leaders of Cambodia.|country/LAO|speculated|country/KHM|planned
            Indian Prime Minister Narendra Modi met Sri Lankan President Ranil Wickremesinghe in Colombo before meeting the Maldivian president.|person/ranil-wickremesinghe|reported|country/MDV|reported
            """)
    void sequencedGerundKeepsItsOwnStatus(String sentence, String first, String firstStatus, String second,
            String secondStatus) throws AnalysisException {
        List<Event> events = Shared.ANALYZER.analyze(Shared.article(sentence, "2024-05-20")).events();
        assertEquals(firstStatus, statusWith(events, first), () -> Sentences.describe(events));
        assertEquals(secondStatus, statusWith(events, second), () -> Sentences.describe(events));
    }

    private static String statusWith(List<Event> events, String target) {
        return events.stream().filter(e -> Sentences.found(List.of(e), "CONSULT", "-", target))
                .map(e -> e.status().jsonName()).findFirst().orElse("no event with " + target);
    }
}
