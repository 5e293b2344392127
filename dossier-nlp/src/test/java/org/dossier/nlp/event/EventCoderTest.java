package org.dossier.nlp.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The coder on single sentences written for the project: at least five per PLOVER type and per CONSULT
 * mode, from many regions and decades (sentences.csv), each of which must give its event with the right
 * type, actor and target; a held-out set written after the coder was tuned (heldout.csv); and the
 * sentences it gets wrong for reasons outside it (known-misses.csv), which count in the overall accuracy.
 */
class EventCoderTest {

    @ParameterizedTest(name = "{1} {2} -> {3}: {0}")
    @CsvFileSource(resources = "sentences.csv", delimiter = '|')
    void codesTheSentence(String sentence, String typeMode, String actor, String target) {
        List<Event> events = Sentences.events(sentence);
        assertTrue(Sentences.found(events, typeMode, actor, target),
                () -> "expected " + typeMode + " " + actor + " -> " + target + Sentences.describe(events));
    }

    /** The held-out set stays at the level it reached (69 of 72; first scored, before any change, 57). */
    @Test
    void heldOutSentencesStayAboveTheirLevel() throws IOException {
        List<String> misses = misses("heldout.csv");
        int total = rows("heldout.csv").size();
        assertTrue(total - misses.size() >= 66, () -> (total - misses.size()) + "/" + total + "; missed:\n"
                + String.join("\n", misses));
    }

    /**
     * Everything together, known misses included, is well above the 70% the project asks of the coder
     * (the rows of sentences.csv are checked one by one above, so they count here as found).
     */
    @Test
    void allSentencesTogetherAreAboveNinetyPercent() throws IOException {
        int total = rows("sentences.csv").size();
        int missed = 0;
        for (String file : List.of("heldout.csv", "known-misses.csv")) {
            total += rows(file).size();
            missed += misses(file).size();
        }
        double accuracy = 1.0 - (double) missed / total;
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy + " over " + total + " sentences");
    }

    private static List<String> misses(String file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] f : rows(file)) {
            List<Event> events = Sentences.events(f[0]);
            if (!Sentences.found(events, f[1], f[2], f[3])) {
                out.add(f[1] + " " + f[2] + " -> " + f[3] + ": " + f[0] + Sentences.describe(events));
            }
        }
        return out;
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = EventCoderTest.class.getResourceAsStream(file)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\\|"));
                }
            }
        }
        return out;
    }
}
