package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidate names of sentences written for these tests, with the tagger's tags given by hand ({@link TaggedText}). */
class SpanFinderTest {
    private static final SpanFinder FINDER = new SpanFinder(CountryTable.get());

    private static List<Span> spans(String line) {
        return FINDER.find(TaggedText.sentences(line).get(0));
    }

    /** Fails, listing the spans found, unless one of them is named {@code name}. */
    private static void assertHasSpan(List<Span> spans, String name) {
        assertTrue(spans.stream().anyMatch(sp -> sp.name().equals(name)), spans.toString());
    }

    private static Span.Kind kindOf(List<Span> spans, String name) {
        return spans.stream().filter(sp -> sp.name().equals(name)).map(Span::kind).findFirst()
                .orElseThrow(() -> new AssertionError("no span '" + name + "' in " + spans));
    }

    @Test
    void aCompanysLegalFormTheTaggerLeftOutMakesTheRunBeforeItACompany() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The operator , Hochjoch/P Seilbahnen/P GmbH , said the"
                + " slopes were bare ."), "Hochjoch Seilbahnen GmbH"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Kassama/L Gold/L Corp said staff were kept out ."),
                "Kassama Gold Corp"));
        // a person's name with no legal form after it stays a person's
        assertEquals(Span.Kind.PERSON, kindOf(spans("Ana/P Ruiz/P said the slopes were bare ."), "Ana Ruiz"));
    }

    @Test
    void aGivenNameWrittenShortOpensTheName() {
        assertHasSpan(spans("Md. Rafiqul/P Islam/P , a trader , said prices rose ."), "Md. Rafiqul Islam");
        assertHasSpan(spans("Sen. Ma. Lourdes/P \" Malou/P \"/P Abad/P ~-/P ~Santos/P said so ."),
                "Ma. Lourdes Abad-Santos");
    }

    @Test
    void aBodysNameHoldingAPossessiveIsOneNameAcrossIt() {
        // the tagger types the place before the possessive and the body after it apart
        List<Span> s = spans("He pleaded guilty , the U.S./L Attorney ~’s Office/O for/O the/O Western/O District/O"
                + " of/O Alderney/O said .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "U.S. Attorney’s Office for the Western District of Alderney"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Ohio/L Consumers ~’ Counsel said refunds were owed ."),
                "Ohio Consumers’ Counsel"));
        // a place's or a country's body is the owner's, not one name
        List<Span> p = spans("Velmora/L 's Office/O for/O National/O Statistics/O said prices rose .");
        assertTrue(p.stream().noneMatch(sp -> sp.name().startsWith("Velmora 's")), p.toString());
        List<Span> c = spans("Britain 's Office/O for/O National/O Statistics/O said prices rose .");
        assertTrue(c.stream().noneMatch(sp -> sp.name().startsWith("Britain")
                && sp.kind() == Span.Kind.ORGANIZATION), c.toString());
    }

    @Test
    void capitalsEndingInABodysHeadAfterAPlacesPossessiveAreThatBodysName() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Velmora/L 's National Health Superintendency took over"
                + " the insurer ."), "National Health Superintendency"));
        // an office before a name is no body
        List<Span> m = spans("Colombia 's Health Minister Ana/P Ruiz/P said the insurer had failed .");
        assertTrue(m.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), m.toString());
        // a plural in "-men" owns a body's head, across the tagger's cut
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Northern/O Cattlemen/O ~'s Union/O said exports"
                + " fell ."), "Northern Cattlemen's Union"));
    }

    @Test
    void capitalsTheTaggerMissedAfterARoleNounAreAPersonsName() {
        // a name in letters the tagger seldom saw, after a role and before "of": a person, apart from the body
        List<Span> s = spans("Seismologist Ayşe Demirtaş ~- ~Quinn of Boğaziçi/O University/O ~'s/O Kandilli/O"
                + " Observatory/O said the risk was high .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Ayşe Demirtaş-Quinn"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Boğaziçi University's Kandilli Observatory"));
        // a Kyrgyz name ends in "kyzy" ("daughter of") after the father's name, which may be a title word too
        List<Span> k = spans("Biologist Aigerim Sultan kyzy , who led the survey , said the count rose .");
        assertEquals(Span.Kind.PERSON, kindOf(k, "Aigerim Sultan kyzy"));
        // a capitalised phrase after a role that no "of", comma or speech verb closes is no name
        List<Span> n = spans("The geologist Mount Kenya Trails runs tours .");
        assertTrue(n.stream().noneMatch(sp -> sp.kind() == Span.Kind.PERSON), n.toString());
    }

    @Test
    void anInstitutionHeadWithItsComplementIsAnOrganisationTheTaggerMissed() {
        assertEquals(Span.Kind.ORGANIZATION,
                kindOf(spans("The fine went to the Court of Final Appeal on Monday ."), "Court of Final Appeal"));
        assertEquals(Span.Kind.ORGANIZATION,
                kindOf(spans("Velmora/L 's Court of Cassation upheld the order ."), "Court of Cassation"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The ban was extended , the Ministry of Coastal Affairs and "
                + "Spatial Planning said ."), "Ministry of Coastal Affairs and Spatial Planning"));
        // the place the tagger found inside it is part of it
        List<Span> s = spans("Ferries will stop , the Municipality of Brevane/L said .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Municipality of Brevane"));
        assertTrue(s.stream().noneMatch(sp -> sp.name().equals("Brevane")), s.toString());
    }

    @Test
    void aForeignHeadTakesItsComplementWithOrWithoutALink() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Agence Nationale des Routes said the water was safe ."),
                "Agence Nationale des Routes"));
        // the tagger started the name late, after the head and its link
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The harvest is late , the Comité du Sel/O Marin/O de/O "
                + "Brevane/O said ."), "Comité du Sel Marin de Brevane"));
    }

    @Test
    void anOrganisationThatEndsInAHeadTakesTheCountryAfterOf() {
        List<Span> s = spans("The Election/O Commission/O of Norway/L said it would recount .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Election Commission of Norway"));
        assertTrue(s.stream().noneMatch(sp -> sp.country().isPresent()), s.toString());
    }

    @Test
    void aHeadWithoutAComplementOrBeforeATitledNameMakesNoName() {
        assertTrue(spans("The Court said the fine stood .").isEmpty());
        List<Span> s = spans("Council President Ana/P Lind/P opened the session .");
        assertTrue(s.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), s.toString());
        List<Span> t = spans("Talks between the Ministry of Health and Tom/P Berg/P ended .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "Ministry of Health"));
        assertEquals(Span.Kind.PERSON, kindOf(t, "Tom Berg"));
        // a line in title case capitalises every word
        List<Span> u = spans("Court of Appeal Backs Harbour Plan After Storm");
        assertTrue(u.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), u.toString());
    }

    @Test
    void anOfficeAfterTheIsNoNameEvenWhenTaggedAsOne() {
        List<Span> s = spans("The Tánaiste/P rejected the claims and the Chief/P Whip/P agreed .");
        assertTrue(s.stream().noneMatch(sp -> sp.kind() == Span.Kind.PERSON), s.toString());
        // a name after the office is still the name, and a surname like an office is one without "the"
        List<Span> t = spans("Tánaiste/P Niamh/P Ryan/P spoke and Mr Speaker/P left .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Niamh Ryan"));
        assertEquals(Span.Kind.PERSON, kindOf(t, "Speaker"));
    }

    @Test
    void ofInsideAPersonsRunEndsTheNameAndWhatFollowsIsAPlace() {
        List<Span> s = spans("Village head Sekou/P Dembe/P ~-/P ~Kante/P of/P Kobaya/P said the bridge fell .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Sekou Dembe-Kante"));
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Kobaya"));
    }

    @Test
    void aBalineseNameKeepsTheIThatOpensIt() {
        List<Span> s = spans("The temple 's priest , I Nyoman/P Pasek/P , said the water fell .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "I Nyoman Pasek"));
        // the pronoun before a verb is no part of a name
        List<Span> t = spans("Then I met Nyoman/P Pasek/P at the temple .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Nyoman Pasek"));
    }

    @Test
    void aLowerCaseWordTheTaggerRunsIntoAnOrganisationIsLeftOut() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Inspectors from the state/O Department/O of/O Fisheries/O "
                + "came ."), "Department of Fisheries"));
        // a foreign article and a hyphenated particle stay
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Readers of de/O Zeeuwse/O Krant/O wrote ."),
                "de Zeeuwse Krant"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Fighters of al/O ~-/O ~Rahma/O left ."), "al-Rahma"));
    }

    @Test
    void aFrenchCourtesyTitleIsNoPartOfTheName() {
        List<Span> s = spans("The lawyer , Maître/P Odile/P Ferrand/P , said the ruling was clear .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Odile Ferrand"));
    }

    @Test
    void aFieldTradeBeforeANameIsATitleTheTaggerTookIn() {
        assertEquals(Span.Kind.PERSON, kindOf(spans("Ranger/P Tomás/P Mabunda/P , 41 , said the pride had moved ."),
                "Tomás Mabunda"));
        assertEquals(Span.Kind.PERSON, kindOf(spans("Herder/P Bat/P ~-/P ~Erdene/P lost 300 goats ."), "Bat-Erdene"));
    }

    @Test
    void anAcronymNobodyTaggedThatSpeaksIsAnOrganisation() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Buses will run every hour , TRAMVO said ."), "TRAMVO"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Fares rose , according to TRAMVO ."), "TRAMVO"));
        assertTrue(spans("The TRAMVO fleet is old .").isEmpty());
        // an abbreviated title speaks for a person
        assertTrue(spans("Costs will fall , the CFO said .").isEmpty());
        assertTrue(spans("Costs will fall , the PM said .").isEmpty());
    }

    @Test
    void aNameInCapitalsThatOpensTheSentenceAndSpeaksIsAnOrganisation() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Harbour Pilots Cymru said it would appeal ."),
                "Harbour Pilots Cymru"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans(
                "The Valley Growers Forum , which represents 400 farms , said the plan was late ."),
                "Valley Growers Forum"));
        // a place the tagger took for the start of the name
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Northern/L Ireland/L Water said it needed money ."),
                "Northern Ireland Water"));
        // a title and a person's name the tagger missed, one hyphenated surname, a name that does not speak
        // (the name after the office's field is the holder's, a person)
        assertEquals(Span.Kind.PERSON, kindOf(spans("Minister of Mines Tran Van Lo told deputies the law would pass ."),
                "Tran Van Lo"));
        assertTrue(spans("Gimbang-Lo replied that the pipes were old .").isEmpty());
        assertTrue(spans("Harbour Pilots Cymru met on Monday .").isEmpty());
        assertTrue(spans("In Norway/L Tarvik said the tour would go ahead .").stream()
                .noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), "a preposition opens no name");
    }

    @Test
    void aBrandWrittenWithACapitalInsideThatSpeaksIsAnOrganisation() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans(
                "GridNorte , the state-owned grid operator , said the lines were full ."), "GridNorte"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("PayLoop said it would hire 200 staff ."), "PayLoop"));
        assertTrue(SpanFinder.camelCase("EirGrid") && SpanFinder.camelCase("BlackRock"));
        // a surname's or given name's prefix, a word in capitals, a plain word: no brand
        assertTrue(!SpanFinder.camelCase("McAllister") && !SpanFinder.camelCase("MacLeod")
                && !SpanFinder.camelCase("DeShawn") && !SpanFinder.camelCase("NATO") && !SpanFinder.camelCase("Grid"));
        assertTrue(spans("McAllister , the club's captain , said he was fit .").isEmpty());
        assertTrue(spans("GridNorte met on Monday .").isEmpty(), "a brand that does not speak is left to the tagger");
    }

    @Test
    void aTopicAfterOnOrForIsNoPartOfAnInstitutionsName() {
        // a country after "on" is what the body discusses
        List<Span> s = spans("The envoy briefed the Security Council on Velmora/L on Friday .");
        assertTrue(s.stream().noneMatch(sp -> sp.name().contains("on Velmora")), s.toString());
        assertHasSpan(s, "Velmora");
        // a tagged organisation after "on" is the case before the court
        List<Span> t = spans("A ruling by the Court of Justice on Taxora/O is due .");
        assertTrue(t.stream().noneMatch(sp -> sp.name().contains("on Taxora")), t.toString());
        // "of" still takes the country in
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Election/O Commission/O of Norway/L said it would "
                + "recount ."), "Election Commission of Norway"));
    }

    @Test
    void aRegnalNumberIsNoSpeakingAcronym() {
        List<Span> s = spans("King Harald/P VII said the bridge would open .");
        assertTrue(s.stream().noneMatch(sp -> sp.name().equals("VII")), s.toString());
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Extra trains will run , SKVT said ."), "SKVT"));
    }

    @Test
    void aLowerCaseParticleOpeningANameStaysInIt() {
        List<Span> s = spans("Fighters of al/O Hadra/O said they left the town .");
        assertHasSpan(s, "al Hadra");
    }

    @Test
    void aTitleWordJoinedByAHyphenIsPartOfASurname() {
        List<Span> s = spans("Trade envoy Bilal/P Ahmad/P Sheikh/P ~-/P ~Qureshi/P said the talks had stalled .");
        assertHasSpan(s, "Bilal Ahmad Sheikh-Qureshi");
        // a title word on its own before the name is still no part of it
        List<Span> t = spans("Deputy/P Emir/P Bilal/P Ahmad/P said the talks had stalled .");
        assertHasSpan(t, "Bilal Ahmad");
    }

    @Test
    void aBodysNameGoesOnOverAndIntoWordsNobodyTagged() {
        // a country inside the name ("Kenya") does not stop it
        List<Span> s = spans("The Federation/O of/O Kenya/O Chambers/O of/O Commerce/O and Industry ( FKCCI/O ) said the"
                + " levy was too high .");
        assertHasSpan(s, "Federation of Kenya Chambers of Commerce and Industry");
        // a name with no "of" in it ends before "and": "Acme Holdings and Partners" may be two firms
        List<Span> t = spans("Brandt/O Holdings/O and Partners said the deal was off .");
        assertHasSpan(t, "Brandt Holdings");
    }

    @Test
    void aBodyNamedByAListOfTradesGoesOnPastItsCommas() {
        List<Span> s = spans("The Ghana/O Teachers/O , Cooks and Cleaners Union said the strike would go on .");
        assertHasSpan(s, "Ghana Teachers , Cooks and Cleaners Union");
        // the tagger's own run for the last words is part of that name, not a second one
        List<Span> t = spans("The Ghana/O Teachers/O , Cooks and Cleaners/O Union/O said the strike would go on .");
        assertEquals(1, t.size(), t.toString());
        // three firms in a list end in no body's noun and stay three names
        List<Span> u = spans("Brandt/O Holdings/O , Kessel/O and Varga/O said the deal was off .");
        assertHasSpan(u, "Brandt Holdings");
    }

    @Test
    void aNameThatListsItsFieldsStartsAtTheFirstOfThem() {
        List<Span> s = spans("Appearing before the Environment , Food and Rural/O Affairs/O Committee/O , Ana/P Ruiz/P said"
                + " the firm was in talks .");
        assertHasSpan(s, "Environment , Food and Rural Affairs Committee");
    }

    @Test
    void capitalsAfterANounForAKindOfBodyAreThatBodysName() {
        // the tagger leaves the first words untagged and takes the last for the country
        List<Span> s = spans("The victims ' group Never Forget Peru said the vote was overdue .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Never Forget Peru"));
        assertTrue(s.stream().noneMatch(sp -> sp.name().equals("Peru")), s.toString());
        // a name of another language, joined by its own articles
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Ana/P Ruiz/P of the consumer group Mesa Ciudadana del"
                + " Consumidor said prices rose ."), "Mesa Ciudadana del Consumidor"));
        // a person after the noun, or a single capital, is no body's name
        List<Span> p = spans("The group Ana/P Ruiz/P founded said the vote was overdue .");
        assertTrue(p.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), p.toString());
    }

    @Test
    void aListOfWordsAfterAnInstitutionsHeadThatAndClosesIsInTheName() {
        // the tagger cuts the name at the first comma and tags the rest as a body of its own
        List<Span> s = spans("The Institute/O of/O Hydrography/O , Geodesy/O ,/O Tides/O and/O Charts/O said the"
                + " harbour was silting .");
        // (the hand-tagged text puts a space before each comma)
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Institute of Hydrography , Geodesy , Tides and Charts"));
        // a list the name does not close with "and" and a capital is not the name's
        List<Span> p = spans("The Institute/O of/O Hydrography/O , Geodesy/O and the navy said the harbour was"
                + " silting .");
        assertTrue(p.stream().noneMatch(sp -> sp.name().contains("navy")), p.toString());
    }

    @Test
    void aBodysNameAfterItsKindMayHoldAWordTheTaggerTookForAPersons() {
        List<Span> s = spans("Biologist Ana/P Ruiz/P of the conservation group Ballenas del Sur/P said the count"
                + " fell .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Ballenas del Sur"));
    }

    @Test
    void aNameThatEndsInACountrysOpeningTheSentenceBeforeAnAppositiveAndSaidIsABodys() {
        List<Span> s = spans("Timber Norway , the industry association , said exports fell .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Timber Norway"));
        // a region of the country is no body
        List<Span> r = spans("Northern Norway , the coldest region , said nothing .");
        assertTrue(r.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), r.toString());
    }

    @Test
    void aNameTheTaggerMissedAfterALiveBlogsTimeStampIsABodysWhenItSpeaks() {
        List<Span> s = spans("05:30 : Coast Rescue Norland says the ferry has docked .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Coast Rescue Norland"));
    }

    @Test
    void aWordThatModifiesTitlesOpensABodysNameTheTaggerStartedLate() {
        assertHasSpan(spans("Water rose , the National Bureau for Flood/O Control/O and/O Relief/O said ."),
                "National Bureau for Flood Control and Relief");
        // before a title word it is the title's, not the body's
        List<Span> s = spans("Water rose , said the National Security Adviser for Flood/O Control/O .");
        assertTrue(s.stream().noneMatch(sp -> sp.name().startsWith("National")), s.toString());
    }

    @Test
    void aBodyNamedForTheMembersItListsStartsAtTheFirstMember() {
        // the tagger starts the name at the last member; plurals joined by "and" before it, and a demonym, are its own
        assertHasSpan(spans("Queues grew , according to the Kenyan Porters and Cleaners/O Organisation/O ."),
                "Kenyan Porters and Cleaners Organisation");
        // two bodies joined by "and" stay two
        List<Span> two = spans("Talks between Norvik/O Ferries/O and Castle/O Lines/O Union/O failed .");
        assertTrue(two.stream().noneMatch(sp -> sp.name().startsWith("Norvik Ferries and")), two.toString());
    }

    @Test
    void aCentreNamedForItsFieldIsABodyAndADemonymInsideItsNameQualifiesTheWordsAfter() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Centre for the Protection of the Welsh Upland Bogs"
                + " said peat was drying out ."), "Centre for the Protection of the Welsh Upland Bogs"));
    }

    @Test
    void aSurveyAServiceOrATrustWithItsComplementIsABody() {
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Geological Survey of Velmora/L said the river fell ."),
                "Geological Survey of Velmora"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Meteorological Service of Velmora/L said it would rain"
                + " ."), "Meteorological Service of Velmora"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The National/O Trust/O for the Velmora/L Islands/L said the"
                + " count rose ."), "National Trust for the Velmora Islands"));
        // a public body's unit with a name of its own
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Sixteen birds were released by the Division of Aquatic"
                + " and Wildlife Resources on Thursday ."), "Division of Aquatic and Wildlife Resources"));
        // a trade's union, with its country after "of the"
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("The Beekeepers Union of the Czech/C Republic/C said the"
                + " harvest fell ."), "Beekeepers Union of the Czech Republic"));
        // a head hyphenated to "General" is one head
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Fines were raised by the Directorate ~- ~General for the"
                + " Environment on Monday ."), "Directorate-General for the Environment"));
        // a demonym before a name nobody tagged is its first word, unless a title word follows it
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Deaths were counted by the Estonian Agency for Health and"
                + " Food Safety in June ."), "Estonian Agency for Health and Food Safety"));
        // "and the" holds inside a name that initials in brackets close, not between two bodies
        assertEquals(Span.Kind.ORGANIZATION, kindOf(spans("Seedlings were planted by the National Office for the"
                + " Steppe Zones and the Juniper Forests ( NOSZJF ) in May ."),
                "National Office for the Steppe Zones and the Juniper Forests"));
        List<Span> two = spans("Seedlings were planted by the National Office for the Steppe Zones and the"
                + " Juniper Forests in May .");
        assertTrue(two.stream().noneMatch(sp -> sp.name().endsWith("Juniper Forests")
                && sp.name().startsWith("National")), two.toString());
    }

    @Test
    void anUntaggedWordBetweenATitleAndASurnameIsTheGivenName() {
        assertHasSpan(spans("Circuit Judge Patience Marwa/P ~-/P ~Okello/P said the case was proved ."),
                "Patience Marwa-Okello");
        // a full name keeps the word before it out, and so does a title word
        List<Span> full = spans("Judge Patience Ama/P Okello/P said the case was proved .");
        assertTrue(full.stream().noneMatch(sp -> sp.name().startsWith("Patience Ama")), full.toString());
        List<Span> title = spans("Police Chief Inspector Okello/P said the case was proved .");
        assertTrue(title.stream().noneMatch(sp -> sp.name().startsWith("Inspector")), title.toString());
    }

    @Test
    void aNameSetOffAfterAnOwnersRoleMayOpenWithAGlottalStopAndFollowANoun() {
        assertHasSpan(spans("The company ~'s board chairwoman , ' ~Ofa Lāvaka ~- ~Tupou , said the cable was laid ."),
                "'Ofa Lāvaka-Tupou");
    }

    @Test
    void aListOfPortfoliosMayCloseWithTheAndACountrysName() {
        // "and the" closes a list of portfolios after commas, and a country's name may qualify the last one
        assertHasSpan(spans("The Ministry of Fisheries , Lands and the Environment said the beach was closed ."),
                "Ministry of Fisheries , Lands and the Environment");
        assertHasSpan(spans("The spill was stopped , the Ministry of Forests , Water and the Gabon/L Estuary said ."),
                "Ministry of Forests , Water and the Gabon Estuary");
        // with no list, "and the" joins two bodies
        List<Span> t = spans("The Ministry of Health and the Red/O Cross/O said the clinics would reopen .");
        assertHasSpan(t, "Ministry of Health");
    }

    @Test
    void anUntaggedNameBeforeAnAppositiveWithABodysNounIsAnOrganisation() {
        List<Span> s = spans("Forest Ledger , the Oslo-based campaign group , said most of the timber was smuggled .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Forest Ledger"));
        // an appositive of a person's trade says nothing of the kind
        List<Span> t = spans("Forest Ledger , a retired ranger , said most of the timber was smuggled .");
        assertTrue(t.stream().noneMatch(sp -> sp.name().equals("Forest Ledger")
                && sp.kind() == Span.Kind.ORGANIZATION), t.toString());
    }
}
