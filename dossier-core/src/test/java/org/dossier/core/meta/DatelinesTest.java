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
        "SPRINGFIELD, Ill. (AP) — Lawmakers returned to the capitol on Monday.| SPRINGFIELD   | AP             | -",
        "TROMSØ - Fishing boats stayed in port on Friday as the storm passed. | TROMSØ        | -              | -",
        "PORTO ALEGRE, Brazil — Floodwater reached the city centre overnight.| PORTO ALEGRE  | -              | -",
        "KAUNAS, Lithuania -- The new bridge opened to traffic on Sunday.     | KAUNAS        | -              | -",
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
        "The ferry-operator said its ships - all six of them - would sail.",
        "COVID-19 cases rose again on Monday, the ministry said.",
        "ABC-TV - a local station - reported the closure.",
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
        // Nothing else names an outlet: the page is taken to be the agency's own.
        assertEquals(Optional.of("Kyodo"), filled.publisher());
        Article reprint = Datelines.complete(lead.toBuilder().publisher(Optional.of("Osaka Evening Post")).build());
        assertEquals(Optional.of("Osaka Evening Post"), reprint.publisher());
        assertEquals(Optional.of("Kyodo"), reprint.wire());

        Article own = Article.builder(ref).publisher(Optional.of("Known Outlet")).authors(List.of("Kept Name"))
                .body("LYON (Lyon Matin), Paul Girard - La ville a voté mardi.").build();
        Article kept = Datelines.complete(own);
        assertEquals(Optional.of("Known Outlet"), kept.publisher());
        assertEquals(List.of("Kept Name"), kept.authors());
        assertEquals(Optional.of("LYON"), kept.dateline());

        Article none = Article.builder(ref).body("A plain first paragraph without any dateline at all.").build();
        assertEquals(none, Datelines.complete(none));
    }

    @Test
    void anOutletCreditedInTheDatelineThatIsNotThePublisherIsTheWire() {
        SourceRef ref = SourceRef.ofFile(Optional.empty(), "0".repeat(64), SourceFormat.HTML);
        String lead = "OSLO (NFB) — The harbour authority closed the northern quay on Monday after a crane fell.";
        Article other = Article.builder(ref).publisher(Optional.of("The Fjord Examiner")).body(lead).build();
        assertEquals(Optional.of("NFB"), Datelines.complete(other).wire(), "an agency not in any table is still the wire");
        assertEquals(Optional.of("The Fjord Examiner"), Datelines.complete(other).publisher());
        Article atHome = Article.builder(ref.withUrl(Optional.of("https://fjordexaminer.example/news/1")))
                .publisher(Optional.of("The Fjord Examiner")).body(lead).build();
        assertEquals(Optional.of("NFB"), Datelines.complete(atHome).wire(), "the page's address is the publisher's");

        // The publisher's own name, a part of it or its initials in the dateline credit no wire.
        for (String own : List.of("Fjord Examiner", "TFE", "FE", "Fjord")) {
            Article self = Article.builder(ref).publisher(Optional.of("The Fjord Examiner"))
                    .body("OSLO (" + own + ") — The harbour authority closed the northern quay on Monday.").build();
            assertEquals(Optional.empty(), Datelines.complete(self).wire(), own);
        }
        Article initials = Article.builder(ref).publisher(Optional.of("FE"))
                .body("OSLO (Fjord Examiner) — The harbour authority closed the northern quay on Monday.").build();
        assertEquals(Optional.empty(), Datelines.complete(initials).wire(), "the publisher known by its initials");
        Article site = Article.builder(ref.withUrl(Optional.of("https://fjordexaminer.example/news/1")))
                .publisher(Optional.of("fjordexaminer.example"))
                .body("OSLO (Fjord Examiner) — The harbour authority closed the northern quay on Monday.").build();
        assertEquals(Optional.empty(), Datelines.complete(site).wire(), "the publisher known by its address only");

        Article kept = Article.builder(ref).publisher(Optional.of("The Fjord Examiner")).wire(Optional.of("Reuters"))
                .body(lead).build();
        assertEquals(Optional.of("Reuters"), Datelines.complete(kept).wire());
    }

    @Test
    void theLeadMayFollowAStandfirstOrASectionLabel() {
        SourceRef ref = SourceRef.ofFile(Optional.empty(), "0".repeat(64), SourceFormat.HTML);
        Article a = Article.builder(ref).body("""
                Harbour workers say the new shift plan leaves the night crossings unstaffed

                BERGEN — The ferry union called a strike for Thursday, the first in a decade.

                TROMSØ — A second paragraph with a place of its own is not the lead.""").build();
        assertEquals(Optional.of("BERGEN"), Datelines.complete(a).dateline());
        Article late = Article.builder(ref).body("One.\n\nTwo.\n\nThree.\n\nBERGEN — Too far down to be the lead.")
                .build();
        assertEquals(Optional.empty(), Datelines.complete(late).dateline());
    }
}
