/**
 * The timeline: events of many articles merged into one entry per real-world event, each with every
 * article that reports it and a count of independent reports. The opposite of GDELT, where one
 * abduction became 366 events: clear rules that prefer a separate entry to a wrong merge, except where
 * a report can only be the event of one entry.
 *
 * <h2>Near-duplicates</h2>
 * {@link org.dossier.nlp.timeline.NearDuplicates} links syndicated copies and re-posts of one text
 * (MinHash over 3-word shingles, LSH bands, a containment threshold measured on real and constructed
 * pairs). Linked articles form a duplicate group; every {@link org.dossier.nlp.timeline.Report} carries
 * its article's group, and an entry's {@code reports} counts groups, not articles: a wire story run
 * by ten outlets is one report.
 *
 * <h2>The merge rules</h2>
 * <ol>
 *   <li><b>Blocks.</b> Only reports of one {@link org.dossier.nlp.timeline.BlockKey} (type, actor, year) are
 *       compared. The mode is not part of the key, since a report without a mode may be any of them.
 *       <em>Meetings and calls</em> (CONSULT meet, phone) have no direction and are often reported at the
 *       level of countries ("the two Koreas held talks", "Xi met North Korea's delegation"). So when both
 *       parties are known they are blocked by the pair of the parties' countries
 *       ({@code country/CHN+country/PRK}) and matched side by side, each side as a target is (rule 3):
 *       "Kim met Xi", "Xi met Kim" and "China and North Korea held talks" on one day are one meeting. This
 *       relies on each person's country ({@code actor_country}, {@code target_country}): the coder's, else
 *       the one every other article that gives the person a country agrees on
 *       ({@link org.dossier.nlp.timeline.PartyCountries}), so a headline's "met Xi Jinping" meets the
 *       reports that call him Chinese. A person with no country, or with two across the articles, stands
 *       for themself, and that report meets only reports that leave it empty too. A meeting whose other party is unknown stays in its actor's block.
 *       <em>For directed events a person and their country are different actors</em>: "North Korea warned"
 *       and "Kim Jong Un warned" stay two entries. A ministry's statement and a leader's speech on one day
 *       are often two events.
 *       Merging would attach every statement a country makes in a month to whichever of its officials
 *       spoke that month, and would turn a block into a whole country's activity, too large for a store
 *       or a Spark task.</li>
  <li><b>Dates are day ranges</b>: "2018-03" is 1–31 March, "2018-03-25/2018-03-28" four days. A
 *       report is <em>day-precise</em> when its range is at most 16 days, else month-, year- or
 *       wider-precise. Reports are placed one at a time, the most precise first, in one canonical order
 *       (precision, then how much the report leaves unknown, then status, then content), so the result does
 *       not depend on the order they arrive in.</li>
 *   <li><b>A report fits an entry</b> of its block when: the modes are equal or one is unknown; the
 *       targets are equal, one is unknown, or one is a country and the other a person or organisation
 *       of that country (a meeting "with China" and "with Xi Jinping" on one day); and the dates overlap.
 *       Two day-precise reports also need a joint span of at most 31 days. A coarser report also needs a
 *       compatible place ({@code Places}: equal, a country and a place in it, or a city the country
 *       table does not know). Overlapping day-precise reports do not: "Russky Island" and "Vladivostok"
 *       on the same day, same parties and mode, are one meeting.</li>
 *   <li><b>Placing a report.</b> If it fits no entry, it starts one. If it fits exactly one, it joins it.
 *       If it is day-precise and fits several day-precise entries that fit each other, they are one event
 *       seen on several days (arrival on the 25th, talks on the 26th, "from March 25 to 28") and become one
 *       entry. Otherwise it fits several events equally well ("Kim visited China in 2018" when he went
 *       three times). Then it is attached to each as an <em>ambiguous source</em>: shown, kept, counted in
 *       none, merging none. So a recollection never joins two visits, and the March 2018 and January 2019
 *       visits, or March and May 2018 (Beijing, Dalian), stay apart.</li>
 *   <li><b>Entry date.</b> The span of the day-precise reports: they report parts of the event (arrival,
 *       talks, departure), so "2018-03-25/2018-03-27" and "2018-03-25/2018-03-28" give
 *       2018-03-25/2018-03-28. With none, the intersection of the coarser ones: "2018" and "2018-03" give
 *       2018-03. Coarser reports never widen or narrow a day-precise entry.</li>
 *   <li><b>Status.</b> The best-supported: reported, then historical, planned, speculated, denied,
 *       negated. A recollection ("Kim first visited Beijing in late March") is a month-precise report
 *       that joins the reported visit as a source, and makes no entry of its own when a reported one fits.
 *       A plan ("will meet in Singapore on June 12") joins the meeting once it is reported.</li>
 *   <li><b>Undated reports</b> (no date, or one that is not ISO 8601) are blocked by their article's year
 *       and placed last. One that fits exactly one dated entry joins it. What fits is decided by its
 *       article's date: an event reported, recalled or denied happened before the article, a planned one
 *       after it. One that fits several is ambiguous. One that fits none is kept in an undated entry of
 *       its own, shown last, which only copies of the same report (same duplicate group, same type,
 *       parties, place and status) join. Two undated reports from different articles are never merged: nothing says
 *       they are the same occurrence. Reports whose article has no date either are in the block
 *       {@code undated}.</li>
 *   <li><b>No actor id.</b> A report whose actor has no canonical id is in the block {@code ?} and merges only
 *       with copies of itself (same duplicate group, same type, names, place and date), so an unresolved
 *       "officials" never joins someone else's event.</li>
 * </ol>
 *
 * <h2>Incremental and distributed</h2>
 * An entry's reports are all that determine it, and every report lands in some entry, as a source or
 * as an ambiguous source, so {@link org.dossier.nlp.timeline.TimelineEntry#allReports()} gives the
 * entries' reports back. The merge of a block is a pure function of the set of its reports. Hence:
 * <ul>
 *   <li><b>A store</b> (issue 5), per new record: compute the record's duplicate group (its
 *       {@link org.dossier.nlp.timeline.Fingerprint#bandKeys()} find candidates in a band-key table;
 *       {@link org.dossier.nlp.timeline.NearDuplicates#linked} checks them;
 *       {@link org.dossier.nlp.timeline.NearDuplicates#groupId} names the group); make its reports
 *       ({@link org.dossier.nlp.timeline.Report#fromRecord}), filled by
 *       {@link org.dossier.nlp.timeline.PartyCountries#fill} from the countries its articles agree on; load every entry of each report's
 *       {@link org.dossier.nlp.timeline.Report#blockKey()}; call
 *       {@link org.dossier.nlp.timeline.Timeline#add}; replace those entries by the result in one
 *       transaction. A store that keeps its blocks in memory between articles
 *       ({@link org.dossier.nlp.timeline.MergedBlock}) does not sort or key the block's reports again for
 *       each article, and finds the entries that did not change by identity. If the record changed an older article's group, re-add that article's reports with
 *       {@link org.dossier.nlp.timeline.Report#withDuplicateGroup}. If it gave a party its first country,
 *       or a second one, re-add the reports of older articles that name the party without a country,
 *       each first as stored and then as filled now, so they leave their old block. A record added twice
 *       changes nothing.
 *       {@link org.dossier.nlp.timeline.Timeline#withoutArticles} withdraws a re-analysed article.
 *       {@code dossier-store} does exactly this; its timeline is the only one Dossier prints.</li>
 *   <li><b>Spark</b> (issue 7): explode each article's band keys to find candidate pairs, keep the
 *       {@code linked} ones, take connected components, and name each with {@code groupId}. Then build
 *       the reports, fill them from the (id, country) pairs of all entities
 *       ({@link org.dossier.nlp.timeline.PartyCountries#fromGiven}), and group them by {@code blockKey().toString()}. Call
 *       {@link org.dossier.nlp.timeline.Timeline#mergeReports} on each group. Reports, fingerprints and
 *       block keys are plain values (strings, optionals, numbers); {@link org.dossier.nlp.timeline.TimelineJson}
 *       writes and reads entries and reports for a column or a file.</li>
 * </ul>
 * Folding reports in one at a time with {@code add}, in any order, gives exactly what {@code merge} gives
 * for all of them at once (tested).
 *
 * <h2>Why the block is a year, not a month</h2>
 * A report dated "2018" must meet the entries of every month of 2018, and a month-precise report must
 * meet a visit of 30 March–2 April. With month blocks, the year-dated report would have to visit twelve
 * blocks and a cross-month visit would be cut in two. With year blocks both are inside one block. A
 * year boundary is crossed twelve times less often than a month boundary. A block still holds one
 * actor's events of one type in one year: a few dozen entries for a head of state in a large corpus.
 * The cost: an event whose reports fall on both sides of 1 January (a visit from 30 December to 2
 * January, reported once as "December 31" and once as "January 1") can come out as two entries.
 *
 * <p>Everything here is immutable or stateless and thread-safe, but {@link org.dossier.nlp.timeline.MergedBlock},
 * which one writer owns; there is no static mutable state (the country table used for places is loaded
 * once per JVM and never changes).
 */
package org.dossier.nlp.timeline;
