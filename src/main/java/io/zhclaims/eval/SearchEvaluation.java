package io.zhclaims.eval;

import io.zhclaims.ArticleResult;
import io.zhclaims.Zhclaims;
import io.zhclaims.index.ClaimIndex;
import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.index.QueryEval;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Scores search (FORMAT.md "Search queries") on an index built in memory from a corpus run. */
public final class SearchEvaluation {
    private SearchEvaluation() {
    }

    public static QueryEval.Report run(Zhclaims zhclaims, List<ArticleResult> articles, Path queries) throws IOException {
        try (ClaimIndex index = ClaimIndex.open(new ByteBuffersDirectory(), zhclaims.claimAnalysis())) {
            for (ArticleResult a : articles) {
                index.replaceArticle(a.doc(), a.hash(), a.claims());
            }
            index.commit(Map.of());
            try (ClaimSearcher searcher = index.searcher()) {
                return QueryEval.evaluate(searcher, QueryEval.read(queries));
            }
        }
    }
}
