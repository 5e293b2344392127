package org.dossier.store.db;

/**
 * The table accessors of one connection. Each connection has its own, since the prepared
 * statements they keep belong to it. Not thread-safe: used by one thread at a time.
 */
final class Tables {
    final Db db;
    final SourceDao sources;
    final ArticleDao articles;
    final EntityDao entities;
    final QuoteDao quotes;
    final EventDao events;
    final TimelineDao timeline;
    final ErrorDao errors;

    Tables(Db db) {
        this.db = db;
        this.sources = new SourceDao(db);
        this.articles = new ArticleDao(db);
        this.entities = new EntityDao(db);
        this.quotes = new QuoteDao(db);
        this.events = new EventDao(db);
        this.timeline = new TimelineDao(db);
        this.errors = new ErrorDao(db);
    }
}
