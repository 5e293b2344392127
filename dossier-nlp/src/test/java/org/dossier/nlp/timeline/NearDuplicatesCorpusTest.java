package org.dossier.nlp.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * False links on real text: the 181 article bodies of the article-extraction benchmark (126 sites,
 * among them several outlets' stories on the same event) are 181 different stories, so none may be
 * linked to another. Skips when the corpus is absent.
 */
class NearDuplicatesCorpusTest {

    @org.junit.jupiter.api.Test
    void noTwoBenchmarkArticlesAreLinked() throws Exception {
        String dir = System.getProperty("dossier.corpus");
        Path truth = dir == null ? null : Path.of(dir, "aeb", "ground-truth.json");
        assumeTrue(truth != null && Files.isRegularFile(truth), "corpus not available");
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        List<String> bodies = new ArrayList<>();
        List<NearDuplicates.Item> items = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String body = e.getValue().path("articleBody").asText("");
            bodies.add(body);
            items.add(new NearDuplicates.Item(e.getKey(), Optional.empty(), NearDuplicates.fingerprint(body)));
        }
        Map<String, String> groups = NearDuplicates.groups(items);
        assertEquals(items.size(), new HashSet<>(groups.values()).size(), "every benchmark article is its own group");

        // The measurement behind the threshold: the most-contained pair, exactly, from the shingle sets.
        List<long[]> sets = bodies.stream().map(b -> Shingles.of(b, NearDuplicates.SHINGLE_WORDS)).toList();
        double most = 0;
        int candidates = 0;
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                long[] x = sets.get(a);
                long[] y = sets.get(b);
                if (x.length == 0 || y.length == 0) {
                    continue;
                }
                long shared = Arrays.stream(y).filter(h -> Arrays.binarySearch(x, h) >= 0).count();
                most = Math.max(most, shared / (double) Math.min(x.length, y.length));
                if (items.get(a).fingerprint().sharesBand(items.get(b).fingerprint())) {
                    candidates++;
                }
            }
        }
        System.out.printf("near-dup benchmark: %d articles, %d pairs, %d LSH candidates, highest containment %.2f%n",
                sets.size(), sets.size() * (sets.size() - 1) / 2, candidates, most);
        assertTrue(most < NearDuplicates.MIN_CONTAINMENT - 0.15, "threshold too close to real different stories: " + most);
    }
}
