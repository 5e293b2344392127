package org.dossier.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.core.eval.ExtractionEval;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;

/**
 * The walk every seed-gold evaluation makes (entities, quotes, events): each gold file of a gold
 * folder with the article to score, either extracted from the capture the gold names (the whole chain)
 * or made of the gold's own fields (the stages after extraction alone). Stateless; thread-safe.
 */
final class GoldDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Scores one document. */
    interface Scorer<T> {
        T score(String name, JsonNode gold, Article article);
    }

    /** The result of a document whose capture could not be extracted. */
    interface Failure<T> {
        T failed(String name, JsonNode gold, String reason);
    }

    private GoldDocuments() {
    }

    /** Extracts each gold file's capture (found under {@code dir}) and scores it. */
    static <T> List<T> fromCaptures(Extractor extractor, Path dir, Scorer<T> scorer, Failure<T> failure)
            throws IOException {
        Path goldDir = goldDir(dir);
        List<T> out = new ArrayList<>();
        for (ExtractionEval.GoldResult g : new ExtractionEval(extractor).gold(dir).results()) {
            JsonNode gold = JSON.readTree(goldDir.resolve(g.gold()).toFile());
            out.add(g.error() != null ? failure.failed(g.gold(), gold, g.error())
                    : scorer.score(g.gold(), gold, g.article()));
        }
        return out;
    }

    /** Scores each gold file's own title, body, captions and date ({@link EntityEval#articleOf}). */
    static <T> List<T> fromGoldText(Path dir, Scorer<T> scorer) throws IOException {
        List<T> out = new ArrayList<>();
        for (Path g : goldFiles(goldDir(dir))) {
            JsonNode gold = JSON.readTree(g.toFile());
            out.add(scorer.score(g.getFileName().toString(), gold, EntityEval.articleOf(g, gold)));
        }
        return out;
    }

    /** The gold folder: {@code dir/gold} when it exists, else {@code dir}. */
    static Path goldDir(Path dir) {
        return Files.isDirectory(dir.resolve("gold")) ? dir.resolve("gold") : dir;
    }

    /** The gold files of a gold folder, by name. */
    static List<Path> goldFiles(Path goldDir) throws IOException {
        try (Stream<Path> s = Files.list(goldDir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
