package org.dossier.nlp.timeline;

import static org.dossier.nlp.timeline.Fixtures.ev;
import static org.dossier.nlp.timeline.Fixtures.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Record;
import org.junit.jupiter.api.Test;

/**
 * A party an article names without a country ("talks with Premier Valdor" in a headline) gets the country
 * the other articles agree on, so its meeting is blocked and matched with theirs; a party the articles
 * place in two countries gets none.
 */
class PartyCountriesTest {
    private static final String ORSEN = "person/mara-orsen";
    private static final String VALDOR = "person/ivo-valdor";
    private static final String NOR = "country/NOR";
    private static final String ISL = "country/ISL";

    /** A meeting of Orsen and Valdor; the event gives each party's country only when asked to. */
    private static Fixtures.Ev meeting(String date) {
        return ev().mode("meet").actor(ORSEN).actorName("Mara Orsen").target(VALDOR).targetName("Ivo Valdor")
                .on(date);
    }

    private static Entity person(String id, Optional<String> country) {
        return new Entity(id, id.substring("person/".length()), EntityType.PERSON, List.of(), 1, List.of(), country,
                List.of(0));
    }

    private static Record record(String name, String published, Fixtures.Ev event, Entity... entities) {
        Record r = Fixtures.record(name, published, "Body of " + name + ".", event);
        return new Record(r.article(), List.of(entities), List.of(), r.events());
    }

    /** The event of {@code r} with the countries its own entities give, as the coder does. */
    private static Record coded(Record r) {
        PartyCountries fromItself = PartyCountries.of(List.of(r));
        return new Record(r.article(), r.entities(), List.of(), r.events().stream().map(e -> fromItself.fill(
                new Report(sha("x"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), sha("x"), e)).event()).toList());
    }

    /** Three articles on one meeting; the headline of the third names Valdor without his country. */
    private static List<Record> threeReports() {
        return List.of(
                coded(record("full", "2021-09-14", meeting("2021-09-13"),
                        person(ORSEN, Optional.of(NOR)), person(VALDOR, Optional.of(ISL)))),
                coded(record("other", "2021-09-15", meeting("2021-09-13/2021-09-14"),
                        person(ORSEN, Optional.of(NOR)), person(VALDOR, Optional.of(ISL)))),
                coded(record("headline", "2021-09-14", meeting("2021-09"),
                        person(ORSEN, Optional.of(NOR)), person(VALDOR, Optional.empty()))));
    }

