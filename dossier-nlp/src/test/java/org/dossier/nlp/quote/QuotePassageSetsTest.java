package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The passage sets besides the development set, scored whole. Dev batch 2 ({@code passages-dev-2.txt}) was written
 * for tuning; every later dev batch N ({@code passages-dev-N.txt}) was written as blind set N-1 by someone who never
 * read the rules nor ran them, scored once with the rules frozen, and only then made development data (each test's
 * comment gives that held-out score). Development sets print their misses, and a set fails if it drops below what
 * the rules reach today. The blind set of a round is held out: only its summary is printed.
 */
class QuotePassageSetsTest {

    @Test
    void devBatchTwo() {
        development("passages-dev-2.txt", "dev batch 2", 153);
    }

    @Test
    void devBatchThree() {
        development("passages-dev-3.txt", "dev batch 3 (formerly blind set 2)", 345);
    }

    /**
     * Dev batch 4 ({@code passages-dev-4.txt}): written as blind set 3 by someone who never read the rules nor ran
     * them, and first scored once, untouched, on 2026-11-22 at 274/383 (71.5%), far 93/143; now development data (two
     * gold lines for later paragraphs of one quotation were dropped, as the other sets join such a quotation).
     */
    @Test
    void devBatchFour() {
        development("passages-dev-4.txt", "dev batch 4 (formerly blind set 3)", 352);
    }

    /**
     * Dev batch 5 ({@code passages-dev-5.txt}): written as blind set 4 by someone who never read the rules nor ran
     * them, and first scored once with the rules frozen, on 2026-11-22, at 289/385 (75.1%), far 83/123; now
     * development data.
     */
    @Test
    void devBatchFive() {
        development("passages-dev-5.txt", "dev batch 5 (formerly blind set 4)", 355);
    }

    /**
     * Dev batch 6 ({@code passages-dev-6.txt}): written as blind set 5 by someone who never read the rules nor ran
     * them, and scored once with the rules frozen (after the round tuned on dev batch 5), on 2026-11-22, at 297/402
     * (73.9%), far 98/138 (71.0%); now development data.
     * Its gold gives a resident no title ("-"); the sets from dev batch 9 on give "resident", and since the
     * seventeenth round the rules follow them, which costs this set 2 lines (the floor fell from 373 to 371).
     * Its gold also gives a son no title; the sets from dev batch 20 on give "son", "daughter", "wife" or "widow", and
     * since the twenty-first round the rules follow them, which costs this set 3 lines (374 to 371).
     * Its gold gives a relation to someone, with no office, no title ("Chloe's mother", "the cyclist's brother", "Mr
     * Russo's widow"); most sets from dev batch 20 on, and the latest, give "mother", "widow" or "son" even when the
     * one related to is unnamed ("the victim's mother", "a mother of four"), and since the twenty-sixth round the rules
     * follow them: 6 lines (371 to 365).
     */
    @Test
    void devBatchSix() {
        development("passages-dev-6.txt", "dev batch 6 (formerly blind set 5)", 365);
    }

    /**
     * Dev batch 7 ({@code passages-dev-7.txt}): written as blind set 6 by someone who never read the rules nor ran
     * them, and scored once with the rules frozen (after the round tuned on dev batches 5 and 6), on 2026-11-23, at
     * 335/426 (78.6%), far 114/146 (78.1%); the rules from before that round scored 298/426 (70.0%) on it. Now
     * development data.
     * Its gold gives a resident no title ("-"); the sets from dev batch 9 on give "resident", and since the
     * seventeenth round the rules follow them, which costs this set 2 lines (the floor fell from 398 to 396).
     * Its gold also gives a wife no title; since the twenty-first round the rules give a relation to someone named
     * ("her son", "the driver's sister") as the title, as the sets from dev batch 20 on do: 2 lines (397 to 395).
     * Its gold gives a relation to someone, with no office, no title ("a mother of three in Tripoli", "His eldest
     * daughter"); most sets from dev batch 20 on, and the latest, give "mother", "widow" or "son" even when the one
     * related to is unnamed ("the victim's mother", "a mother of four"), and since the twenty-sixth round the rules
     * follow them: 4 lines (398 to 394).
     */
    @Test
    void devBatchSeven() {
        development("passages-dev-7.txt", "dev batch 7 (formerly blind set 6)", 394);
    }

