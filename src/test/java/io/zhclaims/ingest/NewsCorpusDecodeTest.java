package io.zhclaims.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real scraped news in the encodings found in the wild: every file must decode. */
class NewsCorpusDecodeTest {

    private static final Path NEWS = Path.of("../shared/corpora/news");

    @Test
    void everyNewsCorpusFileDecodes() throws IOException {
        assumeTrue(Files.isDirectory(NEWS), "../shared/corpora/news is absent");
        Decoder decoder = new Decoder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(NEWS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty());
        List<String> failures = new ArrayList<>();
        // folder + extension -> charset -> file count
        Map<String, Map<String, Integer>> charsets = new TreeMap<>();
        for (Path file : files) {
            String name = NEWS.relativize(file).toString();
            Markup markup = name.endsWith(".md") ? Markup.HTML : Markup.TEXT;
            try {
                Decoded decoded = decoder.decode(Files.readAllBytes(file), markup);
                String kind = NEWS.relativize(file.getParent()) + "/*" + name.substring(name.lastIndexOf('.'));
                String key = file.getFileName().toString().startsWith("news_tensite") ? name : kind;
                charsets.computeIfAbsent(key, k -> new TreeMap<>()).merge(decoded.charset().name(), 1, Integer::sum);
            } catch (IngestException e) {
                failures.add(name + ": " + e.getMessage());
            }
        }
        charsets.forEach((kind, counts) -> System.out.println("news " + kind + " -> " + counts));
        System.out.println("news: " + (files.size() - failures.size()) + "/" + files.size() + " files decoded");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // The corpus README: the Sogou tensite sample is GBK, everything else is UTF-8.
        assertEquals(Map.of("GB18030", 1), charsets.get("sogou-smarty/news_tensite_xml.smarty.dat"));
        charsets.forEach((kind, counts) -> {
            if (!kind.contains("news_tensite")) {
                assertEquals(List.of(StandardCharsets.UTF_8.name()), List.copyOf(counts.keySet()), kind);
            }
        });
    }
}
