package org.dossier.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article and its metadata: what the extraction stage gives for one input.
 *
 * <p>Absent values are empty, never invented: a page that states no publication date has an empty
 * {@code published}, and what the content implies goes into {@code publishedEstimate}. Immutable and
 * thread-safe; build one with {@link #builder(SourceRef)}.
 *
 * @param source            where the input came from
 * @param title             the article's headline (not the {@code <title>} with the site's name)
 * @param authors           people who wrote it, in byline order
 * @param publisher         the outlet that published it
 * @param wire              the news agency credited for the story (AP, Reuters, AFP, Yonhap…), if any
 * @param published         publication date, ISO 8601 at the precision the page states
 * @param publishedEstimate a date inferred from the content when none is stated
 * @param language          ISO 639-1 code of the body's language
 * @param dateline          the place the story is filed from ("MOSCOW")
 * @param body              the main text, paragraphs separated by a blank line
 * @param captions          photo captions in the article's language
 * @param foreignCaptions   photo captions in another language, with that language
 */
public record Article(
        SourceRef source,
        Optional<String> title,
        List<String> authors,
        Optional<String> publisher,
        Optional<String> wire,
        Optional<String> published,
        Optional<DateEstimate> publishedEstimate,
        Optional<String> language,
        Optional<String> dateline,
        String body,
        List<String> captions,
        List<ForeignText> foreignCaptions) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(wire, "wire");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedEstimate, "publishedEstimate");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(body, "body");
        captions = List.copyOf(captions);
        foreignCaptions = List.copyOf(foreignCaptions);
    }

    /** The paragraphs of the body, in order. */
    public List<String> paragraphs() {
        if (body.isEmpty()) {
            return List.of();
        }
        return List.of(body.split("\n\n"));
    }

    /** A builder starting from this article, to change a few fields. */
    public Builder toBuilder() {
        return new Builder(source).title(title).authors(authors).publisher(publisher).wire(wire)
                .published(published).publishedEstimate(publishedEstimate).language(language)
                .dateline(dateline).body(body).captions(captions).foreignCaptions(foreignCaptions);
    }

    /** A builder with every optional field empty and an empty body. */
    public static Builder builder(SourceRef source) {
        return new Builder(source);
    }

    /** Collects an article's fields; not thread-safe. */
    public static final class Builder {
        private SourceRef source;
        private Optional<String> title = Optional.empty();
        private List<String> authors = List.of();
        private Optional<String> publisher = Optional.empty();
        private Optional<String> wire = Optional.empty();
        private Optional<String> published = Optional.empty();
        private Optional<DateEstimate> publishedEstimate = Optional.empty();
        private Optional<String> language = Optional.empty();
        private Optional<String> dateline = Optional.empty();
        private String body = "";
        private List<String> captions = List.of();
        private List<ForeignText> foreignCaptions = List.of();

        private Builder(SourceRef source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder source(SourceRef v) { this.source = Objects.requireNonNull(v); return this; }
        public Builder title(Optional<String> v) { this.title = Objects.requireNonNull(v); return this; }
        public Builder authors(List<String> v) { this.authors = new ArrayList<>(v); return this; }
        public Builder publisher(Optional<String> v) { this.publisher = Objects.requireNonNull(v); return this; }
        public Builder wire(Optional<String> v) { this.wire = Objects.requireNonNull(v); return this; }
        public Builder published(Optional<String> v) { this.published = Objects.requireNonNull(v); return this; }
        public Builder publishedEstimate(Optional<DateEstimate> v) { this.publishedEstimate = Objects.requireNonNull(v); return this; }
        public Builder language(Optional<String> v) { this.language = Objects.requireNonNull(v); return this; }
        public Builder dateline(Optional<String> v) { this.dateline = Objects.requireNonNull(v); return this; }
        public Builder body(String v) { this.body = Objects.requireNonNull(v); return this; }
        public Builder captions(List<String> v) { this.captions = new ArrayList<>(v); return this; }
        public Builder foreignCaptions(List<ForeignText> v) { this.foreignCaptions = new ArrayList<>(v); return this; }

        public Article build() {
            return new Article(source, title, authors, publisher, wire, published, publishedEstimate, language,
                    dateline, body, captions, foreignCaptions);
        }
    }
}
