package org.dossier.nlp.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PLOVER table and the trigger lexicon. */
class LexiconTest {

    @Test
    void ploverHasItsSixteenTypesAndTheirModes() {
        assertEquals(16, Plover.values().length);
        assertEquals(List.of("visit", "meet", "phone", "multilateral", "third-party", "host"), Plover.CONSULT.modes());
        assertTrue(Plover.SANCTION.hasMode("expel") && Plover.SANCTION.hasMode("discontinue")
                && Plover.SANCTION.hasMode("withdraw"));
        assertTrue(Plover.AGREE.modes().isEmpty());
        assertEquals(Optional.of(Plover.REQUEST), Plover.of("REQUEST"));
        assertEquals(Optional.empty(), Plover.of("DEMAND"));
    }

    @Test
    void everyTypeHasTriggers() {
        Set<Plover> covered = EnumSet.noneOf(Plover.class);
        for (String word : List.of("meet", "visit", "agree", "sign", "pardon", "extradite", "aid", "release", "urge",
                "accuse", "reject", "threaten", "protest", "sanction", "deploy", "arrest", "attack")) {
            Lexicon.get().verbFrames(word).forEach(f -> covered.add(f.type()));
            Lexicon.get().nounFrames(word).forEach(f -> covered.add(f.type()));
        }
        assertEquals(EnumSet.allOf(Plover.class), covered);
    }

    @ParameterizedTest
    @CsvSource({"met, true", "Visited, true", "sanctions, true", "test-fired, true", "sit-in, true",
            "the, false", "said, false", "Beijing, false"})
    void candidateWords(String word, boolean trigger) {
        assertEquals(trigger, Lexicon.get().mayTrigger(word));
    }

    @ParameterizedTest
    @CsvSource({"troops, MIL", "Protesters, CVL", "police, COP", "militants, REB", "officials, GOV",
            "counterparts, GOV", "warplanes, MIL"})
    void groupsByTheirSector(String word, String sector) {
        assertEquals(Optional.of(sector), Lexicon.get().groupSector(word));
    }

    @Test
    void nounFormsIncludeTheSingular() {
        assertTrue(Lexicon.forms("sanctions").contains("sanction"));
        assertTrue(Lexicon.forms("militias").contains("militia") || Lexicon.forms("militias").contains("militias"));
        assertTrue(Lexicon.forms("parties").contains("party"));
        assertFalse(Lexicon.forms("press").contains("pres"));
    }

    @Test
    void modesComeFromTheObject() {
        assertEquals(Optional.of("military"), Lexicon.get().modeOf(Plover.AID, List.of("send", "weapons")));
        assertEquals(Optional.of("humanitarian"), Lexicon.get().modeOf(Plover.AID, List.of("food")));
        assertEquals(Optional.empty(), Lexicon.get().modeOf(Plover.AID, List.of("goodwill")));
    }
}
