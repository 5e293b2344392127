package org.dossier.nlp;

import org.dossier.core.extract.ExtractionException;

/**
 * An article the language stage refuses (too long to analyse in bounded time), with its location and
 * the reason. A subtype of {@link ExtractionException} so a batch reports it like any unreadable input.
 */
public class AnalysisException extends ExtractionException {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String location, String reason) {
        super(location, reason);
    }
}
