package org.dossier.nlp.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dossier.core.json.RecordJson;
import org.junit.jupiter.api.Test;

class TimelineJsonTest {

    @Test
    void entriesSurviveTheirJsonSoAStoreCanMergeThemAgain() throws Exception {
        List<TimelineEntry> entries = Timeline.mergeReports(TimelineTest.chinaVisits());
        for (TimelineEntry e : entries) {
            String text = RecordJson.line(TimelineJson.entry(e));
            assertEquals(e, TimelineJson.readEntry(RecordJson.mapper().readTree(text)));
        }
        // merging entries read back from JSON gives the same entries
        List<TimelineEntry> read = entries.stream().map(e -> TimelineJson.readEntry(TimelineJson.entry(e))).toList();
        assertEquals(entries, Timeline.add(read, List.of()));
    }

    @Test
    void anEntryIsItsHeaderAndItsReportsInAnyOrder() {
        for (TimelineEntry e : Timeline.mergeReports(TimelineTest.chinaVisits())) {
            ObjectNode header = TimelineJson.header(e);
            assertFalse(header.has("sources") || header.has("ambiguous_sources") || header.has("reports"));
            List<Report> sources = new ArrayList<>(e.sources());
            Collections.reverse(sources);
            List<Report> ambiguous = new ArrayList<>(e.ambiguousSources());
            Collections.reverse(ambiguous);
            assertEquals(e, TimelineJson.readEntry(header, sources, ambiguous), "reports are put back in reading order");
        }
        TimelineEntry first = Timeline.mergeReports(TimelineTest.chinaVisits()).get(0);
        assertThrows(IllegalArgumentException.class, () -> TimelineJson.readEntry(TimelineJson.header(first),
                List.of(), first.ambiguousSources()), "an entry without sources is refused");
    }

    @Test
    void theEntryHasTheFieldsTheTimelineCommandPromises() {
        TimelineEntry march = Timeline.mergeReports(TimelineTest.chinaVisits()).get(0);
        ObjectNode n = TimelineJson.entry(march);
        for (String f : List.of("id", "type", "mode", "status", "actor", "actor_id", "target", "target_id", "location",
                "date", "reports", "block", "sources", "ambiguous_sources")) {
            assertTrue(n.has(f), f);
        }
        assertEquals("2018-03-25/2018-03-28", n.get("date").asText());
        assertEquals("reported", n.get("status").asText());
        assertEquals(7, n.get("reports").asInt());
        JsonNode source = n.get("sources").get(0);
        for (String f : List.of("path", "url", "sha256", "publisher", "published", "duplicate_group", "evidence",
                "offset", "status", "date")) {
            assertTrue(source.has(f), f);
        }
        assertEquals("harbor-ledger.html", source.get("path").asText(), "oldest article first");
    }

    @Test
    void malformedJsonIsRefusedNamingTheField() {
        ObjectNode n = TimelineJson.entry(Timeline.mergeReports(TimelineTest.chinaVisits()).get(0));
        n.remove("block");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimelineJson.readEntry(n));
        assertTrue(e.getMessage().contains("block"), e.getMessage());

        ObjectNode bad = TimelineJson.entry(Timeline.mergeReports(TimelineTest.chinaVisits()).get(0));
        ((ObjectNode) bad.get("sources").get(0)).put("status", "rumoured");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimelineJson.readEntry(bad)).getMessage()
                .contains("rumoured"));

        ObjectNode noSources = TimelineJson.entry(Timeline.mergeReports(TimelineTest.chinaVisits()).get(0));
        noSources.putArray("sources");
        assertThrows(IllegalArgumentException.class, () -> TimelineJson.readEntry(noSources));

        ObjectNode badOffset = TimelineJson.entry(Timeline.mergeReports(TimelineTest.chinaVisits()).get(0));
        ((ObjectNode) badOffset.get("sources").get(0)).put("offset", "twelve");
        assertThrows(IllegalArgumentException.class, () -> TimelineJson.readEntry(badOffset));
        assertThrows(IllegalArgumentException.class, () -> BlockKey.parse("CONSULT|person/kim-jong-un"));
    }
}
