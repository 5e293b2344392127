package org.dossier.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Highlights cover the words they claim, wherever the record's offsets point. */
class SpansTest {
    private static final String BODY = "Tal Oren met the envoy. \u201cWe will return,\u201d Oren said. Oren left.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oren met the envoy.  | 4  | 4",   // at its offset
        "Oren left.           | 0  | 53",  // after a stale offset
        "Tal Oren             | 40 | 0",   // a little before a stale offset
        "“we will return,”    | 0  | 24",  // case and curly quotes folded
        "Nobody said this.    | 0  | -1",  // not in the body
    })
    void textIsLocatedAtItsOffsetNearbyOrAnywhere(String text, int offset, int expected) {
        assertEquals(expected, Spans.locate(BODY, text.strip(), offset));
    }

    @Test
    void mentionsQuotesAndEvidenceCoverTheirWords() {
        Source src = Source.ofText(BODY, Optional.of("a.txt"), SourceFormat.TEXT);
        Article a = Article.builder(src.ref()).body(BODY).build();
        Entity oren = new Entity("person/tal-oren", "Tal Oren", EntityType.PERSON, List.of("Oren"), 3, List.of(),
                Optional.empty(), List.of(0, 9, 42, 53, 500));
        Quote q = new Quote("We will return,", Optional.of("Tal Oren"), Optional.of("person/tal-oren"),
                Optional.empty(), true, 25);
        Quote missing = new Quote("Never said", Optional.empty(), Optional.empty(), Optional.empty(), true, 0);
        Event e = new Event("RETREAT", Optional.empty(), EventStatus.REPORTED, Optional.of("Oren"),
                Optional.of("person/tal-oren"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "Oren left.", 0, 0.5);
        List<Spans.Span> spans = Spans.of(new Record(a, List.of(oren), List.of(q, missing), List.of(e)));
        List<String> covered = spans.stream().map(s -> s.kind() + ":" + BODY.substring(s.start(), s.end())).toList();
        assertEquals(List.of("entity:Tal Oren", "quote:We will return,", "entity:Oren", "event:Oren left.",
                "entity:Oren"), covered);
        assertTrue(spans.stream().noneMatch(s -> s.end() > BODY.length()), "the offset past the body is dropped");
        assertTrue(spans.stream().noneMatch(s -> s.start() == 9), "an offset at no name of it is no highlight");
    }
}
