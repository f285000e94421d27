package io.zhclaims.eval;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.ClaimExtractor;
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
import java.util.stream.Stream;

/**
 * What the organization tagger costs end to end, in one run: the CCTV stories of
 * {@code ../shared/corpora/news/xinwenlianbo} cleaned and extracted with the name lists alone
 * and with the tagger beside them, the two extractions taking turns round after round, each
 * timed as the thread's CPU time (which other processes on a busy machine do not inflate).
 */
public final class OrgCost {
    /** CPU seconds summed over the rounds. */
    public record Result(int stories, long chars, int rounds, double clean, double listsOnly, double withTagger) {
        /** End-to-end throughput with the tagger as a fraction of the lists-only throughput. */
        public double throughputRatio() {
            return (clean + listsOnly) / (clean + withTagger);
        }

        public String report() {
            return String.format(Locale.ROOT,
                    "%d stories, %d characters, %d rounds (thread CPU seconds)%n"
                            + "clean                 %8.2f%n"
                            + "extract, lists only   %8.2f%n"
                            + "extract, with tagger  %8.2f   (%.2f times the lists-only extraction)%n"
                            + "clean + extract throughput with the tagger: %.3f of lists only (%.1f%% lower)%n",
                    stories, chars, rounds, clean, listsOnly, withTagger, withTagger / listsOnly,
                    throughputRatio(), 100 * (1 - throughputRatio()));
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
            extract(lists, clean);
            extract(tagger, clean);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cleanNanos = 0;
        long listsNanos = 0;
        long taggerNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            int sink = 0;
            for (RawArticle a : raw) {
                sink += zhclaims.clean(a).paragraphs().size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            sink += extract(lists, clean);
            long t2 = cpu.getCurrentThreadCpuTime();
            sink += extract(tagger, clean);
            long t3 = cpu.getCurrentThreadCpuTime();
            if (sink == 42) {
                System.out.print("");
            }
            cleanNanos += t1 - t0;
            listsNanos += t2 - t1;
            taggerNanos += t3 - t2;
        }
        return new Result(raw.size(), chars, rounds, cleanNanos / 1e9, listsNanos / 1e9, taggerNanos / 1e9);
    }

    private static int extract(ClaimExtractor extractor, List<CleanArticle> articles) {
        int claims = 0;
        for (CleanArticle a : articles) {
            claims += extractor.extract(a).size();
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
