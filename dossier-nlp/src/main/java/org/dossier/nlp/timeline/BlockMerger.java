package org.dossier.nlp.timeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.dossier.core.model.DateSpan;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventStatus;

/**
 * The merge of one block's reports into entries: a pure function of the set of reports, whatever
 * their order (they are sorted into one canonical order first). The rules are in the package
 * documentation; the comments here say how they are applied. Stateless; each call uses only local state.
 */
final class BlockMerger {
    /** The longest span an entry built from day-precise reports may have; no chain of reports grows one further. */
    static final int MAX_ENTRY_DAYS = 31;

    private BlockMerger() {
    }

    /** How a report is dated, from the most to the least precise; reports are placed in this order. */
    enum Level { DAY, MONTH, YEAR, WIDE, UNDATED }

    /**
     * A report with what the merge compares, computed once: per merge, or once for as long as a {@link
     * MergedBlock} holds the report. Immutable but for the last tie-break, computed at most once on demand.
     */
    static final class Item {
        final Report report;
        /** The report's identity: a report given again replaces the one held. */
        final Report.Identity identity;
        /** The article's publication day, for reading order: the first day of its date, undated last. */
        final LocalDate published;
        final Optional<DateSpan> span;
        final Level level;
        final Optional<String> mode;
        /** The acting party (the first, for a pair-blocked meeting) and its country. */
        final Optional<String> actor;
        final Optional<String> actorCountry;
        /** The other party: the target, or the second party of a meeting, and its country. */
        final Optional<String> party;
        final Optional<String> partyCountry;
        final Optional<Places.Place> place;
        final boolean anonymous;
        /** Where an undated report's event may lie (from the article's date and the status); the span otherwise. */
        final DateSpan bound;
        final int unknowns;
        final int rank;
        /** Day-precise: the longer first, so single days join the range that holds them; else the narrower first. */
        final long lengthKey;
        private String order;

        Item(BlockKey key, Report r) {
            Event e = r.event();
            report = r;
            identity = r.identity();
            published = publishedDay(r);
            span = e.date().flatMap(DateSpan::parse);
            level = span.map(s -> Level.valueOf(s.level().name())).orElse(Level.UNDATED);
            mode = e.mode().map(m -> m.strip().toLowerCase(Locale.ROOT)).filter(m -> !m.isEmpty());
            boolean swap = BlockKey.pairBlocked(e) && SIDE_ORDER.compare(side(e.targetId().get(), e.targetCountry()),
                    side(e.actorId().get(), e.actorCountry())) < 0;
            // A pair block lists the countries in order; the parties are put in the same order.
            Optional<String> ac = swap ? e.targetCountry() : e.actorCountry();
            Optional<String> tc = swap ? e.actorCountry() : e.targetCountry();
            actor = swap ? e.targetId() : e.actorId();
            actorCountry = actor.map(id -> BlockKey.countryKey(id, ac));
            party = swap ? e.actorId() : e.targetId();
            partyCountry = party.map(id -> BlockKey.countryKey(id, tc));
            place = Places.of(e.location());
            anonymous = key.actor().equals(BlockKey.NO_ACTOR);
            bound = span.orElseGet(() -> undatedBound(r));
            unknowns = (mode.isEmpty() ? 1 : 0) + (party.isEmpty() ? 2 : party.get().startsWith("country/") ? 1 : 0)
                    + (actor.isPresent() && actor.get().startsWith("country/") ? 1 : 0) + (place.isEmpty() ? 1 : 0);
            rank = rank(e.status());
            lengthKey = span.map(s -> level == Level.DAY ? -s.days() : s.days()).orElse(0L);
        }

        /** The last tie-break: the report itself (computed only when the other keys tie). */
        String order() {
            if (order == null) {
                order = report.sha256() + "|" + (1_000_000_000L + report.event().offset()) + "|" + report.event();
            }
            return order;
        }

        private static String[] side(String id, Optional<String> country) {
            return new String[] {BlockKey.countryKey(id, country), id.startsWith("country/") ? "1" + id : "0" + id};
        }

