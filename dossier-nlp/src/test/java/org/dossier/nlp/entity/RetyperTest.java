package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Type corrections on sentences written for these tests, with the tagger's tags given by hand ({@link TaggedText}),
 * so each rule is tested whatever the CRF does.
 */
class RetyperTest {
    private static final SpanFinder FINDER = new SpanFinder(CountryTable.get());

    /** The spans of the sentences, one per line, after the corrections. */
    private static List<Span> spans(String... lines) {
        List<Sentence> sentences = TaggedText.sentences(lines);
        List<List<Span>> spans = new ArrayList<>();
        for (Sentence s : sentences) {
            spans.add(new ArrayList<>(FINDER.find(s)));
        }
        new Retyper().correct(sentences, spans, Lexicon.lowerCaseWords(sentences));
        return spans.stream().flatMap(List::stream).toList();
    }

    private static Span.Kind kindOf(List<Span> spans, String name) {
        return spans.stream().filter(sp -> sp.name().equals(name)).map(Span::kind).findFirst()
                .orElseThrow(() -> new AssertionError("no span '" + name + "' in " + spans));
    }

    private static boolean has(List<Span> spans, String name) {
        return spans.stream().anyMatch(sp -> sp.name().equals(name));
    }

    @Test
    void aCommonNounTheTaggerTookIntoANameIsLeftOut() {
        List<Span> s = spans("Smallholder/P Mia/P Tran/P said the bushes were tired .",
                "Most smallholders sell at the auction .");
        assertTrue(has(s, "Mia Tran"), s.toString());
        // a first word the article never writes in lower case stays in the name
        List<Span> t = spans("Anna/P Mia/P Tran/P said the bushes were tired .");
        assertTrue(has(t, "Anna Mia Tran"), t.toString());
        // a first name that is also a word ("bill") stays when what follows does not open like a name
        List<Span> u = spans("Bill/P de/P Blasio/P said the vote was late .", "The bill passed on Tuesday .");
        assertTrue(has(u, "Bill de Blasio"), u.toString());
    }

