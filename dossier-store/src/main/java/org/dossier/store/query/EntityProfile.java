package org.dossier.store.query;

import java.util.List;
import java.util.Objects;

/**
 * Who an entity is across the store: its summary, and every name and title its articles give it.
 *
 * @param summary id, canonical name, type, country and counts
 * @param names   the other names articles use for it, most used first
 * @param titles  titles and affiliations articles give it ("foreign minister"), most used first
 */
public record EntityProfile(EntitySummary summary, List<String> names, List<String> titles) {
    public EntityProfile {
        Objects.requireNonNull(summary, "summary");
        names = List.copyOf(names);
        titles = List.copyOf(titles);
    }
}
