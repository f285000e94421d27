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

    /** {@code file: reason} on one line: a control character in a file name (a line break) is shown escaped. */
    @Override
    public String toString() {
        return visible(file) + ": " + visible(reason);
    }

    private static String visible(String s) {
        if (s.chars().noneMatch(Character::isISOControl)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.toString();
    }
}
