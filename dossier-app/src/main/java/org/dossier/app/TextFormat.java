package org.dossier.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Article;

/** Articles as a person reads them in a terminal. */
final class TextFormat {
    private TextFormat() {
    }

    static void print(Article a, PrintStream out) {
        out.println("== " + a.title().orElse("(no title)"));
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
        out.println("   " + String.join(" · ", facts));
        out.println("   source: " + a.source().location() + " sha256:" + a.source().sha256().substring(0, 12));
        out.println();
        for (String paragraph : a.paragraphs()) {
            out.println(paragraph);
            out.println();
        }
        for (String caption : a.captions()) {
            out.println("   [caption] " + caption);
        }
        a.foreignCaptions().forEach(c -> out.println("   [caption, " + c.language() + "] " + c.text()));
        out.println();
    }
}
