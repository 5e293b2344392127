package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people of one article by full name, so that a short form ("Kim", "President Xi") resolves to
 * the full name the article gave ("Kim Jong Un", "Xi Jinping"). Spelling variants that differ only by
 * hyphens, spacing or accents ("Kim Jong-un", "Kim Jong Un") share one key. One per article; not thread-safe.
 */
final class PersonIndex {
    /** One person named in full at least once. */
    static final class Person {
        final String key;
        final List<String> parts;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final List<Long> positions = new ArrayList<>();

        Person(String key, List<String> parts) {
            this.key = key;
            this.parts = parts;
        }

        String id() {
            return "person/" + Names.slug(key);
        }

        /** The spelling the article uses most, the first one on a tie. */
        String name() {
            String best = null;
            int n = -1;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }
    }

    private final Map<String, Person> byKey = new HashMap<>();
    /** The person each short form that fits several people first stood for. */
    private final Map<String, Person> owners = new HashMap<>();

    /** Records a full name (two parts or more) seen at {@code position}. */
    void addFullName(String name, long position) {
        List<String> parts = Names.parts(name);
        if (parts.size() < 2) {
            return;
        }
        String key = String.join(" ", parts);
        Person p = byKey.computeIfAbsent(key, k -> new Person(k, parts));
        p.spellings.merge(name, 1, Integer::sum);
        p.positions.add(position);
    }

    /**
     * Folds a full name that is a part of a longer one ("Kim Jong" of "Kim Jong Un", a double-barrelled surname alone)
     * into the longer one. The shorter spellings are no candidates for the person's name, however often the article
     * uses them: "Keller-Marsh said" three times after "Dana Keller-Marsh" once still names Dana Keller-Marsh.
     */
    void mergeContained() {
        for (Person shorter : new ArrayList<>(byKey.values())) {
            List<Person> longer = candidates(shorter.parts).stream().filter(p -> p != shorter)
                    .filter(p -> !generational(shorter.parts, p.parts)).toList();
            long firstUse = shorter.positions.isEmpty() ? Long.MAX_VALUE : shorter.positions.get(0);
            // a surname two people share ("Te Awa-Pōmare" after "Hēmi Te Awa-Pōmare" and "His widow, Mere Te
            // Awa-Pōmare"): news calls the one the story is about by it, the one it named first, and a relative by
            // the given name
            Optional<Person> first = longer.stream()
                    .filter(p -> !p.positions.isEmpty() && p.positions.get(0) < firstUse)
                    .min(Comparator.comparingLong(p -> p.positions.get(0)));
            if (longer.size() == 1 || longer.size() > 1 && first.isPresent()) {
                Person target = longer.size() == 1 ? longer.get(0) : first.get();
                target.positions.addAll(shorter.positions);
                target.positions.sort(null);
                byKey.put(shorter.key, target);
            }
        }
    }

    /**
     * Folds a name written with an initial for the given name ("J van der Berg", as a transcript labels a member) into
     * the one full name with the same surname whose given name starts with that letter ("Johan van der Berg"); with
     * two such names, or none, it stays apart.
     */
    void mergeInitialled() {
        for (Person shorter : new ArrayList<>(byKey.values())) {
            String first = shorter.parts.get(0);
            if (shorter.parts.size() < 2 || first.length() != 1 || byKey.get(shorter.key) != shorter) {
                continue;
            }
            List<String> surname = shorter.parts.subList(1, shorter.parts.size());
            List<Person> fits = byKey.values().stream().distinct()
                    .filter(p -> p != shorter && p.parts.size() > surname.size() && p.parts.get(0).length() > 1
                            && p.parts.get(0).startsWith(first)
                            && p.parts.subList(p.parts.size() - surname.size(), p.parts.size()).equals(surname))
                    .toList();
            if (fits.size() == 1) {
                Person target = fits.get(0);
                target.positions.addAll(shorter.positions);
                target.positions.sort(null);
                byKey.put(shorter.key, target);
            }
        }
    }

