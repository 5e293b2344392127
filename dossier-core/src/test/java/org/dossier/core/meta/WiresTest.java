package org.dossier.core.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WiresTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "WASHINGTON (AP) — Lawmakers met on Tuesday to discuss the budget.|AP",
        "(Reuters) - Shares rose in early trading on Monday.|Reuters",
        "Berlin (dpa) - Die Regierung hat am Montag beschlossen, die Steuern zu senken.|dpa",
        "PARIS (AFP/Example) - Le gouvernement a annoncé une réforme.|AFP",
        "KYIV (Interfax), Jane Roe - The talks will resume next week.|Interfax",
        "(서울=연합뉴스) 이지은 기자 = 정부는 오늘 새 대책을 발표했다.|Yonhap",
        "新华社北京3月12日电 新线路今天开通。|Xinhua",
        "Associated Press|AP",
        "By The Associated Press|AP",
        "Reuters, Washington,|Reuters",
        "Associated Press November 19, 2019, 9:02 AM|AP",
        "Source: AFP|AFP",
        "Quelle: dpa|dpa",
        "2019年3月12日 15:24 来源：新华社|Xinhua",
        "Jane Roe, Associated Press|AP",
        "© 2019 The Associated Press. All rights reserved.|AP",
        "Senators leave the chamber. (AP Photo/John Doe)|-",
        "Crowds line the avenue. REUTERS/Jane Doe|-",
        "The mayor speaks to reporters on Monday. (AP)|-",
        "Photo: AFP|-",
        "Apple unveils a new phone|-",
        "Reuters reported that talks had stalled, citing two sources familiar with the matter.|-",
        "© 2019 Example Gazette|-",
    })
    void findsTheAgencyALineCredits(String line, String expected) {
        assertEquals(Optional.ofNullable(expected), Wires.find(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "The Associated Press|AP", "AFP.|AFP", "Agence France-Presse|AFP", "연합뉴스|Yonhap", "ТАСС|TASS",
        "Jane Roe|-", "Example News|-",
    })
    void namesAgenciesFromTheirCredits(String credit, String expected) {
        assertEquals(Optional.ofNullable(expected), Wires.of(credit));
    }
}
