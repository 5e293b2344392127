package org.dossier.nlp.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "Beijing,          beijing,          true",
            "Beijing,          Bei-jing,         false",
            "Hà Nội,           Ha Noi,           true",
            "the Kremlin,      Kremlin,          true",
            "China,            Beijing,          true",
            "China,            Dalian,           true",
            "China,            Moscow,           false",
            "North Korea,      DPRK,             true",
            "North Korea,      South Korea,      false",
            "Beijing,          Dalian,           false",
            "Russky Island,    Vladivostok,      false",
            "Pyongyang,        North Korea,      true",
            "'',               Moscow,           true",
    })
    void compatibility(String a, String b, boolean compatible) {
        Optional<Places.Place> x = Places.of(Optional.of(a));
        Optional<Places.Place> y = Places.of(Optional.of(b));
        assertEquals(compatible, Places.compatible(x, y));
        assertEquals(compatible, Places.compatible(y, x), "symmetric");
        assertEquals(true, Places.compatible(x, Optional.empty()), "an unknown place fits any");
    }

    @ParameterizedTest
    @CsvSource({"China, Beijing, Beijing", "Beijing, China, Beijing", "Beijing, Beijing, Beijing", "China, DPRK, China"})
    void theFinerOfTwoPlaces(String a, String b, String finer) {
        assertEquals(finer, Places.finer(Places.of(Optional.of(a)), Places.of(Optional.of(b))).orElseThrow().name());
    }
}
