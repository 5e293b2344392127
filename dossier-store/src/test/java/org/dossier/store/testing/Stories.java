package org.dossier.store.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.core.model.Article;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.store.query.SourceInfo;

/**
 * A small made-up story reported by several outlets, with events as the event coder would code them,
 * for the timeline tests of the store: a foreign minister's visit reported with different precision,
 * two copies of one wire story, a meeting reported from each side and at the level of countries, a
 * recollection, an undated mention that fits two visits, an event with no actor id, a planned visit, a
 * visit of the next year, and an article with no event. Every text is written for the project.
 */
public final class Stories {
    /** The wire story; {@code wire-copy} runs its first three paragraphs with other chrome and a word changed. */
    private static final String WIRE = """
            The foreign minister of Norland, An Tal, arrived in the capital on Monday for three days of talks on \
            river shipping, fishing rights and a long delayed rail link, officials from both sides said.

            Tal was met at the airport by a deputy minister and drove straight to a guest house on the western \
            edge of the city, where a first round of talks began in the afternoon.

            Both governments have described the visit as a chance to repair relations that cooled after a \
            dispute over customs fees last autumn.

            A joint statement is expected on Wednesday, although aides cautioned that the rail link would need \
            more work before any agreement could be signed.

            The minister is due to leave on Thursday morning after a visit to a port in the north.""";

    private static final Map<String, Function<SourceRef, Record>> STORIES = new LinkedHashMap<>();

    static {
        STORIES.put("ledger", ref -> record(ref, "Harbor Ledger", "2018-03-28",
                "Norland's top diplomat ended a four-day stay in Beijing on Wednesday. He and Bora Vell spoke for "
                        + "two hours about the rail link.",
                visit("2018-03-25/2018-03-28", EventStatus.REPORTED, "Beijing", 0),
                meeting("person/an-tal", "An Tal", "person/bora-vell", "Bora Vell", "2018-03-26", 70)));
        STORIES.put("wire", ref -> record(ref, "Eastgate Times", "2018-03-27", WIRE,
                visit("2018-03-26", EventStatus.REPORTED, "Beijing", 0)));
        STORIES.put("wire-copy", ref -> record(ref, "Pacific Daily", "2018-03-29",
                "PACIFIC DAILY | World | Share this story\n\n" + WIRE.substring(0, WIRE.indexOf("A joint statement"))
                        .replace("long delayed", "long-delayed"),
                visit("2018-03-26", EventStatus.REPORTED, "Beijing", 45)));
        STORIES.put("host", ref -> record(ref, "Capital Herald", "2018-03-27",
                "Bora Vell received the visiting minister at the lakeside hall and called the talks frank.",
                meeting("person/bora-vell", "Bora Vell", "person/an-tal", "An Tal", "2018-03-26", 0)));
        STORIES.put("countries", ref -> record(ref, "Coast Daily", "2018-03-26",
                "The two countries held talks in Beijing on Monday, the foreign ministry said in a brief note.",
                meeting("country/NOR", "Norland", "country/CHN", "China", "2018-03-26", 0)));
        STORIES.put("may", ref -> record(ref, "Pacific Wire", "2018-05-09",
                "An Tal was back in China this week, visiting the port of Dalian. He first travelled there in "
                        + "March. Tal has visited China before, aides noted.",
                visit("2018-05-07/2018-05-08", EventStatus.REPORTED, "Dalian", 0),
                visit("2018-03", EventStatus.HISTORICAL, "Beijing", 60),
                visit(null, EventStatus.REPORTED, null, 100)));
        STORIES.put("sanctions", ref -> record(ref, "Pacific Wire", "2018-06-12",
                "Officials announced new limits on fishing licences in June.",
                new Event("SANCTION", Optional.empty(), EventStatus.REPORTED, Optional.of("officials"),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("2018-06"), "Officials announced new limits.", 0, 0.6)));
        STORIES.put("january", ref -> record(ref, "Harbor Ledger", "2019-01-09",
                "The Norland minister returned to Beijing on Tuesday for a fourth trip in under a year.",
                visit("2019-01-08", EventStatus.REPORTED, "Beijing", 0)));
        STORIES.put("plan", ref -> record(ref, "Capital Herald", "2018-08-30",
                "The minister is expected to return in October for a trade fair in Shanghai, his office said.",
                visit("2018-10", EventStatus.PLANNED, "Shanghai", 0)));
        STORIES.put("markets", ref -> record(ref, "Coast Daily", "2018-04-02",
                "Rice prices rose for a third week as dry weather hit the southern provinces."));
    }

    private Stories() {
    }

    /** The names of the stories, in the order above. */
    public static List<String> names() {
        return List.copyOf(STORIES.keySet());
    }

    /** The bytes a story's page holds (the store keys payloads by them). */
    public static String page(String name) {
        return "<html><body><p>" + name + "</p></body></html>";
    }

    /** The payload of the story {@code name}, read from {@code name + ".html"}. */
    public static SourceInfo source(String name) {
        return SourceInfo.of(Source.of(page(name).getBytes(StandardCharsets.UTF_8), Optional.of(name + ".html"),
                SourceFormat.HTML, Optional.empty()));
    }

    /** The record of the story whose page was read as {@code ref} (a file name of the story, any directory). */
    public static Record record(SourceRef ref) {
        String file = ref.path().orElseThrow().replaceAll(".*/", "");
        Function<SourceRef, Record> story = STORIES.get(file.replace(".html", ""));
        if (story == null) {
            throw new IllegalArgumentException("no story " + file);
        }
        return story.apply(ref);
    }

    /** Every story's payload and record. */
    public static Map<SourceInfo, Record> all() {
        Map<SourceInfo, Record> out = new LinkedHashMap<>();
        for (String name : names()) {
            SourceInfo src = source(name);
            out.put(src, record(src.ref()));
        }
        return out;
    }

    private static Record record(SourceRef ref, String publisher, String published, String body, Event... events) {
        Article a = Article.builder(ref).title(Optional.of(publisher + " story")).publisher(Optional.of(publisher))
                .published(Optional.of(published)).language(Optional.of("en")).body(body).build();
        return new Record(a, List.of(), List.of(), List.of(events));
    }

    private static Event visit(String date, EventStatus status, String where, int offset) {
        return new Event("CONSULT", Optional.of("visit"), status, Optional.of("An Tal"), Optional.of("person/an-tal"),
                Optional.of("country/NOR"), Optional.of("China"), Optional.of("country/CHN"), Optional.of("country/CHN"),
                Optional.ofNullable(where), Optional.ofNullable(date), "The minister's visit, as reported.", offset,
                0.9);
    }

    private static Event meeting(String actorId, String actor, String targetId, String target, String date,
                                 int offset) {
        return new Event("CONSULT", Optional.of("meet"), EventStatus.REPORTED, Optional.of(actor),
                Optional.of(actorId), Optional.of(country(actorId)), Optional.of(target), Optional.of(targetId),
                Optional.of(country(targetId)), Optional.of("Beijing"), Optional.of(date), "They met for talks.",
                offset, 0.8);
    }

    private static String country(String id) {
        return id.startsWith("country/") ? id : id.equals("person/an-tal") ? "country/NOR" : "country/CHN";
    }
}
