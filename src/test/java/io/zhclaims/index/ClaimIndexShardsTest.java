package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Indexes written apart, as the Spark job writes one per partition, and merged. */
class ClaimIndexShardsTest {
    private static final String A = "002_0b8d26c1e8720ebb.txt";
    private static final String B = "004_82a3644e5fd33189.txt";
    private final ClaimAnalysis analysis = SeedClaims.analysis();
    @TempDir
    Path tmp;

    private static List<String> exported(ClaimSearcher s) throws IOException {
        try (Stream<Claim> claims = s.export(ClaimQuery.all())) {
            return claims.map(ClaimJson::toJson).sorted().toList();
        }
    }

    /** The index closes its directory, so each writer opens its own. */
    private void write(Path dir, String doc, String hash) throws IOException {
        try (ClaimIndex shard = ClaimIndex.create(FSDirectory.open(dir), analysis)) {
            shard.replaceArticle(doc, hash, SeedClaims.ofDoc(doc));
            shard.commit(Map.of());
        }
    }

    @Test
    void createReplacesTheIndexTheDirectoryHeld() throws IOException {
        Path dir = tmp.resolve("shard");
        write(dir, A, "a1");
        write(dir, B, "b1");
        try (ClaimIndex index = ClaimIndex.open(dir, analysis)) {
            assertEquals(Map.of(B, "b1"), index.articleHashes());
            assertEquals(SeedClaims.ofDoc(B).size(), index.claimCount());
        }
    }

    @Test
    void addIndexesMergesClaimsAndArticleMarkersOfTheShards() throws IOException {
        write(tmp.resolve("a"), A, "a1");
        write(tmp.resolve("b"), B, "b1");
        try (ClaimIndex index = ClaimIndex.create(new ByteBuffersDirectory(), analysis);
             Directory a = FSDirectory.open(tmp.resolve("a"));
             Directory b = FSDirectory.open(tmp.resolve("b"))) {
            index.addIndexes(a, b);
            index.commit(Map.of());
            assertEquals(Map.of(A, "a1", B, "b1"), index.articleHashes());
            try (ClaimSearcher s = index.searcher()) {
                List<String> expected = Stream.concat(SeedClaims.ofDoc(A).stream(), SeedClaims.ofDoc(B).stream())
                        .map(ClaimJson::toJson).sorted().toList();
                assertEquals(expected, exported(s));
            }
        }
    }
}
