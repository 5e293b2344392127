package org.dossier.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Quote;
import org.dossier.nlp.Shared;
import org.dossier.nlp.entity.EntityResolver;

/**
 * A set of news passages written for the project, each with every quote it holds (the format is described at the
 * top of {@code passages.txt}), and how the quote step scores on it.
 */
final class PassageSet {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private PassageSet() {
    }

    /**
     * One expected quote: direct or not, first words, speaker ("-" for none), title words (null: unchecked), and a
     * tag ("far": attributed through a pronoun or description whose person was named in an earlier paragraph).
     */
    record Expected(boolean direct, String starts, String speaker, String title, String tag) {
        @Override
        public String toString() {
            return (direct ? "D" : "I") + " | " + starts + " | " + speaker + " | " + title;
        }
    }

    /** A passage; a hard one is beyond the rules today and counts only in the overall score. */
    record Passage(String name, boolean hard, String body, List<Expected> quotes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The score of a set: expected quotes right (found, speaker, title), in all, among direct quotes and among those
     * tagged "far"; quotes produced that the set does not expect; and the problems by passage.
     */
    record Score(int expected, int right, int direct, int directRight, int far, int farRight, int produced,
                 int unexpected, String misses) {
        String summary(String name) {
            return String.format(Locale.ROOT, "%s: %d right of %d (%.1f%%); direct %d/%d (%.1f%%); far %d/%d (%.1f%%);"
                            + " %d produced, %d unexpected", name, right, expected, pct(right, expected), directRight,
                    direct, pct(directRight, direct), farRight, far, pct(farRight, far), produced, unexpected);
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    static List<Passage> load(String resource) {
        List<Passage> out = new ArrayList<>();
        try (InputStream in = PassageSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = null;
            StringBuilder body = new StringBuilder();
            List<Expected> quotes = new ArrayList<>();
            boolean expectations = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("=== ")) {
                    if (name != null) {
                        out.add(passage(name, body, quotes));
                    }
                    name = line.substring(4).strip();
                    body = new StringBuilder();
                    quotes = new ArrayList<>();
                    expectations = false;
                } else if (line.equals("---")) {
                    expectations = true;
                } else if (expectations) {
                    if (!line.isBlank() && !line.strip().equals("none")) {
                        String[] f = line.split("\\|", -1);
                        String title = f.length > 3 && !f[3].isBlank() ? f[3].strip() : null;
                        String tag = f.length > 4 ? f[4].strip() : "";
                        quotes.add(new Expected(f[0].strip().equals("D"), f[1].strip(), f[2].strip(), title, tag));
                    }
                } else if (name != null) {
                    body.append(line).append('\n');
                }
            }
            if (name != null) {
                out.add(passage(name, body, quotes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    private static Passage passage(String name, StringBuilder body, List<Expected> quotes) {
        boolean hard = name.endsWith("[hard]");
        String n = hard ? name.substring(0, name.length() - "[hard]".length()).strip() : name;
        return new Passage(n, hard, body.toString().strip(), quotes);
    }

    static List<Quote> quotesOf(String body) {
        return QuoteExtractor.withDefaults().extract(Shared.annotate(Shared.article(body, "2019-05-14")));
    }

    /** Scores every passage of the set, hard ones included. */
    static Score score(List<Passage> passages) {
        int expected = 0;
        int right = 0;
        int direct = 0;
        int directRight = 0;
        int far = 0;
        int farRight = 0;
        int produced = 0;
        int unexpected = 0;
        StringBuilder misses = new StringBuilder();
        for (Passage p : passages) {
            List<Quote> got = quotesOf(p.body());
            List<String> problems = problems(p, got);
            produced += got.size();
            for (Expected e : p.quotes()) {
                boolean ok = problems.stream().noneMatch(x -> x.endsWith(e.toString()) && !x.startsWith("unexpected"));
                expected++;
                right += ok ? 1 : 0;
                if (e.direct()) {
                    direct++;
                    directRight += ok ? 1 : 0;
                }
                if (e.tag().equals("far")) {
                    far++;
                    farRight += ok ? 1 : 0;
                }
            }
            unexpected += (int) problems.stream().filter(x -> x.startsWith("unexpected")).count();
            if (!problems.isEmpty()) {
                misses.append(p.name()).append(":\n");
                problems.forEach(x -> misses.append("  ").append(x).append('\n'));
            }
        }
        return new Score(expected, right, direct, directRight, far, farRight, produced, unexpected, misses.toString());
    }

    /** What is wrong in a passage's quotes: a quote missing, a wrong speaker or title, a quote not expected. */
    static List<String> problems(Passage p, List<Quote> got) {
        List<String> problems = new ArrayList<>();
        List<Quote> unmatched = new ArrayList<>(got);
        for (Expected e : p.quotes()) {
            List<String> starts = words(e.starts());
            Quote q = unmatched.stream().filter(x -> x.direct() == e.direct() && startsWith(words(x.text()), starts))
                    .findFirst().orElse(null);
            if (q == null) {
                problems.add("missing " + e);
                continue;
            }
            unmatched.remove(q);
            if (e.speaker().equals("-")) {
                if (q.speaker().isPresent()) {
                    problems.add("speaker " + q.speaker().get() + " for " + e);
                }
            } else if (q.speaker().map(s -> !EntityResolver.nameKey(s).equals(EntityResolver.nameKey(e.speaker())))
                    .orElse(true)) {
                problems.add("speaker " + q.speaker().orElse("-") + " for " + e);
            }
            if (e.title() != null) {
                String t = q.speakerTitle().orElse("").toLowerCase(Locale.ROOT);
                boolean ok = e.title().equals("-") ? t.isEmpty() : t.contains(e.title().toLowerCase(Locale.ROOT));
                if (!ok) {
                    problems.add("title '" + q.speakerTitle().orElse("") + "' for " + e);
                }
            }
        }
        unmatched.forEach(q -> problems.add("unexpected " + show(q)));
        return problems;
    }

    static String show(Quote q) {
        return (q.direct() ? "D" : "I") + " | " + q.text() + " | " + q.speaker().orElse("-") + " | "
                + q.speakerTitle().orElse("-");
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }
}
