package org.dossier.core.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.extract.Extractor;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.model.Article;
import org.dossier.core.model.ForeignText;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism of the capture extractor on captures written for these tests (fictional outlets
 * and events).
 */
class CaptureExtractorTest {
    private static final SourceRef REF = SourceRef.ofFile(Optional.of("test.txt"), "0".repeat(64), SourceFormat.TEXT);

    private static Article capture(String text) {
        return CaptureExtractor.extract(text, REF, ExtractorConfig.defaults());
    }

    private static Article viaFacade(String text) throws ExtractionException {
        return Extractor.withDefaults().extract(Source.ofText(text, Optional.of("test.txt"), SourceFormat.TEXT));
    }

    static final String FERRY = """
            Harbour Ledger
            Home
            World
            Business
            Sport
            Culture
            Subscribe

            Ferry strike halts crossings between the two island towns

            By Maria Keller
            March 3, 2021

            Dock workers on both islands walked off the job on Tuesday morning, leaving hundreds of commuters stranded at the terminals and forcing the regional council to call an emergency session.

            The union said the strike would last until the operator agreed to restore the night shift, which was cut in January to save money. Managers said they were willing to talk but could not promise a return to the old timetable.

            Passengers wait at the northern pier at dawn as the first departure is cancelled
            Photo: Tom Reyes
            Council Approves New Harbour Budget After Long Debate

            READ MORE: Island Schools Close Early As Storm Approaches

            "We have families on both sides of the water and no other way to reach them," said a nurse who crosses every day. She said she would stay with a colleague in town until the boats run again.

            Talks resume on Thursday

            The council's transport committee will meet again on Thursday. Its chair told reporters that a temporary bus and boat link could be arranged within a week if the talks fail.

            Related stories
            Bridge Plan Returns To The Agenda
            Lighthouse Keeper Retires After Forty Years
            New Ferry Timetable Announced For Summer

            Share on Facebook
            Share on Twitter
            Share by e-mail

            Rules for comments: be polite, stay on the subject of the article, and do not post the personal data of other readers, or your comments will be removed by the moderators.
            © 2021 Harbour Ledger Media. All rights reserved.
            """;

    @Test
    void bodyIsTheArticleParagraphsWithoutMenusTeasersCaptionsAndFooters() {
        Article a = capture(FERRY);
        List<String> paragraphs = a.paragraphs();
        assertEquals(5, paragraphs.size(), a.body());
        assertTrue(paragraphs.get(0).startsWith("Dock workers on both islands"));
        assertTrue(paragraphs.get(2).startsWith("\"We have families"));
        assertEquals("Talks resume on Thursday", paragraphs.get(3), "a subheading between paragraphs stays");
        assertTrue(paragraphs.get(4).startsWith("The council's transport committee"));
        for (String junk : List.of("Home", "READ MORE", "Council Approves", "Photo:", "Passengers wait",
                "Related stories", "Bridge Plan", "Share on", "Rules for comments", "©", "By Maria")) {
            assertFalse(a.body().contains(junk), junk);
        }
    }

    @Test
    void headlineBylineDateCaptionAndPublisherAreRead() {
        Article a = capture(FERRY);
        assertEquals(Optional.of("Ferry strike halts crossings between the two island towns"), a.title());
        assertEquals(List.of("Maria Keller"), a.authors());
        assertEquals(Optional.of("2021-03-03"), a.published());
        assertEquals(List.of("Passengers wait at the northern pier at dawn as the first departure is cancelled"),
                a.captions());
        // The masthead names the paper; the copyright notice, its owner ("Harbour Ledger Media").
        assertEquals(Optional.of("Harbour Ledger"), a.publisher());
    }

