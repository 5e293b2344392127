package org.dossier.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dossier.nlp.quote.Quotes.starting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.core.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Which title a quote's speaker gets: an office over a relative clause, a trade named by its shape before the name,
 * the fuller of two titles, and what is no title at all (a relation, a residence). Most passages here are regression
 * cases adapted from misses of dev batches 7 and 8 (names and some wording changed, the sentence shapes kept); they
 * are not independent evidence that the mechanisms generalise (the blind sets are).
 */
class QuoteTitleTest {

    private static List<Quote> quotes(String body) {
        return Quotes.extract(body, "2023-05-02");
    }


    private static String title(Quote q) {
        return q.speakerTitle().orElse("").toLowerCase(Locale.ROOT);
    }

    @Test
    void aNounThatOpensTheSentenceBeforeATitleInLowerCaseIsTheTitles() {
        List<Quote> qs = quotes("SZEGED (MTI) - The river fell to its lowest level in a decade, the water authority"
                + " said.\n\nHarbour master Zoltán Kovács, of the Szeged marina, said about 40 boats had been lifted"
                + " out of the water early.");
        Quote q = starting(qs, "about 40 boats");
        assertEquals(Optional.of("Zoltán Kovács"), q.speaker(), qs.toString());
        assertEquals("harbour master", title(q).replaceAll(",.*", ""), qs.toString());
    }

    @Test
    void anAppositivesTitleEndsWhereWhoseOpensAClauseAboutSomeoneElse() {
        List<Quote> qs = quotes("KORČULA — “Olives forgive you almost anything: drought, stones, neglect. The one thing"
                + " they do not forgive is frost.”\n\n"
                + "The man saying this is Ivo Barbarić, 71, an olive grower whose family has worked the terraces"
                + " above the village for five generations.");
        Quote q = starting(qs, "Olives forgive");
        assertEquals(Optional.of("Ivo Barbarić"), q.speaker(), qs.toString());
        assertEquals("an olive grower", title(q), qs.toString());
    }

    @Test
    void anOfficeWhoseFieldIsAListIsWholeBeforeTheName() {
        List<Quote> qs = quotes("Deputy Minister of Mines, Energy, Water and Forestry Cde Tapiwa Ndlovu-Chikore said"
                + " that every new borehole would be metered from March.\n\n"
                + "On Monday, Finance Minister Rudo Banda said the budget had no room for new subsidies.");
        Quote q = starting(qs, "every new borehole");
        assertEquals(Optional.of("Tapiwa Ndlovu-Chikore"), q.speaker());
        assertEquals("deputy minister of mines, energy, water and forestry", title(q));
        // a comma that ends an opening phrase is no part of the office
        assertEquals("finance minister", title(starting(qs, "the budget had no room")));
    }

    @Test
    void courtesyTitlesOfAfricanAndBruneianEnglishAreNoPartOfTheName() {
        List<Quote> qs = quotes("Awang Haji Rosli bin Haji Ahmad, a boatman in the water village, said the walkways"
                + " had not been repaired for ten years.\n\n"
                + "Osabarima Kofi Manso Boateng II, the chief of Nkwanta, said the river had turned brown.\n\n"
                + "Mama Rehema Mwakyusa-Kimaro, who sells vegetables at the bus stand, said prices had doubled.");
        assertEquals(Optional.of("Rosli bin Haji Ahmad"), starting(qs, "the walkways had not").speaker());
        assertEquals(Optional.of("Kofi Manso Boateng II"), starting(qs, "the river had turned").speaker());
        Quote mama = starting(qs, "prices had doubled");
        assertEquals(Optional.of("Rehema Mwakyusa-Kimaro"), mama.speaker());
        assertFalse(title(mama).contains("mama"), mama.toString());
        List<Quote> council = quotes("Council member Yang Berhormat Awang Haji Harun bin Haji Salleh said the ferry"
                + " to Temburong ran half empty.\n\n"
                + "The Deputy Minister, Yang Berhormat Dayang Hajah Noraini binti Haji Yusof, replied that fares"
                + " would fall.\n\n"
                + "Its chairman, Ntate Lerato Mofokeng-Sehloho, said the wool sheds were full.");
        assertEquals(Optional.of("Harun bin Haji Salleh"), starting(council, "the ferry to Temburong").speaker());
        assertEquals(Optional.of("Noraini binti Haji Yusof"), starting(council, "fares would fall").speaker());
        assertEquals(Optional.of("Lerato Mofokeng-Sehloho"), starting(council, "the wool sheds").speaker());
        // the Honourable of a Commonwealth minister, with its full stop or without it
        List<Quote> hon = quotes("The Minister for Fisheries, Hon Tevita Fifita-Lolohea, said the reef would close"
                + " for a year.\n\n"
                + "The opposition's spokesman, the Hon. Sione Vaipulu-Tonga, said the closure came too late.");
        assertEquals(Optional.of("Tevita Fifita-Lolohea"), starting(hon, "the reef would close").speaker(),
                hon.toString());
        assertFalse(title(starting(hon, "the reef would close")).toLowerCase().contains("hon"), hon.toString());
        assertEquals(Optional.of("Sione Vaipulu-Tonga"), starting(hon, "the closure came").speaker(), hon.toString());
    }

