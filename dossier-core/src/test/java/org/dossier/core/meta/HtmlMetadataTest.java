package org.dossier.core.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Pages written for these tests, one per mechanism, in the languages news sites use. */
class HtmlMetadataTest {
    private static PageMetadata read(String html, String url) {
        return HtmlMetadata.read(Jsoup.parse(html, url == null ? "" : url), Optional.ofNullable(url));
    }

    private static Optional<String> some(String s) {
        return Optional.of(s);
    }

    @Test
    void readsJsonLdGraphWithReferencesAndAuthorArrays() {
        String html = """
                <html lang="en"><head>
                <title>Harbour bridge to close for repairs | The Example Gazette</title>
                <meta property="og:title" content="Harbour bridge to close for repairs | The Example Gazette">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://gazette.example/#website","name":"The Example Gazette"},
                  {"@type":"NewsMediaOrganization","@id":"https://gazette.example/#org","name":"The Example Gazette"},
                  {"@type":"Person","@id":"https://gazette.example/#/person/1","name":"Jane Roe"},
                  {"@type":["NewsArticle"],"headline":"Harbour bridge to close for repairs",
                   "author":[{"@id":"https://gazette.example/#/person/1"},{"@type":"Person","name":"John Poe"}],
                   "publisher":{"@id":"https://gazette.example/#org"},
                   "datePublished":"2019-03-12T18:40:00-05:00","dateModified":"2019-03-14T09:00:00-05:00",}
                ]}
                </script></head><body>
                <header><div class="logo">The Example Gazette</div></header>
                <article><h1>Harbour bridge to close for repairs</h1>
                <p>The bridge will close for six weeks, the city said on Tuesday, as crews replace its deck.</p>
                </article><footer>© 2019 The Example Gazette</footer></body></html>""";
        PageMetadata m = read(html, "https://gazette.example/news/harbour-bridge");
        assertEquals(some("Harbour bridge to close for repairs"), m.title());
        assertEquals(List.of("Jane Roe", "John Poe"), m.authors());
        assertEquals(some("The Example Gazette"), m.publisher());
        assertEquals(some("2019-03-12T18:40"), m.published());
        assertEquals(some("en"), m.language());
        assertEquals(Optional.empty(), m.wire());
    }

    @Test
    void rejectsOrganisationsAndDesksAsAuthors() {
        String html = """
                <html lang="en"><head><title>Rates held steady - Example News</title>
                <meta property="og:site_name" content="Example News">
                <meta name="author" content="Example News Staff">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rates held steady",
                  "author":{"@type":"Organization","name":"Example News"},"datePublished":"2020-01-08"}</script>
                </head><body><h1>Rates held steady</h1><div class="byline">By Staff Reports</div>
                <p>The central bank kept its main rate unchanged for a fourth meeting in a row on Wednesday.</p>
                </body></html>""";
        PageMetadata m = read(html, "https://news.example.com/rates");
        assertEquals(List.of(), m.authors());
        assertEquals(some("Example News"), m.publisher());
        assertEquals(some("2020-01-08"), m.published());
    }

    @Test
    void cleansAuthorStringsOfHandlesMailAndProfileLinks() {
        String html = """
                <html lang="en"><head><title>Storm closes schools</title>
                <script type="application/ld+json">[{"@type":"WebPage","name":"Storm closes schools"},
                  {"@type":"Article","headline":"Storm closes schools","author":"By SAM ORTIZ, Weather Writer",
                   "datePublished":"2021-02-03T07:15:00+01:00"}]</script></head><body>
                <h1>Storm closes schools</h1>
                <div class="author-box"><a rel="author" href="/author/sortiz">Sam Ortiz</a> @samortiz sam@example.org
                <a href="/author/sortiz">View all posts by Sam Ortiz</a></div>
                <p>Schools across the region stayed shut on Wednesday as snow and ice made roads unsafe for buses.</p>
                </body></html>""";
        PageMetadata m = read(html, "https://example.org/storm");
        assertEquals(List.of("Sam Ortiz"), m.authors());
        assertEquals(some("2021-02-03T07:15"), m.published());
    }

