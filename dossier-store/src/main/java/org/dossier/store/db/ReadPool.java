package org.dossier.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A few read-only connections, opened as needed, so that reads run side by side with each other and
 * with the writer: SQLite in WAL mode lets readers see the last committed state while a write goes
 * on. Each read runs in its own transaction, so the several statements of one query (an article and
 * its entities, a timeline entry and its sources) see one consistent snapshot. Thread-safe.
 */
final class ReadPool {
    /** Work done with one connection's tables. */
    interface Query<T> {
        T run(Tables tables) throws SQLException;
    }

    /** Opens one read-only connection. */
    interface Opener {
        Connection open() throws StoreException;
    }

    private final Opener opener;
    private final String where;
    private final int size;
    private final Deque<Tables> idle = new ArrayDeque<>();
    private int opened;
    private boolean closed;

    /**
     * @param where names the store in errors
     * @param size  at most this many connections
     */
    ReadPool(Opener opener, String where, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        this.opener = opener;
        this.where = where;
        this.size = size;
    }

    /** Runs {@code q} on an idle connection, waiting for one when all are busy. */
    <T> T read(Query<T> q) throws StoreException, SQLException {
        Tables t = acquire();
        boolean healthy = false;
        try {
            Connection c = t.db.connection();
            c.setAutoCommit(false);
            try {
                return q.run(t);
            } finally {
                // Ends the read transaction (nothing was written, so commit and rollback are alike).
                c.setAutoCommit(true);
                healthy = true;
            }
        } finally {
            release(t, healthy);
        }
    }

    private Tables acquire() throws StoreException {
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new StoreException(where, "the store is closed");
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (opened < size) {
                    opened++;
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException(where, "interrupted while waiting for a connection");
                }
            }
        }
        // Opened outside the lock: other readers need not wait for the file to open.
        try {
            return new Tables(new Db(opener.open()));
        } catch (StoreException | RuntimeException e) {
            synchronized (this) {
                opened--;
                notifyAll();
            }
            throw e;
        }
    }

    /** Returns a connection; one whose transaction could not be ended, or of a closed pool, is closed. */
    private void release(Tables t, boolean healthy) {
        synchronized (this) {
            if (healthy && !closed) {
                idle.push(t);
                notifyAll();
                return;
            }
            opened--;
            notifyAll();
        }
        close(t);
    }

    /** Closes the idle connections now and the busy ones as they come back; later reads fail. */
    void close() {
        Deque<Tables> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            opened -= idle.size();
            idle.clear();
            notifyAll();
        }
        toClose.forEach(ReadPool::close);
    }

    private static void close(Tables t) {
        t.db.closeStatements();
        try {
            t.db.connection().close();
        } catch (SQLException e) {
            // a read-only connection holds nothing to lose
        }
    }
}
