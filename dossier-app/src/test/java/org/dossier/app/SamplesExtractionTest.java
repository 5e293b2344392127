package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The metadata {@code dossier extract} gives for every sample page, as a reader of the page sees it
 * (docs/samples.md). The samples were written for the project and none of the extraction rules was
 * developed on them, so they stand for pages the extractor has not seen: a change that breaks one
 * of these facts is a regression on unseen-style pages.
 */
class SamplesExtractionTest {
    /** Every page's article, by file name, or by URL for the pages of the WARC file. */
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();

    @BeforeAll
    static void extractEverySample() {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("../samples").normalize();
        assertTrue(Files.isDirectory(dir), "samples directory not found at " + dir);
        for (String name : Samples.names()) {
            for (Article a : SamplesTest.extract(dir.resolve(name))) {
                ARTICLES.put(a.source().warcRecordId().isPresent() ? a.source().url().orElseThrow() : name, a);
            }
        }
    }

    /**
     * Title, publication date, authors (";" between them), publisher, dateline and wire of each page;
     * "-" where the page states none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            harbor-ledger-kim-beijing.html       | Kim Jong Un makes surprise first visit to Beijing | 2018-03-28T09:40 | Mara Ellison | The Harbor Ledger | BEIJING | -
            fellmoor-courier-kim-xi.html         | Xi hosts Kim in Beijing as North Korea's leader steps out | 2018-03-28T16:12 | Tom Ashworth | The Fellmoor Courier | - | -
            eastgate-times-panmunjom.html        | Two Koreas pledge to end war at Panmunjom summit | 2018-04-27T18:05 | Daniel Okafor | Eastgate Times | PANMUNJOM | -
            wrenmouth-observer-dalian.html       | Kim Jong Un meets Xi again, this time in Dalian | 2018-05-08 | Lucia Brennan | Wrenmouth Observer | DALIAN | -
            harbor-ledger-pompeo-detainees.html  | Pompeo brings home three Americans freed by North Korea | 2018-05-10T07:15 | Mara Ellison;Jonah Pike | The Harbor Ledger | WASHINGTON | -
            fellmoor-courier-second-summit.html  | Explainer: why Moon and Kim met again at the border | - | Tom Ashworth | The Fellmoor Courier | - | -
            pacific-wire-singapore.txt           | Trump and Kim sign joint statement in Singapore | 2018-06-12T21:15 | Ruth Callaghan | Pacific Wire Daily | SINGAPORE | -
            wrenmouth-observer-singapore.html    | After Singapore, the hard part: what Trump and Kim signed, and what they left out | 2018-06-13 | Lucia Brennan | Wrenmouth Observer | SINGAPORE | -
            morgenkompass-singapur-gipfel.html   | Handschlag auf Sentosa: Trump und Kim unterzeichnen gemeinsame Erklärung | 2018-06-12T16:30 | Friederike Lanz | Der Morgenkompass | - | -
            kestrel-kim-beijing-june.txt         | Kim in Beijing for third time this year, a week after Singapore summit | 2018-06-20 | Ahn Ji-woo;Felix Marchetti | Kestrel Asia Monitor | BEIJING | -
            kestrel-moon-pyongyang.txt           | Moon and Kim sign Pyongyang declaration as North offers to dismantle missile site | 2018-09-19 | Ahn Ji-woo | Kestrel Asia Monitor | PYONGYANG | -
            vigie-continentale-paektu.html       | Au sommet du mont Paektu, Moon et Kim mettent en scène leur rapprochement | 2018-09-20T17:42 | Claire-Anne Vasseur | La Vigie continentale | - | -
            eastgate-times-sanctions-warning.html | North Korea warns US sanctions on officials could derail nuclear talks | 2018-12-17T09:30 | Daniel Okafor | Eastgate Times | SEOUL | -
            pacific-wire-kim-beijing-january.txt | Kim leaves Beijing after fourth China visit as second Trump summit nears | 2019-01-09T19:40 | Wei Lin Hargreaves | Pacific Wire Daily | BEIJING | -
            harbor-ledger-hanoi-wire.html        | Trump-Kim summit in Hanoi ends early without a deal | 2019-02-28 | - | The Harbor Ledger | HANOI | MNA
            copperline-post-vladivostok.html     | Kim and Putin hold first summit in Vladivostok | 2019-04-25 | Nadia Kerrigan | The Copperline Post | VLADIVOSTOK | -
            https://pacificwiredaily.example/asia/2019/02/28/hanoi-summit-collapses | Hanoi summit collapses without agreement | 2019-02-28T18:20 | - | Pacific Wire Daily | HANOI | MNA
            https://wrenmouthobserver.example/2019/06/21/xi-pyongyang-visit/ | Xi ends first visit to Pyongyang by a Chinese leader in 14 years | 2019-06-21 | Lucia Brennan | Wrenmouth Observer | PYONGYANG | -
            https://kestrelmonitor.example/northeast-asia/trump-kim-dmz-meeting | Trump steps into North Korea in impromptu meeting with Kim at the DMZ | 2019-06-30T19:10 | Ahn Ji-woo | Kestrel Asia Monitor | PANMUNJOM | -
            """)
    void metadataIsWhatAReaderOfThePageSees(String page, String title, String published, String authors,
                                            String publisher, String dateline, String wire) {
        Article a = article(page);
        assertEquals(Optional.of(title), a.title(), page + " title");
        assertEquals(Optional.ofNullable(published), a.published(), page + " published");
        assertEquals(authors == null ? List.of() : List.of(authors.split(";")), a.authors(), page + " authors");
        assertEquals(Optional.of(publisher), a.publisher(), page + " publisher");
        assertEquals(Optional.ofNullable(dateline), a.dateline(), page + " dateline");
        assertEquals(Optional.ofNullable(wire), a.wire(), page + " wire");
    }

    @Test
    void everySampleIsPinned() {
        assertEquals(19, ARTICLES.size(), "docs/samples.md: 19 pages in 17 files; pin any page added: " + ARTICLES.keySet());
    }

    /** Where each body starts and ends: the standfirst or the lead, not a section label, byline or menu. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            harbor-ledger-kim-beijing.html       | North Korea's leader met Xi Jinping | “The question now is what China asked for in return.”
            eastgate-times-panmunjom.html        | PANMUNJOM — South Korean President   | "Only Washington can decide what is on the other side of it."
            eastgate-times-sanctions-warning.html | SEOUL — North Korea warned on Sunday | Choe is as close to Kim as anyone in the system."
            pacific-wire-singapore.txt           | SINGAPORE (Pacific Wire) - US President | about a week later.
            pacific-wire-kim-beijing-january.txt | BEIJING (Pacific Wire) - North Korean leader | in Dalian in May and in Beijing again in June.
            kestrel-kim-beijing-june.txt         | BEIJING - North Korean leader Kim Jong Un arrived | in the port city of Dalian in early May.
            kestrel-moon-pyongyang.txt           | PYONGYANG - North Korean leader Kim Jong Un agreed | before Moon returns to Seoul.
            morgenkompass-singapur-gipfel.html   | Erstmals treffen sich ein amtierender | bleibt jede Zusage ein Versprechen auf Zeit.“
            vigie-continentale-paektu.html       | Au dernier jour de sa visite au Nord | à New York la semaine prochaine.
            harbor-ledger-hanoi-wire.html        | HANOI (MNA) — The second summit     | That is something negotiators can work with," he said.
            https://pacificwiredaily.example/asia/2019/02/28/hanoi-summit-collapses | HANOI (MNA) - The second summit | at the Saltmarsh Institute for International Affairs.
            https://kestrelmonitor.example/northeast-asia/trump-kim-dmz-meeting | PANMUNJOM - Donald Trump became | back on terms he can live with."
            """)
    void bodyRunsFromTheLeadToTheLastParagraph(String page, String start, String end) {
        String body = article(page).body();
        assertTrue(body.startsWith(start.strip()), page + " starts: " + body.substring(0, Math.min(120, body.length())));
        assertTrue(body.endsWith(end.strip()), page + " ends: " + body.substring(Math.max(0, body.length() - 120)));
    }

    /** Captions go to captions, never to the body; bylines and the date line are not body either. */
    @Test
    void captionsBylinesAndDateLinesAreNoBody() {
        for (Map.Entry<String, Article> e : ARTICLES.entrySet()) {
            Article a = e.getValue();
            for (String caption : a.captions()) {
                assertFalse(a.body().contains(caption), e.getKey() + ": caption in the body: " + caption);
            }
            for (String paragraph : a.paragraphs()) {
                assertFalse(paragraph.startsWith("By ") || paragraph.startsWith("Von ") || paragraph.startsWith("Par ")
                        || paragraph.startsWith("Posted"), e.getKey() + ": byline in the body: " + paragraph);
                assertTrue(paragraph.split("\\s+").length >= 4 || paragraph.endsWith("?"),
                        e.getKey() + ": a label in the body: " + paragraph);
            }
        }
        assertEquals(List.of("The two leaders shake hands across the demarcation line. (Eastgate Times photo pool)"),
                article("eastgate-times-panmunjom.html").captions());
    }

    private static Article article(String page) {
        Article a = ARTICLES.get(page.strip());
        if (a == null) {
            fail("no sample page " + page + " among " + ARTICLES.keySet());
        }
        return a;
    }
}
