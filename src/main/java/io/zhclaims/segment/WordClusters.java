package io.zhclaims.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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

    private final Map<String, Integer> classes;

    private WordClusters(Map<String, Integer> classes) {
        this.classes = classes;
    }

    private static final class Holder {
        static final WordClusters INSTANCE = load();
    }

    static WordClusters shared() {
        return Holder.INSTANCE;
    }

    /** The word's class, or {@link #NONE}. */
    int classOf(String word) {
        Integer c = classes.get(word);
        return c == null ? NONE : c;
    }

    private static WordClusters load() {
        InputStream in = WordClusters.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("model file missing from the classpath: " + RESOURCE
                    + " (make it with: zhclaims train-clusters)");
        }
        Map<String, Integer> out = new HashMap<>(1 << 17);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new WordClusters(out);
    }
}
