package io.zhclaims.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rebuilds an index beside the live one and swaps it in atomically. The live path
 * ({@code output/index}) becomes a symbolic link to a generation folder
 * ({@code output/index.g<millis>}); a rebuild is written to {@code output/index.building},
 * renamed to a new generation when complete, and the link is replaced by one rename, which
 * readers see either before or after, never half done. The old generation is then deleted
 * (a searcher that still has it open keeps reading its files). A live path that is still a
 * plain folder (an index of an older version) is moved aside first.
 */
final class IndexSwap {
    private final Path live;
    private final Path building;

    IndexSwap(Path indexDir) {
        this.live = indexDir.toAbsolutePath().normalize();
        this.building = sibling(".building");
    }

    private Path sibling(String suffix) {
        return live.resolveSibling(live.getFileName() + suffix);
    }

    /** Whether the live index was written by another pipeline or schema, so every article must be analysed again. */
    boolean needsRebuild(String fingerprint) {
        Map<String, String> data = commitData(live);
        return data != null && !data.isEmpty() && !matches(data, fingerprint);
    }

    private static boolean matches(Map<String, String> data, String fingerprint) {
        return ClaimIndex.SCHEMA_VERSION.equals(data.get(ClaimIndex.SCHEMA_KEY))
                && fingerprint.equals(data.getOrDefault(IndexJob.PIPELINE_KEY, fingerprint));
    }

    /** The folder a rebuild is written to; an unreadable leftover of an earlier rebuild is cleared. */
    Path building() throws IOException {
        if (Files.exists(building, LinkOption.NOFOLLOW_LINKS) && commitData(building) == null) {
            deleteRecursively(building);
        }
        return building;
    }

    /**
     * Whether the build folder holds an interrupted rebuild by this pipeline, whose commits are
     * consistent and can be resumed; otherwise the caller empties it (once it holds the
     * folder's lock, so a rebuild running at the same time is never cleared under it).
     */
    boolean resumable(String fingerprint) {
        Map<String, String> data = commitData(building);
        return data != null && !data.isEmpty() && matches(data, fingerprint);
    }

    /** Puts the finished build in place of the live index. */
    void swapIn() throws IOException {
        long stamp = System.currentTimeMillis();
        Path generation = sibling(".g" + stamp);
        while (Files.exists(generation, LinkOption.NOFOLLOW_LINKS)) {
            generation = sibling(".g" + ++stamp);
        }
        Files.move(building, generation, StandardCopyOption.ATOMIC_MOVE);
        Path old = null;
        if (Files.isSymbolicLink(live)) {
            old = live.resolveSibling(Files.readSymbolicLink(live));
        } else if (Files.exists(live, LinkOption.NOFOLLOW_LINKS)) {
            old = sibling(".old");
            deleteRecursively(old);
            Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Path link = sibling(".link");
        Files.deleteIfExists(link);
        try {
            Files.createSymbolicLink(link, generation.getFileName());
            Files.move(link, live, StandardCopyOption.ATOMIC_MOVE);
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No symbolic links here: a plain rename, the old index already moved aside.
            Files.deleteIfExists(link);
            if (Files.isSymbolicLink(live)) {
                Files.delete(live);
            }
            Files.move(generation, live, StandardCopyOption.ATOMIC_MOVE);
        }
        if (old != null && !old.equals(generation)) {
            deleteRecursively(old);
        }
    }

    /** The user data of the last commit; empty for a folder without an index; null when unreadable. */
    private static Map<String, String> commitData(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return Map.of();
            }
            return SegmentInfos.readLatestCommit(d).getUserData();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
