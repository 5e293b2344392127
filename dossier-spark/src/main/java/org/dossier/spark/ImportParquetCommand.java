package org.dossier.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dossier.spark.imports.ImportCounts;
import org.dossier.spark.imports.ParquetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier import-parquet}: the job's tables into the embedded store or PostgreSQL. */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
        description = {"Loads the tables that `dossier spark` wrote under DIR into the embedded store (so the "
                + "web page and the read commands browse them) or, with --db, into a PostgreSQL database.",
                "Importing the same tables twice adds nothing the second time."})
final class ImportParquetCommand implements Callable<Integer> {
    /** As the main command line's {@code --data}: the environment variable naming the data directory. */
    static final String DATA_ENV = "DOSSIER_DATA";

    @Parameters(index = "0", paramLabel = "DIR", description = "the job's output directory")
    String input;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory (default: $" + DATA_ENV + ", else ./dossier-data)")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "a PostgreSQL database instead of the store: jdbc:postgresql://host:port/db?user=…&password=…")
    String db;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*])")
    String master;

    @Override
    public Integer call() throws Exception {
        if (db != null && data != null) {
            System.err.println("dossier import-parquet: give --data or --db, not both");
            return 2;
        }
        SparkSession spark = Sessions.create(Optional.ofNullable(master), Map.of());
        try {
            ImportCounts counts = db != null ? ParquetImport.toPostgres(spark, input, db)
                    : ParquetImport.toStore(spark, input, dataDir(), "dossier spark job (imported from Parquet)");
            System.out.print(counts.describe());
            return 0;
        } catch (org.dossier.store.db.StoreException e) {
            System.err.println("dossier import-parquet: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    private Path dataDir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv(DATA_ENV);
        return Path.of(env == null || env.isBlank() ? "dossier-data" : env);
    }
}
