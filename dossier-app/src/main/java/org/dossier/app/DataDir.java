package org.dossier.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that uses the store. */
final class DataDir {
    /** The environment variable that names the data directory when {@code --data} is not given. */
    static final String ENV = "DOSSIER_DATA";

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory (default: $" + ENV + ", else ./dossier-data)")
    Path data;

    Path path() {
        if (data != null) {
            return data;
        }
        String env = System.getenv(ENV);
        return Path.of(env == null || env.isBlank() ? "dossier-data" : env);
    }
}
