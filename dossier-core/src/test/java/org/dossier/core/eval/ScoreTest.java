package org.dossier.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void tokenisesLikePythonWordRegex() {
        assertEquals(List.of("Kim", "Jong", "un", "s", "2018", "x_y", "Tập", "Cận", "Bình"),
                Tokens.words("Kim Jong-un’s 2018: x_y — Tập Cận Bình."));
        // A combining mark is not a word character in Python's \w, so it splits the word.
        assertEquals(List.of("e", "x"), Tokens.words("e\u0301x"));
    }

    @Test
    void shingleScoreCountsSharedFourGrams() {
        Score perfect = Score.shingles("one two three four five", "one two three four five");
        assertEquals(1.0, perfect.precision());
        assertEquals(1.0, perfect.recall());
        // Half the predicted shingles are extra: "a b c d" "b c d e" vs "a b c d" only.
        Score half = Score.shingles("a b c d", "a b c d e");
        assertEquals(0.5, half.precision(), 1e-9);
        assertEquals(1.0, half.recall(), 1e-9);
    }

    @Test
    void emptyPredictionHasNoPrecisionAndZeroRecall() {
        Score s = Score.shingles("some expected body text here", "");
        assertTrue(Double.isNaN(s.precision()));
        assertEquals(0.0, s.recall());
    }

    @Test
    void shortTextIsOneShingle() {
        assertEquals(1.0, Score.shingles("two words", "two words").recall());
    }

    @Test
    void tokenBagIgnoresCaseAndOrder() {
        Score s = Score.tokens("The cat sat", "sat THE cat dog");
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertTrue(Score.sameTokens("NK, US poised", "nk us  poised"));
    }
}