    @Test
    void stripsTheSiteNameFromTitleTagsAndSkipsLogoHeadings() {
        String html = """
                <html lang="es"><head><title>Nuevo horario de trenes en verano | Sección | Diario Ejemplo</title>
                <meta property="og:site_name" content="Diario Ejemplo"></head><body>
                <h1><a href="/"><img src="logo.png" alt="">Diario Ejemplo</a></h1>
                <div class="headline">Nuevo horario de trenes en verano</div>
                <p class="firma">Por María López</p><p>Madrid, 29/03/2018 - 11:22</p>
                <p>Los trenes de cercanías cambiarán de horario a partir del lunes, según informó la compañía.</p>
                </body></html>""";
        PageMetadata m = read(html, null);
        assertEquals(some("Nuevo horario de trenes en verano"), m.title());
        assertEquals(List.of("María López"), m.authors());
        assertEquals(some("2018-03-29T11:22"), m.published());
        assertEquals(some("Diario Ejemplo"), m.publisher());
    }

    @Test
    void prefersTheShownHeadlineToTheSeoTitle() {
        String html = """
                <html lang="en"><head><title>Council budget 2020: what changes for residents - Example Post</title>
                <meta property="og:title" content="Council agrees budget after long night">
                <script type="application/ld+json">{"@type":"NewsArticle",
                  "headline":"Council budget 2020: what changes for residents","datePublished":"2020-02-01"}</script>
                </head><body><h1>Council agrees budget after long night</h1>
                <p>After nine hours of debate the council agreed its budget shortly after two in the morning.</p>
                </body></html>""";
        assertEquals(some("Council agrees budget after long night"), read(html, null).title());
    }

    @Test
    void readsGermanBylineAndDateUnderTheHeadline() {
        String html = """
                <html lang="de"><head><title>Neue Radwege für die Innenstadt - Beispiel Zeitung</title>
                <meta property="og:site_name" content="Beispiel Zeitung"></head><body>
                <h1>Neue Radwege für die Innenstadt</h1>
                <div class="meta">Von Anna Schmidt und Max Weber | 12. März 2019, 14:05 Uhr</div>
                <p>Die Stadt will bis zum Sommer drei neue Radwege bauen, wie der Bürgermeister am Dienstag sagte.</p>
                </body></html>""";
        PageMetadata m = read(html, "https://www.beispiel-zeitung.de/lokal/radwege-123.html");
        assertEquals(some("Neue Radwege für die Innenstadt"), m.title());
        assertEquals(List.of("Anna Schmidt", "Max Weber"), m.authors());
        assertEquals(some("2019-03-12T14:05"), m.published());
        assertEquals(some("de"), m.language());
    }

    @Test
    void takesThePublicationNotTheUpdateInFrench() {
        String html = """
                <html lang="fr"><head><title>Le marché couvert rouvre ses portes</title></head><body>
                <h1>Le marché couvert rouvre ses portes</h1>
                <p class="auteur">Par Jeanne Dupont</p>
                <p>Mis à jour le 14/03/2019 à 09h00</p><p>Publié le 12/03/2019 à 15h30</p>
                <p>Après deux ans de travaux, les commerçants retrouvent leurs étals sous la grande halle du centre.</p>
                </body></html>""";
        PageMetadata m = read(html, null);
        assertEquals(List.of("Jeanne Dupont"), m.authors());
        assertEquals(some("2019-03-12T15:30"), m.published());
    }

