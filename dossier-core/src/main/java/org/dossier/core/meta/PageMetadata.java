package org.dossier.core.meta;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article, before the body is chosen.
 *
 * @param title     the headline
 * @param authors   people credited, cleaned of "By", outlet names and profile links
 * @param publisher the outlet
 * @param wire      news agency credited
 * @param published publication date, ISO 8601 at the stated precision
 * @param url       the page's canonical URL
 * @param language  the language the page declares ({@code <html lang>}, {@code og:locale}), ISO 639-1
 */
public record PageMetadata(
        Optional<String> title,
        List<String> authors,
        Optional<String> publisher,
        Optional<String> wire,
        Optional<String> published,
        Optional<String> url,
        Optional<String> language) {

    public PageMetadata {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(wire, "wire");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
    }

    /** Nothing known. */
    public static PageMetadata empty() {
        return new PageMetadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
