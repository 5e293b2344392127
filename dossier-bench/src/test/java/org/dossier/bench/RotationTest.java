package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationTest {
    @Test
    void cyclesThroughEveryItemInOrder() {
        Rotation<String> r = new Rotation<>(List.of("a", "b", "c"));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seen.add(r.next());
        }
        assertEquals(List.of("a", "b", "c", "a", "b", "c", "a"), seen);
    }

    @Test
    void nothingToRotateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Rotation<>(List.of()));
    }
}