    @Test
    void aRoleNounTheTextLaterCallsTheSpeakerByIsTheTitleOfTheirEarlierQuotationsToo() {
        List<Quote> qs = quotes("Dr. Hendrik Vos-Amutenya, who has tracked the lions of the region for 20 years, said"
                + " the pride had moved west along the river.\n\n"
                + "\"These are the only lions in the world that hunt seals on a beach,\" he said.\n\n"
                + "\"Two of the lionesses have raised cubs in the dunes,\" the researcher said.");
        assertTrue(title(starting(qs, "the pride had moved west")).contains("researcher"), qs.toString());
        assertTrue(title(starting(qs, "These are the only lions")).contains("researcher"), qs.toString());
        // a clause on what she does is no title beside a quote: the role noun the text then calls her by is
        List<Quote> study = quotes("Ainura Sadykova-Bek, who studies the glacier for the university, says the ice has"
                + " retreated by about 600 metres since 1957.\n\n"
                + "\"For the herders, a glacier is not a view,\" the glaciologist says.");
        assertTrue(title(starting(study, "the ice has retreated")).contains("glaciologist"), study.toString());
        assertTrue(title(starting(study, "For the herders")).contains("glaciologist"), study.toString());
        // a noun of kin is no title, before or after
        List<Quote> kin = quotes("Marta Ilves-Kask said her son had not come home from the night shift.\n\n"
                + "\"He always calls me when he is late,\" the mother said.");
        assertFalse(title(starting(kin, "her son had not come")).contains("mother"), kin.toString());
    }

    @Test
    void anOfficeBeforeTheNameBeatsWhatTheRelativeClauseSaysTheyDo() {
        List<Quote> qs = quotes("A new levy on market stalls in the harbour district has divided the town council.\n\n"
                + "Ms Orla Venn, an MP for the coastal district, said she would ask the minister to review the levy.\n\n"
                + "\"A stall is not a shopping centre, and it should not pay rent like one,\" said Ms Venn, who sits on"
                + " the parliamentary committee for local trade.\n\n"
                + "Food blogger Tomas Kerr, who runs the Harbour Plates page, said diners would simply stay away.");
        assertTrue(title(starting(qs, "A stall is not a shopping centre")).contains("mp"), qs.toString());
        Quote kerr = starting(qs, "diners would simply stay away");
        assertEquals(Optional.of("Tomas Kerr"), kerr.speaker());
        assertTrue(title(kerr).contains("food blogger"), qs.toString());
    }

    @Test
    void aClauseOnAnUnnamedBusinessOrATradeIsNoTitleButAPostOrANamedFirmIs() {
        List<Quote> qs = quotes("Tamsin Okafor-Rhys, who runs a bakery in Llandeilo, said flour had doubled in"
                + " price.\n\n\"We cannot pass that on,\" she said.\n\n"
                + "Ivo Brandt-Mensah, who grows barley near Cupar, said the harvest was late.\n\n"
                + "Ruth Anker, who owns Anker Mills, said the mill would cut a shift.\n\n"
                + "Dalia Ferrante-Obi, who chairs the county's farming committee, said help would come.\n\n"
                + "Oskar Lind-Amadi, who works for the Red Cross in Bergen, said stocks were low.");
        assertEquals(Optional.of("Tamsin Okafor-Rhys"), starting(qs, "We cannot pass that on").speaker());
        assertEquals("", title(starting(qs, "We cannot pass that on")), qs.toString());
        assertEquals("", title(starting(qs, "flour had doubled")), qs.toString());
        assertEquals("", title(starting(qs, "the harvest was late")), qs.toString());
        assertTrue(title(starting(qs, "the mill would cut")).contains("anker mills"), qs.toString());
        assertTrue(title(starting(qs, "help would come")).contains("farming committee"), qs.toString());
        // what someone does for an employer the clause names says where they work
        assertTrue(title(starting(qs, "stocks were low")).contains("red cross"), qs.toString());
    }

