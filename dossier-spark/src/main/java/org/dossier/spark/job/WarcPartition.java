package org.dossier.spark.job;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.model.Article;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceRef;
import org.dossier.spark.table.Tables;
import org.dossier.store.source.InputOptions;
import org.dossier.store.source.SourceItem;
import org.dossier.store.source.WarcSource;

/**
 * The rows of one task's WARC files, produced lazily: each file is streamed from its Hadoop file
 * system record by record (jwarc, through {@link WarcSource}, the same reading as {@code dossier
 * analyze}), and each HTML page goes through the executor's shared {@link Stages} as it is pulled.
 * Nothing but the current record is held. Every failure becomes an error row: a file that cannot
 * be opened, a record that cannot be read, a page that gives no article. Not thread-safe (one task).
 */
final class WarcPartition implements Iterator<Row>, AutoCloseable {
    private static final int BUFFER = 1 << 20;

    private final Iterator<WarcFiles.WarcFile> files;
    private final Configuration conf;
    private final JobConfig config;
    private final Counters counters;
    private WarcFiles.WarcFile file;
    private WarcSource warc;
    private Row next;

    WarcPartition(Iterator<WarcFiles.WarcFile> files, Map<String, String> hadoopConf, JobConfig config,
                  Counters counters) {
        this.files = files;
        this.conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        this.config = config;
        this.counters = counters;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
    }

    /** The next row, or null when every file is read. */
    private Row advance() {
        while (true) {
            if (warc == null) {
                if (!files.hasNext()) {
                    return null;
                }
                file = files.next();
                counters.files.add(1);
                Optional<Row> failed = open(file);
                if (failed.isPresent()) {
                    return failed.get();
                }
            }
            Optional<SourceItem> item = warc.next();
            if (item.isEmpty()) {
                closeFile();
                continue;
            }
            if (item.get() instanceof SourceItem.Failed f) {
                counters.readErrors.add(1);
                return result(null, null, Tables.error(file.path(), f.warcOffset(), f.warcRecordId(), Optional.empty(),
                        Optional.empty(), f.location(), "read", f.reason()));
            }
            return process(((SourceItem.Read) item.get()).source());
        }
    }

    private Optional<Row> open(WarcFiles.WarcFile f) {
        Path path = new Path(f.path());
        InputStream in = null;
        try {
            in = path.getFileSystem(conf).open(path, BUFFER);
            warc = WarcSource.open(new BufferedInputStream(in, BUFFER), f.path(), f.length(),
                    new InputOptions(config.maxInputBytes()));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the open failed already; that is the error to report
                }
            }
            counters.readErrors.add(1);
            return Optional.of(result(null, null, Tables.error(f.path(), OptionalLong.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), f.path(), "read", "cannot open the WARC file: " + message(e))));
        }
    }

    /** One page through extraction and analysis; an error row when either refuses it. */
    private Row process(Source source) {
        counters.pages.add(1);
        Stages stages = Stages.of(config);
        Article article;
        try {
            article = stages.extract(source);
        } catch (ExtractionException e) {
            return failed(source, "extract", e.reason());
        } catch (RuntimeException e) {
            return failed(source, "extract", "internal error: " + message(e));
        }
        Record record;
        try {
            record = stages.analyze(article);
        } catch (ExtractionException e) {
            return failed(source, "analyze", e.reason());
        } catch (RuntimeException e) {
            return failed(source, "analyze", "internal error: " + message(e));
        }
        counters.records.add(1);
        counters.entities.add(record.entities().size());
        counters.quotes.add(record.quotes().size());
        counters.events.add(record.events().size());
        return result(record, source, null);
    }

    private Row failed(Source source, String stage, String reason) {
        (stage.equals("extract") ? counters.extractErrors : counters.analyzeErrors).add(1);
        SourceRef ref = source.ref();
        return result(null, null, Tables.error(file.path(), ref.warcOffset(), ref.warcRecordId(), ref.url(),
                Optional.of(ref.sha256()), ref.location(), stage, reason));
    }

    /** A row of {@link AnalyzeJob#RESULT}: a record (with its payload's size and type), or an error. */
    private static Row result(Record record, Source source, Row error) {
        if (record == null) {
            return Tables.row(AnalyzeJob.RESULT, null, null, Tables.seq(List.<Row>of()), Tables.seq(List.<Row>of()),
                    Tables.seq(List.<Row>of()), error);
        }
        return Tables.row(AnalyzeJob.RESULT, Tables.month(record.article().published()),
                Tables.article(record.article(), source.size(), source.contentType()),
                Tables.seq(record.entities(), Tables::entity), Tables.seq(record.quotes(), Tables::quote),
                Tables.seq(record.events(), Tables::event), null);
    }

    private void closeFile() {
        if (warc != null) {
            counters.skippedNonHtml.add(warc.skippedNonHtml());
            counters.skippedOther.add(warc.skippedOther());
            warc.close();
            warc = null;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Closes the open file, if any (the task ended early or failed). */
    @Override
    public void close() {
        if (warc != null) {
            warc.close();
            warc = null;
        }
    }
}
