package io.zhclaims.bench;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.index.ClaimIndex;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.normalize.CleanArticle;
import io.zhclaims.quantity.QuantityScanner;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.Segmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline stage by stage, on the same CCTV stories ({@link BenchCorpus#stories}), so
 * a regression shows in the stage that has it:
 * <ul>
 * <li>{@code clean}: HTML to cleaned simplified paragraphs, every article;</li>
 * <li>{@code segment}: HanLP's words of every figure sentence (the sentences claims come from);</li>
 * <li>{@code scan}: the quantity scanner over every sentence with Chinese in it;</li>
 * <li>{@code recognize}: organizations, places and persons of every figure sentence (segmenting included);</li>
 * <li>{@code extract}: sentences, figures, names and bindings of every cleaned article; the
 * binding is what {@code extract} costs beyond {@code recognize} and {@code scan};</li>
 * <li>{@code index}: every article's claims analysed and written to an in-memory index, then committed.</li>
 * </ul>
 * Each pass forgets the segmenter's per-thread memo first, so it segments as a run over new
 * articles does. Not a unit test (nothing runs it in {@code mvn verify}); run with:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.zhclaims.bench.StageBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class StageBenchmark {
    List<RawArticle> raw;
    List<CleanArticle> clean;
    List<String> sentences;
    List<String> figureSentences;
    Map<String, List<Claim>> claims;
    Zhclaims zhclaims;
    Segmenter segmenter;
    EntityRecognizer recognizer;

    @Setup(Level.Trial)
    public void load() throws IOException {
        zhclaims = Zhclaims.get();
        segmenter = new Segmenter();
        recognizer = new EntityRecognizer(segmenter);
        raw = BenchCorpus.stories(BenchCorpus.CORPUS);
        clean = raw.stream().map(zhclaims::clean).toList();
        sentences = new ArrayList<>();
        for (CleanArticle a : clean) {
            new io.zhclaims.claims.SentenceSplitter().split(a.paragraphs()).forEach(s -> sentences.add(s.text()));
        }
        claims = new java.util.LinkedHashMap<>();
        Set<String> figures = new LinkedHashSet<>();
        for (CleanArticle a : clean) {
            List<Claim> cs = zhclaims.extract(a);
            claims.put(a.doc(), cs);
            cs.forEach(c -> figures.add(c.sentence()));
        }
        figureSentences = List.copyOf(figures);
    }

    @Setup(Level.Invocation)
    public void forget() {
        Segmenter.forgetRecent();
    }

    @Benchmark
    public void clean(Blackhole bh) {
        for (RawArticle a : raw) {
            bh.consume(zhclaims.clean(a));
        }
    }

    @Benchmark
    public void segment(Blackhole bh) {
        for (String s : figureSentences) {
            bh.consume(segmenter.segment(s));
        }
    }

    @Benchmark
    public void scan(Blackhole bh) {
        for (String s : sentences) {
            bh.consume(QuantityScanner.scan(s, "CNY"));
        }
    }

    @Benchmark
    public void recognize(Blackhole bh) {
        for (String s : figureSentences) {
            bh.consume(recognizer.recognize(s));
        }
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (CleanArticle a : clean) {
            bh.consume(zhclaims.extract(a));
        }
    }

    @Benchmark
    public void index() throws IOException {
        try (ClaimIndex index = ClaimIndex.create(new ByteBuffersDirectory(), zhclaims.claimAnalysis())) {
            for (Map.Entry<String, List<Claim>> e : claims.entrySet()) {
                index.replaceArticle(e.getKey(), "h", e.getValue());
            }
            index.commit(Map.of());
        }
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(BenchCorpus.CORPUS)) {
            System.err.println("corpus not found: " + BenchCorpus.CORPUS.toAbsolutePath());
            System.exit(2);
        }
        StageBenchmark sample = new StageBenchmark();
        sample.load();
        long chars = sample.clean.stream().mapToLong(a -> a.text().length()).sum();
        long figureChars = sample.figureSentences.stream().mapToLong(String::length).sum();
        int claimCount = sample.claims.values().stream().mapToInt(List::size).sum();
        System.out.printf(Locale.ROOT, "sample: %d articles, %d chars of cleaned text, %d figure sentences (%d chars), %d claims%n",
                sample.clean.size(), chars, sample.figureSentences.size(), figureChars, claimCount);
        var opts = new OptionsBuilder().include(StageBenchmark.class.getSimpleName() + "\\.")
                .jvmArgsAppend("-Dcorpus=" + BenchCorpus.CORPUS.toAbsolutePath(),
                        "-DmaxChars=" + BenchCorpus.MAX_CHARS, "-Xss4m", "-Xmx512m").build();
        for (RunResult r : new Runner(opts).run()) {
            double perSec = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "%-10s %6.2f M chars of cleaned text per second (%.1f passes/s)%n",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""), perSec * chars / 1e6, perSec);
        }
    }
}
