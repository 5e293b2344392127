package org.dossier.nlp.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.core.model.DateSpan;

/**
 * Near-duplicate articles: syndicated wire copy and re-posts of one text under other headlines and
 * site chrome, possibly lightly edited or cut short. Such copies are one report, not several, when
 * the timeline counts the independent reports of an event.
 *
 * <p>A body becomes a set of {@value #SHINGLE_WORDS}-word shingles, summarised by a MinHash signature of
 * {@value #HASHES} hashes ({@link Fingerprint}). Candidates are found by LSH banding ({@value #BANDS}
 * bands of {@value #ROWS} hashes: two texts are candidates when one band is equal, which happens with
 * probability 1-(1-J²)^60 at Jaccard J: 0.91 at J = 0.2, 0.9997 at J = 0.4), so a store or a Spark job
 * compares an article only with the few that share a band key, never with every other. A candidate pair
 * is <em>linked</em> when the smaller text's estimated containment in the other is at least
 * {@value #MIN_CONTAINMENT} and their estimated Jaccard at least {@value #MIN_JACCARD}; containment
 * rather than Jaccard, so that a copy cut after a few paragraphs is still a copy.
 *
 * <p>Why these values (measured by {@code NearDuplicatesTest} and {@code NearDuplicatesCorpusTest}): pairs
 * of different stories reach an exact containment of at most 0.31 over all 16,290 pairs of the 181
 * article-extraction-benchmark bodies (a company's two press releases sharing an "about us" paragraph;
 * next, two outlets' own stories on one event, quoting the same statements: 0.27 and 0.24), and at most
 * 0.19 over the project's samples; the samples' wire pair has 0.91, and copies made for the tests 0.59
 * (every seventh word replaced) to 1.0 (other chrome, cut to three paragraphs of eight). 0.5 sits in that
 * gap with room for the estimate's error (about ±0.05 in J with 120 hashes). Three-word shingles keep
 * an edited copy linked (with five-word shingles the copy with every seventh word replaced falls to
 * 0.31) while different stories gain little (0.27 with five words, 0.31 with three). The Jaccard floor
 * keeps the estimate meaningful: a text under about a fifth of the other's length is not linked (a
 * teaser quoting only the lede is not a copy, and 120 hashes cannot estimate its containment), nor is
 * a text of fewer than {@value #MIN_SHINGLES} shingles.
 *
 * <p>Linked articles form duplicate groups (transitively, as wire copies of copies do); a group's id is
 * the sha256 of its earliest member (by publication date, then sha256), so the same set of articles
 * always gives the same ids, whatever the order they came in. Stateless and thread-safe.
 */
public final class NearDuplicates {
    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 3;
    /** LSH bands. */
    public static final int BANDS = 60;
    /** Hashes per band. */
    public static final int ROWS = 2;
    /** Hashes in a signature. */
    public static final int HASHES = BANDS * ROWS;
    /** Least estimated containment of the smaller text in the larger for a link. */
    public static final double MIN_CONTAINMENT = 0.5;
    /** Least estimated Jaccard similarity for a link. */
    public static final double MIN_JACCARD = 0.2;
    /** Least number of shingles each text must have to be linked at all. */
    public static final int MIN_SHINGLES = 8;

    private NearDuplicates() {
    }

    /** One article as near-duplicate detection sees it. */
    public record Item(String sha256, Optional<String> published, Fingerprint fingerprint) {
        public Item {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** The fingerprint of a text (an article's body). */
    public static Fingerprint fingerprint(String text) {
        long[] shingles = Shingles.of(text, SHINGLE_WORDS);
        return Fingerprint.of(Shingles.minHash(shingles, HASHES), shingles.length);
    }

    /** Whether two texts are near-duplicates: LSH candidates whose estimates pass both thresholds. */
    public static boolean linked(Fingerprint a, Fingerprint b) {
        return a.shingles() >= MIN_SHINGLES && b.shingles() >= MIN_SHINGLES && a.sharesBand(b)
                && a.jaccard(b) >= MIN_JACCARD && a.containment(b) >= MIN_CONTAINMENT;
    }

    /**
     * The duplicate group of every article: a map from sha256 to the group id (the sha256 of the group's
     * earliest member; an article with no near-duplicate is its own group). Items with the same sha256
     * are one article. Candidates come from shared band keys.
     */
    public static Map<String, String> groups(Collection<Item> items) {
        Map<String, Item> bySha = new TreeMap<>();
        for (Item i : items) {
            bySha.putIfAbsent(i.sha256(), i);
        }
        List<Item> list = new ArrayList<>(bySha.values());
        int[] parent = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            for (long key : list.get(i).fingerprint().bandKeys()) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = bucket.get(x);
                    int b = bucket.get(y);
                    if (find(parent, a) != find(parent, b)
                            && linked(list.get(a).fingerprint(), list.get(b).fingerprint())) {
                        parent[find(parent, a)] = find(parent, b);
                    }
                }
            }
        }
        Map<Integer, List<Item>> members = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
        }
        Map<String, String> out = new TreeMap<>();
        for (List<Item> group : members.values()) {
            String id = groupId(group);
            group.forEach(i -> out.put(i.sha256(), id));
        }
        return out;
    }

    /**
     * The id of a duplicate group: the sha256 of its earliest member by publication date (members with
     * no readable date last), then by sha256. A store that links a new article to existing groups calls
     * this on the union of their members.
     */
    public static String groupId(Collection<Item> members) {
        return members.stream().min(EARLIEST).orElseThrow(() -> new IllegalArgumentException("empty group"))
                .sha256();
    }

    private static final Comparator<Item> EARLIEST = Comparator
            .comparing((Item i) -> i.published().flatMap(DateSpan::parse).map(DateSpan::first),
                    (a, b) -> a.isPresent() && b.isPresent() ? a.get().compareTo(b.get())
                            : Boolean.compare(a.isEmpty(), b.isEmpty()))
            .thenComparing(Item::sha256);

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