        /**
         * What must be equal for reports that can only merge with copies of themselves. The status too: an
         * undated article that recalls "the first summit in June" and expects "a second summit" names two
         * meetings of the same parties, and copies of one report agree on its status.
         */
        String signature() {
            Event e = report.event();
            return mode + "|" + actor + "|" + party + "|" + e.actor().map(Places::key) + "|"
                    + e.target().map(Places::key) + "|" + place.map(Places.Place::key) + "|"
                    + span.map(DateSpan::format) + "|" + e.status();
        }
    }

    /** An entry being built. */
    private static final class Cluster {
        /** Creation order: when a report fits several entries, the first created is the one kept. */
        final int index;
        final Level level;
        final boolean restricted;
        final Item founder;
        DateSpan span;
        Optional<String> mode;
        Optional<String> actor;
        Optional<String> actorCountry;
        Optional<String> party;
        Optional<String> partyCountry;
        Optional<Places.Place> place;
        final List<Item> members = new ArrayList<>();
        final Set<Item> ambiguous = new LinkedHashSet<>();
        /** The reports of {@link #members} and {@link #ambiguous} in reading order, once the placing is done. */
        final List<Report> sourcesRead = new ArrayList<>();
        final List<Report> ambiguousRead = new ArrayList<>();
        /** The key of the reports a restricted entry may hold, for {@link Clusters#candidates}. */
        final String restrictedKey;
        Cluster mergedInto;

        Cluster(int index, Item founder) {
            this.index = index;
            this.founder = founder;
            // Reports with no actor id, and undated reports that fit no dated entry, cannot be told apart
            // from other events: they merge only with copies of themselves from the same duplicate group.
            restricted = founder.anonymous || founder.level == Level.UNDATED;
            restrictedKey = restricted ? Clusters.restrictedKey(founder) : "";
            level = founder.level;
            span = founder.bound;
            mode = founder.mode;
            actor = founder.actor;
            actorCountry = founder.actorCountry;
            party = founder.party;
            partyCountry = founder.partyCountry;
            place = founder.place;
            members.add(founder);
        }
    }

    /** Parties of a meeting by country key, then people and organisations before countries, then id. */
    private static final Comparator<String[]> SIDE_ORDER = Comparator.comparing((String[] side) -> side[0])
            .thenComparing(side -> side[1]);

    /** The order reports are placed in: a total order, so the merge does not depend on the order given. */
    static final Comparator<Item> CANONICAL = Comparator
            .comparing((Item i) -> i.level)
            // how much of the event the report leaves open: more specific reports are placed first
            .thenComparingInt(i -> i.unknowns)
            .thenComparingInt(i -> i.rank)
            .thenComparingLong(i -> i.lengthKey)
            .thenComparing(i -> i.bound.first())
            .thenComparing(Item::order);

    /** The entries of one block's reports (all of {@code reports} must be of {@code key}). */
    static List<TimelineEntry> merge(BlockKey key, List<Report> reports) {
        Map<Report.Identity, Item> unique = new HashMap<>();
        for (Report r : reports) {
            Item it = new Item(key, r);
            unique.merge(it.identity, it, (a, b) -> REPORT_ORDER.compare(a.report, b.report) <= 0 ? a : b);
        }
        List<Item> items = new ArrayList<>(unique.values());
        List<Item> reading = new ArrayList<>(items);
        items.sort(CANONICAL);
        reading.sort(READING_ORDER);
        return mergeSorted(key, items, reading, Map.of());
    }

