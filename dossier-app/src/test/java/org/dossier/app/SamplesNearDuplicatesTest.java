package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.core.extract.Extractor;
import org.dossier.core.model.Article;
import org.dossier.nlp.timeline.Fingerprint;
import org.dossier.nlp.timeline.NearDuplicates;
import org.dossier.store.source.InputOptions;
import org.dossier.store.source.InputReader;
import org.dossier.store.source.SourceItem;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicates among the sample pages (docs/samples.md): the two copies of the wire story on the
 * Hanoi summit are one group, and every other page is its own, including the other pages on the same
 * events (two English reports of Singapore, three of Kim's March 2018 visit).
 */
class SamplesNearDuplicatesTest {
    private static final String WIRE_COPY_B = "https://pacificwiredaily.example/asia/2019/02/28/hanoi-summit-collapses";

    @Test
    void theWirePairIsOneGroupAndEveryOtherPageItsOwn() throws Exception {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("../samples").normalize();
        assertTrue(Files.isDirectory(dir), "samples directory not found at " + dir);
        Extractor extractor = Extractor.withDefaults();
        List<Article> articles = new ArrayList<>();
        try (InputReader reader = InputReader.open(List.of(dir.toString()), InputOptions.defaults(), System.in)) {
            for (SourceItem item : reader) {
                articles.add(extractor.extract(((SourceItem.Read) item).source()));
            }
        }
        assertEquals(19, articles.size());
        Map<String, Article> bySha = new HashMap<>();
        List<NearDuplicates.Item> items = new ArrayList<>();
        for (Article a : articles) {
            bySha.put(a.source().sha256(), a);
            items.add(new NearDuplicates.Item(a.source().sha256(), a.published(), NearDuplicates.fingerprint(a.body())));
        }
        Map<String, List<String>> groups = NearDuplicates.groups(items).entrySet().stream().collect(
                Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        List<List<String>> shared = groups.values().stream().filter(g -> g.size() > 1).toList();
        assertEquals(1, shared.size(), "one group of copies: " + shared);
        Set<String> pair = shared.get(0).stream().map(sha -> {
            Article a = bySha.get(sha);
            return a.source().url().filter(WIRE_COPY_B::equals).orElse(a.source().path().orElseThrow()
                    .replaceAll(".*/", ""));
        }).collect(Collectors.toSet());
        assertEquals(Set.of("harbor-ledger-hanoi-wire.html", WIRE_COPY_B), pair);
        assertEquals(18, groups.size());

        Fingerprint a = NearDuplicates.fingerprint(bySha.get(shared.get(0).get(0)).body());
        Fingerprint b = NearDuplicates.fingerprint(bySha.get(shared.get(0).get(1)).body());
        System.out.printf("near-dup samples: wire pair estimated J=%.2f containment=%.2f%n", a.jaccard(b), a.containment(b));
    }
}
