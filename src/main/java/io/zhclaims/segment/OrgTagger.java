package io.zhclaims.segment;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained organization tagger: a linear-chain averaged perceptron over characters, labelling
 * each one outside, begin, inside, end or single ({@link OrgFeatures}). It reads the features
 * the pipeline already has (characters, HanLP words and tags, the name lists), so tagging costs
 * one Viterbi pass over a sentence that is already segmented. Trained by {@link OrgTrainer} from
 * the People's Daily 1998 corpus; shipped as {@code models/segment/org-model.bin.gz}.
 *
 * <p>Immutable; {@link #shared()} loads the model once, on first use, for every thread.
 */
public final class OrgTagger {
    static final String RESOURCE = "segment/org-model.bin.gz";
    private static final int MAGIC = 0x5a4f5247; // "ZORG"

    private final SegmentDictionaries dict;
    /**
     * Open addressing, three ints a slot: the feature hash (0 marks an empty slot), then its
     * weights for begin, inside, end and single, each less its weight for outside, as 16-bit
     * values packed in pairs. Adding one number to every tag of a position changes no best path,
     * so the outside weight need not be kept; 12 bytes a slot at a load of about 0.7 keep the
     * table near half the size of five weights in 16-byte slots, and a probe reads one cache line.
     */
    private final int[] table;
    private final long capacity;
    /**
     * One bit a hash value, set for every feature of the model: a third of a sentence's features
     * (rare character pairs and triples, words the corpus never showed) are in no model, and
     * this bit set, small enough to stay in the processor's cache, turns most of them away
     * before they cost a probe of the large table.
     */
    private final long[] known;
    private final int knownMask;
    private final float scale;
    /** (TAGS + 1) × TAGS: row TAGS is the start of the sentence. */
    private final float[] transitions;

    private OrgTagger(int[] features, short[] quantized, float scale, float[] transitions) {
        this.dict = SegmentDictionaries.get();
        int slots = Math.max(16, (int) (features.length / LOAD) + 1);
        this.capacity = slots;
        this.table = new int[slots * 3];
        int bits = Integer.highestOneBit(Math.max(64, features.length * BITS_PER_FEATURE - 1)) << 1;
        this.known = new long[bits >>> 6];
        this.knownMask = bits - 1;
        for (int feature : features) {
            int bit = feature & knownMask;
            known[bit >>> 6] |= 1L << bit;
        }
        for (int k = 0; k < features.length; k++) {
            int slot = slot(features[k]);
            while (table[slot * 3] != 0) {
                slot = slot + 1 == slots ? 0 : slot + 1;
            }
            int at = slot * 3;
            int w = k * OrgFeatures.TAGS;
            int outside = quantized[w + OrgFeatures.O];
            table[at] = features[k];
            table[at + 1] = pack(relative(quantized[w + OrgFeatures.B], outside), relative(quantized[w + OrgFeatures.I], outside));
            table[at + 2] = pack(relative(quantized[w + OrgFeatures.E], outside), relative(quantized[w + OrgFeatures.S], outside));
        }
        // the relative weights are halved to fit 16 bits
        this.scale = scale * 2;
        this.transitions = transitions;
    }

    private static final double LOAD = 0.7;
    /**
     * At 8 to 16 bits a feature (the power of two above), one feature in 9 to 16 that is in no
     * model passes the bit set (1 − e^(−1/8) to 1 − e^(−1/16)); 270 k features take 512 KB.
     */
    private static final int BITS_PER_FEATURE = 8;

    /** A weight less the outside weight, halved (rounded) so that it fits 16 bits. */
    private static short relative(short weight, int outside) {
        return (short) Math.round((weight - outside) / 2.0);
    }

    /** The feature's home slot: its hash mapped onto the table's range by a multiply, not a mask. */
    private int slot(int feature) {
        return (int) (((feature & 0xFFFFFFFFL) * capacity) >>> 32);
    }

    private static final class Holder {
        static final OrgTagger INSTANCE = load();
    }

    /** The shipped model, loaded on first use. */
    public static OrgTagger shared() {
        return Holder.INSTANCE;
    }

    private static OrgTagger load() {
        InputStream in = OrgTagger.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("model file missing from the classpath: " + RESOURCE
                    + " (train it with: zhclaims train-orgs)");
        }
        try (in) {
            OrgTagger tagger = read(in);
            // Its features read the word classes for every sentence: loaded with the model, on
            // the thread that loads it, so that a command's first sentence does not wait for them.
            WordClusters.shared();
            return tagger;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The organization spans ({@code [start, end)}) the model finds in a segmented sentence. */
    public List<int[]> spans(String sentence, List<Token> tokens) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        int[] features = OrgFeatures.extractFlat(sentence, tokens, dict);
        int n = sentence.length();
        float[][] emission = new float[n][OrgFeatures.TAGS];
        for (int i = 0; i < n; i++) {
            float[] e = emission[i];
            int b = 0;
            int in = 0;
            int end = 0;
            int single = 0;
            for (int j = i * OrgFeatures.COUNT, last = j + OrgFeatures.COUNT; j < last; j++) {
                int at = find(features[j]);
                if (at >= 0) {
                    b += table[at + 1] >> 16;
                    in += (short) table[at + 1];
                    end += table[at + 2] >> 16;
                    single += (short) table[at + 2];
                }
            }
            e[OrgFeatures.B] = b * scale;
            e[OrgFeatures.I] = in * scale;
            e[OrgFeatures.E] = end * scale;
            e[OrgFeatures.S] = single * scale;
        }
        return toSpans(viterbi(emission, transitions));
    }

    /** The index of the feature's slot in the table, or -1. */
    private int find(int feature) {
        int bit = feature & knownMask;
        if ((known[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        int slot = slot(feature);
        int slots = (int) capacity;
        while (true) {
            int k = table[slot * 3];
            if (k == feature) {
                return slot * 3;
            }
            if (k == 0) {
                return -1;
            }
            slot = slot + 1 == slots ? 0 : slot + 1;
        }
    }

    private static int pack(short high, short low) {
        return (high << 16) | (low & 0xFFFF);
    }

    /** Whether the tag may follow the previous one; {@code prev == TAGS} is the sentence start. */
    static boolean allowed(int prev, int tag) {
        boolean open = prev == OrgFeatures.B || prev == OrgFeatures.I;
        boolean continues = tag == OrgFeatures.I || tag == OrgFeatures.E;
        return open == continues;
    }

    /** The best tag sequence under the emission and transition scores. */
    static int[] viterbi(float[][] emission, float[] transitions) {
        int n = emission.length;
        int tags = OrgFeatures.TAGS;
        float[][] score = new float[n][tags];
        int[][] back = new int[n][tags];
        for (int t = 0; t < tags; t++) {
            score[0][t] = allowed(tags, t) ? emission[0][t] + transitions[tags * tags + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < tags; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < tags; p++) {
                    if (!allowed(p, t)) {
                        continue;
                    }
                    float v = score[i - 1][p] + transitions[p * tags + t];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                score[i][t] = best + emission[i][t];
                back[i][t] = arg;
            }
        }
        int last = OrgFeatures.O;
        float best = score[n - 1][OrgFeatures.O];
        for (int t : new int[]{OrgFeatures.E, OrgFeatures.S}) {
            if (score[n - 1][t] > best) {
                best = score[n - 1][t];
                last = t;
            }
        }
        int[] path = new int[n];
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    static List<int[]> toSpans(int[] path) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < path.length; i++) {
            switch (path[i]) {
                case OrgFeatures.S -> out.add(new int[]{i, i + 1});
                case OrgFeatures.B -> start = i;
                case OrgFeatures.E -> {
                    if (start >= 0) {
                        out.add(new int[]{start, i + 1});
                    }
                    start = -1;
                }
                case OrgFeatures.O -> start = -1;
                default -> {
                }
            }
        }
        return out;
    }

    /** Writes a model: feature hashes with their weights per tag, quantized to 16 bits. */
    static void write(OutputStream out, int[] features, float[] weights, float[] transitions) throws IOException {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        Integer[] order = new Integer[features.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compareUnsigned(features[a], features[b]));
        try (DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(out)))) {
            d.writeInt(MAGIC);
            d.writeInt(OrgFeatures.TAGS);
            for (float t : transitions) {
                d.writeFloat(t);
            }
            d.writeFloat(scale);
            d.writeInt(features.length);
            int previous = 0;
            for (Integer k : order) {
                // Sorted hashes as gaps: small numbers, which the gzip layer packs well.
                writeVarint(d, features[k] - previous);
                previous = features[k];
            }
            // Weights tag by tag: runs of similar values compress better than interleaved ones.
            for (int t = 0; t < OrgFeatures.TAGS; t++) {
                for (Integer k : order) {
                    d.writeShort(Math.round(weights[k * OrgFeatures.TAGS + t] / scale));
                }
            }
        }
    }

    static OrgTagger read(InputStream raw) throws IOException {
        // Decompressed whole and parsed from memory: a DataInputStream's byte-at-a-time reads
        // took two thirds of the loading, which runs while a command starts.
        ByteBuffer d = ByteBuffer.wrap(new GZIPInputStream(raw, 1 << 16).readAllBytes());
        try {
            if (d.getInt() != MAGIC || d.getInt() != OrgFeatures.TAGS) {
                throw new IOException("not an organization model");
            }
            float[] transitions = new float[(OrgFeatures.TAGS + 1) * OrgFeatures.TAGS];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = d.getFloat();
            }
            float scale = d.getFloat();
            int n = d.getInt();
            int[] features = new int[n];
            int previous = 0;
            for (int i = 0; i < n; i++) {
                previous += readVarint(d);
                features[i] = previous;
            }
            short[] quantized = new short[n * OrgFeatures.TAGS];
            for (int t = 0; t < OrgFeatures.TAGS; t++) {
                for (int i = 0; i < n; i++) {
                    quantized[i * OrgFeatures.TAGS + t] = d.getShort();
                }
            }
            return new OrgTagger(features, quantized, scale, transitions);
        } catch (BufferUnderflowException e) {
            throw new EOFException("organization model ends early");
        }
    }

    private static void writeVarint(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarint(ByteBuffer d) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = d.get() & 0xFF;
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
