package org.dossier.spark.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.spark.table.Tables;
import org.junit.jupiter.api.Test;

class CorpusJobTest {
    private static final StructType MEMBER = DataTypes.createStructType(List.of(
            Tables.column("aid", DataTypes.LongType),
            Tables.column("hashes", DataTypes.createArrayType(DataTypes.LongType, false)),
            Tables.column("shingles", DataTypes.IntegerType)));

    private static Row member(long aid, long hash) {
        return Tables.row(MEMBER, aid, Tables.seq(List.of(hash)), 10);
    }

    @Test
    void aBucketGivesASpanningForestOfItsLinkedMembers() {
        // 5, 3 and 9 are copies (hash 1); 7 is another text (hash 2) that shares the band by chance.
        List<Row> bucket = List.of(member(5, 1), member(7, 2), member(3, 1), member(9, 1));
        List<List<Long>> edges = new ArrayList<>();
        for (Row e : CorpusJob.bucketEdges(bucket, CorpusRules.project())) {
            edges.add(List.of(e.getLong(0), e.getLong(1)));
        }
        assertEquals(List.of(List.of(5L, 3L), List.of(9L, 3L)), edges);
    }

    @Test
    void aBucketOfStrangersGivesNoEdge() {
        assertEquals(List.of(), CorpusJob.bucketEdges(List.of(member(1, 1), member(2, 2)), CorpusRules.project()));
    }
}
