/**
 * The event coder: {@link org.dossier.nlp.event.EventCoder} codes an article's political events in PLOVER
 * types and modes ({@link org.dossier.nlp.event.Plover}) from the dependency parse of the sentences that may
 * hold one, with a verb-and-noun lexicon written for the project ({@code lexicon.txt}), the article's
 * canonical entities, and a status (reported, planned, speculated, denied, negated, historical) and date for
 * each. Dates are compared as {@link org.dossier.core.model.DateSpan} ranges, as everywhere else.
 */
package org.dossier.nlp.event;
