package io.zhclaims.bench;

import io.zhclaims.Zhclaims;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.normalize.CleanArticle;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Throughput of the pipeline's stages on real news pages: CCTV stories from
 * ../shared/corpora/news/xinwenlianbo, each story's scraped HTML fragment one article. The three
 * benchmarks run in one JVM on the same sample, so their ratio says where the time goes even on
 * a noisy shared machine. Not a unit test; run with:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.zhclaims.bench.PipelineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {
    static final Path CORPUS = Path.of(System.getProperty("corpus", "../shared/corpora/news/xinwenlianbo"));
    static final long MAX_CHARS = Long.getLong("maxChars", 500_000L);

    List<RawArticle> raw;
    List<CleanArticle> clean;
    Zhclaims zhclaims;

    @Setup(Level.Trial)
    public void load() throws IOException {
        zhclaims = Zhclaims.get();
        raw = stories(CORPUS);
        clean = raw.stream().map(zhclaims::clean).toList();
    }

    /** Every story of the day files, in name order, until the sample is big enough. */
    static List<RawArticle> stories(Path dir) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String[] parts = Files.readString(f, StandardCharsets.UTF_8).split("\n### ");
                for (int i = 1; i < parts.length && total < MAX_CHARS; i++) {
                    int eol = parts[i].indexOf('\n');
                    String html = "<h1>" + parts[i].substring(0, eol) + "</h1>\n" + parts[i].substring(eol + 1);
                    out.add(new RawArticle(f.getFileName() + "#" + i, null, null, null, html, Markup.HTML,
                            StandardCharsets.UTF_8));
                    total += html.length();
                }
                if (total >= MAX_CHARS) {
                    break;
                }
            }
        }
        return out;
    }

    @Benchmark
    public void clean(Blackhole bh) {
        for (RawArticle a : raw) {
            bh.consume(zhclaims.clean(a));
        }
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (CleanArticle a : clean) {
            bh.consume(zhclaims.extract(a));
        }
    }

    @Benchmark
    public void cleanAndExtract(Blackhole bh) {
        for (RawArticle a : raw) {
            bh.consume(zhclaims.extract(zhclaims.clean(a)));
        }
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            System.err.println("corpus not found: " + CORPUS.toAbsolutePath());
            System.exit(2);
        }
        List<RawArticle> sample = stories(CORPUS);
        long chars = sample.stream().mapToLong(a -> a.body().length()).sum();
        var opts = new OptionsBuilder().include(PipelineBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dcorpus=" + CORPUS.toAbsolutePath(), "-DmaxChars=" + MAX_CHARS, "-Xss4m").build();
        for (RunResult r : new Runner(opts).run()) {
            double perSec = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "%-16s %d articles, %d chars of HTML: %.0f chars/s, %.0f articles/s%n",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""), sample.size(), chars,
                    perSec * chars, perSec * sample.size());
        }
    }
}