    @Test
    void anOfficeOverABodyTheTextDoesNotNameIsNoTitle() {
        // "heads a group of …" says what the person does; "chairs the county's farming committee" names the post
        List<Quote> qs = quotes("Halima Dossou-Agbo, who heads a group of 40 women who smoke fish by the lagoon, said"
                + " the smoking sheds had been moved twice.\n\n"
                + "Kofi Mensah-Adjei, who chairs a village group that shares the ferry fees, said the fees paid for"
                + " a school.\n\n"
                + "Ama Boateng-Osei, who chairs the district's fisheries committee, said the catch was down.");
        assertEquals(Optional.of("Halima Dossou-Agbo"), starting(qs, "the smoking sheds had been moved").speaker());
        assertEquals("", title(starting(qs, "the smoking sheds had been moved")), qs.toString());
        assertEquals("", title(starting(qs, "the fees paid for a school")), qs.toString());
        assertTrue(title(starting(qs, "the catch was down")).contains("fisheries committee"), qs.toString());
    }

    @Test
    void anAbbreviatedOfficeStaysBesideADescriptionThatNamesNone() {
        // "a Montana Republican" says which party, not which office: the label's "Sen." keeps the office
        List<Quote> qs = quotes("Sen. Hollis Vantreight, who chairs the panel, and Sen. Odell Brisco-Kane, a Montana"
                + " Republican, questioned him.\n\n"
                + "Sen. BRISCO-KANE: \"Your academy washes out a third of its trainees.\"");
        Quote q = starting(qs, "Your academy washes out");
        assertEquals(Optional.of("Odell Brisco-Kane"), q.speaker(), qs.toString());
        assertTrue(title(q).contains("sen"), qs.toString());
        assertTrue(title(q).contains("montana republican"), qs.toString());
    }

    @Test
    void aCapitalisedOfficeAfterHasBeenIsTheTitleOfAnInterviewee() {
        List<Quote> qs = quotes("Marta Quill-Oduya, 56, has been Commissioner of the Tasman Fire Service since 2024."
                + " She spoke to us in Nelson. The interview has been edited for length.\n\n"
                + "How bad could this season be?\n\n"
                + "\"Bad enough that I'd rather people were over-prepared.\"\n\n"
                + "Are you short of volunteers?\n\n"
                + "\"We have about 3,000, which sounds like a lot,\" she says.");
        Quote q = starting(qs, "Bad enough");
        assertEquals(Optional.of("Marta Quill-Oduya"), q.speaker(), qs.toString());
        assertTrue(title(q).contains("commissioner of the tasman fire service"), qs.toString());
        // a title joined by a hyphen, which the tokenizer splits
        List<Quote> rs = quotes("Ines Marlow-Abe, 52, has been Director-General of the Tasman Wildlife Service since"
                + " 2023. She spoke to us in Nelson. The interview has been edited for length.\n\n"
                + "Why is it getting worse?\n\n"
                + "\"Because we keep building where the herds walk.\"\n\n"
                + "Are fences working?\n\n"
                + "\"Where villagers keep them, yes,\" she says.");
        assertTrue(title(starting(rs, "Because we keep building")).contains("director-general of the tasman"),
                rs.toString());
    }

    @Test
    void aRoleBeforeTheNameIsKeptBesideAClauseOnWhatTheyDo() {
        // a trade before the name ("beekeeper") heads the title a later description cites, and the clause on what
        // they do ("who works with …") stays beside it
        List<Quote> qs = quotes("Beekeeper Idun Skaaret-Lowe, who works with orchards in Hedmark, said the"
                + " new levy on hive transport was unfair.\n\n"
                + "''Half my clients keep two hives and a trailer,'' the beekeeper said.");
        Quote q = starting(qs, "Half my clients keep two hives");
        assertEquals(Optional.of("Idun Skaaret-Lowe"), q.speaker());
        assertTrue(title(q).startsWith("beekeeper"), qs.toString());
        assertTrue(title(q).contains("orchards"), qs.toString());
        // an abbreviation says less than the clause holding the affiliation; what follows "and was" is no role
        List<Quote> rs = quotes("Other researchers were cautious. Prof. Oskar Lindqvist-Obi, who studies glaciers at"
                + " the University of Tromsø and was not involved in the work, said the model was \"far too"
                + " tidy\".");
        Quote r = starting(rs, "far too tidy");
        assertTrue(title(r).contains("university of tromsø"), rs.toString());
        assertFalse(title(r).contains("involved"), rs.toString());
    }