    /**
     * Dev batch 8 ({@code passages-dev-8.txt}): written as blind set 7 by someone who never read the rules nor ran
     * them, and scored once with the rules frozen (after the round tuned on dev batches 6 and 7), on 2026-11-23, at
     * 303/392 (77.3%), far 117/147 (79.6%); the rules from before that round scored 296/392 (75.5%) on it. Now
     * development data.
     * Its gold gives a resident no title ("-"); the sets from dev batch 9 on give "resident", and since the
     * seventeenth round the rules follow them, which costs this set 4 lines (the floor fell from 368 to 364).
     * Its gold gives a relation to someone, with no office, no title ("His partner"); most sets from dev batch 20 on,
     * and the latest, give "mother", "widow" or "son" even when the one related to is unnamed ("the victim's mother",
     * "a mother of four"), and since the twenty-sixth round the rules follow them: 2 lines (365 to 363).
     */
    @Test
    void devBatchEight() {
        development("passages-dev-8.txt", "dev batch 8 (formerly blind set 7)", 365);
    }

    /**
     * Dev batch 9 ({@code passages-dev-9.txt}): written as blind set 8 by someone who never read the rules nor ran
     * them, and scored once with the rules frozen (after the round tuned on dev batches 7 and 8), on 2026-11-23, at
     * 346/434 (79.7%), far 140/172 (81.4%); the rules from before that round scored 323/434 (74.4%) on it. Now
     * development data.
     * Its gold gives a relation to someone, with no office, no title ("The victim's daughter"); most sets from dev
     * batch 20 on, and the latest, give "mother", "widow" or "son" even when the one related to is unnamed ("the
     * victim's mother", "a mother of four"), and since the twenty-sixth round the rules follow them: 2 lines (412 to
     * 410).
     */
    @Test
    void devBatchNine() {
        development("passages-dev-9.txt", "dev batch 9 (formerly blind set 8)", 415);
    }

    /**
     * Dev batch 10 ({@code passages-dev-10.txt}): written as blind set 9 by someone who never read the rules nor
     * ran them, and scored once with the rules frozen (after the round tuned on dev batches 8 and 9), on 2026-11-23,
     * at 392/449 (87.3%), far 169/187 (90.4%); the rules from before that round scored 390/449 (86.9%) on it. Now
     * development data.
     */
    @Test
    void devBatchTen() {
        development("passages-dev-10.txt", "dev batch 10 (formerly blind set 9)", 433);
    }

    /**
     * Dev batch 11 ({@code passages-dev-11.txt}): written as blind set 10 by someone who never read the rules nor
     * ran them, and scored once with the rules frozen (after the round tuned on dev batches 9 and 10), on 2026-11-23:
     * 374/448 (83.5%), far 163/191 (85.3%). The rules from before that round (with the fix of an endless loop this
     * set revealed) scored 371/448 (82.8%) on it. Now development data, studied in the ninth round.
     */
    @Test
    void devBatchEleven() {
        development("passages-dev-11.txt", "dev batch 11 (formerly blind set 10)", 430);
    }

    /**
     * Dev batch 12 ({@code passages-dev-12.txt}): written as blind set 11 by someone who never read the rules nor
     * ran them, and scored once with the rules frozen (after the ninth round, tuned on dev batches 10 and 11), on
     * 2026-11-23: 417/502 (83.1%), far 160/192 (83.3%). The rules from before that round scored 413/502 (82.3%) on
     * it. Now development data, studied in the tenth round.
     */
    @Test
    void devBatchTwelve() {
        development("passages-dev-12.txt", "dev batch 12 (formerly blind set 11)", 461);
    }

