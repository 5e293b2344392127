package org.dossier.nlp;

import org.dossier.core.model.Record;
import org.dossier.nlp.text.Document;

/**
 * One step that adds to the record from the analysed document: the entity step fills
 * {@code entities}; the quote and event steps fill {@code quotes} and {@code events}. Steps run in
 * order, each receiving the record the previous one returned. Implementations must be stateless
 * and thread-safe.
 */
@FunctionalInterface
public interface RecordStep {
    /** The record with what this step adds. */
    Record apply(Document document, Record record);
}
