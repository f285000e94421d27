package io.zhclaims.segment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains {@link OrgTagger}: an averaged structured perceptron over the characters of the People's
 * Daily 1998 corpus ({@link PeoplesDaily}), segmented by the pipeline's own {@link Segmenter}, so
 * the word features are those the tagger meets at run time. Deterministic: the sentence order of
 * every epoch comes from a fixed seed, and one thread does the work.
 */
public final class OrgTrainer {
    /**
     * Training settings; {@code devEvery} &gt; 0 holds out every n-th article and scores it after
     * each epoch; {@code bias} is added to the score of every name tag, trading precision for
     * recall (the held-out scores are printed for several, to choose it).
     */
    public record Settings(int epochs, long seed, int devEvery, float minWeight, float bias) {
    }

    private record Example(int[][] features, int[] gold) {
    }

    private final Settings settings;
    private final PrintWriter log;

    // Feature hash → row, open addressing; rows of TAGS weights, their running sums for averaging.
    private int[] keys = new int[1 << 20];
    private int[] rows = new int[1 << 20];
    private int size;
    private float[] w = new float[OrgFeatures.TAGS * (1 << 19)];
    private double[] sum = new double[OrgFeatures.TAGS * (1 << 19)];
    private final float[] trans = new float[(OrgFeatures.TAGS + 1) * OrgFeatures.TAGS];
    private final double[] transSum = new double[trans.length];
    private long step = 1;

