package io.zhclaims.eval;

import io.zhclaims.ArticleResult;
import io.zhclaims.Batch;
import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.ingest.Corpus;
import io.zhclaims.ingest.CorpusWalker;
import io.zhclaims.ingest.IngestError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the pipeline over a corpus and scores its claims against a gold file (FORMAT.md). */
public final class Evaluation {
    /** The score (null without gold), and the articles and errors it was computed from. */
    public record Result(Score score, List<ArticleResult> articles, List<IngestError> errors) {
        public List<Claim> claims() {
            return articles.stream().flatMap(a -> a.claims().stream()).toList();
        }
    }

    private final Zhclaims zhclaims;
    private final int threads;

    public Evaluation(Zhclaims zhclaims, int threads) {
        this.zhclaims = zhclaims;
        this.threads = threads;
    }

    /** @param gold the gold file, or null to only run the pipeline */
    public Result run(Path gold, Path corpusDir) {
        Corpus corpus = new CorpusWalker().walk(List.of(corpusDir));
        Map<String, String> texts = new HashMap<>();
        List<ArticleResult> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        new Batch(zhclaims, threads).run(corpus, a -> true, new Batch.Sink() {
            @Override
            public void processed(ArticleResult result) {
                texts.put(Scorer.docName(result.doc()), result.article().text());
                articles.add(result);
            }

            @Override
            public void failed(IngestError error) {
                errors.add(error);
            }
        });
        Result unscored = new Result(null, articles, errors);
        if (gold == null) {
            return unscored;
        }
        Score score = new Scorer(zhclaims::normalizeQuery).score(GoldMention.read(gold), texts, unscored.claims());
        return new Result(score, articles, errors);
    }
}
