package org.dossier.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.nlp.Shared;
import org.dossier.nlp.text.Document;
import org.dossier.nlp.text.Mention;
import org.dossier.nlp.text.MentionKind;
import org.dossier.nlp.text.NerTag;
import org.junit.jupiter.api.Test;

/** Entity resolution on sentences written for these tests; one shared CoreNLP pipeline. */
class EntityResolverTest {

    private static Document doc(String body) {
        return Shared.annotate(Shared.article(body, "2018-04-11"));
    }

    private static Optional<Mention> mention(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static String idOf(Document d, String text) {
        return mention(d, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in "
                + d.mentions())).entityId();
    }

    @Test
    void spellingsShortFormsAndDescriptionsOfOnePersonShareOneId() {
        Document d = doc("South Korean President Moon Jae-in met North Korean leader Kim Jong-un at the border "
                + "village on Friday. Kim Jong Un crossed the line on foot and shook hands with Moon.\n\n"
                + "Kim's sister also attended the dinner. The North Korean leader later planted a pine tree.");
        assertEquals("person/kim-jong-un", idOf(d, "Kim Jong-un"));
        assertEquals("person/kim-jong-un", idOf(d, "Kim Jong Un"));
        assertEquals("person/kim-jong-un", idOf(d, "Kim"));
        Mention description = mention(d, "The North Korean leader").orElseThrow();
        assertEquals("person/kim-jong-un", description.entityId());
        assertEquals(MentionKind.DESCRIPTION, description.kind());
        assertEquals("person/moon-jae-in", idOf(d, "Moon"));
        Entity kim = d.entity("person/kim-jong-un").orElseThrow();
        assertEquals(EntityType.PERSON, kim.type());
        assertEquals(Optional.of("country/PRK"), kim.country());
        assertTrue(kim.titles().contains("North Korean leader"), kim.titles().toString());
        assertEquals(4, kim.mentions());
        assertEquals(List.of("South Korean President"), d.entity("person/moon-jae-in").orElseThrow().titles());
    }

    @Test
    void aStatesBodyNamedWithItsStateHasAnIdThatHoldsTheState() {
        Document d = doc("Chile's Foreign Ministry summoned the envoy on Monday. Peru's Foreign Ministry said the"
                + " talks would go on.");
        assertEquals("org/chile-foreign-ministry", d.mentions().stream()
                .filter(m -> m.text().equals("Foreign Ministry")).findFirst().orElseThrow().entityId());
        assertEquals(2, d.mentions().stream().filter(m -> m.text().equals("Foreign Ministry")).map(Mention::entityId)
                .distinct().count(), d.mentions().toString());
        Entity chile = d.entity("org/chile-foreign-ministry").orElseThrow();
        assertEquals("Foreign Ministry", chile.name());
        assertEquals(Optional.of("country/CHL"), chile.country());
        // the body named alone later is the one a state qualified
        Document e = doc("Chile's Foreign Ministry summoned the envoy on Monday.\n\nThe Foreign Ministry said later"
                + " that the talks would go on.");
        assertEquals(1, e.mentions().stream().filter(m -> m.text().equals("Foreign Ministry")).map(Mention::entityId)
                .distinct().count(), e.mentions().toString());
    }

    @Test
    void aFullNameTheTaggerMissedOnceIsTheNameItTaggedElsewhereWithItsGivenName() {
        Document d = doc("GALWAY — The Minister for the Islands, Pádraig Ó Fearghail-Nolan, has defended the new ferry"
                + " timetable, telling the Dáil that the boats were full.\n\n"
                + "\"Nobody is stranded,\" Mr Ó Fearghail-Nolan said on Wednesday.");
        String id = idOf(d, "Pádraig Ó Fearghail-Nolan");
        assertEquals("person/padraig-o-fearghail-nolan", id);
        assertEquals(id, idOf(d, "Ó Fearghail-Nolan"));
    }

    @Test
    void aSurnameTheTaggerTookForAPlaceIsThePersonNamedBefore() {
        // the tagger takes "Okafor-Devon" alone for a place (Devon is one)
        Document d = doc("U.S. District Judge Marguerite Osei-Lindqvist said Reginald Okafor-Devon, 51, had run"
                + " Northgate Family Trust \"as a personal bank account\" while families waited.\n\nOkafor-Devon, who"
                + " pleaded guilty in June to wire fraud, apologized before he was sentenced.");
        assertEquals("person/reginald-okafor-devon", idOf(d, "Okafor-Devon"), d.mentions().toString());
    }

