package io.zhclaims.cli;

import io.zhclaims.Zhclaims;
import io.zhclaims.ingest.ArticleReader;
import io.zhclaims.ingest.IngestException;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** Reading the one-article argument ({@code FILE} or {@code -}) that clean and convert take. */
final class Inputs {
    private Inputs() {
    }

    static boolean isStdin(String arg) {
        return arg == null || arg.equals("-");
    }

    /** Reads FILE (all its articles) or standard input (one article). */
    static ReadResult read(String arg, InputStream stdin) {
        if (isStdin(arg)) {
            try {
                RawArticle raw = new ArticleReader().read(stdin, "-");
                return ReadResult.of(raw);
            } catch (IOException | IngestException e) {
                return ReadResult.failed("-", e.getMessage());
            }
        }
        Path file = Path.of(arg);
        requireExisting(List.of(arg));
        return new ArticleReader().read(file, file.getFileName().toString());
    }

    /** A named input that does not exist is a usage error (exit 2) in every command, before any work. */
    static void requireExisting(List<String> args) {
        for (String a : args) {
            if (!isStdin(a) && !java.nio.file.Files.exists(Path.of(a))) {
                throw new IllegalArgumentException("no such file or folder: " + a);
            }
        }
    }

    /** Notes go to standard error beside the errors, marked so, and change no exit code. */
    static String note(io.zhclaims.ingest.IngestError note) {
        return "note: " + note;
    }

    static Zhclaims pipeline() {
        return Zhclaims.get();
    }

    static List<Path> paths(List<String> args) {
        return args.stream().map(Path::of).toList();
    }
}
