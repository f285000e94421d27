package io.zhclaims.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * One input (a file, a folder or a JSON Lines line) that could not be read.
 *
 * @param file   the input as the user would find it: the document path relative to the corpus
 *               root, or the argument as given
 * @param reason one line, no stack trace
 */
public record IngestError(String file, String reason) {

    /** An I/O failure in words: the JDK's messages are often just the path, which the file column already shows. */
    static IngestError io(String file, String doing, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        }
        return new IngestError(file, "cannot " + doing + ": " + why);
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