    @Test
    void germanPageWithVonBylineAndGermanDate() throws ExtractionException {
        String page = """
                Stadtanzeiger Nord
                Startseite
                Politik
                Wirtschaft
                Sport

                Neue Brücke über die Elbe soll bis 2026 fertig sein

                Von Anna Schmidt
                12. März 2019

                Die Landesregierung hat am Dienstag den Bau einer zweiten Brücke über die Elbe beschlossen. Nach Angaben des Ministeriums sollen die Arbeiten im kommenden Frühjahr beginnen und rund drei Jahre dauern.

                Die Kosten werden auf etwa 180 Millionen Euro geschätzt. Ein großer Teil davon soll aus Mitteln des Bundes kommen, wie ein Sprecher des Ministeriums auf Nachfrage erklärte.

                Anwohner auf beiden Seiten des Flusses hatten sich seit Jahren für eine neue Verbindung eingesetzt, weil die alte Brücke im Berufsverkehr regelmäßig überlastet ist.

                Kommentare
                Teilen
                Drucken
                """;
        Article a = viaFacade(page);
        assertEquals(Optional.of("de"), a.language());
        assertEquals(Optional.of("Neue Brücke über die Elbe soll bis 2026 fertig sein"), a.title());
        assertEquals(List.of("Anna Schmidt"), a.authors());
        assertEquals(Optional.of("2019-03-12"), a.published());
        assertEquals(3, a.paragraphs().size(), a.body());
        assertFalse(a.body().contains("Von Anna"));
    }

    @Test
    void aClockHeaderIsNotThePublicationDate() {
        String page = """
                Tuesday, 14 May 2024 09:41 GMT+2
                Valley Courier
                News
                Sport
                Weather

                Water levels at the reservoir fall to a ten-year low

                The reservoir that supplies most of the valley held less water this week than at any time since the drought of 2014, according to figures released by the water board on Monday.

                Engineers said the dry winter and an early heat wave were to blame, and they asked households to avoid watering their gardens during the hottest hours of the day.

                The board will decide next month whether to limit the use of hoses and to close the public fountains in the old town until the autumn rains arrive.
                """;
        Article a = capture(page);
        assertEquals(Optional.empty(), a.published(), "the header shows when the page was viewed");
        assertTrue(a.publishedEstimate().isPresent());
        assertEquals("2014", a.publishedEstimate().get().value());
        assertTrue(a.publishedEstimate().get().basis().contains("body"));
        assertEquals(Optional.of("Water levels at the reservoir fall to a ten-year low"), a.title());
        assertEquals(3, a.paragraphs().size(), a.body());
    }

    @Test
    void aLabelledDateAboveTheHeadlineCounts() {
        String page = """
                Published: 2 June 2022
                Home
                Local

                Library reopens after two years of repairs

                The town library opened its doors again on Saturday after a renovation that took two years and cost far more than the council had planned.

                Readers queued outside before nine o'clock, and the staff handed out coffee to everyone who brought back a book borrowed before the closure.
                """;
        assertEquals(Optional.of("2022-06-02"), capture(page).published());
    }

    @Test
    void bilingualCaptionPairIsTwoCaptionsAndTheForeignOneIsRecognised() throws ExtractionException {
        String page = """
                Coastal News

                Fishing season opens along the central coast

                Hundreds of boats left the harbour before sunrise on Monday as the fishing season opened along the central coast, where the catch supports most of the families in the villages.

                Ngư dân kéo lưới trên bãi biển Cửa Lò vào sáng sớm thứ Hai khi mùa cá bắt đầu ở Nghệ An.
                Fishermen pull their nets on the beach of Cửa Lò early on Monday as the season begins in Nghệ An.

                Local officials said the weather had been kind this year and that prices at the market were likely to stay stable for the first weeks of the season.

                Traders from the city arrived in the afternoon to buy the first catch, and several restaurants along the beach stayed open late into the night.
                """;
        Article captured = capture(page);
        assertEquals(2, captured.captions().size(), captured.captions().toString());
        assertFalse(captured.body().contains("Ngư dân"));
        assertFalse(captured.body().contains("Fishermen pull"));
        assertEquals(3, captured.paragraphs().size(), captured.body());

        Article a = viaFacade(page);
        assertEquals(List.of("Fishermen pull their nets on the beach of Cửa Lò early on Monday as the season "
                + "begins in Nghệ An."), a.captions());
        assertEquals(1, a.foreignCaptions().size());
        ForeignText vi = a.foreignCaptions().get(0);
        assertEquals("vi", vi.language());
        assertTrue(vi.text().startsWith("Ngư dân"));
    }

