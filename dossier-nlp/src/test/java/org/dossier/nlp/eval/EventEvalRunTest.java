package org.dossier.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.extract.Extractor;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents of one evaluation are one run: an undated one is dated from the others' reports. */
class EventEvalRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void gold(Path dir, String name, String body, String published, String when) throws IOException {
        ObjectNode g = JSON.createObjectNode();
        g.put("title", "").put("body", body).put("published", published).put("language", "en");
        g.putArray("captions");
        ObjectNode event = g.putArray("events").addObject();
        event.put("type", "VISIT").put("actor", "Bence Rozsahegyi").put("target", "Japan").put("when", when);
        Files.writeString(dir.resolve(name), JSON.writeValueAsString(g));
    }

    @Test
    void anUndatedDocumentIsDatedFromTheOthersOfTheRun(@TempDir Path dir) throws IOException {
        gold(dir, "b.json", "Hungarian Foreign Minister Bence Rozsahegyi has arrived in Japan to open talks on a trade "
                + "agreement.\n\nRozsahegyi's three-day trip to Tokyo from Tuesday is the first by a Hungarian minister in "
                + "a decade, diplomats said.", null, "2021-09");
        EventEval eval = new EventEval(Extractor.withDefaults(), Shared.ANALYZER);
        assertEquals(0, eval.fromGoldText(dir).found(), "alone, the undated document has no date to match");

        gold(dir, "a.json", "Hungarian Foreign Minister Bence Rozsahegyi visited Japan from September 14 to 16, the first "
                + "visit by a Hungarian minister in a decade.", "2021-09-18", "2021-09-14/2021-09-16");
        EventEval.Report r = eval.fromGoldText(dir);
        assertEquals(2, r.found(), () -> r.documents().toString());
        assertTrue(r.documents().get(1).published().startsWith("estimated 2021-09-14"), r.documents().get(1).published());
    }
}
