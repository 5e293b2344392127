package org.dossier.nlp.quote;

import static org.dossier.nlp.quote.Quotes.starting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Quote;
import org.dossier.nlp.Shared;
import org.junit.jupiter.api.Test;

/**
 * Structures of reported speech that do not depend on the words reported, each on sentences written for this test:
 * a short form in brackets or a relative clause between the speaker and the verb, an attribution in the middle of the
 * clause it reports, and two clauses of one verb of speech.
 */
class QuoteStructureTest {

    private static List<Quote> quotes(String body) {
        return QuoteExtractor.withDefaults().extract(Shared.annotate(Shared.article(body, "2022-03-10")));
    }

    private static Optional<Quote> indirect(List<Quote> qs, String words) {
        return qs.stream().filter(q -> !q.direct() && q.text().startsWith(words)).findFirst();
    }

    private static Quote reported(List<Quote> qs, String words) {
        return indirect(qs, words).orElseThrow(() -> new AssertionError("no reported \"" + words + "\" in " + qs));
    }

    /** The direct quote that starts with {@code words}: a partial quotation, not the clause around it. */
    private static Quote direct(List<Quote> qs, String words) {
        return qs.stream().filter(q -> q.direct() && q.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no direct \"" + words + "\" in " + qs));
    }

    @Test
    void aShortFormInBracketsStandsBetweenTheSpeakerAndTheVerb() {
        List<Quote> qs = quotes("Wheat harvests in the northern provinces fell by a third this season, the National"
                + " Grain Research Council (NGRC) said on Friday.");
        Quote q = reported(qs, "Wheat harvests in the northern provinces");
        assertEquals(Optional.of("National Grain Research Council"), q.speaker());
    }

    @Test
    void aRelativeClauseStandsBetweenTheSpeakerAndTheVerb() {
        List<Quote> qs = quotes("Halvorsen Ship Finance (HSF), which lends to ferry operators along the coast, said"
                + " on Monday that its loan book had grown by 14% in the year to March.");
        Quote q = reported(qs, "its loan book had grown");
        assertEquals(Optional.of("Halvorsen Ship Finance"), q.speaker());
    }

    @Test
    void anAttributionInsideTheClauseReportsTheWholeClause() {
        List<Quote> qs = quotes("Port director Maren Tvedt said cargo volumes were back to their level of 2019.\n\n"
                + "Container traffic from Asia, she said, was still about a fifth below that level.");
        Quote q = reported(qs, "Container traffic from Asia");
        assertEquals(Optional.of("Maren Tvedt"), q.speaker());
        assertEquals("Container traffic from Asia was still about a fifth below that level", q.text());
    }

    @Test
    void anAttributionAfterAClauseOfItsOwnIsNotMedial() {
        List<Quote> qs = quotes("Port director Maren Tvedt spoke at the harbour on Tuesday.\n\n"
                + "The cranes were repaired last month, she said, and the night shift was restored.");
        Quote q = reported(qs, "The cranes were repaired");
        assertEquals(Optional.of("Maren Tvedt"), q.speaker());
        assertFalse(q.text().contains("she said"), q.text());
    }

    @Test
    void twoThatClausesOfOneVerbAreTwoReports() {
        List<Quote> qs = quotes("The Lakeland Dairy Cooperative said that feed costs had doubled since spring and"
                + " that milk prices would have to rise before the winter.");
        assertEquals(Optional.of("Lakeland Dairy Cooperative"), reported(qs, "feed costs had doubled").speaker());
        Quote second = reported(qs, "milk prices would have to rise");
        assertEquals(Optional.of("Lakeland Dairy Cooperative"), second.speaker());
        assertFalse(reported(qs, "feed costs had doubled").text().contains("milk"), qs.toString());
    }

    @Test
    void andThatAfterABareClauseOpensASecondReport() {
        List<Quote> qs = quotes("Transport planner Olek Varga said buses and trams would share the new lane and that"
                + " cyclists would get a track of their own.");
        assertEquals(Optional.of("Olek Varga"), reported(qs, "cyclists would get").speaker());
        Quote first = reported(qs, "buses and trams would share");
        assertEquals("buses and trams would share the new lane", first.text());
    }

    @Test
    void aPluralWordBeforeAFunctionWordClosesASingleQuotedPhrase() {
        List<Quote> qs = quotes("Club manager Dan Reeve said his players were 'a long way behind the leaders' despite"
                + " five defeats in a row and that two new signings would arrive next week.");
        Quote partial = qs.stream().filter(Quote::direct).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals("a long way behind the leaders", partial.text());
        assertTrue(indirect(qs, "his players were").isEmpty(), qs.toString());
        assertEquals(Optional.of("Dan Reeve"), reported(qs, "two new signings would arrive").speaker());
    }

    @Test
    void aPluralPossessiveBeforeANounStaysInsideTheQuotation() {
        List<Quote> qs = quotes("'We will not let the growers' cooperative fold this winter,' said Mayor Ines Dahl.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("We will not let the growers' cooperative fold this winter", qs.get(0).text());
    }

    @Test
    void aSecondVerbOfSpeechEndsTheFirstClause() {
        List<Quote> qs = quotes("County engineer Priya Lund said the bridge had passed its inspection but warned that"
                + " heavy lorries would be kept off it until the spring.");
        Quote first = reported(qs, "the bridge had passed its inspection");
        assertFalse(first.text().contains("warned"), first.text());
        assertEquals(Optional.of("Priya Lund"), reported(qs, "heavy lorries would be kept off").speaker());
    }

    @Test
    void theClauseOfAPartialQuotationIsNotReportedAgain() {
        List<Quote> qs = quotes("Club captain Ronan Keel said that the squad was 'far from the level we need' and"
                + " that two new players would arrive next week.");
        assertTrue(indirect(qs, "the squad was").isEmpty(), qs.toString());
        assertEquals(Optional.of("Ronan Keel"), reported(qs, "two new players would arrive").speaker());
    }

    @Test
    void aPartialQuotationAfterAnAuxiliaryOrEndingInItsOwnCommaIsSpeechNotATerm() {
        List<Quote> qs = quotes("The Audit Office said on Friday that the agency had \"repeatedly ignored\" warnings"
                + " about the contract.");
        assertEquals(Optional.of("Audit Office"), direct(qs, "repeatedly ignored").speaker());
        List<Quote> rs = quotes("The Supreme Court on Tuesday upheld the fine.\n\n"
                + "The court said that while the regulator's notice had been \"unclear in places,\" it was not"
                + " \"so vague as to be unlawful\".");
        assertEquals(Optional.of("Supreme Court"), direct(rs, "unclear in places").speaker(), rs.toString());
        assertEquals(Optional.of("Supreme Court"), direct(rs, "so vague as to be unlawful").speaker(), rs.toString());
        assertTrue(indirect(rs, "while the regulator").isEmpty(), rs.toString());
    }

    @Test
    void anAddresseeWithAPossessiveStandsBetweenToldAndThat() {
        List<Quote> qs = quotes("Mr Ferrow told the council's housing committee on Monday that 300 flats stood empty.");
        assertEquals(Optional.of("Ferrow"), reported(qs, "300 flats stood empty").speaker());
    }

    @Test
    void anAppositiveAfterADescriptionStandsBetweenItAndTheVerb() {
        List<Quote> qs = quotes("Talks on the budget collapsed on Sunday night, Gov. Marit Halvorsen-Dyke said.\n\n"
                + "\"They walked out of the room,\" the governor, a Democrat, said on Monday.");
        assertEquals(Optional.of("Marit Halvorsen-Dyke"), direct(qs, "They walked out").speaker(), qs.toString());
    }

    @Test
    void aDescriptionInTheLeadIsThePersonTheNextParagraphNamesWithThatTitle() {
        List<Quote> qs = quotes("Regional airline Skarvik Air will open nine routes to the Baltic next spring and lease"
                + " six more aircraft, its president said on Monday.\n\n"
                + "Skarvik Air president Tomasz Wrona told a travel fair in Gdansk that bookings were up by a third.");
        assertEquals(Optional.of("Tomasz Wrona"), reported(qs, "Regional airline Skarvik Air will open").speaker());
    }

    @Test
    void aDescriptionIsNotSomeoneNamedAfterWithAnotherTitle() {
        List<Quote> qs = quotes("Regional airline Skarvik Air will open nine routes to the Baltic next spring and lease"
                + " six more aircraft, its president said on Monday.\n\n"
                + "Aviation analyst Tomasz Wrona told a travel fair in Gdansk that bookings were up by a third.");
        assertTrue(indirect(qs, "Regional airline Skarvik Air will open").flatMap(Quote::speaker).isEmpty(),
                qs.toString());
    }

    @Test
    void theSpeakerAfterTheVerbEndsTheSentence() {
        List<Quote> qs = quotes("Ferry tickets to the outer islands will cost a fifth less from April, says Harbour"
                + " Minister Ilse Brandvold.");
        assertEquals(Optional.of("Ilse Brandvold"), reported(qs, "Ferry tickets to the outer islands").speaker());
    }

    @Test
    void aSpeakerAfterTheVerbWithAClauseOfItsOwnIsNotTrailing() {
        List<Quote> qs = quotes("Ferry tickets to the outer islands will cost a fifth less from April, said Harbour"
                + " Minister Ilse Brandvold, who had promised cheaper crossings and would now face the unions.");
        assertTrue(indirect(qs, "Ferry tickets").isEmpty(), qs.toString());
    }

    @Test
    void aRestrictiveRelativeClauseStandsBetweenTheSpeakerAndTheVerb() {
        List<Quote> qs = quotes("Geologist Runa Holt who led the survey of the fjord said the slope had moved four"
                + " centimetres since May.");
        assertEquals(Optional.of("Runa Holt"), reported(qs, "the slope had moved").speaker());
    }

    @Test
    void aPlaceBeforeATitleBelongsToTheTitle() {
        List<Quote> qs = quotes("Two climbers were rescued from the north face of the peak on Sunday, Garfield County"
                + " Sheriff Mel Ostrander said at a briefing.");
        Quote q = reported(qs, "Two climbers were rescued");
        assertEquals(Optional.of("Mel Ostrander"), q.speaker());
        assertTrue(q.speakerTitle().orElse("").contains("Sheriff"), q.toString());
    }

    @Test
    void aNounSetBesideANameEarlierMeansThatPerson() {
        List<Quote> qs = quotes("The ferry strike entered its third day on Friday.\n\n"
                + "In the harbour town of Vik, 47-year-old netmaker Sigrun Aas said her orders had dried up.\n\n"
                + "\"Nobody fishes when the boats cannot reach the mainland markets,\" the netmaker said.");
        Quote q = qs.stream().filter(Quote::direct).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals(Optional.of("Sigrun Aas"), q.speaker());
    }

    @Test
    void aNounNoNameWasGivenIsNotSomeoneWithAnotherTitle() {
        List<Quote> qs = quotes("The ferry strike entered its third day on Friday.\n\n"
                + "In the harbour town of Vik, harbour master Sigrun Aas said the quay was empty.\n\n"
                + "\"Nobody fishes when the boats cannot reach the mainland markets,\" the netmaker said.");
        Quote q = qs.stream().filter(Quote::direct).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertTrue(q.speaker().isEmpty(), q.toString());
    }

    @Test
    void aFeatureOpeningWithAQuotationIsTheOneTheNextParagraphSaysTheDescriptionIs() {
        List<Quote> qs = quotes("NAZARÉ, Portugal — \"You read the sea before you read the newspaper. The newspaper"
                + " does not drown anybody.\"\n\n"
                + "The net mender sitting by the harbour wall is Joaquim Barreto-Lopes, 71, who has worked the nets"
                + " of the town's boats since the 1960s.\n\n"
                + "The port authority says the fleet has halved in twenty years.");
        Quote opening = starting(qs, "You read the sea");
        assertEquals(Optional.of("Joaquim Barreto-Lopes"), opening.speaker(), qs.toString());
        assertTrue(opening.speakerTitle().orElse("").contains("net mender"), qs.toString());
        List<Quote> advice = quotes("PLOVDIV, Bulgaria — \"Water the vines at night, or the sun drinks it first.\"\n\n"
                + "The man giving this advice is Dimitar Kostadinov-Ivanov, 80, a vine grower whose family has kept"
                + " the same slope for four generations.");
        assertEquals(Optional.of("Dimitar Kostadinov-Ivanov"), starting(advice, "Water the vines").speaker(),
                advice.toString());
    }

    @Test
    void aFeatureOpeningWithAQuotationIsThePersonTheNextParagraphIsAbout() {
        List<Quote> qs = quotes("\"The sea gave us everything, and now it is taking the harbour back.\"\n\n"
                + "Leif Orvik, the retired harbour master, stood on the cracked quay on Tuesday as engineers measured the damage.");
        assertEquals(Optional.of("Leif Orvik"), qs.get(0).speaker(), qs.toString());
        // or the one the next paragraph presents, with an age before the description
        List<Quote> aged = quotes("\"The river used to reach my door. Now I walk an hour to see it.\"\n\n"
                + "The words belong to Tahmina Rezvani-Kolb, 58, a ferry pilot who has crossed the delta since 1989.");
        assertEquals(Optional.of("Tahmina Rezvani-Kolb"), aged.get(0).speaker(), aged.toString());
        assertTrue(aged.get(0).speakerTitle().orElse("").contains("ferry pilot"), aged.toString());
        // an age and a place are what news gives anyone it quotes: no one is presented by them
        List<Quote> placed = quotes("\"The river used to reach my door. Now I walk an hour to see it.\"\n\n"
                + "The words belong to Tahmina Rezvani-Kolb, 58, of Crab Hill, who has crossed the delta since 1989.");
        assertTrue(placed.get(0).speakerTitle().filter(t -> t.contains("Crab Hill")).isEmpty(), placed.toString());
    }

    @Test
    void aRelativeClauseAfterAnAffiliationSetOffIsAboutThePersonBeforeIt() {
        List<Quote> qs = quotes("Ecologist Dorina Lekaj-Toska, of the University of Shkodër, who led the fieldwork,"
                + " said the survey had found otters on every tributary.");
        assertEquals(Optional.of("Dorina Lekaj-Toska"), qs.get(0).speaker(), qs.toString());
    }

    @Test
    void whatSomeoneAskedForIsNoSpeechOfTheirsButWordsOfTheOneReportingIt() {
        List<Quote> qs = quotes("Halvard Brekke-Aune, who chairs the growers' cooperative, said the group had asked"
                + " the ministry for \"a second round of drought aid\".");
        Quote q = qs.stream().filter(Quote::direct).findFirst().orElseThrow(() -> new AssertionError(qs));
        assertEquals(Optional.of("Halvard Brekke-Aune"), q.speaker(), qs.toString());
    }

    @Test
    void aRelationToSomeoneElseIsTheTitleOfASpeakerWithNoOffice() {
        List<Quote> qs = quotes("The driver was jailed for four years on Friday.\n\n"
                + "\"Nothing the court does will bring him back,\" the victim's sister, Hanne Moe, said outside.");
        Quote q = qs.get(0);
        assertEquals(Optional.of("Hanne Moe"), q.speaker(), qs.toString());
        assertEquals(Optional.of("the victim's sister"), q.speakerTitle(), qs.toString());
    }

    @Test
    void anOccupationBesideTheNameStaysTheTitle() {
        List<Quote> qs = quotes("The driver was jailed for four years on Friday.\n\n"
                + "\"Nothing the court does will bring him back,\" the victim's lawyer, Hanne Moe, said outside.");
        assertTrue(qs.get(0).speakerTitle().orElse("").contains("lawyer"), qs.toString());
    }

    @Test
    void aCapitalisedFieldEndingInIngBelongsToTheTitle() {
        List<Quote> qs = quotes("Fishing Minister Arne Solvik said the quota for cod would be cut by a tenth.");
        assertEquals(Optional.of("Fishing Minister"), reported(qs, "the quota for cod").speakerTitle());
    }

    @Test
    void aRelationOfOneToAnotherIsTheTitle() {
        List<Quote> qs = quotes("\"We will rebuild the mill by spring,\" said Arne Solvik, the grandson of the mill's"
                + " founder.");
        assertEquals(Optional.of("Arne Solvik"), qs.get(0).speaker(), qs.toString());
        assertEquals(Optional.of("the grandson of the mill's founder"), qs.get(0).speakerTitle(), qs.toString());
    }

    @Test
    void anOccupationRightBeforeTheNameIsTheTitle() {
        List<Quote> qs = quotes("The old dance hall closed on Saturday after 90 years.\n\n"
                + "\"Every wedding in this valley had its first dance here,\" said violinist Petra Lunde.");
        assertEquals(Optional.of("violinist"), qs.get(0).speakerTitle(), qs.toString());
    }

    @Test
    void aWordBeforeTheNameThatIsNoOccupationIsNoTitle() {
        List<Quote> qs = quotes("The old dance hall closed on Saturday, months after Petra Lunde bought it.\n\n"
                + "\"Every wedding in this valley had its first dance here,\" Lunde said.");
        assertEquals(Optional.of("Petra Lunde"), qs.get(0).speaker(), qs.toString());
        assertEquals(Optional.empty(), qs.get(0).speakerTitle(), qs.toString());
    }

    @Test
    void theOrganisationAfterOfOnlyPlacesThePersonWhoSpeaks() {
        List<Quote> qs = quotes("Glaciologist Maren Tvedt of the University of Tromso, who was not part of the survey,"
                + " said the ice shelf had thinned by a third.");
        assertEquals(Optional.of("Maren Tvedt"), reported(qs, "the ice shelf had thinned").speaker());
    }

    @Test
    void aNamedOrganisationBeforeItsKindIsTheSpeaker() {
        List<Quote> qs = quotes("Dock workers at three ports will strike next week, the Nordhavn Dockers union said on"
                + " Monday.");
        assertEquals(Optional.of("Nordhavn Dockers"), reported(qs, "Dock workers at three ports").speaker());
    }

    @Test
    void theLeaderOfANamedOrganisationIsThePersonWhoseTitleNamesIt() {
        List<Quote> qs = quotes("\"We will march again on Saturday,\" said Ines Brevik, general secretary of the"
                + " Nordic Rail Workers Federation (NRWF).\n\n"
                + "Transport Minister Olav Lie said the talks would resume.\n\n"
                + "The NRWF leader said the members would vote on the offer next month.");
        assertEquals(Optional.of("Ines Brevik"), reported(qs, "the members would vote").speaker());
    }

    @Test
    void anEpithetWithAPlaceIsThePersonTheStoryIsAbout() {
        List<Quote> qs = quotes("Sander Holm scored twice as Brann beat Molde 3-1 on Sunday.\n\n"
                + "\"I only had to put my foot to the ball,\" the Danish striker said.");
        assertEquals(Optional.of("Sander Holm"), qs.get(0).speaker(), qs.toString());
    }

    @Test
    void anOfficeOfACountryIsNotThePersonInFocus() {
        List<Quote> qs = quotes("Sander Holm scored twice as Brann beat Molde 3-1 on Sunday.\n\n"
                + "\"Football is good for the whole region,\" Denmark's sports minister said.");
        assertTrue(qs.get(0).speaker().filter(x -> x.equals("Sander Holm")).isEmpty(), qs.toString());
    }

    @Test
    void aHyphenatedAgentNounIsThePersonInFocus() {
        List<Quote> qs = quotes("Ben Carter hit an unbeaten 140 on the first day at Trent Bridge.\n\n"
                + "\"The pitch was flat and the bowlers were tired,\" the left-hander said.");
        assertEquals(Optional.of("Ben Carter"), qs.get(0).speaker(), qs.toString());
    }

    @Test
    void anAgentNounInManIsThePersonInFocus() {
        List<Quote> qs = quotes("Ben Carter hit an unbeaten 140 on the first day.\n\n"
                + "\"The pitch was flat and the bowlers were tired,\" the batsman said.");
        assertEquals(Optional.of("Ben Carter"), qs.get(0).speaker(), qs.toString());
    }

    @Test
    void anEpithetLooksPastAMoreRecentPersonWithAnotherTitle() {
        List<Quote> qs = quotes("Ben Carter won the Oslo marathon on Sunday in a course record.\n\n"
                + "\"I ran the last ten kilometres alone,\" he said.\n\n"
                + "His coach, Ivar Lunde, said the record had taken three years of work.\n\n"
                + "The runner said he would rest for a month.");
        assertEquals(Optional.of("Ben Carter"), reported(qs, "he would rest for a month").speaker());
    }

    @Test
    void aDocumentIsNotThePersonInFocus() {
        List<Quote> qs = quotes("Tom Aske chaired the inquiry into the collapse of the stand.\n\n"
                + "The stand had not been inspected for nine years, the report said.");
        assertTrue(qs.stream().noneMatch(q -> q.speaker().filter("Tom Aske"::equals).isPresent()
                && q.text().startsWith("The stand")), qs.toString());
    }

    @Test
    void aPlaceAdjunctAfterTheVerbIsNotPartOfTheClause() {
        List<Quote> qs = quotes("Union organiser Pia Dahl said outside the depot that the drivers would not return"
                + " before Monday.");
        Quote q = reported(qs, "the drivers would not return");
        assertEquals(Optional.of("Pia Dahl"), q.speaker());
        assertTrue(indirect(qs, "outside").isEmpty(), qs.toString());
    }

    @Test
    void theAuthorOfADocumentNamedAfterSomeWordsSpeaksThroughIt() {
        List<Quote> qs = quotes("Only a tenth of the fines are ever paid, according to a study published last spring by"
                + " the Lindholm Policy Institute.");
        assertEquals(Optional.of("Lindholm Policy Institute"), reported(qs, "Only a tenth of the fines").speaker());
    }

    @Test
    void aTwoWordSurnameStandsForTheFullName() {
        List<Quote> qs = quotes("The count went on.\n\nSalas Mendoza, 58, has not appeared since Monday, and former Cusco"
                + " mayor Inés Salas Mendoza was not seen either. \"Every ballot will be seen twice and counted once,\""
                + " Salas Mendoza wrote.");
        assertEquals(Optional.of("Inés Salas Mendoza"), qs.get(0).speaker(), qs.toString());
    }

    @Test
    void anUnnamedSpokespersonForAnOrganisationIsNoOne() {
        List<Quote> qs = quotes("The ferry will not sail until Monday.\n\nA spokesman for the Nordhavn Port Authority"
                + " said the crossing was \"too dangerous for now\" after the storm.");
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(Optional.empty(), qs.get(0).speaker(), qs.toString());
    }

    @Test
    void theReportedSpeechOfAnUnnamedSpokespersonIsNotListed() {
        List<Quote> qs = quotes("The ferry will not sail.\n\nA spokeswoman for Nordhavn Ferries said the company would"
                + " refund every ticket bought for the weekend.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aGenericSpeakerInTheMiddleGivesNoQuote() {
        List<Quote> qs = quotes("Rents in the old town, analysts said, would keep rising through the summer.");
        assertTrue(qs.isEmpty(), qs.toString());
    }

    @Test
    void aDescriptionInPlainWordsBeforeAnOrganisationsNameIsPartOfTheSpeaker() {
        List<Quote> qs = quotes("BREKKA – Power was restored to most homes in the north by Tuesday evening, the state"
                + " power company Kraftnord said.\n\n"
                + "BREKKA – Ice fell into the lake on Wednesday, the national disaster agency NORDAK said.");
        assertEquals(Optional.of("Kraftnord"), Quotes.starting(qs, "Power was restored").speaker());
        assertEquals(Optional.of("NORDAK"), Quotes.starting(qs, "Ice fell into the lake").speaker());
    }

    @Test
    void anOrganisationInAPlaceIsTheSpeakerNotThePlace() {
        List<Quote> qs = quotes("The krone fell again on Monday.\n\n"
                + "The Central Bank of Norland in Bergen said it would auction 30 million dollars to commercial banks"
                + " this week.");
        assertEquals(Optional.of("Central Bank of Norland"), Quotes.starting(qs, "it would auction").speaker());
    }

    @Test
    void aDocumentByAnOrganisationIsTheOrganisationsWord() {
        List<Quote> qs = quotes("BREKKA – The number of wolves in Norland has risen to about 260, according to a"
                + " winter census by the Norland Wildlife Agency.\n\n"
                + "According to preliminary results published by the Norland Electoral Board, turnout was 64"
                + " percent.");
        assertEquals(Optional.of("Norland Wildlife Agency"), Quotes.starting(qs, "The number of wolves").speaker());
        assertEquals(Optional.of("Norland Electoral Board"), Quotes.starting(qs, "turnout was 64").speaker());
    }

    @Test
    void aRelativeClauseAfterADescriptionLeavesTheDescriptionTheSpeaker() {
        List<Quote> qs = quotes("Skier Jonas Aalberg won the race up the fjord in 2012.\n\n"
                + "The 41-year-old, who now runs a ski school, told reporters in Brekka on Thursday that his legs"
                + " had started to \"argue with the hill\".");
        assertEquals(Optional.of("Jonas Aalberg"), Quotes.starting(qs, "argue with the hill").speaker());
    }

    @Test
    void aPossessiveInWhomSomethingWasToldDoesNotEndTheSentence() {
        List<Quote> qs = quotes("Game warden Jonas Aalberg told the Brekka Magistrate's Court on Tuesday that he had found"
                + " two wolf pelts under the seat of a van.");
        assertEquals(Optional.of("Jonas Aalberg"), Quotes.starting(qs, "he had found two wolf pelts").speaker());
    }

    @Test
    void peopleInACountryAreNotTheCountry() {
        List<Quote> qs = quotes("REYKJAVIK – Sheep farmers in Iceland say a ban on live exports has cost them more than"
                + " 40 million kronur since the spring.");
        assertTrue(qs.stream().noneMatch(q -> q.speaker().isPresent()), qs.toString());
    }

    @Test
    void thatBeforeAFiniteVerbIsTheReportedClausesSubject() {
        List<Quote> qs = quotes("Asked whether the ward could open at night, nursing director Ilka Tammisto told the"
                + " board that was possible but would need 24 more nurses.");
        assertEquals(Optional.of("Ilka Tammisto"), Quotes.starting(qs, "that was possible but would need").speaker());
    }
    @Test
    void aPlaceAfterANameIsWhereThePersonLivesNotTheSpeaker() {
        List<Quote> qs = quotes("Farmer Ysolde Marrable of St Luke said the freight boat was too small for cattle.");
        Quote q = reported(qs, "the freight boat was too small");
        assertEquals(Optional.of("Ysolde Marrable"), q.speaker());
        assertEquals(Optional.of("Farmer"), q.speakerTitle());
    }

    @Test
    void aLeadsDescribedOrganisationIsTheOneTheNextParagraphNames() {
        List<Quote> qs = quotes("KESTON – Ferry fares to the outer islands will rise by a fifth in March, the ferry"
                + " operators' association said on Monday.\n\nHalvard Prenty-Ossel, president of the Association of"
                + " Northern Ferry Operators, said fuel had doubled in price.");
        assertEquals(Optional.of("Association of Northern Ferry Operators"),
                reported(qs, "Ferry fares to the outer islands").speaker());
        assertEquals(Optional.of("Halvard Prenty-Ossel"), reported(qs, "fuel had doubled").speaker());
    }

    @Test
    void aLeadsDescriptionIsNotAnOrganisationTheNextParagraphOnlyMentions() {
        List<Quote> qs = quotes("KESTON – Ferry fares to the outer islands will rise by a fifth in March, the ferry"
                + " operators' association said on Monday.\n\nThe rise follows a report by the Association of"
                + " Northern Ferry Operators on fuel costs.");
        assertFalse(indirect(qs, "Ferry fares to the outer islands").flatMap(Quote::speaker)
                .filter(sp -> sp.equals("Association of Northern Ferry Operators")).isPresent());
    }

    @Test
    void anOtherNameBetweenCommasDoesNotHideTheSpeaker() {
        List<Quote> qs = quotes("VAN — Floods cut the road to the airport on Sunday, the Directorate of Road Works"
                + " said.\n\nThe water had risen two metres overnight, the directorate, known as KGM, said.");
        assertEquals(Optional.of("Directorate of Road Works"), reported(qs, "The water had risen").speaker());
    }

    @Test
    void aPartialQuoteAfterAParticipleBelongsToTheDescribedSubject() {
        List<Quote> qs = quotes("The Prime Minister has ruled out an early vote, insisting that the coalition has"
                + " \u2018work still to do\u2019 after two by-election losses.\n\nSpeaking in Leeds, Rowan Adeyemi-Clarke"
                + " said voters wanted \u2018results, not rallies\u2019.");
        assertEquals(Optional.of("Rowan Adeyemi-Clarke"), direct(qs, "work still to do").speaker());
        assertFalse(indirect(qs, "the coalition has").isPresent(), "the clause holding the partial quote: " + qs);
    }

    @Test
    void aNounShapedLikeAReportingVerbDoesNotTakeTheParticiplesClause() {
        List<Quote> qs = quotes("The Central Bank of Ruritania cut its main rate by 75 basis points, saying price"
                + " growth had eased for a third month.");
        assertEquals(Optional.of("Central Bank of Ruritania"), reported(qs, "price growth had eased").speaker());
    }

    @Test
    void denyReportsABareClauseButNotItsObject() {
        List<Quote> qs = quotes("Mr Hallworth-Bligh denied there had been any deal with the independents.");
        assertEquals(Optional.of("Hallworth-Bligh"), reported(qs, "there had been any deal").speaker()
                .map(sp -> sp.substring(sp.indexOf(' ') + 1)));
        List<Quote> rs = quotes("The county planning board on Tuesday denied a permit that would have let a chain"
                + " open a store on the green.\n\nOpposition leader Edda Vorhaug was denied bail by a magistrate"
                + " who ruled that she might leave the country.");
        assertTrue(rs.stream().noneMatch(q -> !q.direct()), rs.toString());
    }

    @Test
    void aPhraseQuotedInsideASentenceBelongsToTheAttributionThatClosesIt() {
        List<Quote> qs = quotes("Party whip Odile Marchetti-Roy said her members had stayed away from the vote. The party"
                + " would \"weigh every motion on its merits\" from now on, she added.");
        assertEquals(Optional.of("Odile Marchetti-Roy"), direct(qs, "weigh every motion").speaker());
        assertFalse(indirect(qs, "The party would").isPresent(), "the clause holding the partial quote: " + qs);
        // a compound in quotation marks is a name for a thing, not words of the speaker
        List<Quote> rs = quotes("Nurses will stage a \"work-in\" from Monday, the Allied Nurses Union said.");
        assertTrue(rs.stream().noneMatch(q -> q.direct()), rs.toString());
    }

    @Test
    void aPartialQuoteFarIntoAReportedClauseIsTheReportersNotTheClausesSubjects() {
        List<Quote> qs = quotes("Greens co-leader Ilka Brannvoll-Sund said the party accepted the result and would sit"
                + " on the crossbench \"with patience and with purpose\".");
        assertEquals(Optional.of("Ilka Brannvoll-Sund"), direct(qs, "with patience and with purpose").speaker());
    }

    @Test
    void aDocumentOfANamedBodyIsTheBodysButADocumentOfWhatItStudiesIsNoOnes() {
        List<Quote> qs = quotes("Seagrass cover in the lagoon has halved since 2015, according to the annual survey of"
                + " the Carovian Institute of Marine Science (CIMS).");
        assertEquals(Optional.of("Carovian Institute of Marine Science"), reported(qs, "Seagrass cover in the lagoon")
                .speaker());
        List<Quote> rs = quotes("Seagrass cover in the lagoon has halved since 2015, according to a survey of 400"
                + " fishermen.");
        assertTrue(rs.stream().noneMatch(q -> q.speaker().isPresent()), rs.toString());
    }

    @Test
    void staffOfANamedBodySpeakForTheBodyButStaffOfAnUnnamedOneDoNot() {
        List<Quote> qs = quotes("Rice stocks in the delta would last until April, monitors from the Mekong River Watch"
                + " Commission said on Thursday.");
        assertEquals(Optional.of("Mekong River Watch Commission"), reported(qs, "Rice stocks in the delta")
                .speaker().map(sp -> sp.replaceFirst("^the ", "")));
        List<Quote> rs = quotes("Two in five households in the valley now skip a meal each week, a survey by"
                + " researchers at the University of Eastern Carovia has found.");
        assertEquals(Optional.of("University of Eastern Carovia"), reported(rs, "Two in five households")
                .speaker().map(sp -> sp.replaceFirst("^the ", "")));
        // a body the text does not name has no entity to speak for it
        List<Quote> ts = quotes("Pressure in the mains had fallen by half overnight, officials at the local water"
                + " company said.");
        assertTrue(indirect(ts, "Pressure in the mains").flatMap(Quote::speaker).isEmpty(), ts.toString());
    }

    @Test
    void aProgrammeOrAConsortiumIsABodyThatSpeaks() {
        List<Quote> qs = quotes("Nests on the southern beaches rose by a third this season, the turtle protection"
                + " programme Mar Azul said on Friday.\n\nThe programme said most of the nests were of green turtles.");
        assertEquals(Optional.of("Mar Azul"), reported(qs, "Nests on the southern beaches").speaker());
        assertEquals(Optional.of("Mar Azul"), reported(qs, "most of the nests").speaker());
        List<Quote> rs = quotes("Monkey sales at the central market have fallen by two thirds, according to a survey"
                + " by the Kelani Primate Watch programme.");
        assertEquals(Optional.of("Kelani Primate Watch"), reported(rs, "Monkey sales at the central market")
                .speaker().map(sp -> sp.replaceFirst("^the ", "")));
        List<Quote> ts = quotes("Kestral Coast Railway, the consortium that holds the concession for the line, said"
                + " it had cut the journey to the port to eight days.");
        assertEquals(Optional.of("Kestral Coast Railway"), reported(ts, "it had cut the journey").speaker());
    }

    @Test
    void aSecondVerbOfSpeechAfterAnAuxiliaryOrAClosingAttributionReportsOnItsOwn() {
        List<Quote> qs = quotes("Bergen's Department of Fisheries says it issued 312 trawling licences this winter,"
                + " and has said it will require every trawler to carry a tracker from next year.");
        Quote first = reported(qs, "it issued 312 trawling licences");
        assertFalse(first.text().contains("tracker"), qs.toString());
        assertEquals(first.speaker(), reported(qs, "it will require every trawler").speaker());
        List<Quote> rs = quotes("The dykes along the lower river have held through three storms, the Halden Flood"
                + " Institute said on Monday, but warned that the northern embankment remains weak.");
        assertEquals(Optional.of("Halden Flood Institute"), reported(rs, "The dykes along the lower river").speaker()
                .map(sp -> sp.replaceFirst("^the ", "")));
        assertEquals(Optional.of("Halden Flood Institute"), reported(rs, "the northern embankment remains weak")
                .speaker().map(sp -> sp.replaceFirst("^the ", "")));
    }

    @Test
    void anApproximateNumberOpensTheReportedClause() {
        // "says about 20,000 people …" reports a clause with a quantity, where "said about the plan" names a topic
        List<Quote> qs = quotes("Lundmark's Ministry of Coastal Affairs says about 12,000 people, most of them women,"
                + " dry fish along the bay.");
        assertTrue(reported(qs, "about 12,000 people").speaker().orElse("").endsWith("Ministry of Coastal Affairs"),
                qs.toString());
        List<Quote> rs = quotes("The Orvik Harbour Board said nearly 40 boats had been lost in the storm.");
        assertTrue(reported(rs, "nearly 40 boats had been lost").speaker().isPresent(), rs.toString());
    }

    @Test
    void aHyphenatedWordInsideTheDocumentDoesNotHideItsAuthor() {
        List<Quote> qs = quotes("The northern reserve is home to 48 snow leopards, according to a camera-trap survey"
                + " released by the Wildlife Conservation Directorate on Tuesday.");
        assertEquals(Optional.of("Wildlife Conservation Directorate"), reported(qs, "The northern reserve is home")
                .speaker().map(sp -> sp.replaceFirst("^the ", "")));
    }

    @Test
    void aPlainDescriptionBeforeANameLeavesTheClosingAttributionAfterTheComma() {
        // "…, the Danish shipbuilder Halvik Yards said": the description's words are neither a title nor a body's
        // noun, yet the comma before them closes the reported clause
        List<Quote> qs = quotes("Orders for new ferries fell by a third this year, the Danish shipbuilder Halvik Yards"
                + " said on Tuesday.");
        assertEquals(Optional.of("Halvik Yards"), reported(qs, "Orders for new ferries fell").speaker(), qs.toString());
        List<Quote> rs = quotes("Winter ice on the fjord lasted 40 days, the Norwegian lake monitoring network"
                + " ISVAKT said on Monday.");
        assertEquals(Optional.of("ISVAKT"), reported(rs, "Winter ice on the fjord").speaker(), rs.toString());
    }

    @Test
    void aNameAfterAPlacesAppositiveSpeaksThoughARelativeClauseFollowsIt() {
        List<Quote> qs = quotes("Beetles have killed about a tenth of the spruce in the Skarvik Nature Reserve, the"
                + " largest old forest in Finland, the Skarvik Forest Society, which manages the reserve, said on"
                + " Friday.");
        assertEquals(Optional.of("Skarvik Forest Society"), reported(qs, "Beetles have killed about a tenth")
                .speaker().map(sp -> sp.replaceFirst("^the ", "")), qs.toString());
    }

    @Test
    void aCourtesyTitleBetweenTheDescriptionAndTheNameLeavesTheNameTheSpeaker() {
        List<Quote> qs = quotes("\"Ten years ago we counted the eagles on one hand,\" said the programme's manager,"
                + " Dr Ingrid Solvang-Moe.");
        assertEquals(Optional.of("Ingrid Solvang-Moe"), qs.get(0).speaker(), qs.toString());
    }

    @Test
    void aTrustOrASocietyIsCalledBackByItsLastWord() {
        List<Quote> qs = quotes("The Halden Heritage Trust said on Monday that it would buy the old mill.\n\n"
                + "According to the trust, 14 owls were killed by cars this year.");
        assertEquals(Optional.of("Halden Heritage Trust"), reported(qs, "14 owls were killed").speaker()
                .map(sp -> sp.replaceFirst("^the ", "")), qs.toString());
    }

    @Test
    void accordingToHerOrHimIsTheOneWhoSpokeLast() {
        List<Quote> qs = quotes("Hydrologist Dana Esenova-Kaliyeva said the catch had doubled.\n\n"
                + "According to her, a second dam would bring the shore back to the town.");
        assertEquals(Optional.of("Dana Esenova-Kaliyeva"), reported(qs, "a second dam would bring").speaker(),
                qs.toString());
        List<Quote> rs = quotes("Harbour master Ivo Keldsen said the pier would open in May.\n\n"
                + "The cranes would follow in June, according to him.");
        assertEquals(Optional.of("Ivo Keldsen"), reported(rs, "The cranes would follow").speaker(), rs.toString());
    }
}
