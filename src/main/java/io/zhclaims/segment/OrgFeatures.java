package io.zhclaims.segment;

import java.util.List;
import java.util.Set;

/**
 * The features of every character of a sentence for the organization tagger: the characters
 * around it, the HanLP word it sits in (with its tag and its neighbours' tags), whether that word
 * is an organization suffix, and whether the name lists place it inside a known organization or
 * place. Each feature is a 32-bit hash; the trainer and the tagger share this class, so a model
 * sees at run time exactly the features it was trained on.
 */
final class OrgFeatures {
    /** Per character: outside, begin, inside, end, single. */
    static final int TAGS = 5;
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int E = 3;
    static final int S = 4;
    static final int COUNT = 29;

    private static final char BOS = '\u0002';
    private static final char EOS = '\u0003';
    private static final int PRIME = 0x01000193;

    /** Words that close an organization's name; the same heads {@link EntityRecognizer} builds names on. */
    private static final Set<String> SUFFIX_WORDS = OrgWords.load("segment/org-words.txt").set("feature-suffixes");

    /** Distributional classes of words learned from unlabelled news. */
    private static final WordClusters CLUSTERS = WordClusters.shared();

    private OrgFeatures() {
    }

    /** The features of each character of {@code s}, segmented as {@code tokens}. */
    static int[][] extract(String s, List<Token> tokens, SegmentDictionaries dict) {
        int[] flat = extractFlat(s, tokens, dict);
        int[][] out = new int[s.length()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * COUNT, (i + 1) * COUNT);
        }
        return out;
    }

    /**
     * The same features in one array, {@link #COUNT} per character: the tagger reads them once,
     * so one allocation serves the whole sentence.
     */
    static int[] extractFlat(String s, List<Token> tokens, SegmentDictionaries dict) {
        int n = s.length();
        char[] c = new char[n + 4];
        c[0] = BOS;
        c[1] = BOS;
        for (int i = 0; i < n; i++) {
            c[i + 2] = shape(s.charAt(i));
        }
        c[n + 2] = EOS;
        c[n + 3] = EOS;
        int[] word = new int[n];
        java.util.Arrays.fill(word, -1);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            for (int i = Math.max(0, t.start()); i < Math.min(n, t.end()); i++) {
                word[i] = k;
            }
        }
        byte[] listed = dictionaryPositions(s, dict);
        // Each word's and tag's hash once per sentence: the features of a character combine them.
        int m = tokens.size();
        int[] wordHash = new int[m + 2];
        int[] tagHash = new int[m + 2];
        int[] cluster = new int[m + 2];
        boolean[] isSuffix = new boolean[m];
        boolean[] stops = new boolean[m];
        cluster[0] = -2;
        cluster[m + 1] = -3;
        wordHash[0] = text("^");
        tagHash[0] = text("^");
        wordHash[m + 1] = text("$");
        tagHash[m + 1] = text("$");
        for (int k = 0; k < m; k++) {
            wordHash[k + 1] = text(tokens.get(k).word());
            tagHash[k + 1] = text(tokens.get(k).tag());
            cluster[k + 1] = CLUSTERS.classOf(tokens.get(k).word());
            isSuffix[k] = SUFFIX_WORDS.contains(tokens.get(k).word());
            stops[k] = STOPS.contains(tokens.get(k).tag());
        }
        int[] suffixAhead = new int[m + 2];
        for (int k = 0; k < m; k++) {
            suffixAhead[k + 1] = nextSuffix(isSuffix, stops, k);
        }
        int none = text("");
        int suffix = text("suffix");
        char[] kinds = new char[n + 4];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(c[i]);
        }
        int unknownTag = text("?");
        int[] f = new int[n * COUNT];
        for (int i = 0; i < n; i++) {
            int x = i + 2;
            int o = i * COUNT;
            f[o + 0] = hash(0, c[x]);
            f[o + 1] = hash(1, c[x - 1]);
            f[o + 2] = hash(2, c[x + 1]);
            f[o + 3] = hash(3, c[x - 2]);
            f[o + 4] = hash(4, c[x + 2]);
            f[o + 5] = hash(5, c[x - 1], c[x]);
            f[o + 6] = hash(6, c[x], c[x + 1]);
            f[o + 7] = hash(7, c[x - 2], c[x - 1]);
            f[o + 8] = hash(8, c[x + 1], c[x + 2]);
            f[o + 9] = hash(9, c[x - 1], c[x], c[x + 1]);
            f[o + 10] = hash(10, kinds[x - 1], kinds[x], kinds[x + 1]);
            int k = word[i];
            Token t = k < 0 ? null : tokens.get(k);
            char pos = t == null ? 'S' : position(t, i);
            // token k is at index k + 1 of the hash arrays; a character outside every word has none
            int w = k < 0 ? none : wordHash[k + 1];
            int tag = k < 0 ? unknownTag : tagHash[k + 1];
            int prev = k < 0 ? 0 : k;
            int next = k < 0 ? m + 1 : k + 2;
            boolean first = pos == 'B' || pos == 'S';
            boolean last = pos == 'E' || pos == 'S';
            f[o + 11] = hash(11, w, 0, pos);
            f[o + 12] = hash(12, tag, 0, pos);
            f[o + 13] = hash(13, tagHash[prev], tag, pos);
            f[o + 14] = hash(14, tag, tagHash[next], pos);
            f[o + 15] = hash(15, first ? wordHash[prev] : none, 0, pos);
            f[o + 16] = hash(16, last ? wordHash[next] : none, 0, pos);
            f[o + 17] = hash(17, k >= 0 && isSuffix[k] ? suffix : none, 0, pos);
            f[o + 18] = hash(18, t == null ? 0 : Math.min(t.word().length(), 6), 0, pos);
            f[o + 19] = hash(19, listed[i], c[x], '.');
            f[o + 20] = hash(20, listed[i], 0, pos);
            f[o + 21] = hash(21, k < 0 ? -1 : suffixAhead[k + 1], 0, pos);
            f[o + 22] = hash(22, first ? wordHash[prev] : none, first ? w : none, pos);
            f[o + 23] = hash(23, c[x - 2], c[x - 1], c[x]);
            f[o + 24] = hash(24, c[x], c[x + 1], c[x + 2]);
            int cl = k < 0 ? -4 : cluster[k + 1];
            f[o + 25] = hash(25, cl, 0, pos);
            f[o + 26] = hash(26, cluster[prev], cl, pos);
            f[o + 27] = hash(27, cl, cluster[next], pos);
            f[o + 28] = hash(28, cluster[prev], cluster[next], pos);
        }
        return f;
    }

    /**
     * How far ahead (in words, up to four) the next organization suffix word stands: the
     * characters before 银行 in 招商银行 are a name's start when a suffix follows soon.
     */
    private static int nextSuffix(boolean[] isSuffix, boolean[] stops, int k) {
        for (int j = k; j < Math.min(isSuffix.length, k + 5); j++) {
            if (isSuffix[j]) {
                return j - k;
            }
            if (stops[j]) {
                return -1;
            }
        }
        return -1;
    }

    /** The tags (punctuation, verbs, particles, prepositions, conjunctions) no name's words run through. */
    private static final Set<String> STOPS = Set.of("w", "v", "u", "p", "c");

    private static char position(Token t, int i) {
        if (t.end() - t.start() == 1) {
            return 'S';
        }
        if (i == t.start()) {
            return 'B';
        }
        return i == t.end() - 1 ? 'E' : 'M';
    }

    /**
     * Per character: 0 outside the lists, else 1 + 4 × kind + position (B, M, E, S) of the
     * longest known name (organization, place or blocked word) that covers it.
     */
    private static byte[] dictionaryPositions(String s, SegmentDictionaries dict) {
        byte[] out = new byte[s.length()];
        for (NameTrie.Hit h : dict.names.longestHits(s)) {
            int kind = h.name().kind().ordinal();
            int len = h.end() - h.start();
            for (int j = h.start(); j < h.end(); j++) {
                int p = len == 1 ? 3 : j == h.start() ? 0 : j == h.end() - 1 ? 2 : 1;
                out[j] = (byte) (1 + 4 * kind + p);
            }
        }
        return out;
    }

    /**
     * Folds a character to what the features see: full-width forms to ASCII (the pipeline's
     * NFKC does the same), every digit to 0, every Latin letter to A or a.
     */
    static char shape(char ch) {
        char c = ch;
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        if (c >= '0' && c <= '9') {
            return '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return 'a';
        }
        return c;
    }

    /** Han, digit, Latin, punctuation or boundary. */
    private static char kind(char c) {
        if (c == BOS || c == EOS) {
            return 'X';
        }
        if (c == '0') {
            return 'D';
        }
        if (c == 'A' || c == 'a') {
            return 'L';
        }
        // the common ideographs without the script table's binary search
        return c >= '\u4E00' && c <= '\u9FFF' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 'H' : 'P';
    }

    private static int hash(int template, char a) {
        return mix((template * PRIME) ^ a);
    }

    private static int hash(int template, char a, char b) {
        return mix(((template * PRIME) ^ a) * PRIME ^ b);
    }

    private static int hash(int template, char a, char b, char d) {
        return mix((((template * PRIME) ^ a) * PRIME ^ b) * PRIME ^ d);
    }

    private static int hash(int template, int a, int b, char pos) {
        return mix((((template * PRIME) ^ a) * PRIME ^ b) * PRIME ^ pos);
    }

    /** A string's hash, before it is combined into a feature. */
    private static int text(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** Murmur3's finalizer; never 0, which marks an empty slot in the model's table. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }
}
