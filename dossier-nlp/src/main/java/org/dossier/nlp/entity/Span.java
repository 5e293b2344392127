package org.dossier.nlp.entity;

import java.util.List;
import java.util.Optional;
import org.dossier.nlp.text.Sentence;

/**
 * A candidate name in one sentence, before it is resolved to an entity.
 *
 * @param sentence the sentence
 * @param from     index of its first token
 * @param to       index just after its last token
 * @param begin    offset of its first character (a "[" before the name included)
 * @param end      offset just after it (a possessive "'s" excluded)
 * @param name     the name as text, brackets dropped and whitespace collapsed ("John Bolton")
 * @param kind     what the tagger or the country table says it is
 * @param country  the table entry, for a span the country table matched
 * @param parts    the name's parts, as {@link Names#parts} gives them
 */
record Span(Sentence sentence, int from, int to, int begin, int end, String name, Kind kind,
            Optional<CountryTable.Phrase> country, List<String> parts) {

    /** What a span is before resolution. */
    enum Kind { PERSON, ORGANIZATION, LOCATION, COUNTRY_PHRASE }

    /** A span whose name's parts ({@link Names#parts}) are worked out once here: the rules read them many times. */
    Span(Sentence sentence, int from, int to, int begin, int end, String name, Kind kind,
         Optional<CountryTable.Phrase> country) {
        this(sentence, from, to, begin, end, name, kind, country, List.copyOf(Names.parts(name)));
    }

    Span withKind(Kind k) {
        return new Span(sentence, from, to, begin, end, name, k, country, parts);
    }

    /** The name's key ({@link Names#key}). */
    String key() {
        return String.join(" ", parts);
    }

    /** The span's source text. */
    String surface() {
        return sentence.slice(begin, end);
    }

    /** The token before the span, lower case, or "". */
    String before(int back) {
        int i = from - back;
        return i >= 0 ? Lexicon.lower(sentence.tokens().get(i).text()) : "";
    }

    /** The token after the span, as written, or "". */
    String after(int ahead) {
        int i = to - 1 + ahead;
        return i < sentence.tokens().size() ? sentence.tokens().get(i).text() : "";
    }
}