    @Test
    void aRelationToSomeoneIsTheTitleOfASpeakerWithNoOffice() {
        List<Quote> qs = quotes("Ingrid Falk-Mbeki, a marine chemist who mapped the fjord's dead zones, has died in"
                + " Tromsø. She was 83.\n\n"
                + "Her son, Oskar Falk-Mbeki, said she had died at home on Sunday.\n\n"
                + "\"She was still reading papers in bed,\" he said.\n\n"
                + "Sunniva Rask, a mother of three who studied under her, said the department would hold a memorial.");
        Quote son = starting(qs, "She was still reading papers in bed");
        assertEquals(Optional.of("Oskar Falk-Mbeki"), son.speaker());
        assertEquals("son", title(son), qs.toString());
        // "a mother of three" is who a speaker with no office is, as the development sets since the twentieth write
        assertTrue(title(starting(qs, "the department would hold a memorial")).startsWith("a mother of three"),
                qs.toString());
    }

    @Test
    void aPostStatedWithIsIsTheTitleOfAnInterviewsSpeaker() {
        // a Q&A: the introduction states the post with "is", after an age, owned by a country of two words
        List<Quote> qs = quotes("Liv Ancher-Dlamini, 49, is New Zealand's minister of rural affairs. Village"
                + " schools closed at a record pace last year. She spoke to us in Wanaka.\n\n"
                + "Critics say the school grants came too late.\n\n"
                + "\"Late is better than never. We kept eleven schools open this year,\" she says.");
        Quote q = starting(qs, "Late is better than never");
        assertEquals(Optional.of("Liv Ancher-Dlamini"), q.speaker(), qs.toString());
        assertTrue(title(q).contains("minister of rural affairs"), qs.toString());
    }

    @Test
    void aPartnerInAFirmIsATitleNotARelation() {
        List<Quote> qs = quotes("Ruth Tembo-Vance, a human rights lawyer, has died in Lusaka. She was 77.\n\n"
                + "Her former law partner, Chanda Mwale-Hurst, said she \"never once sent a client away\".");
        Quote q = starting(qs, "never once sent a client away");
        assertEquals(Optional.of("Chanda Mwale-Hurst"), q.speaker(), qs.toString());
        assertTrue(title(q).contains("law partner"), qs.toString());
    }

    @Test
    void aPostThePersonHoldsNowBeatsOneTheyHaveLeft() {
        List<Quote> qs = quotes("Opposition leader Marta Quellen-Dube won the run-off with 53% of the vote, the"
                + " election board said on Monday.\n\n"
                + "Quellen-Dube, 66, a former trade minister, told supporters in the capital: \"We will open the"
                + " borders to business again.\"");
        Quote q = starting(qs, "We will open the borders");
        assertEquals(Optional.of("Marta Quellen-Dube"), q.speaker());
        assertTrue(title(q).contains("opposition leader"), qs.toString());
        // with no other title, the one the person has left stands
        List<Quote> rs = quotes("Former crane operator Dane Ashgrove, 52, said he had driven a taxi since March.");
        assertTrue(title(starting(rs, "he had driven a taxi")).contains("crane operator"), rs.toString());
    }

    @Test
    void aDescriptionOfThePostHeldNowIsTheQuotesTitle() {
        List<Quote> qs = quotes("The island's parliament has elected Semi Taufa-Lolohea as prime minister, a week"
                + " after his predecessor resigned.\n\n"
                + "Taufa-Lolohea, 59, a former health minister, won 15 votes to 11.\n\n"
                + "\"I will govern for every island,\" the new prime minister told reporters.");
        Quote q = starting(qs, "I will govern for every island");
        assertEquals(Optional.of("Semi Taufa-Lolohea"), q.speaker());
        assertEquals("prime minister", title(q), qs.toString());
        // a person the text gave no title: the office the description names
        List<Quote> rs = quotes("The president on Monday appointed Karel Vondrasek-Ulm, whose party won the"
                + " election, as prime minister.\n\n"
                + "Vondrasek-Ulm, 61, said his coalition would present a cabinet within two weeks.\n\n"
                + "\"We won the election to govern,\" the new prime minister said.");
        // the president who appointed him is not what he is
        assertFalse(title(starting(rs, "his coalition would present")).contains("president"), rs.toString());
        Quote r = starting(rs, "We won the election");
        assertEquals(Optional.of("Karel Vondrasek-Ulm"), r.speaker());
        assertEquals("prime minister", title(r), rs.toString());
    }

