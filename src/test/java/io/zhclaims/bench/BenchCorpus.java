package io.zhclaims.bench;

import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The CCTV stories the JMH benchmarks run on: one article per {@code ###} story of the day files. */
final class BenchCorpus {
    static final Path CORPUS = Path.of(System.getProperty("corpus", "../shared/corpora/news/xinwenlianbo"));
    static final long MAX_CHARS = Long.getLong("maxChars", 500_000L);

    private BenchCorpus() {
    }

    /** Every story of the day files, in name order, until the sample is big enough. */
    static List<RawArticle> stories(Path dir) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String[] parts = Files.readString(f, StandardCharsets.UTF_8).split("\n### ");
                for (int i = 1; i < parts.length && total < MAX_CHARS; i++) {
                    int eol = parts[i].indexOf('\n');
                    String html = "<h1>" + parts[i].substring(0, eol) + "</h1>\n" + parts[i].substring(eol + 1);
                    out.add(new RawArticle(f.getFileName() + "#" + i, null, null, null, html, Markup.HTML,
                            StandardCharsets.UTF_8));
                    total += html.length();
                }
                if (total >= MAX_CHARS) {
                    break;
                }
            }
        }
        return out;
    }
}
