package io.zhclaims.spark;

import io.zhclaims.ingest.CorpusWalker;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lists article files on any Hadoop file system the way {@link CorpusWalker} lists a local
 * folder: recursively, in name order, hidden entries and files of unknown type skipped, each
 * named by its path relative to the folder. Only names are listed here, on the driver; the
 * executors read the files.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    /** The article files under a folder, or the one file (always taken, as a file named on the command line is). */
    static List<Input> list(Configuration hadoop, String input) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        Path qualified = fs.makeQualified(path);
        List<Input> out = new ArrayList<>();
        if (fs.getFileStatus(qualified).isDirectory()) {
            walk(fs, qualified, "", out);
        } else {
            out.add(Input.file(qualified.toString(), qualified.getName()));
        }
        return out;
    }

    private static void walk(FileSystem fs, Path folder, String prefix, List<Input> out) throws IOException {
        // listStatus, not listFiles or Spark's binaryFiles: without Hadoop's native library the
        // local file system runs a shell command per file to fill in a LocatedFileStatus's owner
        // and permissions, minutes for a few thousand files.
        FileStatus[] entries = fs.listStatus(folder);
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (entry.isDirectory()) {
                walk(fs, entry.getPath(), prefix + name + "/", out);
            } else if (CorpusWalker.isSupported(java.nio.file.Path.of(name))) {
                out.add(Input.file(entry.getPath().toString(), prefix + name));
            }
        }
    }
}
