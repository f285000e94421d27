package io.zhclaims.spark;

import io.zhclaims.ArticleResult;
import io.zhclaims.Zhclaims;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.index.ClaimIndex;
import io.zhclaims.index.IndexJob;
import io.zhclaims.ingest.IngestError;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * One partition on an executor: reads its files (or takes its table rows), runs the pipeline on each article with the
 * executor's one {@link Zhclaims} (loaded on the first task, shared by the executor's cores), and
 * writes the partition's Lucene shard as it goes. The shard is built on local disk and copied to
 * {@code shards/part-NNNNN} only when the partition is done, replacing what an earlier attempt
 * left there: a retried task writes the same shard again, since the pipeline is deterministic.
 *
 * <p>Results stream out one article at a time, so a partition's claims never sit in memory
 * together.
 */
final class PartitionJob implements FlatMapFunction<Iterator<Input>, Line> {
    private static final long serialVersionUID = 1L;

    private final String shards;
    private final SerializableWritable<Configuration> hadoop;

    PartitionJob(String shards, Configuration hadoop) {
        this.shards = shards;
        this.hadoop = new SerializableWritable<>(new Configuration(hadoop));
    }

    private static String shardName(int partition) {
        return String.format(Locale.ROOT, "part-%05d", partition);
    }

    @Override
    public Iterator<Line> call(Iterator<Input> inputs) throws IOException {
        TaskContext task = TaskContext.get();
        Path local = Files.createTempDirectory("zhclaims-shard-");
        Zhclaims zhclaims = Zhclaims.get();
        ClaimIndex shard = ClaimIndex.create(FSDirectory.open(local), zhclaims.claimAnalysis());
        task.addTaskCompletionListener((TaskCompletionListener) done -> {
            try {
                shard.close();
            } catch (IOException e) {
                // The shard was copied already, or the task failed and its retry starts afresh.
            }
            deleteQuietly(local);
        });
        return new Results(inputs, zhclaims, hadoop.value(), shard, () -> publish(task, shard, zhclaims, local));
    }

    private void publish(TaskContext task, ClaimIndex shard, Zhclaims zhclaims, Path local) throws IOException {
        shard.commit(Map.of(IndexJob.PIPELINE_KEY, zhclaims.fingerprint()));
        shard.close();
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(shards, shardName(task.partitionId()));
        // The merge takes part-* folders only, so a half-copied attempt is never merged.
        org.apache.hadoop.fs.Path staged = new org.apache.hadoop.fs.Path(shards, "_attempt-" + task.taskAttemptId());
        FileSystem fs = target.getFileSystem(hadoop.value());
        fs.delete(staged, true);
        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), staged);
        fs.delete(target, true);
        if (!fs.rename(staged, target)) {
            throw new IOException("cannot move shard " + staged + " to " + target);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Temporary files only: the executor's temp folder is cleaned with it.
        }
    }

    private interface Finish {
        void run() throws IOException;
    }

    /** Analyses an input when the lines of the previous one have been taken. */
    private static final class Results implements Iterator<Line> {
        private final Iterator<Input> inputs;
        private final Zhclaims zhclaims;
        private final Configuration hadoop;
        private final ClaimIndex shard;
        private final Finish finish;
        private final Deque<Line> pending = new ArrayDeque<>();
        private boolean finished;

        Results(Iterator<Input> inputs, Zhclaims zhclaims, Configuration hadoop, ClaimIndex shard, Finish finish) {
            this.inputs = inputs;
            this.zhclaims = zhclaims;
            this.hadoop = hadoop;
            this.shard = shard;
            this.finish = finish;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !finished) {
                try {
                    if (inputs.hasNext()) {
                        analyse(inputs.next());
                    } else {
                        finished = true;
                        finish.run();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("writing the shard failed", e);
                }
            }
            return !pending.isEmpty();
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void analyse(Input input) throws IOException {
            byte[] content = input.content();
            if (content == null) {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input.path());
                try (InputStream in = path.getFileSystem(hadoop).open(path)) {
                    content = in.readAllBytes();
                } catch (IOException e) {
                    failed(new IngestError(input.doc(), "cannot read: " + oneLine(e)));
                    return;
                }
            }
            ReadResult read = zhclaims.read(content, input.name(), input.doc());
            read.errors().forEach(this::failed);
            for (RawArticle raw : read.articles()) {
                ArticleResult result;
                try {
                    result = zhclaims.process(raw, Zhclaims.contentHash(raw));
                } catch (IllegalArgumentException e) {
                    // The stages reject input they cannot use (nothing left after cleaning) with a reason.
                    failed(new IngestError(raw.doc(), e.getMessage()));
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    failed(new IngestError(raw.doc(), "analysis failed: " + oneLine(e)));
                    continue;
                }
                shard.replaceArticle(result.doc(), result.hash(), result.claims());
                pending.add(new Line(Line.Type.ARTICLE, result.doc()));
                result.claims().forEach(c -> pending.add(new Line(Line.Type.CLAIM, ClaimJson.toJson(c))));
            }
        }

        private void failed(IngestError error) {
            pending.add(new Line(Line.Type.ERROR, error.toString()));
        }

        private static String oneLine(Throwable e) {
            String m = e.getMessage();
            return (e.getClass().getSimpleName() + (m == null ? "" : ": " + m)).replaceAll("\\s+", " ");
        }
    }
}
