package io.zhclaims.cli;

import io.zhclaims.Zhclaims;
import io.zhclaims.ingest.ArticleReader;
import io.zhclaims.ingest.Decoder;
import io.zhclaims.ingest.IngestError;
import io.zhclaims.ingest.IngestException;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs commands name: {@code FILE}, folders, or {@code -} for standard input; their
 * existence check (a usage error), and reading them into articles.
 */
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

    /**
     * The articles of {@code sources} read one by one (a file's articles, or standard input as
     * one), or with {@code lines} every non-blank line of every source as its own article (doc =
     * its 1-based line number, prefixed by the source when there are several). Read errors and
     * notes go to {@code problems} as they come.
     */
    static List<RawArticle> articles(List<String> sources, boolean lines, long maxBytes, InputStream stdin,
                                     Problems problems) {
        List<RawArticle> out = new ArrayList<>();
        for (String source : sources) {
            if (!lines) {
                ReadResult read = read(source, stdin);
                problems.report(read);
                out.addAll(read.articles());
                continue;
            }
            String text;
            try {
                byte[] bytes = isStdin(source) ? ArticleReader.readAtMost(stdin, maxBytes)
                        : ArticleReader.readFile(Path.of(source), maxBytes);
                text = new Decoder().decode(bytes, Markup.TEXT).text();
            } catch (IOException | IngestException e) {
                problems.failed(new IngestError(source, e.getMessage()));
                continue;
            }
            List<String> all = text.lines().toList();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).isBlank()) {
                    continue;
                }
                String doc = sources.size() == 1 ? String.valueOf(i + 1) : source + ":" + (i + 1);
                out.add(new RawArticle(doc, null, null, null, all.get(i), Markup.TEXT, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** A named input that does not exist is a usage error (exit 2) in every command, before any work. */
    static void requireExisting(List<String> args) {
        for (String a : args) {
            if (!isStdin(a) && !Files.exists(Path.of(a))) {
                throw new IllegalArgumentException("no such file or folder: " + a);
            }
        }
    }

    /** Notes go to standard error beside the errors, marked so, and change no exit code. */
    static String note(IngestError note) {
        return "note: " + note;
    }

    static Zhclaims pipeline() {
        return Zhclaims.get();
    }

    static List<Path> paths(List<String> args) {
        return args.stream().map(Path::of).toList();
    }
}