    @Test
    void readsItalianDutchPortugueseAndRussianBylines() {
        assertEquals(List.of("Marco Rossi"), bylineOf("it", "Di Marco Rossi", "2 agosto 2017").authors());
        assertEquals(some("2017-08-02"), bylineOf("it", "Di Marco Rossi", "2 agosto 2017").published());
        assertEquals(List.of("Jan de Vries"), bylineOf("nl", "Door Jan de Vries", "7 mei 2021 14:05").authors());
        assertEquals(some("2021-05-07T14:05"), bylineOf("nl", "Door Jan de Vries", "7 mei 2021 14:05").published());
        PageMetadata pt = bylineOf("pt", "05/10/2018 - Publicado por: Ana Souza - Categoria: Saúde", "");
        assertEquals(List.of("Ana Souza"), pt.authors());
        assertEquals(some("2018-10-05"), pt.published());
        PageMetadata ru = bylineOf("ru", "Текст: Мария Иванова · 24 сентября 2018", "");
        assertEquals(List.of("Мария Иванова"), ru.authors());
        assertEquals(some("2018-09-24"), ru.published());
    }

    private static PageMetadata bylineOf(String lang, String byline, String dateLine) {
        String html = "<html lang=\"" + lang + "\"><head><title>Un titolo di prova per la pagina</title></head><body>"
                + "<h1>Un titolo di prova per la pagina</h1><div>" + byline + "</div><div>" + dateLine + "</div>"
                + "<p>" + "Testo dell'articolo che continua abbastanza a lungo da sembrare un paragrafo vero. ".repeat(5)
                + "</p></body></html>";
        return read(html, null);
    }

    @Test
    void readsVietnameseDateAndRightAlignedSignature() {
        String html = """
                <html lang="vi"><head><title>Giá xăng giảm lần thứ ba liên tiếp</title></head><body>
                <h1>Giá xăng giảm lần thứ ba liên tiếp</h1>
                <span class="date">Thứ ba, 12/3/2019, 11:22 (GMT+7)</span>
                <p>Giá xăng trong nước giảm từ chiều nay theo quyết định của liên bộ Công Thương và Tài chính.</p>
                <p>Mức giảm được áp dụng từ 15 giờ, các cửa hàng bán lẻ đã điều chỉnh giá niêm yết ngay sau đó.</p>
                <p style="text-align: right;"><strong>Nguyễn Văn An</strong></p>
                </body></html>""";
        PageMetadata m = read(html, null);
        assertEquals(some("2019-03-12T11:22"), m.published());
        assertEquals(List.of("Nguyễn Văn An"), m.authors());
    }

    @Test
    void readsKoreanDateAndReporterCredit() {
        String html = """
                <html lang="ko"><head><title>시내버스 노선 개편안 발표 - 예시일보</title>
                <meta property="og:site_name" content="예시일보"></head><body>
                <div class="article-head"><h3 class="title">시내버스 노선 개편안 발표</h3>
                <div class="info">입력 2019.03.12 15:24 | 수정 2019.03.13 09:00</div></div>
                <p>시는 다음 달부터 시내버스 노선 열두 개를 조정한다고 밝혔다. 출퇴근 시간대 배차 간격도 줄어든다.</p>
                <p>김민수 기자 minsu@example.co.kr</p>
                <footer>Copyright ⓒ 2019 예시일보. 무단전재 및 재배포 금지</footer></body></html>""";
        PageMetadata m = read(html, "http://www.example.co.kr/news/view.php?idx=1234");
        assertEquals(some("시내버스 노선 개편안 발표"), m.title());
        assertEquals(List.of("김민수"), m.authors());
        assertEquals(some("2019-03-12T15:24"), m.published());
        assertEquals(some("예시일보"), m.publisher());
    }

    @Test
    void readsJapaneseAndChinesePagesAndTheirAgencyCredit() {
        String ja = """
                <html lang="ja"><head><title>新しい図書館が開館｜例示新聞</title>
                <meta property="og:site_name" content="例示新聞"></head><body>
                <h1>新しい図書館が開館</h1><p class="date">2019年3月12日 15時24分</p>
                <p>市の新しい図書館が十二日に開館し、朝から多くの市民が訪れた。蔵書は約三十万冊にのぼる。</p>
                </body></html>""";
        PageMetadata j = read(ja, null);
        assertEquals(some("新しい図書館が開館"), j.title());
        assertEquals(some("2019-03-12T15:24"), j.published());
        String zh = """
                <html lang="zh-CN"><head><title>城市地铁新线路开通_示例新闻网</title>
                <meta name="application-name" content="示例新闻网"></head><body>
                <div class="title">城市地铁新线路开通</div><div class="info">2019年3月12日 15:24 来源：新华社</div>
                <p>新线路全长二十公里，共设十五座车站，预计每日客流量将超过十万人次。</p></body></html>""";
        PageMetadata z = read(zh, null);
        assertEquals(some("城市地铁新线路开通"), z.title());
        assertEquals(some("示例新闻网"), z.publisher());
        assertEquals(some("Xinhua"), z.wire());
    }

