package org.dossier.spark.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.ForeignText;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TablesTest {
    static Record full() {
        SourceRef ref = new SourceRef(Optional.of("s3a://bucket/crawl-001.warc.gz"), "ab".repeat(32), SourceFormat.WARC,
                Optional.of("https://news.example/a"), Optional.of("<urn:uuid:1234>"), OptionalLong.of(98765),
                Optional.of(Instant.parse("2019-02-27T08:09:10Z")));
        Article a = Article.builder(ref).title(Optional.of("Summit ends early")).authors(List.of("Ana Lima", "Bo Kim"))
                .publisher(Optional.of("The Example")).wire(Optional.of("AP")).published(Optional.empty())
                .publishedEstimate(Optional.of(new DateEstimate("2019-02", "latest date in the body")))
                .language(Optional.of("en")).dateline(Optional.of("HANOI")).body("First.\n\nSecond.")
                .captions(List.of("A caption.")).foreignCaptions(List.of(new ForeignText("Chú thích.", "vi"))).build();
        Event noActor = new Event("ACCUSE", Optional.empty(), EventStatus.SPECULATED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "Someone may accuse someone.", 7, 0.25);
        return new Record(a, List.of(Records.person("kim-jong-un", "Kim Jong Un"), Records.country("USA", "United States")),
                List.of(Records.quote("We will see.", "Ana Lima", "person/ana-lima")),
                List.of(Records.visit("person/kim-jong-un", "Kim", "country/VNM", "Vietnam", "2019-02-26", "Kim arrived."),
                        noActor));
    }

    @Test
    void aRecordSurvivesItsRows() {
        Record r = full();
        Row article = Tables.article(r.article(), 1234, Optional.of("text/html; charset=utf-8"));
        Record back = Tables.record(article, r.entities().stream().map(Tables::entity).toList(),
                r.quotes().stream().map(Tables::quote).toList(), r.events().stream().map(Tables::event).toList());
        assertEquals(RecordJson.line(RecordJson.record(r)), RecordJson.line(RecordJson.record(back)));
        assertEquals(r, back);
        SourceInfo info = Tables.sourceInfo(article);
        assertEquals(new SourceInfo(r.article().source(), 1234, Optional.of("text/html; charset=utf-8")), info);
    }

    @Test
    void anArticleWithNothingOptionalSurvivesToo() {
        Article a = Article.builder(SourceRef.ofFile(Optional.empty(), "cd".repeat(32), SourceFormat.HTML)).body("Only.")
                .build();
        Row row = Tables.article(a, 5, Optional.empty());
        assertEquals(Record.of(a), Tables.record(row, List.of(), List.of(), List.of()));
    }

    @Test
    void aRowWithAnUnknownStatusIsRefusedWithTheValue() {
        Row bad = Tables.row(Tables.EVENT, "CONSULT", null, "rumoured", null, null, null, null, null, null, null, null,
                "e", 0, 0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tables.toEvent(bad));
        assertEquals("unknown event status: rumoured", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "2018-04-09, 2018-04",
        "2018-04, 2018-04",
        "2018-04-09T11:22, 2018-04",
        "2018-03-30/2018-04-02, 2018-03",
        "2018, unknown",
        "2018-01/2018-06, unknown",
        "next Tuesday, unknown",
        "null, unknown"})
    void monthOfThePublicationDate(String published, String month) {
        assertEquals(month, Tables.month(Optional.ofNullable(published)));
    }
}
