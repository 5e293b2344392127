package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dossier.nlp.quote.Quotes.starting;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * News-English conventions of attribution, each on sentences written for this test: a partial quotation inside
 * reported speech, a title set before the name, a second reported clause of the same verb.
 */
class QuoteConventionsTest {

    private static List<Quote> quotes(String body) {
        return Quotes.extract(body, "2021-06-01");
    }


    @Test
    void aShortQuotationDeepInAReportedClauseIsTheSpeakersWords() {
        List<Quote> qs = quotes("Harbour Minister Ilse Brandvold said on Monday that she expected the new ferry"
                + " timetable to be approved \"within a few weeks\" and rejected the complaints of the islanders.");
        Quote q = starting(qs, "within a few weeks");
        assertTrue(q.direct());
        assertEquals(Optional.of("Ilse Brandvold"), q.speaker());
        // the reported clause that holds the partial quote is not given again as indirect speech
        assertTrue(qs.stream().noneMatch(x -> !x.direct() && x.text().contains("within a few weeks")), qs.toString());
    }

    @Test
    void theSubjectOfTheReportedClauseDoesNotTakeTheQuotation() {
        List<Quote> qs = quotes("At a briefing, Fire Chief Dolores Maple said firefighters had responded to the"
                + " warehouse \"in under four minutes.\"");
        assertEquals(Optional.of("Dolores Maple"), starting(qs, "in under four minutes").speaker());
    }

    @Test
    void aQuotedTermBeforeItsNounIsNotSpeech() {
        List<Quote> qs = quotes("Port Authority chief Renate Olsson said the smugglers were using a kind of"
                + " \"ghost fleet\" tactic to avoid inspections at sea.");
        assertTrue(qs.stream().noneMatch(q -> q.direct() && q.text().startsWith("ghost fleet")), qs.toString());
    }

    @Test
    void aSecondThatClauseIsReportedOnItsOwn() {
        List<Quote> qs = quotes("Defence Minister Arvid Hollen said his troops had repelled a \"large-scale"
                + " assault\" near the river, and that the bridges had been secured by nightfall.");
        assertTrue(starting(qs, "large-scale assault").direct());
        Quote second = starting(qs, "the bridges had been secured");
        assertTrue(!second.direct());
        assertEquals(Optional.of("Arvid Hollen"), second.speaker());
    }

