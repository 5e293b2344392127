/**
 * Quotes and their attribution: {@link org.dossier.nlp.quote.QuoteExtractor} finds the direct quotes of an
 * article's body (quotation marks of every common style, over paragraphs, scare quotes left out) and its
 * reported speech, and attributes each to a speaker with the frames news writing uses, reading the entity
 * stage's mentions and titles. No coreference model: pronouns and descriptions resolve by recency, paragraph,
 * gender where the text shows it, and the titles given earlier.
 */
package org.dossier.nlp.quote;
