package org.dossier.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.nlp.AnalysisException;
import org.dossier.nlp.Analyzer;
import org.dossier.nlp.entity.EntityResolver;

/**
 * {@code dossier eval quotes DIR}: checks quotes and their attribution against seed gold ({@code gold/*.json}).
 *
 * <p>A gold quote ({@code starts}, {@code speaker}, {@code title}) is found when a quote of the record begins
 * with the gold's first words (lower-cased word tokens; a quote that only contains them counts as found with
 * a wrong boundary); its speaker is right when the quote's speaker is a spelling variant of the gold name (or
 * its entity has that name as an alias); its title is right when the quote's {@code speaker_title} contains
 * every string of the gold's {@code title} (case and spacing aside). A gold quote is right when all three
 * hold. Direct quotes that match no gold quote are listed as extra: the gold lists the quotes it scores, not
 * every quote, so an extra is a candidate false positive to read, not necessarily one. Not thread-safe; one
 * run at a time.
 */
public final class QuoteEval {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Extractor extractor;
    private final Analyzer analyzer;

    public QuoteEval(Extractor extractor, Analyzer analyzer) {
        this.extractor = extractor;
        this.analyzer = analyzer;
    }

    /** Extracts each gold file's capture (found under {@code dir}) and checks its quotes: the whole chain. */
    public Report fromCaptures(Path dir) throws IOException {
        return new Report(GoldDocuments.fromCaptures(extractor, dir, this::check,
                (name, gold, reason) -> DocResult.error(name, reason)));
    }

    /** Analyses each gold file's own title, body, captions and date: the language stage alone. */
    public Report fromGoldText(Path dir) throws IOException {
        return new Report(GoldDocuments.fromGoldText(dir, this::check));
    }

    private DocResult check(String name, JsonNode gold, Article article) {
        Record record;
        try {
            record = analyzer.analyze(article);
        } catch (AnalysisException e) {
            return DocResult.error(name, e.reason());
        }
        List<QuoteResult> results = new ArrayList<>();
        Set<Quote> matched = new HashSet<>();
        for (JsonNode g : gold.path("quotes")) {
            List<String> starts = words(g.path("starts").asText(""));
            String speaker = g.path("speaker").asText("");
            List<String> title = new ArrayList<>();
            g.path("title").forEach(t -> title.add(t.asText()));
            Optional<Quote> q = find(starts, record.quotes());
            q.ifPresent(matched::add);
            boolean boundary = q.isPresent() && startsWith(words(q.get().text()), starts);
            boolean speakerRight = q.isPresent() && sameSpeaker(q.get(), speaker, record.entities());
            boolean titleRight = q.isPresent() && q.get().speakerTitle().map(t -> containsAll(t, title)).orElse(false);
            results.add(new QuoteResult(g.path("starts").asText(""), speaker, title, q, boundary, speakerRight,
                    titleRight));
        }
        List<Quote> extra = record.quotes().stream().filter(q -> q.direct() && !matched.contains(q)).toList();
        long indirect = record.quotes().stream().filter(q -> !q.direct()).count();
        return new DocResult(name, results, extra, record.quotes().size(), (int) indirect, null);
    }

    /** The quote that begins with the gold's words (a direct one first), else one that contains them. */
    private static Optional<Quote> find(List<String> starts, List<Quote> quotes) {
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        Optional<Quote> best = Optional.empty();
        int bestRank = Integer.MAX_VALUE;
        for (Quote q : quotes) {
            List<String> w = words(q.text());
            int rank = startsWith(w, starts) ? 0 : contains(w, starts) ? 2 : -1;
            if (rank < 0) {
                continue;
            }
            rank += q.direct() ? 0 : 1;
            if (rank < bestRank) {
                bestRank = rank;
                best = Optional.of(q);
            }
        }
        return best;
    }

    private static boolean sameSpeaker(Quote q, String gold, List<Entity> entities) {
        if (q.speaker().isEmpty()) {
            return false;
        }
        String key = EntityResolver.nameKey(gold);
        if (EntityResolver.nameKey(q.speaker().get()).equals(key)) {
            return true;
        }
        return q.speakerId().flatMap(id -> entities.stream().filter(e -> e.id().equals(id)).findFirst())
                .map(e -> e.aliases().stream().anyMatch(a -> EntityResolver.nameKey(a).equals(key))).orElse(false);
    }