    @Test
    void aPeersStyleIsPartOfTheNameAndSaysTheSex() {
        List<Quote> qs = quotes("Lord Ashby-Venn, 81, opened for the bill on Tuesday.\n\n"
                + "Baroness Tellwright, for the opposition, agreed with every word.\n\n"
                + "The minister, Lord Corrin-Hale, said the Government could not support it.\n\n"
                + "\"The Government shares the noble Lord's hopes for the line,\" he said.");
        Quote q = starting(qs, "The Government shares");
        assertEquals(Optional.of("Lord Corrin-Hale"), q.speaker(), qs.toString());
    }

    @Test
    void aTradeThatOpensTheSentenceIsTheTitle() {
        List<Quote> qs = quotes("Garment workers walked out of the wage talks on Friday after employers offered a rise"
                + " of three dollars a month.\n\n"
                + "Seamstress Dara Solvik, 27, who has worked at a factory near the port for six years, said she sent"
                + " half her wage to her parents every month.\n\n"
                + "\"My mother asks me when I will come home. I tell her: when the factory pays enough,\" she said.");
        Quote q = starting(qs, "she sent half her wage");
        assertEquals(Optional.of("Dara Solvik"), q.speaker());
        assertTrue(title(q).contains("seamstress"), qs.toString());
        assertTrue(title(starting(qs, "My mother asks me")).contains("seamstress"), qs.toString());
    }

    @Test
    void aRelationToSomeoneElseWithAnAdjectiveIsTheTitleWithoutThePossessive() {
        List<Quote> qs = quotes("The football association has expressed shock at the death of veteran coach Arvid"
                + " Holmsen, who died on Saturday after a short illness. He was 77.\n\n"
                + "His eldest daughter, Mrs Lina Holmsen-Berg, said the funeral arrangements would be announced"
                + " later in the week.");
        Quote q = starting(qs, "the funeral arrangements would be announced");
        assertEquals(Optional.of("Lina Holmsen-Berg"), q.speaker());
        assertEquals(Optional.of("eldest daughter"), q.speakerTitle(), qs.toString());
    }

    @Test
    void aResidenceBeforeTheNameIsATitle() {
        List<Quote> qs = quotes("Rolling power cuts hit the northern suburbs again on Sunday, the third time this"
                + " month.\n\n"
                + "Eastfield resident Jonas Arvik, whose mother spent a night in hospital during one of the cuts, said"
                + " the campaign to save power missed the point entirely.\n\n"
                + "\"Her air conditioner was not set too low. It was not on at all,\" he said.");
        Quote q = starting(qs, "the campaign to save power");
        assertEquals(Optional.of("Jonas Arvik"), q.speaker());
        assertEquals(Optional.of("Eastfield resident"), q.speakerTitle(), qs.toString());
    }

    @Test
    void aPersonNamedInPassingKeepsTheTitleBesideTheName() {
        List<Quote> qs = quotes("Fresh restrictions on turnips from two island districts will stay for another"
                + " season, regulators said on Tuesday.\n\n"
                + "The complaint came within the hour from Ewan Gillanders, chairman of the Island Turnip Board,"
                + " after the ruling was published.\n\n"
                + "Gillanders said the restrictions cost the island's farmers about ten million dollars a year.");
        Quote q = starting(qs, "the restrictions cost the island's farmers");
        assertEquals(Optional.of("Ewan Gillanders"), q.speaker());
        assertTrue(title(q).contains("chairman"), qs.toString());
    }

    @Test
    void theWordsBeforeTheNameBeatAShorterTitleTheyEndWith() {
        List<Quote> qs = quotes("Turtles came ashore in their thousands on the beach at Playa Verde this week.\n\n"
                + "Park ranger Yolanda Brenes said guides had found visitors using torches on the beach, which"
                + " confuse the hatchlings.\n\n"
                + "The ranger said the ministry would double the night patrols in December.");
        assertTrue(title(starting(qs, "guides had found visitors")).contains("park ranger"), qs.toString());
        assertTrue(title(starting(qs, "the ministry would double")).contains("park ranger"), qs.toString());
    }

    @Test
    void anAbbreviatedTitleGivesWayToTheFullerOne() {
        List<Quote> qs = quotes("The county council approved 36 modular homes on Monday after a long debate.\n\n"
                + "Independent councillor Tadhg Breathnach, who voted against, said the site was the wrong one.\n\n"
                + "'There is one road in and one road out,' Cllr Breathnach said.");
        Quote q = starting(qs, "There is one road in");
        assertEquals(Optional.of("Tadhg Breathnach"), q.speaker());
        assertTrue(title(q).contains("councillor"), qs.toString());
    }

