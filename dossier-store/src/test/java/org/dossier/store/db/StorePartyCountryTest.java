package org.dossier.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.nlp.timeline.Timeline;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.store.query.Filter;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A party an article names without a country gets the one the stored articles agree on, whichever
 * article arrives first: the store's timeline stays the one {@link Timeline#merge} gives for all of them.
 */
class StorePartyCountryTest {
    private static final String ORSEN = "person/mara-orsen";
    private static final String VALDOR = "person/ivo-valdor";

    @TempDir
    Path tmp;

    private record Story(SourceInfo source, Record record) {
    }

    /** An article on a meeting of Orsen and Valdor on {@code date}; Valdor's country as the article gives it. */
    private static Story meeting(String name, String published, String date, Optional<String> valdor, String body) {
        SourceInfo src = Records.source(name + ".html", "<p>" + name + "</p>");
        Entity orsen = new Entity(ORSEN, "Mara Orsen", EntityType.PERSON, List.of(), 1, List.of(),
                Optional.of("country/NOR"), List.of(0));
        Entity ivo = new Entity(VALDOR, "Ivo Valdor", EntityType.PERSON, List.of(), 1, List.of(), valdor, List.of(15));
        Event e = new Event("CONSULT", Optional.of("meet"), EventStatus.REPORTED, Optional.of("Mara Orsen"),
                Optional.of(ORSEN), Optional.of("country/NOR"), Optional.of("Ivo Valdor"), Optional.of(VALDOR),
                valdor, Optional.empty(), Optional.of(date), body, 0, 0.9);
        return new Story(src, Records.record(Records.article(src, name, "Outlet " + name, published, body),
                List.of(orsen, ivo), List.of(), List.of(e)));
    }

    private static final Story FULL = meeting("full", "2021-09-14", "2021-09-13", Optional.of("country/ISL"),
            "Mara Orsen met the island's premier Ivo Valdor on Monday for talks on fishing quotas.");
    private static final Story OTHER = meeting("other", "2021-09-15", "2021-09-13/2021-09-14",
            Optional.of("country/ISL"), "Two days of talks between Orsen and Valdor ended with a joint statement.");
    private static final Story HEADLINE = meeting("headline", "2021-09-14", "2021-09", Optional.empty(),
            "Orsen meets Valdor as ferry dispute drags on");
    /** An article that places Valdor in another country: from then on no article's country is his. */
    private static final Story ELSEWHERE = meeting("elsewhere", "2021-11-02", "2021-11-01",
            Optional.of("country/DNK"), "A minister named Ivo Valdor received Mara Orsen at a harbour office.");

    private List<TimelineEntry> ingest(String dir, List<Story> order) throws Exception {
        try (Store store = Store.open(tmp.resolve(dir), Store.Mode.WRITE)) {
            for (Story s : order) {
                store.put(s.source(), s.record(), "test");
            }
            return store.timeline(Filter.all());
        }
    }

    private static List<TimelineEntry> expected(List<Story> stories) {
        return Timeline.merge(stories.stream().map(Story::record).toList());
    }

    private static List<List<Story>> permutations(List<Story> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Story>> out = new ArrayList<>();
        for (Story first : items) {
            List<Story> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Story> p : permutations(rest)) {
                List<Story> one = new ArrayList<>(List.of(first));
                one.addAll(p);
                out.add(one);
            }
        }
        return out;
    }

    @Test
    void theHeadlineJoinsTheMeetingWhetherItArrivesBeforeOrAfterTheArticlesThatGiveTheCountry() throws Exception {
        List<Story> stories = List.of(FULL, OTHER, HEADLINE);
        List<TimelineEntry> expected = expected(stories);
        assertEquals(1, expected.size(), expected.toString());
        assertEquals(3, expected.get(0).reports());
        int n = 0;
        for (List<Story> order : permutations(stories)) {
            assertEquals(expected, ingest("order-" + n++, order), order.toString());
        }
    }

    @Test
    void anArticleThatPlacesThePartyElsewhereSendsTheHeadlineBackToItself() throws Exception {
        List<Story> stories = List.of(FULL, HEADLINE, ELSEWHERE);
        List<TimelineEntry> expected = expected(stories);
        assertEquals(3, expected.size(), "no guess: the headline is apart " + expected);
        int n = 0;
        for (List<Story> order : permutations(stories)) {
            assertEquals(expected, ingest("ambiguous-" + n++, order), order.toString());
        }
    }

    @Test
    void aVersion2StoreIsMergedAgainWithTheCountriesWhenOpened() throws Exception {
        Path dir = tmp.resolve("v2");
        ingest("v2", List.of(FULL, OTHER));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM party_countries"); // version 2 knew no other article's countries
        }
        assertEquals(2, ingest("v2", List.of(HEADLINE)).size(), "the headline merged as version 2 did");
        OldSchemas.toVersion2(dir);
        List<Story> all = List.of(FULL, OTHER, HEADLINE);
        try (Store store = Store.open(dir, Store.Mode.WRITE)) {
            assertEquals(expected(all), store.timeline(Filter.all()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entity_id, country FROM party_countries ORDER BY entity_id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "=" + rs.getString(2));
            }
            assertEquals(List.of(VALDOR + "=country/ISL", ORSEN + "=country/NOR"), rows);
        }
    }
}