    /**
     * The entries of {@code items}, distinct reports of block {@code key} in {@link #CANONICAL} order, and
     * {@code reading} the same items in {@link #READING_ORDER}. An entry equal to one of {@code previous} (by
     * id) is returned as that object, so a caller holding the previous entries sees by identity which ones
     * did not change.
     */
    static List<TimelineEntry> mergeSorted(BlockKey key, List<Item> items, List<Item> reading,
                                           Map<String, TimelineEntry> previous) {
        Clusters clusters = new Clusters();
        for (Item it : items) {
            place(it, clusters);
        }
        List<Cluster> live = clusters.all.stream().filter(c -> c.mergedInto == null).toList();
        // An ambiguous report left in one entry after day-precise entries were joined is no longer ambiguous.
        Map<Item, Integer> holders = new IdentityHashMap<>();
        live.forEach(c -> c.ambiguous.forEach(i -> holders.merge(i, 1, Integer::sum)));
        for (Cluster c : live) {
            for (Item i : List.copyOf(c.ambiguous)) {
                if (holders.get(i) == 1) {
                    c.ambiguous.remove(i);
                    c.members.add(i);
                }
            }
        }
        // Each entry lists its reports in reading order. The block's items are dealt out to their entries in
        // that order, rather than each entry's reports sorted again: an undated report that fits every entry
        // of a large block would be sorted once per entry, at every merge.
        Map<Item, Cluster> owner = new IdentityHashMap<>();
        Map<Item, List<Cluster>> fitted = new IdentityHashMap<>();
        for (Cluster c : live) {
            c.members.forEach(m -> owner.put(m, c));
            c.ambiguous.forEach(a -> fitted.computeIfAbsent(a, k -> new ArrayList<>(2)).add(c));
        }
        for (Item it : reading) {
            Cluster c = owner.get(it);
            if (c != null) {
                c.sourcesRead.add(it.report);
            }
            fitted.getOrDefault(it, List.of()).forEach(h -> h.ambiguousRead.add(it.report));
        }
        List<TimelineEntry> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Cluster c : live) {
            TimelineEntry e = entry(key, c);
            int n = ids.merge(e.id(), 1, Integer::sum);
            out.add(unchanged(n == 1 ? e : withId(e, e.id() + "-" + n), previous));
        }
        return out;
    }

    /** {@code built}, or the entry of {@code previous} with its id when that one is equal to it. */
    private static TimelineEntry unchanged(TimelineEntry built, Map<String, TimelineEntry> previous) {
        TimelineEntry old = previous.get(built.id());
        if (old == null || !sameReports(old.sources(), built.sources())
                || !sameReports(old.ambiguousSources(), built.ambiguousSources())) {
            return built;
        }
        // The reports are equal: compare the rest, with the old lists so that they compare as the same object.
        return withReports(built, old.sources(), old.ambiguousSources()).equals(old) ? old : built;
    }

    /** Equal lists of reports, checked by identity first: a held report is most often the same object. */
    private static boolean sameReports(List<Report> a, List<Report> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void place(Item it, Clusters clusters) {
        List<Cluster> fits = new ArrayList<>();
        for (Cluster c : clusters.candidates(it)) {
            if (fits(it, c)) {
                fits.add(c);
            }
        }
        if (fits.isEmpty()) {
            clusters.add(it);
        } else if (fits.size() == 1) {
            join(clusters, fits.get(0), it);
        } else if (bridges(it, fits)) {
            // A day-precise report overlapping several day-precise entries is one event seen on several
            // days (arrival, talks, departure): the entries become one.
            Cluster first = fits.get(0);
            for (Cluster other : fits.subList(1, fits.size())) {
                absorb(clusters, first, other);
            }
            join(clusters, first, it);
        } else {
            // Fits several events equally well: attached to each, counted in none, merging none.
            fits.forEach(c -> c.ambiguous.add(it));
        }
    }

    /**
     * The entries of a block being built, indexed so that a report is compared only with entries whose
     * dates can overlap its own: by first day, separately per level, since the level bounds how long an
     * entry can be (31 days for day-precise entries, 62 and 366 for month and year ones).
     */
    private static final class Clusters {
        final List<Cluster> all = new ArrayList<>();
        private final Map<Level, NavigableMap<LocalDate, List<Cluster>>> byStart = new EnumMap<>(Level.class);
        private final List<Cluster> wide = new ArrayList<>();
        private final Map<String, List<Cluster>> restricted = new HashMap<>();

        void add(Item founder) {
            Cluster c = new Cluster(all.size(), founder);
            all.add(c);
            if (c.restricted) {
                restricted.computeIfAbsent(c.restrictedKey, k -> new ArrayList<>()).add(c);
            } else if (c.level == Level.WIDE) {
                wide.add(c);
            } else {
                index(c);
            }
        }

        /** The live entries {@code it} may fit, in creation order. */
        List<Cluster> candidates(Item it) {
            String key = restricted.isEmpty() ? "" : restrictedKey(it);
            if (it.level == Level.UNDATED && !it.anonymous) {
                // Every live entry but the restricted ones of other reports: read in creation order, not sorted.
                List<Cluster> out = new ArrayList<>();
                for (Cluster c : all) {
                    if (c.mergedInto == null && (!c.restricted || c.restrictedKey.equals(key))) {
                        out.add(c);
                    }
                }
                return out;
            }
            List<Cluster> out = new ArrayList<>(restricted.isEmpty() ? List.of() : restricted.getOrDefault(key,
                    List.of()));
            if (!it.anonymous) {
                out.addAll(wide);
                for (Map.Entry<Level, NavigableMap<LocalDate, List<Cluster>>> e : byStart.entrySet()) {
                    NavigableMap<LocalDate, List<Cluster>> m = e.getValue();
                    if (it.level != Level.UNDATED) {
                        m = m.subMap(it.bound.first().minusDays(maxDays(e.getKey())), true, it.bound.last(), true);
                    }
                    m.values().forEach(out::addAll);
                }
            }
            out.sort(Comparator.comparingInt(c -> c.index));
            return out;
        }

        /** Call before a live, unrestricted entry's span changes; {@link #index} after. */
        void unindex(Cluster c) {
            if (c.restricted || c.level == Level.WIDE) {
                return;
            }
            NavigableMap<LocalDate, List<Cluster>> m = byStart.get(c.level);
            List<Cluster> list = m.get(c.span.first());
            list.remove(c);
            if (list.isEmpty()) {
                m.remove(c.span.first());
            }
        }

        void index(Cluster c) {
            if (c.restricted || c.level == Level.WIDE || c.mergedInto != null) {
                return;
            }
            byStart.computeIfAbsent(c.level, k -> new TreeMap<>())
                    .computeIfAbsent(c.span.first(), k -> new ArrayList<>()).add(c);
        }

        private static long maxDays(Level level) {
            return switch (level) {
                case DAY -> MAX_ENTRY_DAYS;
                case MONTH -> 62;
                default -> 366;
            };
        }

        private static String restrictedKey(Item it) {
            return it.report.duplicateGroup() + "|" + it.signature();
        }
    }

    private static boolean fits(Item it, Cluster c) {
        if (c.restricted) {
            return it.report.duplicateGroup().equals(c.founder.report.duplicateGroup())
                    && it.signature().equals(c.founder.signature());
        }
        if (it.anonymous || !parties(it.party, it.partyCountry, c.party, c.partyCountry) || !modes(it.mode, c.mode)
                || !parties(it.actor, it.actorCountry, c.actor, c.actorCountry) || !it.bound.overlaps(c.span)) {
            return false;
        }
        boolean days = it.level == Level.DAY && c.level == Level.DAY;
        if (days && ChronoUnit.DAYS.between(min(it.bound.first(), c.span.first()),
                max(it.bound.last(), c.span.last())) + 1 > MAX_ENTRY_DAYS) {
            return false;
        }
        // Overlapping day-precise reports of one actor, target and mode are one event even when the places
        // differ (a venue and its city); coarser ones need compatible places ("May" in Dalian is not
        // "May" in Beijing).
        return days || Places.compatible(it.place, c.place);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean bridges(Item it, List<Cluster> fits) {
        if (it.level != Level.DAY) {
            return false;
        }
        DateSpan all = it.bound;
        for (Cluster c : fits) {
            if (c.level != Level.DAY || c.restricted) {
                return false;
            }
            all = all.union(c.span);
        }
        if (all.days() > MAX_ENTRY_DAYS) {
            return false;
        }
        for (int a = 0; a < fits.size(); a++) {
            for (int b = a + 1; b < fits.size(); b++) {
                Cluster x = fits.get(a);
                Cluster y = fits.get(b);
                if (!modes(x.mode, y.mode) || !parties(x.actor, x.actorCountry, y.actor, y.actorCountry)
                        || !parties(x.party, x.partyCountry, y.party, y.partyCountry)
                        || !(x.span.overlaps(y.span) || Places.compatible(x.place, y.place))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void join(Clusters clusters, Cluster c, Item it) {
        c.members.add(it);
        if (!c.restricted && it.level != Level.UNDATED) {
            clusters.unindex(c);
            if (c.level == Level.DAY && it.level == Level.DAY) {
                c.span = c.span.union(it.bound);
            } else if (c.level != Level.DAY) {
                c.span = c.span.intersection(it.bound).orElse(c.span);
            }
            clusters.index(c);
        }
        refine(c, it.mode, it.actor, it.actorCountry, it.party, it.partyCountry, it.place);
    }

    private static void absorb(Clusters clusters, Cluster into, Cluster other) {
        clusters.unindex(into);
        clusters.unindex(other);
        into.members.addAll(other.members);
        into.ambiguous.addAll(other.ambiguous);
        into.span = into.span.union(other.span);
        refine(into, other.mode, other.actor, other.actorCountry, other.party, other.partyCountry, other.place);
        other.mergedInto = into;
        clusters.index(into);
    }

    /** Fills what the entry does not know yet, and prefers a person to their country, a city to its country. */
    private static void refine(Cluster c, Optional<String> mode, Optional<String> actor, Optional<String> actorCountry,
                               Optional<String> party, Optional<String> partyCountry, Optional<Places.Place> place) {
        c.mode = c.mode.or(() -> mode);
        if (finer(c.actor, actor, actorCountry)) {
            c.actor = actor;
            c.actorCountry = actorCountry;
        }
        if (finer(c.party, party, partyCountry)) {
            c.party = party;
            c.partyCountry = partyCountry;
        }
        if (Places.compatible(c.place, place)) {
            c.place = Places.finer(c.place, place);
        }
    }

    /** Whether {@code id} says more than {@code known}: known is unknown, or a country {@code id} belongs to. */
    private static boolean finer(Optional<String> known, Optional<String> id, Optional<String> country) {
        if (id.isEmpty()) {
            return false;
        }
        return known.isEmpty() || (known.get().startsWith("country/") && !id.get().startsWith("country/")
                && country.equals(known));
    }

    private static boolean modes(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** Equal ids, either unknown, or a country and a person or organisation of that country. */
    private static boolean parties(Optional<String> a, Optional<String> aCountry, Optional<String> b,
                                   Optional<String> bCountry) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        return (a.get().startsWith("country/") && bCountry.equals(a))
                || (b.get().startsWith("country/") && aCountry.equals(b));
    }

    /** Status precedence: what happened beats what was recalled, planned, guessed, denied. */
    static int rank(EventStatus s) {
        return switch (s) {
            case REPORTED -> 0;
            case HISTORICAL -> 1;
            case PLANNED -> 2;
            case SPECULATED -> 3;
            case DENIED -> 4;
            case NEGATED -> 5;
        };
    }

    /**
     * Where an undated report's event can lie: before its article's date if it happened (or is denied),
     * after it if planned, anywhere if speculated or if the article has no date.
     */
    private static DateSpan undatedBound(Report r) {
        Optional<DateSpan> anchor = r.anchor();
        if (anchor.isEmpty()) {
            return new DateSpan(LocalDate.MIN, LocalDate.MAX);
        }
        return switch (r.event().status()) {
            case PLANNED -> new DateSpan(anchor.get().first(), LocalDate.MAX);
            case SPECULATED -> new DateSpan(LocalDate.MIN, LocalDate.MAX);
            default -> new DateSpan(LocalDate.MIN, anchor.get().last());
        };
    }

    /** Reports of one publication day: by file or URL, then article, then position in it. */
    private static final Comparator<Report> SAME_DAY_ORDER = Comparator
            .comparing((Report r) -> r.path().or(r::url).orElse(""))
            .thenComparing(Report::sha256)
            .thenComparingInt(r -> r.event().offset())
            .thenComparing(r -> r.event().toString())
            .thenComparing(Report::duplicateGroup);

    /** Sources in reading order: oldest article first (undated last), then by file or URL, then position. */
    static final Comparator<Report> REPORT_ORDER = Comparator.comparing(BlockMerger::publishedDay)
            .thenComparing(SAME_DAY_ORDER);

    /** The day reading order sorts a report by: its article's first day, or after every date when undated. */
    private static LocalDate publishedDay(Report r) {
        return r.published().flatMap(DateSpan::parse).map(DateSpan::first).orElse(LocalDate.MAX);
    }

    /** {@code reports} in {@link #REPORT_ORDER}, each publication date parsed once. */
    static List<Report> inReadingOrder(Collection<Report> reports) {
        record Keyed(LocalDate published, Report report) {
        }
        return reports.stream().map(r -> new Keyed(publishedDay(r), r))
                .sorted(Comparator.comparing(Keyed::published).thenComparing(Keyed::report, SAME_DAY_ORDER))
                .map(Keyed::report).toList();
    }

    /** Items in {@link #REPORT_ORDER} of their reports, with the dates the items parsed. */
    static final Comparator<Item> READING_ORDER = Comparator.comparing((Item i) -> i.published)
            .thenComparing(i -> i.report, SAME_DAY_ORDER);

    private static TimelineEntry entry(BlockKey key, Cluster c) {
        List<Report> sources = c.sourcesRead;
        List<Report> ambiguous = c.ambiguousRead;
        EventStatus status = sources.stream().map(r -> r.event().status())
                .min(Comparator.comparingInt(BlockMerger::rank)).orElseThrow();
        Optional<String> date = c.level == Level.UNDATED ? Optional.empty() : Optional.of(c.span.format());
        Optional<String> actorId = c.actor;
        Optional<String> actor = actorId.isPresent() ? nameOf(actorId.get(), sources)
                : mostCommon(sources, r -> r.event().actor());
        Optional<String> target = c.party.isPresent() ? nameOf(c.party.get(), sources)
                : mostCommon(sources, r -> r.event().targetId().isEmpty() ? r.event().target() : Optional.empty());
        String id = id(key + "|" + c.mode + "|" + c.actor + "|" + c.party + "|" + c.place.map(Places.Place::key) + "|"
                + date.orElse("undated") + (c.restricted ? "|" + c.founder.report.duplicateGroup() + "|"
                + c.founder.signature() : ""));
        return new TimelineEntry(id, key, key.type(), c.mode, status, actor, actorId, target, c.party,
                c.place.map(Places.Place::name), date, sources, ambiguous);
    }

    /** The name the reports most often give the entity {@code id}, as actor or as target. */
    private static Optional<String> nameOf(String id, List<Report> sources) {
        return mostCommon(sources, r -> {
            Event e = r.event();
            if (e.actorId().equals(Optional.of(id))) {
                return e.actor();
            }
            return e.targetId().equals(Optional.of(id)) ? e.target() : Optional.empty();
        });
    }

    /** The most frequent value; a tie goes to the alphabetically first, so the order of reports does not matter. */
    private static Optional<String> mostCommon(List<Report> sources, Function<Report, Optional<String>> f) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        sources.forEach(r -> f.apply(r).map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(v -> counts.merge(v, 1, Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    private static String id(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static TimelineEntry withId(TimelineEntry e, String id) {
        return new TimelineEntry(id, e.block(), e.type(), e.mode(), e.status(), e.actor(), e.actorId(), e.target(),
                e.targetId(), e.location(), e.date(), e.sources(), e.ambiguousSources());
    }

    private static TimelineEntry withReports(TimelineEntry e, List<Report> sources, List<Report> ambiguous) {
        return new TimelineEntry(e.id(), e.block(), e.type(), e.mode(), e.status(), e.actor(), e.actorId(), e.target(),
                e.targetId(), e.location(), e.date(), sources, ambiguous);
    }
}