    @Test
    void aNameNeverOpensWithAParticle() {
        assertEquals("Noor bint Faisal al Qasimi", Attribution.withGivenName("bint Faisal al Qasimi", "Noor"));
        assertEquals("van Gaal", Attribution.withGivenName("van Gaal", "But"));
        assertEquals("van Gaal", Attribution.withGivenName("van Gaal", "Yesterday"));
        assertEquals("van der Berg", Attribution.withGivenName("van der Berg", "Dutch"));
        assertEquals("van der Berg", Attribution.withGivenName("van der Berg", "Dr."));
        assertEquals("bin Said", Attribution.withGivenName("bin Said", "Minister"));
        assertEquals("Ana Ruiz", Attribution.withGivenName("Ana Ruiz", "Mayor"));
        assertEquals("de Vries", Attribution.withGivenName("de Vries", ","));
    }

    @Test
    void aTitleBeforeANameInPassingIsKept() {
        List<Quote> qs = quotes("The debate on the Green Party motion of no confidence in Minister for Housing Petra"
                + " Lindqvist gets under way in the chamber. The vote is expected at about half past eight.\n\n"
                + "The minister is on her feet. She says 41,000 homes will be completed this year, the highest"
                + " number since 2007.");
        Quote q = starting(qs, "41,000 homes will be completed");
        assertEquals(Optional.of("Petra Lindqvist"), q.speaker());
        assertTrue(title(q).contains("minister for housing"), qs.toString());
    }

    @Test
    void aRoleOfAFieldInLowerCaseIsTheWholeTitle() {
        List<Quote> qs = quotes("The city council voted on Monday night to stop clearing snow from about 40 kilometres"
                + " of residential sidewalks this winter.\n\n"
                + "Director of operations Terrence Baillargeon told council that the city's plow fleet was short six"
                + " operators and could not clear every sidewalk.\n\n"
                + "\"We'd rather do fewer sidewalks properly than all of them badly,\" Baillargeon said.");
        assertTrue(title(starting(qs, "the city's plow fleet")).contains("director of operations"), qs.toString());
        assertTrue(title(starting(qs, "We'd rather do fewer")).contains("director of operations"), qs.toString());
    }

    @Test
    void aRoleTheTextUsesForAnUntitledSpeakerIsTheirTitle() {
        List<Quote> qs = Quotes.extract("In a judgment delivered on Tuesday, Her Honour Liv Sandaker-Holm said the school"
                + " had dismissed the instructor without a hearing.\n\n"
                + "\"An employer may discipline staff. What it may not do is skip the hearing,\" the judge wrote.",
                "2023-05-02");
        Quote q = Quotes.starting(qs, "An employer may discipline");
        assertEquals(Optional.of("Liv Sandaker-Holm"), q.speaker());
        assertEquals(Optional.of("judge"), q.speakerTitle());
    }

    @Test
    void aPostTheSubjectBecameIsTheTitleWithoutItsDate() {
        List<Quote> qs = quotes("Wen Pei-shan became Formosa's minister of labour in March, a month after the strikes."
                + "\n\nDoes the island need more migrant workers?\n\n\"Yes, and it needs to treat them better,\" she"
                + " says.");
        Quote q = starting(qs, "Yes, and it needs");
        assertEquals(Optional.of("Wen Pei-shan"), q.speaker());
        assertEquals("formosa's minister of labour", title(q).replace('\u2019', '\''), qs.toString());
    }

    @Test
    void aPostTakenUpOrLeftAfterAsIsTheTitle() {
        List<Quote> qs = quotes("LIMA — Rodrigo Achával Pons resigned as manager of Deportivo Carhuaz on Sunday, hours"
                + " after a 4-0 defeat.\n\n\"The responsibility is mine and nobody else's,\" Achával Pons told"
                + " reporters.\n\nIlse Marrow-Quint was sworn in as the province's first female governor in May."
                + " \"We start today,\" Marrow-Quint said.");
        assertTrue(title(starting(qs, "The responsibility is mine")).contains("manager of deportivo carhuaz"),
                qs.toString());
        assertTrue(title(starting(qs, "We start today")).contains("governor"), qs.toString());
        // "served as" tells of a post held before, not of the one the person speaks from
        List<Quote> rs = quotes("Tomasz Wielgo-Brant served as mayor of Kolno for a decade. \"I miss the office,\""
                + " Wielgo-Brant said.");
        assertFalse(title(starting(rs, "I miss the office")).contains("mayor"), rs.toString());
    }

