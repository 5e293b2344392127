package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paragraphs are the turns of a transcript printed without quotation marks, without CoreNLP. */
class TranscriptTest {

    static List<String> turns(String body) {
        List<int[]> pars = Body.paragraphs(body);
        int[] begin = pars.stream().mapToInt(p -> p[0]).toArray();
        int[] end = pars.stream().mapToInt(p -> p[1]).toArray();
        return Transcript.unmarkedTurns(body, begin, end).stream().map(q -> q.text(body)).toList();
    }

    @Test
    void theTurnsOfAnExchangeAreTheWordsAfterEachLabel() {
        String body = "LIMA — The transport regulator's head faced the committee on Monday.\n\n"
                + "The Chair (Ms Rosa Quispe-Landa): Mr Ortega, how many buses were inspected?\n\n"
                + "Mr Tomás Ortega (President, Urban Transport Authority): Four hundred, Madam Chair.\n\n"
                + "Ms Quispe-Landa: And how many failed?\n\n"
                + "Mr T Ortega: Ninety. We took them off the road.";
        assertEquals(List.of("Mr Ortega, how many buses were inspected?", "Four hundred, Madam Chair.",
                "And how many failed?", "Ninety. We took them off the road."), turns(body));
    }

    @Test
    void aMembersLabelMayGiveRegionAndPartyInTwoBrackets() {
        String body = "EDINBURGH — The operator's chief executive faced the committee.\n\n"
                + "The Convener: How many sailings were cancelled?\n\n"
                + "Alasdair Munro (Northern Ferries): Ninety-two.\n\n"
                + "Fiona Gillies (Highlands and Islands) (SNP): Who pays the crofters?\n\n"
                + "Alasdair Munro: The resilience fund.";
        assertEquals(List.of("How many sailings were cancelled?", "Ninety-two.", "Who pays the crofters?",
                "The resilience fund."), turns(body));
    }

    @Test
    void anInterviewsAnswersAreTurnsAndItsQuestionsAreNot() {
        String body = "Batbold Ganzorig has herded goats for forty years. We spoke to him in Bayankhongor.\n\n"
                + "Q: How many animals did you lose?\n\n"
                + "Ganzorig: Three hundred, more than half.\n\n"
                + "Q: Will you stay?\n\n"
                + "Ganzorig: Where would I go?";
        assertEquals(List.of("Three hundred, more than half.", "Where would I go?"), turns(body));
    }

    @Test
    void anInterviewsAnswersLabelledAAreTurnsOnlyAfterLabelledQuestions() {
        String body = "Ilse Marquardt, 52, is a ferrywoman who rows passengers across the Elde. We met her on the bank.\n\n"
                + "Q: How many do you carry?\n\n"
                + "A: Forty on a good day, none when the river is high.\n\n"
                + "Q: Will the bridge end it?\n\n"
                + "A: The bridge has been promised since my father rowed.";
        assertEquals(List.of("Forty on a good day, none when the river is high.",
                "The bridge has been promised since my father rowed."), turns(body));
        // a lone "A:" paragraph with no labelled questions is a heading or a list item, not an answer
        assertTrue(turns("The plan has two options.\n\nA: Build the bridge.\n\nB: Keep the ferry.").isEmpty());
        // a quoted answer is a quotation already, found between its marks
        assertTrue(turns("Q: How many?\n\nA: \"Forty.\"\n\nQ: And in winter?\n\nA: \"None.\"").isEmpty());
    }

    @Test
    void anInterviewsLettersWithAFullStopLabelItsQuestionsAndAnswers() {
        String body = "Ilse Marquardt, 52, is a ferrywoman who rows passengers across the Elde. Our questions are"
                + " marked Q. and her answers A.\n\n"
                + "Q. How many do you carry?\n\n"
                + "A. Forty on a good day, none when the river is high.\n\n"
                + "Q. Will the bridge end it?\n\n"
                + "A. The bridge has been promised since my father rowed.";
        assertEquals(List.of("Forty on a good day, none when the river is high.",
                "The bridge has been promised since my father rowed."), turns(body));
        // initials that open paragraphs, with no labelled questions, are names
        assertTrue(turns("A. Ruiz chairs the board.\n\nA. Vik runs the yard.\n\nB. Holm keeps the books.")
                .isEmpty());
    }

