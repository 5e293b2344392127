package org.dossier.core.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Park Ji-won|Park Ji-won",
        "By JANE ROE and JOHN Q. PUBLIC|Jane Roe;John Q. Public",
        "Von Anna Schmidt und Max Weber|Anna Schmidt;Max Weber",
        "Von Moritz Beispiel publiziert am 25. September 2018|Moritz Beispiel",
        "Par Jeanne Dupont et Luc Martin|Jeanne Dupont;Luc Martin",
        "Por María José López|María José López",
        "Publicado por: Ana Souza - Categoria: Saúde|Ana Souza",
        "Di Marco Rossi|Marco Rossi",
        "Door Jan de Vries|Jan de Vries",
        "Текст: Мария Иванова · 24 сентября 2018|Мария Иванова",
        "Oleh Budi Santoso|Budi Santoso",
        "by Marisol|Marisol",
        "By Nora Example Staff Writer|Nora Example",
        "By Jo Penn, Example Daily Correspondent|Jo Penn",
        "Written by Rachel Sample, MS, RD on November 14, 2019|Rachel Sample",
        "By Sam Byline Updated Nov 13, 2019, 10:28am EST|Sam Byline",
        "By Chris Person @chrisperson Nov 19, 2019, 7:53pm EST|Chris Person",
        "By Paul Example, Rita Sample, Hugo Person|Paul Example;Rita Sample;Hugo Person",
    })
    void readsBylines(String line, String expected) {
        assertEquals(Optional.of(List.of(expected.split(";"))), Bylines.parse(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By 2020 the company expects growth",
        "By Staff Reports",
        "By Associated Press",
        "By REUTERS",
        "Par ailleurs, le gouvernement a annoncé",
        "Di fronte alla crisi",
        "Von Berlin aus gesehen",
        "By admin",
        "By the Editorial Board",
        "View all posts by",
        "Breaking news from the capital",
        "By LinkExample",
        "Von Online-Redaktion",
        "Por Agencias",
    })
    void rejectsWhatIsNoPersonsByline(String line) {
        assertEquals(Optional.empty(), Bylines.parse(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "By TOM PENN, AP Auto Writer|Tom Penn",
        "Dana K. Sample, Example.com|Dana K. Sample",
        "Aidan Example. Example International|Aidan Example",
        "Jane Doe <jane.doe@example.com>|Jane Doe",
        "https://www.example.com/people/jane-doe|-",
        "Example News Bureau|-",
        "The foreign and defence ministries|-",
        "webuser7|-",
        "Kev|-",
        "ACME - Departamento de TI|-",
        "Ines Sample and Oscar J. Example|Ines Sample;Oscar J. Example",
        "김민수 칼럼니스트 someone@example.co.kr|김민수",
        "칼럼니스트 이지은|이지은",
        "山田太郎 記者|山田太郎",
        "Roe, Jane|Jane Roe",
        "Jane Roe in Beijing|Jane Roe",
        "Jane Roe aus Berlin|Jane Roe",
        "Jeanne Dupont (Lyon, correspondante)|Jeanne Dupont",
        "John Q. Sample III|John Q. Sample III",
    })
    void cleansAuthorFields(String field, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), Bylines.names(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
        "3 Mar 2021 | Posted by Ines Sample and Oscar J. Example | 6 min read#Ines Sample;Oscar J. Example",
        "Von Lena Beispiel · 4. Mai 2020, 08:15 Uhr#Lena Beispiel",
        "Updated 2 hours ago / By Mara Quill#Mara Quill",
        "Par Odile Exemple — Publié le 3 juin 2021#Odile Exemple",
        "Home | World | Business#-",
        "3 Mar 2021 | 6 min read#-",
        "By the time the ferry left | the quay was empty#-",
    })
    void readsABylineAmongOtherFactsOnOneLine(String line, String expected) {
        assertEquals(expected == null ? Optional.empty() : Optional.of(List.of(expected.split(";"))),
                Bylines.parseLine(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
        "Ines Sample, Harbour Daily#Ines Sample",
        "Ines Sample, Harbour Ledger#-",
        "Ines Sample and Oscar Example | The Northern Daily#Ines Sample;Oscar Example",
        "Oscar Example, Fjord Examiner#Oscar Example",
        "Ines Sample, Sports Writer#Ines Sample",
        "Ines Sample, Bergen#-",
        "Meridian Wire Service, Harbour Ledger#-",
        "By Ines Sample, Harbour Ledger#-",
        "The mayor met Ines Sample, Harbour Ledger#-",
        "Ines Sample#-",
    })
    void readsNamesCreditedWithTheirOutlet(String line, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")),
                Bylines.beforeOutlet(line, outlet -> outlet.equals("Fjord Examiner")));
    }
}
