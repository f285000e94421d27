package io.zhclaims.index;

import io.zhclaims.Zhclaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexSwapTest {
    @TempDir
    Path tmp;

    private final IndexJob job = new IndexJob(Zhclaims.get(), 1);

    private Path corpus(String text) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), text, StandardCharsets.UTF_8);
        return corpus;
    }

    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index")).sorted().toList();
        }
    }

    @Test
    void fullRebuildSwapsInAFreshGenerationWhileAnOpenSearcherKeepsReadingTheOld() throws IOException {
        Path corpus = corpus("据统计,该市2024年常住人口增长了2.5%。");
        Path index = tmp.resolve("index");
        job.run(List.of(corpus), index, false, (a, b, c) -> { });
        assertFalse(Files.isSymbolicLink(index), "a first index is a plain folder");
        try (ClaimSearcher before = ClaimSearcher.open(index, Zhclaims.get().claimAnalysis())) {
            Files.writeString(corpus.resolve("a.txt"), "据统计,该市2024年常住人口减少了1.5%。", StandardCharsets.UTF_8);
            job.run(List.of(corpus), index, true, (a, b, c) -> { });
            assertEquals("2.5%", before.search(ClaimQuery.of("人口")).hits().get(0).claim().mention());
        }
        assertTrue(Files.isSymbolicLink(index), "the index is now a link to its generation");
        assertEquals(2, siblings(index).size(), siblings(index).toString());
        try (ClaimSearcher after = ClaimSearcher.open(index, Zhclaims.get().claimAnalysis())) {
            assertEquals("1.5%", after.search(ClaimQuery.of("人口")).hits().get(0).claim().mention());
        }
        job.run(List.of(corpus), index, true, (a, b, c) -> { });
        assertEquals(2, siblings(index).size(), "the old generation is deleted: " + siblings(index));
    }

    @Test
    void anInterruptedRebuildIsResumedByTheNext() throws IOException {
        Path corpus = corpus("据统计,该市2024年常住人口增长了2.5%。");
        Files.writeString(corpus.resolve("b.txt"), "该县去年粮食产量增长了3%。", StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        // What a rebuild killed after its first commit leaves: the build folder with one article.
        IndexJob.Settings oneAtATime = new IndexJob.Settings(1, 30, 1 << 20);
        Path building = tmp.resolve("index.building");
        new IndexJob(Zhclaims.get(), 1, oneAtATime).run(List.of(corpus.resolve("a.txt")), building, false, (a, b, c) -> { });
        IndexJob.Summary s = job.run(List.of(corpus), index, true, (a, b, c) -> { });
        assertEquals(1, s.unchanged(), "the article the interrupted rebuild committed is not analysed again");
        assertEquals(1, s.added());
        assertFalse(Files.exists(building));
        assertEquals(2, IndexContents.markers(index).size());
    }
}
