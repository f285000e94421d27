package io.zhclaims.eval;

import io.zhclaims.segment.Entity;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.OrgTagger;
import io.zhclaims.segment.Segmenter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores organization chunks on the MSRA NER test set of SIGHAN 2006 ({@code testright1.txt}:
 * {@code text/tag} chunks, tags nr, ns, nt, o): exact spans, precision, recall and F1, for the
 * name lists alone, the trained tagger alone and the two combined. The text is fed sentence by
 * sentence with full-width forms folded, as the pipeline sees it after NFKC. A test set only:
 * nothing here or elsewhere learns from it.
 */
public final class OrgBench {
    /** One MSRA line: its text and its organization spans. */
    record Line(String text, List<int[]> orgs) {
    }

    /** Scores of one way of finding organizations. */
    public record Row(String name, int gold, int predicted, int matched, double seconds) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private OrgBench() {
    }

    /** The three rows: dictionary, model, combined. */
    public static List<Row> run(Path testright) throws IOException {
        List<Line> lines = read(testright);
        Segmenter segmenter = new Segmenter();
        EntityRecognizer dictionary = new EntityRecognizer(segmenter, null);
        OrgTagger tagger = OrgTagger.shared();
        EntityRecognizer combined = new EntityRecognizer(segmenter, tagger);
        List<Row> rows = new ArrayList<>();
        rows.add(score("dictionary", lines, s -> orgs(dictionary.namedBodies(s))));
        rows.add(score("model", lines, s -> tagger.spans(s, segmenter.segment(s))));
        rows.add(score("combined", lines, s -> orgs(combined.namedBodies(s))));
        return rows;
    }

    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder(String.format("%-12s %6s %6s %6s %7s %7s %7s %8s%n",
                "recognizer", "gold", "pred", "match", "P", "R", "F1", "seconds"));
        for (Row r : rows) {
            b.append(String.format("%-12s %6d %6d %6d %7.3f %7.3f %7.3f %8.1f%n", r.name(), r.gold(), r.predicted(),
                    r.matched(), r.precision(), r.recall(), r.f1(), r.seconds()));
        }
        return b.toString();
    }

    private static List<int[]> orgs(List<Entity> entities) {
        return entities.stream().map(e -> new int[]{e.start(), e.end()}).toList();
    }

    private static Row score(String name, List<Line> lines, Function<String, List<int[]>> finder) {
        long t0 = System.nanoTime();
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        for (Line line : lines) {
            Set<Long> g = new HashSet<>();
            line.orgs().forEach(o -> g.add(key(o[0], o[1])));
            gold += g.size();
            int from = 0;
            String text = line.text();
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "。!?".indexOf(text.charAt(i)) >= 0) {
                    int end = Math.min(text.length(), i + 1);
                    if (end > from) {
                        for (int[] o : finder.apply(text.substring(from, end))) {
                            predicted++;
                            if (g.contains(key(from + o[0], from + o[1]))) {
                                matched++;
                            }
                        }
                    }
                    from = end;
                }
            }
        }
        return new Row(name, gold, predicted, matched, (System.nanoTime() - t0) / 1e9);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    static List<Line> read(Path testright) throws IOException {
        List<Line> out = new ArrayList<>();
        for (String raw : Files.readAllLines(testright, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            List<int[]> orgs = new ArrayList<>();
            StringBuilder chunk = new StringBuilder();
            for (String piece : raw.strip().split(" ")) {
                chunk.append(piece);
                int slash = chunk.lastIndexOf("/");
                String tag = slash < 0 ? "" : chunk.substring(slash + 1);
                if (!(tag.equals("o") || tag.equals("nr") || tag.equals("ns") || tag.equals("nt"))) {
                    continue; // a space inside a chunk: the chunk goes on
                }
                String word = fold(chunk.substring(0, slash));
                if (tag.equals("nt")) {
                    orgs.add(new int[]{text.length(), text.length() + word.length()});
                }
                text.append(word);
                chunk.setLength(0);
            }
            out.add(new Line(text.toString(), orgs));
        }
        return out;
    }

    /** Full-width ASCII forms to ASCII, as NFKC does in the pipeline, keeping every length. */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return b.toString();
    }
}
