package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.store.db.Store;
import org.dossier.store.query.SourceInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read commands over a store holding entities, quotes and events, as the language and event
 * stages will fill it (the records here are made by hand).
 */
class ReadCommandsTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private Path data;

    /** {@code lead} makes each article its own story: without it the three would be near-duplicates, one report. */
    private static Record record(String path, String publisher, String published, String date, String quoted,
                                 String lead) {
        Source src = Source.ofText(path + " " + quoted, Optional.of(path), SourceFormat.TEXT);
        Article a = Article.builder(src.ref()).title(Optional.of("Envoy visits " + path))
                .publisher(Optional.of(publisher)).published(Optional.of(published))
                .body(lead + "\n\nMira Sol arrived in Lowfield on Monday. \"" + quoted + "\", said Ivo Brandt.").build();
        Entity sol = new Entity("person/mira-sol", "Mira Sol", EntityType.PERSON, List.of("Sol"), 2, List.of("envoy"),
                Optional.of("country/ABC"), List.of(0));
        Entity low = new Entity("country/LOW", "Lowland", EntityType.COUNTRY, List.of(), 1, List.of(), Optional.empty(),
                List.of(20));
        Quote q = new Quote(quoted, Optional.of("Ivo Brandt"), Optional.of("person/ivo-brandt"),
                Optional.of("a fellow at an institute"), true, 40);
        Event e = new Event("CONSULT", Optional.of("visit"), EventStatus.REPORTED, Optional.of("Mira Sol"),
                Optional.of("person/mira-sol"), Optional.of("country/ABC"), Optional.of("Lowland"),
                Optional.of("country/LOW"), Optional.empty(), Optional.of("Lowfield"), Optional.of(date),
                "Mira Sol arrived in Lowfield on Monday.", 0, 0.8);
        return new Record(a, List.of(sol, low), List.of(q), List.of(e));
    }

    @BeforeEach
    void fill() throws Exception {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        data = tmp.resolve("data");
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            for (Record r : List.of(record("one.txt", "Lowland Post", "2018-03-27", "2018-03-26", "Talks went well",
                            "Crowds lined the harbour road as the motorcade passed the old customs house at dawn."),
                    record("two.txt", "Coast Daily", "2018-03-28", "2018-03", "A new chapter begins",
                            "Our correspondent reports from a week of quiet diplomacy between two wary neighbours."),
                    record("three.txt", "Coast Daily", "2019-01-09", "2019-01-08", "Nothing was agreed",
                            "Ten months later the envoy was back, and the mood in the capital had soured."))) {
                Source s = Source.ofText(r.article().source().path().orElseThrow() + " raw", r.article().source().path(),
                        SourceFormat.TEXT);
                store.put(SourceInfo.of(s), r, "test");
            }
        }
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String run(String... args) {
        out.reset();
        assertEquals(0, Main.run(args));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void timelineMergesTheTwoReportsOfTheMarchVisit() throws Exception {
        JsonNode entries = RecordJson.mapper().readTree(run("timeline", "--data", data.toString(), "--format", "json"));
        assertEquals(2, entries.size());
        assertEquals(2, entries.get(0).get("reports").asInt());
        assertEquals("2018-03-26", entries.get(0).get("date").asText());
        assertEquals("Lowland Post", entries.get(0).get("sources").get(0).get("publisher").asText());
        String text = run("timeline", "--data", data.toString(), "--since", "2019");
        assertTrue(text.startsWith("2019-01-08  CONSULT/visit  Mira Sol → Lowland, Lowfield  reported, 1 report"), text);
        assertTrue(run("timeline", "--data", data.toString(), "--format", "csv").contains("Lowland Post; Coast Daily"));
    }

    @Test
    void entitiesQuotesAndSearchByEntityAndSpeaker() throws Exception {
        String entities = run("entities", "--data", data.toString());
        assertTrue(entities.lines().skip(1).findFirst().orElse("").startsWith("person/mira-sol"), entities); // most mentions first
        assertTrue(entities.contains("Mira Sol") && entities.contains("3"), entities);
        String quotes = run("quotes", "--data", data.toString(), "--speaker", "person/ivo-brandt", "--publisher",
                "coast daily");
        assertEquals(4, quotes.lines().count(), quotes);
        assertTrue(quotes.contains("“Nothing was agreed”") && quotes.contains("— Ivo Brandt, a fellow"), quotes);

        String byEntity = run("search", "--data", data.toString(), "--format", "jsonl", "--entity", "person/mira-sol",
                "--type", "event");
        assertEquals(3, byEntity.lines().count(), byEntity);
        String bySpeaker = run("search", "--data", data.toString(), "--format", "jsonl", "Ivo Brandt", "--type", "quote");
        assertEquals(3, bySpeaker.lines().count(), bySpeaker);
        String byName = run("search", "--data", data.toString(), "--format", "jsonl", "Lowland", "--type", "article");
        assertEquals(3, byName.lines().count(), "articles are found by their entities' names: " + byName);
        String plover = run("export", "--data", data.toString(), "--format", "plover", "--until", "2018-12-31");
        assertEquals(2, plover.lines().count(), plover);
        assertEquals("LOW", RecordJson.mapper().readTree(plover.lines().findFirst().orElseThrow())
                .get("recipient").get(0).get("code").asText());
    }
}
