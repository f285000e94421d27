package io.zhclaims.index;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexJobTest {
    private static final List<String> SEEDS = List.of("000_4b3150d90f035fc9.txt", "001_4e765bb35ac23d12.txt",
            "002_0b8d26c1e8720ebb.txt", "003_537188807ddc293f.txt", "004_82a3644e5fd33189.txt");

    @TempDir
    Path tmp;
    Path corpus;
    Path indexDir;
    final IndexJob job = new IndexJob(Zhclaims.get(), 2);

    @BeforeEach
    void copySeeds() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        indexDir = tmp.resolve("index");
        for (String s : SEEDS) {
            Files.copy(Path.of("seeds", s), corpus.resolve(s));
        }
    }

    private IndexJob.Summary run() throws IOException {
        return job.run(List.of(corpus), indexDir, false, (done, total, analysed) -> { });
    }

    private Map<String, List<String>> claimIdsByDoc() throws IOException {
        try (ClaimSearcher s = ClaimSearcher.open(indexDir, Zhclaims.get().claimAnalysis());
             var claims = s.export(ClaimQuery.all())) {
            return claims.collect(Collectors.groupingBy(Claim::doc, Collectors.mapping(Claim::id, Collectors.toList())));
        }
    }

    @Test
    void secondRunOnUnchangedCorpusAnalysesNothing() throws IOException {
        IndexJob.Summary first = run();
        assertEquals(5, first.added());
        assertTrue(first.claims() > 100, "the seeds hold well over 100 figures");
        IndexJob.Summary second = run();
        assertEquals(0, second.added() + second.changed());
        assertEquals(5, second.unchanged());
        assertEquals(first.claims(), second.claims());
    }

    @Test
    void editingOneArticleChangesOnlyItsClaims() throws IOException {
        run();
        Map<String, List<String>> before = claimIdsByDoc();
        Path edited = corpus.resolve(SEEDS.get(1));
        Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8)
                + "\n据统计,该平台2024年的用户增长了35%。\n", StandardCharsets.UTF_8);
        IndexJob.Summary s = run();
        assertEquals(1, s.changed());
        assertEquals(4, s.unchanged());
        Map<String, List<String>> after = claimIdsByDoc();
        for (String doc : SEEDS) {
            if (!doc.equals(SEEDS.get(1))) {
                assertEquals(before.get(doc), after.get(doc), doc);
            }
        }
        assertTrue(after.get(SEEDS.get(1)).size() > before.get(SEEDS.get(1)).size());
    }

    @Test
    void deletingAnArticleRemovesItsClaims() throws IOException {
        run();
        Files.delete(corpus.resolve(SEEDS.get(2)));
        IndexJob.Summary s = run();
        assertEquals(1, s.removed());
        assertTrue(!claimIdsByDoc().containsKey(SEEDS.get(2)));
    }

    @Test
    void exportOfTheIndexGivesTheSameRecordsAsExtract() throws IOException {
        run();
        List<Claim> extracted = new io.zhclaims.eval.Evaluation(Zhclaims.get(), 2).run(null, corpus).claims();
        try (ClaimSearcher s = ClaimSearcher.open(indexDir, Zhclaims.get().claimAnalysis());
             var exported = s.export(ClaimQuery.all())) {
            assertEquals(extracted.stream().map(ClaimJson::toJson).toList(), exported.map(ClaimJson::toJson).toList());
            assertEquals(extracted.size(), claimIdsByDoc().values().stream().mapToInt(List::size).sum());
        }
    }

    @Test
    void traditionalQueryReturnsTheSameClaimsAsItsSimplifiedTwin() throws IOException {
        run();
        try (ClaimSearcher s = ClaimSearcher.open(indexDir, Zhclaims.get().claimAnalysis())) {
            List<String> simplified = s.search(ClaimQuery.of("华裔研究人员 占比").withLimit(20)).hits().stream()
                    .map(h -> h.claim().id()).toList();
            List<String> traditional = s.search(ClaimQuery.of("華裔研究人員 佔比").withLimit(20)).hits().stream()
                    .map(h -> h.claim().id()).toList();
            assertTrue(!simplified.isEmpty());
            assertEquals(simplified, traditional);
        }
    }

    @Test
    void brokenFileIsReportedAndTheOthersAreIndexed() throws IOException {
        Files.write(corpus.resolve("broken.txt"), new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0x00, (byte) 0xd8, (byte) 0x81});
        IndexJob.Summary s = run();
        assertEquals(1, s.failed());
        assertEquals(5, s.added());
        assertEquals("broken.txt", s.errors().get(0).file());
    }
}
