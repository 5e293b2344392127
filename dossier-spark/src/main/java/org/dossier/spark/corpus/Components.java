package org.dossier.spark.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph given as edges {@code (a, b)} of long ids, by min-label
 * propagation: every vertex takes the least label among itself and its neighbours until nothing changes.
 * The rounds are as many as the longest shortest path in a component; duplicate groups are stars and
 * short chains, so a few rounds. Each round's labels are checkpointed, so the plan does not grow.
 */
final class Components {
    private Components() {
    }

    /** {@code aid, label} for every vertex of {@code edges}: the least id of its component. */
    static Dataset<Row> of(Dataset<Row> edges) {
        Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
                .union(edges.select(col("b").as("src"), col("a").as("dst")))
                .localCheckpoint();
        Dataset<Row> labels = both.groupBy("src").agg(min("dst").as("m"))
                .select(col("src").as("aid"), least(col("src"), col("m")).as("label"))
                .localCheckpoint();
        while (true) {
            Dataset<Row> next = both
                    .join(labels.select(col("aid").as("dst"), col("label").as("nl")), "dst")
                    .groupBy("src").agg(min("nl").as("m"))
                    .join(labels.withColumnRenamed("aid", "src"), "src")
                    .select(col("src").as("aid"), least(col("label"), col("m")).as("label"))
                    .localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("label", "old"), "aid")
                    .where(col("label").notEqual(col("old"))).count();
            labels = next;
            if (changed == 0) {
                return labels;
            }
        }
    }
}
