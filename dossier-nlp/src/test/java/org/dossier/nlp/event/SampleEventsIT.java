package org.dossier.nlp.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Event;
import org.dossier.core.model.Source;
import org.dossier.nlp.Shared;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The events of the project's own sample pages (samples/, described in docs/samples.md), through
 * extraction and analysis: the events a timeline is built from.
 */
class SampleEventsIT {

    @ParameterizedTest(name = "{0}: {1} {2} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            harbor-ledger-kim-beijing.html|CONSULT/visit|person/kim-jong-un|country/CHN|2018-03-25/2018-03-28|reported
            fellmoor-courier-kim-xi.html|CONSULT/meet|person/kim-jong-un|person/xi-jinping|2018-03-26|reported
            wrenmouth-observer-dalian.html|CONSULT/meet|person/kim-jong-un|person/xi-jinping|2018-05-07/2018-05-08|reported
            wrenmouth-observer-dalian.html|CONSULT/visit|person/kim-jong-un|country/CHN|2018-03|historical
            harbor-ledger-pompeo-detainees.html|CONSULT/meet|person/mike-pompeo|person/kim-jong-un|2018-05-09|reported
            harbor-ledger-hanoi-wire.html|CONSULT/meet|person/donald-trump|person/kim-jong-un|2019-02-28|reported
            """)
    void samplePageGivesItsEvent(String file, String typeMode, String actor, String target, String date, String status)
            throws Exception {
        Path page = Path.of("..", "samples", file);
        byte[] bytes = Files.readAllBytes(page);
        Source src = Source.of(bytes, Optional.of(page.toString()), Extractor.sniffFormat(bytes), Optional.empty());
        List<Event> events = Shared.ANALYZER.analyze(Extractor.withDefaults().extract(src)).events();
        String[] tm = typeMode.split("/");
        Event e = events.stream().filter(x -> x.type().equals(tm[0]) && x.mode().filter(tm[1]::equals).isPresent()
                        && x.date().filter(date::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no " + typeMode + " on " + date
                        + Sentences.describe(events)));
        assertTrue(Sentences.found(List.of(e), typeMode, actor, target), Sentences.describe(List.of(e)));
        assertEquals(status, e.status().jsonName());
    }
}
