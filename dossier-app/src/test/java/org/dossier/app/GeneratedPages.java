package org.dossier.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Small news pages made up from a word list, for load and crash tests: each has a headline, a
 * byline, a date and four paragraphs of sentences no other page repeats. Run as a program to
 * write a set for benchmarking: {@code GeneratedPages DIR COUNT}.
 */
final class GeneratedPages {
    private static final String[] SUBJECTS = {"The council", "The ministry", "A delegation", "The committee",
            "Local officials", "The port authority", "Trade negotiators", "The regional governor", "Observers",
            "The envoy", "Farm groups", "The central bank", "Union leaders", "The foreign minister"};
    private static final String[] VERBS = {"discussed", "approved", "criticised", "postponed", "reviewed",
            "welcomed", "rejected", "announced", "questioned", "defended", "extended", "signed"};
    private static final String[] OBJECTS = {"the harbour plan", "a new budget", "the grain agreement",
            "the rail link", "a water treaty", "the fishing quotas", "the border crossing", "a customs reform",
            "the energy deal", "the school programme", "a housing bill", "the election timetable"};
    private static final String[] TAILS = {"after a long debate", "on Tuesday evening", "despite objections",
            "in a short statement", "ahead of the summit", "for the second time this year", "without a vote",
            "following weeks of talks", "in the capital", "at a news conference"};
    private static final String[] PLACES = {"Harbourton", "Eastmere", "Lowfield", "Northgate", "Kestrel Bay",
            "Stonebridge", "Millbrook", "Redcliff"};

    private GeneratedPages() {
    }

    /** Writes {@code n} pages into {@code dir} and returns their paths. */
    static List<Path> write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format(Locale.ROOT, "page-%05d.html", i));
            Files.writeString(p, page(i, random), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    static String page(int i, Random r) {
        String place = pick(r, PLACES);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            body.append("<p>");
            if (p == 0) {
                body.append(place.toUpperCase(Locale.ROOT)).append(" — ");
            }
            for (int s = 0; s < 3; s++) {
                body.append(pick(r, SUBJECTS)).append(' ').append(pick(r, VERBS)).append(' ')
                        .append(pick(r, OBJECTS)).append(' ').append(pick(r, TAILS))
                        // The serial number makes every page's text its own, as real articles are.
                        .append(s == 0 && p == 0 ? ", report number " + i : "").append(". ");
            }
            body.append("</p>\n");
        }
        String title = pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " (" + i + ")";
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | The Daily Lantern</title>
                <meta property="og:title" content="%1$s"><meta property="og:site_name" content="The Daily Lantern">
                <meta property="article:published_time" content="2019-%2$02d-%3$02dT08:00:00Z">
                </head><body><header><a href="/">Home</a> <a href="/politics">Politics</a></header>
                <article><h1>%1$s</h1><p class="byline">By Ada Reyes</p>
                %4$s</article><footer>The Daily Lantern</footer></body></html>
                """.formatted(title, 1 + i % 12, 1 + i % 28, body);
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), 42);
    }
}
