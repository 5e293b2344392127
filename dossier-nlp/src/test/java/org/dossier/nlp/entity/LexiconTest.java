package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word tests the entity rules share. */
class LexiconTest {
    @Test
    void anAgentEndingMakesACommonNounButNotAFirstNameOrSurname() {
        for (String noun : new String[] {"Hydrologist", "Seamstress", "Auctioneer", "Chairwoman", "Veterinarian",
                "Electrician"}) {
            assertTrue(Lexicon.isCommonNoun(noun, Set.of()), noun);
        }
        for (String name : new String[] {"Goldman", "Freeman", "Chapman", "Marian", "Lucian", "Ernest"}) {
            assertFalse(Lexicon.isCommonNoun(name, Set.of()), name);
        }
    }

    @Test
    void aCompoundAgentInManIsNoArabicGivenName() {
        for (String noun : new String[] {"Fisherman", "Ferryman", "Policeman", "Chairwoman", "Watchman"}) {
            assertTrue(Lexicon.isCompoundAgent(noun), noun);
        }
        for (String name : new String[] {"Abdirahman", "Abdulrahman", "Suleiman", "Herman"}) {
            assertFalse(Lexicon.isCompoundAgent(name), name);
        }
    }

    @Test
    void theArticlesOwnLowerCaseWordsMakeACommonNoun() {
        assertTrue(Lexicon.isCommonNoun("Beekeeper", Set.of("beekeepers")));
        assertTrue(Lexicon.isCommonNoun("Rider", Set.of("rider")));
        assertTrue(Lexicon.isCommonNoun("Fisherman", Set.of("fishermen")));
        assertFalse(Lexicon.isCommonNoun("Fisherman", Set.of("fish")));
    }

    @Test
    void anAgentNounOfAVerbNeedsTheVerbsParticipleAndNoCapitalInsideASentence() {
        assertTrue(Lexicon.isCommonNoun("Packer", Set.of("packing")));
        assertTrue(Lexicon.isCommonNoun("Organiser", Set.of("organised")));
        // a bare stem is a noun as often as a verb; a word capitalised inside a sentence is a name
        assertFalse(Lexicon.isCommonNoun("Porter", Set.of("port")));
        assertFalse(Lexicon.isCommonNoun("Warner", Set.of("warned", "Warner")));
    }
}
