package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The writable claim index. Each article is one unit: its claims and a marker holding its
 * content hash are replaced together, so a re-run can tell new, changed and unchanged articles
 * apart ({@link #articleHashes()}) and touch only the first two.
 *
 * <p>Nothing is visible to readers of the directory until {@link #commit}; closing without a
 * commit, or a crash, leaves the previous commit as it was. {@link #replaceArticle} and
 * {@link #removeArticle} may be called from several threads at once.
 */
public final class ClaimIndex implements Closeable {
    /**
     * Bumped whenever fields or analysis change; an index written under another version must
     * be rebuilt, since its unchanged articles would otherwise keep the old terms.
     */
    public static final String SCHEMA_VERSION = "4";
    /** Commit user data key holding {@link #SCHEMA_VERSION}. */
    public static final String SCHEMA_KEY = "schema";
    /** Indexing memory before a flush, shared by all indexing threads. */
    static final double RAM_BUFFER_MB = 32;
    private final Directory directory;
    private final IndexWriter writer;
    private final ClaimAnalysis analysis;

    private ClaimIndex(Directory directory, IndexWriter writer, ClaimAnalysis analysis) {
        this.directory = directory;
        this.writer = writer;
        this.analysis = analysis;
    }

    /** Opens the index at {@code dir}, creating it (and the folder) when absent. */
    public static ClaimIndex open(Path dir, ClaimAnalysis analysis) throws IOException {
        return open(FSDirectory.open(dir), analysis);
    }

    /** Opens or creates the index in a directory; the index closes it on {@link #close()}. */
    public static ClaimIndex open(Directory directory, ClaimAnalysis analysis) throws IOException {
        return open(directory, analysis, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /**
     * A new, empty index in the directory, replacing whatever index it held, so that a shard
     * written again by a retried task, or a merged index built again, keeps no old claims.
     */
    public static ClaimIndex create(Directory directory, ClaimAnalysis analysis) throws IOException {
        return open(directory, analysis, IndexWriterConfig.OpenMode.CREATE);
    }

    private static ClaimIndex open(Directory directory, ClaimAnalysis analysis,
                                   IndexWriterConfig.OpenMode mode) throws IOException {
        Objects.requireNonNull(analysis, "analysis");
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(mode)
                // Closing is not committing: only an explicit commit ends a batch.
                .setCommitOnClose(false)
                // The indexing threads flush their own segments as the buffer fills, in parallel;
                // a buffer that held the whole batch would leave all of it to the one thread that
                // commits (at 128 MB that was an eighth of an index run, on one core).
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try {
            return new ClaimIndex(directory, new IndexWriter(directory, config), analysis);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("index " + directory + " is in use by another process", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Article path → content hash, for every article the index knows (with or without claims). */
    public Map<String, String> articleHashes() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery markers = new TermQuery(new Term(ClaimFields.TYPE, ClaimFields.TYPE_ARTICLE));
            int n = Math.max(1, searcher.count(markers));
            StoredFields stored = searcher.storedFields();
            Map<String, String> out = new HashMap<>();
            for (ScoreDoc sd : searcher.search(markers, n).scoreDocs) {
                Document d = stored.document(sd.doc);
                out.put(d.get(ClaimFields.ARTICLE), d.get(ClaimFields.HASH));
            }
            return out;
        }
    }

    /**
     * Replaces everything the index holds for the article by these claims, atomically: a
     * reader sees either the old claims or the new ones.
     *
     * @throws IllegalArgumentException when a claim belongs to another article or its mention
     *                                  lies outside its sentence
     */
    public void replaceArticle(String doc, String hash, List<Claim> claims) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(hash, "hash");
        if (claims instanceof io.zhclaims.claims.SpilledClaims) {
            replaceInSlices(doc, hash, claims);
            return;
        }
        List<Document> docs = new ArrayList<>(claims.size() + 1);
        docs.add(ClaimFields.marker(doc, hash));
        Leads leads = new Leads();
        for (Claim c : claims) {
            if (!doc.equals(c.doc())) {
                throw new IllegalArgumentException("claim " + c.id() + " belongs to " + c.doc()
                        + ", not to article " + doc);
            }
            docs.add(ClaimFields.claim(c, analysis, leads.of(c)));
        }
        writer.updateDocuments(new Term(ClaimFields.ARTICLE, doc), docs);
    }

    /**
     * An article of more claims than memory holds (they were kept on disk) is written a slice at
     * a time, its marker last: until the marker is committed the article counts as not indexed,
     * so a run interrupted half way analyses it again and replaces what was written.
     */
    private void replaceInSlices(String doc, String hash, List<Claim> claims) throws IOException {
        writer.deleteDocuments(new Term(ClaimFields.ARTICLE, doc));
        List<Document> slice = new ArrayList<>();
        Leads leads = new Leads();
        for (Claim c : claims) {
            if (!doc.equals(c.doc())) {
                throw new IllegalArgumentException("claim " + c.id() + " belongs to " + c.doc()
                        + ", not to article " + doc);
            }
            slice.add(ClaimFields.claim(c, analysis, leads.of(c)));
            if (slice.size() == 1_000) {
                writer.addDocuments(slice);
                slice.clear();
            }
        }
        writer.addDocuments(slice);
        writer.addDocument(ClaimFields.marker(doc, hash));
    }

    /**
     * Adds everything other indexes hold (shards written apart, one per Spark partition), as
     * they are: claims and article markers alike. The shards must be closed, and their
     * articles must not be in this index already.
     */
    public void addIndexes(Directory... shards) throws IOException {
        writer.addIndexes(shards);
    }

    public void removeArticle(String doc) throws IOException {
        writer.deleteDocuments(new Term(ClaimFields.ARTICLE, doc));
    }

    /** Empties the index (for a full rebuild); like every change, visible after the next commit. */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /**
     * Makes the batch durable and visible, recording {@code userData} (run time, counts...)
     * and the schema version.
     */
    public void commit(Map<String, String> userData) throws IOException {
        Map<String, String> data = new TreeMap<>(userData);
        data.put(SCHEMA_KEY, SCHEMA_VERSION);
        writer.setLiveCommitData(data.entrySet());
        flushInParallel();
        writer.commit();
    }

    /**
     * Writes out the indexing threads' buffers, one per core at a time, before a commit: the
     * commit flushes what is left on the calling thread alone, which at the end of a batch kept
     * the other cores idle (the final flush of 101 CCTV days was a sixth of the run's CPU in a
     * JFR profile). Each thread flushes one buffer, so that a commit during a run does not chase
     * the buffers the workers keep filling.
     */
    private void flushInParallel() throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return;
        }
        ExecutorService helpers = Executors.newFixedThreadPool(cores - 1, r -> {
            Thread t = new Thread(r, "zhclaims-flush");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Boolean>> flushes = new ArrayList<>();
            for (int i = 1; i < cores; i++) {
                flushes.add(helpers.submit(writer::flushNextBuffer));
            }
            writer.flushNextBuffer();
            for (Future<Boolean> f : flushes) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while flushing the index");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("flushing the index failed", e.getCause());
        } finally {
            helpers.shutdown();
        }
    }

    /** The user data of the last commit; empty for a new index. */
    public Map<String, String> lastCommitData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    /** Whether the last commit was written under another schema, so only a full rebuild is valid. */
    public boolean needsRebuild() throws IOException {
        Map<String, String> last = lastCommitData();
        return !last.isEmpty() && !SCHEMA_VERSION.equals(last.get(SCHEMA_KEY));
    }

    /** Claims held, including changes not committed yet. */
    public int claimCount() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return new IndexSearcher(reader).count(
                    new TermQuery(new Term(ClaimFields.TYPE, ClaimFields.TYPE_CLAIM)));
        }
    }

    /** A searcher over the current state, uncommitted changes included; close it after use. */
    public ClaimSearcher searcher() throws IOException {
        return new ClaimSearcher(DirectoryReader.open(writer), analysis);
    }

    /** Closes without committing: changes since the last {@link #commit} are lost. */
    @Override
    public void close() throws IOException {
        try {
            if (writer.isOpen()) {
                writer.rollback();
            }
        } finally {
            directory.close();
        }
    }
}
