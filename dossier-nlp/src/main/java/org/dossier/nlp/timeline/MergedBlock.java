package org.dossier.nlp.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
    private final Map<Report.Identity, BlockMerger.Item> byIdentity;
    private List<TimelineEntry> entries;
    private boolean changed;

    private MergedBlock(BlockKey key, List<BlockMerger.Item> items, Map<Report.Identity, BlockMerger.Item> byIdentity,
                        List<TimelineEntry> entries) {
        this.key = key;
        this.items = items;
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
        items.sort(BlockMerger.CANONICAL);
        return new MergedBlock(key, items, byIdentity, List.copyOf(entries));
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
            items.remove(position(it));
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
        int at = Collections.binarySearch(items, it, BlockMerger.CANONICAL);
        items.add(at < 0 ? -at - 1 : at, it);
        changed = true;
    }

    /** Merges the reports again if they changed; entries that come out as they were stay the same objects. */
    void merge() {
        if (!changed) {
            return;
        }
        Map<String, TimelineEntry> previous = new HashMap<>();
        entries.forEach(e -> previous.put(e.id(), e));
        entries = List.copyOf(BlockMerger.mergeSorted(key, items, previous));
        changed = false;
    }

    /** Where {@code it}, a held item, is in {@link #items}. */
    private int position(BlockMerger.Item it) {
        int at = Collections.binarySearch(items, it, BlockMerger.CANONICAL);
        if (at < 0 || items.get(at) != it) {
            // CANONICAL is total over distinct reports, so only a broken comparator lands here.
            throw new IllegalStateException("report of " + it.report.sha256() + " not found in block " + key);
        }
        return at;
    }
}
