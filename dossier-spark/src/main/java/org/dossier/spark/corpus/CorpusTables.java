package org.dossier.spark.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.core.model.EventStatus;
import org.dossier.spark.table.Tables;

/**
 * The corpus step's tables, {@code duplicates} and {@code timeline}, and the conversion of reports and
 * entries to their rows and back. Stateless and thread-safe.
 */
public final class CorpusTables {
    /** {@code duplicates}: every article that has a near-duplicate, with its group (partitioned by month). */
    public static final StructType DUPLICATE = DataTypes.createStructType(List.of(
            Tables.column("sha256", DataTypes.StringType),
            Tables.column("duplicate_group", DataTypes.StringType),
            Tables.column(Tables.MONTH, DataTypes.StringType)));

    /**
     * A report inside a timeline row: the article's provenance, the event's position and the event, with
     * the parties' countries the corpus agrees on where its article gives none ({@link CorpusRules#fill}).
     */
    public static final StructType SOURCE = DataTypes.createStructType(List.of(
            Tables.column("sha256", DataTypes.StringType),
            Tables.column("seq", DataTypes.IntegerType),
            Tables.column("path", DataTypes.StringType),
            Tables.column("url", DataTypes.StringType),
            Tables.column("publisher", DataTypes.StringType),
            Tables.column("published", DataTypes.StringType),
            Tables.column("published_estimate", DataTypes.StringType),
            Tables.column("duplicate_group", DataTypes.StringType),
            Tables.column("event", Tables.EVENT)));

    /** {@code timeline}: one row per merged event, partitioned by the month of its date. */
    public static final StructType TIMELINE = DataTypes.createStructType(List.of(
            Tables.column("id", DataTypes.StringType),
            Tables.column("block", DataTypes.StringType),
            Tables.column("type", DataTypes.StringType),
            Tables.column("mode", DataTypes.StringType),
            Tables.column("status", DataTypes.StringType),
            Tables.column("actor", DataTypes.StringType),
            Tables.column("actor_id", DataTypes.StringType),
            Tables.column("target", DataTypes.StringType),
            Tables.column("target_id", DataTypes.StringType),
            Tables.column("location", DataTypes.StringType),
            Tables.column("date", DataTypes.StringType),
            Tables.column("reports", DataTypes.IntegerType),
            Tables.column("sources", DataTypes.createArrayType(SOURCE, false)),
            Tables.column("ambiguous_sources", DataTypes.createArrayType(SOURCE, false)),
            Tables.column(Tables.MONTH, DataTypes.StringType)));

    private CorpusTables() {
    }

    /** The timeline row of an entry. */
    public static Row timeline(MergedEvent e) {
        return Tables.row(TIMELINE, e.id(), e.block(), e.type(), e.mode().orElse(null), e.status().jsonName(),
                e.actor().orElse(null), e.actorId().orElse(null), e.target().orElse(null), e.targetId().orElse(null),
                e.location().orElse(null), e.date().orElse(null), e.reports(),
                Tables.seq(e.sources(), CorpusTables::source), Tables.seq(e.ambiguousSources(), CorpusTables::source),
                Tables.month(e.date()));
    }

    static Row source(EventReport r) {
        return Tables.row(SOURCE, r.sha256(), r.seq(), r.path().orElse(null), r.url().orElse(null),
                r.publisher().orElse(null), r.published().orElse(null), r.publishedEstimate().orElse(null),
                r.duplicateGroup(), Tables.event(r.event()));
    }

    /** The entry a timeline row holds (what {@link #timeline} wrote). */
    public static MergedEvent entry(Row r) {
        return new MergedEvent(r.getAs("id"), r.getAs("block"), r.getAs("type"), Tables.opt(r, "mode"),
                EventStatus.valueOf(r.<String>getAs("status").toUpperCase(java.util.Locale.ROOT)),
                Tables.opt(r, "actor"), Tables.opt(r, "actor_id"), Tables.opt(r, "target"), Tables.opt(r, "target_id"),
                Tables.opt(r, "location"), Tables.opt(r, "date"), reports(r, "sources"), reports(r, "ambiguous_sources"));
    }

    private static List<EventReport> reports(Row r, String field) {
        List<EventReport> out = new ArrayList<>();
        for (Row s : r.<Row>getList(r.fieldIndex(field))) {
            out.add(report(s));
        }
        return out;
    }

    /** The report a {@link #SOURCE} row holds (what {@link #source} wrote). */
    static EventReport report(Row source) {
        return report(source, source.getAs("event"), source.getAs("duplicate_group"));
    }

    /**
     * A report from a row with the article's columns ({@code sha256, seq, path, url, publisher, published,
     * published_estimate}) and an event's columns in {@code event} (which may be the same row).
     */
    static EventReport report(Row r, Row event, String duplicateGroup) {
        return new EventReport(r.getAs("sha256"), r.<Integer>getAs("seq"), Tables.opt(r, "path"), Tables.opt(r, "url"),
                Tables.opt(r, "publisher"), Tables.opt(r, "published"), Tables.opt(r, "published_estimate"),
                Optional.ofNullable(duplicateGroup).orElse(r.getAs("sha256")), Tables.toEvent(event));
    }
}