    /**
     * Dev batch 13 ({@code passages-dev-13.txt}): written as blind set 12, in the styles of mainstream wire, broadsheet
     * and broadcaster political news, by someone who never read the rules nor ran them, and scored once with the
     * rules frozen (after the tenth round's first part, tuned on dev batch 12), on 2026-11-23: 392/449 (87.3%), far
     * 135/143 (94.4%). The rules from before that round scored 394/449 (87.8%) on it. Now development data.
     */
    @Test
    void devBatchThirteen() {
        development("passages-dev-13.txt", "dev batch 13 (formerly blind set 12)", 417);
    }

    /**
     * Dev batch 14 ({@code passages-dev-14.txt}): written as blind set 13, in the styles of mainstream wire, broadsheet
     * and broadcaster political news from places blind set 12 did not use, by someone who never read the rules nor ran
     * them, and scored once with the rules frozen (after the tenth round), on 2026-11-23: 376/425 (88.5%), far 123/138
     * (89.1%). The rules from before that round scored 371/425 (87.3%) on it. Now development data, studied in the
     * eleventh round.
     */
    @Test
    void devBatchFourteen() {
        development("passages-dev-14.txt", "dev batch 14 (formerly blind set 13)", 408);
    }

    /**
     * Dev batch 15 ({@code passages-dev-15.txt}): written as blind set 14, in the styles of mainstream wire, broadsheet
     * and broadcaster political news from places and beats blind set 13 did not use, by someone who never read the
     * rules nor ran them, and scored once with the rules frozen (after the eleventh round), on 2026-11-23: 371/458
     * (81.0%), direct 236/293, far 152/186 (81.7%). The rules from before that round scored the same, 371/458. Now
     * development data, studied in the twelfth round.
     * Its gold gives a relation to someone, with no office, no title ("a mother of three in the Salah al-Din
     * neighborhood"); most sets from dev batch 20 on, and the latest, give "mother", "widow" or "son" even when the one
     * related to is unnamed ("the victim's mother", "a mother of four"), and since the twenty-sixth round the rules
     * follow them: 1 line (424 to 423).
     */
    @Test
    void devBatchFifteen() {
        development("passages-dev-15.txt", "dev batch 15 (formerly blind set 14)", 423);
    }

    /**
     * Dev batch 16 ({@code passages-dev-16.txt}): written as blind set 15, in the styles of mainstream wire, broadsheet
     * and broadcaster political news from the places and beats the earlier sets used least, by someone who never read
     * the rules nor ran them, and scored once with the rules frozen (after the twelfth round), on 2026-11-23: 400/456
     * (87.7%), direct 252/286, far 146/157 (93.0%). The rules from before that round scored 399/456. Now development
     * data, studied in the thirteenth round.
     */
    @Test
    void devBatchSixteen() {
        development("passages-dev-16.txt", "dev batch 16 (formerly blind set 15)", 445);
    }

    /**
     * Dev batch 17 ({@code passages-dev-17.txt}): written as blind set 16, in the styles of mainstream wire, broadsheet
     * and broadcaster political news weighted toward the places and beats the recent sets used least, by someone who
     * never read the rules nor ran them, and scored once with the rules frozen (after the thirteenth round), on
     * 2026-11-23: 414/462 (89.6%), direct 268/300, far 140/159 (88.1%). The rules from before that round scored
     * 408/462. Now development data, studied in the fourteenth round.
     */
    @Test
    void devBatchSeventeen() {
        development("passages-dev-17.txt", "dev batch 17 (formerly blind set 16)", 452);
    }

    /**
     * Dev batch 18 ({@code passages-dev-18.txt}): written as blind set 17, in the styles of mainstream wire, broadsheet
     * and broadcaster political news from the places and beats blind set 16 left out, by someone who never read the
     * rules nor ran them, and scored once with the rules frozen (after the fourteenth round), on 2026-11-23: 417/467
     * (89.3%), direct 265/296, far 151/164 (92.1%). The rules from before that round scored 405/467. Now development
     * data, studied in the fifteenth round.
     */
    @Test
    void devBatchEighteen() {
        development("passages-dev-18.txt", "dev batch 18 (formerly blind set 17)", 435);
    }

