package io.zhclaims.normalize;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * How much a string reads as simplified Chinese: the per-character cost (negative log
 * probability) of its best segmentation under HanLP's core word-frequency and word-bigram
 * dictionaries. Real text segments into known, frequent words that follow each other;
 * mis-decoded byte soup falls apart into rare single characters.
 */
final class Fluency {
    /** HanLP's total corpus frequency (Predefine.MAX_FREQUENCY). */
    private static final double TOTAL = 25_146_057d;
    private static final double SMOOTHING = 0.1;
    private static final int MAX_WORD = 6;
    /** Cost of a character that is no dictionary word at all. */
    private static final double UNKNOWN = -Math.log(0.1 / TOTAL);
    private static final double ADJACENT_MARKS = 10.0;

    /** Mean cost per character; lower reads better. Half-width punctuation is looked up as full-width. */
    double costPerChar(String text) {
        return text.isEmpty() ? UNKNOWN : cost(text) / text.length();
    }

    /** Total cost (negative log probability) of the text; compares readings of different lengths. */
    double cost(String text) {
        String s = toFullWidth(text);
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        // best[j] = cost of the best segmentation of s[0, j) whose last word is last[j]
        double[] best = new double[n + 1];
        String[] last = new String[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isInfinite(best[i])) {
                continue;
            }
            for (int len = 1; len <= MAX_WORD && i + len <= n; len++) {
                String w = s.substring(i, i + len);
                int f = CoreDictionary.getTermFrequency(w);
                if (f == 0 && len > 1) {
                    continue;
                }
                double c = best[i] + transition(last[i], w, f);
                if (c < best[i + len]) {
                    best[i + len] = c;
                    last[i + len] = w;
                }
            }
        }
        double total = best[n];
        int lastType = Character.getType(s.charAt(n - 1));
        if (lastType == Character.START_PUNCTUATION || lastType == Character.INITIAL_QUOTE_PUNCTUATION) {
            total += ADJACENT_MARKS; // nothing opens at the end of a line
        }
        return total;
    }

    private static double transition(String previous, String word, int frequency) {
        if (frequency == 0) {
            return UNKNOWN;
        }
        double p = frequency / TOTAL;
        boolean punct = isPunctuation(word);
        boolean afterPunct = previous != null && isPunctuation(previous);
        if (punct || afterPunct) {
            // HanLP's bigram table says little about punctuation; typography does: two marks in
            // a row (。。, 。、) only occur when one of them is a quote or bracket (。”).
            double cost = -Math.log(p);
            if (punct && afterPunct && !isQuoteOrBracket(previous) && !isQuoteOrBracket(word)) {
                cost += ADJACENT_MARKS;
            }
            return cost;
        }
        if (previous != null) {
            int pf = CoreDictionary.getTermFrequency(previous);
            int bi = CoreBiGramTableDictionary.getBiFrequency(previous, word);
            if (pf > 0) {
                p = SMOOTHING * p + (1 - SMOOTHING) * ((double) bi / pf) + 1e-9;
            }
        }
        return -Math.log(p);
    }

    private static boolean isPunctuation(String w) {
        if (w.length() != 1) {
            return false;
        }
        int t = Character.getType(w.charAt(0));
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.CONNECTOR_PUNCTUATION || isQuoteOrBracket(w);
    }

    private static boolean isQuoteOrBracket(String w) {
        int t = Character.getType(w.charAt(0));
        return t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static String toFullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c >= '!' && c <= '~' && !Character.isLetterOrDigit(c) ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
