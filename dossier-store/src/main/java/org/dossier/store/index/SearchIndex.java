package org.dossier.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dossier.store.query.Filter;
import org.dossier.store.query.SearchHit;

/**
 * The full-text index (Lucene, BM25) over articles, quotes and events. It is derived data: the store
 * writes SQLite first and this index after, and rebuilds whatever the index lacks when it opens.
 * Documents become visible to {@link #search} at once in the writing process and to other processes
 * after {@link #commit}. Thread-safe (Lucene's writer and searcher manager are).
 */
public final class SearchIndex implements Closeable {
    private static final String KEY = "key";
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String ARTICLE = "article";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String NAMES = "names";
    private static final String ENTITY = "entity";
    private static final String TYPE = "type";
    private static final String PUBLISHER = "publisher";
    private static final String DAY_FIRST = "day_first";
    private static final String DAY_LAST = "day_last";
    private static final int SNIPPET_CHARS = 200;

    private final Directory directory;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the index in {@code dir} for writing, creating it when absent ({@code create} replaces
     * whatever is there).
     *
     * @throws LockObtainFailedException when another process writes to it
     * @throws IOException               when it is damaged or unreadable
     */
    public static SearchIndex openWritable(Path dir, boolean create) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(new TextAnalyzer())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(32);
            IndexWriter writer = new IndexWriter(directory, config);
            return new SearchIndex(directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Opens the committed index in {@code dir} for reading only; an absent index reads as empty. */
    public static SearchIndex openReadOnly(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            SearcherManager searchers = DirectoryReader.indexExists(directory)
                    ? new SearcherManager(directory, null) : null;
            return new SearchIndex(directory, null, searchers);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Replaces every document of {@code articleId} by {@code docs} (none to delete the article). */
    public void replace(long articleId, List<IndexDoc> docs) throws IOException {
        requireWritable();
        writer.deleteDocuments(new Term(ARTICLE, Long.toString(articleId)));
        for (IndexDoc d : docs) {
            writer.addDocument(document(d));
        }
    }

    /** Makes every change durable and visible to other processes. */
    public void commit() throws IOException {
        requireWritable();
        writer.commit();
    }

    /** Drops every document (before a rebuild). */
    public void clear() throws IOException {
        requireWritable();
        writer.deleteAll();
    }

    /** Ids of the articles that have an article document. */
    public Set<Long> articleIds() throws IOException {
        Set<Long> ids = new HashSet<>();
        if (searchers == null) {
            return ids;
        }
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            searcher.search(new TermQuery(new Term(KIND, kindName(SearchHit.Kind.ARTICLE))), new SimpleCollector() {
                private NumericDocValues values;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    values = context.reader().getNumericDocValues(ARTICLE);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values != null && values.advanceExact(doc)) {
                        ids.add(values.longValue());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } finally {
            searchers.release(searcher);
        }
        return ids;
    }

    /** How many documents of {@code kind} the index holds. */
    public int count(SearchHit.Kind kind) throws IOException {
        if (searchers == null) {
            return 0;
        }
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(KIND, kindName(kind))));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The best matches for {@code q}, best first. */
    public List<IndexHit> search(IndexQuery q) throws IOException {
        List<IndexHit> hits = new ArrayList<>();
        if (searchers == null) {
            return hits;
        }
        refresh();
        Query textQuery = textQuery(q.text());
        Query query = withFilters(textQuery, q);
        IndexSearcher searcher = searchers.acquire();
        try {
            Filter f = q.filter();
            int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, (long) f.limit() + f.offset());
            wanted = Math.min(wanted, Math.max(1, searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(query, wanted);
            ScoreDoc[] docs = top.scoreDocs;
            if (docs.length <= f.offset()) {
                return hits;
            }
            ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, f.offset(), docs.length);
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            String[] snippets = q.text().isBlank() ? new String[page.length]
                    : highlighter(searcher).highlight(TEXT, textQuery, pageDocs, 1);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                Document doc = stored.document(page[i].doc);
                String snippet = snippets[i] != null ? snippets[i].strip() : lead(doc.get(TEXT));
                hits.add(new IndexHit(SearchHit.Kind.valueOf(doc.get(KIND).toUpperCase(Locale.ROOT)),
                        doc.getField(ID).numericValue().longValue(),
                        Long.parseLong(doc.get(ARTICLE)), q.text().isBlank() ? 0f : page[i].score, snippet));
            }
        } finally {
            searchers.release(searcher);
        }
        return hits;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("[[", "]]", " … ", false))
                .withMaxLength(1 << 20)
                .build();
    }

    private Query textQuery(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f, NAMES, 1.5f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(text);
        // A query of nothing but operators or punctuation parses to nothing: it matches nothing.
        return parsed == null ? new BooleanQuery.Builder().build() : parsed;
    }

    private static Query withFilters(Query text, IndexQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        Filter f = q.filter();
        q.kind().ifPresent(k -> b.add(new TermQuery(new Term(KIND, kindName(k))), BooleanClause.Occur.FILTER));
        f.entity().ifPresent(e -> b.add(new TermQuery(new Term(ENTITY, e)), BooleanClause.Occur.FILTER));
        f.type().ifPresent(t -> b.add(new TermQuery(new Term(TYPE, t.toUpperCase(Locale.ROOT))),
                BooleanClause.Occur.FILTER));
        f.publisher().ifPresent(p -> b.add(new TermQuery(new Term(PUBLISHER, p.toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.FILTER));
        f.since().ifPresent(s -> b.add(LongPoint.newRangeQuery(DAY_LAST, s.first().toEpochDay(), Long.MAX_VALUE),
                BooleanClause.Occur.FILTER));
        f.until().ifPresent(u -> b.add(LongPoint.newRangeQuery(DAY_FIRST, Long.MIN_VALUE, u.last().toEpochDay()),
                BooleanClause.Occur.FILTER));
        return b.build();
    }

    private static String lead(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= SNIPPET_CHARS ? t : t.substring(0, SNIPPET_CHARS) + " …";
    }

    private static Document document(IndexDoc d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, kindName(d.kind()) + ":" + d.id(), Field.Store.NO));
        doc.add(new StringField(KIND, kindName(d.kind()), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new StringField(ARTICLE, Long.toString(d.articleId()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ARTICLE, d.articleId()));
        if (!d.title().isEmpty()) {
            doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
        }
        doc.add(new TextField(TEXT, d.text(), Field.Store.YES));
        doc.add(new TextField(NAMES, d.names(), Field.Store.NO));
        d.entityIds().forEach(e -> doc.add(new StringField(ENTITY, e, Field.Store.NO)));
        d.type().ifPresent(t -> doc.add(new StringField(TYPE, t.toUpperCase(Locale.ROOT), Field.Store.NO)));
        d.publisher().ifPresent(p -> doc.add(new StringField(PUBLISHER, p.toLowerCase(Locale.ROOT), Field.Store.NO)));
        d.span().ifPresent(s -> {
            doc.add(new LongPoint(DAY_FIRST, s.first().toEpochDay()));
            doc.add(new LongPoint(DAY_LAST, s.last().toEpochDay()));
        });
        return doc;
    }

    private static String kindName(SearchHit.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the index was opened read-only");
        }
    }

    /** Commits pending changes (when writable) and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
