package io.zhclaims.cli;

import io.zhclaims.ingest.ArticleReader;
import picocli.CommandLine.Option;

/** {@code --max-file-size}: files above it fail with one line, unread, so one huge file cannot exhaust the heap. */
final class MaxFileSizeOption {
    @Option(names = "--max-file-size", paramLabel = "MB",
            description = "skip (as failed) files larger than this many megabytes (default: ${DEFAULT-VALUE})")
    int megabytes = (int) (ArticleReader.DEFAULT_MAX_BYTES >> 20);

    long bytes() {
        if (megabytes < 1 || megabytes > 1024) {
            throw new IllegalArgumentException("--max-file-size must be between 1 and 1024 (MB)");
        }
        return (long) megabytes << 20;
    }
}