    @Test
    void aCaptionPrintedTwiceIsOneCaptionAndNotBody() {
        String page = """
                Mountain pass reopens after landslide

                • Facebook share button
                • Twitter share button
                Workers clear rocks from the road below the pass on Friday, two days after the slope gave way.
                Workers clear rocks from the road below the pass on Friday, two days after the slope gave way.

                By Lee Soo-jin

                The road over the mountain pass reopened to traffic on Sunday evening, two days after a landslide buried a section of it under rocks and mud.

                Engineers worked through the night to stabilise the slope, and the police said trucks would be allowed through only in daylight for the next week.

                Villagers on the far side of the pass had been cut off from the nearest hospital and relied on a helicopter for emergencies.

                Lee Soo-jin sjlee@valleycourier.co.kr
                """;
        Article a = capture(page);
        assertEquals(List.of("Workers clear rocks from the road below the pass on Friday, two days after the slope "
                + "gave way."), a.captions());
        assertFalse(a.body().contains("Workers clear rocks"));
        assertEquals(List.of("Lee Soo-jin"), a.authors());
        assertEquals(Optional.of("The Valley Courier"), a.publisher(), "from the signature's e-mail domain");
        assertFalse(a.body().contains("@"));
        assertEquals(3, a.paragraphs().size(), a.body());
        assertEquals(Optional.empty(), a.published());
    }

    @Test
    void theNoteAboutTheAuthorAfterTheArticleIsNotBody() {
        String page = """
                Council delays vote on the new bus lanes

                By Jane Doe

                The city council put off its vote on new bus lanes along the river road on Tuesday, after shop owners asked for more time to study the plan.

                Supporters of the lanes said the delay would push the work into next year, when the road is already due to be closed for repairs to the water mains.

                The council will take the matter up again at its meeting in March, the mayor's office said in a statement after the session.

                Jane Doe is a reporter who covers the city council and transport for the Courier. She joined the paper in 2015 after ten years at a regional radio station.
                """;
        Article a = capture(page);
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals(3, a.paragraphs().size(), a.body());
        assertFalse(a.body().contains("is a reporter"));
    }

    @Test
    void authorAndDateOnOneLine() {
        String page = """
                Rice exports rise for the third month in a row

                Tran Minh Duc March 29, 2021 08:15

                Rice exports rose again in March, the third monthly increase in a row, as buyers in the region stocked up ahead of the rainy season, the trade ministry said.

                Prices for the most common grades climbed by about five percent, and traders expect demand to stay strong until the summer harvest comes in.
                """;
        Article a = capture(page);
        assertEquals(List.of("Tran Minh Duc"), a.authors());
        assertEquals(Optional.of("2021-03-29T08:15"), a.published());
        assertFalse(a.body().contains("Tran Minh Duc"));
    }

    @Test
    void aCommentThreadAfterTheArticleIsNotBody() {
        String page = """
                City plans to plant ten thousand trees

                The city will plant ten thousand trees along its main roads over the next five years, the mayor announced on Wednesday, in an effort to cool the streets in summer.

                The first trees will go into the ground this autumn in the eastern districts, where there is the least shade and where temperatures in July often pass forty degrees.

                The programme will be paid for by a national climate fund and by a small increase in parking fees in the city centre.

                3 comments
                sunnyday42
                2 hours ago
                I think the council should have done this years ago, the streets in my district are unbearable in July.
                Reply
                riverwatch
                3 hours ago
                Who is going to water all these trees when the summer is as dry as the last one was?
                Reply
                oldtown_anna
                5 hours ago
                Finally some good news from the town hall, although I will believe it when I see the first tree planted.
                Reply
                """;
        Article a = capture(page);
        assertEquals(3, a.paragraphs().size(), a.body());
        assertFalse(a.body().contains("council should have"));
        assertFalse(a.body().contains("Reply"));
    }

