package io.zhclaims.index;

import io.zhclaims.ArticleResult;
import io.zhclaims.Batch;
import io.zhclaims.Zhclaims;
import io.zhclaims.ingest.Corpus;
import io.zhclaims.ingest.CorpusWalker;
import io.zhclaims.ingest.IngestError;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The main job: brings the claim index up to date with a corpus. Only articles that are new or
 * whose content changed are analysed; the claims of articles that disappeared are removed; the
 * whole batch becomes visible in one commit, so a crash leaves the previous commit intact.
 */
public final class IndexJob {
    /** Commit data key of the pipeline fingerprint: a new pipeline re-analyses every article. */
    public static final String PIPELINE_KEY = "pipeline";

    /** What one run did. */
    public record Summary(int added, int changed, int unchanged, int removed, int failed,
                          int claims, int skipped, Duration took, List<IngestError> errors) {
        public String line() {
            String skippedFiles = skipped == 0 ? "" : String.format(java.util.Locale.ROOT,
                    " (%d hidden or unknown-type files skipped)", skipped);
            return String.format(java.util.Locale.ROOT,
                    "%d new, %d changed, %d unchanged, %d removed, %d failed%s; the index holds %d claims; %.1f s",
                    added, changed, unchanged, removed, failed, skippedFiles, claims, took.toMillis() / 1000.0);
        }
    }

    /** Told after every file, on the calling thread. */
    public interface Progress {
        void update(int filesDone, int filesTotal, int articlesAnalysed);
    }

    private final Zhclaims zhclaims;
    private final int threads;

    public IndexJob(Zhclaims zhclaims, int threads) {
        this.zhclaims = zhclaims;
        this.threads = threads;
    }

    public Summary run(List<Path> inputs, Path indexDir, boolean full, Progress progress) throws IOException {
        Instant started = Instant.now();
        Corpus corpus = new CorpusWalker().walk(inputs);
        String fingerprint = zhclaims.fingerprint();
        try (ClaimIndex index = ClaimIndex.open(indexDir, zhclaims.claimAnalysis())) {
            boolean rebuild = full || index.needsRebuild()
                    || !fingerprint.equals(index.lastCommitData().getOrDefault(PIPELINE_KEY, fingerprint));
            Map<String, String> known = rebuild ? Map.of() : index.articleHashes();
            if (rebuild) {
                index.deleteAll();
            }
            Counter counter = new Counter();
            Set<String> seen = new HashSet<>();
            new Batch(zhclaims, threads).run(corpus, hashed -> {
                return !hashed.hash().equals(known.get(hashed.raw().doc()));
            }, new Batch.Sink() {
                @Override
                public void analysed(ArticleResult r) {
                    try {
                        index.replaceArticle(r.doc(), r.hash(), r.claims());
                    } catch (IOException e) {
                        throw new Batch.SinkFailure("writing the index failed: " + e.getMessage(), e);
                    }
                }

                @Override
                public void processed(ArticleResult r) {
                    seen.add(r.doc());
                    if (known.containsKey(r.doc())) {
                        counter.changed++;
                    } else {
                        counter.added++;
                    }
                }

                @Override
                public void unchanged(String doc) {
                    seen.add(doc);
                    counter.unchanged++;
                }

                @Override
                public void failed(IngestError error) {
                    // A file that cannot be read now keeps the claims it had: bad input never loses data.
                    seen.add(error.file());
                    counter.errors.add(error);
                }

                @Override
                public void progress(int done, int total) {
                    progress.update(done, total, counter.added + counter.changed);
                }
            });
            int removed = 0;
            for (String doc : known.keySet()) {
                if (!seen.contains(doc) && !seenAsFailedFile(doc, seen)) {
                    index.removeArticle(doc);
                    removed++;
                }
            }
            Duration took = Duration.between(started, Instant.now());
            index.commit(Map.of(PIPELINE_KEY, fingerprint, "finished", Instant.now().toString(),
                    "took_ms", String.valueOf(took.toMillis())));
            return new Summary(counter.added, counter.changed, counter.unchanged, removed,
                    counter.errors.size(), index.claimCount(),
                    corpus.skippedHidden() + corpus.skippedUnknown(),
                    Duration.between(started, Instant.now()), List.copyOf(counter.errors));
        }
    }

    /** Articles of a JSON Lines file that failed to read as a whole are kept too. */
    private static boolean seenAsFailedFile(String doc, Set<String> seen) {
        int hash = doc.indexOf('#');
        return hash > 0 && seen.contains(doc.substring(0, hash));
    }

    private static final class Counter {
        int added;
        int changed;
        int unchanged;
        final List<IngestError> errors = new ArrayList<>();
    }
}
