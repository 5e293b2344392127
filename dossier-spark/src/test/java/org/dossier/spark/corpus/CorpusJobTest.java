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

    /** Rules whose only decision here is the link: the same first hash. The job's own rules are not tested here. */
    private static final CorpusRules SAME_FIRST_HASH = new CorpusRules() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean linked(Signature a, Signature b) {
            return a.minHashes()[0] == b.minHashes()[0];
        }

        @Override
        public Signature signature(String body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long[] bandKeys(Signature signature) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String groupId(List<Member> members) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventReport fill(EventReport report, java.util.Map<String, ? extends java.util.Collection<String>> given) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String blockKey(EventReport report) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MergedEvent> mergeBlock(List<EventReport> reports) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MergedEvent> merge(java.util.Collection<org.dossier.core.model.Record> records) {
            throw new UnsupportedOperationException();
        }
    };

    private static Row member(long aid, long hash) {
        return Tables.row(MEMBER, aid, Tables.seq(List.of(hash)), 10);
    }

    @Test
    void aBucketGivesASpanningForestOfItsLinkedMembers() {
        // 5, 3 and 9 are copies (hash 1); 7 is another text (hash 2) that shares the band by chance.
        List<Row> bucket = List.of(member(5, 1), member(7, 2), member(3, 1), member(9, 1));
        List<List<Long>> edges = new ArrayList<>();
        for (Row e : CorpusJob.bucketEdges(bucket, SAME_FIRST_HASH)) {
            edges.add(List.of(e.getLong(0), e.getLong(1)));
        }
        assertEquals(List.of(List.of(5L, 3L), List.of(9L, 3L)), edges);
    }

    @Test
    void aBucketOfStrangersGivesNoEdge() {
        assertEquals(List.of(), CorpusJob.bucketEdges(List.of(member(1, 1), member(2, 2)), SAME_FIRST_HASH));
    }
}