    @Test
    void theTitleLineOfACaptureGivesHeadlineAndSiteName() {
        String page = """
                Orchard growers count losses after late frost | The Valley Courier
                Home
                Farming
                Weather

                Orchard growers count losses after late frost

                A late frost in the last week of April destroyed much of the blossom in the valley's orchards, and growers now expect the smallest apple harvest in a decade.

                Some farmers lit fires between the rows through the night to protect the trees, but the temperature fell too low for the fires to make much difference.
                """;
        Article a = capture(page);
        assertEquals(Optional.of("Orchard growers count losses after late frost"), a.title());
        assertEquals(Optional.of("The Valley Courier"), a.publisher());
        assertEquals(2, a.paragraphs().size(), a.body());
    }

    @Test
    void leadParagraphDatelineFillsWireOrPublisherThroughTheFacade() throws ExtractionException {
        String wire = """
                Port workers vote to end two-week strike

                LISBON, June 4 (Reuters) - Dock workers at the country's largest port voted on Friday to end a two-week strike that had left hundreds of containers stranded on the quays.

                The union said its members had accepted a new pay offer that raises wages by four percent this year and by three percent next year.
                """;
        Article a = viaFacade(wire);
        assertEquals(Optional.of("LISBON"), a.dateline());
        assertEquals(Optional.of("Reuters"), a.wire());
        assertEquals(Optional.of("Reuters"), a.publisher(), "no other outlet named: the agency's own page");

        String own = """
                Night market returns to the old quarter

                HANOI (Capital Weekly), Le Thu Ha - The night market in the old quarter reopened on Saturday after a three-month pause, drawing thousands of visitors to its stalls.

                Vendors said sales on the first evening were better than before the pause, and the district plans to extend the market to two more streets.
                """;
        Article b = viaFacade(own);
        assertEquals(Optional.of("HANOI"), b.dateline());
        assertEquals(Optional.of("Capital Weekly"), b.publisher());
        assertEquals(Optional.empty(), b.wire());
        assertEquals(List.of("Le Thu Ha"), b.authors());
        assertTrue(b.body().startsWith("HANOI (Capital Weekly), Le Thu Ha - "), "the lead paragraph stays in the body");
    }

    static final String FLOOD_BARRIER = """
            THE BRACKWATER ECHO
            Menu
            Home | Region | Business | Sport
            Sign in

            Region

            Town council approves new flood barrier for the old harbour

            4 Feb 2022 | Posted by Ines Sample and Oscar J. Example | 3 min read

            [Share] [Post] [Copy link]

            SALTHAVEN - The town council voted on Tuesday to build a flood barrier across the mouth of the old harbour, ending two years of debate over how to protect the low streets behind the quay.

            The barrier will cost about 40 million and is due to be finished before the winter storms of 2024, the council said. Fishermen had argued that a fixed wall would block their boats, so the design includes a gate that opens at high tide.

            Workers inspect the harbour wall after the January storm. (Photo: Brackwater Echo / Lena Roe)

            Residents of the lower town said they had waited long enough. "Every winter we move the furniture upstairs and hope," said one shopkeeper on Quay Street.

            The council will ask for tenders in the spring and expects work on the barrier to begin in the summer.

            MORE FROM THE REGION
            Ferry timetable changes for the summer season
            Why are house prices in the lower town falling?
            New school opens on the hill above the harbour

            Comments (4)
            Please keep comments civil and on the subject of the article. Comments that contain links or insult other readers will be removed by our moderators without notice.

            Newsletter: the week in the region, every Friday morning, straight to your inbox.

            The Brackwater Echo is an independent newspaper. About | Contact | Privacy
            Copyright 2022 Brackwater Media Group. All rights reserved.
            """;

