package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountryTableTest {
    private final CountryTable table = CountryTable.get();

    @Test
    void holdsEveryUnMemberAndTheFourOthers() {
        assertEquals(197, table.countries().size());
        Set<String> codes = new HashSet<>();
        for (Country c : table.countries()) {
            assertTrue(c.iso3().matches("[A-Z]{3}"), c.iso3());
            assertTrue(codes.add(c.iso3()), "duplicate " + c.iso3());
        }
        assertTrue(codes.containsAll(Set.of("TWN", "XKX", "PSE", "VAT")));
    }

    @ParameterizedTest
    @CsvSource({
            "North Korea, PRK", "DPRK, PRK", "N. Korea, PRK", "North Korean, PRK", "Pyongyang, PRK",
            "Kremlin, RUS", "the Kremlin, RUS", "Moscow, RUS", "White House, USA", "U.S., USA", "Washington, USA",
            "Sino, CHN", "Beijing, CHN", "Blue House, KOR", "South Korean, KOR", "Britain, GBR",
            "Côte d’Ivoire, CIV", "Guinea-Bissau, GNB", "Guinea, GIN", "Kyiv, UKR", "Holy See, VAT"})
    void resolvesNamesDemonymsCapitalsAndMetonyms(String phrase, String iso) {
        assertEquals(iso, table.lookup(phrase).orElseThrow(() -> new AssertionError(phrase)).iso3());
    }

    @Test
    void leavesOutAmbiguousAndLowerCaseWords() {
        assertTrue(table.lookup("Korean").isEmpty(), "Korean: north or south?");
        assertTrue(table.lookup("us").isEmpty(), "the pronoun is not the country");
        assertTrue(table.lookup("Victoria").isEmpty(), "a capital whose name is common elsewhere");
    }
}