    /** Suffixes that tell a son from his father ("Donald Trump Jr." is not "Donald Trump"). */
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Whether the longer name differs from the shorter only by a generational suffix. */
    private static boolean generational(List<String> shorter, List<String> longer) {
        List<String> extra = new ArrayList<>(longer);
        extra.removeAll(shorter);
        return !extra.isEmpty() && extra.stream().allMatch(w -> GENERATIONS.contains(w.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The person a name resolves to at {@code position}: its own key, or the full name it is part of. */
    Optional<Person> resolve(String name, long position) {
        List<String> parts = Names.parts(name);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Person exact = byKey.get(String.join(" ", parts));
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Person> candidates = candidates(parts);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // The person most recently named in full before this mention; else the one named most often.
        Person best = null;
        long bestPos = -1;
        for (Person p : candidates) {
            for (long pos : p.positions) {
                if (pos < position && pos > bestPos) {
                    bestPos = pos;
                    best = p;
                }
            }
        }
        if (best == null) {
            for (Person p : candidates) {
                if (best == null || p.positions.size() > best.positions.size()) {
                    best = p;
                }
            }
        }
        return Optional.of(best);
    }

    /**
     * A name as the article uses it in reading order ({@code position} only grows from call to call): like
     * {@link #resolve}, but a short form that fits several people ("Kim" with Kim Hyun-woo and Kim Soo-ah) keeps
     * meaning the person the article first used it for, unless another of them was named in full in this sentence
     * or the one before. News writing calls the second person of a shared surname by full name or by a pronoun.
     */
    Optional<Person> resolveInOrder(String name, long position) {
        Optional<Person> p = resolve(name, position);
        List<String> parts = Names.parts(name);
        if (p.isEmpty() || byKey.containsKey(String.join(" ", parts)) || candidates(parts).size() < 2) {
            return p;
        }
        String shortKey = String.join(" ", parts);
        Person owner = owners.get(shortKey);
        if (owner == null) {
            owners.put(shortKey, p.get());
            return p;
        }
        long last = p.get().positions.stream().filter(x -> x < position).max(Long::compare).orElse(-1L);
        boolean near = last >= 0 && (position >>> 32) - (last >>> 32) <= 1;
        return near ? p : Optional.of(owner);
    }

    /** Whether a single word is part of someone's full name in this article. */
    boolean isPartOfName(String word) {
        List<String> parts = Names.parts(word);
        return !parts.isEmpty() && !candidates(parts).isEmpty();
    }

    /** Whether a single word is the first or last part of someone's full name ("Xi" of "Xi Jinping"). */
    boolean isFirstOrLastPart(String word) {
        String w = Names.key(word);
        for (Person p : byKey.values()) {
            if (p.parts.get(0).equals(w) || p.parts.get(p.parts.size() - 1).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is the full name of someone the index holds. */
    boolean isFullName(String name) {
        Person p = byKey.get(Names.key(name));
        return p != null && p.key.equals(Names.key(name));
    }

    /** Whether a name of several parts ends someone's longer full name ("Orbanek-Roth" of "Liesel Orbanek-Roth"). */
    boolean endsName(String name) {
        List<String> parts = Names.parts(name);
        for (Person p : byKey.values()) {
            if (p.parts.size() > parts.size()
                    && p.parts.subList(p.parts.size() - parts.size(), p.parts.size()).equals(parts)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} ends the full name of someone named in full before {@code position}. */
    boolean endsNameGivenBefore(String name, long position) {
        List<String> parts = Names.parts(name);
        for (Person p : byKey.values()) {
            if (p.parts.size() > parts.size() && !parts.isEmpty()
                    && p.parts.subList(p.parts.size() - parts.size(), p.parts.size()).equals(parts)
                    && p.positions.stream().anyMatch(x -> x < position)) {
                return true;
            }
        }
        return false;
    }

    /** Distinct people whose full name contains every part, in order. */
    private List<Person> candidates(List<String> parts) {
        List<Person> out = new ArrayList<>();
        for (Person p : byKey.values()) {
            if (!out.contains(p) && p.parts.size() > parts.size() && containsInOrder(p.parts, parts)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean containsInOrder(List<String> whole, List<String> sub) {
        int i = 0;
        for (String w : whole) {
            if (i < sub.size() && w.equals(sub.get(i))) {
                i++;
            }
        }
        return i == sub.size();
    }
}
