package org.dossier.store.source;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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

    /**
     * An input that could not be read, with the reason in words a user can act on. A WARC record's
     * failure also gives the record's byte offset and, when its header could be read, its
     * WARC-Record-ID, so a table of errors can keep them as columns.
     */
    record Failed(String location, String reason, OptionalLong warcOffset, Optional<String> warcRecordId)
            implements SourceItem {
        public Failed {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(warcOffset, "warcOffset");
            Objects.requireNonNull(warcRecordId, "warcRecordId");
        }

        /** A failure of a file, stream or URL: no WARC record to point at. */
        public Failed(String location, String reason) {
            this(location, reason, OptionalLong.empty(), Optional.empty());
        }
    }
}
