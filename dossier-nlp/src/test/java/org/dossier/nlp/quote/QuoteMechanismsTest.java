package org.dossier.nlp.quote;

import static org.dossier.nlp.quote.Quotes.starting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms of attribution stated as properties of English news grammar, each on sentences written for this test
 * (no names or phrases of the passage sets): a genitive belongs to the speaker phrase it determines, a lead's body is
 * the one the next paragraph names by the same head noun, a sentence after a quotation names its speaker only with a
 * verb of speech, a description resolves only to a person it fits.
 */
class QuoteMechanismsTest {

    private static List<Quote> quotes(String body) {
        return Quotes.extract(body, "2024-03-12");
    }

    @Test
    void aGenitiveBeforeAnOrganisationNameBelongsToTheSpeakerPhrase() {
        List<Quote> qs = quotes("BRANDVIK — The ferry to the outer skerries will sail only on weekdays this winter"
                + " because too few deckhands applied, the county's Department of Harbours said Monday.");
        assertEquals(Optional.of("Department of Harbours"), starting(qs, "The ferry to the outer skerries").speaker());
    }

    @Test
    void aBodyDescribedWithAGenitiveInTheLeadIsTheOneTheNextParagraphNamesByItsHead() {
        List<Quote> qs = quotes("TORVIK — Homes in five villages went without tap water for two days after a main"
                + " burst under the coast road, the valley's water syndicate said on Sunday.\n\n"
                + "The Syndicat Intercommunal de Torvik said the main had been repaired overnight by two crews.");
        assertEquals(Optional.of("Syndicat Intercommunal de Torvik"),
                starting(qs, "Homes in five villages").speaker());
    }