    /**
     * Dev batch 19 ({@code passages-dev-19.txt}): written as blind set 18, in the styles of mainstream wire, broadsheet,
     * local and broadcaster political news from a broad mix of places, by someone who never read the rules nor ran
     * them, and scored once with the rules frozen (after the first part of the fifteenth round), on 2026-11-23:
     * 400/467 (85.7%), direct 250/287, far 134/160 (83.8%). The rules after the fourteenth round scored 399/467, those
     * before it 385/467. Now development data, studied in the sixteenth round.
     */
    @Test
    void devBatchNineteen() {
        development("passages-dev-19.txt", "dev batch 19 (formerly blind set 18)", 432);
    }

    /**
     * Dev batch 20 ({@code passages-dev-20.txt}): written as blind set 19, in the styles of mainstream wire,
     * broadsheet, local and broadcaster political news, live blogs and transcripts from a broad mix of places, by
     * someone who never read the rules nor ran them, and scored once with the rules frozen after the sixteenth round,
     * on 2026-11-23: 406/470 (86.4%), direct 232/265, far 151/170 (88.8%). The rules before that round scored 403/470.
     * Now development data, studied in the seventeenth round.
     */
    @Test
    void devBatchTwenty() {
        development("passages-dev-20.txt", "dev batch 20 (formerly blind set 19)", 444);
    }

    /**
     * Dev batch 21 ({@code passages-dev-21.txt}): written as blind set 20, in the styles of mainstream wire,
     * broadsheet, local and broadcaster political news, live blogs, transcripts and interviews from a broad mix of
     * places, by someone who never read the rules nor ran them, and scored once with the rules frozen after the
     * seventeenth round, on 2026-11-23: 431/467 (92.3%), direct 246/264, far 147/157 (93.6%). The rules before that
     * round scored 429/467. Now development data, studied in the eighteenth round.
     */
    @Test
    void devBatchTwentyOne() {
        development("passages-dev-21.txt", "dev batch 21 (formerly blind set 20)", 455);
    }

    /**
     * Dev batch 22, formerly blind set 21: scored once with the rules frozen after the eighteenth round, on 2026-11-23,
     * at 414/469 (88.3%), after mending one passage that lacked its "---" line; tuned on from the nineteenth round.
     */
    @Test
    void devBatchTwentyTwo() {
        development("passages-dev-22.txt", "dev batch 22 (formerly blind set 21)", 444);
    }

    /**
     * Dev batch 23, formerly blind set 22: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the nineteenth round, on 2026-11-23, at 412/465 (88.6%), direct 204/239, far 136/157; the
     * rules from before that round scored 410. Tuned on from the twentieth round.
     * Its gold gives a relation to someone, with no office, no title ("a mother of four"); most sets from dev batch 20
     * on, and the latest, give "mother", "widow" or "son" even when the one related to is unnamed ("the victim's
     * mother", "a mother of four"), and since the twenty-sixth round the rules follow them: 3 lines (452 to 449).
     */
    @Test
    void devBatchTwentyThree() {
        development("passages-dev-23.txt", "dev batch 23 (formerly blind set 22)", 453);
    }

    /**
     * Dev batch 24, formerly blind set 23: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twentieth round, on 2026-11-23, at 424/469 (90.4%), direct 208/225, far 144/158; the
     * rules from before that round also scored 424. Tuned on from the twenty-first round.
     * Its gold gives a relation to someone, with no office, no title ("the student's mother"); most sets from dev batch
     * 20 on, and the latest, give "mother", "widow" or "son" even when the one related to is unnamed ("the victim's
     * mother", "a mother of four"), and since the twenty-sixth round the rules follow them: 1 line (435 to 434).
     */
    @Test
    void devBatchTwentyFour() {
        development("passages-dev-24.txt", "dev batch 24 (formerly blind set 23)", 436);
    }

    /**
     * Dev batch 25, formerly blind set 24: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-first round, on 2026-11-24, at 397/465 (85.4%), direct 181/218, far 135/162;
     * the rules from before that round scored 395. Tuned on from the twenty-second round.
     */
    @Test
    void devBatchTwentyFive() {
        development("passages-dev-25.txt", "dev batch 25 (formerly blind set 24)", 429);
    }

