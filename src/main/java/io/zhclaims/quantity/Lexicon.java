package io.zhclaims.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code models/quantity/}, loaded once, with longest-match lookups. */
final class Lexicon {
    /** What a word after a number makes of it. */
    record Suffix(String word, Kind kind, String unit) {
    }

    record Hedge(String word, boolean left, Qualifier qualifier) {
    }

    private static final Lexicon INSTANCE = new Lexicon();

    final Map<String, Suffix> suffixes = new HashMap<>();
    final int maxSuffix;
    final Map<String, String> prefixCurrencies = new HashMap<>();
    final int maxPrefixCurrency;
    final Map<String, Hedge> leftHedges = new HashMap<>();
    final Map<String, Hedge> rightHedges = new HashMap<>();
    final int maxHedge;
    final Set<String> nameBefore = new HashSet<>();
    final Set<String> nameAfter = new HashSet<>();
    final Set<String> editionWords = new HashSet<>();
    final Set<String> rankContexts = new HashSet<>();
    final Set<String> periodWords = new HashSet<>();

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        // Later lists do not override earlier ones: durations beat classifiers (个月), currencies beat units.
        for (String[] r : Models.rows("durations.txt")) {
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.DURATION, r[1]));
        }
        for (String[] r : Models.rows("currencies.txt")) {
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.MONEY, r[1]));
        }
        for (String[] r : Models.rows("classifiers.txt")) {
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.COUNT, r.length > 1 ? r[1] : r[0]));
        }
        for (String[] r : Models.rows("units.txt")) {
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.MEASURE, r.length > 1 ? r[1] : r[0]));
        }
        maxSuffix = maxLen(suffixes.keySet());
        for (String[] r : Models.rows("currency-prefixes.txt")) {
            prefixCurrencies.put(r[0], r[1]);
        }
        maxPrefixCurrency = maxLen(prefixCurrencies.keySet());
        for (String[] r : Models.rows("qualifiers.txt")) {
            Hedge h = new Hedge(r[0], r[1].equals("L"), Qualifier.of(r[2]));
            (h.left() ? leftHedges : rightHedges).put(r[0], h);
        }
        maxHedge = Math.max(maxLen(leftHedges.keySet()), maxLen(rightHedges.keySet()));
        for (String[] r : Models.rows("name-contexts.txt")) {
            switch (r[0]) {
                case "before" -> nameBefore.add(r[1]);
                case "after" -> nameAfter.add(r[1]);
                case "edition" -> editionWords.add(r[1]);
                case "rank" -> rankContexts.add(r[1]);
                case "period" -> periodWords.add(r[1]);
                default -> throw new IllegalStateException("bad line in name-contexts.txt: " + String.join(" ", r));
            }
        }
    }

    private static int maxLen(Iterable<String> words) {
        int m = 0;
        for (String w : words) {
            m = Math.max(m, w.length());
        }
        return m;
    }

    /** The longest suffix word starting at {@code i}; ASCII words must not run on into a letter. */
    Suffix suffixAt(CharSequence s, int i) {
        for (int len = Math.min(maxSuffix, s.length() - i); len >= 1; len--) {
            Suffix x = suffixes.get(s.subSequence(i, i + len).toString());
            if (x != null) {
                char last = x.word().charAt(len - 1);
                if (NumeralScanner.isAsciiLetter(last) && i + len < s.length()
                        && NumeralScanner.isAsciiLetter(s.charAt(i + len))) {
                    continue;
                }
                return x;
            }
        }
        return null;
    }

    /** The longest word of {@code words} that ends exactly at {@code end}. */
    static String endingAt(CharSequence s, int end, Set<String> words, int maxLen) {
        for (int len = Math.min(maxLen, end); len >= 1; len--) {
            String w = s.subSequence(end - len, end).toString();
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    static String startingAt(CharSequence s, int start, Set<String> words, int maxLen) {
        for (int len = Math.min(maxLen, s.length() - start); len >= 1; len--) {
            String w = s.subSequence(start, start + len).toString();
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    Hedge leftHedge(CharSequence s, int end) {
        String w = endingAt(s, end, leftHedges.keySet(), maxHedge);
        return w == null ? null : leftHedges.get(w);
    }

    Hedge rightHedge(CharSequence s, int start) {
        String w = startingAt(s, start, rightHedges.keySet(), maxHedge);
        return w == null ? null : rightHedges.get(w);
    }

    String prefixCurrencyEndingAt(CharSequence s, int end) {
        return endingAt(s, end, prefixCurrencies.keySet(), maxPrefixCurrency);
    }
}
