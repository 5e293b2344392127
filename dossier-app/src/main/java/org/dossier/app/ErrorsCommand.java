package org.dossier.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.core.json.RecordJson;
import org.dossier.store.query.ErrorRow;
import org.dossier.store.query.Filter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier errors}: the inputs that failed, where and why. */
@Command(name = "errors", mixinStandardHelpOptions = true,
        description = "Lists the inputs that could not be read, fetched or processed, with the reason. An input "
                + "that later succeeds leaves the list.")
final class ErrorsCommand implements Callable<Integer> {
    /** How errors are printed. */
    enum Format { table, jsonl }

    @Mixin
    DataDir data;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return StoreAccess.run(data, List.of(), err, store -> {
            List<ErrorRow> rows = store.errors(Filter.all());
            if (format == Format.jsonl) {
                for (ErrorRow e : rows) {
                    ObjectNode n = RecordJson.error(e.location(), e.reason());
                    n.put("stage", e.stage());
                    n.put("sha256", e.sha256().orElse(null));
                    n.put("first_seen", e.firstSeen().toString());
                    n.put("last_seen", e.lastSeen().toString());
                    n.put("count", e.count());
                    out.println(RecordJson.line(n));
                }
                return 0;
            }
            for (ErrorRow e : rows) {
                out.println(e.location());
                out.println("    " + e.stage() + ": " + e.reason() + (e.count() > 1 ? " (" + e.count() + " times, "
                        + "last " + e.lastSeen() + ")" : " (" + e.lastSeen() + ")"));
            }
            if (rows.isEmpty()) {
                err.println("no errors");
            }
            return 0;
        });
    }
}
