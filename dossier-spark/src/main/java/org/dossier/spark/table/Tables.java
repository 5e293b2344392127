package org.dossier.spark.table;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.core.model.Article;
import org.dossier.core.model.DateEstimate;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityType;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;
import org.dossier.core.model.ForeignText;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Record;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.store.query.SourceInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Parquet tables the Spark job writes, and the conversion of a {@link Record} to their rows and
 * back. Column names are the record's JSON names ({@code RecordJson}); absent values are nulls, empty
 * lists empty arrays. {@code record(rows…)} gives back exactly the record the rows were made from, so
 * the tables lose nothing of the record (the raw bytes are not in them).
 *
 * <p>Every table is partitioned by {@value #MONTH}, the article's publication month ({@link #month});
 * {@code entities}, {@code quotes} and {@code events} are keyed by the article's {@code sha256} and
 * their position in the record ({@code rank}, {@code seq}). Stateless and thread-safe.
 */
public final class Tables {
    /** Table names: directories under the job's output directory. */
    public static final String ARTICLES = "articles";
    public static final String ENTITIES = "entities";
    public static final String QUOTES = "quotes";
    public static final String EVENTS = "events";
    public static final String ERRORS = "errors";
    public static final String DUPLICATES = "duplicates";
    public static final String TIMELINE = "timeline";
    /** The partition column: {@code yyyy-MM}, or {@value #UNKNOWN_MONTH}. */
    public static final String MONTH = "month";
    /** The partition of articles whose publication date names no month. */
    public static final String UNKNOWN_MONTH = "unknown";

    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);
    private static final StructType FOREIGN_TEXT = struct(
            field("text", DataTypes.StringType, false),
            field("language", DataTypes.StringType, false));

    /** The article's columns (the {@code articles} table without {@value #MONTH}). */
    public static final StructType ARTICLE = struct(
            field("sha256", DataTypes.StringType, false),
            field("path", DataTypes.StringType, true),
            field("format", DataTypes.StringType, false),
            field("url", DataTypes.StringType, true),
            field("warc_record_id", DataTypes.StringType, true),
            field("warc_offset", DataTypes.LongType, true),
            field("fetched_at", DataTypes.StringType, true),
            field("size", DataTypes.LongType, false),
            field("content_type", DataTypes.StringType, true),
            field("title", DataTypes.StringType, true),
            field("authors", STRINGS, false),
            field("publisher", DataTypes.StringType, true),
            field("wire", DataTypes.StringType, true),
            field("published", DataTypes.StringType, true),
            field("published_estimate", DataTypes.StringType, true),
            field("published_estimate_basis", DataTypes.StringType, true),
            field("language", DataTypes.StringType, true),
            field("dateline", DataTypes.StringType, true),
            field("body", DataTypes.StringType, false),
            field("captions", STRINGS, false),
            field("foreign_captions", DataTypes.createArrayType(FOREIGN_TEXT, false), false));

    /** An entity's columns (the {@code entities} table adds sha256, rank and month). */
    public static final StructType ENTITY = struct(
            field("id", DataTypes.StringType, false),
            field("name", DataTypes.StringType, false),
            field("type", DataTypes.StringType, false),
            field("aliases", STRINGS, false),
            field("mentions", DataTypes.IntegerType, false),
            field("titles", STRINGS, false),
            field("country", DataTypes.StringType, true),
            field("offsets", DataTypes.createArrayType(DataTypes.IntegerType, false), false));

    /** A quote's columns (the {@code quotes} table adds sha256, seq and month). */
    public static final StructType QUOTE = struct(
            field("text", DataTypes.StringType, false),
            field("speaker", DataTypes.StringType, true),
            field("speaker_id", DataTypes.StringType, true),
            field("speaker_title", DataTypes.StringType, true),
            field("direct", DataTypes.BooleanType, false),
            field("offset", DataTypes.IntegerType, false));

    /** An event's columns (the {@code events} table adds sha256, seq and month). */
    public static final StructType EVENT = struct(
            field("type", DataTypes.StringType, false),
            field("mode", DataTypes.StringType, true),
            field("status", DataTypes.StringType, false),
            field("actor", DataTypes.StringType, true),
            field("actor_id", DataTypes.StringType, true),
            field("actor_country", DataTypes.StringType, true),
            field("target", DataTypes.StringType, true),
            field("target_id", DataTypes.StringType, true),
            field("target_country", DataTypes.StringType, true),
            field("location", DataTypes.StringType, true),
            field("date", DataTypes.StringType, true),
            field("evidence", DataTypes.StringType, false),
            field("offset", DataTypes.IntegerType, false),
            field("confidence", DataTypes.DoubleType, false));

    /**
     * The {@code errors} table: one row per WARC file, record or page that gave no record.
     * {@code stage} is {@code read} (the file or record could not be read), {@code extract} or
     * {@code analyze}; {@code sha256} and {@code url} are set when the payload was read.
     */
    public static final StructType ERROR = struct(
            field("file", DataTypes.StringType, false),
            field("offset", DataTypes.LongType, true),
            field("record_id", DataTypes.StringType, true),
            field("url", DataTypes.StringType, true),
            field("sha256", DataTypes.StringType, true),
            field("location", DataTypes.StringType, false),
            field("stage", DataTypes.StringType, false),
            field("reason", DataTypes.StringType, false));

    private Tables() {
    }

    /**
     * The partition of an article: the {@code yyyy-MM} of its publication date when the date names a
     * month (a day, a month, or an interval within a month's length, by its first day), else
     * {@value #UNKNOWN_MONTH} (no date, a year only, or text that is no ISO 8601 date).
     */
    public static String month(Optional<String> published) {
        return published.flatMap(DateSpan::parse).filter(s -> s.days() <= 31)
                .map(s -> s.first().toString().substring(0, 7)).orElse(UNKNOWN_MONTH);
    }

    // ------------------------------------------------------------------ record to rows

    /** The article's row, with the payload's size and transport content type. */
    public static Row article(Article a, long size, Optional<String> contentType) {
        SourceRef s = a.source();
        return row(ARTICLE,
                s.sha256(), s.path().orElse(null), s.format().jsonName(), s.url().orElse(null),
                s.warcRecordId().orElse(null), s.warcOffset().isPresent() ? s.warcOffset().getAsLong() : null,
                s.fetchedAt().map(Instant::toString).orElse(null), size, contentType.orElse(null),
                a.title().orElse(null), seq(a.authors()), a.publisher().orElse(null), a.wire().orElse(null),
                a.published().orElse(null), a.publishedEstimate().map(DateEstimate::value).orElse(null),
                a.publishedEstimate().map(DateEstimate::basis).orElse(null), a.language().orElse(null),
                a.dateline().orElse(null), a.body(), seq(a.captions()),
                seq(a.foreignCaptions(), f -> row(FOREIGN_TEXT, f.text(), f.language())));
    }

    /** An entity's row ({@link #ENTITY}). */
    public static Row entity(Entity e) {
        return row(ENTITY, e.id(), e.name(), e.type().name(), seq(e.aliases()), e.mentions(), seq(e.titles()),
                e.country().orElse(null), seq(e.offsets()));
    }

    /** A quote's row ({@link #QUOTE}). */
    public static Row quote(Quote q) {
        return row(QUOTE, q.text(), q.speaker().orElse(null), q.speakerId().orElse(null),
                q.speakerTitle().orElse(null), q.direct(), q.offset());
    }

    /** An event's row ({@link #EVENT}). */
    public static Row event(Event e) {
        return row(EVENT, e.type(), e.mode().orElse(null), e.status().jsonName(), e.actor().orElse(null),
                e.actorId().orElse(null), e.actorCountry().orElse(null), e.target().orElse(null),
                e.targetId().orElse(null), e.targetCountry().orElse(null), e.location().orElse(null),
                e.date().orElse(null), e.evidence(), e.offset(), e.confidence());
    }

    /** An error row; {@code offset}, {@code recordId}, {@code url} and {@code sha256} when known. */
    public static Row error(String file, OptionalLong offset, Optional<String> recordId, Optional<String> url,
                            Optional<String> sha256, String location, String stage, String reason) {
        return row(ERROR, file, offset.isPresent() ? offset.getAsLong() : null, recordId.orElse(null),
                url.orElse(null), sha256.orElse(null), location, stage, reason);
    }

    // ------------------------------------------------------------------ rows to record

    /**
     * The record that {@link #article}, {@link #entity}, {@link #quote} and {@link #event} made the rows
     * of. The rows may be wider (a table's rows, with sha256, month, rank or seq); fields are read by name.
     * The lists must be in rank and seq order.
     *
     * @throws IllegalArgumentException when a row lacks a field or holds a value the record cannot
     */
    public static Record record(Row article, List<Row> entities, List<Row> quotes, List<Row> events) {
        return new Record(toArticle(article), entities.stream().map(Tables::toEntity).toList(),
                quotes.stream().map(Tables::toQuote).toList(), events.stream().map(Tables::toEvent).toList());
    }

    /** What the store records of the payload an article row came from. */
    public static SourceInfo sourceInfo(Row article) {
        return new SourceInfo(sourceRef(article), article.<Long>getAs("size"), opt(article, "content_type"));
    }

    static SourceRef sourceRef(Row r) {
        String format = r.getAs("format");
        SourceFormat f;
        try {
            f = SourceFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown source format in the articles table: " + format, e);
        }
        Long offset = r.getAs("warc_offset");
        Optional<Instant> fetched;
        try {
            fetched = opt(r, "fetched_at").map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("fetched_at is not an instant: " + r.getAs("fetched_at"), e);
        }
        return new SourceRef(opt(r, "path"), r.getAs("sha256"), f, opt(r, "url"), opt(r, "warc_record_id"),
                offset == null ? OptionalLong.empty() : OptionalLong.of(offset), fetched);
    }

    static Article toArticle(Row r) {
        Optional<DateEstimate> estimate = opt(r, "published_estimate")
                .map(v -> new DateEstimate(v, opt(r, "published_estimate_basis").orElse("")));
        List<ForeignText> foreign = new ArrayList<>();
        for (Row f : r.<Row>getList(r.fieldIndex("foreign_captions"))) {
            foreign.add(new ForeignText(f.getAs("text"), f.getAs("language")));
        }
        return Article.builder(sourceRef(r)).title(opt(r, "title")).authors(strings(r, "authors"))
                .publisher(opt(r, "publisher")).wire(opt(r, "wire")).published(opt(r, "published"))
                .publishedEstimate(estimate).language(opt(r, "language")).dateline(opt(r, "dateline"))
                .body(r.getAs("body")).captions(strings(r, "captions")).foreignCaptions(foreign).build();
    }

    static Entity toEntity(Row r) {
        return new Entity(r.getAs("id"), r.getAs("name"), EntityType.valueOf(r.getAs("type")), strings(r, "aliases"),
                r.<Integer>getAs("mentions"), strings(r, "titles"), opt(r, "country"),
                List.copyOf(r.<Integer>getList(r.fieldIndex("offsets"))));
    }

    static Quote toQuote(Row r) {
        return new Quote(r.getAs("text"), opt(r, "speaker"), opt(r, "speaker_id"), opt(r, "speaker_title"),
                r.<Boolean>getAs("direct"), r.<Integer>getAs("offset"));
    }

    /** The event of an {@code events} row (or any row with the event's columns). */
    public static Event toEvent(Row r) {
        return new Event(r.getAs("type"), opt(r, "mode"), status(r.getAs("status")), opt(r, "actor"),
                opt(r, "actor_id"), opt(r, "actor_country"), opt(r, "target"), opt(r, "target_id"),
                opt(r, "target_country"), opt(r, "location"), opt(r, "date"), r.getAs("evidence"),
                r.<Integer>getAs("offset"), r.<Double>getAs("confidence"));
    }

    static EventStatus status(String name) {
        try {
            return EventStatus.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event status: " + name, e);
        }
    }

    // ------------------------------------------------------------------ helpers shared by the job's tables

    /** A row with its schema, so fields can be read by name before it reaches a Dataset. */
    public static Row row(StructType schema, Object... values) {
        if (values.length != schema.size()) {
            throw new IllegalArgumentException(schema.size() + " columns, " + values.length + " values");
        }
        return new GenericRowWithSchema(values, schema);
    }

    /** A Scala sequence of {@code values}: what a Row holds for an array column. */
    public static <T> scala.collection.immutable.Seq<T> seq(Collection<T> values) {
        return CollectionConverters.asScala(List.copyOf(values)).toList();
    }

    /** The rows of {@code values}, as a Scala sequence for an array-of-struct column. */
    public static <T> scala.collection.immutable.Seq<Row> seq(Collection<T> values, Function<T, Row> toRow) {
        return seq(values.stream().map(toRow).toList());
    }

    /** The string field {@code name}, empty when null. */
    public static Optional<String> opt(Row r, String name) {
        return Optional.ofNullable(r.getAs(name));
    }

    static List<String> strings(Row r, String name) {
        return List.copyOf(r.<String>getList(r.fieldIndex(name)));
    }

    static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    /** {@code schema} with {@code fields} added at the front. */
    public static StructType prefixed(StructType schema, StructField... fields) {
        List<StructField> all = new ArrayList<>(List.of(fields));
        all.addAll(List.of(schema.fields()));
        return DataTypes.createStructType(all);
    }

    /** A nullable column definition. */
    public static StructField column(String name, DataType type) {
        return field(name, type, true);
    }
}
