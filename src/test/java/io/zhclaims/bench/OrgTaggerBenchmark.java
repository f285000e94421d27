package io.zhclaims.bench;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.ClaimExtractor;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.normalize.CleanArticle;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.OrgTagger;
import io.zhclaims.segment.Segmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the organization tagger costs: claim extraction on the same CCTV sample as
 * {@link PipelineBenchmark}, with the name lists alone and with the tagger beside them, plus
 * cleaning, so the end-to-end cost can be read from one run's ratios. Run like PipelineBenchmark:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.zhclaims.bench.OrgTaggerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class OrgTaggerBenchmark {
    List<RawArticle> raw;
    List<CleanArticle> clean;
    Zhclaims zhclaims;
    ClaimExtractor listsOnly;
    ClaimExtractor withTagger;

    @Setup(Level.Trial)
    public void load() throws IOException {
        zhclaims = Zhclaims.get();
        raw = PipelineBenchmark.stories(PipelineBenchmark.CORPUS);
        clean = raw.stream().map(zhclaims::clean).toList();
        Segmenter segmenter = new Segmenter();
        listsOnly = new ClaimExtractor(new EntityRecognizer(segmenter, null));
        withTagger = new ClaimExtractor(new EntityRecognizer(segmenter, OrgTagger.shared()));
    }

    @Benchmark
    public void clean(Blackhole bh) {
        for (RawArticle a : raw) {
            bh.consume(zhclaims.clean(a));
        }
    }

    @Benchmark
    public void extractListsOnly(Blackhole bh) {
        for (CleanArticle a : clean) {
            bh.consume(listsOnly.extract(a));
        }
    }

    @Benchmark
    public void extractWithTagger(Blackhole bh) {
        for (CleanArticle a : clean) {
            bh.consume(withTagger.extract(a));
        }
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(PipelineBenchmark.CORPUS)) {
            System.err.println("corpus not found: " + PipelineBenchmark.CORPUS.toAbsolutePath());
            System.exit(2);
        }
        var opts = new OptionsBuilder().include(OrgTaggerBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dcorpus=" + PipelineBenchmark.CORPUS.toAbsolutePath(),
                        "-DmaxChars=" + PipelineBenchmark.MAX_CHARS, "-Xss4m").build();
        double clean = 0;
        double lists = 0;
        double tagger = 0;
        for (RunResult r : new Runner(opts).run()) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double perSec = r.getPrimaryResult().getScore();
            switch (name) {
                case "clean" -> clean = perSec;
                case "extractListsOnly" -> lists = perSec;
                default -> tagger = perSec;
            }
        }
        // one pass of clean + extract takes 1/clean + 1/extract seconds
        double before = 1 / (1 / clean + 1 / lists);
        double after = 1 / (1 / clean + 1 / tagger);
        System.out.printf(Locale.ROOT, "extraction with the tagger: %.2f of the lists-only throughput; clean + extract: %.2f%n",
                tagger / lists, after / before);
    }
}
