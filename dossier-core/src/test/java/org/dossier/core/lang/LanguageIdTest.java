package org.dossier.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.testing.TestTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdTest {

    /** Caption-length sentences in 26 languages: none may come out as another language. */
    @ParameterizedTest(name = "article language {0}")
    @ValueSource(strings = {"", "en", "de"})
    void shortSentencesAreRightOrUnanswered(String articleLanguage) throws IOException {
        Optional<String> likely = Optional.of(articleLanguage).filter(l -> !l.isEmpty());
        List<String> wrong = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        int n = 0;
        try (InputStream in = getClass().getResourceAsStream("short-sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                n++;
                Optional<String> got = LanguageId.detect(f[1], likely);
                if (got.isEmpty()) {
                    unanswered.add(f[0] + ": " + f[1]);
                } else if (!got.get().equals(f[0])) {
                    wrong.add(f[0] + " as " + got.get() + ": " + f[1]);
                }
            }
        }
        System.out.printf("short sentences (article language %s): %d, right %d, unanswered %d, wrong %d%n",
                likely.orElse("unknown"), n,
                n - wrong.size() - unanswered.size(), unanswered.size(), wrong.size());
        unanswered.forEach(s -> System.out.println("  unanswered " + s));
        wrong.forEach(s -> System.out.println("  wrong " + s));
        assertEquals(List.of(), wrong);
        assertTrue(unanswered.size() * 20 <= n, "more than 5% unanswered: " + unanswered);
    }

    @Test
    void everyTestParagraphIsRecognised() {
        TestTexts.paragraphs().forEach((lang, text) ->
                assertEquals(Optional.of(lang.equals("zh-Hant") ? "zh" : lang), LanguageId.detect(text), lang));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ko|김 위원장은 회담 뒤 기자들에게 \"좋은 결과\"라고 말했다 (AP Photo/Lee Jin-man)",
        "ja|トランプ大統領と握手する金正恩委員長（ロイター）",
        "zh|习近平主席与来访的外国领导人举行会谈",
        "th|ภาพจากรอยเตอร์ส ผู้นำทั้งสองจับมือกัน",
        "el|Φωτογραφία: Reuters. Οι δύο ηγέτες στο Πεκίνο",
        "he|שני המנהיגים בפגישה בבייג'ינג",
        "vi|Chủ tịch nước tiếp Đại sứ Hàn Quốc tại Hà Nội. Ảnh: TTXVN",
        "ru|Лидеры двух стран во время встречи в Москве",
        "uk|Лідери двох країн під час зустрічі в Києві",
        "zh|新华社记者摄",
        "ko|연합뉴스 제공",
    })
    void scriptOrLettersDecideShortCaptions(String lang, String caption) {
        assertEquals(Optional.of(lang), LanguageId.detect(caption));
    }

    @Test
    void vietnameseCaptionInAnEnglishArticleIsVietnamese() {
        String caption = "Nhà lãnh đạo hai nước vẫy tay chào trước khi rời thủ đô. Ảnh: Thông tấn xã";
        assertEquals(Optional.of("vi"), LanguageId.detect(caption, Optional.of("en")));
        String decomposed = Normalizer.normalize(caption, Normalizer.Form.NFD);
        assertEquals(Optional.of("vi"), LanguageId.detect(decomposed, Optional.of("en")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The two leaders wave before leaving the capital. Photo: Xinhua",
        "President Moon Jae-in and Kim Jong Un embrace at the border village of Panmunjom",
        "Delegates from Pyongyang and Seoul sit down for talks at the truce village",
    })
    void englishCaptionsInAnEnglishArticleStayEnglish(String caption) {
        assertEquals(Optional.of("en"), LanguageId.detect(caption, Optional.of("en")));
    }

    /** Names and places alone say little; the article's language carries them, nothing else does. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Ri Yong Ho meets Sergei Lavrov in Moscow on Monday",
        "Xi Jinping and Kim Jong Un in Dalian, Liaoning province",
        "Photo: Yonhap / Kim Hong-ji / Reuters",
    })
    void namesFollowTheArticleAndAreNeverForeignOnTheirOwn(String caption) {
        assertEquals(Optional.of("en"), LanguageId.detect(caption, Optional.of("en")));
        Optional<String> alone = LanguageId.detect(caption);
        assertTrue(alone.isEmpty() || alone.get().equals("en"), alone.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "xkq zrv bmt plw qqq zzt vvk",
        "IMG_2043.JPG 1.2 MB 1920x1080 px",
        "12/03/2019 14:22 GMT+7 | 4,512 views",
        "Kim Jong Un",
        "新华社",
        "#### ---- **** ____ !!!! ????",
        "",
    })
    void junkAndTooLittleTextGetNoAnswer(String text) {
        assertEquals(Optional.empty(), LanguageId.detect(text));
    }

    @Test
    void answersAreCurrentIsoCodes() {
        // java.util.Locale still maps Indonesian to the withdrawn code "in".
        assertEquals(Optional.of("id"), LanguageId.detect(
                "Pemerintah daerah mengumumkan bahwa jembatan baru akan dibuka untuk umum pada akhir bulan depan."));
    }

    @Test
    void latinTextNeverComesOutInAnotherScriptsLanguage() {
        // Transliterated Russian is Latin text: the model may not answer a Cyrillic-script language for it.
        Optional<String> got = LanguageId.detect("Vladimir Putin vstretilsya s delegatsiey v Kremle v ponedelnik utrom");
        assertTrue(got.isEmpty() || !got.get().equals("ru"), got.toString());
    }
}