    @Test
    void readsAgencyDatelinesWithReporterCreditsInKoreanAndChinese() {
        String ko = """
                <html lang="ko"><head><title>한파 주의보 발령</title></head><body><h1>한파 주의보 발령</h1>
                <p>(서울=연합뉴스) 이지은 기자 = 기상청은 내일 아침 기온이 크게 떨어질 것으로 보고 한파 주의보를 내렸다.</p>
                </body></html>""";
        PageMetadata k = read(ko, null);
        assertEquals(List.of("이지은"), k.authors());
        assertEquals(some("Yonhap"), k.wire());
        String zh = """
                <html lang="zh"><head><title>新港口正式启用</title></head><body><h1>新港口正式启用</h1>
                <p>新华社上海3月12日电（记者王小明）新港口十二日正式启用，年吞吐能力可达五百万标准箱。</p>
                </body></html>""";
        PageMetadata z = read(zh, null);
        assertEquals(List.of("王小明"), z.authors());
        assertEquals(some("Xinhua"), z.wire());
    }

    @Test
    void dropsAKickerHeldInTheHeading() {
        String html = """
                <html lang="de"><head><title>Parlament stimmt erneut ab - Beispiel Zeitung</title>
                <meta property="og:title" content="Parlament stimmt erneut ab"></head><body>
                <h1><span class="kicker">Brexit</span> <span>Parlament stimmt erneut ab</span></h1>
                <p>Das Parlament hat am Abend zum dritten Mal über das Abkommen abgestimmt, wieder ohne Mehrheit.</p>
                </body></html>""";
        assertEquals(some("Parlament stimmt erneut ab"), read(html, null).title());
        String h2 = """
                <html lang="de"><head><title>Parlament stimmt erneut ab - Beispiel Zeitung</title>
                <meta property="og:site_name" content="Beispiel Zeitung">
                <meta property="og:title" content="Parlament stimmt erneut ab - Beispiel Zeitung"></head><body>
                <header class="site-header"><a href="/">Beispiel Zeitung</a></header>
                <h2><span class="kicker">Brexit:</span> <span>Parlament stimmt erneut ab</span></h2>
                <p>Das Parlament hat am Abend zum dritten Mal über das Abkommen abgestimmt, wieder ohne Mehrheit.</p>
                </body></html>""";
        assertEquals(some("Parlament stimmt erneut ab"), read(h2, null).title());
    }

    @Test
    void datesFromTheAddressWhenThePageStatesNone() {
        String html = "<html lang=\"en\"><head><title>Market report</title></head><body><h1>Market report for the week</h1>"
                + "<p>" + "Prices rose across the board as traders returned after the holiday weekend. ".repeat(4)
                + "</p><footer>© 2019 Example Markets</footer></body></html>";
        assertEquals(some("2019-03-12"), read(html, "https://markets.example/2019/03/12/market-report/").published());
        assertEquals(some("2019-03"), read(html, "https://markets.example/2019/03/market-report/").published());
        assertEquals(some("2019-11-15"), read(html, "https://markets.example/market-report-20191115/").published());
        assertEquals(Optional.empty(), read(html, "https://markets.example/market-report/").published());
    }

