/** Scoring the language stage against gold data ({@code dossier eval entities}, {@code dossier eval events}). */
package org.dossier.nlp.eval;
