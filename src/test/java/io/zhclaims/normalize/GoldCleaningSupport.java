package io.zhclaims.normalize;

import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared by the gold comparisons: raw input → clean text, and the gold text as compared. */
final class GoldCleaningSupport {
    static final Cleaner CLEANER = new Cleaner();

    private GoldCleaningSupport() {
    }

    static String clean(Path raw, Markup markup) throws IOException {
        String body = Files.readString(raw, StandardCharsets.UTF_8);
        RawArticle article = new RawArticle(raw.getFileName().toString(), null, null, null, body, markup,
                StandardCharsets.UTF_8);
        return CLEANER.clean(article).text();
    }

    /** The reference as written, without the final line break. */
    static String gold(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
    }

    /** The reference without its blank separator lines, which a CleanArticle cannot hold. */
    static String goldWithoutBlankLines(Path file) throws IOException {
        return gold(file).replaceAll("\n\\s*\n", "\n").replaceAll("\n\\s*\n", "\n");
    }
}