    @Test
    void aTitleSetBeforeTheNameBelongsToTheSpeakerAfterAQuotation() {
        List<Quote> qs = quotes("\"We will not cut a single route this winter,\" the airline's head of operations,"
                + " Marta Vosloo, said in a statement.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(Optional.of("Marta Vosloo"), qs.get(0).speaker());
        assertTrue(qs.get(0).speakerTitle().orElse("").contains("head of operations"), qs.toString());
    }

    @Test
    void aTitleSetBeforeTheNameIsNotPartOfTheReportedClause() {
        List<Quote> qs = quotes("Grain exports fell 9% in October, the port authority's director, Tomas Wirtanen,"
                + " said on Monday.");
        Quote q = starting(qs, "Grain exports fell");
        assertEquals("Grain exports fell 9% in October", q.text());
        assertEquals(Optional.of("Tomas Wirtanen"), q.speaker());
    }

    @Test
    void aHyphenatedDatelineIsNotPartOfTheReportedClause() {
        List<Quote> qs = quotes("SAINT-LOUIS-DU-NORD — Fishermen rescued eleven people from a capsized ferry on"
                + " Sunday, the Red Cross said on Monday.");
        assertEquals("Fishermen rescued eleven people from a capsized ferry on Sunday",
                starting(qs, "Fishermen").text());
    }

    @Test
    void cautionedReportsAClause() {
        List<Quote> qs = quotes("Bank economist Laura Penn expects growth to slow next year. She cautioned that the"
                + " forecast could change quickly if oil prices rose.");
        assertEquals(Optional.of("Laura Penn"), starting(qs, "the forecast could change").speaker());
    }

    @Test
    void theLastWordOfAnOrganisationsNameStandsForIt() {
        List<Quote> qs = quotes("The Financial Crimes Agency arrested the director of the bank in March.\n\n"
                + "The Agency said it was studying the judgment and would decide on an appeal within a month.");
        assertEquals(Optional.of("Financial Crimes Agency"), starting(qs, "it was studying").speaker());
    }

    @Test
    void aLabelAfterAsIsTheWordsOfWhoeverJudgedIt() {
        List<Quote> qs = quotes("Union secretary Bernard Oyelaran described the offer as \"late and insulting\" on"
                + " Tuesday.");
        Quote q = starting(qs, "late and insulting");
        assertTrue(q.direct());
        assertEquals(Optional.of("Bernard Oyelaran"), q.speaker());
    }

    @Test
    void aTitleBeforeTheNameOfTheSubjectIsTheTitleOfItsReportedSpeech() {
        List<Quote> qs = quotes("The co-chair of the budget committee, Wilhelmina Ostrova, rejected the plan and"
                + " said her group would table its own amendments next week.");
        Quote q = starting(qs, "her group would table");
        assertEquals(Optional.of("Wilhelmina Ostrova"), q.speaker());
        assertTrue(q.speakerTitle().orElse("").contains("co-chair of the budget committee"), q.toString());
    }

    @Test
    void aNumberOpensAReportedClause() {
        List<Quote> qs = quotes("Governor Pauline Arceneaux ordered an evacuation on Monday.\n\n"
                + "The governor said 2,400 guardsmen had been called up and 60 shelters were open.");
        assertEquals(Optional.of("Pauline Arceneaux"), starting(qs, "2,400 guardsmen").speaker());
    }

    @Test
    void aJudgingParticipleEndsTheReportedClause() {
        List<Quote> qs = quotes("Fisheries Minister Teodora Vasquez said her country would not sign the accord,"
                + " calling it \"unfair to small fleets and badly drafted.\"");
        assertEquals("her country would not sign the accord", starting(qs, "her country").text());
        assertEquals(Optional.of("Teodora Vasquez"), starting(qs, "unfair to small fleets").speaker());
    }

    @Test
    void theCompanyInALeadIsTheOrganisationItsClauseOpensWith() {
        List<Quote> qs = quotes("A power cut at Mellander Foods, which runs four bakeries in the north, halted"
                + " production for two days, the company said on Friday.");
        assertEquals(Optional.of("Mellander Foods"), starting(qs, "A power cut").speaker());
    }

    @Test
    void itSaidIsTheOrganisationThatSpokeLast() {
        List<Quote> qs = quotes("The Coast Guard Command said a patrol boat had intercepted the vessel at dawn.\n\n"
                + "The ship, carrying 40 crew, was escorted to port, it said, adding that no one had been hurt.");
        assertEquals(Optional.of("Coast Guard Command"), starting(qs, "The ship, carrying").speaker());
        assertEquals(Optional.of("Coast Guard Command"), starting(qs, "no one had been hurt").speaker());
    }

    @Test
    void itSaidWithNoOrganisationBeforeNamesNoOne() {
        List<Quote> qs = quotes("The ship was escorted to port, it said, adding that no one had been hurt.");
        assertTrue(qs.stream().allMatch(q -> q.speaker().isEmpty()), qs.toString());
    }

    @Test
    void theAnswerToAQuestionIsNotTheAskers() {
        List<Quote> qs = quotes("\"I saw the van leave at midnight,\" Harold Penberthy told the court.\n\n"
                + "Defence lawyer Imogen Tranter pressed him on the lighting in the street.\n\n"
                + "\"Could you really see the driver's face?\" Tranter asked.\n\n"
                + "\"I could. The lamp was right above him,\" the witness replied.");
        assertEquals(Optional.of("Imogen Tranter"), starting(qs, "Could you really").speaker());
        assertEquals(Optional.of("Harold Penberthy"), starting(qs, "I could").speaker());
    }

    @Test
    void theAnswerIsThePersonTheQuestionWasPutTo() {
        List<Quote> qs = quotes("Marta Kowal won the final in three sets. Her opponent, Lise Dahl, left early.\n\n"
                + "\"Will you play in Paris?\" a reporter asked Kowal.\n\n"
                + "\"Ask me after a long sleep,\" she replied.");
        assertEquals(Optional.of("Marta Kowal"), starting(qs, "Ask me after").speaker());
    }

    @Test
    void anAgeAfterTheVerbIsThePersonOfThatAge() {
        List<Quote> qs = quotes("Coach Bartholomew Quist, 58, says his team will recover.\n\n"
                + "\"Form comes and goes, and it will come back to us,\" said the 58-year-old.");
        assertEquals(Optional.of("Bartholomew Quist"), starting(qs, "Form comes and goes").speaker());
    }

    @Test
    void aThreeWordClauseWithAPronounAndAModalIsReported() {
        List<Quote> qs = quotes("Her lawyer, Ottilie Brandauer, said she would appeal.");
        assertEquals(Optional.of("Ottilie Brandauer"), starting(qs, "she would appeal").speaker());
    }

    @Test
    void aDescriptionThatGoesOnIsTheOneWhoWasSpeaking() {
        List<Quote> qs = quotes("Forecaster Rosalind Vane of Kestrel Markets expects oil to rise. \"Supply is tight,\""
                + " she said.\n\n"
                + "The Oslo-based strategist added that funds had cut their bets on crude to a five-year low.");
        assertEquals(Optional.of("Rosalind Vane"), starting(qs, "funds had cut").speaker());
    }

    @Test
    void aDatelineIsNoPartOfATitleBeforeTheName() {
        List<Quote> qs = quotes("KUMASI — The Registrar of the Lands Commission, Mrs Efua Mensah-Bonsu, has assured"
                + " farmers that their titles will be issued before the harvest.");
        Quote q = starting(qs, "their titles will be issued");
        assertEquals(Optional.of("Efua Mensah-Bonsu"), q.speaker());
        assertEquals(Optional.of("The Registrar of the Lands Commission"), q.speakerTitle());
    }

    @Test
    void aReportedClauseBeforeAQuotedClauseOfItsOwnIsReportedToo() {
        List<Quote> qs = quotes("Health Minister Ruth Okafor-Lind said the nurses' demands would cost $900 million and"
                + " \"the budget simply cannot carry it\".");
        Quote before = starting(qs, "the nurses' demands would cost");
        assertTrue(!before.direct() && before.text().endsWith("$900 million"), qs.toString());
        assertTrue(starting(qs, "the budget simply cannot").direct(), qs.toString());
        // a quoted verb phrase is no clause of its own: the clause holding it is not listed
        List<Quote> vp = quotes("Health Minister Ruth Okafor-Lind said the strike would go ahead and"
                + " \"hurt every patient in the region\".");
        assertTrue(vp.stream().noneMatch(q -> !q.direct()), vp.toString());
    }

    @Test
    void aCourtsRulingIsReportedSpeechOfTheJudgeNamedNext() {
        List<Quote> qs = quotes("ARUSHA, Tanzania (AP) — A Tanzanian judge on Tuesday refused to free a jailed"
                + " mayor, ruling that the police had followed the law.\n\n"
                + "High Court Judge Neema Mwakyusa-Lind said the mayor could apply for bail again in March.");
        assertEquals(Optional.of("Neema Mwakyusa-Lind"), starting(qs, "the police had followed").speaker(),
                qs.toString());
        List<Quote> court = quotes("The Court of Appeal struck down the ban, finding that it \"plainly burdens\""
                + " the freedom to protest.");
        assertTrue(starting(court, "plainly burdens").direct(), court.toString());
        assertTrue(court.stream().noneMatch(q -> !q.direct()), court.toString());
    }

    @Test
    void aLeadsUnnamedSpeakerIsNamedAfterAParagraphAboutSomeoneWhoDoesNotSpeak() {
        List<Quote> qs = quotes("LEEDS — A coroner has warned that more pedestrians will die on a ring road crossing"
                + " unless it is rebuilt.\n\n"
                + "Oskar Nilsen-Hale, 31, died in May after he was hit by a van.\n\n"
                + "Senior coroner Bethany Ashworth-Ode recorded a conclusion of accidental death.");
        assertEquals(Optional.of("Bethany Ashworth-Ode"), starting(qs, "more pedestrians will die").speaker(),
                qs.toString());
    }
}
