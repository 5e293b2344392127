package org.dossier.bench;

import java.util.List;

/**
 * The inputs of a benchmark, handed out one per invocation in a fixed cycle, so that a measured
 * iteration spreads over all of them in their order. Not thread-safe: one per benchmark thread.
 */
final class Rotation<T> {
    private final List<T> items;
    private int next;

    Rotation(List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to rotate through");
        }
        this.items = List.copyOf(items);
    }

    /** The position of the next item, moving the cycle on. */
    int nextIndex() {
        int i = next;
        next = i + 1 == items.size() ? 0 : i + 1;
        return i;
    }

    /** The next item, moving the cycle on. */
    T next() {
        return items.get(nextIndex());
    }

    T get(int index) {
        return items.get(index);
    }

    int size() {
        return items.size();
    }
}
