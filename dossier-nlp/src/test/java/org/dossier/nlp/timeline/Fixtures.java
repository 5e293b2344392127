package org.dossier.nlp.timeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;

/** Events, reports and records built for timeline tests, with readable defaults. */
final class Fixtures {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("person/kim-jong-un", "Kim Jong Un"), Map.entry("person/xi-jinping", "Xi Jinping"),
            Map.entry("person/li-keqiang", "Li Keqiang"), Map.entry("person/ri-yong-ho", "Ri Yong Ho"),
            Map.entry("person/moon-jae-in", "Moon Jae-in"), Map.entry("person/donald-trump", "Donald Trump"),
            Map.entry("country/CHN", "China"), Map.entry("country/RUS", "Russia"), Map.entry("country/PRK", "North Korea"),
            Map.entry("country/USA", "United States"), Map.entry("country/KOR", "South Korea"));
    private static final Map<String, String> COUNTRIES = Map.of("person/kim-jong-un", "country/PRK",
            "person/xi-jinping", "country/CHN", "person/li-keqiang", "country/CHN", "person/ri-yong-ho", "country/PRK",
            "person/moon-jae-in", "country/KOR", "person/donald-trump", "country/USA");

    private Fixtures() {
    }

    /** An event under construction: CONSULT/visit, reported, with no place and no date until set. */
    static final class Ev {
        String type = "CONSULT";
        String mode = "visit";
        EventStatus status = EventStatus.REPORTED;
        String actorId;
        String actorName;
        String targetId;
        String targetName;
        String location;
        String date;
        String evidence = "A sentence that reports the event.";
        int offset;

        Ev type(String t) { type = t; return this; }
        Ev mode(String m) { mode = m; return this; }
        Ev status(EventStatus s) { status = s; return this; }
        Ev actor(String id) { actorId = id; return this; }
        Ev actorName(String n) { actorName = n; return this; }
        Ev target(String id) { targetId = id; return this; }
        Ev targetName(String n) { targetName = n; return this; }
        Ev at(String place) { location = place; return this; }
        Ev on(String d) { date = d; return this; }
        Ev evidence(String e, int off) { evidence = e; offset = off; return this; }

        Event build() {
            Optional<String> a = Optional.ofNullable(actorId);
            Optional<String> t = Optional.ofNullable(targetId);
            return new Event(type, Optional.ofNullable(mode), status,
                    Optional.ofNullable(actorName).or(() -> a.map(NAMES::get)), a, a.map(Fixtures::countryOf),
                    Optional.ofNullable(targetName).or(() -> t.map(NAMES::get)), t, t.map(Fixtures::countryOf),
                    Optional.ofNullable(location), Optional.ofNullable(date), evidence, offset, 0.9);
        }
    }

    static String countryOf(String id) {
        return id.startsWith("country/") ? id : COUNTRIES.getOrDefault(id, null);
    }

    /** Kim Jong Un's visit to China, to be completed. */
    static Ev kimToChina() {
        return new Ev().actor("person/kim-jong-un").target("country/CHN");
    }

    static Ev ev() {
        return new Ev();
    }

    /** A sha256-shaped id from a short name, so tests read "a", "b" but keys look real. */
    static String sha(String name) {
        return String.format("%64s", name).replace(' ', '0');
    }

    /** A report of article {@code article} (its own duplicate group), published on {@code published}. */
    static Report report(String article, String published, Ev e) {
        return report(article, published, sha(article), e);
    }

    static Report report(String article, String published, String group, Ev e) {
        return new Report(sha(article), Optional.of(article + ".html"), Optional.empty(),
                Optional.of("Outlet " + article), Optional.ofNullable(published), Optional.empty(), group, e.build());
    }

    /** A record of article {@code name} with a body and these events. */
    static Record record(String name, String published, String body, Ev... events) {
        Article a = Article.builder(SourceRef.ofFile(Optional.of(name + ".html"), sha(name), SourceFormat.HTML))
                .publisher(Optional.of("Outlet " + name)).published(Optional.ofNullable(published)).body(body).build();
        return new Record(a, List.of(), List.of(), java.util.Arrays.stream(events).map(Ev::build).toList());
    }
}
