package io.zhclaims.bench;

import io.zhclaims.Zhclaims;
import io.zhclaims.index.IndexJob;
import io.zhclaims.ingest.CorpusFile;
import io.zhclaims.ingest.CorpusWalker;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;
import io.zhclaims.normalize.CleanArticle;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.zhclaims.segment.Token;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code zhclaims bench throughput}: the pipeline's speed against the segmenter it is built on,
 * all in one JVM on the same texts, so the ratios hold however loaded the machine is.
 *
 * <ol>
 * <li>the baseline: HanLP's Viterbi segmenter (the pipeline's own, same dictionaries) over the
 * full cleaned text of every article, on 1 and on N threads;</li>
 * <li>extract only: clean + extract of the articles held in memory, N threads;</li>
 * <li>end to end: {@code index} of the corpus folder into a fresh index (reading the files,
 * cleaning, extracting, writing and committing), on 1 and on N threads, with the peak heap.</li>
 * </ol>
 * Rates are in characters of cleaned text per second (the text HanLP segments), by wall clock
 * and by the process's CPU time: on a shared machine wall time counts other processes' load,
 * CPU time does not. Everything runs once on a slice first, so the JIT has compiled the hot code
 * before any measurement.
 */
public final class ThroughputBench {
    private final Zhclaims zhclaims;
    private final PrintWriter out;

    public ThroughputBench(Zhclaims zhclaims, PrintWriter out) {
        this.zhclaims = zhclaims;
        this.out = out;
    }

    /**
     * One measured pass: characters, wall and CPU nanoseconds, peak heap in bytes (0 when not
     * measured), and the part of the CPU time spent by the JVM's JIT compiler threads and by its
     * garbage collector (0 where the JVM's threads cannot be told apart).
     */
    public record Pass(String name, int threads, long chars, long wallNanos, long cpuNanos, long peakHeap,
                       long jitNanos, long gcNanos) {
        public double rate() {
            return chars / (wallNanos / 1e9);
        }

        public double cpuRate() {
            return chars / (cpuNanos / 1e9);
        }

        String line() {
            return String.format(Locale.ROOT, "%-26s %d thread%s %6.2f M chars/s  (%5.1f s wall, %5.1f s CPU: %.2f M chars per CPU-s; JIT %.1f s, GC %.1f s)%s",
                    name, threads, threads == 1 ? " " : "s", rate() / 1e6, wallNanos / 1e9, cpuNanos / 1e9, cpuRate() / 1e6,
                    jitNanos / 1e9, gcNanos / 1e9,
                    peakHeap > 0 ? String.format(Locale.ROOT, "  peak heap %d MB", peakHeap >> 20) : "");
        }
    }

    /** What {@link #run} measured, for tests and callers. */
    public record Report(int files, int articles, long chars, List<Pass> passes) {
        public Pass pass(String name, int threads) {
            return passes.stream().filter(p -> p.name().equals(name) && p.threads() == threads).findFirst().orElseThrow();
        }
    }