    /**
     * Dev batch 26, formerly blind set 25: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-second round, on 2026-11-24, at 415/463 (89.6%), direct 191/213, far 174/187;
     * the rules from before that round scored 409. Tuned on from the twenty-third round.
     */
    @Test
    void devBatchTwentySix() {
        development("passages-dev-26.txt", "dev batch 26 (formerly blind set 25)", 441);
    }

    /**
     * Dev batch 27, formerly blind set 26: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-third round, on 2026-11-24, at 419/458 (91.5%), direct 173/186, far 164/173;
     * the rules from before that round scored 417. Tuned on from the twenty-fourth round.
     */
    @Test
    void devBatchTwentySeven() {
        development("passages-dev-27.txt", "dev batch 27 (formerly blind set 26)", 441);
    }

    /**
     * Dev batch 28, formerly blind set 27: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-fourth round, on 2026-11-24, at 395/470 (84.0%), direct 181/227, far 173/196;
     * the rules from before that round scored 394. Tuned on from the twenty-fifth round.
     */
    @Test
    void devBatchTwentyEight() {
        development("passages-dev-28.txt", "dev batch 28 (formerly blind set 27)", 438);
    }

    /**
     * Dev batch 29, formerly blind set 28: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-fifth round, on 2026-11-24, at 425/478 (88.9%), direct 203/229, far 175/198;
     * the rules from before that round scored 413. Tuned on from the twenty-sixth round.
     */
    @Test
    void devBatchTwentyNine() {
        development("passages-dev-29.txt", "dev batch 29 (formerly blind set 28)", 456);
    }

    /**
     * Dev batch 30, formerly blind set 29: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-sixth round, on 2026-11-24, at 429/477 (89.9%), direct 209/233, far 171/190;
     * the rules from before that round scored 420. Tuned on from the twenty-seventh round.
     */
    @Test
    void devBatchThirty() {
        development("passages-dev-30.txt", "dev batch 30 (formerly blind set 29)", 468);
    }

    /**
     * Dev batch 31, formerly blind set 30: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-seventh round, on 2026-11-24, at 411/482 (85.3%), direct 205/234, far 174/204;
     * the rules from before that round scored 405. Tuned on from the twenty-eighth round.
     */
    @Test
    void devBatchThirtyOne() {
        development("passages-dev-31.txt", "dev batch 31 (formerly blind set 30)", 445);
    }

    /**
     * Dev batch 32, formerly blind set 31: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-eighth round, on 2026-11-24, at 392/488 (80.3%), direct 183/233, far 168/193;
     * the rules from before that round scored 386. Tuned on from the twenty-ninth round.
     */
    @Test
    void devBatchThirtyTwo() {
        development("passages-dev-32.txt", "dev batch 32 (formerly blind set 31)", 457);
    }

    /**
     * Dev batch 33, formerly blind set 32: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the twenty-ninth round, on 2026-11-24, at 396/485 (81.6%), direct 187/233, far 171/203;
     * the rules from before that round scored 390. Tuned on from the thirtieth round.
     */
    @Test
    void devBatchThirtyThree() {
        development("passages-dev-33.txt", "dev batch 33 (formerly blind set 32)", 436);
    }

    /**
     * Dev batch 34, formerly blind set 33: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirtieth round, on 2026-11-24, at 419/495 (84.6%), direct 196/234, far 176/201;
     * the rules from before that round scored 417. Tuned on from the thirty-first round.
     */
    @Test
    void devBatchThirtyFour() {
        development("passages-dev-34.txt", "dev batch 34 (formerly blind set 33)", 444);
    }

    /**
     * Dev batch 35, formerly blind set 34: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-first round, on 2026-11-24, at 413/499 (82.8%), direct 196/235, far 160/198;
     * the rules from before that round scored 409. Tuned on from the thirty-second round.
     */
    @Test
    void devBatchThirtyFive() {
        development("passages-dev-35.txt", "dev batch 35 (formerly blind set 34)", 454);
    }

