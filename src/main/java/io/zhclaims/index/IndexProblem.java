package io.zhclaims.index;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The claim index cannot be used as it is: missing, damaged, written by an incompatible
 * version, or locked by another process. The message says what to do about it.
 */
public final class IndexProblem extends IOException {
    public IndexProblem(String message) {
        super(message);
    }

    public IndexProblem(String message, Throwable cause) {
        super(message, cause);
    }

    static String missing(Path dir) {
        return "no claim index at " + dir + " (build one with: zhclaims index DIR --index " + dir + ")";
    }

    /** What went wrong opening the index at {@code dir}, in words that name the fix. */
    static IndexProblem of(Path dir, Exception e) {
        if (e instanceof IndexProblem p) {
            return p;
        }
        String fix = "; rebuild it with: zhclaims index DIR --full --index " + dir;
        if (e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof java.nio.file.NoSuchFileException
                || e instanceof java.io.EOFException || e instanceof RuntimeException) {
            return new IndexProblem("the claim index at " + dir + " is damaged or unreadable ("
                    + firstLine(e) + ")" + fix, e);
        }
        if (e instanceof LockObtainFailedException) {
            return new IndexProblem("the claim index at " + dir + " is in use by another zhclaims index run; "
                    + "wait for it to finish", e);
        }
        return new IndexProblem("cannot use the claim index at " + dir + ": " + firstLine(e), e);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
