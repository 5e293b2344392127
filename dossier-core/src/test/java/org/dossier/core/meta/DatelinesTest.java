package org.dossier.core.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    private static Optional<String> orEmpty(String s) {
        return s == null ? Optional.empty() : Optional.of(s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "BERLIN (dpa) - Die Regierung hat am Montag beschlossen.              | BERLIN        | dpa            | -",
        "PARIS, 12 mars (Reuters) - Le gouvernement a annoncé lundi.         | PARIS         | Reuters        | -",
        "SEOUL, Jan. 8 (Yonhap) -- The two Koreas agreed on Tuesday.         | SEOUL         | Yonhap         | -",
        "WASHINGTON — The Senate voted on Thursday to pass the bill.          | WASHINGTON    | -              | -",
        "MOSCOW (Daily Wire), Anna Petrova - Talks ended without a deal.      | MOSCOW        | Daily Wire     | Anna Petrova",
        "(Harbour Ledger) - Dock workers walked off the job on Tuesday.       | -             | Harbour Ledger | -",
        "Hamburg (dpa) – Der Hafen meldete am Freitag einen Rekord.           | Hamburg       | dpa            | -",
        "MADRID, 3 feb (EFE) – El Gobierno aprobó el martes el presupuesto.   | MADRID        | EFE            | -",
        "SAN FRANCISCO (AP) — Utilities began shutting off power Wednesday.   | SAN FRANCISCO | AP             | -",
    })
    void readsDatelinesInSeveralConventions(String lead, String place, String credit, String author) {
        Optional<Datelines.Dateline> d = Datelines.parse(lead.strip());
        assertTrue(d.isPresent(), lead);
        assertEquals(orEmpty(place), d.get().place());
        assertEquals(orEmpty(credit), d.get().credit());
        assertEquals(orEmpty(author), d.get().author());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Meanwhile - the council said it would meet again on Friday.",
        "The mayor (who took office in May) - a former teacher - said no.",
        "However, the talks – which began in March – ended without a deal.",
        "It was the third strike this year: workers want higher pay.",
        "(1) The first point concerns the budget.",
        "UPDATE — The council has moved the meeting to Friday.",
        "BREAKING NEWS — A fire broke out in the port this morning.",
    })
    void ordinarySentencesHaveNoDateline(String lead) {
        assertEquals(Optional.empty(), Datelines.parse(lead), lead);
    }

    @Test
    void agenciesAreToldApartFromOutlets() {
        assertTrue(Datelines.isAgency("Reuters"));
        assertTrue(Datelines.isAgency("dpa"));
        assertTrue(Datelines.isAgency("Yonhap"));
        assertTrue(Datelines.isAgency("AFP/dpa"));
        assertFalse(Datelines.isAgency("Harbour Ledger"));
        assertFalse(Datelines.isAgency("Sputnik News"));
    }

    @Test
    void completeFillsOnlyWhatIsMissing() {
        SourceRef ref = SourceRef.ofFile(Optional.empty(), "0".repeat(64), SourceFormat.TEXT);
        Article lead = Article.builder(ref)
                .body("TOKYO (Kyodo) - The central bank left rates unchanged on Friday.\n\nMore text.").build();
        Article filled = Datelines.complete(lead);
        assertEquals(Optional.of("TOKYO"), filled.dateline());
        assertEquals(Optional.of("Kyodo"), filled.wire());
        assertEquals(Optional.empty(), filled.publisher());

        Article own = Article.builder(ref).publisher(Optional.of("Known Outlet")).authors(List.of("Kept Name"))
                .body("LYON (Lyon Matin), Paul Girard - La ville a voté mardi.").build();
        Article kept = Datelines.complete(own);
        assertEquals(Optional.of("Known Outlet"), kept.publisher());
        assertEquals(List.of("Kept Name"), kept.authors());
        assertEquals(Optional.of("LYON"), kept.dateline());

        Article none = Article.builder(ref).body("A plain first paragraph without any dateline at all.").build();
        assertEquals(none, Datelines.complete(none));
    }
}
