package io.zhclaims.cli;

import io.zhclaims.index.ClaimSearcher;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --index}: the claim index the index, search and export commands work on. */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "the index folder (default: ${DEFAULT-VALUE})")
    Path dir = Path.of("output", "index");

    /** The index, opened for searching with the pipeline's analysis of queries. */
    ClaimSearcher open() throws IOException {
        return ClaimSearcher.open(dir, Inputs.pipeline().claimAnalysis());
    }
}
