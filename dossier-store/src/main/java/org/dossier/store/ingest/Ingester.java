package org.dossier.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.core.extract.ExtractionException;
import org.dossier.core.model.Record;
import org.dossier.core.model.Source;
import org.dossier.core.model.SourceFormat;
import org.dossier.core.model.SourceRef;
import org.dossier.store.db.Store;
import org.dossier.store.db.StoreException;
import org.dossier.store.feed.LinkList;
import org.dossier.store.fetch.FetchResult;
import org.dossier.store.fetch.Fetcher;
import org.dossier.store.query.PutResult;
import org.dossier.store.query.SourceInfo;
import org.dossier.store.query.SourceStatus;
import org.dossier.store.source.InputReader;
import org.dossier.store.source.SourceItem;

/**
 * Feeds a store: reads files, directories and WARC archives, fetches URLs (expanding feeds and
 * sitemaps into the pages they list), keeps every payload's bytes, runs the pipeline on the ones
 * not seen before and stores each record in its own transaction. Re-running on the same inputs adds
 * nothing twice and finishes what a killed run left; an input that fails becomes an error row and
 * the run goes on. The pipeline runs on worker threads; the store is written by the calling thread,
 * in input order. Not thread-safe: one run at a time.
 */
public final class Ingester {
    private final Store store;
    private final Pipeline pipeline;
    private final IngestConfig config;
    private final Optional<Fetcher> fetcher;
    private final IngestListener listener;
    private final Map<IngestListener.Outcome, Integer> outcomes = IngestSummary.empty();
    private final Deque<Task> inFlight = new ArrayDeque<>();
    private final RunDating dating = new RunDating();
    /**
     * Payloads of this run not stored yet (in the pipeline, or held for dating), by hash, with the locations
     * where the same bytes were reached again meanwhile: those are not processed twice, and their locations
     * are added when the first copy is stored (or fails).
     */
    private final Map<String, List<SourceRef>> pending = new HashMap<>();
    private IngestSummary.Cost readCost = IngestSummary.Cost.ZERO;
    private IngestSummary.Cost pipelineCost = IngestSummary.Cost.ZERO;
    private IngestSummary.Cost rawCost = IngestSummary.Cost.ZERO;
    private IngestSummary.Cost storeCost = IngestSummary.Cost.ZERO;

    /** A payload on its way through the pipeline, and the locations to add once it is stored. */
    private record Task(Source source, List<SourceRef> alsoReachedAt, Future<Outcome> result) {
    }

    /** What the pipeline gave for one payload, what it and keeping the raw bytes cost, or a store failure. */
    private record Outcome(Optional<Record> record, String failure, IngestSummary.Cost pipeline,
                           IngestSummary.Cost raw, Optional<StoreException> storeFailure) {
        static Outcome failed(String reason) {
            return new Outcome(Optional.empty(), reason, IngestSummary.Cost.ZERO, IngestSummary.Cost.ZERO,
                    Optional.empty());
        }
    }

    /**
     * An ingester writing to {@code store}.
     *
     * @param fetcher how URLs are fetched; empty when the run must not touch the network
     */
    public Ingester(Store store, Pipeline pipeline, IngestConfig config, Optional<Fetcher> fetcher,
                    IngestListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.config = Objects.requireNonNull(config, "config");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Whether a command-line input names a URL rather than a file. */
    public static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * Ingests {@code inputs}: paths ({@code -} for {@code stdin}) and http(s) URLs.
     *
     * @throws StoreException when the store cannot be written (the records stored so far stay)
     */
    public IngestSummary run(List<String> inputs, InputStream stdin) throws StoreException {
        long start = System.nanoTime();
        List<String> paths = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String input : inputs) {
            (isUrl(input) ? urls : paths).add(input);
        }
        ExecutorService workers = Executors.newFixedThreadPool(config.workers(), r -> {
            Thread t = new Thread(r, "dossier-pipeline");
            t.setDaemon(true);
            return t;
        });
        try {
            if (!paths.isEmpty()) {
                readFiles(paths, stdin, workers);
            }
            if (!urls.isEmpty()) {
                crawl(urls, workers);
            }
            while (!inFlight.isEmpty()) {
                finish(inFlight.poll(), workers);
            }
            storeHeld(workers);
            timed(() -> {
                store.flush();
                return null;
            });
        } finally {
            workers.shutdownNow();
        }
        return new IngestSummary(outcomes, readCost, pipelineCost, rawCost, storeCost, System.nanoTime() - start);
    }