    @Test
    void aPersonsGenitiveDescribesSomeoneTheTextDoesNotName() {
        List<Quote> qs = quotes("Novelist Ragna Solberg has moved to a cabin on the coast. Solberg's agent said her"
                + " next book would come out in the autumn in four languages.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("her next book")
                && q.speaker().filter(s -> s.contains("agent")).isPresent()), qs.toString());
    }

    @Test
    void anObjectOfAPrepositionWithAGenitiveIsNoSpeaker() {
        List<Quote> qs = quotes("Oyster growers on the island's north shore say the cold spring has cut the harvest"
                + " by half, leaving many small farms without income.");
        assertTrue(qs.stream().noneMatch(q -> q.speaker().filter(s -> s.contains("shore")).isPresent()),
                qs.toString());
    }

    @Test
    void aSharedModifierDoesNotMakeAnOrganisationTheBodyALeadDescribes() {
        List<Quote> qs = quotes("DALBY — Night trains between the two ports will stop for a month while the line is"
                + " relaid, the national transport regulator said on Friday.\n\n"
                + "National Rail Freight said it would move its timber loads to the road for that month.");
        Optional<String> lead = starting(qs, "Night trains between the two ports").speaker();
        assertTrue(lead.filter(s -> s.contains("National Rail")).isEmpty(), lead.toString());
    }

    @Test
    void aSentenceAfterAQuotationNamesItsSpeakerOnlyWithAVerbOfSpeech() {
        List<Quote> qs = quotes("Defence lawyer Tomas Berglund said his client would not take the stand.\n\n"
                + "\"My client has nothing to hide and nothing to add to what the record already shows.\"\n\n"
                + "Judge Ingrid Voll continues on Monday.");
        assertEquals(Optional.of("Tomas Berglund"), starting(qs, "My client has nothing").speaker());
    }

    @Test
    void aSentenceAfterAQuotationWithAVerbOfSpeechStillNamesItsSpeaker() {
        List<Quote> qs = quotes("Defence lawyer Tomas Berglund said his client would not take the stand.\n\n"
                + "\"The court has heard everything it needs to hear from this witness and from the others.\"\n\n"
                + "Prosecutor Ingrid Voll said on Monday.");
        assertEquals(Optional.of("Ingrid Voll"), starting(qs, "The court has heard").speaker());
    }

    @Test
    void aDescriptionWithAnotherNationalityIsNotThePersonJustQuoted() {
        List<Quote> qs = quotes("Swedish striker Karin Lund scored twice in the second half on Sunday.\n\n"
                + "\"The pitch was heavy but we kept the ball moving,\" Lund said.\n\n"
                + "\"We were unlucky with the wind in the first half,\" the Danish midfielder said.");
        assertEquals(Optional.of("Karin Lund"), starting(qs, "The pitch was heavy").speaker());
        Optional<String> other = starting(qs, "We were unlucky").speaker();
        assertTrue(other.filter(s -> s.contains("Lund")).isEmpty(), other.toString());
    }

    @Test
    void aDescriptionWithTheSameNationalityIsStillThePersonJustQuoted() {
        List<Quote> qs = quotes("Swedish striker Karin Lund scored twice in the second half on Sunday.\n\n"
                + "\"The pitch was heavy but we kept the ball moving,\" Lund said.\n\n"
                + "\"We were unlucky with the wind in the first half,\" the Swedish striker said.");
        assertEquals(Optional.of("Karin Lund"), starting(qs, "We were unlucky").speaker());
    }

    @Test
    void theHeadOfADescriptionIsTheNounBeforeItsPostmodifier() {
        List<Quote> qs = quotes("VALDERA — Buses will run at half price from May to cut the queues at the border, the"
                + " minister responsible for transport said on Tuesday.\n\n"
                + "Transport Minister Ana Lekk said the monthly pass would cost twenty euros for commuters.");
        assertEquals(Optional.of("Ana Lekk"), starting(qs, "Buses will run at half price").speaker());
    }

    @Test
    void aSpeakerPhraseRunsBackOverAPrepositionalPhrase() {
        List<Quote> qs = quotes("PORTMALL — Dock workers will stop work for two days next week over unpaid night"
                + " shifts, the dockers' union behind the action said on Friday.\n\n"
                + "The Portmall Harbour Workers Union said its members had not been paid since August.");
        assertEquals(Optional.of("Portmall Harbour Workers Union"), starting(qs, "Dock workers will stop").speaker());
    }

    @Test
    void theObjectOfAPrepositionBeforeTheVerbIsNotTheSpeaker() {
        List<Quote> qs = quotes("Residents near the new gravel quarry said the dust had settled on every car in the"
                + " street since the blasting began in March.");
        assertTrue(qs.stream().noneMatch(q -> q.speaker().filter(s -> s.contains("quarry")).isPresent()),
                qs.toString());
    }

    @Test
    void theDirectorALeadDescribesIsThePersonTheNextParagraphSaysHeadsTheBody() {
        List<Quote> qs = quotes("KELDBY — A marine laboratory that has sampled the same fjord every week since 1998"
                + " will stop its winter cruises for lack of money, its director says.\n\n"
                + "Oceanographer Tove Haraldsen, who heads the Keldby Fjord Laboratory, said the grant had run out.");
        assertEquals(Optional.of("Tove Haraldsen"), starting(qs, "A marine laboratory that").speaker());
    }

    @Test
    void aPerfectOfAnOfficeVerbAfterWhoIsATitle() {
        List<Quote> qs = quotes("KELDBY — A marine laboratory that has sampled the same fjord every week since 1998"
                + " will stop its winter cruises for lack of money, its director said on Monday.\n\n"
                + "Oceanographer Tove Haraldsen, who has led the laboratory since 2011, said the grant had run out.");
        assertEquals(Optional.of("Tove Haraldsen"), starting(qs, "A marine laboratory that").speaker());
        assertEquals(Optional.of("led the laboratory since 2011"), Frames.asTitle("who has led the laboratory since 2011"));
        assertEquals(Optional.empty(), Frames.asTitle("who has arrived by boat"));
    }

    @Test
    void anAgeWithARoleNounMeansTheLatestPersonNotGivenAnotherAge() {
        List<Quote> qs = quotes("Ana Ruiz, 41, head of the river trust, said the weir would be removed in June.\n\n"
                + "Tomas Vell, commander of a veterans' post in the valley, said members had written to the council"
                + " for years.\n\n"
                + "\"We fished this river as boys, and we would like to fish it again,\" the 74-year-old army"
                + " veteran said.");
        assertEquals(Optional.of("Tomas Vell"), starting(qs, "We fished this river").speaker());
    }

    @Test
    void anAgeWithARoleNounMeansThePersonGivenThatAge() {
        List<Quote> qs = quotes("Tomas Vell, 74, a retired army officer, said the weir had been built in 1962.\n\n"
                + "Ana Ruiz, head of the river trust, said it would be removed in June.\n\n"
                + "\"We fished this river as boys, and we would like to fish it again,\" the 74-year-old army"
                + " veteran said.");
        assertEquals(Optional.of("Tomas Vell"), starting(qs, "We fished this river").speaker());
    }

    @Test
    void aCapitalisedWordOpeningTheSentenceRightBeforeANameIsItsTitle() {
        List<Quote> qs = quotes("Chaplain Liv Arnesen said the crew had trained on the fjord since March.\n\n"
                + "\"We rowed in the dark more often than in daylight,\" Arnesen said.");
        assertEquals(Optional.of("Chaplain"), starting(qs, "the crew had trained").speakerTitle());
        assertEquals(Optional.of("Chaplain"), starting(qs, "We rowed in the dark").speakerTitle());
    }

    @Test
    void anAdverbOrConnectiveOpeningTheSentenceIsNoTitle() {
        List<Quote> qs = quotes("Meanwhile Liv Arnesen said the crew had trained on the fjord since March.\n\n"
                + "Yesterday Tor Lunde said the boat had been repaired twice this season.\n\n"
                + "Eventually Siri Dahl said the race would go ahead in any weather.");
        assertEquals(Optional.empty(), starting(qs, "the crew had trained").speakerTitle());
        assertEquals(Optional.empty(), starting(qs, "the boat had been repaired").speakerTitle());
        assertEquals(Optional.empty(), starting(qs, "the race would go ahead").speakerTitle());
    }

    @Test
    void anOrganisationNamedInAnAppositiveToADescriptionSpeaks() {
        List<Quote> qs = quotes("The employers' group, the Harbour Traders Association, said in a statement that shops"
                + " were already losing customers.\n\n"
                + "The builder, Northgate Homes, said it was disappointed and would lodge a new design.\n\n"
                + "The fishing regulator, NORFISH, said in a statement that boats which landed too much would be"
                + " fined.");
        assertEquals(Optional.of("Harbour Traders Association"), starting(qs, "shops were already").speaker());
        assertEquals(Optional.of("Northgate Homes"), starting(qs, "it was disappointed").speaker());
        assertEquals(Optional.of("NORFISH"), starting(qs, "boats which landed").speaker());
    }

    @Test
    void aPlaceAfterTheArticleModifiesTheSpeakerPhrase() {
        List<Quote> qs = quotes("BERGEN — The city will spend a record sum on clearing snow this winter because it cannot"
                + " find enough drivers, the Bergen city government said on Wednesday.");
        assertEquals(Optional.of("Bergen city government"), starting(qs, "The city will spend a record").speaker());
    }

    @Test
    void aQuantifierIsNoSpeakerAndLeavesTheSentencesOwnAttribution() {
        List<Quote> qs = quotes("Growers were given a water allocation of a third, well below the level most say they"
                + " need to plant a full crop, the state water department announced on Friday.");
        assertTrue(qs.stream().noneMatch(q -> q.speaker().filter(s -> s.contains("most")).isPresent()),
                qs.toString());
        assertEquals(Optional.of("state water department"), starting(qs, "Growers were given").speaker());
    }

    @Test
    void aClauseOpenedByAsAfterTheVerbIsAnAdjunctNotWhatWasSaid() {
        List<Quote> qs = quotes("Revenue from selling fishing licences will make up a third of the island's income next"
                + " year, Finance Minister Tor Lunde said as he presented the budget to parliament.");
        assertEquals(Optional.of("Tor Lunde"), starting(qs, "Revenue from selling fishing licences").speaker());
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("as he presented")), qs.toString());
    }

    @Test
    void anInterviewQuestionMayQuoteATitleAndStillBeAQuestion() {
        List<Quote> qs = quotes("Fiddler Signe Vaage, 34, from Voss, has a new record out and starts a tour of Norway in"
                + " March. We met her in Bergen.\n\n"
                + "Your record opens with 'Blue Harbour', a tune your uncle wrote. Why start there?\n\n"
                + "\"He played it at every wedding I remember. Starting anywhere else would have felt wrong.\"\n\n"
                + "The closing track, \"Winter Road\", is slower than anything you have played before. Was that hard?\n\n"
                + "\"Very. I kept wanting to speed up, and the producer kept taking my bow away.\"");
        assertEquals(Optional.of("Signe Vaage"), starting(qs, "He played it at every wedding").speaker());
        assertEquals(Optional.of("Signe Vaage"), starting(qs, "Very. I kept wanting").speaker());
    }

    @Test
    void aLeadsDescriptionIsTheSpeakerTheNextParagraphNamesAfterItsOpeningQuotation() {
        List<Quote> qs = quotes("KELD — The island's old generators will keep failing until new units arrive next year,"
                + " the authority's executive director told senators on Tuesday.\n\n"
                + "\"We are keeping old machines alive with parts we make ourselves,\" Executive Director Maren"
                + " Solli-Vik said.");
        assertEquals(Optional.of("Maren Solli-Vik"), starting(qs, "The island's old generators").speaker());
    }

    @Test
    void anEmbeddedQuestionAfterASpeechVerbIsNoReportedSpeech() {
        List<Quote> qs = quotes("Harbour master Ilse Brandt explained why the ferry had been moved to the north pier"
                + " for the winter months.");
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("why the ferry")), qs.toString());
    }

    @Test
    void aRoleAfterWhoseIsTheTitleOfTheNameThatFollows() {
        List<Quote> qs = quotes("The appeal was brought by the Harbour Residents Group, whose convenor, Ilse"
                + " Brandt-Okafor, said the ruling showed that the old rules \"still mean something\".\n\n"
                + "\"We are not against new homes in the harbour,\" she said.");
        assertEquals(Optional.of("convenor"), starting(qs, "We are not against").speakerTitle());
        assertEquals(Optional.of("convenor"), Frames.asTitle("whose convenor"));
    }

    @Test
    void aLeadsRoleWordsAreTheFullerTitleOfThePersonTitledByOneOfThem() {
        List<Quote> qs = quotes("KELD — The old desalination plant will run at full capacity all summer, the state's"
                + " Water Minister said on Monday.\n\n"
                + "Minister Ragna Holm-Eide said running the plant would cost forty million.");
        assertEquals(Optional.of("Ragna Holm-Eide"), starting(qs, "The old desalination plant").speaker());
        assertEquals(Optional.of("Water Minister"), starting(qs, "The old desalination plant").speakerTitle());
    }

    @Test
    void aHyphenatedTitleIsOneHeadNoun() {
        List<Quote> qs = quotes("Harbour director-general Tomas Vell-Aas told the committee that a new scanner had been"
                + " ordered from abroad.\n\n"
                + "\"I share the shippers' frustration, but I cannot open a container with my hands,\" the"
                + " director-general said.");
        assertEquals(Optional.of("Tomas Vell-Aas"), starting(qs, "I share the shippers'").speaker());
    }

    @Test
    void aThreeWordClauseWithANounSubjectAndAFiniteVerbIsReportedSpeech() {
        List<Quote> qs = quotes("Village elder Arvid Lunde said neighbours were satisfied.\n\n"
                + "Ferry captain Ilse Brandt said on Monday.");
        assertEquals(Optional.of("Arvid Lunde"), starting(qs, "neighbours were satisfied").speaker());
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("on Monday")), qs.toString());
    }

    @Test
    void aSecondThatClauseAfterACommaIsReportedOnItsOwn() {
        List<Quote> qs = quotes("The federation's regional delegate, Tomas Vell, said the number of claims was four"
                + " times what insurers on the island handle in a year, and that experts had been flown in from the"
                + " mainland.");
        assertEquals(Optional.of("Tomas Vell"), starting(qs, "the number of claims").speaker());
        assertEquals(Optional.of("Tomas Vell"), starting(qs, "experts had been flown in").speaker());
    }
}
