package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineFilter;
import org.dossier.store.db.Store;
import org.dossier.store.export.Exporter;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.testing.Stories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineCommandTest {

    private static Event visit(String date, EventStatus status, String evidence) {
        return new Event("CONSULT", Optional.of("visit"), status, Optional.of("Kim Jong Un"),
                Optional.of("person/kim-jong-un"), Optional.of("country/PRK"), Optional.of("China"),
                Optional.of("country/CHN"), Optional.of("country/CHN"), Optional.of("Beijing"), Optional.ofNullable(date),
                evidence, 10, 0.9);
    }

    private static Record record(String name, String published, Event... events) {
        Article a = Article.builder(SourceRef.ofFile(Optional.of(name), String.format("%64s", name).replace(' ', '0'),
                SourceFormat.HTML)).publisher(Optional.of("The " + name + " Post")).published(Optional.of(published))
                .body("").build();
        return new Record(a, List.of(), List.of(), List.of(events));
    }

    private static final List<Record> RECORDS = List.of(
            record("a.html", "2018-03-28", visit("2018-03-25/2018-03-28", EventStatus.REPORTED,
                    "The leader arrived in the capital on Sunday, staying until Wednesday, with a \"long\", quoted word.")),
            record("b.html", "2018-05-08", visit("2018-03", EventStatus.HISTORICAL, "He had first gone there in March."),
                    visit("2018-05-07/2018-05-08", EventStatus.REPORTED, "He went back in May.")),
            record("c.html", "2019-01-09", visit("2019-01-07/2019-01-10", EventStatus.REPORTED, "A fourth trip.")));

    private static String print(TimelineFilter filter, TimelineCommand.Format format) {
        return printBoth(filter, format)[0];
    }

    /** What the command prints for {@link #RECORDS}: standard output and standard error. */
    private static String[] printBoth(TimelineFilter filter, TimelineCommand.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TimelineCommand.print(Timeline.merge(RECORDS).stream().filter(filter).toList(), RECORDS.size(), format,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void jsonIsAListOfMergedEntriesOldestFirst() throws Exception {
        JsonNode list = new ObjectMapper().readTree(print(TimelineFilter.all(), TimelineCommand.Format.json));
        assertTrue(list.isArray());
        assertEquals(3, list.size(), "the March recollection joins the March visit: " + list);
        assertEquals("2018-03-25/2018-03-28", list.get(0).get("date").asText());
        assertEquals(2, list.get(0).get("reports").asInt());
        assertEquals("2019-01-07/2019-01-10", list.get(2).get("date").asText());
        for (String f : List.of("type", "mode", "status", "actor", "target", "location", "date", "sources", "reports")) {
            assertTrue(list.get(0).has(f), f);
        }
        JsonNode source = list.get(0).get("sources").get(1);
        assertEquals("b.html", source.get("path").asText());
        assertEquals("The b.html Post", source.get("publisher").asText());
        assertEquals("2018-05-08", source.get("published").asText());
        assertEquals("historical", source.get("status").asText());
        assertTrue(source.get("evidence").asText().startsWith("He had first gone"));
    }

    @Test
    void filtersApplyToTheMergedEntries() throws Exception {
        TimelineFilter since = new TimelineFilter(Optional.empty(), Optional.empty(), Optional.of("2018-03-27"),
                Optional.of("2018-12"));
        JsonNode list = new ObjectMapper().readTree(print(since, TimelineCommand.Format.json));
        assertEquals(2, list.size(), list::toString);
        assertEquals("[]", print(new TimelineFilter(Optional.of("person/xi-jinping"), Optional.empty(), Optional.empty(),
                Optional.empty()), TimelineCommand.Format.json).strip());
    }

    @Test
    void textShowsEachEntryWithItsSourcesAndEvidence() {
        String text = print(TimelineFilter.all(), TimelineCommand.Format.text);
        assertTrue(text.contains("2018-03-25/2018-03-28  CONSULT/visit  Kim Jong Un → China, Beijing  reported, 2 reports"),
                text);
        assertTrue(text.contains("    2018-05-08  The b.html Post  b.html  [historical, 2018-03]"), text);
        assertTrue(text.contains("“He had first gone there in March.”"), text);
        assertTrue(text.strip().endsWith("3 entries from 3 articles."), text);
        String[] none = printBoth(new TimelineFilter(Optional.empty(), Optional.of("THREATEN"), Optional.empty(),
                Optional.empty()), TimelineCommand.Format.text);
        assertEquals("", none[0], "nothing on standard output");
        assertTrue(none[1].startsWith("no timeline entries in 3 articles"), none[1]);
    }

    @Test
    void csvHasOneQuotedRowPerEntry() {
        String[] lines = print(TimelineFilter.all(), TimelineCommand.Format.csv).split("\r\n");
        assertEquals(4, lines.length);
        assertEquals(String.join(",", Exporter.TIMELINE_COLUMNS), lines[0]);
        assertTrue(lines[1].contains(",2018-03-25/2018-03-28,CONSULT,visit,reported,Kim Jong Un,person/kim-jong-un,"),
                lines[1]);
        assertTrue(lines[1].contains(",2,2,The a.html Post; The b.html Post,a.html | b.html,"), lines[1]);
        assertTrue(lines[1].endsWith("\"The leader arrived in the capital on Sunday, staying until Wednesday, with a "
                + "\"\"long\"\", quoted word.\""), lines[1]);
    }

    @Test
    void analysesFilesReportsFailuresAndStillPrintsTheTimeline(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Envoy visits Hanoi</title></head><body><article>"
                + "<h1>Envoy visits Hanoi</h1><p>Japanese Foreign Minister Sato Ken arrived in Hanoi on Monday for "
                + "talks with Vietnamese officials, the ministry said in a statement.</p></article></body></html>");
        Path missing = dir.resolve("missing.html");
        String[] outErr = run(1, "timeline", "--format", "json", "--threads", "1", page.toString(), missing.toString());
        assertTrue(new ObjectMapper().readTree(outErr[0]).isArray(), outErr[0]);
        assertTrue(outErr[1].contains("missing.html"), outErr[1]);
    }

    @Test
    void aDateThatIsNotADateOrAnUnknownStatusIsAUsageError(@TempDir Path dir) throws Exception {
        String[] outErr = run(2, "timeline", "--since", "last week", dir.toString());
        assertTrue(outErr[1].contains("since") && outErr[1].contains("last week"), outErr[1]);
        outErr = run(2, "timeline", "--status", "rumoured", dir.toString());
        assertTrue(outErr[1].contains("rumoured"), outErr[1]);
    }

    @Test
    void theStoresTimelinePrintsAsTheTimelineOfItsRecordsInEveryFormat(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Map<SourceInfo, Record> stories = Stories.all();
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            for (Map.Entry<SourceInfo, Record> e : stories.entrySet()) {
                store.put(e.getKey(), e.getValue(), "test");
            }
        }
        List<TimelineEntry> merged = Timeline.merge(stories.values());
        for (TimelineCommand.Format format : TimelineCommand.Format.values()) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            TimelineCommand.print(merged, stories.size(), format, new PrintStream(expected, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            String printed = run(0, "timeline", "--data", data.toString(), "--format", format.name())[0];
            assertEquals(expected.toString(StandardCharsets.UTF_8), printed, format.name());
        }
        // The export of the timeline writes the same rows and entries.
        assertEquals(run(0, "timeline", "--data", data.toString(), "--format", "csv")[0],
                run(0, "export", "--data", data.toString(), "--what", "timeline", "--format", "csv")[0]);
        List<String> exported = run(0, "export", "--data", data.toString(), "--what", "timeline")[0].lines().toList();
        JsonNode list = new ObjectMapper().readTree(run(0, "timeline", "--data", data.toString(), "--format",
                "json")[0]);
        assertEquals(list.size(), exported.size());
        for (int i = 0; i < exported.size(); i++) {
            assertEquals(list.get(i), new ObjectMapper().readTree(exported.get(i)));
        }
        // Options select as the timeline filter does.
        String since = run(0, "timeline", "--data", data.toString(), "--format", "json", "--actor", "country/NOR",
                "--type", "consult/VISIT", "--since", "2018-04")[0];
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        TimelineCommand.print(merged.stream().filter(new TimelineFilter(Optional.of("country/NOR"),
                        Optional.of("consult/VISIT"), Optional.of("2018-04"), Optional.empty())).toList(), stories.size(),
                TimelineCommand.Format.json, new PrintStream(expected, true, StandardCharsets.UTF_8), System.err);
        assertEquals(expected.toString(StandardCharsets.UTF_8), since);
        assertEquals(3, new ObjectMapper().readTree(since).size(), since);
    }

    /** Runs the command line, checks the exit status, and gives standard output and error. */
    private static String[] run(int expectedStatus, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String[] result = {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        assertEquals(expectedStatus, status, result[1]);
        return result;
    }
}
