package io.zhclaims.segment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Learns {@link WordClusters} from unlabelled text: the words HanLP cuts from news corpora,
 * grouped by the words that follow them (the predictive exchange algorithm of Uszkoreit and
 * Brants, 2008: each word in turn moves to the class that most raises the likelihood of the
 * class-bigram model P(next word | class of this word)). Names of the same kind end up in a class
 * because they share what follows them (发布, 宣布, 董事长 after companies; 代表团 after
 * countries), so the tagger can generalize from a name it was trained on to one it never saw.
 * Deterministic: words are visited by frequency, ties go to the lower class, one thread.
 */
public final class ClusterTrainer {
    /** Settings: the number of classes, the passes, and the rarest word that gets a class. */
    public record Settings(int classes, int iterations, int minCount, int maxWords) {
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>|\\[[^\\]]*\\]\\([^)]*\\)|https?://\\S+|&[a-z]+;");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?;；\\n]+");

    private final Settings settings;
    private final PrintWriter log;

    public ClusterTrainer(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * Reads the corpora (folders are read file by file in name order; UTF-8, else GBK; markup
     * dropped) and the plain text of the tagged People's Daily file, and writes the classes.
     */
    public void train(List<Path> corpora, Path peoplesDaily, Path out) throws IOException {
        long t0 = System.nanoTime();
        Segmenter segmenter = new Segmenter();
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        long tokens = 0;
        List<String> texts = new ArrayList<>();
        for (Path p : corpora) {
            for (Path f : files(p)) {
                texts.add(TAG.matcher(read(f)).replaceAll("\n"));
            }
        }
        if (peoplesDaily != null) {
            StringBuilder b = new StringBuilder();
            for (PeoplesDaily.Sentence s : PeoplesDaily.read(peoplesDaily)) {
                b.append(s.text()).append('\n');
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            for (String s : SENTENCE_END.split(PeoplesDaily.fold(text))) {
                String sentence = s.strip();
                if (sentence.length() < 2) {
                    continue;
                }
                List<Token> cut = segmenter.segment(sentence);
                int[] seq = new int[cut.size()];
                int k = 0;
                for (Token t : cut) {
                    if (t.word().isBlank()) {
                        continue;
                    }
                    seq[k++] = ids.computeIfAbsent(t.word(), w -> {
                        words.add(w);
                        return words.size() - 1;
                    });
                }
                sentences.add(Arrays.copyOf(seq, k));
                tokens += k;
            }
        }
        log.printf("segmented %d sentences, %d words (%d distinct) in %.1f s%n", sentences.size(), tokens, words.size(),
                (System.nanoTime() - t0) / 1e9);
        log.flush();
        String[] vocabulary = cluster(words, sentences, t0);
        write(vocabulary, out);
        log.printf("wrote %s (%d bytes, %.1f s)%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
        log.flush();
    }

    private String[] cluster(List<String> words, List<int[]> sentences, long t0) {
        int distinct = words.size();
        long[] freq = new long[distinct];
        for (int[] s : sentences) {
            for (int w : s) {
                freq[w]++;
            }
        }
        // The vocabulary: the most frequent words, by count and then by the word itself.
        Integer[] order = new Integer[distinct];
        for (int i = 0; i < distinct; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> freq[a] != freq[b] ? Long.compare(freq[b], freq[a]) : words.get(a).compareTo(words.get(b)));
        int v = 0;
        while (v < order.length && v < settings.maxWords() && freq[order[v]] >= settings.minCount()) {
            v++;
        }
        // Word ids: 0..v-1 the vocabulary, v the rare words, v + 1 the sentence's end.
        int rare = v;
        int end = v + 1;
        int size = v + 2;
        int[] map = new int[distinct];
        Arrays.fill(map, rare);
        for (int i = 0; i < v; i++) {
            map[order[i]] = i;
        }
        // Bigram counts (this word, next word) as one sorted list per word.
        Map<Long, Integer> pairs = new HashMap<>();
        for (int[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                int a = map[s[i]];
                int b = i + 1 < s.length ? map[s[i + 1]] : end;
                pairs.merge((long) a * size + b, 1, Integer::sum);
            }
        }
        long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[] start = new int[size + 1];
        int[] next = new int[keys.length];
        int[] count = new int[keys.length];
        long[] total = new long[size];
        for (int k = 0; k < keys.length; k++) {
            int a = (int) (keys[k] / size);
            next[k] = (int) (keys[k] % size);
            count[k] = pairs.get(keys[k]);
            start[a + 1]++;
            total[a] += count[k];
        }
        for (int a = 0; a < size; a++) {
            start[a + 1] += start[a];
        }
        pairs.clear();
        int classes = settings.classes();
        // The rare words and the sentence's end keep a class of their own, never moved.
        int fixed = classes;
        int[] cls = new int[size];
        for (int w = 0; w < v; w++) {
            cls[w] = w % classes;
        }
        cls[rare] = fixed;
        cls[end] = fixed;
        int all = classes + 1;
        int[] n = new int[Math.multiplyExact(size, all)];
        long[] classTotal = new long[all];
        for (int a = 0; a < size; a++) {
            move(a, cls[a], 1, start, next, count, n, all);
            classTotal[cls[a]] += total[a];
        }
        log.printf("%d words in %d classes, %d bigram types (%.1f s)%n", v, classes, keys.length, (System.nanoTime() - t0) / 1e9);
        log.flush();
        double[] delta = new double[classes];
        for (int it = 1; it <= settings.iterations(); it++) {
            int moved = 0;
            for (int a = 0; a < v; a++) {
                int from = cls[a];
                move(a, from, -1, start, next, count, n, all);
                classTotal[from] -= total[a];
                Arrays.fill(delta, 0);
                for (int k = start[a]; k < start[a + 1]; k++) {
                    int base = next[k] * all;
                    int c = count[k];
                    for (int b = 0; b < classes; b++) {
                        int x = n[base + b];
                        delta[b] += f(x + c) - f(x);
                    }
                }
                int best = from;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (int b = 0; b < classes; b++) {
                    double gain = delta[b] - (f(classTotal[b] + total[a]) - f(classTotal[b]));
                    if (gain > bestGain + 1e-9) {
                        bestGain = gain;
                        best = b;
                    }
                }
                if (best != from) {
                    moved++;
                }
                cls[a] = best;
                move(a, best, 1, start, next, count, n, all);
                classTotal[best] += total[a];
            }
            log.printf("pass %d: %d words moved (%.1f s)%n", it, moved, (System.nanoTime() - t0) / 1e9);
            log.flush();
            if (moved == 0) {
                break;
            }
        }
        String[] out = new String[v];
        for (int i = 0; i < v; i++) {
            out[i] = words.get(order[i]) + "\t" + cls[i];
        }
        return out;
    }

    /** Adds (sign 1) or removes (sign −1) word {@code a}'s bigrams to or from class {@code c}'s counts. */
    private static void move(int a, int c, int sign, int[] start, int[] next, int[] count, int[] n, int all) {
        for (int k = start[a]; k < start[a + 1]; k++) {
            n[next[k] * all + c] += sign * count[k];
        }
    }

    private static final double[] F = new double[1 << 16];

    static {
        for (int i = 1; i < F.length; i++) {
            F[i] = i * Math.log(i);
        }
    }

    /** x log x, from a table for the small counts that are most of them. */
    private static double f(long x) {
        return x < F.length ? F[(int) x] : x * Math.log(x);
    }

    private static void write(String[] lines, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream o = Files.newOutputStream(out);
             Writer w = new OutputStreamWriter(new GZIPOutputStream(o), StandardCharsets.UTF_8)) {
            w.write("# word<TAB>class, learned by: zhclaims train-clusters (most frequent words first)\n");
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }

    private static List<Path> files(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A file's text: UTF-8 when it decodes as such, else GBK (the Sogou sample is). */
    private static String read(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GBK"));
        }
    }
}
