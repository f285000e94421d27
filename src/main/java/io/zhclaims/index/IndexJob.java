package io.zhclaims.index;

import io.zhclaims.ArticleResult;
import io.zhclaims.Batch;
import io.zhclaims.Zhclaims;
import io.zhclaims.ingest.ArticleReader;
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
 * whose content changed are analysed; the claims of articles that disappeared are removed.
 *
 * <p>The index is committed every {@link Settings#commitEvery} articles or
 * {@link Settings#commitSeconds} seconds, so a crash, a kill or a bad file costs at most the
 * slice since the last commit: every article is one unit (its marker and claims replaced
 * together), so the next run finds the committed ones unchanged and resumes after them.
 *
 * <p>A full rebuild ({@code --full}, or an index written by another pipeline or schema) is
 * built in a fresh folder beside the index and swapped in at the end ({@link IndexSwap}):
 * searches see the old index until the new one is complete, and a damaged index is replaced
 * without ever being opened. An interrupted rebuild is resumed by the next one.
 */
public final class IndexJob {
    /** Commit data key of the pipeline fingerprint: a new pipeline re-analyses every article. */
    public static final String PIPELINE_KEY = "pipeline";

    /** How often to commit, and the largest file read. */
    public record Settings(int commitEvery, int commitSeconds, long maxFileBytes) {
        public static final Settings DEFAULT = new Settings(500, 30, ArticleReader.DEFAULT_MAX_BYTES);

        public Settings {
            if (commitEvery < 1 || commitSeconds < 1 || maxFileBytes < 1) {
                throw new IllegalArgumentException("commit interval and file size limit must be positive");
            }
        }
    }

    /** What one run did. */
    public record Summary(int added, int changed, int unchanged, int removed, int failed,
                          int claims, int skipped, Duration took, List<IngestError> errors,
                          List<IngestError> notes) {
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
    private final Settings settings;

    public IndexJob(Zhclaims zhclaims, int threads) {
        this(zhclaims, threads, Settings.DEFAULT);
    }

    public IndexJob(Zhclaims zhclaims, int threads, Settings settings) {
        this.zhclaims = zhclaims;
        this.threads = threads;
        this.settings = settings;
    }

    public Summary run(List<Path> inputs, Path indexDir, boolean full, Progress progress) throws IOException {
        Instant started = Instant.now();
        Corpus corpus = new CorpusWalker().walk(inputs);
        String fingerprint = zhclaims.fingerprint();
        IndexSwap swap = new IndexSwap(indexDir);
        boolean rebuild = full || swap.needsRebuild(fingerprint);
        Path target = rebuild ? swap.building() : indexDir;
        Summary summary;
        try (ClaimIndex index = openForUpdate(target, indexDir)) {
            if (rebuild && !swap.resumable(fingerprint)) {
                index.deleteAll();
            }
            summary = update(index, corpus, fingerprint, started, progress);
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException e) {
            throw IndexProblem.of(indexDir, e);
        }
        if (rebuild) {
            swap.swapIn();
        }
        return summary;
    }

    private ClaimIndex openForUpdate(Path target, Path indexDir) throws IOException {
        try {
            return ClaimIndex.open(target, zhclaims.claimAnalysis());
        } catch (IOException | RuntimeException e) {
            throw IndexProblem.of(indexDir, e);
        }
    }

    private Summary update(ClaimIndex index, Corpus corpus, String fingerprint, Instant started,
                           Progress progress) throws IOException {
        Map<String, String> known = index.articleHashes();
        Counter counter = new Counter();
        Set<String> seen = new HashSet<>();
        long[] lastCommit = {System.nanoTime(), 0};
        new Batch(zhclaims, threads, settings.maxFileBytes()).run(corpus,
                hashed -> !hashed.hash().equals(known.get(hashed.raw().doc())), new Batch.Sink() {
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
                lastCommit[1]++;
                if (lastCommit[1] >= settings.commitEvery()
                        || System.nanoTime() - lastCommit[0] >= settings.commitSeconds() * 1_000_000_000L) {
                    try {
                        index.commit(commitData(fingerprint, started, false));
                    } catch (IOException e) {
                        throw new Batch.SinkFailure("committing the index failed: " + e.getMessage(), e);
                    }
                    lastCommit[0] = System.nanoTime();
                    lastCommit[1] = 0;
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
            public void noted(IngestError note) {
                counter.notes.add(note);
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
        index.commit(commitData(fingerprint, started, true));
        return new Summary(counter.added, counter.changed, counter.unchanged, removed,
                counter.errors.size(), index.claimCount(),
                corpus.skippedHidden() + corpus.skippedUnknown(),
                Duration.between(started, Instant.now()), List.copyOf(counter.errors), List.copyOf(counter.notes));
    }

    private static Map<String, String> commitData(String fingerprint, Instant started, boolean finished) {
        Instant now = Instant.now();
        return Map.of(PIPELINE_KEY, fingerprint, finished ? "finished" : "partial", now.toString(),
                "took_ms", String.valueOf(Duration.between(started, now).toMillis()));
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
        final List<IngestError> notes = new ArrayList<>();
    }
}
