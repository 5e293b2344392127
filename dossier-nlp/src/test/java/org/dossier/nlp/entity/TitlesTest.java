package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Entity;
import org.dossier.nlp.Shared;
import org.dossier.nlp.text.Document;
import org.junit.jupiter.api.Test;

/** Titles found by their position next to a name, on sentences written for these tests. */
class TitlesTest {

    private static List<String> titlesOf(String body, String name) {
        Document d = Shared.annotate(Shared.article(body, "2021-03-09"));
        Entity e = d.entities().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + d.entities()));
        return e.titles();
    }

    @Test
    void aRunOfCapitalisedNounsJoinedToATitleHeadIsPartOfTheTitle() {
        assertEquals(List.of("Fisheries Minister"),
                titlesOf("Fisheries Minister Rosa Delgado signed the quota deal on Monday.", "Rosa Delgado"));
        assertEquals(List.of("Trade and Industry Minister"),
                titlesOf("Trade and Industry Minister Ahmed Karimi said exports grew.", "Ahmed Karimi"));
        assertEquals(List.of("Planning Minister II"),
                titlesOf("The plan was approved, said Planning Minister II Hamid Rosli on Friday.", "Hamid Rosli"));
    }

    @Test
    void twoCapitalisedNounsBeforeANameAreATitleWithoutAListedHead() {
        assertEquals(List.of("Assistant Coroner"),
                titlesOf("Opening the hearing, Assistant Coroner Helen Marsh said the evidence was clear.",
                        "Helen Marsh"));
    }

    @Test
    void aRoleForSomeoneIsNotTheirTitle() {
        assertEquals(List.of("Mayor"),
                titlesOf("A spokeswoman for Mayor Petra Lindqvist said the bridge would reopen.", "Petra Lindqvist"));
        assertEquals(List.of("former harbour minister"),
                titlesOf("The lawyer for former harbour minister Oskar Lindahl filed an appeal.", "Oskar Lindahl"));
        assertEquals(List.of("Minister for Law and Justice"),
                titlesOf("Minister for Law and Justice Farid Qureshi said the courts would grow.", "Farid Qureshi"));
    }

    @Test
    void whatTheSubjectIsSaidToBeIsTheirRoleWithoutAListedTitleWord() {
        assertEquals(List.of("a herder in Arkhangai province"),
                titlesOf("Batbayar Tsetseg, 61, is a herder in Arkhangai province and has kept yaks all her life.",
                        "Batbayar Tsetseg"));
        assertEquals(List.of("a retired beekeeper near Bled"),
                titlesOf("Tomaz Hribar is a retired beekeeper near Bled. He spoke to us at his apiary.",
                        "Tomaz Hribar"));
        // what someone did, or a noun for anyone, is no role
        assertEquals(List.of(),
                titlesOf("Aiko Nakamura, 19, is the first woman to row for the harbour team.", "Aiko Nakamura"));
    }

    @Test
    void anOfficeStatedInASecondPredicateIsTheSubjectsTitle() {
        // "grows cane … and is chairperson of …": the subject's second predicate states her office, which needs no
        // article when she holds it alone
        assertEquals(List.of("chairperson of the Hhohho Dairy Farmers' Union"),
                titlesOf("Sibusiso Dlamini-Nxumalo, 47, keeps 60 cows near Piggs Peak and is chairperson of the"
                        + " Hhohho Dairy Farmers' Union, which has 900 members.", "Sibusiso Dlamini-Nxumalo"));
        // what someone else is, or a clause of its own, is not
        assertEquals(List.of(),
                titlesOf("Sibusiso Dlamini-Nxumalo, 47, keeps cows with Ana Ruiz and is proud of them.",
                        "Sibusiso Dlamini-Nxumalo"));
    }

    @Test
    void aPlaceInACompetitionBeforeTheNameIsTheTitle() {
        assertEquals(List.of("Third-placed"),
                titlesOf("Third-placed Oksana Melnyk-Dovzhenko said the wind had turned on the last lap.",
                        "Oksana Melnyk-Dovzhenko"));
        assertEquals(List.of("top-seeded"),
                titlesOf("The final was won by top-seeded Ilkka Rautavaara-Lind on Sunday.", "Ilkka Rautavaara-Lind"));
        // a place that is no rank is no title
        assertEquals(List.of(),
                titlesOf("Well-placed Oksana Melnyk-Dovzhenko said the wind had turned.", "Oksana Melnyk-Dovzhenko"));
    }

    @Test
    void whatTheSubjectIsSaidToBeAfterADatelineIsTheirRoleUpToARelativeClause() {
        assertEquals(List.of("a shepherd"),
                titlesOf("KOCHKOR, Kyrgyzstan — Asylbek Toktogulov, 63, is a shepherd. He has kept sheep for forty"
                        + " years.", "Asylbek Toktogulov"));
        assertEquals(List.of("a reindeer herder"),
                titlesOf("Nils Aslak Eira, 52, is a reindeer herder whose family has grazed its animals on the"
                        + " peninsula for generations.", "Nils Aslak Eira"));
    }

    @Test
    void aTitleSetOffBeforeAMilitaryRankAndTheNameIsThePersons() {
        List<String> titles = titlesOf("The chairman of the National Flood Authority (NFA), Lt Gen (retd) Asif"
                + " Mehmood Qureshi, briefed reporters on Sunday.", "Asif Mehmood Qureshi");
        assertTrue(titles.stream().anyMatch(x -> x.startsWith("chairman of the National Flood Authority")),
                titles.toString());
    }

    @Test
    void aNounBeforeTheNameAfterAnAgeSpelledOutIsTheTitleEvenEndingInIng() {
        assertEquals(List.of("wing"),
                titlesOf("Nineteen-year-old wing Josaia Rokoduru said he had learned the game barefoot.",
                        "Josaia Rokoduru"));
    }

    @Test
    void oneCapitalisedWordWithNoTitleWordIsNoTitle() {
        assertEquals(List.of(),
                titlesOf("Meanwhile Daniel Okoro said the bridge would reopen next week.", "Daniel Okoro"));
    }

    @Test
    void courtesyTitlesBetweenTitleAndNameAreSkipped() {
        assertEquals(List.of("Transport Minister"),
                titlesOf("Transport Minister Datuk Seri Aziz Rahman opened the new line.", "Aziz Rahman"));
    }

    @Test
    void aHyphenatedTitleIsOneTitleThoughTheTokenizerSplitsIt() {
        assertEquals(List.of("Director-General"),
                titlesOf("UNESCO Director-General Kwame Osei-Lund said the site would be listed.", "Kwame Osei-Lund"));
    }

    @Test
    void aLowerCaseNounRightBeforeANameIsItsTitleByPosition() {
        assertEquals(List.of("plumber"),
                titlesOf("In Westfield, plumber Gavin Hale, 51, has been without work for a month.", "Gavin Hale"));
        assertEquals(List.of("flower seller"),
                titlesOf("Outside the station, 63-year-old flower seller Amina Yusuf packed up early.",
                        "Amina Yusuf"));
        assertEquals(List.of("glassblower"),
                titlesOf("\"It took a week,\" said glassblower Pieter Aalders of the vase.", "Pieter Aalders"));
        assertEquals(List.of("skipper"),
                titlesOf("That is how skipper Nathan Cole described the final.", "Nathan Cole"));
    }

    @Test
    void anOrdinalOpensATitleBeforeAName() {
        assertEquals(List.of("first female pilot"),
                titlesOf("The airline hired the first female pilot Ana Whitcombe in 1990.", "Ana Whitcombe"));
    }

    @Test
    void aConjunctionOrPrepositionBeforeANameEndsNoTitle() {
        assertEquals(List.of(),
                titlesOf("The union threatened to take a new path unless Mayor's aide Tom Hale stops the cuts.",
                        "Tom Hale").stream().filter(x -> x.contains("unless")).toList());
        assertEquals(List.of(),
                titlesOf("The union threatened to take a new path unless Tom Hale stops the cuts.", "Tom Hale"));
        assertEquals(List.of(),
                titlesOf("The fund kept its old rules despite Tom Hale asking for a change.", "Tom Hale"));
    }

    @Test
    void aVerbOrAPluralBeforeANameIsNoTitle() {
        assertEquals(List.of(),
                titlesOf("The champion then beat Oscar Lindqvist in straight sets.", "Oscar Lindqvist"));
        assertEquals(List.of(), titlesOf("The club confirms Oscar Lindqvist will leave in June.", "Oscar Lindqvist"));
        assertEquals(List.of(), titlesOf("She quickly phoned Oscar Lindqvist about it.", "Oscar Lindqvist"));
    }

    @Test
    void aRelationIsATitleOnlyWhenItSaysWhoseRelationThePersonIs() {
        assertEquals(List.of("the driver's sister"),
                titlesOf("Outside the court, the driver's sister, Irene Vos, said the family was relieved.",
                        "Irene Vos"));
        assertEquals(List.of("widow"), titlesOf("Irene Vos, his widow, said the family was relieved.", "Irene Vos"));
        // "a mother of three" says no more than an age
        assertEquals(List.of(), titlesOf("Irene Vos, a mother of three, said the family was relieved.", "Irene Vos"));
        assertEquals(List.of("the driver's lawyer"),
                titlesOf("Outside the court, the driver's lawyer, Irene Vos, said they would appeal.", "Irene Vos"));
    }

    @Test
    void aDepartmentTaggedAsAnOrganisationBeforeAndIsPartOfTheTitle() {
        assertEquals(List.of("Treasury and Finance Minister"),
                titlesOf("Treasury and Finance Minister Selim Oran said the figures were encouraging.", "Selim Oran"));
    }

    @Test
    void aTitleSetOffAsAnObjectStartsAtItsOwnDeterminer() {
        assertEquals(List.of("the county's attorney"),
                titlesOf("The judge then questioned the county's attorney, Miriam Holt.", "Miriam Holt"));
        assertEquals(List.of(),
                titlesOf("The judge then questioned the county's witnesses, Miriam Holt.", "Miriam Holt"));
    }

    @Test
    void aTitleWhoseHeadGovernsOfOrForRunsOnToTheName() {
        assertEquals(List.of("Minister of Fisheries and Ports"),
                titlesOf("Minister of Fisheries and Ports Lena Duval opened the harbour.", "Lena Duval"));
        assertEquals(List.of("Director of operations"),
                titlesOf("Director of operations Karl Brandt said the fleet was short.", "Karl Brandt"));
        assertEquals(List.of("Deputy prefect of the region"),
                titlesOf("Deputy prefect of the region Olga Petrenko said heating was back.", "Olga Petrenko"));
        // no title word before "of": a quantity, not a title
        assertEquals(List.of(),
                titlesOf("Dozens of growers Olga Petrenko and Ivan Sokol led the march.", "Olga Petrenko"));
    }

    @Test
    void aChieflyCourtesyTitleIsNoPartOfTheNameAndAnIrishOfficeIsATitle() {
        assertEquals(List.of("Tourism Minister"),
                titlesOf("Tourism Minister Ratu Sitiveni Kaloumaira opened the new wharf.", "Sitiveni Kaloumaira"));
        assertEquals(List.of("Tánaiste"),
                titlesOf("7.50pm: Tánaiste Niamh Breathnach closes the debate for the Government.",
                        "Niamh Breathnach"));
    }

    @Test
    void anAbbreviatedCourtesyTitleBetweenTitleAndNameIsSkipped() {
        assertEquals(List.of("Undersecretary"),
                titlesOf("The works will finish in May, Undersecretary Eng. Karim Sabbagh told the panel.",
                        "Karim Sabbagh"));
    }

    @Test
    void aCapitalisedNounThatOpensTheSentenceBelongsToTheTitle() {
        assertEquals(List.of("Kayak instructor"),
                titlesOf("Kayak instructor Jonas Ek said the lake was calm.", "Jonas Ek"));
        assertEquals(List.of("Seamstress"), titlesOf("Seamstress Mai Linh, 27, said her wage was low.", "Mai Linh"));
        // alone, a capital is a title as a common noun: the article writes it in lower case elsewhere, or the tagger
        // left it out of the full name after it; one the article capitalises inside a sentence is a name
        assertEquals(List.of("Rider"), titlesOf("Rider Olivier Mugabo said fares were fair. Most riders agree.",
                "Olivier Mugabo"));
        assertEquals(List.of(), titlesOf("Rider Olivier Mugabo said fares were fair. His cousin Rider Mugabo agreed.",
                "Olivier Mugabo"));
    }

    @Test
    void anAppositiveRoleThatGovernsAnOrganisationIsATitleWhateverFollows() {
        assertEquals(List.of("coordinator of the Valley Growers Network"),
                titlesOf("Lucia Brandt, coordinator of the Valley Growers Network, which has 40 members, said prices "
                        + "rose.", "Lucia Brandt"));
        assertEquals(List.of("chairman of the Harbour Board"),
                titlesOf("Tomas Ek, chairman of the Harbour Board, after a long meeting said fees would rise.",
                        "Tomas Ek"));
    }

    @Test
    void aRoleAfterAsInARelativeClauseIsTheTitle() {
        assertEquals(List.of("a deckhand on trawlers"),
                titlesOf("The podcast talks to Mira Holm, who spent nine years as a deckhand on trawlers before "
                        + "becoming a trainer.", "Mira Holm"));
        assertEquals(List.of("a student representative"),
                titlesOf("Lena Duval, who sits on the board as a student representative, voted against.",
                        "Lena Duval"));
    }

    @Test
    void anyNounSetOffAfterAnOwnerIsARole() {
        assertEquals(List.of("The network's agronomist"),
                titlesOf("The network's agronomist, Luis Prado, said transport was the obstacle.", "Luis Prado"));
    }

    @Test
    void anAbbreviatedTitleTheSentenceSplitterCutOffIsTheTitle() {
        assertEquals(List.of("Coun."),
                titlesOf("The vote was close. Coun. Marie Dubois, who voted against, said it was a mistake.",
                        "Marie Dubois"));
    }

    private static String described(String body, String description) {
        Document d = Shared.annotate(Shared.article(body, "2021-03-09"));
        return d.mentions().stream().filter(m -> m.text().equals(description)).findFirst()
                .map(org.dossier.nlp.text.Mention::entityId).orElse("none");
    }

    @Test
    void aDescriptionMarkedByADemonymPlaceOrAgeStandsForTheLatestPerson() {
        assertEquals("person/sven-olsen", described("Sven Olsen scored twice as the hosts won 3-1 on Sunday.\n\n"
                + "\"We kept going,\" the Norwegian striker said.", "the Norwegian striker"));
        assertEquals("person/sven-olsen", described("Sven Olsen was told of his call-up on Monday. \"I am proud,\" "
                + "the Bergen native said.", "the Bergen native"));
    }

    @Test
    void aDescriptionRunsOnOverTheNounsOfThePersonsTitle() {
        assertEquals("person/olga-petrenko", described("Deputy prefect of the region Olga Petrenko said heating was "
                + "back.\n\n\"Teams are working in shifts,\" the deputy prefect said.", "the deputy prefect"));
    }

    @Test
    void aCollectiveNounARoleTitleOrNoMarkStandsForNoPerson() {
        assertEquals("none", described("Sven Olsen spoke on Monday. The Norwegian company said profits rose.",
                "The Norwegian company"));
        assertEquals("none", described("Club captain Sven Olsen spoke first. \"We kept going,\" the Norwegian "
                + "striker said.", "the Norwegian striker"));
        assertEquals("none", described("Sven Olsen scored twice. \"We kept going,\" the striker said.",
                "the striker"));
    }

    @Test
    void aCapitalisedAgentNounOpeningTheSentenceIsATitle() {
        // "-man" ends surnames too (Goldman, Freeman): such a word is a noun when the article writes its plural
        assertEquals(List.of("Fisherman"),
                titlesOf("Fisherman Anselm Quistorp, who has worked the bay for 30 years, said the catch was poor. "
                        + "Other fishermen agreed.", "Anselm Quistorp"));
        assertEquals(List.of("Veterinarian"),
                titlesOf("Veterinarian Dr. Oskar Brandtveit said the herd was healthy.", "Oskar Brandtveit"));
        assertEquals(List.of("Electrician"),
                titlesOf("Electrician Birte Haldorsen said the wiring was old.", "Birte Haldorsen"));
    }

    @Test
    void neitherAListGoingOnNorANounBeforeAnHonorificIsATitle() {
        // "Drummond-Keane, and the member Fraser Mowat questioned her": no appositive of hers
        List<String> convener = titlesOf("The convener of the committee, Isla Drummond-Keane, and the member Fraser"
                + " Mowat questioned her.", "Isla Drummond-Keane");
        assertTrue(convener.stream().noneMatch(t -> t.contains("questioned")), convener.toString());
        assertEquals(List.of(), titlesOf("Fraser Mowat spoke first. After the session Mr Mowat said little.",
                "Fraser Mowat"));
        // the thing a clause that the name opens is about ("the figure Mowat cited") is no role
        assertEquals(List.of(), titlesOf("Fraser Mowat spoke first. That is less than the $53 million figure Mowat"
                + " cited.", "Fraser Mowat"));
    }

    @Test
    void aListOfPortfoliosWithCommasIsOneTitle() {
        assertEquals(List.of("Minister of Housing, Lands and Planning"),
                titlesOf("Funding will rise next year, Minister of Housing, Lands and Planning Oskar Brandtveit said.",
                        "Oskar Brandtveit"));
    }

    @Test
    void anIrregularPastVerbBeforeANameIsNoTitle() {
        assertEquals(List.of(),
                titlesOf("The district court in Oberzell found Anselm Quistorp guilty of fraud.", "Anselm Quistorp"));
    }

    @Test
    void anUnknownTitleAbbreviationThatEndsASentenceSplitIsRejoined() {
        // "Presiding" is a noun's modifier before "judge", as "Rafting" before "guide"
        assertEquals(List.of("Presiding judge"),
                titlesOf("Presiding judge Mgr. Tereza Vlkova said the driver had been drinking.", "Tereza Vlkova"));
    }

    @Test
    void aSentenceOpeningCapitalQualifiesATitleAfterIt() {
        assertEquals(List.of("Orchard keeper"),
                titlesOf("Orchard keeper Gwen Pascoe, who keeps 400 trees, said the price was too low.", "Gwen Pascoe"));
    }

    @Test
    void aCompoundAgentNounInManOpeningTheSentenceIsATitle() {
        assertEquals(List.of("Ferryman"),
                titlesOf("Ferryman Bryn Tallis, who has crossed the strait for 30 years, said the fares were fair.",
                        "Bryn Tallis"));
    }

    @Test
    void aTitleHeadGoverningAComplementBeforeASetOffNameIsItsTitle() {
        assertEquals(List.of("Counsel for the growers"),
                titlesOf("Counsel for the growers, Ida Lusk, said her clients would appeal.", "Ida Lusk"));
    }

    @Test
    void aCapitalTheTaggerLeftOutBeforeAFullNameIsARoleNoun() {
        assertEquals(List.of("Warden"),
                titlesOf("Warden Marta Quillen-Roe said the gates were shut at dusk.", "Marta Quillen-Roe"));
    }

    @Test
    void oneCapitalisedNounOpeningTheSentenceGovernsAComplementBeforeTheName() {
        assertEquals(List.of("Registrar of Deeds"),
                titlesOf("Registrar of Deeds Tomas Vadik said the files were safe.", "Tomas Vadik"));
    }

    @Test
    void aRoleSetOffAfterWhoseOrAPossessiveIsATitle() {
        assertEquals(List.of("convenor"), titlesOf("The petition came from the Harbour Residents Group, whose "
                + "convenor, Marta Quillen, said the plan was rushed.", "Marta Quillen"));
    }

    @Test
    void anAppositiveGoesOnPastACommaInsideAName() {
        assertEquals(List.of("general secretary of the Zambia Nurses, Midwives and Orderlies Union"),
                titlesOf("Mwila Banda-Sikazwe, general secretary of the Zambia Nurses, Midwives and Orderlies Union,"
                        + " said staff had not been paid.", "Mwila Banda-Sikazwe"));
    }

    @Test
    void aPortfolioInBracketsAndAPairedCourtesyTitleBeforeTheName() {
        assertEquals(List.of("Minister in the Prime Minister's Department (Law and Institutional Reform)"),
                titlesOf("Minister in the Prime Minister's Department (Law and Institutional Reform) Datuk Seri"
                        + " Noraini Hamid said the law would set up a tribunal.", "Noraini Hamid"));
        assertEquals(List.of("Opposition MP"),
                titlesOf("Opposition MP Tan Sri Abdul Rahman Idris said the law was overdue.", "Abdul Rahman Idris"));
    }

    @Test
    void aNounInIngOpeningTheSentenceBeforeARoleNounIsPartOfTheTitle() {
        assertEquals(List.of("Rafting guide"), titlesOf("Rafting guide Toma Lleshi-Bardhi said the river was high.",
                "Toma Lleshi-Bardhi"));
        assertEquals(List.of("Mining engineer"), titlesOf("Mining engineer Toma Lleshi-Bardhi said the shaft was dry.",
                "Toma Lleshi-Bardhi"));
        // a participle that opens a clause is none
        assertTrue(titlesOf("Speaking to reporters, Toma Lleshi-Bardhi said the river was high.", "Toma Lleshi-Bardhi")
                .stream().noneMatch(t -> t.contains("Speaking")));
    }
}
