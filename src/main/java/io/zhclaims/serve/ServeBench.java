package io.zhclaims.serve;

import io.zhclaims.claims.Claim;
import io.zhclaims.index.ClaimQuery;
import io.zhclaims.index.ClaimSearcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures a running {@link ClaimServer} over HTTP: first warm queries one at a time (each
 * query's latency), then many clients at once for a while (latencies, errors, throughput),
 * with the heap in use before and after, after a full collection each time. Requests mix
 * the page's calls: a search with facets, its second page, and now and then the chart's
 * series.
 */
public final class ServeBench {
    /** Requests sent before measuring, so the JIT and the index caches are warm. */
    private static final int WARMUP = 200;

    private final String base;
    private final List<String> queries;
    private final PrintWriter out;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ServeBench(int port, List<String> queries, PrintWriter out) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("the bench needs at least one query");
        }
        this.base = "http://127.0.0.1:" + port;
        this.queries = List.copyOf(queries);
        this.out = out;
    }

    /**
     * Queries people might type, taken from the index itself: the subjects and organizations
     * of claims spread evenly over it, some with a year filter.
     */
    public static List<String> sampleQueries(ClaimSearcher searcher, int n) throws IOException {
        int total = searcher.claimCount();
        int stride = Math.max(1, total / (n * 2));
        Set<String> out = new LinkedHashSet<>();
        try (Stream<Claim> claims = searcher.export(ClaimQuery.all())) {
            int[] i = {0};
            claims.forEach(c -> {
                if (i[0]++ % stride != 0 || out.size() >= n) {
                    return;
                }
                String subject = c.subject() == null ? "" : c.subject().replaceAll("[\\p{P}\\s]", "");
                String words = subject.length() > 6 ? subject.substring(0, 6) : subject;
                if (!c.orgs().isEmpty() && (words.isEmpty() || out.size() % 3 == 0)) {
                    words = (words + " " + c.orgs().get(0)).strip();
                }
                if (words.isEmpty()) {
                    return;
                }
                out.add(c.year() != null && out.size() % 4 == 0 ? words + " year:" + c.year() : words);
            });
        }
        return new ArrayList<>(out);
    }

    /**
     * The CPU time one search costs the searching thread, HTTP and JSON left out: the figure
     * that wall times cannot show on a machine other processes keep busy. Each query runs
     * three times, the first two to warm up.
     */
    public static void searchCpu(ClaimSearcher searcher, List<String> queries, PrintWriter out) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return;
        }
        long[] cpu = new long[queries.size()];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < queries.size(); i++) {
                long t = threads.getCurrentThreadCpuTime();
                searcher.search(ClaimQuery.of(queries.get(i)).withFacets(true));
                cpu[i] = threads.getCurrentThreadCpuTime() - t;
            }
        }
        out.printf(Locale.ROOT, "search alone, in process: CPU per query p50 %.1f ms, p95 %.1f ms%n",
                ms(percentile(cpu, 50)), ms(percentile(cpu, 95)));
        out.flush();
    }

    public void run(int clients, int seconds) throws Exception {
        out.printf(Locale.ROOT, "%d queries; warming up with %d requests%n", queries.size(), WARMUP);
        for (int i = 0; i < WARMUP; i++) {
            request(searchUrl(queries.get(i % queries.size()), 1));
        }
        long heapBefore = usedHeapAfterGc();

        long cpu = processCpuNanos();
        long[] warm = new long[queries.size()];
        int warmErrors = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            if (!request(searchUrl(queries.get(i), 1))) {
                warmErrors++;
            }
            warm[i] = System.nanoTime() - t;
        }
        double warmCpu = ms(processCpuNanos() - cpu) / warm.length;
        out.printf(Locale.ROOT, "warm queries, one at a time: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms, %d errors; "
                        + "%.1f ms of CPU per request (server and client together)%n",
                warm.length, ms(percentile(warm, 50)), ms(percentile(warm, 95)), ms(percentile(warm, 100)), warmErrors, warmCpu);
        out.flush();

        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            futures.add(pool.submit(() -> client(new SplittableRandom(seed), end, errors)));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        long[] lat = all.stream().mapToLong(Long::longValue).toArray();
        long heapAfter = usedHeapAfterGc();
        out.printf(Locale.ROOT, "%d clients for %d s: %d requests (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors%n",
                clients, seconds, lat.length, lat.length / (double) seconds, ms(percentile(lat, 50)),
                ms(percentile(lat, 95)), ms(percentile(lat, 99)), errors.get());
        out.printf(Locale.ROOT, "load average %.1f on %d cores at the end (wall times grow with other processes' load)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "heap in use after a full GC: %.1f MB before, %.1f MB after%n",
                heapBefore / 1e6, heapAfter / 1e6);
        out.flush();
    }

    private List<Long> client(SplittableRandom random, long end, AtomicLong errors) {
        List<Long> lat = new ArrayList<>();
        while (System.nanoTime() < end) {
            String q = queries.get(random.nextInt(queries.size()));
            int roll = random.nextInt(10);
            String url = roll < 7 ? searchUrl(q, 1) : roll < 9 ? searchUrl(q, 2)
                    : base + "/api/series?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            long t = System.nanoTime();
            if (!request(url)) {
                errors.incrementAndGet();
            }
            lat.add(System.nanoTime() - t);
        }
        return lat;
    }

    private String searchUrl(String q, int page) {
        return base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page;
    }

    /** Whether the server answered 200. */
    private boolean request(String url) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The CPU time this process has used, or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long percentile(long[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
