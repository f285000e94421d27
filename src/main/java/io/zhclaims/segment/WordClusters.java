package io.zhclaims.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word classes learned from unlabelled news ({@link ClusterTrainer}): words
 * that are followed by the same words share a class. The organization tagger reads the class of
 * each word, so a name it never saw in training is judged by names that are used like it.
 * Immutable; {@link #shared()} loads {@code models/segment/word-clusters.txt.gz} once.
 */
final class WordClusters {
    static final String RESOURCE = "segment/word-clusters.txt.gz";
    /** The class of a word the clusters do not hold. */
    static final int NONE = -1;

    /**
     * Open addressing on a 64-bit hash of the word (0 marks an empty slot) and the class of each
     * slot. Not a HashMap: String's hash of two Han characters is c1 × 31 + c2, so two-character
     * words collide in whole runs and the map's buckets turn into trees on the hot path.
     */
    private final long[] keys;
    private final short[] values;
    private final int mask;

    /** The table for {@code count} hashed words and their classes, in the order read (a later word wins). */
    private WordClusters(long[] hashes, short[] classes, int count) {
        int capacity = Integer.highestOneBit(Math.max(16, count * 2)) * 2;
        this.keys = new long[capacity];
        this.values = new short[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < count; i++) {
            long h = hashes[i];
            int slot = (int) h & mask;
            while (keys[slot] != 0 && keys[slot] != h) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = h;
            values[slot] = classes[i];
        }
    }

    /** FNV-1a over the characters, then Murmur3's 64-bit finalizer; never 0. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static final class Holder {
        static final WordClusters INSTANCE = load();
    }

    static WordClusters shared() {
        return Holder.INSTANCE;
    }

    /** The word's class, or {@link #NONE}. */
    int classOf(String word) {
        long h = hash(word);
        for (int slot = (int) h & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == h) {
                return values[slot];
            }
        }
        return NONE;
    }

    private static WordClusters load() {
        InputStream in = WordClusters.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("model file missing from the classpath: " + RESOURCE
                    + " (make it with: zhclaims train-clusters)");
        }
        // hashed as read, with no map of strings between: this runs while a command starts
        long[] hashes = new long[1 << 16];
        short[] classes = new short[1 << 16];
        int count = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                    classes = Arrays.copyOf(classes, count * 2);
                }
                hashes[count] = hash(line.substring(0, tab));
                classes[count] = (short) Integer.parseInt(line, tab + 1, line.length(), 10);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new WordClusters(hashes, classes, count);
    }
}
