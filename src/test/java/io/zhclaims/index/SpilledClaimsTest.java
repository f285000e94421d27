package io.zhclaims.index;

import io.zhclaims.ArticleResult;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.claims.SpilledClaims;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * An article's claims past what memory should hold go to disk and come back the same: every
 * field, in order, as often as the list is walked; ArticleResult keeps them there, and the
 * index writes them a slice at a time with the article's marker last.
 */
class SpilledClaimsTest {
    private static List<Claim> seedClaims() {
        return SeedClaims.all();
    }

    private static List<Claim> spilled(List<Claim> claims, int limit) {
        SpilledClaims.Collector collector = new SpilledClaims.Collector(limit);
        claims.forEach(collector::add);
        return collector.claims();
    }

    @Test
    void claimsComeBackFromDiskAsTheyWent() {
        List<Claim> claims = seedClaims();
        List<Claim> back = spilled(claims, 3);
        assertInstanceOf(SpilledClaims.class, back);
        assertEquals(claims.size(), back.size());
        assertEquals(claims, back);
        assertEquals(claims, new ArrayList<>(back));
        assertEquals(claims.stream().map(ClaimJson::toJson).toList(), back.stream().map(ClaimJson::toJson).toList());
        assertEquals(claims.get(claims.size() - 1), back.get(claims.size() - 1));
    }

    @Test
    void underTheLimitTheyStayInMemory() {
        List<Claim> claims = seedClaims();
        List<Claim> kept = spilled(claims, claims.size());
        assertEquals(claims, kept);
        assertEquals(ArrayList.class, kept.getClass());
    }

    @Test
    void anArticleResultKeepsThemOnDisk() {
        List<Claim> back = spilled(seedClaims(), 0);
        assertSame(back, new ArticleResult("a.txt", "h", null, back).claims());
    }

    @Test
    void theIndexWritesThemInSlicesWithTheMarkerLast() throws IOException {
        Map<String, List<Claim>> byDoc = new java.util.LinkedHashMap<>();
        for (Claim c : seedClaims()) {
            byDoc.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c);
        }
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            for (Map.Entry<String, List<Claim>> e : byDoc.entrySet()) {
                idx.replaceArticle(e.getKey(), "old", e.getValue());
            }
            idx.commit(Map.of());
            for (Map.Entry<String, List<Claim>> e : byDoc.entrySet()) {
                idx.replaceArticle(e.getKey(), "new", spilled(e.getValue(), 0));
            }
            idx.commit(Map.of());
            try (ClaimSearcher s = idx.searcher(); var all = s.export(ClaimQuery.all())) {
                List<String> exported = all.map(ClaimJson::toJson).sorted().toList();
                assertEquals(seedClaims().stream().map(ClaimJson::toJson).sorted().toList(), exported);
            }
            Map<String, String> hashes = idx.articleHashes();
            assertEquals(byDoc.keySet(), hashes.keySet());
            hashes.values().forEach(h -> assertEquals("new", h));
        }
    }
}
