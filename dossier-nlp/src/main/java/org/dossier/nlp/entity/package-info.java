/**
 * Canonical entities: {@link org.dossier.nlp.entity.EntityResolver} resolves every name of an article to
 * one entity with a stable id ({@code person/kim-jong-un}, {@code country/PRK}, {@code org/renmin-university},
 * {@code place/moscow}), with titles and affiliations; {@link org.dossier.nlp.entity.CountryTable} is the
 * project's country table (names, short forms, demonyms, capitals, government metonyms), public so that
 * later steps can map a place or a name to its country.
 */
package org.dossier.nlp.entity;
