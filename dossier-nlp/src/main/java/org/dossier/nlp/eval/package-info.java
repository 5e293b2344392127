/** Scoring the language stage against gold data ({@code dossier eval entities}). */
package org.dossier.nlp.eval;