    private void readFiles(List<String> paths, InputStream stdin, ExecutorService workers) throws StoreException {
        try (InputReader reader = InputReader.open(paths, config.inputs(), stdin)) {
            Iterator<SourceItem> items = reader.iterator();
            while (true) {
                long t0 = System.nanoTime();
                long c0 = cpu();
                boolean more = items.hasNext();
                SourceItem item = more ? items.next() : null;
                readCost = readCost.plus(System.nanoTime() - t0, cpu() - c0);
                if (!more) {
                    break;
                }
                if (item instanceof SourceItem.Failed failed) {
                    fail(failed.location(), "read", failed.reason());
                } else {
                    submit(((SourceItem.Read) item).source(), List.of(), workers);
                }
            }
        }
    }

    /** A URL waiting to be fetched, and how many feeds or sitemaps led to it. */
    private record Pending(URI uri, int depth) {
    }

    private void crawl(List<String> urls, ExecutorService workers) throws StoreException {
        if (fetcher.isEmpty()) {
            for (String u : urls) {
                fail(u, "fetch", "fetching URLs is turned off for this run");
            }
            return;
        }
        Fetcher f = fetcher.get();
        List<Pending> queue = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        for (String u : urls) {
            try {
                URI uri = new URI(u.strip()).normalize();
                if (seen.add(uri)) {
                    queue.add(new Pending(uri, 0));
                }
            } catch (URISyntaxException e) {
                fail(u, "fetch", "not a valid URL: " + e.getReason());
            }
        }
        while (!queue.isEmpty()) {
            Pending next = pickReady(queue, f);
            String location = next.uri.toString();
            if (!config.refetch() && store.hasUrl(location)) {
                done(location, IngestListener.Outcome.KNOWN_URL, "already in the store");
                continue;
            }
            long t0 = System.nanoTime();
            long c0 = cpu();
            FetchResult result = f.fetch(next.uri);
            readCost = readCost.plus(System.nanoTime() - t0, cpu() - c0);
            if (result instanceof FetchResult.Failed failed) {
                fail(location, "fetch", failed.reason());
                continue;
            }
            FetchResult.Fetched page = (FetchResult.Fetched) result;
            Optional<LinkList> links;
            try {
                links = LinkList.parse(page.body(), page.contentType(), page.finalUri());
            } catch (IOException e) {
                fail(location, "fetch", e.getMessage());
                continue;
            }
            if (links.isPresent()) {
                if (next.depth >= config.maxDepth()) {
                    fail(location, "fetch", "feeds and sitemaps nested deeper than " + config.maxDepth());
                    continue;
                }
                int added = 0;
                for (URI u : links.get().urls()) {
                    if (seen.size() >= config.maxUrls()) {
                        fail(u.toString(), "fetch", "over the limit of " + config.maxUrls() + " URLs for one run");
                        break;
                    }
                    if (seen.add(u)) {
                        queue.add(new Pending(u, next.depth + 1));
                        added++;
                    }
                }
                listener.discovered(added);
                done(location, IngestListener.Outcome.EXPANDED, added + " links (" + links.get().kind()
                        .name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
                continue;
            }
            Optional<SourceFormat> format = pageFormat(page.contentType());
            if (format.isEmpty()) {
                fail(location, "fetch", "not a page: content type " + page.contentType().orElse("?"));
                continue;
            }
            if (page.body().length > config.inputs().maxBytes()) {
                fail(location, "fetch", "page is over the limit of " + config.inputs().maxBytes() + " bytes");
                continue;
            }
            SourceRef ref = new SourceRef(Optional.empty(), Source.sha256(page.body()), format.get(),
                    Optional.of(page.finalUri().toString()), Optional.empty(), OptionalLong.empty(),
                    Optional.of(page.fetchedAt()));
            List<SourceRef> also = new ArrayList<>();
            // Every URL that led to the page reached it: the one asked for and each redirect hop.
            for (URI hop : concat(page.requested(), page.redirects())) {
                if (!hop.equals(page.finalUri())) {
                    also.add(ref.withUrl(Optional.of(hop.toString())));
                }
            }
            submit(Source.of(page.body(), ref, page.contentType()), also, workers);
        }
    }

    private static List<URI> concat(URI first, List<URI> rest) {
        List<URI> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The queued URL whose host may be asked soonest, so one slow host does not hold up the others. */
    private static Pending pickReady(List<Pending> queue, Fetcher f) {
        int best = 0;
        long bestWait = Long.MAX_VALUE;
        for (int i = 0; i < queue.size() && i < 1000; i++) {
            long wait = f.waitNanos(queue.get(i).uri);
            if (wait < bestWait) {
                best = i;
                bestWait = wait;
                if (wait == 0) {
                    break;
                }
            }
        }
        return queue.remove(best);
    }

    /** HTML and XHTML are pages, plain text is a capture; a missing type is sniffed by the extractor. */
    private static Optional<SourceFormat> pageFormat(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return Optional.of(SourceFormat.HTML);
        }
        String ct = contentType.get().toLowerCase(Locale.ROOT);
        if (ct.contains("html")) {
            return Optional.of(SourceFormat.HTML);
        }
        if (ct.startsWith("text/plain")) {
            return Optional.of(SourceFormat.TEXT);
        }
        return Optional.empty();
    }

    /** Keeps the bytes, and runs the pipeline unless the payload was processed before. */
    private void submit(Source source, List<SourceRef> also, ExecutorService workers) throws StoreException {
        String sha = source.ref().sha256();
        Optional<SourceStatus> seen = timed(() -> {
            Optional<SourceStatus> status = store.status(sha);
            if (status.isPresent()) {
                keepRaw(source); // cheap when present; restores bytes someone deleted
                store.addLocation(source.ref());
                for (SourceRef r : also) {
                    store.addLocation(r);
                }
            }
            return status;
        });
        if (seen.isPresent()) {
            // The same bytes give the same outcome with the same pipeline; `dossier reprocess` retries them.
            if (seen.get() == SourceStatus.FAILED) {
                done(source.ref().location(), IngestListener.Outcome.FAILED, "failed before; see dossier errors");
            } else {
                done(source.ref().location(), IngestListener.Outcome.ALREADY_STORED, "");
            }
            return;
        }
        List<SourceRef> again = pending.get(sha);
        if (again != null) {
            again.add(source.ref());
            again.addAll(also);
            done(source.ref().location(), IngestListener.Outcome.ALREADY_STORED, "same bytes as an earlier input "
                    + "of this run");
            return;
        }
        pending.put(sha, new ArrayList<>());
        inFlight.add(new Task(source, also, workers.submit(() -> runPipeline(source))));
        // Bound what waits in memory; the oldest is written first, so records land in input order.
        while (inFlight.size() > 2 * config.workers() + 2) {
            finish(inFlight.poll(), workers);
        }
    }

    /** On a worker: keeps the raw bytes (before the record, so no record lacks them), then runs the pipeline. */
    private Outcome runPipeline(Source source) {
        long t0 = System.nanoTime();
        long c0 = cpu();
        try {
            keepRaw(source);
        } catch (StoreException e) {
            return new Outcome(Optional.empty(), "", IngestSummary.Cost.ZERO, IngestSummary.Cost.ZERO, Optional.of(e));
        }
        long t1 = System.nanoTime();
        long c1 = cpu();
        IngestSummary.Cost keptRaw = new IngestSummary.Cost(t1 - t0, c1 - c0);
        Optional<Record> record = Optional.empty();
        String failure = "";
        try {
            record = Optional.of(pipeline.process(source));
        } catch (ExtractionException e) {
            failure = e.reason();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or a hostile page must not end the run: it is reported against the page.
            failure = "internal error: " + e;
        }
        return new Outcome(record, failure, new IngestSummary.Cost(System.nanoTime() - t1, cpu() - c1), keptRaw,
                Optional.empty());
    }

    /** CPU time of the current thread, or 0 where the JVM cannot tell. */
    private static long cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private void keepRaw(Source source) throws StoreException {
        String sha = source.ref().sha256();
        try {
            store.raw().put(sha, source.bytes());
        } catch (IOException e) {
            throw new StoreException(store.raw().path(sha).toString(), "cannot keep the raw bytes: "
                    + e.getMessage(), e);
        }
    }

    private void finish(Task task, ExecutorService workers) throws StoreException {
        Outcome outcome = await(task);
        if (outcome.storeFailure.isPresent()) {
            throw outcome.storeFailure.get();
        }
        pipelineCost = pipelineCost.plus(outcome.pipeline.wallNanos(), outcome.pipeline.cpuNanos());
        rawCost = rawCost.plus(outcome.raw.wallNanos(), outcome.raw.cpuNanos());
        SourceInfo info = SourceInfo.of(task.source);
        String location = task.source.ref().location();
        if (outcome.record.isEmpty()) {
            String reason = outcome.failure;
            timed(() -> {
                store.putFailure(info, "process", reason, config.processedBy());
                for (SourceRef again : reachedAgain(info)) {
                    store.addLocation(again);
                }
                return null;
            });
            done(location, IngestListener.Outcome.FAILED, reason);
            return;
        }
        if (dating.hold(info, outcome.record.get(), task.alsoReachedAt)) {
            // stored at the end of the run, when the run's dated reports are in the store, or once too many wait
            if (dating.size() >= config.maxHeld()) {
                storeHeld(workers);
            }
            return;
        }
        store(info, outcome.record.get(), task.alsoReachedAt);
    }

    /**
     * Stores the records held back for want of a date, each dated where the run's and the store's reports of
     * its events allow ({@link RunDating}), in the order they were held. The pipeline runs again on the workers.
     */
    private void storeHeld(ExecutorService workers) throws StoreException {
        Deque<Map.Entry<RunDating.Held, Future<Dated>>> dating = new ArrayDeque<>();
        for (RunDating.Held h : this.dating.release()) {
            dating.add(Map.entry(h, workers.submit(() -> dated(h))));
            while (dating.size() > 2 * config.workers() + 2) {
                storeDated(dating.poll());
            }
        }
        while (!dating.isEmpty()) {
            storeDated(dating.poll());
        }
    }

    /** A held record as dating left it, what that cost, or the store failure that stopped it. */
    private record Dated(Record record, IngestSummary.Cost cost, Optional<StoreException> storeFailure) {
    }

    /** On a worker: the held record dated from the store's reports. */
    private Dated dated(RunDating.Held h) {
        long t0 = System.nanoTime();
        long c0 = cpu();
        try {
            Record r = RunDating.dated(h, store, pipeline);
            return new Dated(r, new IngestSummary.Cost(System.nanoTime() - t0, cpu() - c0), Optional.empty());
        } catch (StoreException e) {
            return new Dated(h.record(), IngestSummary.Cost.ZERO, Optional.of(e));
        }
    }

    private void storeDated(Map.Entry<RunDating.Held, Future<Dated>> job) throws StoreException {
        RunDating.Held h = job.getKey();
        Dated d;
        try {
            d = job.getValue().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(h.info().ref().location(), "interrupted");
        } catch (ExecutionException e) {
            d = new Dated(h.record(), IngestSummary.Cost.ZERO, Optional.empty()); // the first record stands
        }
        if (d.storeFailure().isPresent()) {
            throw d.storeFailure().get();
        }
        pipelineCost = pipelineCost.plus(d.cost().wallNanos(), d.cost().cpuNanos());
        store(h.info(), d.record(), h.alsoReachedAt());
    }

    private void store(SourceInfo info, Record record, List<SourceRef> alsoReachedAt) throws StoreException {
        PutResult put = timed(() -> {
            PutResult r = store.put(info, record, config.processedBy());
            for (SourceRef also : alsoReachedAt) {
                store.addLocation(also);
            }
            for (SourceRef again : reachedAgain(info)) {
                store.addLocation(again);
            }
            return r;
        });
        done(info.ref().location(), switch (put.outcome()) {
            case NEW -> IngestListener.Outcome.STORED;
            case SAME_ARTICLE -> IngestListener.Outcome.SAME_ARTICLE;
            case ALREADY_STORED -> IngestListener.Outcome.ALREADY_STORED;
        }, "article " + put.articleId());
    }

    /** The locations where this run reached the payload of {@code info} again before it was stored. */
    private List<SourceRef> reachedAgain(SourceInfo info) {
        List<SourceRef> again = pending.remove(info.ref().sha256());
        return again == null ? List.of() : again;
    }

    private static Outcome await(Task task) throws StoreException {
        try {
            return task.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(task.source.ref().location(), "interrupted");
        } catch (ExecutionException e) {
            return Outcome.failed("internal error: " + e.getCause());
        }
    }

    private void fail(String location, String stage, String reason) throws StoreException {
        timed(() -> {
            store.recordError(location, stage, reason);
            return null;
        });
        done(location, IngestListener.Outcome.FAILED, reason);
    }

    private void done(String location, IngestListener.Outcome outcome, String detail) {
        outcomes.merge(outcome, 1, Integer::sum);
        listener.done(location, outcome, detail);
    }

    private interface StoreWork<T> {
        T run() throws StoreException;
    }

    private <T> T timed(StoreWork<T> work) throws StoreException {
        long t0 = System.nanoTime();
        long c0 = cpu();
        try {
            return work.run();
        } finally {
            storeCost = storeCost.plus(System.nanoTime() - t0, cpu() - c0);
        }
    }
}
