package org.dossier.store.testing;

import java.util.Locale;

/** News pages written for the tests: a headline and a few paragraphs of plain prose around a slug. */
public final class Pages {
    private Pages() {
    }

    public static String article(String slug) {
        String name = slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Harbor News | Story %1$s</title>
                <meta property="og:title" content="Story %1$s: the council votes on the harbour plan">
                </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Story %1$s: the council votes on the harbour plan</h1>
                <p>The city council met on Tuesday evening to debate the harbour plan, which story %1$s follows
                closely. Members argued for several hours about the cost of dredging the old channel.</p>
                <p>Supporters said the work would bring larger ships and new jobs to the waterfront, while
                critics warned that the budget had doubled since the plan was first proposed two years ago.</p>
                <p>The vote, held shortly before midnight, passed by a narrow margin. Work is expected to begin
                in the spring, according to a statement released after the meeting by the port authority.</p>
                </article><footer>Copyright Harbor News</footer></body></html>
                """.formatted(name);
    }
}
