package io.zhclaims.cli;

import picocli.CommandLine.Option;

/** {@code --threads}, for the commands that run the pipeline over many articles. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();
}