    private static boolean containsAll(String title, List<String> wanted) {
        String t = normal(title);
        return wanted.stream().allMatch(w -> t.contains(normal(w)));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
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

    private static boolean contains(List<String> words, List<String> part) {
        return java.util.Collections.indexOfSubList(words, part) >= 0;
    }

    /**
     * One gold quote and what the record has for it.
     *
     * @param starts        the gold's first words
     * @param speaker       the gold speaker
     * @param title         strings the title must contain
     * @param quote         the record's quote holding the passage, if any
     * @param boundary      whether that quote begins where the gold's does
     * @param speakerRight  whether its speaker is the gold's
     * @param titleRight    whether its title holds the gold's words
     */
    public record QuoteResult(String starts, String speaker, List<String> title, Optional<Quote> quote,
                              boolean boundary, boolean speakerRight, boolean titleRight) {
        public QuoteResult {
            title = List.copyOf(title);
        }

        /** Found, right speaker, right title. */
        public boolean right() {
            return quote.isPresent() && speakerRight && titleRight;
        }
    }

    /**
     * One gold file's check.
     *
     * @param extra    direct quotes of the record that match no gold quote
     * @param produced every quote of the record
     * @param indirect indirect quotes of the record
     */
    public record DocResult(String gold, List<QuoteResult> quotes, List<Quote> extra, int produced, int indirect,
                            String error) {
        public DocResult {
            quotes = List.copyOf(quotes);
            extra = List.copyOf(extra);
        }

        static DocResult error(String gold, String error) {
            return new DocResult(gold, List.of(), List.of(), 0, 0, error);
        }

        long found() {
            return quotes.stream().filter(q -> q.quote().isPresent()).count();
        }

        long speakers() {
            return quotes.stream().filter(QuoteResult::speakerRight).count();
        }

        long titles() {
            return quotes.stream().filter(QuoteResult::titleRight).count();
        }

        long right() {
            return quotes.stream().filter(QuoteResult::right).count();
        }
    }

    /** Every gold file's check and the totals. */
    public record Report(List<DocResult> documents) {
        public Report {
            documents = List.copyOf(documents);
        }

        public int total() {
            return documents.stream().mapToInt(d -> d.quotes().size()).sum();
        }

        public int found() {
            return (int) documents.stream().mapToLong(DocResult::found).sum();
        }

        public int speakers() {
            return (int) documents.stream().mapToLong(DocResult::speakers).sum();
        }

        public int titles() {
            return (int) documents.stream().mapToLong(DocResult::titles).sum();
        }

        /** Gold quotes found with the right speaker and title. */
        public int right() {
            return (int) documents.stream().mapToLong(DocResult::right).sum();
        }

        public int extra() {
            return documents.stream().mapToInt(d -> d.extra().size()).sum();
        }

        public void print(PrintStream out, boolean verbose) {
            for (DocResult d : documents) {
                if (d.error() != null) {
                    out.printf(Locale.ROOT, "%-12s error: %s%n", d.gold(), d.error());
                    continue;
                }
                out.printf(Locale.ROOT, "%-12s gold %d  found %d  speaker %d  title %d  right %d   "
                                + "produced %d (indirect %d)  direct not in gold %d%n", d.gold(), d.quotes().size(),
                        d.found(), d.speakers(), d.titles(), d.right(), d.produced(), d.indirect(), d.extra().size());
                for (QuoteResult q : d.quotes()) {
                    if (q.right() && !verbose) {
                        continue;
                    }
                    String got = q.quote().map(x -> x.speaker().orElse("-") + " | " + x.speakerTitle().orElse("-"))
                            .orElse("NOT FOUND");
                    out.printf(Locale.ROOT, "    %s %s… want %s %s, got %s%s%n", q.right() ? "ok  " : "MISS",
                            cut(q.starts(), 40), q.speaker(), q.title(), got,
                            q.quote().isPresent() && !q.boundary() ? " (boundary)" : "");
                }
                if (verbose) {
                    for (Quote x : d.extra()) {
                        out.printf(Locale.ROOT, "    extra @%d %s… by %s%n", x.offset(), cut(x.text(), 60),
                                x.speaker().orElse("-"));
                    }
                }
            }
            int total = total();
            out.printf(Locale.ROOT, "documents %d  gold quotes %d  found %d (%.1f%%)  speaker right %d (%.1f%%)  "
                            + "title right %d (%.1f%%)  all right %d (%.1f%%)  direct quotes not in gold %d%n",
                    documents.size(), total, found(), pct(found(), total), speakers(), pct(speakers(), total),
                    titles(), pct(titles(), total), right(), pct(right(), total), extra());
        }

        private static double pct(int n, int total) {
            return total == 0 ? 0.0 : 100.0 * n / total;
        }

        private static String cut(String s, int n) {
            return s.length() <= n ? s : s.substring(0, n);
        }
    }
}
