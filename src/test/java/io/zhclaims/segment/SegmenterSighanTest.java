package io.zhclaims.segment;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word segmentation F1 on the SIGHAN 2005 PKU and MSR test sets (from ../shared/corpora, skipped
 * when absent): a check that the organization names added to HanLP's dictionary do not break
 * ordinary segmentation.
 */
class SegmenterSighanTest {

    private static final Path SIGHAN = Path.of("../shared/corpora/sighan2005");
    private static final Segmenter SEGMENTER = new Segmenter();

    @Test
    void keepsPkuSegmentationQuality() throws IOException {
        assertTrue(f1("pku", "testing/pku_test.utf8", "gold/pku_test_gold.utf8") >= 0.85);
    }

    @Test
    void keepsMsrSegmentationQuality() throws IOException {
        assertTrue(f1("msr", "testing/msr_test.utf8", "gold/msr_test_gold.utf8") >= 0.80);
    }

    private static double f1(String name, String test, String gold) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SIGHAN.resolve(test)), "SIGHAN 2005 corpus absent");
        List<String> inputs = Files.readAllLines(SIGHAN.resolve(test), StandardCharsets.UTF_8);
        List<String> golds = Files.readAllLines(SIGHAN.resolve(gold), StandardCharsets.UTF_8);
        long goldWords = 0;
        long predicted = 0;
        long correct = 0;
        for (int i = 0; i < Math.min(inputs.size(), golds.size()); i++) {
            String input = inputs.get(i).strip();
            String[] g = golds.get(i).strip().split("\\s+");
            if (input.isEmpty() || !String.join("", g).equals(input.replaceAll("\\s+", ""))) {
                continue; // MSR has lines whose gold moved text across a line break
            }
            List<int[]> goldSpans = spans(List.of(g));
            List<int[]> predSpans = spans(SEGMENTER.segment(input.replaceAll("\\s+", "")).stream().map(Token::word).toList());
            goldWords += goldSpans.size();
            predicted += predSpans.size();
            int a = 0;
            int b = 0;
            while (a < goldSpans.size() && b < predSpans.size()) {
                int[] x = goldSpans.get(a);
                int[] y = predSpans.get(b);
                if (x[0] == y[0] && x[1] == y[1]) {
                    correct++;
                    a++;
                    b++;
                } else if (x[1] <= y[1]) {
                    a++;
                } else {
                    b++;
                }
            }
        }
        double p = (double) correct / predicted;
        double r = (double) correct / goldWords;
        double f = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%s segmentation: P %.4f R %.4f F1 %.4f (%d gold words)%n", name, p, r, f, goldWords);
        return f;
    }

    private static List<int[]> spans(List<String> words) {
        int at = 0;
        java.util.ArrayList<int[]> out = new java.util.ArrayList<>(words.size());
        for (String w : words) {
            out.add(new int[]{at, at + w.length()});
            at += w.length();
        }
        return out;
    }
}
