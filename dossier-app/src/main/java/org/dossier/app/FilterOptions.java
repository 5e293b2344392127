package org.dossier.app;

import java.util.Optional;
import org.dossier.core.model.DateSpan;
import org.dossier.store.query.Filter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Date, publisher and paging options shared by the commands that read the store. */
final class FilterOptions {
    @Option(names = "--since", paramLabel = "DATE", description = "on or after (2018, 2018-03, 2018-03-26)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "on or before")
    String until;

    @Option(names = "--publisher", paramLabel = "NAME", description = "only this outlet (any case)")
    String publisher;

    @Option(names = "--limit", paramLabel = "N", description = "at most N items")
    Integer limit;

    /** The filter these options describe, on top of {@code base}. */
    Filter apply(Filter base, CommandLine cl) {
        Filter f = base.withSince(date(since, "--since", cl)).withUntil(date(until, "--until", cl))
                .withPublisher(Optional.ofNullable(publisher));
        return limit == null ? f : f.withPage(Math.max(1, limit), 0);
    }

    private static Optional<DateSpan> date(String value, String option, CommandLine cl) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(DateSpan.parse(value).orElseThrow(() -> new CommandLine.ParameterException(cl,
                option + " wants an ISO date such as 2018, 2018-03 or 2018-03-26, not '" + value + "'")));
    }
}