    /**
     * Dev batch 36, formerly blind set 35: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-second round, on 2026-11-24, at 436/499 (87.4%), direct 213/237, far 178/199;
     * the rules from before that round scored 436 too. Tuned on from the thirty-third round.
     */
    @Test
    void devBatchThirtySix() {
        development("passages-dev-36.txt", "dev batch 36 (formerly blind set 35)", 450);
    }

    /**
     * Dev batch 37, formerly blind set 36: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-third round, on 2026-11-24, at 427/502 (85.1%), direct 205/235, far 173/198;
     * the rules from before that round scored 425. Tuned on from the thirty-fourth round.
     */
    @Test
    void devBatchThirtySeven() {
        development("passages-dev-37.txt", "dev batch 37 (formerly blind set 36)", 454);
    }

    /**
     * Dev batch 38, formerly blind set 37: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-fourth round, on 2026-11-24, at 472/519 (90.9%), direct 205/221, far 193/206;
     * the rules from before that round scored 472 too. Tuned on from the thirty-fifth round.
     */
    @Test
    void devBatchThirtyEight() {
        development("passages-dev-38.txt", "dev batch 38 (formerly blind set 37)", 493);
    }

    /**
     * Dev batch 39, formerly blind set 38: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-fifth round, on 2026-11-24, at 454/536 (84.7%), direct 177/206, far 187/215;
     * the rules from before that round scored 453. Tuned on from the thirty-sixth round.
     */
    @Test
    void devBatchThirtyNine() {
        development("passages-dev-39.txt", "dev batch 39 (formerly blind set 38)", 486);
    }

    /**
     * Dev batch 40, formerly blind set 39: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-sixth round, on 2026-11-24, at 480/542 (88.6%), direct 191/215, far 189/208;
     * the rules from before that round scored 480 too. Tuned on from the thirty-seventh round.
     */
    @Test
    void devBatchForty() {
        development("passages-dev-40.txt", "dev batch 40 (formerly blind set 39)", 517);
    }

    /**
     * Dev batch 41, formerly blind set 40: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-seventh round, on 2026-11-25, at 488/534 (91.4%), direct 179/198, far 208/224;
     * the rules from before that round scored 487. Tuned on from the thirty-eighth round.
     */
    @Test
    void devBatchFortyOne() {
        development("passages-dev-41.txt", "dev batch 41 (formerly blind set 40)", 512);
    }

    /**
     * Dev batch 42, formerly blind set 41: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-eighth round, on 2026-11-25, at 481/539 (89.2%), direct 163/180, far 201/222;
     * the rules from before that round scored 472. Tuned on from the thirty-ninth round.
     */
    @Test
    void devBatchFortyTwo() {
        development("passages-dev-42.txt", "dev batch 42 (formerly blind set 41)", 511);
    }

    /**
     * Dev batch 43, formerly blind set 42: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the thirty-ninth round, on 2026-11-25, at 472/543 (86.9%), direct 170/201, far 197/219;
     * the rules from before that round scored 469. Tuned on from the fortieth round.
     */
    @Test
    void devBatchFortyThree() {
        development("passages-dev-43.txt", "dev batch 43 (formerly blind set 42)", 511);
    }

    /**
     * Dev batch 44, formerly blind set 43: written by someone who never read the rules nor ran them, scored once with
     * the rules frozen after the fortieth round, on 2026-11-25, at 483/539 (89.6%), direct 167/194, far 201/219;
     * the rules from before that round scored 481. Tuned on from the forty-first round.
     */
    @Test
    void devBatchFortyFour() {
        development("passages-dev-44.txt", "dev batch 44 (formerly blind set 43)", 483);
    }

    /** Scores a development set, prints its misses, and fails below {@code floor} or with over 2% unexpected quotes. */
    private static void development(String file, String name, int floor) {
        PassageSet.Score s = PassageSet.score(PassageSet.load(file));
        System.out.println(s.summary("quote " + name) + "\n" + s.misses());
        assertTrue(s.right() >= floor, "attribution on " + name + " fell: " + s.summary(name));
        assertTrue(s.unexpected() <= s.produced() * 0.02, "quotes that are not in " + name + ": " + s.unexpected());
    }
}