    @Test
    void theLeadsOfficeIsThePersonNamedNextWhoSpeaks() {
        List<Quote> qs = quotes("OTTAWA — Canada will reopen fisheries talks with Norway next month, the minister"
                + " responsible for Arctic fisheries said Friday.\n\nGiselle Thorvaldsen-Roy told reporters that"
                + " quotas would come first.");
        Quote lead = starting(qs, "Canada will reopen fisheries talks");
        assertEquals(Optional.of("Giselle Thorvaldsen-Roy"), lead.speaker());
        assertTrue(title(lead).contains("minister responsible for arctic fisheries"), qs.toString());
        assertEquals(Optional.of("Giselle Thorvaldsen-Roy"), starting(qs, "quotas would come first").speaker());
        // one the next paragraph names doing something else is not the lead's speaker
        List<Quote> rs = quotes("OTTAWA — Canada will reopen fisheries talks with Norway next month, the minister"
                + " responsible for Arctic fisheries said Friday.\n\nGiselle Thorvaldsen-Roy visited Tromsø in May.");
        assertFalse(starting(rs, "Canada will reopen fisheries talks").speaker()
                .filter(sp -> sp.equals("Giselle Thorvaldsen-Roy")).isPresent(), rs.toString());
    }

    @Test
    void thePortfolioAfterOfIsNoPartOfTheName() {
        List<Quote> qs = quotes("Minister of Power Chidinma Okonkwo-Bello said the new tariff would start in"
                + " January.");
        Quote q = starting(qs, "the new tariff would start");
        assertEquals(Optional.of("Chidinma Okonkwo-Bello"), q.speaker());
        assertEquals(Optional.of("person/chidinma-okonkwo-bello"), q.speakerId());
        assertTrue(title(q).contains("minister of power"), qs.toString());
    }

    @Test
    void aPostHeldSinceADateAfterTheAgeIsTheTitle() {
        List<Quote> qs = quotes("Maciej Orlik-Dębski, 52, has been Poland's deputy energy minister in charge of grids"
                + " since March.\n\n\"Because the wind is in the north and the factories are in the south,\" he said.");
        Quote q = starting(qs, "Because the wind is in the north");
        assertEquals(Optional.of("Maciej Orlik-Dębski"), q.speaker(), qs.toString());
        assertTrue(title(q).contains("deputy energy minister"), qs.toString());
        assertFalse(title(q).contains("march"), qs.toString());
    }

    @Test
    void anAbbreviatedAldermanBeforeTheNameIsATitle() {
        List<Quote> qs = quotes("Ald. Casimir Oduya-Stroud (41st) said the council had \"run out of road.\"");
        assertEquals(Optional.of("Ald."), starting(qs, "run out of road").speakerTitle(), qs.toString());
    }

    @Test
    void whatAPersonIsToSomeoneJoinsTheOfficeNotReplacesIt() {
        List<Quote> qs = quotes("Ald. Casimir Oduya-Stroud (41st), an ally of the governor, said the plan would"
                + " \"pay for itself within a decade.\"");
        String t = title(starting(qs, "pay for itself"));
        assertTrue(t.startsWith("ald."), qs.toString());
        assertTrue(t.contains("ally of the governor"), qs.toString());
    }

    @Test
    void aKinshipJoinedToAnOfficeLeavesTheOffice() {
        List<Quote> qs = quotes("Berenice Olmos-Tarr, a county commissioner and his sister, ran against him in May."
                + " \"He never reads the minutes,\" Olmos-Tarr said.");
        Quote q = starting(qs, "He never reads the minutes");
        assertTrue(title(q).contains("county commissioner"), qs.toString());
        assertFalse(title(q).contains("sister"), qs.toString());
    }

    @Test
    void aRetiredTradeGivesWayToThePostHeldNow() {
        List<Quote> qs = quotes("Mayor Rosalind Achterberg-Vale opened the bridge on Monday.\n\nAchterberg-Vale, 64,"
                + " a retired nurse, was elected in June.\n\n\"We waited eleven years for this,\" the 64-year-old"
                + " said.");
        assertEquals(Optional.of("Mayor"), starting(qs, "We waited eleven years").speakerTitle(), qs.toString());
    }