    @Test
    void ignoresCopyrightYearsClocksRelatedStoriesAndPlaceholders() {
        String html = """
                <html lang="en"><head><title>Ferry service resumes</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes",
                  "datePublished":"0001-01-01T00:00:00Z"}</script></head><body>
                <header class="site-header"><span class="clock">Wednesday, March 20, 2019</span></header>
                <nav>Today: March 20, 2019</nav>
                <h1>Ferry service resumes</h1>
                <p>Ferries returned to the island route on Monday after a month of repairs to the main pier.</p>
                <aside><h3>Related</h3><ul><li>Pier repairs begin <span>February 11, 2019</span></li></ul></aside>
                <footer>© 2019 Example Harbour News. Copyright 2008-2019.</footer></body></html>""";
        assertEquals(Optional.empty(), read(html, "https://harbour.example/ferry-service-resumes").published());
    }

    @Test
    void keepsTheMetadataDateOverTheSiteClockAboveTheHeadline() {
        String html = """
                <html lang="en"><head><title>Library extends hours</title>
                <meta property="article:published_time" content="2019-03-19T08:00:00-04:00"></head><body>
                <div class="topbar">Wednesday, March 20, 2019</div>
                <h1>Library extends hours</h1>
                <p>The central library will stay open until nine on weekdays from April, the board decided.</p>
                </body></html>""";
        assertEquals(some("2019-03-19T08:00"), read(html, null).published());
    }

    @Test
    void prefersTheShownLocalDateToAUtcTimestampOfTheNextDay() {
        String html = """
                <html lang="en-US"><head><title>Late goal lifts home side</title>
                <meta property="article:published_time" content="2019-11-20T03:59:46+00:00"></head><body>
                <h1>Late goal lifts home side</h1><div class="byline">By Pat Doe</div>
                <div class="date">Published: November 19, 2019 at 9:59 pm | Updated: November 19, 2019 at 11:16 pm</div>
                <p>A goal in the final minute gave the home side a 2-1 win on Tuesday night in front of a full house.</p>
                </body></html>""";
        PageMetadata m = read(html, "https://sports.example.com/late-goal");
        assertEquals(some("2019-11-19T21:59"), m.published());
        assertEquals(List.of("Pat Doe"), m.authors());
    }

    @Test
    void fallsBackToTheLastChangeOnlyWhenNothingElseIsStated() {
        String html = """
                <html><head><title>Opening hours</title>
                <meta property="article:modified_time" content="2018-06-01T10:00:00+02:00"></head><body>
                <h1>Opening hours of the town hall</h1><p>The town hall is open from nine to five on weekdays.</p>
                </body></html>""";
        assertEquals(some("2018-06-01T10:00"), read(html, null).published());
    }

    @Test
    void creditsNewsAgenciesButNotPhotoCredits() {
        String wire = """
                <html lang="en"><head><title>Senate passes spending bill - Example Daily</title>
                <meta property="og:site_name" content="Example Daily"></head><body>
                <h1>Senate passes spending bill</h1><div class="byline">By JANE ROE Associated Press</div>
                <figure><img src="a.jpg"><figcaption>Senators leave the chamber. (AP Photo/John Doe)</figcaption></figure>
                <p>WASHINGTON (AP) — The Senate passed a spending bill late Thursday, averting a shutdown of the government.</p>
                </body></html>""";
        PageMetadata m = read(wire, null);
        assertEquals(some("AP"), m.wire());
        assertEquals(List.of("Jane Roe"), m.authors());
        assertEquals(some("Example Daily"), m.publisher());
        String photoOnly = """
                <html lang="en"><head><title>Parade draws crowds</title></head><body>
                <h1>Parade draws crowds</h1>
                <figure><img src="b.jpg"><figcaption>Crowds line the avenue. REUTERS/Jane Doe</figcaption></figure>
                <p>Thousands lined the avenue on Saturday for the annual parade, the largest in a decade.</p>
                </body></html>""";
        assertEquals(Optional.empty(), read(photoOnly, null).wire());
    }

