package org.dossier.app;

import org.dossier.core.extract.Extractor;
import org.dossier.core.extract.ExtractorConfig;
import org.dossier.core.model.Record;
import org.dossier.store.ingest.Pipeline;

/**
 * The stages the command line runs on each input. Today: extraction only, so records carry no
 * entities, quotes or events yet; the language and event stages plug in here and nowhere else.
 */
final class AppPipeline {
    private AppPipeline() {
    }

    static Pipeline create(long maxBytes) {
        Extractor extractor = new Extractor(ExtractorConfig.defaults().withMaxInputBytes(maxBytes));
        return source -> Record.of(extractor.extract(source));
    }

    /** What is recorded as having produced each record: Dossier's version and the stages. */
    static String processedBy() {
        return "dossier " + Main.version() + " (extract)";
    }
}
