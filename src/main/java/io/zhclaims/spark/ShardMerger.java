package io.zhclaims.spark;

import io.zhclaims.Zhclaims;
import io.zhclaims.index.ClaimIndex;
import io.zhclaims.index.IndexJob;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * On the driver: merges the partitions' shards, wherever they were written, into one index on
 * local disk with {@code IndexWriter.addIndexes}, which copies segments without analysing a
 * claim again. The merged index is what {@code zhclaims search} and {@code serve} open, and
 * {@code zhclaims index} can keep it up to date from then on.
 */
final class ShardMerger {
    private ShardMerger() {
    }

    /** @return the number of shards merged */
    static int merge(Configuration hadoop, String shardsDir, Path indexDir, Zhclaims zhclaims) throws IOException {
        org.apache.hadoop.fs.Path shards = new org.apache.hadoop.fs.Path(shardsDir);
        FileSystem fs = shards.getFileSystem(hadoop);
        FileStatus[] parts = fs.listStatus(shards, p -> p.getName().startsWith("part-"));
        Arrays.sort(parts, Comparator.comparing(s -> s.getPath().getName()));
        Path local = Files.createTempDirectory("zhclaims-merge-");
        List<Directory> directories = new ArrayList<>();
        try {
            for (FileStatus part : parts) {
                Path copy = local.resolve(part.getPath().getName());
                fs.copyToLocalFile(false, part.getPath(), new org.apache.hadoop.fs.Path(copy.toUri()), true);
                directories.add(FSDirectory.open(copy));
            }
            Files.createDirectories(indexDir);
            try (ClaimIndex index = ClaimIndex.create(FSDirectory.open(indexDir), zhclaims.claimAnalysis())) {
                index.addIndexes(directories.toArray(Directory[]::new));
                index.commit(Map.of(IndexJob.PIPELINE_KEY, zhclaims.fingerprint(),
                        "finished", Instant.now().toString(), "shards", String.valueOf(parts.length)));
            }
        } finally {
            IOUtils.close(directories);
            try (Stream<Path> all = Files.walk(local)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        fs.delete(shards, true);
        return parts.length;
    }
}
