package io.zhclaims.cli;

import io.zhclaims.bench.RobustBench;
import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.serve.ClaimServer;
import io.zhclaims.serve.ServeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measurements: robust (hostile inputs, no corpus needed), search (the server on an index) and throughput (the pipeline against HanLP's segmentation).",
        subcommands = {BenchCommand.Robust.class, BenchCommand.Search.class, BenchCommand.Throughput.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark: robust or search");
    }

    @Command(name = "robust", mixinStandardHelpOptions = true,
            description = "Hostile inputs through clean and extract, one at a time: 1 MB of figures and units on one line, 1 MB of '?', 10 MB of GBK mojibake. Prints chars/s for each (wall clock and CPU time).")
    static final class Robust implements Callable<Integer> {
        @Option(names = "--scale", paramLabel = "S", description = "multiplies every input's size (default: ${DEFAULT-VALUE})")
        double scale = 1.0;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!(scale > 0 && scale <= 10)) {
                throw new IllegalArgumentException("--scale must be above 0 and at most 10");
            }
            PrintWriter out = spec.commandLine().getOut();
            var zhclaims = Inputs.pipeline();
            String xmx = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("default heap");
            out.println(xmx + " (" + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB usable), one thread");
            RobustBench.warmUp(zhclaims);
            for (RobustBench.Input input : RobustBench.inputs(scale)) {
                out.println(RobustBench.run(zhclaims, input).line());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "throughput", mixinStandardHelpOptions = true,
            description = "In one JVM on the same texts: HanLP's full-text segmentation (the baseline, 1 and N threads), clean + extract, and index end to end (1 and N threads, peak heap), in characters of cleaned text per second by wall clock and CPU time, then the ratios. Skips (exit 0) when the corpus is absent.")
    static final class Throughput implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "DIR", description = "the articles (default: ${DEFAULT-VALUE})")
        Path corpus = Path.of("..", "shared", "corpora", "news", "xinwenlianbo");

        @Option(names = "--threads", paramLabel = "N", description = "threads of the parallel passes (default: ${DEFAULT-VALUE})")
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());

        @Option(names = "--max-chars", paramLabel = "N", description = "only the first files, up to about N characters (default: all)")
        long maxChars = Long.MAX_VALUE;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (threads < 1 || maxChars < 1) {
                throw new IllegalArgumentException("--threads and --max-chars must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isDirectory(corpus)) {
                out.println("corpus " + corpus + " not found: nothing measured");
                return 0;
            }
            new io.zhclaims.bench.ThroughputBench(Inputs.pipeline(), out).run(corpus, threads, maxChars);
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Measures the search server on an index: the CPU one search costs in process, then, with the server started, warm queries one at a time (p50/p95), then runs many clients at once for a while (p50/p95/p99, errors, requests per second) and prints the heap in use before and after.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--index", paramLabel = "DIR", description = "the index folder (default: ${DEFAULT-VALUE})")
        Path indexDir = Path.of("output", "index");

        @Option(names = "--queries", paramLabel = "FILE", description = "one query per line (default: sampled from the index's subjects and organizations)")
        Path queriesFile;

        @Option(names = "--sample", paramLabel = "N", description = "how many queries to sample without --queries (default: ${DEFAULT-VALUE})")
        int sample = 300;

        @Option(names = "--clients", paramLabel = "N", description = "concurrent clients (default: ${DEFAULT-VALUE})")
        int clients = 20;

        @Option(names = "--seconds", paramLabel = "S", description = "how long the clients run (default: ${DEFAULT-VALUE})")
        int seconds = 60;

        @Option(names = "--threads", paramLabel = "N", description = "the server's request threads (default: ${DEFAULT-VALUE})")
        int threads = 16;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (clients < 1 || seconds < 1 || sample < 1 || threads < 1) {
                throw new IllegalArgumentException("--clients, --seconds, --sample and --threads must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ClaimSearcher searcher = ClaimSearcher.open(indexDir, Inputs.pipeline().claimAnalysis());
                 ClaimServer server = new ClaimServer(searcher, "127.0.0.1", 0, threads, System.err)) {
                server.start();
                List<String> queries = queriesFile != null
                        ? Files.readAllLines(queriesFile, StandardCharsets.UTF_8).stream().map(String::strip)
                                .filter(l -> !l.isEmpty()).toList()
                        : ServeBench.sampleQueries(searcher, sample);
                out.println("index " + indexDir + ": " + searcher.claimCount() + " claims; server threads " + threads);
                ServeBench.searchCpu(searcher, queries, out);
                new ServeBench(server.port(), queries, out).run(clients, seconds);
            }
            return 0;
        }
    }
}
