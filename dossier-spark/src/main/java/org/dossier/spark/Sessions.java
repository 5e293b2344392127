package org.dossier.spark;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a command: the cluster's when run by spark-submit, else an in-process one. */
final class Sessions {
    private Sessions() {
    }

    /**
     * A session on {@code master}; without one, the master spark-submit set, else {@code local[*]}.
     * An in-process session listens on loopback only, has no web UI and few shuffle partitions.
     */
    static SparkSession create(Optional<String> master, Map<String, String> conf) {
        SparkSession.Builder b = SparkSession.builder().appName("dossier");
        String m = master.orElse(System.getProperty("spark.master", "local[*]"));
        b.master(m);
        boolean local = m.startsWith("local");
        if (local) {
            int cores = Runtime.getRuntime().availableProcessors();
            b.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * cores)));
        }
        conf.forEach(b::config);
        SparkSession spark = b.getOrCreate();
        if (local && !conf.containsKey("spark.log.level")) {
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }
}
