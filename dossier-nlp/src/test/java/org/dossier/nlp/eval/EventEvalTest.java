package org.dossier.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a coded event is matched against a gold event. */
class EventEvalTest {
    private static final List<Entity> ENTITIES = List.of(new Entity("person/kim-jong-un", "Kim Jong Un",
            EntityType.PERSON, List.of("Kim Jong-un", "Kim"), 3, List.of(), Optional.of("country/PRK"), List.of()));

    private static Event event(String type, String mode, String actor, String actorId, String target, String targetId,
                               String date) {
        return new Event(type, Optional.ofNullable(mode), EventStatus.REPORTED, Optional.of(actor), Optional.of(actorId),
                Optional.empty(), Optional.of(target), Optional.of(targetId), Optional.empty(), Optional.empty(),
                Optional.ofNullable(date), "evidence", 0, 0.8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"type":"VISIT","actor":"Kim Jong-un","target":"China","when":"2018-03"}|CONSULT|visit|2018-03-25/2018-03-28|true
            {"type":"VISIT","actor":"Kim Jong-un","target":"China","when":"2018-04"}|CONSULT|visit|2018-03-25/2018-03-28|false
            {"type":"VISIT","actor":"Kim Jong-un","target":"China","when":"2018-03"}|CONSULT|visit||false
            {"type":"VISIT","actor":"Kim Jong-un","target":"China"}|CONSULT|visit||true
            {"type":"MEET","actor":"Kim Jong-un","target":"China","when":"2018"}|CONSULT|third-party|2018-03|true
            {"type":"MEET","actor":"China","target":"Kim Jong Un","when":"2018"}|CONSULT|meet|2018-03|true
            {"type":"VISIT","actor":"China","target":"Kim Jong Un","when":"2018"}|CONSULT|visit|2018-03|false
            {"type":"MEET","actor":"Kim Jong-un","target":"China","when":"2018"}|CONSULT|visit|2018-03|false
            {"type":"SANCTION","actor":"Kim Jong Un","target":"China","when":"2018"}|SANCTION||2018|true
            {"type":"SANCTION","actor":"Kim Jong Un","target":"Russia","when":"2018"}|SANCTION||2018|false
            """)
    void matches(String gold, String type, String mode, String date, boolean match) throws Exception {
        JsonNode g = new ObjectMapper().readTree(gold);
        Event e = event(type, mode, "Kim Jong Un", "person/kim-jong-un", "China", "country/CHN", date);
        assertEquals(match, EventEval.matches(g, e, ENTITIES));
    }
}
