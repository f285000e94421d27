package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryEvalTest {
    private static final Path QUERIES = SeedClaims.GOLD.resolve("seeds.queries.jsonl");

    private static QueryEval.Report evaluate(List<Claim> claims, List<QueryEval.GoldQuery> queries) throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            for (Map.Entry<String, List<Claim>> e : claims.stream()
                    .collect(Collectors.groupingBy(Claim::doc)).entrySet()) {
                idx.replaceArticle(e.getKey(), "h", e.getValue());
            }
            try (ClaimSearcher s = idx.searcher()) {
                return QueryEval.evaluate(s, queries);
            }
        }
    }

    private static String describe(QueryEval.Report r) {
        return r.outcomes().stream().map(o -> o.rank() + " " + o.query().query())
                .collect(Collectors.joining("; "));
    }

    @Test
    void seedQueriesReachHitsAt3AndMrrTargets() throws IOException {
        QueryEval.Report r = evaluate(SeedClaims.all(), QueryEval.read(QUERIES));
        assertEquals(12, r.queries());
        assertTrue(r.hitsAt3() >= 11, describe(r));
        assertTrue(r.mrr() >= 0.85, describe(r));
    }

    @Test
    void seedQueriesStillRankWellWhenClaimsHaveNoSubject() throws IOException {
        QueryEval.Report r = evaluate(SeedClaims.all(false), QueryEval.read(QUERIES));
        assertTrue(r.hitsAt3() >= 11, describe(r));
        assertTrue(r.mrr() >= 0.85, describe(r));
    }

    @Test
    void expectedClaimMissingFromTheIndexScoresZero() throws IOException {
        QueryEval.GoldQuery absent = new QueryEval.GoldQuery("推理延迟",
                List.of(new QueryEval.Expected("000_4b3150d90f035fc9.txt", "44ms")));
        QueryEval.Report r = evaluate(SeedClaims.all(), List.of(absent));
        assertEquals(0, r.outcomes().get(0).rank());
        assertFalse(r.outcomes().get(0).hit());
        assertEquals(0.0, r.mrr());
    }

    @Test
    void queryLineWithoutExpectedClaimsIsRejectedWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("q.jsonl");
        Files.writeString(f, "{\"query\": \"推理延迟\", \"expect\": [{\"doc\": \"a.txt\", \"mention\": \"43ms\"}]}\n"
                + "{\"query\": \"推理延迟\", \"expect\": []}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryEval.read(f));
        assertTrue(e.getMessage().contains("q.jsonl:2"), e.getMessage());
    }
}
