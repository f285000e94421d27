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

    /**
     * Whether a dictionary word of at most {@value #MAX_WORD} characters holds all of
     * {@code middle}, reaching into the end of {@code before} and the start of {@code after} as
     * far as it likes. Walks the dictionary's trie, so it costs a few array reads per character.
     */
    boolean inWord(String before, String middle, String after) {
        int[] base = CoreDictionary.trie.getBase();
        int[] check = CoreDictionary.trie.getCheck();
        for (int i = Math.max(0, before.length() - (MAX_WORD - middle.length())); i <= before.length(); i++) {
            int state = base[0];
            for (int k = i; k < before.length() && state >= 0; k++) {
                state = step(base, check, state, before.charAt(k));
            }
            for (int k = 0; k < middle.length() && state >= 0; k++) {
                state = step(base, check, state, middle.charAt(k));
            }
            int length = before.length() - i + middle.length();
            for (int j = 0; state >= 0; j++) {
                if (check[state] == state && base[state] < 0) {
                    return true; // a whole word ends here
                }
                if (j >= after.length() || length++ >= MAX_WORD) {
                    break;
                }
                state = step(base, check, state, after.charAt(j));
            }
        }
        return false;
    }

    /** The trie's state after one more character (HanLP's double-array layout), or -1. */
    private static int step(int[] base, int[] check, int state, char c) {
        int p = state + c + 1;
        return p < check.length && check[p] == state ? base[p] : -1;
    }

    /** Total cost (negative log probability) of the text; compares readings of different lengths. */
    double cost(String text) {
        String s = toFullWidth(text);
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        // The words are found by walking HanLP's trie from each position, and known by their
        // ids (the trie's value index, which the bigram table is keyed by): no substrings.
        int[] base = CoreDictionary.trie.getBase();
        int[] check = CoreDictionary.trie.getCheck();
        // best[j] = cost of the best segmentation of s[0, j); its last word is s[start[j], j),
        // with dictionary id id[j] (-1 for none) and frequency frequency[j]
        double[] best = new double[n + 1];
        int[] start = new int[n + 1];
        int[] id = new int[n + 1];
        int[] frequency = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        start[0] = -1;
        for (int i = 0; i < n; i++) {
            if (Double.isInfinite(best[i])) {
                continue;
            }
            int state = base[0];
            for (int len = 1; len <= MAX_WORD && i + len <= n; len++) {
                state = state < 0 ? -1 : step(base, check, state, s.charAt(i + len - 1));
                int word = state >= 0 && check[state] == state && base[state] < 0 ? -base[state] - 1 : -1;
                int f = word < 0 ? 0 : frequencyOf(word);
                if (f == 0 && len > 1) {
                    if (state < 0) {
                        break;
                    }
                    continue;
                }
                double c = best[i] + transition(s, start[i], i, id[i], frequency[i], i, len, word, f);
                if (c < best[i + len]) {
                    best[i + len] = c;
                    start[i + len] = i;
                    id[i + len] = word;
                    frequency[i + len] = f;
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

    private static int frequencyOf(int word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null ? 0 : attribute.totalFrequency;
    }

    /**
     * The cost of the word {@code s[at, at + length)} after the word {@code s[previousStart, previousEnd)}
     * ({@code previousStart} -1 at the start of the text).
     */
    private static double transition(String s, int previousStart, int previousEnd, int previousId, int previousFrequency,
                                     int at, int length, int word, int frequency) {
        if (frequency == 0) {
            return UNKNOWN;
        }
        double p = frequency / TOTAL;
        boolean punct = length == 1 && isPunctuation(s.charAt(at));
        boolean hasPrevious = previousStart >= 0;
        boolean afterPunct = hasPrevious && previousEnd - previousStart == 1 && isPunctuation(s.charAt(previousStart));
        if (punct || afterPunct) {
            // HanLP's bigram table says little about punctuation; typography does: two marks in
            // a row (。。, 。、) only occur when one of them is a quote or bracket (。”).
            double cost = -Math.log(p);
            if (punct && afterPunct && !isQuoteOrBracket(s.charAt(previousStart)) && !isQuoteOrBracket(s.charAt(at))) {
                cost += ADJACENT_MARKS;
            }
            return cost;
        }
        if (hasPrevious && previousFrequency > 0) {
            int bi = previousId >= 0 && word >= 0 ? CoreBiGramTableDictionary.getBiFrequency(previousId, word) : 0;
            p = SMOOTHING * p + (1 - SMOOTHING) * ((double) bi / previousFrequency) + 1e-9;
        }
        return -Math.log(p);
    }

    private static boolean isPunctuation(char c) {
        int t = Character.getType(c);
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.CONNECTOR_PUNCTUATION || isQuoteOrBracket(c);
    }

    private static boolean isQuoteOrBracket(char c) {
        int t = Character.getType(c);
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
