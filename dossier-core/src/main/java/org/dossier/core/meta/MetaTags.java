package org.dossier.core.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by name, whatever attribute names them ({@code property},
 * {@code name}, {@code itemprop}, {@code http-equiv}), names lower-cased, values in page order.
 * Immutable and thread-safe once read.
 */
final class MetaTags {
    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    static MetaTags read(Document doc) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element meta : doc.select("meta[content]")) {
            String content = Text.squash(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    for (String k : Text.squash(key).split(" ")) {
                        values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        values.replaceAll((k, v) -> List.copyOf(v));
        return new MetaTags(Collections.unmodifiableMap(values));
    }

    /** The first value of the first of {@code names} the page has. */
    Optional<String> first(String... names) {
        for (String n : names) {
            List<String> v = values.get(n);
            if (v != null && !v.isEmpty()) {
                return Optional.of(v.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code name}, in page order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Every name the page has, with its values. */
    Map<String, List<String>> asMap() {
        return values;
    }
}
