/**
 * The language stage of Dossier: {@link org.dossier.nlp.Analyzer} turns a clean article into a record
 * with canonical entities, and runs the further {@link org.dossier.nlp.RecordStep}s (quotes, events) over
 * the analysed {@link org.dossier.nlp.text.Document}.
 *
 * <p>One package per step: {@code text} (CoreNLP tokens, sentences and NER, and the document every step
 * reads), {@code entity} (canonical entities, the country table, titles), {@code time} (dates resolved
 * against the publication date), {@code event} (the PLOVER event coder, parsing only the sentences that may
 * hold an event), {@code eval} (scoring against gold).
 */
package org.dossier.nlp;
