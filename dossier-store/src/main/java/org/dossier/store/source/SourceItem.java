package org.dossier.store.source;

import java.util.Objects;
import org.dossier.core.model.Source;

/** One input as a reader yields it: the bytes of a page, or why a page could not be read. */
public sealed interface SourceItem permits SourceItem.Read, SourceItem.Failed {

    /** Where the item came from, for progress and error messages. */
    String location();

    /** A page read whole. */
    record Read(Source source) implements SourceItem {
        public Read {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String location() {
            return source.ref().location();
        }
    }

    /** An input that could not be read, with the reason in words a user can act on. */
    record Failed(String location, String reason) implements SourceItem {
        public Failed {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
