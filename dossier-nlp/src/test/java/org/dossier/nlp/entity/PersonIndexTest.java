package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The people of one article by full name, without CoreNLP. */
class PersonIndexTest {

    @Test
    void aNameWithAnInitialForTheGivenNameIsTheOneFullNameItFits() {
        PersonIndex people = new PersonIndex();
        people.addFullName("Johan van der Berg", 10);
        people.addFullName("Sipho Khumalo", 20);
        people.addFullName("J van der Berg", 300);
        people.addFullName("S. Khumalo", 400);
        people.mergeContained();
        people.mergeInitialled();
        assertEquals("Johan van der Berg", people.resolve("J van der Berg", 300).orElseThrow().name());
        assertEquals("Sipho Khumalo", people.resolve("S. Khumalo", 400).orElseThrow().name());
    }

    @Test
    void anInitialThatFitsTwoPeopleOrNoGivenNameStaysApart() {
        PersonIndex people = new PersonIndex();
        people.addFullName("Johan van der Berg", 10);
        people.addFullName("Jana van der Berg", 20);
        people.addFullName("J van der Berg", 300);
        people.addFullName("P van der Berg", 310);
        people.mergeContained();
        people.mergeInitialled();
        assertEquals("J van der Berg", people.resolve("J van der Berg", 300).orElseThrow().name());
        assertNotEquals("Johan van der Berg", people.resolve("P van der Berg", 310).orElseThrow().name());
    }
}
