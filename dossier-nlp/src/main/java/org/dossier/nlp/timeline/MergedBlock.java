package org.dossier.nlp.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One block's entries, kept between merges by a writer that adds a few reports at a time (a store, article
 * after article; {@link Timeline#add(Map, Collection)}). What the merge of a block needs besides placing its
 * reports is done once per report rather than once per merge: each report's comparison keys are computed
 * when it arrives, and the reports stay in canonical order, a new one inserted rather than all sorted again.
 * An entry that comes out of a merge as it went in is the same object, so the writer finds what changed by
 * identity instead of comparing entries of thousands of reports. The entries are always those {@link
 * Timeline#mergeReports} gives for the block's reports.
 *
 * <p>Not thread-safe: one writer owns a block. When an add throws, the writer must drop the blocks it gave.
 */
public final class MergedBlock {
    private final BlockKey key;
    /** The block's reports in {@link BlockMerger#CANONICAL} order, each once. */
    private final List<BlockMerger.Item> items;
    /** The same items in {@link BlockMerger#READING_ORDER}, the order an entry lists its reports in. */
    private final List<BlockMerger.Item> reading;
    private final Map<Report.Identity, BlockMerger.Item> byIdentity;
    private List<TimelineEntry> entries;
    private boolean changed;

    private MergedBlock(BlockKey key, List<BlockMerger.Item> items, List<BlockMerger.Item> reading,
                        Map<Report.Identity, BlockMerger.Item> byIdentity, List<TimelineEntry> entries) {
        this.key = key;
        this.items = items;
        this.reading = reading;
        this.byIdentity = byIdentity;
        this.entries = entries;
    }

    /**
     * Block {@code key} as a store keeps it: {@code entries} must be all of its entries (none for a block not
     * seen yet), as a merge gave them. They are taken as they are, not merged again; of two equal reports
     * (same article and event) the later counts, as in {@link Timeline#add(Collection, Collection)}.
     *
     * @throws IllegalArgumentException if an entry is of another block
     */
    public static MergedBlock of(BlockKey key, Collection<TimelineEntry> entries) {
        Map<Report.Identity, BlockMerger.Item> byIdentity = new HashMap<>();
        for (TimelineEntry e : entries) {
            if (!e.block().equals(key)) {
                throw new IllegalArgumentException("entry " + e.id() + " is of block " + e.block() + ", not " + key);
            }
            for (Report r : e.allReports()) {
                BlockMerger.Item it = new BlockMerger.Item(key, r);
                byIdentity.put(it.identity, it);
            }
        }
        List<BlockMerger.Item> items = new ArrayList<>(byIdentity.values());
        List<BlockMerger.Item> reading = new ArrayList<>(items);
        items.sort(BlockMerger.CANONICAL);
        reading.sort(BlockMerger.READING_ORDER);
        return new MergedBlock(key, items, reading, byIdentity, List.copyOf(entries));
    }

    public BlockKey key() {
        return key;
    }

    /** The block's entries, in the order the merge created them. */
    public List<TimelineEntry> entries() {
        return entries;
    }

    /** Takes out the report equal to {@code identity}, if held; {@link #merge} makes the entries follow. */
    void remove(Report.Identity identity) {
        BlockMerger.Item it = byIdentity.remove(identity);
        if (it != null) {
            items.remove(position(items, it, BlockMerger.CANONICAL));
            reading.remove(position(reading, it, BlockMerger.READING_ORDER));
            changed = true;
        }
    }

    /**
     * Holds {@code r}, in place of an equal report held; {@link #merge} makes the entries follow. A report
     * given again exactly as held (an article whose group or countries were checked and did not change) is
     * left as it is, the object held, so that its entry does not change either.
     */
    void put(Report r) {
        if (!r.blockKey().equals(key)) {
            throw new IllegalArgumentException("report of " + r.sha256() + " is of block " + r.blockKey() + ", not " + key);
        }
        BlockMerger.Item it = new BlockMerger.Item(key, r);
        BlockMerger.Item held = byIdentity.get(it.identity);
        if (held != null && held.report.equals(r)) {
            return;
        }
        remove(it.identity);
        byIdentity.put(it.identity, it);
        insert(items, it, BlockMerger.CANONICAL);
        insert(reading, it, BlockMerger.READING_ORDER);
        changed = true;
    }

    /** Merges the reports again if they changed; entries that come out as they were stay the same objects. */
    void merge() {
        if (!changed) {
            return;
        }
        Map<String, TimelineEntry> previous = new HashMap<>();
        entries.forEach(e -> previous.put(e.id(), e));
        entries = List.copyOf(BlockMerger.mergeSorted(key, items, reading, previous));
        changed = false;
    }

    private static void insert(List<BlockMerger.Item> list, BlockMerger.Item it, Comparator<BlockMerger.Item> order) {
        int at = Collections.binarySearch(list, it, order);
        list.add(at < 0 ? -at - 1 : at, it);
    }

    /**
     * Where {@code it}, a held item, is in {@code list}, sorted by {@code order}. Reading order may tie two
     * reports (same article, place and event text), so the items that compare equal are searched for the
     * one held.
     */
    private int position(List<BlockMerger.Item> list, BlockMerger.Item it, Comparator<BlockMerger.Item> order) {
        int at = Collections.binarySearch(list, it, order);
        if (at >= 0) {
            for (int i = at; i >= 0 && order.compare(list.get(i), it) == 0; i--) {
                if (list.get(i) == it) {
                    return i;
                }
            }
            for (int i = at + 1; i < list.size() && order.compare(list.get(i), it) == 0; i++) {
                if (list.get(i) == it) {
                    return i;
                }
            }
        }
        // Only a comparator that is not consistent lands here.
        throw new IllegalStateException("report of " + it.report.sha256() + " not found in block " + key);
    }
}