    @Test
    void whereAndWhenSheSpokeIsNoAffiliation() {
        List<Quote> qs = quotes("That was the verdict of the council leader, Cllr Imelda Fortune-Rees, at a meeting of"
                + " the full council on Tuesday evening, where she said costs had \"simply overwhelmed us\".");
        String t = title(starting(qs, "simply overwhelmed us"));
        assertTrue(t.contains("council leader"), qs.toString());
        assertFalse(t.contains("meeting") || t.contains("tuesday") || t.contains("that was"), qs.toString());
    }

    @Test
    void anAgeAndAHomeTownAreNoTitleAndAnAffiliationEndsBeforeARelativeClause() {
        assertEquals(Optional.empty(), Frames.asTitle("19, from Velika Gorica, who applied for civilian service"));
        assertEquals(Optional.of("the Lund institute"), Frames.asTitle("of the Lund institute, who has studied eels"));
        List<Quote> qs = quotes("Marko Zec-Babić, 19, from Velika Gorica, who applied for civilian service at a"
                + " hospice, said he did not believe in carrying a rifle.");
        Quote q = starting(qs, "he did not believe");
        assertEquals(Optional.of("Marko Zec-Babić"), q.speaker(), qs.toString());
        assertEquals("", title(q), qs.toString());
    }

    @Test
    void aCourtesyTitleTheEntityStageKnowsIsNoRoleButAnOfficeInCapitalsIs() {
        List<Quote> qs = quotes("Daw Thin Thin Mar, 71, whose house in Sagaing fell in the quake, said she had received"
                + " nothing from the authorities.\n\n"
                + "Liberal Democrat MS Eluned Prys-Vaughan said she had voted for the budget \"with my eyes open\".");
        assertEquals("", title(starting(qs, "she had received nothing")), qs.toString());
        assertTrue(title(starting(qs, "with my eyes open")).contains("ms"), qs.toString());
    }

    @Test
    void beingOneOfSeveralWorkersOfATradeIsThatRole() {
        List<Quote> qs = quotes("Lejla Hodžić-Pašić, 41, is one of three radiologists left at the cantonal hospital"
                + " in Bihać.\n\n\"Some nights I read two hundred scans,\" she says.");
        assertEquals("radiologist", title(starting(qs, "Some nights I read")), qs.toString());
    }

    @Test
    void aPluralTitleBeforeAListOfNamesIsEachOnesTitle() {
        List<Quote> qs = quotes("EDINBURGH — The ferry operator's chief executive was questioned on Tuesday by"
                + " members Morag Sinclair-Reid and Euan Drummond.\n\n"
                + "Morag Sinclair-Reid: \"When will the new vessel sail?\"\n\n"
                + "Euan Drummond: \"And who will pay for the delay?\"");
        assertEquals("member", title(starting(qs, "When will the new vessel")), qs.toString());
        assertEquals("member", title(starting(qs, "And who will pay")), qs.toString());
    }

    @Test
    void aLeadsFullerWordsForTheSameOfficeAreTheLeadQuotationsTitle() {
        List<Quote> qs = quotes("ACCRA (Reuters) - Ghana will suspend new mining licences for six months, the Minister"
                + " for Forestry and Wildlife Resources said on Tuesday.\n\n"
                + "Forestry Minister Kojo Ampofo-Danso told reporters that rivers would be guarded by soldiers.");
        Quote lead = starting(qs, "Ghana will suspend");
        assertEquals(Optional.of("Kojo Ampofo-Danso"), lead.speaker(), qs.toString());
        assertEquals("minister for forestry and wildlife resources", title(lead), qs.toString());
        assertEquals("forestry minister", title(starting(qs, "rivers would be guarded")), qs.toString());
    }

    @Test
    void aTradeStatedWithACopulaAfterTheOpeningQuotationIsTheTitleOfAllTheirQuotations() {
        List<Quote> qs = quotes("ATIMPOKU — \"The river gives, and the river takes back. This year it took more.\"\n\n"
                + "Mara Quell says this standing in what remains of her bean rows on the left bank of the Volta. She is"
                + " a market gardener, 51 years old, and in August the river covered her plot.\n\nShe says she has"
                + " replanted three times.");
        assertTrue(qs.size() == 2 && qs.stream().allMatch(q -> q.speakerTitle().equals(Optional.of("a market gardener"))),
                qs.toString());
        // a relation is no trade
        List<Quote> rs = quotes("\"He always calls me when he is late.\"\n\nMara Quell says this at her door. She is"
                + " a mother of three.");
        assertTrue(rs.stream().allMatch(q -> q.speakerTitle().isEmpty()), rs.toString());
    }
}