    @Test
    void aPartyNamedWithoutItsCountryGetsTheOneTheOtherArticlesAgreeOn() {
        List<TimelineEntry> out = Timeline.merge(threeReports());
        assertEquals(1, out.size(), out::toString);
        assertEquals(3, out.get(0).reports());
        assertEquals("CONSULT|country/ISL+country/NOR|2021", out.get(0).block().toString());
        Report headline = out.get(0).sources().stream().filter(r -> r.sha256().equals(sha("headline")))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(ISL), headline.event().targetCountry(), "filled from the other articles");
    }

    @Test
    void withoutTheOtherArticlesTheHeadlineStandsForItself() {
        List<TimelineEntry> alone = Timeline.merge(List.of(threeReports().get(2)));
        assertEquals("CONSULT|country/NOR+person/ivo-valdor|2021", alone.get(0).block().toString());
        assertEquals(1, Timeline.merge(List.of(threeReports().get(0), threeReports().get(2))).size(),
                "one other article that gives Valdor's country is enough");
    }

    @Test
    void theOrderOfRecordsDoesNotMatter() {
        List<Record> records = new ArrayList<>(threeReports());
        records.add(coded(record("unrelated", "2021-10-01", ev().actor(VALDOR).target(NOR).on("2021-10-01"),
                person(VALDOR, Optional.empty()))));
        List<TimelineEntry> expected = Timeline.merge(records);
        for (long seed = 0; seed < 12; seed++) {
            Collections.shuffle(records, new Random(seed));
            assertEquals(expected, Timeline.merge(records), "seed " + seed);
        }
    }

    @Test
    void aPartyTheArticlesPlaceInTwoCountriesGetsNone() {
        List<Record> records = new ArrayList<>(threeReports());
        records.add(coded(record("elsewhere", "2021-11-02", ev().actor(VALDOR).target("country/FIN").on("2021-11-01"),
                person(VALDOR, Optional.of("country/DNK")))));
        PartyCountries countries = PartyCountries.of(records);
        assertEquals(Optional.empty(), countries.country(VALDOR));
        assertEquals(Optional.of(NOR), countries.country(ORSEN));
        List<TimelineEntry> meetings = Timeline.merge(records).stream()
                .filter(e -> e.mode().equals(Optional.of("meet"))).toList();
        assertEquals(2, meetings.size(), "no guess: the headline stays apart " + meetings);
        assertTrue(meetings.stream().anyMatch(e -> e.reports() == 2 && e.block().actor().equals(ISL + "+" + NOR)),
                "the articles that give a country keep theirs");
    }

    @Test
    void fillingKeepsWhatTheArticleSaysAndTheReportsIdentity() {
        PartyCountries countries = PartyCountries.fromGiven(Map.of(VALDOR, Set.of(ISL), ORSEN, List.of(NOR, NOR),
                "country/ISL", List.of(NOR)));
        Report own = Fixtures.report("a", "2021-09-14", meeting("2021-09-13"));
        Report filled = countries.fill(own);
        assertEquals(Optional.of(NOR), filled.event().actorCountry());
        assertEquals(Optional.of(ISL), filled.event().targetCountry());
        assertEquals(own.identity(), filled.identity(), "one report, however its countries were filled");
        assertSame(filled, countries.fill(filled), "a report that gives both countries is kept as it is");
        Report saysOtherwise = Fixtures.report("b", "2021-09-14", ev().actor(VALDOR).target(NOR));
        saysOtherwise = saysOtherwise.withEvent(new org.dossier.core.model.Event("CONSULT", Optional.of("visit"),
                saysOtherwise.event().status(), Optional.empty(), Optional.of(VALDOR), Optional.of("country/DNK"),
                Optional.empty(), Optional.of(NOR), Optional.of(NOR), Optional.empty(), Optional.empty(), "x", 0, 1));
        assertEquals(Optional.of("country/DNK"), countries.fill(saysOtherwise).event().actorCountry());
        assertEquals(Optional.empty(), countries.country("country/ISL"), "countries are never given a country");
        assertSame(own, PartyCountries.NONE.fill(own));
    }

    @Test
    void aStoredReportFilledLaterLeavesItsOldBlockWhenGivenAgain() {
        // What a store does when a later article gives Valdor his country: the headline's report was stored
        // without it; it is given as stored, then as filled, with the entries of both blocks.
        List<Record> records = threeReports();
        Report bare = Report.fromRecord(records.get(2), sha("headline")).get(0);
        List<TimelineEntry> stored = Timeline.mergeReports(List.of(bare));
        stored = new ArrayList<>(stored);
        PartyCountries countries = PartyCountries.of(records);
        List<Report> others = new ArrayList<>();
        records.subList(0, 2).forEach(r -> others.addAll(Report.fromRecord(r, r.article().source().sha256())));
        stored.addAll(Timeline.mergeReports(others));
        List<TimelineEntry> after = Timeline.add(stored, List.of(bare, countries.fill(bare)));
        assertEquals(Timeline.merge(records), after);

        // The same with the blocks kept in memory, as the store keeps them.
        Map<BlockKey, MergedBlock> blocks = new LinkedHashMap<>();
        List<TimelineEntry> before = stored;
        before.forEach(e -> blocks.computeIfAbsent(e.block(), k -> MergedBlock.of(k,
                before.stream().filter(x -> x.block().equals(k)).toList())));
        blocks.computeIfAbsent(countries.fill(bare).blockKey(), k -> MergedBlock.of(k, List.of()));
        Timeline.add(blocks, List.of(bare, countries.fill(bare)));
        List<TimelineEntry> kept = new ArrayList<>();
        blocks.values().forEach(b -> kept.addAll(b.entries()));
        kept.sort(Timeline.CHRONOLOGICAL);
        assertEquals(Timeline.merge(records), kept);
    }
}
