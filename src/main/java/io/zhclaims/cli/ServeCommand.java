package io.zhclaims.cli;

import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.serve.ClaimServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the claim index over HTTP until stopped: the search page at / and a JSON API under /api (search, claims/ID, facets, series, conflicts). The index stays open, so a query costs milliseconds instead of a JVM start.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", description = "the index folder (default: ${DEFAULT-VALUE})")
    Path indexDir = Path.of("output", "index");

    @Option(names = "--port", paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "H", description = "the address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host = "127.0.0.1";

    @Option(names = "--threads", paramLabel = "N", description = "requests answered at once (default: ${DEFAULT-VALUE})")
    int threads = 16;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimSearcher searcher = ClaimSearcher.open(indexDir, Inputs.pipeline().claimAnalysis());
             ClaimServer server = new ClaimServer(searcher, host, port, threads, System.err)) {
            server.start();
            out.println("serving " + indexDir + " (" + searcher.claimCount() + " claims) at http://"
                    + host + ":" + server.port() + "/ ; stop with Ctrl-C");
            out.flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
