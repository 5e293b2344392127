package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletsTest {
    private static Line line(String text) {
        return new Line(0, text, true, Set.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Flood warning for the river towns - Valley Courier; Flood warning for the river towns; Valley Courier",
        "Flood warning for the river towns | Valley Courier; Flood warning for the river towns; Valley Courier",
        "Valley Courier | Flood warning for the river towns; Flood warning for the river towns; Valley Courier",
    })
    void siteNameBesideTheHeadline(String titleLine, String headline, String site) {
        assertEquals(Optional.of(site), Outlets.fromTitleLine(line(titleLine), line(headline)));
    }

    @Test
    void noSiteNameWhenTheTitleLineIsJustTheHeadline() {
        assertEquals(Optional.empty(), Outlets.fromTitleLine(line("Flood warning for the river towns"),
                line("Flood warning for the river towns")));
        assertEquals(Optional.empty(), Outlets.fromTitleLine(line("Something else entirely - Site"),
                line("Flood warning for the river towns")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "© 2019 Harbour Ledger Media. All rights reserved.   | Harbour Ledger Media",
        "© 2019 Example Holdings Inc. All rights reserved.  | Example Holdings Inc.",
        "Copyright © 2005-2019 Valley Courier                | Valley Courier",
        "© Stadtanzeiger Nord 2019 – Alle Rechte vorbehalten | Stadtanzeiger Nord",
    })
    void holderOfACopyrightFooter(String footer, String holder) {
        assertEquals(Optional.of(holder), Outlets.fromCopyright(line(footer)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lee Soo-jin sjlee@valleycourier.co.kr | The Valley Courier",
        "write to desk@harbourtimes.com        | The Harbour Times",
        "news@stadtanzeiger.de                 | Stadtanzeiger",
        "tips@thestar.com                      | The Star",
    })
    void outletFromAnEmailDomain(String text, String outlet) {
        assertEquals(Optional.of(outlet), Outlets.fromEmail(text));
    }

    @Test
    void webmailSaysNothingAboutTheOutlet() {
        assertEquals(Optional.empty(), Outlets.fromEmail("reader.name@gmail.com"));
        assertEquals(Optional.empty(), Outlets.fromEmail("no address here"));
    }
}
