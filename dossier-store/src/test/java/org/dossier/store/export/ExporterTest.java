package org.dossier.store.export;

import static org.dossier.store.testing.Records.article;
import static org.dossier.store.testing.Records.country;
import static org.dossier.store.testing.Records.person;
import static org.dossier.store.testing.Records.quote;
import static org.dossier.store.testing.Records.record;
import static org.dossier.store.testing.Records.source;
import static org.dossier.store.testing.Records.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.store.db.Store;
import org.dossier.store.query.Filter;
import org.dossier.store.query.SourceInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    @TempDir
    Path tmp;

    private Store store;

    @BeforeEach
    void fill() throws Exception {
        store = Store.open(tmp.resolve("data"), Store.Mode.WRITE);
        for (String[] a : new String[][] {{"a.html", "2018-03-26", "Harbor Ledger"},
                {"b.html", "2018-03", "Eastgate Times, Seoul"}}) {
            SourceInfo src = source(a[0]);
            store.put(src, record(article(src, "Envoy \"arrives\"", a[2], "2018-03-28", "Body of " + a[0] + ".\n\nMore."),
                    List.of(person("an-tal", "An Tal"), country("CHN", "China")),
                    List.of(quote("We expect, \"progress\"", "Bora Vell", "person/bora-vell")),
                    List.of(visit("person/an-tal", "An Tal", "country/CHN", "China", a[1], "An Tal arrived."))), "t");
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private String export(Exporter.Format f, Exporter.What w) throws Exception {
        StringWriter out = new StringWriter();
        new Exporter("dossier test").export(store, f, w, Filter.all(), out);
        return out.toString();
    }

    private static List<JsonNode> lines(String jsonl) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : jsonl.split("\n")) {
            out.add(RecordJson.mapper().readTree(line));
        }
        return out;
    }

    @Test
    void articlesAsJsonLinesCarryTheRecordAndEverySource() throws Exception {
        List<JsonNode> articles = lines(export(Exporter.Format.JSONL, Exporter.What.ARTICLES));
        assertEquals(2, articles.size());
        JsonNode a = articles.get(0);
        assertEquals("Envoy \"arrives\"", a.get("title").asText());
        assertEquals("person/an-tal", a.get("entities").get(0).get("id").asText());
        assertEquals("CONSULT", a.get("events").get(0).get("type").asText());
        assertEquals("a.html", a.get("sources").get(0).get("path").asText());
    }

    @Test
    void csvQuotesFieldsThatNeedIt() throws Exception {
        String csv = export(Exporter.Format.CSV, Exporter.What.QUOTES);
        String[] rows = csv.split("\r\n");
        assertEquals(3, rows.length, csv);
        assertTrue(rows[0].startsWith("id,article_id,speaker,"));
        assertTrue(rows[1].contains("\"We expect, \"\"progress\"\"\""), rows[1]);
        assertTrue(export(Exporter.Format.CSV, Exporter.What.TIMELINE).contains("\"Harbor Ledger; Eastgate Times, "
                + "Seoul\""));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStayText() throws Exception {
        SourceInfo src = source("c.html");
        Record r = record(article(src, "=HYPERLINK(\"http://example.org\",\"x\")", "@Outlet", "2019-05-02",
                        "Body of c.\n\nMore."), List.of(), List.of(),
                List.of(new Event("THREATEN", Optional.empty(), EventStatus.REPORTED, Optional.of("+Unknown group"),
                        Optional.of("org/unknown"), Optional.empty(), Optional.of("-the port"), Optional.empty(),
                        Optional.empty(), Optional.of("\tHarbour"), Optional.of("2019-05-01"), "-1 said the port would burn.",
                        0, 0.5)));
        store.put(src, r, "t");
        String articles = export(Exporter.Format.CSV, Exporter.What.ARTICLES);
        assertTrue(articles.contains(",'@Outlet,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\","), articles);
        String timeline = export(Exporter.Format.CSV, Exporter.What.TIMELINE);
        String row = timeline.lines().filter(l -> l.contains("THREATEN")).findFirst().orElseThrow();
        assertTrue(row.contains(",'+Unknown group,org/unknown,'-the port,,Harbour,1,1,'@Outlet,c.html,"
                + "'-1 said the port would burn."), row);
        String events = export(Exporter.Format.CSV, Exporter.What.EVENTS);
        assertTrue(events.contains(",'\tHarbour,0.5,'-1 said the port would burn.,0,'@Outlet,"), events);
        assertTrue(export(Exporter.Format.JSONL, Exporter.What.ARTICLES).contains("\"title\":\"=HYPERLINK("),
                "JSON is not a spreadsheet: left as it is");
    }

    @Test
    void timelineJsonHasOneEntryWithBothReports() throws Exception {
        List<JsonNode> entries = lines(export(Exporter.Format.JSONL, Exporter.What.TIMELINE));
        assertEquals(1, entries.size());
        assertEquals(2, entries.get(0).get("reports").asInt());
        assertEquals("2018-03-26", entries.get(0).get("date").asText());
        assertEquals("An Tal arrived.", entries.get(0).get("sources").get(1).get("evidence").asText());
    }

    @Test
    void ploverRecordsUsePloversFieldNames() throws Exception {
        List<JsonNode> events = lines(export(Exporter.Format.PLOVER, Exporter.What.EVENTS));
        assertEquals(2, events.size());
        JsonNode e = events.stream().filter(n -> n.get("date_text").asText().equals("2018-03")).findFirst().orElseThrow();
        assertEquals("2018-03-01", e.get("date").asText());
        assertEquals("2018-03-31", e.get("enddate").asText());
        assertEquals("2018-03", e.get("date_text").asText());
        assertEquals("CONSULT", e.get("event").get(0).asText());
        assertEquals("visit", e.get("mode").asText());
        assertEquals(1, e.get("quad_code").asInt());
        assertEquals("An Tal", e.get("source").get(0).get("actor_text").asText());
        assertEquals("XYZ", e.get("source").get(0).get("code").asText());
        assertEquals("CHN", e.get("recipient").get(0).get("code").asText());
        assertEquals("An Tal arrived.", e.get("event_text").get(0).asText());
        assertEquals("Eastgate Times, Seoul", e.get("cite_info").get("publication").asText());
        assertEquals("reported", e.get("status").asText());
        assertThrows(IllegalArgumentException.class, () -> export(Exporter.Format.PLOVER, Exporter.What.QUOTES));
    }

    @Test
    void entitiesAreCountedAcrossArticles() throws Exception {
        List<JsonNode> entities = lines(export(Exporter.Format.JSONL, Exporter.What.ENTITIES));
        assertEquals(2, entities.size());
        assertEquals(2, entities.get(0).get("articles").asInt());
    }
}
