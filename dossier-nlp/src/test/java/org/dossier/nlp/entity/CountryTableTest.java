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
            "Côte d’Ivoire, CIV", "Guinea-Bissau, GNB", "Guinea, GIN", "Kyiv, UKR", "Holy See, VAT",
            "Democratic Republic of Congo, COD", "Democratic Republic of the Congo, COD"})
    void resolvesNamesDemonymsCapitalsAndMetonyms(String phrase, String iso) {
        assertEquals(iso, table.lookup(phrase).orElseThrow(() -> new AssertionError(phrase)).iso3());
    }

    @Test
    void leavesOutAmbiguousAndLowerCaseWords() {
        assertTrue(table.lookup("Korean").isEmpty(), "Korean: north or south?");
        assertTrue(table.lookup("us").isEmpty(), "the pronoun is not the country");
        assertTrue(table.lookup("Victoria").isEmpty(), "a capital whose name is common elsewhere");
    }

    @Test
    void tellsWhetherALongerTextMayStillBeAPhrase() {
        assertTrue(table.mayStartPhrase(CountryTable.key("North")), "North Korea, North Macedonia");
        assertTrue(table.mayStartPhrase(CountryTable.key("Guinea -")), "Guinea-Bissau");
        assertTrue(table.mayStartPhrase(CountryTable.key("the Kremlin")), "a leading the is read past");
        assertTrue(!table.mayStartPhrase(CountryTable.key("Harbour")), "no phrase starts so");
        assertTrue(!table.mayStartPhrase(CountryTable.key("North Korea said")), "a phrase, then more words");
    }

    @Test
    void theLongestMatchFindsPhrasesOfSeveralTokensAfterThePruning() {
        SpanFinder finder = new SpanFinder(table);
        java.util.List<Span> s = finder.find(TaggedText.sentences("Talks in Guinea ~- ~Bissau and the "
                + "Central African Republic ended .").get(0));
        assertTrue(s.stream().anyMatch(sp -> sp.name().equals("Guinea-Bissau") && sp.country().isPresent()),
                s.toString());
        assertTrue(s.stream().anyMatch(sp -> sp.name().equals("Central African Republic") && sp.country().isPresent()),
                s.toString());
    }
}
