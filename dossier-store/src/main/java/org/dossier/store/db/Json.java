package org.dossier.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.json.RecordJson;
import org.dossier.core.model.ForeignText;

/** List-valued columns are JSON arrays: SQLite has no arrays, and nobody queries inside them. */
final class Json {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Integer>> INTS = new TypeReference<>() { };

    private Json() {
    }

    static String write(Object value) {
        try {
            return RecordJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists of plain values always serialise", e);
        }
    }

    static List<String> strings(String json) throws SQLException {
        try {
            return RecordJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("damaged list column: " + e.getOriginalMessage(), e);
        }
    }

    static List<Integer> ints(String json) throws SQLException {
        try {
            return RecordJson.mapper().readValue(json, INTS);
        } catch (JsonProcessingException e) {
            throw new SQLException("damaged list column: " + e.getOriginalMessage(), e);
        }
    }

    static String foreign(List<ForeignText> texts) {
        List<List<String>> pairs = new ArrayList<>();
        texts.forEach(t -> pairs.add(List.of(t.text(), t.language())));
        return write(pairs);
    }

    static List<ForeignText> foreign(String json) throws SQLException {
        try {
            List<ForeignText> out = new ArrayList<>();
            for (JsonNode pair : RecordJson.mapper().readTree(json)) {
                out.add(new ForeignText(pair.get(0).asText(), pair.get(1).asText()));
            }
            return out;
        } catch (JsonProcessingException | NullPointerException e) {
            throw new SQLException("damaged foreign_captions column", e);
        }
    }
}
