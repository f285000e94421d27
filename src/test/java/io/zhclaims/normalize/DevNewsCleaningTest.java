package io.zhclaims.normalize;

import io.zhclaims.ingest.Markup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 15 dev-news HTML stories against their reference clean text. */
class DevNewsCleaningTest {
    private static final Path DIR = Path.of("src/test/resources/gold/dev-news");

    static Stream<String> stories() throws IOException {
        try (Stream<Path> files = Files.list(DIR.resolve("raw"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("stories")
    void cleanedStoryMatchesReferenceText(String file) throws Exception {
        String cleaned = GoldCleaningSupport.clean(DIR.resolve("raw").resolve(file), Markup.HTML);
        Path gold = DIR.resolve("clean").resolve(file.replace(".html", ".txt"));
        double ratio = Similarity.ratio(cleaned, GoldCleaningSupport.gold(gold));
        System.out.printf("dev-news %s ratio %.4f%n", file, ratio);
        assertTrue(ratio >= 0.98, file + " ratio " + ratio);
    }
}
