package io.zhclaims.ingest;

import java.nio.file.Path;

/**
 * A file to read and the name its articles get.
 *
 * @param path where the file is
 * @param doc  its path relative to the root it was found under, with {@code /} separators
 *             (a file named on the command line is relative to its own folder)
 */
public record CorpusFile(Path path, String doc) {
}