    @Test
    void publisherFallsBackToTheTitleSuffixThenTheAddress() {
        String suffix = "<html><head><title>Water main bursts downtown - Riverside Courier</title></head><body>"
                + "<h1>Water main bursts downtown</h1><p>Crews worked through the night to restore water.</p></body></html>";
        assertEquals(some("Riverside Courier"), read(suffix, null).publisher());
        String bare = "<html><head><title>Water main bursts downtown</title></head><body>"
                + "<h1>Water main bursts downtown</h1><p>Crews worked through the night.</p></body></html>";
        assertEquals(some("riverside-courier.example"),
                read(bare, "https://www.riverside-courier.example/water-main").publisher());
    }

    /** An old table layout with no metadata: the site's name only in the title, the byline as plain text. */
    @Test
    void readsASiteNameBeforeTheHeadlineAndABylineOfNameAndOutlet() {
        String html = """
                <html><head><title>Northern Daily Bulletin :: Ferry crews walk out over night shifts</title></head>
                <body><table><tr><td class="top"><img alt="Northern Daily Bulletin" src="/logo.gif">
                <div class="menu"><a href="/">Home</a> | <a href="/news">News</a></div></td></tr>
                <tr><td><h2 class="headline">Ferry crews walk out over night shifts</h2>
                <p class="meta">Ines Sample, Northern Daily Bulletin<br>Posted: 4 March 2021, 07:40</p>
                <p>BERGEN — Ferry crews walked off the job on Thursday over the loss of their night shifts.</p>
                <p>The operator said talks would resume next week, and that a reduced timetable would run meanwhile.</p>
                </td></tr></table></body></html>""";
        PageMetadata m = read(html, null);
        assertEquals(some("Ferry crews walk out over night shifts"), m.title());
        assertEquals(some("Northern Daily Bulletin"), m.publisher());
        assertEquals(List.of("Ines Sample"), m.authors());
        assertEquals(some("2021-03-04T07:40"), m.published());

        // With an address that does not spell it, the part before the headline may be a section.
        PageMetadata section = read(html.replace("Northern Daily Bulletin ::", "Local News ::")
                .replace("Ines Sample, Northern Daily Bulletin", "Ines Sample"), "https://bulletin.example/ferry");
        assertEquals(some("bulletin.example"), section.publisher());
        // "Kicker: Headline" names no site.
        PageMetadata kicker = read(html.replace("Northern Daily Bulletin ::", "Analysis:"), null);
        assertEquals(Optional.empty(), kicker.publisher());
    }

    @Test
    void aCreditOfAPersonAndAnotherPlaceIsNoByline() {
        String html = """
                <html><head><title>Port reopens | Harbour Ledger</title></head><body>
                <h1>Port reopens</h1><p>Ines Sample, Bergen</p>
                <p>The port reopened on Friday after a week of storms kept every ship at anchor outside.</p>
                </body></html>""";
        assertEquals(List.of(), read(html, null).authors());
    }

    @Test
    void readsDeeplyNestedPages() {
        int depth = 20_000;
        String html = "<html><head><title>Deep page headline here</title></head><body>" + "<div>".repeat(depth)
                + "<h1>Deep page headline here</h1><p>By Jane Roe</p><p>March 5, 2019</p>" + "</div>".repeat(depth)
                + "</body></html>";
        PageMetadata m = read(html, null);
        assertEquals(some("Deep page headline here"), m.title());
        assertEquals(List.of("Jane Roe"), m.authors());
        assertEquals(some("2019-03-05"), m.published());
    }

    @Test
    void toleratesBrokenOrHostileMetadata() {
        String html = """
                <html><head><title></title><script type="application/ld+json">{"@type":"NewsArticle",
                "headline": "Unclosed</script><script type="application/ld+json">not json at all</script>
                <meta name="author" content="https://www.facebook.com/someone">
                <meta property="article:published_time" content="yesterday"></head><body></body></html>""";
        PageMetadata m = read(html, null);
        assertEquals(Optional.empty(), m.published());
        assertEquals(List.of(), m.authors());
        assertEquals(PageMetadata.empty(), read("", null));
    }
}
