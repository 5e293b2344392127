package org.dossier.core.meta;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Cranes line the new quay on a grey morning. (Harbour Herald file photo)",
        "The mayor cuts the ribbon. (Pool photo via Harbour Herald)",
        "Divers search the channel on Sunday. (Handout via the coast guard)",
        "Le maire inaugure le pont. (Photo : Odile Exemple)",
        "The mayor opens the new bridge on Friday. Photo: Tom Reyes",
        "The mayor opens the new bridge on Friday. / Harbour Agency",
    })
    void captionsClosedByACredit(String text) {
        assertTrue(Credits.closesWithPhotoCredit(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council approved the plan on Tuesday (Reuters).",
        "The council approved the plan, which covers the harbour (see the map).",
        "The pool was closed for the summer (the second time).",
        "Nobody expected what the survey showed in the picture: a town that had doubled in size.",
    })
    void sentencesWithoutAPictureCredit(String text) {
        assertFalse(Credits.closesWithPhotoCredit(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2020 Harbour Media. All rights reserved.", "Alle Rechte vorbehalten.",
        "Copyright Harbour Media", "Tous droits réservés"})
    void rightsNotices(String text) {
        assertTrue(Credits.rightsNotice(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Tom Reyes", "Foto: dpa", "© Agency Photo/ Jane Roe", "Image by Ana Ruiz"})
    void creditsOpeningALine(String text) {
        assertTrue(Credits.opensWithCredit(text), text);
    }
}
