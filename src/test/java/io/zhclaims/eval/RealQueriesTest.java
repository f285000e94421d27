package io.zhclaims.eval;

import io.zhclaims.ArticleResult;
import io.zhclaims.Zhclaims;
import io.zhclaims.index.QueryEval;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over the real pages of every field (gold/real-queries): the 60 pages of the six
 * real-page sets in one index, 63 queries written from the gold claims. Holds the score
 * measured when the ranking rules were last changed.
 */
class RealQueriesTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");

    @Test
    void realPageQueriesHoldTheirScore() throws IOException {
        List<ArticleResult> articles = new ArrayList<>();
        for (String set : List.of("real-a", "real-b", "real-c", "real-d", "real-e", "real-f")) {
            Evaluation.Result r = new Evaluation(Zhclaims.get(), 2).run(null, GOLD.resolve(set).resolve("articles"));
            assertTrue(r.errors().isEmpty(), r.errors().toString());
            articles.addAll(r.articles());
        }
        assertEquals(60, articles.size());
        QueryEval.Report report = SearchEvaluation.run(Zhclaims.get(), articles,
                GOLD.resolve("real-queries/queries.jsonl"));
        String table = report.outcomes().stream().map(o -> o.rank() + " " + o.query().query())
                .collect(Collectors.joining("; "));
        assertEquals(63, report.queries());
        assertTrue(report.hitsAt3() >= HITS_AT_3, report.hitsAt3() + "/63: " + table);
        assertTrue(report.mrr() >= MRR - 0.01, report.mrr() + ": " + table);
    }

    private static final int HITS_AT_3 = 58;
    private static final double MRR = 0.895;
}
