package io.zhclaims.quantity.bench;

import io.zhclaims.quantity.QuantityScanner;
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
 * Throughput of {@link QuantityScanner} alone on the news corpus (../shared/corpora/news/xinwenlianbo),
 * cut into sentences. Not a unit test: run its main method as below:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.zhclaims.quantity.bench.QuantityScannerBenchmark}
 * after {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuantityScannerBenchmark {
    static final Path CORPUS = Path.of(System.getProperty("corpus", "../shared/corpora/news/xinwenlianbo"));
    /** The corpus is 38 MB; a few MB of it (the first files by name) make a stable measurement. */
    static final long MAX_CHARS = Long.getLong("maxChars", 3_000_000L);

    List<String> sentences;
    long chars;

    @Setup(Level.Trial)
    public void load() throws IOException {
        sentences = sentences(CORPUS);
        chars = sentences.stream().mapToLong(String::length).sum();
    }

    static List<String> sentences(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                if (total >= MAX_CHARS) {
                    break;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int start = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\n' || c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
                        if (i + 1 > start + 1) {
                            String sentence = text.substring(start, i + 1).strip();
                            out.add(sentence);
                            total += sentence.length();
                        }
                        start = i + 1;
                    }
                }
            }
        }
        return out;
    }

    /** One operation scans the whole corpus once. */
    @Benchmark
    public void scanCorpus(Blackhole bh) {
        for (String s : sentences) {
            bh.consume(QuantityScanner.scan(s));
        }
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            System.err.println("corpus not found: " + CORPUS.toAbsolutePath());
            System.exit(2);
        }
        List<String> s = sentences(CORPUS);
        long chars = s.stream().mapToLong(String::length).sum();
        var opts = new OptionsBuilder().include(QuantityScannerBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dcorpus=" + CORPUS.toAbsolutePath()).build();
        for (RunResult r : new Runner(opts).run()) {
            double opsPerSec = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "corpus: %d sentences, %d chars; %.3f corpus scans/s = %.0f chars/s (%.2f MB/s of UTF-16 chars)%n",
                    s.size(), chars, opsPerSec, opsPerSec * chars, opsPerSec * chars / 1e6);
        }
    }
}
