package org.dossier.app.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.extract.Extractor;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.store.db.Store;
import org.dossier.store.fetch.FetchConfig;
import org.dossier.store.query.SourceInfo;

/**
 * A store of hand-made records with entities, quotes and events whose offsets point at their words,
 * as the language and event stages fill them: three articles from two outlets, one visit reported by
 * two of them (one timeline entry), a planned meeting, and a speculated accusation.
 */
final class Fixture {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final String SOL = "person/mira-sol";
    static final String BRANDT = "person/ivo-brandt";
    static final String LOWLAND = "country/LOW";
    static final String COAST = "country/CST";

    private Fixture() {
    }

    /** A server configuration on a free loopback port whose ingestion runs extraction only (no models). */
    static WebConfig config(long maxUpload) {
        Extractor extractor = new Extractor(ExtractorConfig.defaults());
        return new WebConfig("127.0.0.1", 0, TOKEN, () -> source -> Record.of(extractor.extract(source)),
                "test", FetchConfig.defaults("dossier-test"), maxUpload);
    }

    static Path fill(Path data) throws Exception {
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            int n = 0;
            for (Record r : records()) {
                Source s = Source.ofText("raw capture " + (n++) + "\n" + r.article().title().orElseThrow(),
                        r.article().source().path(), SourceFormat.TEXT);
                store.raw().put(s.bytes());
                store.put(SourceInfo.of(s), r, "test");
            }
        }
        return data;
    }

    static List<Record> records() {
        return List.of(
                build("one.txt", "Lowland Post", "2018-03-27", "Envoy Sol arrives in Lowfield",
                        "Mira Sol arrived in Lowfield on Monday for talks with Lowland.\n\n"
                                + "\"Mira Sol came with open hands\", said Ivo Brandt, a fellow at an institute.",
                        List.of(visit("2018-03-26", "Mira Sol arrived in Lowfield on Monday for talks with Lowland."))),
                build("two.txt", "Coast Daily", "2018-03-28", "Sol visit: a new chapter",
                        "Lowland hosted Mira Sol in Lowfield this week.\n\n"
                                + "\"Mira Sol came with open hands\", said Ivo Brandt. Lowland may accuse Coast of "
                                + "meddling, officials said.",
                        List.of(visit("2018-03", "Lowland hosted Mira Sol in Lowfield this week."),
                                new Event("ACCUSE", Optional.empty(), EventStatus.SPECULATED, Optional.of("Lowland"),
                                        Optional.of(LOWLAND), Optional.empty(), Optional.of("Coast"),
                                        Optional.of(COAST), Optional.empty(), Optional.empty(),
                                        Optional.of("2018-03-28"),
                                        "Lowland may accuse Coast of meddling, officials said.", 0, 0.6))),
                build("three.txt", "Coast Daily", "2019-01-09", "Sol and Brandt to meet",
                        "Mira Sol will meet Ivo Brandt in Coast next week, Lowland said.",
                        List.of(new Event("CONSULT", Optional.of("meet"), EventStatus.PLANNED, Optional.of("Mira Sol"),
                                Optional.of(SOL), Optional.empty(), Optional.of("Ivo Brandt"), Optional.of(BRANDT),
                                Optional.empty(), Optional.of("Coast"), Optional.of("2019-01-15"),
                                "Mira Sol will meet Ivo Brandt in Coast next week, Lowland said.", 0, 0.7))));
    }

    private static Event visit(String date, String evidence) {
        return new Event("CONSULT", Optional.of("visit"), EventStatus.REPORTED, Optional.of("Mira Sol"),
                Optional.of(SOL), Optional.empty(), Optional.of("Lowland"), Optional.of(LOWLAND), Optional.empty(),
                Optional.of("Lowfield"), Optional.of(date), evidence, 0, 0.9);
    }

    /** A record whose entity, quote and event offsets are found in {@code body}. */
    private static Record build(String path, String publisher, String published, String title, String body,
                                List<Event> events) {
        Source src = Source.ofText(body, Optional.of(path), SourceFormat.TEXT);
        Article a = Article.builder(src.ref()).title(Optional.of(title)).publisher(Optional.of(publisher))
                .published(Optional.of(published)).language(Optional.of("en")).authors(List.of("Tam Reyes"))
                .body(body).build();
        List<Entity> entities = new ArrayList<>();
        add(entities, body, SOL, "Mira Sol", EntityType.PERSON, List.of("Sol"), List.of("envoy"));
        add(entities, body, BRANDT, "Ivo Brandt", EntityType.PERSON, List.of(), List.of("a fellow at an institute"));
        add(entities, body, LOWLAND, "Lowland", EntityType.COUNTRY, List.of(), List.of());
        add(entities, body, COAST, "Coast", EntityType.COUNTRY, List.of(), List.of());
        List<Quote> quotes = new ArrayList<>();
        String said = "Mira Sol came with open hands";
        if (body.contains(said)) {
            quotes.add(new Quote(said, Optional.of("Ivo Brandt"), Optional.of(BRANDT),
                    Optional.of("a fellow at an institute"), true, body.indexOf(said)));
        }
        List<Event> placed = events.stream().map(e -> new Event(e.type(), e.mode(), e.status(), e.actor(), e.actorId(),
                e.actorCountry(), e.target(), e.targetId(), e.targetCountry(), e.location(), e.date(), e.evidence(),
                body.indexOf(e.evidence()), e.confidence())).toList();
        return new Record(a, entities, quotes, placed);
    }

    private static void add(List<Entity> out, String body, String id, String name, EntityType type,
                            List<String> aliases, List<String> titles) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length())) {
            offsets.add(i);
        }
        if (!offsets.isEmpty()) {
            out.add(new Entity(id, name, type, aliases, offsets.size(), titles, Optional.empty(), offsets));
        }
    }
}
