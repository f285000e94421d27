package io.zhclaims.eval;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimExtractor;
import io.zhclaims.index.ClaimAnalysis;
import io.zhclaims.index.ClaimIndex;
import io.zhclaims.normalize.CleanArticle;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.OrgTagger;
import io.zhclaims.segment.Segmenter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What the organization tagger costs end to end, in one run: the CCTV stories of
 * {@code ../shared/corpora/news/xinwenlianbo} cleaned and extracted with the name lists alone
 * and with the tagger beside them, the two extractions taking turns round after round, each
 * followed by indexing its claims as {@code index} does (into memory), each stage timed as the
 * thread's CPU time (which other processes on a busy machine do not inflate). The index's final
 * flush may run on a helper thread, which is not counted: the index time is a lower bound, so
 * the share of the end-to-end time the tagger takes is an upper bound.
 */
public final class OrgCost {
    /** CPU seconds summed over the rounds. */
    public record Result(int stories, long chars, int rounds, double clean, double listsOnly, double withTagger,
                         double index) {
        /** Clean + extract throughput with the tagger as a fraction of the lists-only throughput. */
        public double throughputRatio() {
            return (clean + listsOnly) / (clean + withTagger);
        }

        /** The same for all that {@code index} does: clean, extract and index. */
        public double endToEndRatio() {
            return (clean + listsOnly + index) / (clean + withTagger + index);
        }

        public String report() {
            return String.format(Locale.ROOT,
                    "%d stories, %d characters, %d rounds (thread CPU seconds)%n"
                            + "clean                 %8.2f%n"
                            + "extract, lists only   %8.2f%n"
                            + "extract, with tagger  %8.2f   (%.2f times the lists-only extraction)%n"
                            + "index                 %8.2f   (a lower bound: a flush on a helper thread is not counted)%n"
                            + "clean + extract throughput with the tagger: %.3f of lists only (%.1f%% lower)%n"
                            + "end to end (clean + extract + index) with the tagger: %.3f of lists only (%.1f%% lower)%n",
                    stories, chars, rounds, clean, listsOnly, withTagger, withTagger / listsOnly, index,
                    throughputRatio(), 100 * (1 - throughputRatio()), endToEndRatio(), 100 * (1 - endToEndRatio()));
        }
    }

    private OrgCost() {
    }

    public static Result run(Path corpus, long maxChars, int rounds) throws IOException {
        List<RawArticle> raw = stories(corpus, maxChars);
        Zhclaims zhclaims = Zhclaims.get();
        Segmenter segmenter = new Segmenter();
        ClaimExtractor lists = new ClaimExtractor(new EntityRecognizer(segmenter, null));
        ClaimExtractor tagger = new ClaimExtractor(new EntityRecognizer(segmenter, OrgTagger.shared()));
        List<CleanArticle> clean = raw.stream().map(zhclaims::clean).toList();
        long chars = clean.stream().flatMap(a -> a.paragraphs().stream()).mapToLong(String::length).sum();
        for (int warm = 0; warm < 2; warm++) {
            extractAndIndex(lists, zhclaims.claimAnalysis(), clean);
            extractAndIndex(tagger, zhclaims.claimAnalysis(), clean);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ClaimAnalysis analysis = zhclaims.claimAnalysis();
        long cleanNanos = 0;
        long[] listsNanos = new long[2];
        long[] taggerNanos = new long[2];
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            int sink = 0;
            for (RawArticle a : raw) {
                sink += zhclaims.clean(a).paragraphs().size();
            }
            cleanNanos += cpu.getCurrentThreadCpuTime() - t0;
            if (sink == 42) {
                System.out.print("");
            }
            add(listsNanos, extractAndIndex(lists, analysis, clean));
            add(taggerNanos, extractAndIndex(tagger, analysis, clean));
        }
        return new Result(raw.size(), chars, rounds, cleanNanos / 1e9, listsNanos[0] / 1e9, taggerNanos[0] / 1e9,
                (listsNanos[1] + taggerNanos[1]) / 2e9);
    }

    private static void add(long[] sum, long[] nanos) {
        sum[0] += nanos[0];
        sum[1] += nanos[1];
    }

    /**
     * Extracts and indexes the articles as {@code index} does, on a thread of its own, and returns
     * the two stages' CPU nanoseconds. A new thread starts with no segmentations remembered
     * (the segmenter keeps the last ones per thread), so each run segments its figure sentences
     * once, as a real run does, and the index reads them back from that memory.
     */
    private static long[] extractAndIndex(ClaimExtractor extractor, ClaimAnalysis analysis, List<CleanArticle> articles)
            throws IOException {
        long[] nanos = new long[2];
        IOException[] failed = new IOException[1];
        Thread run = new Thread(() -> {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long t0 = cpu.getCurrentThreadCpuTime();
            List<List<Claim>> claims = extract(extractor, articles);
            long t1 = cpu.getCurrentThreadCpuTime();
            try {
                index(analysis, articles, claims);
            } catch (IOException e) {
                failed[0] = e;
            }
            nanos[0] = t1 - t0;
            nanos[1] = cpu.getCurrentThreadCpuTime() - t1;
        }, "org-cost");
        run.start();
        try {
            run.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while measuring");
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return nanos;
    }

    /** The claims indexed as {@code index} writes them, into a fresh index in memory. */
    private static int index(ClaimAnalysis analysis, List<CleanArticle> articles, List<List<Claim>> claims)
            throws IOException {
        try (ClaimIndex index = ClaimIndex.create(new ByteBuffersDirectory(), analysis)) {
            for (int i = 0; i < articles.size(); i++) {
                index.replaceArticle(articles.get(i).doc(), Integer.toString(i), claims.get(i));
            }
            index.commit(Map.of());
            return index.claimCount();
        }
    }

    private static List<List<Claim>> extract(ClaimExtractor extractor, List<CleanArticle> articles) {
        List<List<Claim>> claims = new ArrayList<>(articles.size());
        for (CleanArticle a : articles) {
            claims.add(extractor.extract(a));
        }
        return claims;
    }

    /** The stories of the CCTV transcripts, each a small HTML page, up to {@code maxChars}. */
    static List<RawArticle> stories(Path dir, long maxChars) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String[] parts = Files.readString(f, StandardCharsets.UTF_8).split("\n### ");
                for (int i = 1; i < parts.length && total < maxChars; i++) {
                    int eol = parts[i].indexOf('\n');
                    if (eol < 0) {
                        continue;
                    }
                    String html = "<h1>" + parts[i].substring(0, eol) + "</h1>\n" + parts[i].substring(eol + 1);
                    out.add(new RawArticle(f.getFileName() + "#" + i, null, null, null, html, Markup.HTML,
                            StandardCharsets.UTF_8));
                    total += html.length();
                }
                if (total >= maxChars) {
                    break;
                }
            }
        }
        return out;
    }
}