    @Test
    void twoKindsOfEvidenceMakeAFullNameAnOrganisation() {
        List<Span> s = spans("Lena Berg , chief executive of terminal operator Nordhavn/P Kaj/P , spoke first .",
                "Nordhavn/P Kaj/P said in a filing that it expected a profit .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Nordhavn Kaj"));
        // one kind alone leaves a full name a person's
        List<Span> t = spans("Nordhavn/P Kaj/P said in a filing that it expected a profit .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Nordhavn Kaj"));
        List<Span> u = spans("The ferry operator Ana/P Ruiz/P sailed on .", "Ana/P Ruiz/P said it was late .",
                "Ms Ruiz/P agreed .");
        assertEquals(Span.Kind.PERSON, kindOf(u, "Ana Ruiz"));
    }

    @Test
    void aCompanysNameWithoutItsLegalFormIsTheCompany() {
        List<Span> s = spans("The court ordered Alpvale/O Seilbahnen/O GmbH/O to pay .",
                "Alpvale/P Seilbahnen/P said it would appeal .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Alpvale Seilbahnen"));
    }

    @Test
    void aCourtesyTitleInsideAnOrganisationsRunStartsAPersonsName() {
        List<Span> s = spans("Director of Ports/O Planning/O Dr./O Leila/O bint/P Karim/P Sabbagh/P said so .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Ports Planning"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Leila bint Karim Sabbagh"));
    }

    @Test
    void anOrganisationFormAtTheEndMakesAnOrganisation() {
        List<Span> s = spans("Lakeshore/P Foods/P Ltd/P said on Monday that sales fell .",
                "Mbeki/L Water/L spokesperson Lindiwe/P Dlamini/P said the pipe was fixed .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Lakeshore Foods Ltd"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Mbeki Water"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Lindiwe Dlamini"));
    }

    @Test
    void aPersonWhoseSurnameIsAnOrganisationWordStaysAPerson() {
        List<Span> s = spans("Jonathan/P Bank/P , 52 , said the club had let him down .",
                "Harriet/P Water/P said the rules were unfair .", "Ms/P Water/P said she would appeal .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Jonathan Bank"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Harriet Water"));
    }

    @Test
    void anOrganisationNounBeforeOrInAppositionMakesAnOrganisation() {
        List<Span> s = spans("Ride-hailing company Zoomvale/P sued the city in 2024 .",
                "The supermarket chain , Hartwick/P ’s , said it would keep the store open .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Zoomvale"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Hartwick"));
    }

    @Test
    void anOrganisationTheTaggerMissedAfterAnOrganisationNounIsFound() {
        List<Span> s = spans("The rise was criticised by the campaign group Fair Seats Now on Tuesday .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Fair Seats Now"));
        // a title after the noun is no organisation: "company chairman Ola Berg"
        List<Span> t = spans("The company Chairman Ola/P Berg/P resigned .");
        assertTrue(t.stream().noneMatch(sp -> sp.name().startsWith("Chairman")), t.toString());
    }

    @Test
    void anOfficerOfANameMakesItAnOrganisation() {
        List<Span> s = spans("Brightly/P 's chief technology officer , Arvid/P Holm/P , said an attacker got in .",
                "A spokesperson for Quillon/P said the plant would reopen .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Brightly"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Quillon"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Arvid Holm"));
    }

    @Test
    void aNameThatSpeaksAsItOrReportsResultsIsAnOrganisation() {
        List<Span> s = spans("Ferrovia/L said it was working closely with the operator .",
                "Norvik/P reported revenue of 4.2 billion crowns .",
                "Tellmark/P said in a statement that it would appeal .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Ferrovia"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Norvik"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Tellmark"));
    }

    @Test
    void aLoneSpeakerTheNextSentenceCallsItsIsAnOrganisation() {
        List<Span> s = spans("Cubacafe/P said most of the planting was in the east .",
                "Its director , Ramon/P Perez/P , said the company had grown .",
                "Aguilar/P said most of the crop was sold .",
                "His brother said the price had risen .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Cubacafe"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Aguilar"));
    }

    @Test
    void aNounOpeningTheSentenceBeforeATradesHeadInLowerCaseIsNoPerson() {
        List<Span> s = spans("Harbour/P master Zoltan/P Kovacs/P said the boats were lifted .",
                "Ruiz/P told Maria/P Lopez/P that the boats were lifted .");
        assertTrue(!has(s, "Harbour"), s.toString());
        assertEquals(Span.Kind.PERSON, kindOf(s, "Ruiz"));
    }

    @Test
    void aBodysNounTheArticleAlsoWritesInLowerCaseEndsTheBodysName() {
        List<Span> s = spans("Fishermen landed more fish , the Kyzylorda/L Region Akimat/P said on Thursday .",
                "The akimat said the dam would be finished .",
                "The farmers met Hope/P on Monday .",
                "They hope to sell more .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Kyzylorda Region Akimat"));
        assertTrue(!has(s, "Kyzylorda") && !has(s, "Akimat"), s.toString());
        assertEquals(Span.Kind.PERSON, kindOf(s, "Hope"));
    }

    @Test
    void aNameTypedAsABodysAfterATradeAndBeforeAnAgeIsAPersons() {
        List<Span> s = spans("Surf instructor Kadek/O Ayu/O Lestari/O , 27 , said she had cancelled lessons .",
                "Shares of Norvik/O , 27 , were sold .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Kadek Ayu Lestari"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Norvik"));
    }

    @Test
    void aOneLetterBalineseMarkerIsNoCommonNounsPlural() {
        List<Span> s = spans("Its head , I Gede/P Suryawan/P , said the beach was clean .", "It is still beautiful .");
        assertTrue(has(s, "I Gede Suryawan"), s.toString());
    }

    @Test
    void aSurnameOfAFullNameNeverBecomesAnOrganisation() {
        // "said it" after a person is the person speaking about something
        List<Span> s = spans("Carla/P Dominguez/P lives on the hill .", "Dominguez/P said it was frightening .",
                "Dominguez/P 's chief worry is the road .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Dominguez"));
        assertTrue(s.stream().filter(sp -> sp.name().equals("Dominguez"))
                .allMatch(sp -> sp.kind() == Span.Kind.PERSON));
    }

    @Test
    void aPlaceKeepsItsOfficers() {
        List<Span> s = spans("Coimbra/L 's mayor said the trams would run .", "The mayor of Porto/L said no .");
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Coimbra"));
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Porto"));
    }

    @Test
    void aLoneWordThatBeginsAnOrganisationsNameIsThatOrganisation() {
        List<Span> s = spans("Slovenian maker Alpvale/O Pharma/O halted production .", "Alpvale/P will add a shift .");
        assertTrue(s.stream().filter(sp -> sp.name().equals("Alpvale"))
                        .allMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION),
                s.toString());
        assertTrue(has(s, "Alpvale"));
    }

    @Test
    void aTwoWordOrganisationUsedAsAPersonIsAPerson() {
        List<Span> s = spans("Dean/O Hughes/O , 52 , said he would stand again .",
                "Petra/O Lindqvist/O opened the shop .", "Ms/P Lindqvist/P said it was busy .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Dean Hughes"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Petra Lindqvist"));
        List<Span> t = spans("Harbour/O Analytics/O said rates fell .", "Ms/P Analytics/P said .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "Harbour Analytics"));
    }

    @Test
    void aNounOfNationalityIsNoPersonsName() {
        List<Span> s = spans("\" I will think about it , \" the Finn/P said .", "Finn/P Larsen/P scored twice .");
        assertTrue(!has(s, "Finn"), s.toString());
        assertEquals(Span.Kind.PERSON, kindOf(s, "Finn Larsen"));
    }

    @Test
    void anOrganisationsNameTheTaggerStartedLateTakesTheWordsBeforeIt() {
        List<Span> s = spans("The European Centre for Disease/O Prevention/O and/O Control/O said the data fit .",
                "Cargo rose , the Ukrainian Sea/O Ports/O Authority/O said .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "European Centre for Disease Prevention and Control"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Ukrainian Sea Ports Authority"));
        // a demonym before a title word stays the country's: "the Chinese Foreign Ministry"
        List<Span> t = spans("Talks ended , the Chinese Foreign/O Ministry/O said .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "Foreign Ministry"));
        assertEquals(Span.Kind.COUNTRY_PHRASE, kindOf(t, "Chinese"));
    }

    @Test
    void aLoneNameListedWithPlacesIsAPlace() {
        List<Span> s = spans("Rain fell in Karaj/L , Varzan/P and Tolbek/P last week .");
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Varzan"));
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Tolbek"));
        // a surname of someone the article names in full stays a person, and so do people listed together
        List<Span> t = spans("Omid/P Rahimi/P arrived .", "Visitors came from Karaj/L and Rahimi/P welcomed them .",
                "Navid/P and Soraya/P met .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Rahimi"));
        assertEquals(Span.Kind.PERSON, kindOf(t, "Navid"));
    }

    @Test
    void anUntaggedNameBeforeARoleInAppositionIsAPerson() {
        List<Span> s = spans(
                "Traffic fell , and Søren Østvik , a shipping consultant at Nordby/O Advisers/O , said so .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Søren Østvik"));
        // an organisation in apposition to a company noun, or a place, is no person
        List<Span> t = spans("Traffic fell , and Ostby Lines , a carrier from Oslo/L , said so .");
        assertTrue(!has(t, "Ostby Lines"), t.toString());
    }

    @Test
    void aBodyAnOrganisationRunsIsNamedByTheWordsAfterItsName() {
        List<Span> s = spans("The UN/O food agency said aid had stopped .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "UN food agency"));
        List<Span> t = spans("The U.N./O Assistance Mission in Somalia/L said so .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "U.N. Assistance Mission in Somalia"));
        // a noun right after the name only says what kind of body it is; a verb is no part of a name
        List<Span> u = spans("The Coastal/O Parks/O Service/O agency said so .");
        assertTrue(has(u, "Coastal Parks Service"), u.toString());
        List<Span> v = spans("The UN/O welcomed the fund on Monday .");
        assertTrue(has(v, "UN"), v.toString());
    }

    @Test
    void aPeersStyleIsPartOfTheNameAndHonoursAfterItAreNot() {
        List<Span> s = spans("Lord Pemberly/P said the bill would fail .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Lord Pemberly"));
        List<Span> t = spans("Its chair , Alys/P Brenner/P KC/P , said so .");
        assertTrue(has(t, "Alys Brenner"), t.toString());
        // a Nepali surname written onto the name with a hyphen is no honour
        List<Span> u = spans("Sunita/P Tamang/P ~-/P ~KC/P said so .");
        assertTrue(has(u, "Sunita Tamang-KC"), u.toString());
    }

    @Test
    void vietnameseSyllablesTheTaggerLeftOutBeforeANameArePartOfIt() {
        List<Span> s = spans("Minister of Finance Phạm Thị Lan/P Anh/P said so .");
        assertTrue(has(s, "Phạm Thị Lan Anh"), s.toString());
        // an English field word before a name stays in the title
        List<Span> t = spans("Minister of Finance Lan/P Anh/P said so .");
        assertTrue(has(t, "Lan Anh"), t.toString());
        assertTrue(Retyper.vietnamese("Thị") && Retyper.vietnamese("Hồ") && Retyper.vietnamese("Đức"));
        assertTrue(!Retyper.vietnamese("Málaga") && !Retyper.vietnamese("Hořejší") && !Retyper.vietnamese("Finance"));
    }

    @Test
    void twoToFourUntaggedCapitalisedWordsAfterATitleAreAName() {
        List<Span> s = spans("Deputy Vũ Đình Phong of the Nam Định delegation said so .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Vũ Đình Phong"));
        // a given name of two syllables joined by a hyphen is one word of the name
        List<Span> h = spans("Chief Executive Lam Ka ~- ~wai has pledged more flats .");
        assertEquals(Span.Kind.PERSON, kindOf(h, "Lam Ka-wai"));
        // not words the article writes in lower case, nor a run followed by another capital
        List<Span> t = spans("Minister Budget Talks began on Monday , and the budget talks went on .");
        assertTrue(!has(t, "Budget Talks"), t.toString());
    }

    @Test
    void anUntaggedNameBeforeAnAgeAndAnOccupationIsAPerson() {
        List<Span> s = spans("Đặng Thu Hà , a 41-year-old pharmacist in Huế , said so .".replace("41-year-old",
                "41 ~- ~year ~- ~old"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Đặng Thu Hà"));
        // an age alone makes no person of a thing
        List<Span> t = spans("Cầu Long Biên , a 120 ~- ~year ~- ~old bridge over the river , was closed .");
        assertTrue(!has(t, "Cầu Long Biên"), t.toString());
    }

    @Test
    void anUntaggedNameOfFourWordsBeforeABareTitleInAppositionIsAPerson() {
        List<Span> s = spans("Lê Thị Bích Ngân , deputy chair of the Hue/O Rice/O Council/O , said so .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Lê Thị Bích Ngân"));
        // a capitalised run before a comma and a plain noun is no name
        List<Span> t = spans("In Hue City Centre , traders said so .");
        assertTrue(!has(t, "Hue City Centre"), t.toString());
    }

    @Test
    void anAbbreviatedTitleBeforeACourtesyTitleIsNoPartOfTheName() {
        List<Span> s = spans("\" It is dangerous , \" said Assoc/P Prof/P Tan/P .");
        assertTrue(has(s, "Tan") && !has(s, "Assoc Prof Tan"), s.toString());
        // a long first word is a given name, not an abbreviation
        List<Span> t = spans("Gabriella/P Prince/P Okafor/P spoke .");
        assertTrue(has(t, "Gabriella Prince Okafor"), t.toString());
    }

    @Test
    void aPlaceWhoseNameEndsWithAnOrganisationsIsThatOrganisation() {
        List<Span> s = spans("Swimmers gathered , Brno/L City/L Hall/L said on Monday .",
                "City/O Hall/O said it was testing .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Brno City Hall"));
        // a place that merely shares a last word with an organisation stays a place
        List<Span> t = spans("Swimmers gathered at Brno/L Lake/L Park/L .", "Park/O Services/O said it was testing .");
        assertEquals(Span.Kind.LOCATION, kindOf(t, "Brno Lake Park"));
    }

    @Test
    void aSurnamesParticleLeftOutOfAShortFormIsJoinedToIt() {
        List<Span> s = spans("Éamon/P Ó/P Brannagáin/P voted against .",
                "\" Add houses , \" Cllr Ó Brannagáin/P said .");
        assertTrue(has(s, "Ó Brannagáin"), s.toString());
        // a capitalised word that does not end the full name stays out
        List<Span> t = spans("Éamon/P Ó/P Brannagáin/P voted against .", "Then Brannagáin/P said no .");
        assertTrue(has(t, "Brannagáin") && !has(t, "Then Brannagáin"), t.toString());
    }

    @Test
    void anUntaggedFullNameWhoseSurnameStandsAloneAsAPersonsIsAPerson() {
        List<Span> s = spans("– Liesel Orbanek , Oberzell/L", "We put Ms Orbanek/P 's complaint to the shop .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Liesel Orbanek"));
        // a given name used alone counts too; a noun capitalised by position opens no name
        List<Span> t = spans("Agronomist Liesel Orbanek opened the trial plot .", "Liesel/P smiled .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Liesel Orbanek"));
        assertTrue(t.stream().noneMatch(sp -> sp.name().startsWith("Agronomist")), t.toString());
        // without a part used alone, or with a company's form, no person
        List<Span> u = spans("– Liesel Orbanek , Oberzell/L", "The shop answered .");
        assertTrue(u.stream().noneMatch(sp -> sp.name().equals("Liesel Orbanek")), u.toString());
        List<Span> v = spans("She sued Orbanek Holdings last year .", "Orbanek/P said no .");
        assertTrue(v.stream().noneMatch(sp -> sp.name().equals("Orbanek Holdings") && sp.kind() == Span.Kind.PERSON),
                v.toString());
    }

    @Test
    void aLoneNameAfterANounAndFromIsAPlace() {
        List<Span> s = spans("The winger from Oberzell/P said the pitch was heavy .");
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Oberzell"));
        // a part of a person's full name, or a verb's "from", keeps it a person
        List<Span> t = spans("Anselm/P Oberzell/P scored twice .", "The winger from Oberzell/P said so .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Oberzell"));
        List<Span> u = spans("She heard from Oberzell/P on Monday .");
        assertEquals(Span.Kind.PERSON, kindOf(u, "Oberzell"));
    }

    @Test
    void aNicknameInQuotationMarksIsLeftOutOfTheName() {
        List<Span> s = spans("Pilot Joris/P \" Jojo/P \"/P Brandtveit/P , 58 , said the swell was high .");
        assertTrue(has(s, "Joris Brandtveit"), s.toString());
        assertTrue(s.stream().noneMatch(sp -> sp.name().contains("Jojo")), s.toString());
        // the tagger may miss the surname or the given name: one word tagged is enough
        List<Span> t = spans("Pilot Joris/P ' Jojo ' Brandtveit said so .");
        assertTrue(has(t, "Joris Brandtveit"), t.toString());
        // nothing tagged as a person: a quoted word between capitals is no nickname
        List<Span> u = spans("The Harbour ' Jojo ' Bar opened .");
        assertTrue(u.stream().noneMatch(sp -> sp.kind() == Span.Kind.PERSON), u.toString());
        // a given name that is also a capital's ("Washington") is a name before a nickname, not the capital
        List<Span> w = spans("Washington/L \" Tito/P \"/P Larrañaga/P , 61 , directs the choir .");
        assertTrue(has(w, "Washington Larrañaga"), w.toString());
        assertTrue(w.stream().noneMatch(sp -> sp.name().equals("Washington")), w.toString());
    }

    @Test
    void anOrganisationsNameCutInsideACountrysNameTakesAllOfIt() {
        List<Span> s = spans("The Ports/O Authority/O of/O Antigua/O and Barbuda/L said it would appeal .");
        assertTrue(has(s, "Ports Authority of Antigua and Barbuda"), s.toString());
    }

    @Test
    void myanmarCourtesyTitlesAreNoPartOfTheName() {
        List<Span> s = spans("Shop owner U/P Kyaw/P Lin/P Naing/P said so .");
        assertTrue(has(s, "Kyaw Lin Naing"), s.toString());
        List<Span> t = spans("Weaver Ma/P Khin/P Ei/P Phyu/P said so .");
        assertTrue(has(t, "Khin Ei Phyu"), t.toString());
        // "Ma" before a shorter name is a surname
        List<Span> u = spans("Player Ma/P Jintao/P won .");
        assertTrue(has(u, "Ma Jintao"), u.toString());
    }
    @Test
    void aNameAfterOfThatFollowsAPersonsNameIsWhereThePersonLives() {
        List<Span> s = spans("Fisherman Ida/P Lusk/P , 61 , of Pen/P Cove/P , said the catch was poor .",
                "Pen/P Cove/P lost two boats .");
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Pen Cove"));
        assertTrue(s.stream().filter(sp -> sp.name().equals("Pen Cove")).allMatch(sp -> sp.kind() == Span.Kind.LOCATION),
                s.toString());
        List<Span> t = spans("Farmer Oskar/P Fenn/P of Kerrow/P Mill/P said the price was low .");
        assertEquals(Span.Kind.LOCATION, kindOf(t, "Kerrow Mill"));
        // after a common noun, "of" names a relation to a person, who stays a person
        List<Span> u = spans("The son of Bryn/P Tallis/P said the farm was sold .");
        assertEquals(Span.Kind.PERSON, kindOf(u, "Bryn Tallis"));
    }

    @Test
    void aCompoundAgentNounOpensOnlyAFullNameNotAGivenNameBeforeOneSurname() {
        List<Span> s = spans("Ferryman Ida/P Lusk/P said the crossing was rough .");
        assertTrue(has(s, "Ida Lusk") && !has(s, "Ferryman Ida Lusk"), s.toString());
        // "Abdirahman" ends like "ferryman", yet what would be left is one surname, cut at its hyphen
        List<Span> t = spans("The minister , Abdirahman/P Farah/P ~-/P ~Jama/P , said so .");
        assertTrue(has(t, "Abdirahman Farah-Jama"), t.toString());
    }

    @Test
    void aCapitalThatOpensTheSentenceBeforeATitleAndANameIsNoName() {
        List<Span> s = spans("Orchard/P farmer Gwen/P Pascoe/P said the apples were late .");
        assertTrue(!has(s, "Orchard"), s.toString());
        assertTrue(has(s, "Gwen Pascoe"), s.toString());
        // a name followed by a verb keeps its own span
        List<Span> t = spans("Tallis/P said farmer Gwen/P Pascoe/P was late .");
        assertTrue(has(t, "Tallis"), t.toString());
        // a relational head serves the person before it: "Tallis spokesman Gwen Pascoe" names two people
        List<Span> r = spans("Tallis/P spokesman Gwen/P Pascoe/P said the talks ended .");
        assertTrue(has(r, "Tallis") && has(r, "Gwen Pascoe"), r.toString());
    }

    @Test
    void aLowerCaseTitleHeadMakesANameTypedAsAnOrganisationAPersons() {
        List<Span> s = spans("The institute , whose hydrologist Amara/O Tull/O Venn/O said the river was low , "
                + "published the data .", "Amara/O Tull/O Venn/O added that rain was due .");
        assertTrue(s.stream().filter(sp -> sp.name().equals("Amara Tull Venn")).allMatch(
                sp -> sp.kind() == Span.Kind.PERSON), s.toString());
        List<Span> t = spans("Board chief executive Tor/O Vahl-Berg/O said the season would open .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Tor Vahl-Berg"));
        // an organisation's word keeps the type, and so does a head that also names a company's role
        List<Span> u = spans("The hydrologist Sefton/O Vale/O Institute/O said the river was low .",
                "Its partner Marit/O Solberg/O said it agreed .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(u, "Sefton Vale Institute"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(u, "Marit Solberg"));
    }

    @Test
    void aLoneNameJoinedByAndToAnOrganisationAfterTheStartsItsName() {
        List<Span> s = spans("The Tamber/P and North/O Wold/O Care/O Board/O said the clinics would close .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Tamber and North Wold Care Board"));
        // without "the", two parties are named
        List<Span> t = spans("Tamber/P and North/O Wold/O Care/O Board/O signed the deal .");
        assertTrue(has(t, "North Wold Care Board") && !has(t, "Tamber and North Wold Care Board"), t.toString());
    }

    @Test
    void anOrganisationsNameInAnotherLanguageRunsOverThatLanguagesLinks() {
        List<Span> s = spans("Inspectors from the Agência/O Nacional/O de/O Pescas/O e Aquacultura de Lidmila "
                + "visited the port .");
        assertTrue(has(s, "Agência Nacional de Pescas e Aquacultura de Lidmila"), s.toString());
        // an English name stops at "and" as before
        List<Span> t = spans("The Hamar/O Fisheries/O Board/O and Quarrier visited the port .");
        assertTrue(has(t, "Hamar Fisheries Board"), t.toString());
    }

    @Test
    void aPackerInAnArticleAboutPackingIsACommonNoun() {
        List<Span> s = spans("Packer/P Liv/P Sandvik/P said she voted for the strike .",
                "Workers have been packing salad for ten years .");
        assertTrue(has(s, "Liv Sandvik"), s.toString());
        // an article with no such verb keeps the word in the name
        List<Span> t = spans("Packer/P Liv/P Sandvik/P said she voted for the strike .");
        assertTrue(has(t, "Packer Liv Sandvik"), t.toString());
    }

    @Test
    void aNounOnlyABodyIsBeforeASpeakersNameMakesItAnOrganisation() {
        List<Span> s = spans("The Kyrgyz conservation group Varn/P Tessel/P said the count rose .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Varn Tessel"));
        // a noun a person may be keeps the name a person's
        List<Span> t = spans("The ferry operator Ana/P Ruiz/P said the count rose .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Ana Ruiz"));
    }

    @Test
    void aPortNamedAfterTheIsTheBodyThatRunsIt() {
        List<Span> s = spans("The level has forced the Tamber/L International/L Sea/L Port/L to dredge , the port said .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Tamber International Sea Port"));
        // a town whose name holds the word stays a place
        List<Span> t = spans("Ships reached Tamber/L Port/L on Monday .");
        assertEquals(Span.Kind.LOCATION, kindOf(t, "Tamber Port"));
    }

    @Test
    void aTitleWordThatIsAlsoAGivenNameBeforeASurnameAloneIsTheGivenName() {
        List<Span> s = spans("Lodge owner Dean/P Marsh/P ~-/P ~Keller/P said the river was low .");
        assertTrue(has(s, "Dean Marsh-Keller"), s.toString());
        List<Span> t = spans("Trader Mallam/P Kone/P ~-/P ~Diarra/P said prices fell .");
        assertTrue(has(t, "Mallam Kone-Diarra"), t.toString());
        // before a full name it stays a title, and a title the tagger left out of the name is no given name
        List<Span> u = spans("Prince/P Olaf/P Rask/P Lund/P opened the bridge .");
        assertTrue(has(u, "Olaf Rask Lund"), u.toString());
        List<Span> v = spans("President/P Vale/P ~-/P ~Moss/P opened the bridge .");
        assertTrue(has(v, "Vale-Moss"), v.toString());
    }

    @Test
    void aTitleSetOffByCommasMakesTheNameAfterItAPersons() {
        List<Span> s = spans("The firm 's operations director , Tor/O Vahl/O ~-/O ~Berg/O , said the line reopened .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Tor Vahl-Berg"));
        // an organisation's form keeps it an organisation
        List<Span> t = spans("Its new director , Harwick/O Holdings/O , said so .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "Harwick Holdings"));
    }

    @Test
    void theSubjectOfAReducedRelativeClauseAfterATitleKeepsItsType() {
        List<Span> s = spans("Records show the lawyer Goldman/O Sachs/O hired in May has left .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Goldman Sachs"));
        // a speech verb after the name makes it the person the title names
        List<Span> t = spans("The files were lost , the lawyer Mara/O Lindqvist/O said .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Mara Lindqvist"));
    }

    @Test
    void anAgentNounBeforeASpeakerIsNoEvidenceOfACompany() {
        List<Span> s = spans("Cashew exporter Ana/P Ruiz/P said prices rose .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Ana Ruiz"));
        // a noun only a body is stays evidence
        List<Span> t = spans("The durian group Ana/P Ruiz/P said prices rose .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "Ana Ruiz"));
    }

    @Test
    void aLoneNameAfterANounForAThingAndFromIsNoPlace() {
        List<Span> s = spans("She read a letter from Oberzell/P on Monday .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Oberzell"));
        List<Span> t = spans("A woman from Oberzell/P said the road flooded .");
        assertEquals(Span.Kind.LOCATION, kindOf(t, "Oberzell"));
    }

    @Test
    void noNicknameIsReadInALineInTitleCase() {
        List<Span> s = spans("Voters Back Ana/P ' Iron ' Vale Plan For The Harbour");
        assertTrue(s.stream().noneMatch(sp -> sp.name().equals("Ana Vale")), s.toString());
        List<Span> t = spans("Voters backed Ana/P ' Iron ' Vale on Monday .");
        assertTrue(has(t, "Ana Vale"), t.toString());
    }

    @Test
    void anAgentNounTheArticleCapitalisesInsideASentenceIsAName() {
        List<Span> s = spans("Walker/P Liv/P Sandvik/P said she was walking home .");
        assertTrue(has(s, "Liv Sandvik"), s.toString());
        List<Span> t = spans("Walker/P Liv/P Sandvik/P said she was walking home .", "Her cousin Tom/P Walker/P agreed .");
        assertTrue(has(t, "Walker Liv Sandvik"), t.toString());
    }

    @Test
    void capitalisedWordsNobodyTaggedBeforeAnAgeAreAPersonsName() {
        List<Span> s = spans("In the hills , ' ~Malineo Sefako ~- ~Ntsane , 61 , said she sold her wool .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "'Malineo Sefako-Ntsane"));
        // one word, or a capital before the words, is no such name
        List<Span> t = spans("In the hills , Masello , 61 , said she sold her wool .");
        assertTrue(t.isEmpty(), t.toString());
    }

    @Test
    void aCountrysNameWithACommonNounAfterItIsANationalBody() {
        List<Span> s = spans("Norway Cricket said the tour would go ahead .", "Young players love cricket .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Norway Cricket"));
        // a capital the article never writes in lower case is no such noun
        List<Span> t = spans("In Norway Tarvik said the tour would go ahead .");
        assertTrue(t.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), t.toString());
    }

    @Test
    void aLoneNameBeforeANounOfAKindOfPlaceIsAPlace() {
        List<Span> s = spans("Shepherds in the Kelvo/P region said the grass was thin .", "Kelvo/P had no rain .");
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Kelvo"));
        assertTrue(s.stream().noneMatch(sp -> sp.kind() == Span.Kind.PERSON), s.toString());
        // a part of a person's full name stays the person's
        List<Span> t = spans("Ottmar/P Kelvo/P spoke .", "Shepherds in the Kelvo/P region said so .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Kelvo"));
    }

    @Test
    void aNameTypedAsAPersonsRightAfterTheIsAnOrganisations() {
        List<Span> s = spans("Ana/P Ruiz/P , secretary of the Kooperativa/P Fitun/P Foun/P , said prices rose .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Kooperativa Fitun Foun"));
        assertEquals(Span.Kind.PERSON, kindOf(s, "Ana Ruiz"));
        // a name used as a modifier after "the" stays a person's
        List<Span> t = spans("Judges heard the Ana/P Ruiz/P case on Monday .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Ana Ruiz"));
    }

    @Test
    void theDatelinesNameIsAPlaceWhereverItStands() {
        List<Span> s = spans("PORT/O MERRION/O — Boats stopped calling at Port/P Merrion/P , the board said .");
        assertTrue(s.stream().filter(sp -> sp.name().equalsIgnoreCase("Port Merrion"))
                .allMatch(sp -> sp.kind() == Span.Kind.LOCATION), s.toString());
        // a word of a person's full name stays the person's
        List<Span> t = spans("TARVIK/P , Norway — Ola/P Tarvik/P opened the bridge and Tarvik/P spoke .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Tarvik"));
    }

    @Test
    void aFirmSetOffAfterARoleFirmsHoldStaysAnOrganisation() {
        List<Span> s = spans("The deal 's financial adviser , Brightwater/O Partners/O , said the price was fair .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Brightwater Partners"));
        // a role only people hold still makes the name a person's
        List<Span> t = spans("The club 's finance director , Ana/O Ruiz/O , said the accounts were sound .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Ana Ruiz"));
        // a rank firms are never given makes it a person's too: nobody's general manager is a firm
        List<Span> u = spans("Its general manager , Edvin/O Varro-Lind/O , told reporters the mains were old .");
        assertEquals(Span.Kind.PERSON, kindOf(u, "Edvin Varro-Lind"));
    }

    @Test
    void aCountryBeforeACommonNounNamesABodyOnlyWhenItActs() {
        List<Span> s = spans("Norway/L Canal tolls rose on Sunday .", "The canal is old .");
        assertTrue(s.stream().noneMatch(sp -> sp.name().equals("Norway Canal")), s.toString());
        List<Span> t = spans("Norway/L Cricket said the tour would go ahead .", "Young players love cricket .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "Norway Cricket"));
    }

    @Test
    void aClubThatSpeaksIsNotTheDatelinesPlace() {
        List<Span> s = spans("BRANDVIK/O , Norway/L ( AP ) — The striker scored twice .",
                "Brandvik/O said the coach would stay .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s.subList(1, s.size()), "Brandvik"));
        // a body that opens with a name in capitals has no dateline
        List<Span> t = spans("ANA/P RUIZ/P , the mayor , said the road would close .", "Ana/P Ruiz/P said so .");
        assertTrue(t.stream().filter(sp -> sp.name().equals("Ana Ruiz")).allMatch(sp -> sp.kind() == Span.Kind.PERSON),
                t.toString());
    }

    @Test
    void princeIsAGivenNameOnlyBeforeAHyphenatedSurname() {
        List<Span> s = spans("Prince/P Kollie/P ~-/P ~Dunbar/P said the road was closed .");
        assertTrue(has(s, "Prince Kollie-Dunbar"), s.toString());
        // a royal's second reference: the title and one given name
        List<Span> t = spans("Prince/P Harald/P said the road was closed .");
        assertTrue(has(t, "Harald"), t.toString());
    }

    @Test
    void anUntaggedFieldBeforeAndOpensABodysName() {
        List<Span> s = spans("Turkey/L 's Disaster and Emergency/O Management/O Authority/O said four people died .");
        assertTrue(has(s, "Disaster and Emergency Management Authority"), s.toString());
        // after no article or possessive, the word before "and" is another subject
        List<Span> t = spans("Firefighters and Emergency/O Management/O Authority/O staff searched the rubble .");
        assertTrue(has(t, "Emergency Management Authority"), t.toString());
    }

    @Test
    void aPortfolioAfterOfIsNoPartOfTheNameThatFollows() {
        List<Span> s = spans("Minister of Power/P Adebayo/P Olanrewaju/P ~-/P ~Sani/P said the fund was ready .");
        assertTrue(has(s, "Adebayo Olanrewaju-Sani"), s.toString());
        List<Span> t = spans("Secretary of Fisheries/P Mele/P Tupou/P Vake/P said the boats were back .");
        assertTrue(has(t, "Mele Tupou Vake"), t.toString());
        // a given name after "of" that is no portfolio stays
        List<Span> u = spans("The Duke of Hollin/P Ardent/P Vane/P opened the bridge .");
        assertTrue(has(u, "Hollin Ardent Vane"), u.toString());
    }

    @Test
    void aListOfPortfoliosWithNoCommaBeforeTheNameIsTheTitle() {
        // the tagger reads the last portfolio and the name as one organisation, and the list joins it
        List<Span> s = spans("Minister of Education , Science , Culture and Sports/O Tamar/O Vardanyan/O said so .");
        assertTrue(has(s, "Tamar Vardanyan"), s.toString());
        assertEquals(Span.Kind.PERSON, kindOf(s, "Tamar Vardanyan"));
        List<Span> t = spans("Minister for Food , Agriculture and Fisheries/O Sóley/O Björk/O Jónsdóttir/O said so .");
        assertTrue(has(t, "Sóley Björk Jónsdóttir"), t.toString());
        // a body's head after the list keeps it a body's name; no title before the list, no person either
        List<Span> u = spans("Minister of Education and Sports/O Development/O Fund/O said so .");
        assertTrue(u.stream().noneMatch(sp -> sp.kind() == Span.Kind.PERSON), u.toString());
        List<Span> v = spans("The Department of Culture and Sports/O Tamar/O Vardanyan/O opened .");
        assertTrue(v.stream().noneMatch(sp -> sp.kind() == Span.Kind.PERSON), v.toString());
        // a list member the rules do not know is a portfolio all the same before "and", and a double surname's
        // hyphen is part of the name
        List<Span> w = spans("Minister of Coastline/O and/O Housing/O Ilse/O Varga/O ~-/O ~Lunde/O said so .");
        assertTrue(has(w, "Ilse Varga-Lunde"), w.toString());
        assertEquals(Span.Kind.PERSON, kindOf(w, "Ilse Varga-Lunde"));
        // the last member must still be one: a name after "and" is not taken for a portfolio
        List<Span> x = spans("Minister of Coastline/O and/O Ilse/O Varga/O Lunde/O said so .");
        assertTrue(x.stream().noneMatch(sp -> sp.name().equals("Varga Lunde")), x.toString());
    }

    @Test
    void untaggedFirstWordsThatSpellABodyTheArticleNamesAreThatBody() {
        List<Span> s = spans("The medical charity Acción/O Salud/O Mbeya/O said on Tuesday that cases rose .",
                "Its teams vaccinated 4,000 children , Acción Salud/P Mbeya/P said .");
        assertEquals(2, s.stream().filter(sp -> sp.name().equals("Acción Salud Mbeya")
                && sp.kind() == Span.Kind.ORGANIZATION).count(), s.toString());
        // words that spell no body the article names are left alone
        List<Span> t = spans("The medical charity Acción/O Salud/O Mbeya/O said on Tuesday that cases rose .",
                "Its teams vaccinated 4,000 children , Doctor Salud/P Mbeya/P said .");
        assertTrue(t.stream().noneMatch(sp -> sp.name().equals("Doctor Salud Mbeya")), t.toString());
    }

    @Test
    void twoSurnamesJoinedByICatalanOrYSpanishAreOneName() {
        List<Span> s = spans("Deputy Jordi/P Puigvert/P i Roca/P said the bill was a tax .");
        assertTrue(has(s, "Jordi Puigvert i Roca"), s.toString());
        List<Span> t = spans("The philosopher José/P Ortega/P y Gasset/P wrote it .");
        assertTrue(has(t, "José Ortega y Gasset"), t.toString());
        // "and" joins two people
        List<Span> u = spans("Jordi/P Puigvert/P and Roca/P spoke .");
        assertTrue(has(u, "Roca") && has(u, "Jordi Puigvert"), u.toString());
    }

    @Test
    void aHyphenatedPairAfterAPersonsNameEndsTheSurname() {
        List<Span> s = spans("Senator Zarmeen/P Khan/P Achakzai ~- ~Baloch from Quetta/L said the bill was rushed .");
        assertTrue(has(s, "Zarmeen Khan Achakzai-Baloch"), s.toString());
        // a capital after the pair makes it the start of something else
        List<Span> t = spans("Ana/P Ruiz/P Pro ~- ~Democracy Alliance/O leader spoke .");
        assertTrue(has(t, "Ana Ruiz"), t.toString());
    }

    @Test
    void aNameNobodyTaggedAfterALowerCaseTitleHeadThatSpeaks() {
        List<Span> s = spans("\" We pay double , \" FPCCI/O president Asif Iqbal Bajwa said .");
        assertTrue(has(s, "Asif Iqbal Bajwa"), s.toString());
        // not when the words run on into the sentence: "its president Alpine Valley Dairies ran …"
        List<Span> t = spans("Its chairman Alpine Valley runs the fund for Norrland/L .");
        assertTrue(!has(t, "Alpine Valley"), t.toString());
    }

    @Test
    void anUntaggedWordBeforeASurnameTaggedAloneIsTheGivenName() {
        List<Span> s = spans("Thanakorn Lertvanich/P , chairman of the Federation/O of/O Thai/O Industries/O , said no .");
        assertTrue(has(s, "Thanakorn Lertvanich"), s.toString());
        // not a title, a country or a noun the article writes in lower case
        List<Span> t = spans("Chairman Lertvanich/P said the chairman would resign .");
        assertTrue(has(t, "Lertvanich") && !has(t, "Chairman Lertvanich"), t.toString());
        List<Span> u = spans("Thai Lertvanich/P won .");
        assertTrue(!has(u, "Thai Lertvanich"), u.toString());
        List<Span> v = spans("Farmers Lertvanich/P met said farmers .");
        assertTrue(!has(v, "Farmers Lertvanich"), v.toString());
        // a surname the tokenizer cut at its hyphen is still one word
        List<Span> w = spans("Caoimhe Devlin/P ~-/P ~Strain/P told the Assembly/O so .");
        assertTrue(has(w, "Caoimhe Devlin-Strain"), w.toString());
    }

    @Test
    void aCompanyNamedWithThePlaceItIsBasedInIsTheCompanyAndThePlace() {
        List<Span> s = spans("Meridian/O Reefer/O Lines/O of/O Piraeus/O said the crew were safe .");
        assertTrue(has(s, "Meridian Reefer Lines") && has(s, "Piraeus"), s.toString());
        // one word before "of", a public body's name, or a field after "of" keeps the name whole
        List<Span> t = spans("The Bank/O of/O England/O and National/O Records/O of/O Scotland/O said so .");
        assertTrue(has(t, "Bank of England") && has(t, "National Records of Scotland"), t.toString());
        List<Span> u = spans("Pakistan/O Chambers/O of/O Commerce/O said so .");
        assertTrue(has(u, "Pakistan Chambers of Commerce"), u.toString());
    }

    @Test
    void capitalsKnownAsAfterABodysNounAreItsName() {
        List<Span> s = spans("The regulator , known as ARECOMS , said exports would be capped .");
        assertTrue(has(s, "ARECOMS"), s.toString());
        // not after a word that names no body, nor when the capitals run on into the sentence
        List<Span> t = spans("The striker , known as Flash , scored twice .");
        assertTrue(!has(t, "Flash"), t.toString());
    }

    @Test
    void aNameWhoseAcronymFollowsIsABodysThoughItOpensWithATitleWord() {
        List<Span> s = spans("The National Coordinator for Flood Defence , known by its Spanish acronym Conafd , said"
                + " the river had peaked .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "National Coordinator for Flood Defence"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Conafd"));
        // without "its", a person may be known by a short name
        List<Span> p = spans("Ana/P Ruiz/P , known by her nickname Nana , said the river had peaked .");
        assertTrue(p.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), p.toString());
    }

    @Test
    void capitalsSpelledOutBeforeInitialsInBracketsAreOneBodysName() {
        // the tagger cut a place out of the name and typed the rest an organisation
        List<Span> s = spans("The Norvia/L Institute/L for/O Coastal/O Research/O ( NICR ) said the dunes had moved .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Norvia Institute for Coastal Research"));
        assertTrue(!has(s, "Norvia Institute"), s.toString());
        // untagged words with a country's name last, initials not at the words' starts
        List<Span> t = spans("Avalanche Watch Norway/L ( AVAWAN ) said the snow was unstable .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(t, "Avalanche Watch Norway"));
        // a wire's name after a dateline is no body's long form; nor is a person's name
        List<Span> u = spans("HALDEN , Norway/L ( AFP ) - The ferry sank .");
        assertTrue(u.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION && sp.name().contains("Norway")),
                u.toString());
        List<Span> v = spans("Kari/P Nordby/P ( KN ) signed the letter .");
        assertEquals(Span.Kind.PERSON, kindOf(v, "Kari Nordby"));
    }

    @Test
    void anUntaggedCapitalWithALetterEnglishNeverWritesIsTheGivenNameOfTheFullNameAfterIt() {
        List<Span> s = spans("Ánde Sara/P Nystad/P , 52 , is a reindeer herder .");
        assertTrue(has(s, "Ánde Sara Nystad"), s.toString());
        List<Span> t = spans("Þórdís Kolbrún/P Gylfadóttir/P said the fund would grow .");
        assertTrue(has(t, "Þórdís Kolbrún Gylfadóttir"), t.toString());
        // a role noun in plain letters that opens the sentence stays out of the name
        List<Span> u = spans("Coxswain Ana/P Vale/P said the boat was late .");
        assertTrue(has(u, "Ana Vale"), u.toString());
    }

    @Test
    void aMilitaryRankOfTwoWordsIsNoNameNorPartOfOne() {
        List<Span> s = spans("The chairman of the authority , Lt/P Gen/P ( retd ) Asif/P Mehmood/P Qureshi/P ,"
                + " briefed reporters .");
        assertTrue(has(s, "Asif Mehmood Qureshi"), s.toString());
        assertTrue(s.stream().noneMatch(sp -> sp.name().contains("Gen")), s.toString());
        List<Span> t = spans("Maj/P Gen/P Ama/P Owusu/P said the convoy had left .");
        assertTrue(has(t, "Ama Owusu"), t.toString());
        // "Gen" alone is a given name
        List<Span> u = spans("Defence Minister Gen/P Nakatani/P said the drills would go ahead .");
        assertTrue(has(u, "Gen Nakatani"), u.toString());
    }

    @Test
    void aNameAfterInOrNearInTheAppositiveThatDescribesAPersonIsAPlace() {
        List<Span> s = spans("Pema/P Wangmo/P , a yak herder in Laya/P , near the border , said the leopards took"
                + " yaks .", "Laya/P is cold .");
        assertEquals(Span.Kind.LOCATION, kindOf(s, "Laya"));
        assertTrue(s.stream().filter(sp -> sp.name().equals("Laya")).allMatch(sp -> sp.kind() == Span.Kind.LOCATION),
                s.toString());
        List<Span> t = spans("Nguyen/P Van/P Hau/P , a durian grower with 4 hectares in Cai/P Lay/P , said prices"
                + " fell .");
        assertEquals(Span.Kind.LOCATION, kindOf(t, "Cai Lay"));
        // a person's possessive, and a word of another person's name, keep a person
        List<Span> u = spans("Ana/P Ruiz/P , a clerk in Tom/P Hale/P 's office , said so .");
        assertEquals(Span.Kind.PERSON, kindOf(u, "Tom Hale"));
        List<Span> v = spans("Ana/P Ruiz/P , a clerk in Dorji/P , said so .", "Karma/P Dorji/P said no .");
        assertEquals(Span.Kind.PERSON, kindOf(v, "Dorji"));
    }

    @Test
    void aDemonymBetweenTheArticleAndAConjunctionOfFieldsOpensTheBodysName() {
        List<Span> s = spans("The Ethiopian Coffee and Tea/O Authority/O said exports rose .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Ethiopian Coffee and Tea Authority"));
    }

    @Test
    void aMalaysianCourtesyTitleOfTwoWordsIsNoPartOfTheName() {
        List<Span> s = spans("Opposition MP Tan/P Sri/P Abdul/P Rahman/P Idris/P said so .");
        assertTrue(has(s, "Abdul Rahman Idris"), s.toString());
        List<Span> t = spans("Puan/P Siti/P Aishah/P Ramli/P watched the vote .");
        assertTrue(has(t, "Siti Aishah Ramli"), t.toString());
        // "Tan" alone is a surname
        List<Span> u = spans("Tan/P Wei/P Ming/P said so .");
        assertTrue(has(u, "Tan Wei Ming"), u.toString());
    }

    @Test
    void aBodysNameRunsOnOverItsPartsAndItsFields() {
        List<Span> s = spans("The Second Division of the National/O Army/O said troops had destroyed 14 laboratories .");
        assertTrue(has(s, "Second Division of the National Army"), s.toString());
        List<Span> t = spans("The Ministry/O of/O Human/O Resources/O and Emiratisation/P said on Monday that fines"
                + " would rise .");
        assertTrue(has(t, "Ministry of Human Resources and Emiratisation"), t.toString());
        // a surname after "and" is a person of its own
        List<Span> u = spans("The Ministry/O of/O Health/O and Mutua/P agreed on Monday .");
        assertTrue(has(u, "Ministry of Health") && has(u, "Mutua"), u.toString());
    }

    @Test
    void aDemonymThatTheAcronymAfterTheNameSpellsIsPartOfTheName() {
        List<Span> s = spans("The Nigerian National/O Petroleum/O Company/O Limited/O ( NNPC/O Ltd/O ) said prices"
                + " had fallen .");
        assertTrue(has(s, "Nigerian National Petroleum Company Limited"), s.toString());
        // an acronym that does not spell it leaves the demonym out
        List<Span> t = spans("The Nigerian National/O Petroleum/O Company/O Limited/O ( NPCL/O ) said prices had"
                + " fallen .");
        assertTrue(has(t, "National Petroleum Company Limited"), t.toString());
    }

    @Test
    void aPlaceDescribedInAppositionAsABodyIsThatBody() {
        List<Span> s = spans("Kestral/L Coast/L Railway/L , the consortium that runs the line , said it had cut the"
                + " journey .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Kestral Coast Railway"));
        // a community or a group of something may be a place; a description whose clause names a body is a place's
        List<Span> t = spans("Vessa/L Bay/L , a fishing community on the coast , lost 40 boats .");
        assertEquals(Span.Kind.LOCATION, kindOf(t, "Vessa Bay"));
        List<Span> u = spans("Vessa/L Bay/L , the town where the union met , lost 40 boats .");
        assertEquals(Span.Kind.LOCATION, kindOf(u, "Vessa Bay"));
    }

    @Test
    void aNameAfterANounForAProgrammeThatSpeaksIsABodys() {
        List<Span> s = spans("Nests rose , the turtle protection programme Mar/P Azul/P said on Friday .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Mar Azul"));
    }

    @Test
    void theShortFormInBracketsSpellsTheWordsOfTheNameTheTaggerLeftOut() {
        List<Span> s = spans("Acción Salud/P Mbeya/P ( ASM ) , a Tanzanian non-governmental organisation , said its"
                + " teams were there .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Acción Salud Mbeya"));
        // a person's name the short form spells keeps its kind; a short form that does not spell it makes no body
        List<Span> t = spans("Later Andrés/P Manuel/P Obrador/P ( LAMO ) said so .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Later Andrés Manuel Obrador"));
        List<Span> u = spans("Acción Salud/P Mbeya/P ( XYZ ) , a Tanzanian non-governmental organisation , said so .");
        assertTrue(u.stream().noneMatch(sp -> sp.kind() == Span.Kind.ORGANIZATION), u.toString());
    }

    @Test
    void anApostropheJoinedToTheFrontOfANameIsPartOfIt() {
        List<Span> s = spans("The minister , ' ~Mabatho/P Lerato/P ~-/P ~Sello/P , said so .");
        assertTrue(has(s, "'Mabatho Lerato-Sello"), s.toString());
        // a single quotation mark that a later mark closes opens a quotation, not a name
        List<Span> t = spans("He wrote , ' ~Mabatho/P Sello/P is wrong ~' , in the letter .");
        assertTrue(has(t, "Mabatho Sello"), t.toString());
    }

    @Test
    void aNameTakenForAPlaceBesideAPersonsOfficeIsAPersons() {
        List<Span> s = spans("The district commissioner , Tiwonge/L Banda/L , said the markets would close .");
        assertEquals(Span.Kind.PERSON, kindOf(s, "Tiwonge Banda"));
        List<Span> t = spans("Tiwonge/L Banda/L , the district commissioner , said the markets would close .");
        assertEquals(Span.Kind.PERSON, kindOf(t, "Tiwonge Banda"));
        // a place set off after a noun that is no office stays a place
        List<Span> u = spans("The nearest town , Nkhata/L Bay/L , has no clinic .");
        assertEquals(Span.Kind.LOCATION, kindOf(u, "Nkhata Bay"));
    }

    @Test
    void aPlaceNameThatIsABodysIsAnOrganisation() {
        // a company's or an agency's arm in a country, a body's noun and "of" the place it serves, a body's noun
        // that a Romance language puts first
        List<Span> s = spans("Hyundai/L Slovakia/L said it would hire 600 workers .",
                "Tourism/L Moldova/L said bookings rose .",
                "The University/L of/L the/L Cayman/L Islands/L said the survey was done .",
                "Cooperativa/L Cacau/L Bahia/L said it paid more .");
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Hyundai Slovakia"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Tourism Moldova"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "University of the Cayman Islands"));
        assertEquals(Span.Kind.ORGANIZATION, kindOf(s, "Cooperativa Cacau Bahia"));
        // a region of a country, and a capital named after its port, stay places
        List<Span> t = spans("Flooding hit Northern/L Moldova/L on Monday .", "Port/L of/L Spain/L was quiet .");
        assertEquals(Span.Kind.LOCATION, kindOf(t, "Northern Moldova"));
        assertTrue(kindOf(t, "Port of Spain") != Span.Kind.ORGANIZATION, t.toString());
    }
}
