package io.zhclaims;

import io.zhclaims.ingest.Corpus;
import io.zhclaims.ingest.CorpusFile;
import io.zhclaims.ingest.IngestError;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Runs the pipeline over a corpus on several threads and hands the results to a sink in corpus
 * order, so output files and indexes come out the same on every run. A file or article that
 * fails becomes one error line; the others are still processed.
 */
public final class Batch {
    /** Receives results in corpus order, on the calling thread. */
    public interface Sink {
        /**
         * Called on the worker thread as soon as an article is analysed, for work that may run
         * in parallel and in any order (writing it to an index). An exception thrown here ends
         * the whole run: it means the output cannot be written, not that the article is bad.
         */
        default void analysed(ArticleResult result) {
        }

        void processed(ArticleResult result);

        /** An article the filter said needs no work (unchanged since the last run). */
        default void unchanged(String doc) {
        }

        void failed(IngestError error);

        /** Something read but changed on the way (a renamed duplicate, NUL bytes removed); not a failure. */
        default void noted(IngestError note) {
        }

        /** Called after each file: progress as files done of files total. */
        default void progress(int done, int total) {
        }
    }

    private final Zhclaims zhclaims;
    private final int threads;
    private final long maxFileBytes;

    public Batch(Zhclaims zhclaims, int threads) {
        this(zhclaims, threads, io.zhclaims.ingest.ArticleReader.DEFAULT_MAX_BYTES);
    }

    /** @param maxFileBytes files larger than this fail with a one-line error, unread */
    public Batch(Zhclaims zhclaims, int threads, long maxFileBytes) {
        this.zhclaims = zhclaims;
        this.threads = Math.max(1, threads);
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * @param needsWork given an article as read and its content hash, whether to analyse it
     */
    public void run(Corpus corpus, Predicate<Hashed> needsWork, Sink sink) {
        corpus.errors().forEach(sink::failed);
        corpus.notes().forEach(sink::noted);
        List<CorpusFile> files = corpus.files();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhclaims-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<List<Outcome>>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            int ahead = threads * 4;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < ahead) {
                    CorpusFile file = files.get(next++);
                    window.add(pool.submit(() -> processFile(file, needsWork, sink)));
                }
                for (Outcome o : take(window.poll(), files.get(done))) {
                    if (o instanceof Processed p) {
                        sink.processed(p.result());
                    } else if (o instanceof Unchanged u) {
                        sink.unchanged(u.doc());
                    } else if (o instanceof Failed f) {
                        sink.failed(f.error());
                    } else if (o instanceof Noted n) {
                        sink.noted(n.note());
                    }
                }
                sink.progress(++done, files.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An article as read, with the hash that identifies its content. */
    public record Hashed(RawArticle raw, String hash) {
    }

    /** Thrown by {@link Sink#analysed} when the output cannot be written; ends the run. */
    public static final class SinkFailure extends RuntimeException {
        public SinkFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private sealed interface Outcome permits Processed, Unchanged, Failed, Noted {
    }

    private record Noted(IngestError note) implements Outcome {
    }

    private record Processed(ArticleResult result) implements Outcome {
    }

    private record Unchanged(String doc) implements Outcome {
    }

    private record Failed(IngestError error) implements Outcome {
    }

    private List<Outcome> processFile(CorpusFile file, Predicate<Hashed> needsWork, Sink sink) {
        ReadResult read = zhclaims.read(file, maxFileBytes);
        List<Outcome> out = new ArrayList<>();
        read.errors().forEach(e -> out.add(new Failed(e)));
        read.notes().forEach(n -> out.add(new Noted(n)));
        for (RawArticle raw : read.articles()) {
            Hashed hashed = new Hashed(raw, Zhclaims.contentHash(raw));
            if (!needsWork.test(hashed)) {
                out.add(new Unchanged(raw.doc()));
                continue;
            }
            ArticleResult result;
            try {
                result = zhclaims.process(raw, hashed.hash());
            } catch (IllegalArgumentException e) {
                // The stages reject input they cannot use (nothing left after cleaning) with a reason.
                out.add(new Failed(new IngestError(raw.doc(), e.getMessage())));
                continue;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                out.add(new Failed(new IngestError(raw.doc(), "analysis failed: " + oneLine(e))));
                continue;
            }
            sink.analysed(result);
            out.add(new Processed(result));
        }
        return out;
    }

    private static List<Outcome> take(Future<List<Outcome>> future, CorpusFile file) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SinkFailure f) {
                throw f;
            }
            return List.of(new Failed(new IngestError(file.doc(), "failed: " + oneLine(e.getCause()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String text = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        return text.replaceAll("\\s+", " ");
    }
}
