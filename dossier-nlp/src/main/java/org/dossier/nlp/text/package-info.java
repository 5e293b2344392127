/**
 * The analysed text: the stable API every later step (quotes, events, timeline) reads.
 *
 * <p>{@link org.dossier.nlp.text.Document} holds an article with:
 * <ul>
 *   <li>{@link org.dossier.nlp.text.Sentence}s of the title, the body and each caption (in that order;
 *       {@code index} is the position in {@code Document.sentences()}), each with its
 *       {@link org.dossier.nlp.text.Section}, caption number ({@code part}), paragraph number, character
 *       offsets and {@link org.dossier.nlp.text.Token}s. Offsets are in the section's own text, so body
 *       offsets are offsets in {@code Article.body()}: the evidence offsets of the record. Tokens keep the
 *       source text as written (curly quotes, brackets), and carry the raw CRF tag
 *       ({@link org.dossier.nlp.text.NerTag}).</li>
 *   <li>{@link org.dossier.nlp.text.Mention}s: every name resolved to a canonical entity id, with how it
 *       names the entity ({@link org.dossier.nlp.text.MentionKind}: full name, short form, description such
 *       as "the North Korean leader", demonym, metonym such as "Pyongyang said"). Read these, not the raw
 *       tags: they are corrected (a country tagged PERSON, an outlet tagged LOCATION).</li>
 *   <li>{@link org.dossier.nlp.text.TimeExpression}s: dates resolved against the publication date, with the
 *       {@link org.dossier.nlp.text.Tense} that decided a relative one.</li>
 *   <li>The canonical entities ({@code org.dossier.core.model.Entity}: titles, country, body offsets) and
 *       {@code Document.titleOf(id)}, the title to cite as a quote's {@code speaker_title}.</li>
 * </ul>
 *
 * <p>Lookups for a step that walks sentences: {@code mentionsIn(sentence)}, {@code mentionAt(sentence,
 * offset)}, {@code timesIn(sentence)}, {@code mentionsOf(id)}, {@code entity(id)}, {@code bodySentenceAt(offset)}.
 * Everything here is immutable and thread-safe. {@link org.dossier.nlp.text.TextAnnotator} is the only
 * class that touches CoreNLP; a later step that needs more of CoreNLP (a dependency parse of the
 * sentences that may hold an event) should add it there, for the sentences it needs, and keep the
 * models it loads listed in the app's shade filter.
 */
package org.dossier.nlp.text;