    @Test
    void datelinesAndNewsroomLabelsAreNoTranscript() {
        // a dateline opens the first paragraph; "Update:" paragraphs come back as a transcript's labels would
        assertTrue(turns("PANAJI: The state will not renew the permits.\n\n"
                + "Update: The minister has since resigned.\n\n"
                + "Update: The assembly adjourned.").isEmpty());
        // a single labelled paragraph, with no other turn, is a heading, not an exchange
        assertTrue(turns("The council met on Monday.\n\n"
                + "Background: The levy was first proposed in 2019.\n\n"
                + "The vote is on Friday.").isEmpty());
        // two speakers who never come back and no questions labelled: not enough to call it a transcript
        assertTrue(turns("The report was published on Monday.\n\n"
                + "Key Finding: Rents rose by a third.\n\n"
                + "Main Risk: Supply stays short.").isEmpty());
    }

    @Test
    void aTranscriptThatQuotesItsTurnsLeavesItsUnmarkedQuestionsAlone() {
        // the answers are between marks, so the labelled paragraphs without marks are the reporters' questions
        String body = "BEIJING — The spokeswoman took questions on Monday.\n\n"
                + "AFP: Will China retaliate?\n\n"
                + "Mao Lin: \"We will take the necessary measures.\"\n\n"
                + "Reuters: When?\n\n"
                + "Mao Lin: \"In due course.\"";
        assertTrue(turns(body).isEmpty(), turns(body).toString());
    }

    @Test
    void aSentenceWithAColonIsNoLabel() {
        assertTrue(turns("The fund was set up in 2020.\n\n"
                + "The minister had one message for farmers: the money will come.\n\n"
                + "Officials said two things: it is late, and it is short.\n\n"
                + "The minister had one message for traders: the money will come too.").isEmpty());
    }

    @Test
    void aCongressionalLabelEndsInAFullStopAfterTheSurnameInCapitals() {
        String body = "WASHINGTON — The head of the Forest Service faced a House panel on Tuesday.\n\n"
                + "Chairwoman ABERNATHY-COLE. The hearing will come to order. Chief, how many acres burned?\n\n"
                + "Chief RAMIREZ-OTT. Four million, Madam Chairwoman.\n\n"
                + "Mr. LINDQVIST of Oregon. And how many firefighters did you lose?\n\n"
                + "Chief RAMIREZ-OTT. Eleven.\n\n"
                + "The CHAIRWOMAN. We stand adjourned.";
        assertEquals(List.of("The hearing will come to order. Chief, how many acres burned?",
                "Four million, Madam Chairwoman.", "And how many firefighters did you lose?", "Eleven.",
                "We stand adjourned."), turns(body));
        // a sentence that ends on capitals is no label: prose opens with lower-case words between
        assertTrue(turns("The vote was close.\n\nShares fell at the NYSE. Traders sold.\n\n"
                + "Officials at the EU. They met.\n\nShares fell at the NYSE. Again.").isEmpty());
    }

    @Test
    void aMembersLabelMayNameTheSeatSheSitsForAfterOf() {
        String body = "ST PETER PORT — The deputies questioned the minister on Wednesday.\n\n"
                + "Deputy A. Le Marquand-Brehaut of St. Sampson and the Vale North: How many homes were built?\n\n"
                + "Deputy R. Ogier-Tostevin of St. Peter Port South (The Minister for Housing): Forty.\n\n"
                + "Deputy A. Le Marquand-Brehaut: Why so few?\n\n"
                + "Deputy R. Ogier-Tostevin: The builders are busy elsewhere.";
        assertEquals(List.of("How many homes were built?", "Forty.", "Why so few?",
                "The builders are busy elsewhere."), turns(body));
    }
}
