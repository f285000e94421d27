package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.quantity.Kind;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimIndexTest {
    private static final String A = "002_0b8d26c1e8720ebb.txt";
    private static final String B = "004_82a3644e5fd33189.txt";
    private final ClaimAnalysis analysis = SeedClaims.analysis();

    private static List<String> exported(ClaimSearcher s) throws IOException {
        try (var stream = s.export(ClaimQuery.all())) {
            return stream.map(ClaimJson::toJson).toList();
        }
    }

    private static List<String> json(List<Claim> claims) {
        return claims.stream().map(ClaimJson::toJson).toList();
    }

    /** The article after an edit: one figure changed, the rest as before. */
    private static List<Claim> edited(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims);
        Claim first = out.get(0);
        out.set(0, SeedClaims.claim(first.doc(), first.offset(), "2021年,保尔森研究所在一份报告中指出,他们收集了680名全球顶级AI研究人员的资料。",
                "680名", Kind.COUNT, 680, null, "名", 2021, List.of("保尔森研究所"), "收集的顶级AI研究人员资料数"));
        return out;
    }

    @Test
    void replaceArticleReplacesOnlyThatArticlesClaims() throws IOException {
        List<Claim> a = SeedClaims.ofDoc(A);
        List<Claim> b = SeedClaims.ofDoc(B);
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), analysis)) {
            idx.replaceArticle(A, "a1", a);
            idx.replaceArticle(B, "b1", b);
            idx.commit(Map.of());
            List<Claim> a2 = edited(a);
            idx.replaceArticle(A, "a2", a2);
            idx.commit(Map.of());
            try (ClaimSearcher s = idx.searcher()) {
                List<String> all = exported(s);
                assertEquals(a.size() + b.size(), all.size());
                assertTrue(all.containsAll(json(a2)));
                assertTrue(all.containsAll(json(b)));
                assertEquals(1, s.search(ClaimQuery.of("680名")).hits().stream()
                        .filter(h -> h.claim().mention().equals("680名")).count());
            }
            assertEquals(Map.of(A, "a2", B, "b1"), idx.articleHashes());
        }
    }

    @Test
    void removeArticleRemovesItsClaimsAndHash() throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), analysis)) {
            idx.replaceArticle(A, "a1", SeedClaims.ofDoc(A));
            idx.replaceArticle(B, "b1", SeedClaims.ofDoc(B));
            idx.commit(Map.of());
            idx.removeArticle(A);
            idx.commit(Map.of());
            assertEquals(Map.of(B, "b1"), idx.articleHashes());
            assertEquals(SeedClaims.ofDoc(B).size(), idx.claimCount());
            try (ClaimSearcher s = idx.searcher()) {
                assertEquals(0, s.search(ClaimQuery.all().withOrg("保尔森研究所")).total());
            }
        }
    }

    @Test
    void articleWithoutClaimsStillRecordsItsHash() throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), analysis)) {
            idx.replaceArticle("empty.txt", "e1", List.of());
            idx.replaceArticle(B, "b1", SeedClaims.ofDoc(B));
            idx.commit(Map.of());
            assertEquals(Map.of("empty.txt", "e1", B, "b1"), idx.articleHashes());
            assertEquals(SeedClaims.ofDoc(B).size(), idx.claimCount());
            try (ClaimSearcher s = idx.searcher()) {
                assertEquals(SeedClaims.ofDoc(B).size(), s.search(ClaimQuery.all()).total());
            }
        }
    }

    @Test
    void closingWithoutCommitLeavesThePreviousCommitIntact(@TempDir Path dir) throws IOException {
        List<Claim> a = SeedClaims.ofDoc(A);
        try (ClaimIndex idx = ClaimIndex.open(dir, analysis)) {
            idx.replaceArticle(A, "a1", a);
            idx.commit(Map.of("run", "first"));
        }
        try (ClaimIndex idx = ClaimIndex.open(dir, analysis)) {
            idx.replaceArticle(A, "a2", edited(a));
            idx.replaceArticle(B, "b1", SeedClaims.ofDoc(B));
            idx.removeArticle(A);
            // no commit: the batch dies here
        }
        try (ClaimSearcher s = ClaimSearcher.open(dir, analysis)) {
            assertEquals(json(a.stream().sorted(Comparator.comparingInt(Claim::offset)
                    .thenComparingInt(Claim::start)).toList()), exported(s));
        }
        try (ClaimIndex idx = ClaimIndex.open(dir, analysis)) {
            assertEquals(Map.of(A, "a1"), idx.articleHashes());
            assertEquals("first", idx.lastCommitData().get("run"));
        }
    }

    @Test
    void commitRecordsUserDataOfTheBatch(@TempDir Path dir) throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(dir, analysis)) {
            assertEquals(Map.of(), idx.lastCommitData());
            idx.replaceArticle(B, "b1", SeedClaims.ofDoc(B));
            idx.commit(Map.of("finished", "2025-11-22T10:00:00Z", "articles", "1"));
            assertEquals(Map.of("finished", "2025-11-22T10:00:00Z", "articles", "1",
                    ClaimIndex.SCHEMA_KEY, ClaimIndex.SCHEMA_VERSION), idx.lastCommitData());
            assertFalse(idx.needsRebuild());
        }
    }

    @Test
    void indexWrittenUnderAnotherSchemaNeedsRebuild(@TempDir Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(ClaimIndex.SCHEMA_KEY, "0").entrySet());
            w.commit();
        }
        try (ClaimIndex idx = ClaimIndex.open(dir, analysis)) {
            assertTrue(idx.needsRebuild());
        }
    }

    @Test
    void deleteAllThenAddRebuildsFromScratch() throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), analysis)) {
            idx.replaceArticle(A, "a1", SeedClaims.ofDoc(A));
            idx.replaceArticle(B, "b1", SeedClaims.ofDoc(B));
            idx.commit(Map.of());
            idx.deleteAll();
            idx.replaceArticle(B, "b2", SeedClaims.ofDoc(B));
            idx.commit(Map.of());
            assertEquals(Map.of(B, "b2"), idx.articleHashes());
            assertEquals(SeedClaims.ofDoc(B).size(), idx.claimCount());
        }
    }

    @Test
    void articlesReplacedFromSeveralThreadsAreAllKept() throws Exception {
        List<Claim> seeds = SeedClaims.all();
        List<String> docs = seeds.stream().map(Claim::doc).distinct().toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), analysis)) {
            List<Future<?>> done = new ArrayList<>();
            for (String doc : docs) {
                done.add(pool.submit(() -> {
                    idx.replaceArticle(doc, "h-" + doc, SeedClaims.ofDoc(doc));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            idx.commit(Map.of());
            assertEquals(seeds.size(), idx.claimCount());
            assertEquals(docs.size(), idx.articleHashes().size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void claimOfAnotherArticleIsRejected() throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), analysis)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> idx.replaceArticle(A, "a1", SeedClaims.ofDoc(B)));
            assertTrue(e.getMessage().contains("not to article " + A), e.getMessage());
        }
    }

    @Test
    void searcherOnMissingIndexFailsWithClearMessage(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> ClaimSearcher.open(dir.resolve("none"), analysis));
        assertTrue(e.getMessage().startsWith("no claim index at"), e.getMessage());
    }
}