    public OrgTrainer(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    /** Trains on the corpus file and writes the model to {@code out}. */
    public void train(Path corpus, Path out) throws IOException {
        long t0 = System.nanoTime();
        List<PeoplesDaily.Sentence> sentences = PeoplesDaily.read(corpus);
        Segmenter segmenter = new Segmenter();
        SegmentDictionaries dict = SegmentDictionaries.get();
        List<Example> train = new ArrayList<>();
        List<Example> dev = new ArrayList<>();
        List<String> articles = new ArrayList<>(new LinkedHashSet<>(sentences.stream().map(PeoplesDaily.Sentence::article).toList()));
        Set<String> devArticles = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            if (settings.devEvery() > 0 && i % settings.devEvery() == settings.devEvery() - 1) {
                devArticles.add(articles.get(i));
            }
        }
        int orgs = 0;
        long chars = 0;
        for (PeoplesDaily.Sentence s : sentences) {
            List<Token> tokens = segmenter.segment(s.text());
            Example e = new Example(OrgFeatures.extract(s.text(), tokens, dict), gold(s));
            (devArticles.contains(s.article()) ? dev : train).add(e);
            orgs += s.orgs().size();
            chars += s.text().length();
        }
        log.printf("read %d sentences, %d characters, %d organizations (%d articles, %d held out) in %.1f s%n",
                sentences.size(), chars, orgs, articles.size(), devArticles.size(), (System.nanoTime() - t0) / 1e9);
        Random random = new Random(settings.seed());
        List<Example> order = new ArrayList<>(train);
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            for (Example e : order) {
                errors += learn(e);
            }
            String score = dev.isEmpty() ? "" : ", held-out " + score(dev, averaged());
            log.printf("epoch %d: %d sentences wrong%s (%.1f s)%n", epoch, errors, score, (System.nanoTime() - t0) / 1e9);
            log.flush();
        }
        Model m = averaged();
        Model pruned = m.prune(settings.minWeight());
        if (!dev.isEmpty()) {
            log.printf("pruned to %d of %d features: held-out %s%n", pruned.features.length, m.features.length, score(dev, pruned));
            for (float bias : new float[]{0, 8, 16, 24, 32}) {
                log.printf("  with a bias of %2.0f towards names: held-out %s%n", bias, score(dev, pruned.biased(bias)));
            }
        }
        pruned = pruned.biased(settings.bias());
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            OrgTagger.write(o, pruned.features, pruned.weights, pruned.transitions);
        }
        log.printf("wrote %s: %d features, %d bytes (%.1f s)%n", out, pruned.features.length, Files.size(out), (System.nanoTime() - t0) / 1e9);
        log.flush();
    }

    private static int[] gold(PeoplesDaily.Sentence s) {
        int[] tags = new int[s.text().length()];
        for (int[] span : s.orgs()) {
            if (span[1] - span[0] == 1) {
                tags[span[0]] = OrgFeatures.S;
                continue;
            }
            tags[span[0]] = OrgFeatures.B;
            for (int i = span[0] + 1; i < span[1] - 1; i++) {
                tags[i] = OrgFeatures.I;
            }
            tags[span[1] - 1] = OrgFeatures.E;
        }
        return tags;
    }

    /** One perceptron step; 1 when the prediction was wrong. */
    private int learn(Example e) {
        int[] predicted = OrgTagger.viterbi(emission(e.features), trans);
        int wrong = 0;
        for (int i = 0; i < predicted.length; i++) {
            int g = e.gold[i];
            int p = predicted[i];
            int gPrev = i == 0 ? OrgFeatures.TAGS : e.gold[i - 1];
            int pPrev = i == 0 ? OrgFeatures.TAGS : predicted[i - 1];
            if (g != p) {
                wrong = 1;
                for (int f : e.features[i]) {
                    int r = row(f, true);
                    update(r * OrgFeatures.TAGS + g, 1);
                    update(r * OrgFeatures.TAGS + p, -1);
                }
            }
            if (g != p || gPrev != pPrev) {
                updateTransition(gPrev * OrgFeatures.TAGS + g, 1);
                updateTransition(pPrev * OrgFeatures.TAGS + p, -1);
            }
        }
        step++;
        return wrong;
    }

    private void update(int index, float delta) {
        w[index] += delta;
        sum[index] += step * delta;
    }

    private void updateTransition(int index, float delta) {
        trans[index] += delta;
        transSum[index] += step * delta;
    }

    private float[][] emission(int[][] features) {
        float[][] e = new float[features.length][OrgFeatures.TAGS];
        for (int i = 0; i < features.length; i++) {
            for (int f : features[i]) {
                int r = row(f, false);
                if (r >= 0) {
                    for (int t = 0; t < OrgFeatures.TAGS; t++) {
                        e[i][t] += w[r * OrgFeatures.TAGS + t];
                    }
                }
            }
        }
        return e;
    }

    private int row(int feature, boolean create) {
        int mask = keys.length - 1;
        int slot = feature & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == feature) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (!create) {
            return -1;
        }
        if (size * 2 >= keys.length) {
            grow();
            return row(feature, true);
        }
        keys[slot] = feature;
        rows[slot] = size;
        if ((size + 1) * OrgFeatures.TAGS > w.length) {
            w = Arrays.copyOf(w, w.length * 2);
            sum = Arrays.copyOf(sum, sum.length * 2);
        }
        return size++;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new int[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = oldKeys[i] & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** The averaged weights: w − Σ(step·Δ)/step. */
    private Model averaged() {
        int[] features = new int[size];
        float[] weights = new float[size * OrgFeatures.TAGS];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                int r = rows[slot];
                features[r] = keys[slot];
                for (int t = 0; t < OrgFeatures.TAGS; t++) {
                    int i = r * OrgFeatures.TAGS + t;
                    weights[i] = (float) (w[i] - sum[i] / step);
                }
            }
        }
        float[] transitions = new float[trans.length];
        for (int i = 0; i < trans.length; i++) {
            transitions[i] = (float) (trans[i] - transSum[i] / step);
        }
        return new Model(features, weights, transitions);
    }

    private record Model(int[] features, float[] weights, float[] transitions) {
        /** Drops the features whose every weight is below {@code min} in size: they barely move a score. */
        Model prune(float min) {
            int kept = 0;
            int[] f = new int[features.length];
            float[] ws = new float[weights.length];
            for (int r = 0; r < features.length; r++) {
                float max = 0;
                for (int t = 0; t < OrgFeatures.TAGS; t++) {
                    max = Math.max(max, Math.abs(weights[r * OrgFeatures.TAGS + t]));
                }
                if (max >= min) {
                    f[kept] = features[r];
                    System.arraycopy(weights, r * OrgFeatures.TAGS, ws, kept * OrgFeatures.TAGS, OrgFeatures.TAGS);
                    kept++;
                }
            }
            return new Model(Arrays.copyOf(f, kept), Arrays.copyOf(ws, kept * OrgFeatures.TAGS), transitions);
        }

        /**
         * The model with {@code bias} added to every name tag at every position: added to each
         * transition into a name tag (and to the start's), which Viterbi adds once a position.
         */
        Model biased(float bias) {
            float[] t = transitions.clone();
            for (int i = 0; i < t.length; i++) {
                if (i % OrgFeatures.TAGS != OrgFeatures.O) {
                    t[i] += bias;
                }
            }
            return new Model(features, weights, t);
        }

        float[][] emission(int[][] feats, java.util.Map<Integer, Integer> index) {
            float[][] e = new float[feats.length][OrgFeatures.TAGS];
            for (int i = 0; i < feats.length; i++) {
                for (int f : feats[i]) {
                    Integer r = index.get(f);
                    if (r != null) {
                        for (int t = 0; t < OrgFeatures.TAGS; t++) {
                            e[i][t] += weights[r * OrgFeatures.TAGS + t];
                        }
                    }
                }
            }
            return e;
        }
    }

    /** Exact-span precision, recall and F1 of the model on held-out sentences. */
    private static String score(List<Example> dev, Model m) {
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>(m.features.length * 2);
        for (int r = 0; r < m.features.length; r++) {
            index.put(m.features[r], r);
        }
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        for (Example e : dev) {
            Set<String> g = new HashSet<>();
            for (int[] s : OrgTagger.toSpans(e.gold)) {
                g.add(s[0] + ":" + s[1]);
            }
            List<int[]> p = OrgTagger.toSpans(OrgTagger.viterbi(m.emission(e.features, index), m.transitions));
            gold += g.size();
            predicted += p.size();
            for (int[] s : p) {
                if (g.contains(s[0] + ":" + s[1])) {
                    matched++;
                }
            }
        }
        double precision = predicted == 0 ? 0 : (double) matched / predicted;
        double recall = gold == 0 ? 0 : (double) matched / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return String.format("P %.3f R %.3f F1 %.3f (%d gold)", precision, recall, f1, gold);
    }
}
