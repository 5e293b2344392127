package org.dossier.app;

import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Article;

/** Articles as a person reads them in a terminal: headline, one line of facts, the body, the captions. */
final class TextFormat {
    private TextFormat() {
    }

    /** The article as text, ending with a blank line. */
    static String format(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(a.title().orElse("(no title)")).append('\n');
        List<String> facts = new ArrayList<>();
        if (!a.authors().isEmpty()) {
            facts.add("by " + String.join(", ", a.authors()));
        }
        a.publisher().ifPresent(facts::add);
        a.wire().ifPresent(w -> facts.add("wire: " + w));
        facts.add(a.published().map(p -> "published " + p)
                .orElse(a.publishedEstimate().map(e -> "published about " + e.value() + " (" + e.basis() + ")")
                        .orElse("no publication date")));
        a.language().ifPresent(l -> facts.add("language " + l));
        a.dateline().ifPresent(d -> facts.add("dateline " + d));
        sb.append("   ").append(String.join(" · ", facts)).append('\n');
        sb.append("   source: ").append(a.source().location());
        a.source().url().filter(u -> !a.source().location().contains(u)).ifPresent(u -> sb.append(" <").append(u).append('>'));
        sb.append(" sha256:").append(a.source().sha256(), 0, 12).append("\n\n");
        for (String paragraph : a.paragraphs()) {
            sb.append(paragraph).append("\n\n");
        }
        for (String caption : a.captions()) {
            sb.append("   [caption] ").append(caption).append('\n');
        }
        a.foreignCaptions().forEach(c -> sb.append("   [caption, ").append(c.language()).append("] ")
                .append(c.text()).append('\n'));
        return sb.append('\n').toString();
    }
}
