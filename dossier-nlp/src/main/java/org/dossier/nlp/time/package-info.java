/**
 * Temporal expressions normalised against the article's publication date:
 * {@link org.dossier.nlp.time.TimeResolver}, with {@link org.dossier.nlp.time.Anchor} the date it resolves
 * against. Rule-based, English only.
 */
package org.dossier.nlp.time;
