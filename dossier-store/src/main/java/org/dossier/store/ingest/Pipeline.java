package org.dossier.store.ingest;

import org.dossier.core.extract.ExtractionException;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;

/**
 * The stages that turn one raw input into its record (extraction, then language and events when
 * they are wired in). Ingestion and reprocessing call it from several threads at once, so an
 * implementation must be thread-safe and free of I/O, like the stages themselves.
 */
@FunctionalInterface
public interface Pipeline {
    /**
     * The record of {@code source}.
     *
     * @throws ExtractionException when the input cannot be turned into a record, with the reason
     */
    Record process(Source source) throws ExtractionException;
}
