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
 * Search over the real pages of every field (gold/real-queries): the 63 queries written from the
 * gold claims of the six sets real-a to real-f over those 60 pages, the 18 over real-g to real-l
 * over the 116 pages of real-a to real-l, the 39 over real-m and real-n over all 136 pages.
 * Holds the scores measured when the ranking rules were last changed.
 */
class RealQueriesTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");

    @Test
    void realPageQueriesHoldTheirScore() throws IOException {
        List<ArticleResult> articles = new ArrayList<>();
        List<ArticleResult> toF = List.of();
        List<ArticleResult> toL = List.of();
        for (char set = 'a'; set <= 'n'; set++) {
            Evaluation.Result r = new Evaluation(Zhclaims.get(), 2).run(null, GOLD.resolve("real-" + set).resolve("articles"));
            assertTrue(r.errors().isEmpty(), r.errors().toString());
            articles.addAll(r.articles());
            if (set == 'f') {
                toF = List.copyOf(articles);
            } else if (set == 'l') {
                toL = List.copyOf(articles);
            }
        }
        assertEquals(60, toF.size());
        holds(toF, "queries.jsonl", 63, 58, 0.895);
        holds(toL, "queries-g-l.jsonl", 18, 14, 0.647);
        holds(articles, "queries-m-n.jsonl", 39, 35, 0.821);
    }

    private static void holds(List<ArticleResult> articles, String file, int queries, int hitsAt3, double mrr) throws IOException {
        QueryEval.Report report = SearchEvaluation.run(Zhclaims.get(), articles, GOLD.resolve("real-queries").resolve(file));
        String table = report.outcomes().stream().map(o -> o.rank() + " " + o.query().query())
                .collect(Collectors.joining("; "));
        assertEquals(queries, report.queries());
        assertTrue(report.hitsAt3() >= hitsAt3, file + " " + report.hitsAt3() + "/" + queries + ": " + table);
        assertTrue(report.mrr() >= mrr - 0.01, file + " " + report.mrr() + ": " + table);
    }
}
