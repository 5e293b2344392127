package org.dossier.store.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.store.query.SourceInfo;

/** Records built by hand for store tests, as the language and event stages would fill them. */
public final class Records {
    private Records() {
    }

    /** A payload of {@code html} read from {@code path}. */
    public static SourceInfo source(String path, String html) {
        Source s = Source.of(html.getBytes(StandardCharsets.UTF_8), Optional.of(path), SourceFormat.HTML,
                Optional.empty());
        return SourceInfo.of(s);
    }

    public static SourceInfo source(String path) {
        return source(path, "<html><body><p>" + path + "</p></body></html>");
    }

    public static Article article(SourceInfo src, String title, String publisher, String published, String body) {
        return Article.builder(src.ref()).title(Optional.of(title)).authors(List.of("Mira Holt"))
                .publisher(Optional.of(publisher)).published(Optional.ofNullable(published))
                .language(Optional.of("en")).body(body).captions(List.of("A caption."))
                .build();
    }

    public static Entity person(String slug, String name) {
        return new Entity("person/" + slug, name, EntityType.PERSON, List.of(name.split(" ")[0]), 2,
                List.of("envoy"), Optional.of("country/XYZ"), List.of(0, 10));
    }

    public static Entity country(String code, String name) {
        return new Entity("country/" + code, name, EntityType.COUNTRY, List.of(), 1, List.of(), Optional.empty(),
                List.of(5));
    }

    public static Quote quote(String text, String speaker, String speakerId) {
        return new Quote(text, Optional.of(speaker), Optional.of(speakerId), Optional.of("a researcher"), true, 3);
    }

    public static Event visit(String actorId, String actor, String targetId, String target, String date, String evidence) {
        return new Event("CONSULT", Optional.of("visit"), EventStatus.REPORTED, Optional.of(actor),
                Optional.of(actorId), Optional.of("country/XYZ"), Optional.of(target), Optional.of(targetId),
                Optional.empty(), Optional.empty(), Optional.ofNullable(date), evidence, 0, 0.9);
    }

    public static Record record(Article a, List<Entity> entities, List<Quote> quotes, List<Event> events) {
        return new Record(a, entities, quotes, events);
    }
}