    /**
     * @param corpus   a folder of articles (every supported file, in name order)
     * @param threads  N, the threads of the parallel passes
     * @param maxChars stop adding files once their cleaned text reaches this many characters
     */
    public Report run(Path corpus, int threads, long maxChars) throws IOException {
        List<CorpusFile> files = files(corpus, maxChars);
        List<RawArticle> raw = new ArrayList<>();
        for (CorpusFile f : files) {
            ReadResult r = zhclaims.read(f);
            raw.addAll(r.articles());
        }
        int articles = raw.size();
        List<String> texts = new ArrayList<>(raw.size());
        long chars = 0;
        for (RawArticle a : raw) {
            try {
                String t = zhclaims.clean(a).text();
                texts.add(t);
                chars += t.length();
            } catch (IllegalArgumentException e) {
                texts.add("");
            }
        }
        out.printf(Locale.ROOT, "corpus %s: %d files, %d articles, %.2f M characters of cleaned text; %s (%d MB usable), %d cores%n",
                corpus, files.size(), raw.size(), chars / 1e6, heapFlag(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        out.flush();

        // Warm-up: a slice of every pass, so compiled code is measured, not the interpreter.
        int slice = Math.max(1, Math.min(raw.size(), raw.size() / 10));
        // HanLP as the pipeline configures it (its dictionaries, loaded by the pipeline), without
        // the pipeline's memo of recent sentences.
        Segment hanlp = HanLP.newSegment("viterbi").enableOffset(true).enableNumberQuantifierRecognize(false);
        Consumer<String> segmenter = text -> tokens(hanlp, text);
        parallel(threads, texts.subList(0, slice), segmenter);
        parallel(threads, raw.subList(0, slice), this::extract);
        Path scratch = Files.createTempDirectory("zhclaims-bench");
        try {
            index(files.subList(0, Math.max(1, files.size() / 10)), scratch.resolve("warm"), threads);

            List<Pass> passes = new ArrayList<>();
            passes.add(measure("HanLP full-text segment", 1, chars, () -> parallel(1, texts, segmenter)));
            print(passes);
            if (threads > 1) {
                passes.add(measure("HanLP full-text segment", threads, chars, () -> parallel(threads, texts, segmenter)));
                print(passes);
            }
            passes.add(measure("clean + extract", threads, chars, () -> parallel(threads, raw, this::extract)));
            print(passes);
            texts.clear();
            raw.clear();
            passes.add(measure("index (end to end)", 1, chars, () -> index(files, scratch.resolve("one"), 1)));
            print(passes);
            if (threads > 1) {
                passes.add(measure("index (end to end)", threads, chars, () -> index(files, scratch.resolve("n"), threads)));
                print(passes);
            }
            summary(passes, threads);
            return new Report(files.size(), articles, chars, List.copyOf(passes));
        } finally {
            delete(scratch);
        }
    }

    private void print(List<Pass> passes) {
        out.println(passes.get(passes.size() - 1).line());
        out.flush();
    }

    private void summary(List<Pass> passes, int threads) {
        Pass hanlp1 = find(passes, "HanLP full-text segment", 1);
        Pass hanlpN = find(passes, "HanLP full-text segment", threads);
        Pass index1 = find(passes, "index (end to end)", 1);
        Pass indexN = find(passes, "index (end to end)", threads);
        Pass extract = find(passes, "clean + extract", threads);
        out.printf(Locale.ROOT, "index / HanLP, same threads (%d): %.2f by wall clock, %.2f by CPU time%n",
                threads, indexN.rate() / hanlpN.rate(), indexN.cpuRate() / hanlpN.cpuRate());
        out.printf(Locale.ROOT, "index / HanLP, 1 thread: %.2f by wall clock, %.2f by CPU time%n",
                index1.rate() / hanlp1.rate(), index1.cpuRate() / hanlp1.cpuRate());
        out.printf(Locale.ROOT, "index / extract (%d threads): %.2f by wall clock%n", threads, indexN.rate() / extract.rate());
        if (threads > 1) {
            out.printf(Locale.ROOT, "%d threads / 1 thread: index %.2f, HanLP %.2f (wall clock)%n",
                    threads, indexN.rate() / index1.rate(), hanlpN.rate() / hanlp1.rate());
        }
        out.printf(Locale.ROOT, "peak heap: index %d MB (1 thread), %d MB (%d threads), of %d MB%n",
                index1.peakHeap() >> 20, indexN.peakHeap() >> 20, threads, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
    }

    private static Pass find(List<Pass> passes, String name, int threads) {
        return passes.stream().filter(p -> p.name().equals(name) && p.threads() == threads).findFirst().orElseThrow();
    }

    /** What {@link io.zhclaims.segment.Segmenter} does with each text: HanLP's terms as tokens. */
    private static List<Token> tokens(Segment hanlp, String text) {
        List<Term> terms = hanlp.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset, t.offset + t.word.length()));
        }
        return out;
    }

    private void extract(RawArticle a) {
        try {
            zhclaims.extract(zhclaims.clean(a));
        } catch (IllegalArgumentException e) {
            // nothing left after cleaning: index counts it as a failed article, so do we
        }
    }

    private void index(List<CorpusFile> files, Path dir, int threads) {
        try {
            new IndexJob(zhclaims, threads).run(files.stream().map(CorpusFile::path).toList(), dir, true,
                    (done, total, analysed) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Pass measure(String name, int threads, long chars, Work work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] vm0 = JvmThreads.cpu();
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed", e);
        }
        long wall = System.nanoTime() - t0;
        long cpu = processCpu() - cpu0;
        long[] vm1 = JvmThreads.cpu();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Pass(name, threads, chars, wall, Math.max(1, cpu), name.startsWith("index") ? peak : 0,
                vm1[0] - vm0[0], vm1[1] - vm0[1]);
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Runs {@code task} over the items on {@code threads} threads, each item once. */
    static <T> void parallel(int threads, List<T> items, Consumer<T> task) {
        // Always fresh threads: per-thread memos (the segmenter's) start empty in every pass.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        task.accept(items.get(i));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The corpus's files in name order, as many as make {@code maxChars} characters of text (file sizes / 3 for UTF-8 Chinese). */
    static List<CorpusFile> files(Path corpus, long maxChars) {
        List<CorpusFile> all = new ArrayList<>(new CorpusWalker().walk(List.of(corpus)).files());
        all.sort(Comparator.comparing(CorpusFile::doc));
        List<CorpusFile> out = new ArrayList<>();
        long approx = 0;
        for (CorpusFile f : all) {
            if (approx >= maxChars) {
                break;
            }
            out.add(f);
            try {
                approx += Files.size(f.path()) / 3;
            } catch (IOException e) {
                // unreadable: index reports it; it adds nothing here
            }
        }
        return out;
    }

    private static String heapFlag() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("default heap");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
