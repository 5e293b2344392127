package org.dossier.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassTokensTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // class                          | id           | furniture | positive | caption | credit | screen reader
        "article-share-buttons            |              | true      | true     | false   | false  | false",
        "relatedArticles                  |              | true      | false    | false   | false  | false",
        "sharebar                         |              | true      | false    | false   | false  | false",
        "entry-content clearfix           |              | false     | true     | false   | false  | false",
        "has-sidebar                      | main         | false     | true     | false   | false  | false",
        "box modal-enabled                |              | false     | false    | false   | false  | false",
        "wp-caption-text                  |              | false     | true     | true    | false  | false",
        "image-credit                     |              | false     | false    | false   | true   | false",
        "sr-only                          |              | false     | false    | false   | false  | true",
        "screen-reader-text               |              | false     | true     | false   | false  | true",
        "most-read                        |              | true      | false    | false   | false  | false",
        "                                 | comments     | true      | false    | false   | false  | false",
        "commentary-piece                 |              | false     | false    | false   | false  | false",
        "ad                               |              | true      | false    | false   | false  | false",
        "adventure-story                  |              | false     | true     | false   | false  | false",
        "kommentare-liste                 |              | true      | false    | false   | false  | false",
        "artikel-inhalt                   |              | false     | true     | false   | false  | false",
        "bloc-publicite                   |              | true      | false    | false   | false  | false",
    })
    void readsRolesFromClassAndIdWords(String cls, String id, boolean furniture, boolean positive, boolean caption,
                                       boolean credit, boolean screenReader) {
        int bits = ClassTokens.classify(cls == null ? "" : cls, id == null ? "" : id);
        String what = cls + " #" + id;
        assertEquals(furniture, (bits & ClassTokens.BOILER) != 0, what + " furniture");
        assertEquals(positive, (bits & ClassTokens.POSITIVE) != 0, what + " positive");
        assertEquals(caption, (bits & ClassTokens.CAPTION) != 0, what + " caption");
        assertEquals(credit, (bits & ClassTokens.CREDIT) != 0, what + " credit");
        assertEquals(screenReader, (bits & ClassTokens.SCREEN_READER) != 0, what + " screen reader");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hidden                 | true",
        "d-none                 | true",
        "box hide               | true",
        "d-none d-md-block      | false",
        "hidden md:flex         | false",
        "d-none d-print-block   | true",
        "hidden-xs              | false",
        "invisible-ink-story    | false",
        "''                     | false",
    })
    void recognisesFrameworkHidingClasses(String cls, boolean hidden) {
        assertEquals(hidden, ClassTokens.hiddenByClass(cls), cls);
    }
}
