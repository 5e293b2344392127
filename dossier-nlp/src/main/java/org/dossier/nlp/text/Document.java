package org.dossier.nlp.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.core.model.Article;
import org.dossier.core.model.Entity;

/**
 * An article with everything the language stage found in it: sentences and tokens, canonical
 * entities and their mentions, and resolved time expressions. This is the input of every later
 * stage (quotes, events): they read it and never run CoreNLP themselves.
 *
 * <p>Immutable and thread-safe. Lookups by sentence and by entity are indexed, so stages can call
 * them per sentence on long articles.
 */
public final class Document {
    private final Article article;
    private final List<Sentence> sentences;
    private final List<Mention> mentions;
    private final List<TimeExpression> times;
    private final List<Entity> entities;
    private final Map<String, Entity> byId = new HashMap<>();
    private final List<List<Mention>> mentionsBySentence;
    private final List<List<TimeExpression>> timesBySentence;

    /**
     * @param article   the article analysed
     * @param sentences every sentence, title first, then body, then captions; {@code index} must be the position
     * @param mentions  resolved mentions
     * @param times     resolved time expressions
     * @param entities  canonical entities, most mentioned first
     */
    public Document(Article article, List<Sentence> sentences, List<Mention> mentions, List<TimeExpression> times,
                    List<Entity> entities) {
        this.article = Objects.requireNonNull(article, "article");
        this.sentences = List.copyOf(sentences);
        for (int i = 0; i < this.sentences.size(); i++) {
            if (this.sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + this.sentences.get(i).index());
            }
        }
        List<Mention> m = new ArrayList<>(mentions);
        m.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::begin));
        this.mentions = List.copyOf(m);
        List<TimeExpression> t = new ArrayList<>(times);
        t.sort(Comparator.comparingInt(TimeExpression::sentence).thenComparingInt(TimeExpression::begin));
        this.times = List.copyOf(t);
        this.entities = List.copyOf(entities);
        this.entities.forEach(e -> byId.put(e.id(), e));
        this.mentionsBySentence = group(this.mentions, Mention::sentence, this.sentences.size());
        this.timesBySentence = group(this.times, TimeExpression::sentence, this.sentences.size());
    }

    private static <T> List<List<T>> group(List<T> items, java.util.function.ToIntFunction<T> sentence, int n) {
        List<List<T>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (T item : items) {
            int s = sentence.applyAsInt(item);
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("sentence index out of range: " + s);
            }
            out.get(s).add(item);
        }
        return out.stream().map(List::copyOf).toList();
    }

    /** The article analysed. */
    public Article article() {
        return article;
    }

    /** Every sentence: the title's, then the body's, then each caption's. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentences of one section, in order. */
    public List<Sentence> sentences(Section section) {
        return sentences.stream().filter(s -> s.section() == section).toList();
    }

    /** The sentence at {@code index} in {@link #sentences()}. */
    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The text of a section: the title, the body, or caption number {@code part}. */
    public String text(Section section, int part) {
        return switch (section) {
            case TITLE -> article.title().orElse("");
            case BODY -> article.body();
            case CAPTION -> article.captions().get(part);
        };
    }

    /** The body sentence holding body offset {@code offset}. */
    public Optional<Sentence> bodySentenceAt(int offset) {
        return sentences.stream().filter(s -> s.section() == Section.BODY && s.contains(offset)).findFirst();
    }

    /** Every mention, in document order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The mentions in one sentence, in order. */
    public List<Mention> mentionsIn(Sentence sentence) {
        return mentionsBySentence.get(sentence.index());
    }

    /** The mention covering {@code offset} in {@code sentence}, if any. */
    public Optional<Mention> mentionAt(Sentence sentence, int offset) {
        return mentionsIn(sentence).stream().filter(m -> m.begin() <= offset && offset < m.end()).findFirst();
    }

    /** Every mention of one entity, in order. */
    public List<Mention> mentionsOf(String entityId) {
        return mentions.stream().filter(m -> m.entityId().equals(entityId)).toList();
    }

    /** Every resolved time expression, in document order. */
    public List<TimeExpression> times() {
        return times;
    }

    /** The time expressions of one sentence, in order. */
    public List<TimeExpression> timesIn(Sentence sentence) {
        return timesBySentence.get(sentence.index());
    }

    /** The canonical entities, most mentioned first. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity with this id. */
    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The title to cite for a person (a quote's {@code speaker_title}): the fullest title or affiliation
     * the article gives the entity ("a professor of international relations at the Renmin University in
     * Beijing" rather than "professor").
     */
    public Optional<String> titleOf(String entityId) {
        return entity(entityId).flatMap(e -> e.titles().stream().max(Comparator.comparingInt(String::length)));
    }

    /**
     * Whether a title names a post its holder has left: "a former minister", "ex-chairman", "the then mayor", "a
     * retired schoolteacher".
     */
    public static boolean isFormer(String title) {
        return FORMER.matcher(title).lookingAt();
    }

    private static final java.util.regex.Pattern FORMER = java.util.regex.Pattern.compile(
            "(?iu)(?:(?:a|an|the|his|her|their)\\s+)?(?:former|ex-|onetime|one-time|erstwhile|retired|then\\b)");
}
