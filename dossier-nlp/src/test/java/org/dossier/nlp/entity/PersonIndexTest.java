package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The people of one article by full name, without CoreNLP. */
class PersonIndexTest {

    /** An index of {@code names}, each seen at its place in the list times ten, merged as the resolver merges them. */
    private static PersonIndex index(String... names) {
        PersonIndex people = new PersonIndex();
        for (int i = 0; i < names.length; i++) {
            people.addFullName(names[i], 10L * (i + 1));
        }
        people.mergeContained();
        people.mergeInitialled();
        return people;
    }

    @Test
    void aNameWithAnInitialForTheGivenNameIsTheOneFullNameItFits() {
        PersonIndex people = index("Johan van der Berg", "Sipho Khumalo", "J van der Berg", "S. Khumalo");
        assertEquals("Johan van der Berg", people.resolve("J van der Berg", 300).orElseThrow().name());
        assertEquals("Sipho Khumalo", people.resolve("S. Khumalo", 400).orElseThrow().name());
    }

    @Test
    void anInitialThatFitsTwoPeopleOrNoGivenNameStaysApart() {
        PersonIndex people = index("Johan van der Berg", "Jana van der Berg", "J van der Berg", "P van der Berg");
        assertEquals("J van der Berg", people.resolve("J van der Berg", 300).orElseThrow().name());
        assertNotEquals("Johan van der Berg", people.resolve("P van der Berg", 310).orElseThrow().name());
    }
}