    @Test
    void aBodysNameCutAtALinkOfAnotherLanguageIsWhole() {
        Document d = doc("The environmental group Cairde na Talún, a notice party to the case, said the ruling was"
                + " wrong.");
        assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals("Cairde na Talún")
                && m.entityId().startsWith("org/")), d.mentions().toString());
    }

    @Test
    void aNameOpeningWithAnOkinaIsCapitalisedAndItsIdIsPlain() {
        Document d = doc("The assembly elected ʻIlaisa Vaipulu-Moa as speaker on Monday.\n\n"
                + "Vaipulu-Moa, 58, said he was honoured.");
        String id = idOf(d, "ʻIlaisa Vaipulu-Moa");
        assertEquals("person/ilaisa-vaipulu-moa", id);
        assertEquals(id, idOf(d, "Vaipulu-Moa"));
    }

    @Test
    void aPeersStyleAloneIsNoShortFormOfThePeersName() {
        Document d = doc("Lord Pemberly opened the debate on Tuesday.\n\n"
                + "\"The noble Lord's plan is sound,\" the minister replied.");
        assertEquals("person/lord-pemberly", idOf(d, "Lord Pemberly"));
        assertTrue(mention(d, "Lord").isEmpty(), d.mentions().toString());
    }

    @Test
    void lettersWithoutASeparableAccentFoldToPlainLettersInIds() {
        assertEquals(EntityResolver.nameKey("Do Van Lam"), EntityResolver.nameKey("Đỗ Văn Lâm"));
        assertEquals(EntityResolver.nameKey("Ostergaard"), EntityResolver.nameKey("Østergaard"));
        assertEquals(EntityResolver.nameKey("Lukasz Wrobel"), EntityResolver.nameKey("Łukasz Wróbel"));
    }

    @Test
    void aCountrysPossessiveTitleBeforeANameGivesThePersonThatCountry() {
        Document d = doc("Chile's president Ana Fuentes arrived in Lima on Monday.");
        Entity fuentes = d.entity(idOf(d, "Ana Fuentes")).orElseThrow();
        assertEquals(Optional.of("country/CHL"), fuentes.country());
        assertEquals(List.of("Chile's president"), fuentes.titles());
    }

    @Test
    void aCountrysPossessiveTitleDescribesThePersonNotTheCountry() {
        Document d = doc("Chilean President Ana Fuentes arrived in Lima on Monday. Officials said Chile's president "
                + "would stay for three days, while Peru's president was abroad.");
        Mention chile = mention(d, "Chile's president").orElseThrow(() -> new AssertionError(d.mentions().toString()));
        assertEquals(idOf(d, "Ana Fuentes"), chile.entityId());
        assertEquals(MentionKind.DESCRIPTION, chile.kind());
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().equals("Chile")), d.mentions().toString());
        // nobody titled Peru's president was named: the country stays a country
        assertEquals("country/PER", idOf(d, "Peru"));
    }

    @Test
    void aDatelineDashIsNoPartOfTheTitleAfterIt() {
        Document d = doc("HANOI - Vietnamese Prime Minister Tran Van Long opened the trade fair on Monday. "
                + "SEOUL -- South Korean Foreign Minister Park Min-ji arrived later.");
        assertEquals(List.of("Vietnamese Prime Minister"), d.entity(idOf(d, "Tran Van Long")).orElseThrow().titles());
        assertEquals(List.of("South Korean Foreign Minister"), d.entity(idOf(d, "Park Min-ji")).orElseThrow().titles());
    }

    @Test
    void abbreviatedLocalTitlesAndCourtesyTitlesAreNoPartOfTheName() {
        Document d = doc("Cllr Hannah Bellweather, the council's lead member for parks, opened the garden on Friday."
                + " Malam Garba Lawal, a trader, said the road had been closed for a week.");
        Entity bellweather = d.entity(idOf(d, "Hannah Bellweather")).orElseThrow();
        assertEquals("Hannah Bellweather", bellweather.name());
        assertEquals("Garba Lawal", d.entity(idOf(d, "Garba Lawal")).orElseThrow().name());
    }

    @Test
    void aTitleBeforeTheSurnameResolvesToTheFullName() {
        Document d = doc("Chinese President Xi Jinping welcomed the delegation in Beijing on Monday. "
                + "President Xi said the two sides had agreed to meet again.");
        assertEquals("person/xi-jinping", idOf(d, "Xi"));
        assertEquals(Optional.of("country/CHN"), d.entity("person/xi-jinping").orElseThrow().country());
        Mention beijing = mention(d, "Beijing").orElseThrow();
        assertEquals("place/beijing", beijing.entityId(), "after 'in' a capital is a place");
        assertEquals(Optional.of("country/CHN"), d.entity("place/beijing").orElseThrow().country());
    }

    @Test
    void capitalsActingAreTheirGovernmentsAndPlacesOtherwise() {
        Document d = doc("Pyongyang said the drills were a provocation. The Kremlin rejected the proposal, "
                + "and Washington urged restraint. The Russian envoy arrived in Moscow late on Sunday.");
        assertEquals("country/PRK", idOf(d, "Pyongyang"));
        assertEquals(MentionKind.METONYM, mention(d, "Pyongyang").orElseThrow().kind());
        assertEquals("country/RUS", idOf(d, "Kremlin"));
        assertEquals("country/USA", idOf(d, "Washington"));
        assertEquals("country/RUS", idOf(d, "Russian"));
        assertEquals("place/moscow", idOf(d, "Moscow"));
    }

    @Test
    void shortFormsDemonymsAndJoinedCountries() {
        Document d = doc("The DPRK and N. Korea are the same state. Officials prepared for the US-North Korea "
                + "summit, while Sino-Japanese ties cooled. Critics said the North had broken its word.");
        assertEquals("country/PRK", idOf(d, "DPRK"));
        assertEquals("country/PRK", idOf(d, "N. Korea"));
        assertEquals("country/USA", idOf(d, "US"));
        assertEquals("country/PRK", idOf(d, "North Korea"));
        assertEquals("country/CHN", idOf(d, "Sino"));
        assertEquals("country/JPN", idOf(d, "Japanese"));
        assertEquals("country/PRK", idOf(d, "North"), "'the North' where the article names North Korea");
    }

    @Test
    void theNorthIsNotACountryWhenTheArticleNamesNone() {
        Document d = doc("Heavy snow fell across the North on Tuesday, closing schools and roads.");
        assertTrue(d.mentions().stream().noneMatch(m -> m.entityId().startsWith("country/")), d.mentions().toString());
    }

    @Test
    void countriesInAListAreNeverPeople() {
        Document d = doc("Several nations, including Jordan, Chad, Georgia and Portugal, cut diplomatic ties with "
                + "the regime last year.");
        for (String name : List.of("Jordan", "Chad", "Georgia", "Portugal")) {
            assertTrue(idOf(d, name).startsWith("country/"), name);
        }
        assertTrue(d.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), d.entities().toString());
    }

    @Test
    void bracketsAndPossessivesInsideNames() {
        Document d = doc("Analysts said [John] Bolton would oppose the deal. Bolton's aides declined to comment.");
        assertEquals("person/john-bolton", idOf(d, "[John] Bolton"));
        assertEquals("person/john-bolton", idOf(d, "Bolton"));
        assertEquals("John Bolton", d.entity("person/john-bolton").orElseThrow().name());
    }

    @Test
    void appositiveTitlesGiveAffiliationAndCountry() {
        Document d = doc("\"The talks will be long,\" Park Min-soo, a professor of political science at Hanbit "
                + "University in Seoul, told reporters.\n\n"
                + "Lee Soo-jin, professor of Chinese studies at Daehan University, said the summit would help.");
        Entity park = d.entity("person/park-min-soo").orElseThrow();
        assertEquals(List.of("a professor of political science at Hanbit University in Seoul"), park.titles());
        assertEquals(Optional.of("country/KOR"), park.country(), "the affiliation is in Seoul");
        assertEquals(Optional.of("a professor of political science at Hanbit University in Seoul"),
                d.titleOf("person/park-min-soo"));
        Entity lee = d.entity("person/lee-soo-jin").orElseThrow();
        assertEquals(List.of("professor of Chinese studies at Daehan University"), lee.titles());
        assertEquals(Optional.empty(), lee.country(), "'Chinese studies' is the field, not the person's country");
    }

    @Test
    void acronymsIntroducedInBracketsAndKnownBodies() {
        Document d = doc("The International Maritime Council (IMC) met in Geneva on Monday. The IMC later "
                + "asked the UN Security Council to act, and the UNSC agreed.");
        assertEquals("org/international-maritime-council", idOf(d, "IMC"));
        assertEquals("org/united-nations-security-council", idOf(d, "UN Security Council"));
        assertEquals("org/united-nations-security-council", idOf(d, "UNSC"));
    }

    @Test
    void initialsIntroducedInBracketsStandForTheBodyWhereTheTaggerTakesThemForAPerson() {
        Resolution r = EntityResolver.withDefaults().resolve(Shared.article("", "2026-11-20"), TaggedText.sentences(
                "The Portuguese/O Cork/O Association/O ( APCOR ) says exports grew .",
                "APCOR/P says the industry will need new harvesters ."));
        Mention m = r.mentions().stream().filter(x -> x.text().equals("APCOR") && x.sentence() == 1).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("org/portuguese-cork-association", m.entityId());
        assertEquals(EntityType.ORGANIZATION, m.type());
    }

    @Test
    void aKoreanGivenNamesLowerCaseSyllableAfterItsHyphenIsPartOfTheName() {
        // the tokenizer splits "Mi-rae" into "Mi" "-" "rae" and the tagger leaves the syllable out
        Resolution r = EntityResolver.withDefaults().resolve(Shared.article("", "2026-11-20"), TaggedText.sentences(
                "Kang/P Mi/P ~- ~rae , head of the ferry workers' union , said wages were too low .",
                "Kang/P said the strike would go on .",
                "Talks stalled over the Yoon/P ~- ~era rule ."));
        Mention m = r.mentions().stream().filter(x -> x.sentence() == 0 && x.type() == EntityType.PERSON).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("Kang Mi-rae", m.text());
        assertEquals("person/kang-mi-rae", m.entityId());
        // a one-word name with a suffix is an adjective, not a longer name
        assertTrue(r.mentions().stream().noneMatch(x -> x.text().contains("era")), r.mentions().toString());
    }

    @Test
    void aNameTheTaggerMissedIsAPersonsWhereItSpeaksAfterAQuotationOrWithItsAge() {
        Resolution r = EntityResolver.withDefaults().resolve(Shared.article("", "2026-11-20"), TaggedText.sentences(
                "Sprinter Anouk Velderhoff ~- ~Ambe won the final , and coach Ify Okonjo ~- ~Reyes watched .",
                "“ It was hard , ” Velderhoff ~- ~Ambe said .",
                "Okonjo ~- ~Reyes , 41 , said the track was slow ."));
        Mention full = r.mentions().stream().filter(x -> x.text().equals("Anouk Velderhoff-Ambe")).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("person/anouk-velderhoff-ambe", full.entityId());
        assertTrue(r.mentions().stream().anyMatch(x -> x.sentence() == 1 && x.text().equals("Velderhoff-Ambe")
                && x.entityId().equals(full.entityId())), r.mentions().toString());
        assertTrue(r.mentions().stream().anyMatch(x -> x.sentence() == 0 && x.text().equals("Ify Okonjo-Reyes")
                && x.type() == EntityType.PERSON), r.mentions().toString());
    }

    @Test
    void aShortFormInBracketsMadeOfTheNamesFirstLettersStandsForTheBody() {
        Resolution r = EntityResolver.withDefaults().resolve(Shared.article("", "2026-11-20"), TaggedText.sentences(
                "Aluminium Bahrain/L ( Alba/O ) expects a record year .",
                "The company said Alba/P would build a seventh line .",
                "Kestrel/O Power/O Company/O ( Kespower/O ) says 9,000 homes have no power .",
                "Kespower/O says crews are out ."));
        Mention alba = r.mentions().stream().filter(x -> x.text().equals("Alba") && x.sentence() == 1).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("org/aluminium-bahrain", alba.entityId());
        assertEquals(EntityType.ORGANIZATION, alba.type());
        assertTrue(r.mentions().stream().anyMatch(x -> x.sentence() == 3 && x.text().equals("Kespower")
                && x.entityId().equals("org/kestrel-power-company")), r.mentions().toString());
        assertTrue(EntityResolver.contraction("Pemex", "Petróleos Mexicanos"));
        // a word that is no contraction of the name, or the name's own first word, stands for nothing
        assertFalse(EntityResolver.contraction("Lisbon", "Aluminium Bahrain"));
        assertFalse(EntityResolver.contraction("Alba", "Alba Group"));
    }

    @Test
    void aShortFormInBracketsCoinedInAnotherLanguageStandsForTheBodyButAPlaceDoesNot() {
        Resolution r = EntityResolver.withDefaults().resolve(Shared.article("", "2026-11-20"), TaggedText.sentences(
                "The National/O Service/O for/O Coastal/O Protection/O ( Senacop ) said 300 homes were at risk .",
                "Senacop/P said the sea wall would be finished in May .",
                "The Institute/O of/O Marine/O Research/O ( Bergen/L ) counted the cod .",
                "Bergen/L voted on Monday ."));
        Mention coined = r.mentions().stream().filter(x -> x.text().equals("Senacop") && x.sentence() == 1)
                .findFirst().orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("org/national-service-for-coastal-protection", coined.entityId());
        assertEquals(EntityType.ORGANIZATION, coined.type());
        assertTrue(r.mentions().stream().noneMatch(x -> x.sentence() == 3 && x.type() == EntityType.ORGANIZATION),
                r.mentions().toString());
        assertFalse(EntityResolver.coinedShortForm("Marine", NerTag.NONE, "Institute of Marine Research"));
    }

    @Test
    void aFaroeseNameAfterAFarmKeepsItsGivenNameAndItsPlace() {
        Resolution r = EntityResolver.withDefaults().resolve(Shared.article("", "2026-11-20"), TaggedText.sentences(
                "Minister of Fisheries/O Rókur/O í Dali/P said the quota would fall .",
                "Opposition member Høgni/P á Lakjuni said it was too late ."));
        assertTrue(r.mentions().stream().anyMatch(x -> x.text().equals("Rókur í Dali")
                && x.entityId().equals("person/rokur-i-dali")), r.mentions().toString());
        assertTrue(r.mentions().stream().anyMatch(x -> x.text().equals("Høgni á Lakjuni")
                && x.type() == EntityType.PERSON), r.mentions().toString());
    }

    @Test
    void theOutletIsAnOrganisation() {
        Document d = Shared.annotate(Shared.builder("\"The sanctions are working,\" an official told Ridgeline.")
                .publisher(Optional.of("Ridgeline")).published(Optional.of("2018-04-11")).build());
        assertEquals(EntityType.ORGANIZATION, d.entity(idOf(d, "Ridgeline")).orElseThrow().type());
    }

    @Test
    void idsAreTheSameAcrossArticles() {
        Document a = doc("Kim Jong-un arrived in Beijing by train.");
        Document b = doc("Kim Jong Un left Beijing after three days.");
        assertEquals(idOf(a, "Kim Jong-un"), idOf(b, "Kim Jong Un"));
    }

    @Test
    void bodyMentionsCarryBodyOffsets() {
        String body = "Officials met on Monday.\n\nLater, Xi Jinping spoke.";
        Document d = doc(body);
        Mention xi = mention(d, "Xi Jinping").orElseThrow();
        assertEquals("Xi Jinping", body.substring(xi.begin(), xi.end()));
        assertEquals(List.of(body.indexOf("Xi Jinping")), d.entity("person/xi-jinping").orElseThrow().offsets());
        assertFalse(d.mentionsIn(d.sentence(xi.sentence())).isEmpty());
    }

    @Test
    void aLoneSurnameTheTaggerMissesIsStillThePerson() {
        Document d = doc("Chinese President Xi Jinping hosted the talks. The envoy invited Xi to visit the region, "
                + "and the Park-Xi meeting was set for May. Park Ji-hoon, the envoy, agreed.");
        long xi = d.mentions().stream().filter(m -> m.text().equals("Xi")).count();
        assertEquals(2, xi, d.mentions().toString());
        assertTrue(d.mentions().stream().filter(m -> m.text().equals("Xi"))
                .allMatch(m -> m.entityId().equals("person/xi-jinping")));
    }

    @Test
    void anInvertedAttributionTakesTheAppositiveUpToTheNextComma() {
        Document d = doc("\"The visit was planned for weeks,\" said Anna Berglund, a senior fellow at the Institute "
                + "for Arctic Security, a research group in Oslo.");
        Entity anna = d.entity("person/anna-berglund").orElseThrow();
        assertEquals(List.of("a senior fellow at the Institute for Arctic Security"), anna.titles());
    }

    @Test
    void aTitleWithoutAnArticleIsReadButASentenceGoingOnIsNot() {
        Document d = doc("\"The cycle has turned,\" said Tobias Lindqvist, global head of research at Nordvik Bank. "
                + "\"Nobody doubts it.\"\n\nMarta Quiroga, remembers a student of hers, never raised her voice.");
        assertEquals(List.of("global head of research at Nordvik Bank"),
                d.entity("person/tobias-lindqvist").orElseThrow().titles());
        assertEquals(List.of(), d.entity("person/marta-quiroga").orElseThrow().titles());
    }

    @Test
    void aSharedSurnameKeepsMeaningThePersonItFirstStoodFor() {
        Document d = doc("Kim Hyun-woo, the union leader, called the offer an insult. Kim said the members had "
                + "voted twice.\n\nKim Soo-ah, the company's spokeswoman, declined to comment.\n\n"
                + "The strike entered its third week on Monday.\n\n"
                + "Kim said the workers would not return without a written deal.");
        List<Mention> kims = d.mentions().stream().filter(m -> m.text().equals("Kim")).toList();
        assertEquals(2, kims.size(), d.mentions().toString());
        assertTrue(kims.stream().allMatch(m -> m.entityId().equals("person/kim-hyun-woo")), kims.toString());
    }

    @Test
    void anOrganisationNameRunsOnAfterOfForAndOn() {
        Document d = doc("Jonas Dahl, a researcher at the Nordic Council on Maritime Affairs, said the talks "
                + "would resume on Monday.");
        assertTrue(d.entity("org/nordic-council-on-maritime-affairs").isPresent(), d.entities().toString());
    }

    @Test
    void aBodyNamedForTheFieldItServesRunsOnAfterForThe() {
        Document d = doc("The Authority for the Regulation and Control of Strategic Timber Markets said exporters"
                + " would ship less hardwood next year.\n\nThe Central Agency for the Reception of Asylum Seekers"
                + " said it had opened two centres. Crowds gathered on Saturday for the Liberation Day parade.");
        assertTrue(d.entity("org/authority-for-the-regulation-and-control-of-strategic-timber-markets").isPresent(),
                d.entities().toString());
        assertTrue(d.entity("org/central-agency-for-the-reception-of-asylum-seekers").isPresent(),
                d.entities().toString());
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().contains("Saturday")), d.mentions().toString());
    }

    @Test
    void aMonthIsNotTheSurnameOfSomeoneCalledMay() {
        Document d = doc("British Prime Minister Theresa May met the envoy. The talks resume in May.");
        assertEquals(1, d.entity("person/theresa-may").orElseThrow().mentions());
    }

    @Test
    void aNounOfNationalityStandsForThePersonJustNamed() {
        Document d = doc("Aksel Virtanen scored twice in the third period on Saturday.\n\n"
                + "\"I will think about the record in April,\" the Finn said.");
        Mention finn = mention(d, "the Finn").orElseThrow(() -> new AssertionError(d.mentions().toString()));
        assertEquals(MentionKind.DESCRIPTION, finn.kind());
        assertEquals("person/aksel-virtanen", finn.entityId());
        assertTrue(d.entities().stream().noneMatch(e -> e.name().equals("Finn")), d.entities().toString());
    }

    @Test
    void theEndOfAnOrganisationsNameStandsForIt() {
        Document d = doc("Ostrava City Hall opened three bathing sites on the river this summer.\n\n"
                + "City Hall said it was testing a faster method.");
        assertEquals(idOf(d, "Ostrava City Hall"), idOf(d, "City Hall"));
        assertEquals(EntityType.ORGANIZATION, d.entity(idOf(d, "City Hall")).orElseThrow().type());
    }

    @Test
    void aHyphenatedSurnameAloneIsTheSameAsTheFullName() {
        Document d = doc("Goalkeeper Birte Haldorsen-Quist saved two penalties on Sunday. "
                + "Haldorsen-Quist said the team had trained for it.");
        assertEquals(idOf(d, "Birte Haldorsen-Quist"), idOf(d, "Haldorsen-Quist"));
    }

    @Test
    void aHyphenatedSurnameUsedMoreOftenThanTheFullNameDoesNotNameThePerson() {
        Document d = doc("Goalkeeper Birte Haldorsen-Quist saved two penalties on Sunday. "
                + "Haldorsen-Quist said the team had trained for it. Haldorsen-Quist added that the crowd helped.");
        Entity e = d.entity(idOf(d, "Haldorsen-Quist")).orElseThrow();
        assertEquals("Birte Haldorsen-Quist", e.name());
    }

    @Test
    void aNounAndThePlaceSomeoneComesFromStandForThePersonNamedBefore() {
        Document d = doc("Cyclist Anselm Quistorp won the stage on Tuesday. "
                + "The rider from Oberzell said the climb had hurt.");
        Mention m = mention(d, "The rider from Oberzell").orElseThrow(() -> new AssertionError(d.mentions()));
        assertEquals(idOf(d, "Anselm Quistorp"), m.entityId());
        assertEquals(MentionKind.DESCRIPTION, m.kind());
    }

    @Test
    void aMyanmarCourtesyTitleIsNoPartOfTheName() {
        Document d = doc("Tea shop owner U Kyaw Lin Naing said the power came back at noon.");
        assertTrue(d.entities().stream().anyMatch(e -> e.name().equals("Kyaw Lin Naing")), d.entities().toString());
    }

    @Test
    void westAfricanAndLusophoneCourtesyTitlesAreNoPartOfTheName() {
        Document d = doc("A spice trader, Hajiya Amina Danbatta-Okoro, said prices had doubled. A samba school director,"
                + " Dona Lurdes Pereira-Vaz, said the parade would go ahead.");
        assertTrue(d.entities().stream().anyMatch(e -> e.name().equals("Amina Danbatta-Okoro")),
                d.entities().toString());
        assertTrue(d.entities().stream().anyMatch(e -> e.name().equals("Lurdes Pereira-Vaz")),
                d.entities().toString());
    }

    @Test
    void aCapitalListedAfterAPlacesPrepositionIsAPlace() {
        Document d = doc("Hoteliers in Oslo and Moscow said winter bookings were slow.");
        assertEquals("place/moscow", idOf(d, "Moscow"));
    }

    @Test
    void aHyphenatedTitleNounStandsForThePersonGivenIt() {
        Document d = doc("Customs director-general Tomas Vadik told the committee that a scanner had been ordered. "
                + "\"We are short of staff,\" the director-general said.");
        assertEquals(idOf(d, "Tomas Vadik"), idOf(d, "the director-general"));
    }

    @Test
    void aGenerationalSuffixKeepsFatherAndSonApart() {
        Document d = doc("Walter Brennick Jr. took over the bakery in 2019. His father, Walter Brennick, founded it"
                + " in 1978. Walter Brennick said the ovens were older than his son.");
        assertEquals("person/walter-brennick-jr", idOf(d, "Walter Brennick Jr."));
        assertEquals("person/walter-brennick", idOf(d, "Walter Brennick"), "the father is not the son");
    }

    @Test
    void aPortfolioAfterForIsNoPartOfTheNameThatFollows() {
        Document d = doc("Secretary for Housing Winnie Lam Ka-yan said landlords would have until 2030 to bring units"
                + " up to the new standards.");
        assertTrue(d.entities().stream().anyMatch(e -> e.name().equals("Winnie Lam Ka-yan")), d.entities().toString());
    }

    @Test
    void aNationalBodysNameGoesOnOverOfAndItsCountry() {
        Document d = doc("LUSAKA — Maize queues stretched for kilometres. The National Milling Company of Zambia said"
                + " 40,000 tonnes were on their way.");
        assertEquals("org/national-milling-company-of-zambia", idOf(d, "National Milling Company of Zambia"));
    }

    @Test
    void aWordAfterCommunityOfIsAPlace() {
        Document d = doc("MONTREAL — Chief Odile Pinette-Awashish of the Cree community of Mistassiwin said the utility"
                + " had not asked.");
        assertEquals("place/mistassiwin", idOf(d, "Mistassiwin"));
    }

    @Test
    void aPublicBodyDescribedWithItsPlaceIsNoPerson() {
        Document d = doc("FORTALEZA, Brazil — Raimundo Feitosa-Lins, a fiddler who played at every festival in the"
                + " Cariri for sixty years, has died. He was 91.\n\n"
                + "His son, Paulo Feitosa, said he had died at home on Sunday.\n\n"
                + "Born in 1934 on a cotton farm, he learned the fiddle from his grandfather.\n\n"
                + "The Ceará state culture secretariat said in a statement that he had \"kept the old songs"
                + " alive.\"");
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().contains("secretariat")
                && m.entityId().startsWith("person/")), d.mentions().toString());
    }
}
