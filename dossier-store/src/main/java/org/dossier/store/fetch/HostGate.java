package org.dossier.store.fetch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and a pause after each before the next one starts.
 * Thread-safe.
 */
final class HostGate {
    private static final class Host {
        final ReentrantLock lock = new ReentrantLock();
        long nextAllowedNanos;
    }

    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    /** What runs while the host is held. */
    interface Request<T> {
        T run() throws InterruptedException;
    }

    /**
     * Waits for the host's turn, runs {@code request}, and keeps the host closed for
     * {@code delayMillis} after it finishes.
     */
    <T> T call(String host, long delayMillis, Request<T> request) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lockInterruptibly();
        try {
            long wait = h.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                return request.run();
            } finally {
                h.nextAllowedNanos = System.nanoTime() + delayMillis * 1_000_000;
            }
        } finally {
            h.lock.unlock();
        }
    }

    /** Nanoseconds until {@code host} may be asked again (0 when now). */
    long waitNanos(String host) {
        Host h = hosts.get(host);
        return h == null ? 0 : Math.max(0, h.nextAllowedNanos - System.nanoTime());
    }
}