    /**
     * The headline is the line above the body that speaks of the lead, not the nearer row of share
     * buttons; a byline row longer than a byline; the masthead's name rather than its owner's; a
     * list of other stories ends the body even when its headlines are in sentence case.
     */
    @Test
    void headlineIsAboutTheLeadAndTheListOfOtherStoriesEndsTheBody() throws ExtractionException {
        Article a = viaFacade(FLOOD_BARRIER);
        assertEquals(Optional.of("Town council approves new flood barrier for the old harbour"), a.title());
        assertEquals(List.of("Ines Sample", "Oscar J. Example"), a.authors());
        assertEquals(Optional.of("2022-02-04"), a.published());
        assertEquals(Optional.of("The Brackwater Echo"), a.publisher());
        assertEquals(Optional.of("SALTHAVEN"), a.dateline());
        assertEquals(Optional.empty(), a.wire());
        assertTrue(a.body().startsWith("SALTHAVEN - The town council"), a.body());
        assertTrue(a.body().endsWith("to begin in the summer."), a.body());
        assertFalse(a.body().contains("house prices") || a.body().contains("comments civil"), a.body());
        assertEquals(List.of("Workers inspect the harbour wall after the January storm. (Photo: Brackwater Echo / Lena Roe)"),
                a.captions());

        // A share row written as words ("Share Tweet Email Print") is no headline either.
        Article words = capture(FLOOD_BARRIER.replace("[Share] [Post] [Copy link]", "Share Tweet Email Print A+ A-"));
        assertEquals(Optional.of("Town council approves new flood barrier for the old harbour"), words.title());
        // Without a masthead line that agrees with it, the copyright holder is the publisher.
        Article owner = capture(FLOOD_BARRIER.replace("THE BRACKWATER ECHO", "Skip to main content"));
        assertEquals(Optional.of("Brackwater Media Group"), owner.publisher());
    }

    @Test
    void aCreditOfNameAndOutletUnderTheHeadlineIsTheByline() {
        Article a = capture(FLOOD_BARRIER.replace("4 Feb 2022 | Posted by Ines Sample and Oscar J. Example | 3 min read",
                "Ines Sample, Brackwater Daily\nPosted: 4 February 2022, 08:10"));
        assertEquals(List.of("Ines Sample"), a.authors());
        assertEquals(Optional.of("2022-02-04T08:10"), a.published());
        // Glued under a caption, the same credit is a photographer's.
        Article photo = capture(FLOOD_BARRIER.replace("4 Feb 2022 | Posted by Ines Sample and Oscar J. Example | 3 min read",
                "Harbour wall at dawn\nLena Roe, Brackwater Daily"));
        assertEquals(List.of(), photo.authors());
    }

    @Test
    void japaneseProseIsFoundWithoutSpaces() {
        String page = """
                ホーム
                ニュース
                お問い合わせ

                新しい図書館が駅前に開館

                市は土曜日、駅前に新しい図書館を開館した。館内には約十万冊の本が並び、初日から多くの市民が訪れた。

                館長は「子どもから高齢者まで、誰もが気軽に立ち寄れる場所にしたい」と話した。開館時間は午前九時から午後八時までとなっている。

                関連記事
                駅前の再開発が完了
                """;
        Article a = capture(page);
        assertEquals(2, a.paragraphs().size(), a.body());
        assertTrue(a.body().startsWith("市は土曜日"));
    }

    @Test
    void emptyAndMenuOnlyCapturesHaveNoBody() {
        assertEquals("", capture("").body());
        assertEquals("", capture("\n\n   \n").body());
        assertEquals("", capture("Home\nNews\nSport\nWeather\nContact us\nAbout us\n© 2024 Example").body());
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> viaFacade("Home\nNews\nSport\nWeather\nContact us\n"));
        assertEquals("no article text found", e.reason());
    }

    @Test
    void oneHugeLineOfProseIsTheBody() {
        String sentence = "The committee met again on Monday and agreed to publish its findings in the spring. ";
        String huge = sentence.repeat(20_000);
        Article a = capture("Menu\nHome\n\n" + huge + "\n\nContact\n");
        assertEquals(1, a.paragraphs().size());
        assertEquals(huge.strip(), a.body());
    }

    @Test
    void aLineWithoutSpacesIsNotProse() {
        assertEquals("", capture("x".repeat(200_000)).body());
    }
}
