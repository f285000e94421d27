package io.zhclaims.quantity;

import io.zhclaims.models.ModelFile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code models/quantity/}, loaded once, with longest-match lookups. */
final class Lexicon {
    /** What a word after a number makes of it. */
    record Suffix(String word, Kind kind, String unit) {
    }

    /**
     * A hedge word as listed, or as found in a sentence between {@code from} and {@code to} (which
     * may hold spaces: {@code 小于 或 等于}). {@code bareOnly} words qualify only a number without a
     * unit ({@code 过20}, while {@code 过3年} is a verb); {@code figure} words make the bare number
     * after them a figure ({@code 等于1535}).
     */
    record Hedge(String word, boolean left, Qualifier qualifier, boolean bareOnly, boolean figure, int from, int to) {
        Hedge at(int from, int to) {
            return new Hedge(word, left, qualifier, bareOnly, figure, from, to);
        }
    }

    /** {@code 比170低}: a comparison word before the figure ({@code before..from}) and one after it (ending at {@code to}). */
    record Frame(Qualifier qualifier, int from, int to) {
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
    final Set<String> runningContexts = new HashSet<>();
    /** Words before a number that make its 点 the points of a stock index (收报, 上涨). */
    final Set<String> indexVerbs = new HashSet<>();
    final Set<String> ratioWords = new HashSet<>();
    final Set<String> periodWords = new HashSet<>();
    /** 发布 and 公报: a year between them names an edition (发布2022年…统计公报). */
    final Set<String> publishVerbs = new HashSet<>();
    final Set<String> publications = new HashSet<>();
    /** Words before 一年 that describe the year rather than count it (关键一年). */
    final Set<String> yearEpithets = new HashSet<>();
    /** The words of {@code sports.txt}, by what they make of a number. */
    final Set<String> scoreWords = new HashSet<>();
    final Set<String> medals = new HashSet<>();
    final Set<String> tallies = new HashSet<>();
    final Set<String> averageWords = new HashSet<>();
    final Set<String> pointsWords = new HashSet<>();
    /** Words of the flow of a game (终场, 单节, 逆转): N分 in their sentence is points scored. */
    final Set<String> playWords = new HashSet<>();
    /** Words right after N-M that make it a range, not a score between names. */
    final Set<String> rangeEnds = new HashSet<>();
    /** Words right after N-M that make the numbers part of a name (垦利6-1油田). */
    final Set<String> numberedThings = new HashSet<>();
    /** Places of teams that start with a unit's character (天津, 日本): after a score they are the other side. */
    final Set<String> unitLikeSides = new HashSet<>();
    /** Words right after N米 that make it the name of an event (200米自由泳). */
    final Set<String> eventNames = new HashSet<>();
    /** Words that make N分 a rating or an exam score (a measure), even in a sentence about a game. */
    final Set<String> ratingWords = new HashSet<>();
    /** Weather words that make 度 degrees Celsius ({@code temperature-words.txt}). */
    final Set<String> temperatureWords = new HashSet<>();
    /** Words before a number or after its 级 that make it a degree of wind or quake ({@code scale-words.txt}). */
    final Set<String> scaleBefore = new HashSet<>();
    final Set<String> scaleAfter = new HashSet<>();
    final Set<String> scaleLevels = new HashSet<>();
    /** Units of goods whose 每 makes the amounts after it in the clause per unit ({@code per-unit-words.txt}). */
    final Set<String> everyUnits = new HashSet<>();
    /** Words right before an amount that make it per a unit: 呎价 → 呎, 中期息 → 股. */
    final java.util.Map<String, String> priceWords = new java.util.HashMap<>();
    /** Words before a scaled amount that make it money ({@code money-words.txt}). */
    final Set<String> moneyWords = new HashSet<>();
    final Set<String> frameBefore = new HashSet<>();
    /** Verbs of change ({@code comparisons.txt}). */
    final Set<String> changeVerbs = new HashSet<>();
    /** Verbs of a move between places in a ranking (升至33名); not 多 or 少, which follow counts. */
    final Set<String> moveVerbs = new HashSet<>();
    final Map<String, Qualifier> frameAfter = new HashMap<>();
    final String frameStops;

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        // Later lists do not override earlier ones: durations beat classifiers (个月), currencies beat units.
        for (String[] r : ModelFile.rows("quantity/durations.txt")) {
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.DURATION, r[1]));
        }
        for (String[] r : ModelFile.rows("quantity/currencies.txt")) {
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.MONEY, r[1]));
        }
        for (String[] r : ModelFile.rows("quantity/classifiers.txt")) {
            String unit = r.length > 1 ? r[1] : r[0];
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.COUNT, unit.equals("-") ? null : unit));
        }
        for (String[] r : ModelFile.rows("quantity/units.txt")) {
            suffixes.putIfAbsent(r[0], new Suffix(r[0], Kind.MEASURE, r.length > 1 ? r[1] : r[0]));
        }
        maxSuffix = maxLen(suffixes.keySet());
        for (String[] r : ModelFile.rows("quantity/currency-prefixes.txt")) {
            prefixCurrencies.put(r[0], r[1]);
        }
        maxPrefixCurrency = maxLen(prefixCurrencies.keySet());
        for (String[] r : ModelFile.rows("quantity/qualifiers.txt")) {
            java.util.List<String> flags = java.util.Arrays.asList(r).subList(3, r.length);
            Hedge h = new Hedge(r[0], r[1].equals("L"), Qualifier.of(r[2]), flags.contains("bare"),
                    flags.contains("figure"), -1, -1);
            (h.left() ? leftHedges : rightHedges).put(r[0], h);
        }
        maxHedge = Math.max(maxLen(leftHedges.keySet()), maxLen(rightHedges.keySet()));
        String stops = "";
        for (String[] r : ModelFile.rows("quantity/comparisons.txt")) {
            switch (r[0]) {
                case "before" -> frameBefore.add(r[1]);
                case "after" -> frameAfter.put(r[1], Qualifier.of(r[2]));
                case "not-followed-by" -> stops = r[1];
                case "change" -> changeVerbs.add(r[1]);
                case "move" -> moveVerbs.add(r[1]);
                default -> throw new IllegalStateException("bad line in comparisons.txt: " + String.join(" ", r));
            }
        }
        frameStops = stops;
        for (String[] r : ModelFile.rows("quantity/name-contexts.txt")) {
            switch (r[0]) {
                case "before" -> nameBefore.add(r[1]);
                case "after" -> nameAfter.add(r[1]);
                case "edition" -> editionWords.add(r[1]);
                case "rank" -> rankContexts.add(r[1]);
                case "running" -> runningContexts.add(r[1]);
                case "index" -> indexVerbs.add(r[1]);
                case "period" -> periodWords.add(r[1]);
                case "publish" -> publishVerbs.add(r[1]);
                case "publication" -> publications.add(r[1]);
                case "epithet" -> yearEpithets.add(r[1]);
                case "ratio" -> ratioWords.add(r[1]);
                default -> throw new IllegalStateException("bad line in name-contexts.txt: " + String.join(" ", r));
            }
        }
        loadSports();
        for (String[] r : ModelFile.rows("quantity/money-words.txt")) {
            moneyWords.add(r[0]);
        }
        for (String[] r : ModelFile.rows("quantity/temperature-words.txt")) {
            temperatureWords.add(r[0]);
        }
        for (String[] r : ModelFile.rows("quantity/per-unit-words.txt")) {
            switch (r[0]) {
                case "every" -> everyUnits.add(r[1]);
                case "price" -> priceWords.put(r[1], r[2]);
                default -> throw new IllegalStateException("bad line in per-unit-words.txt: " + String.join(" ", r));
            }
        }
        for (String[] r : ModelFile.rows("quantity/scale-words.txt")) {
            switch (r[0]) {
                case "before" -> scaleBefore.add(r[1]);
                case "after" -> scaleAfter.add(r[1]);
                case "level" -> scaleLevels.add(r[1]);
                default -> throw new IllegalStateException("bad line in scale-words.txt: " + String.join(" ", r));
            }
        }
    }

    private void loadSports() {
        for (String[] r : ModelFile.rows("quantity/sports.txt")) {
            Set<String> into = switch (r[0]) {
                case "score" -> scoreWords;
                case "medal" -> medals;
                case "tally" -> tallies;
                case "average" -> averageWords;
                case "points" -> pointsWords;
                case "rating" -> ratingWords;
                case "play" -> playWords;
                case "range" -> rangeEnds;
                case "numbered" -> numberedThings;
                case "side" -> unitLikeSides;
                case "event" -> eventNames;
                default -> throw new IllegalStateException("bad line in sports.txt: " + String.join(" ", r));
            };
            into.add(r[1]);
        }
    }

    private static int maxLen(Iterable<String> words) {
        int m = 0;
        for (String w : words) {
            m = Math.max(m, w.length());
        }
        return m;
    }

    /** Whether any of {@code words} occurs in {@code s}. */
    static boolean mentionsAny(String s, Set<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
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

    /** The longest left hedge ending at {@code end}; spaces between its characters are skipped. */
    Hedge leftHedge(CharSequence s, int end) {
        StringBuilder w = new StringBuilder();
        int k = end;
        Hedge best = null;
        while (k > 0 && w.length() < maxHedge && s.charAt(k - 1) != ' ') {
            w.insert(0, s.charAt(--k));
            Hedge h = leftHedges.get(w.toString());
            if (h != null) {
                best = h.at(k, end);
            }
            int j = k;
            while (j > 0 && s.charAt(j - 1) == ' ') {
                j--;
            }
            if (j < k && j > 0 && w.length() < maxHedge && !longerStartsWith(leftHedges, w, true)) {
                break;
            }
            k = j;
        }
        return best;
    }

    /** The longest right hedge starting at {@code start}; spaces between its characters are skipped. */
    Hedge rightHedge(CharSequence s, int start) {
        StringBuilder w = new StringBuilder();
        int k = start;
        Hedge best = null;
        int n = s.length();
        while (k < n && w.length() < maxHedge && s.charAt(k) != ' ') {
            w.append(s.charAt(k++));
            Hedge h = rightHedges.get(w.toString());
            if (h != null) {
                best = h.at(start, k);
            }
            int j = k;
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
            if (j > k && !longerStartsWith(rightHedges, w, false)) {
                break;
            }
            k = j;
        }
        return best;
    }

    /** Whether a longer hedge word continues {@code part} (left words grow to the left). */
    private static boolean longerStartsWith(Map<String, Hedge> words, CharSequence part, boolean left) {
        String p = part.toString();
        for (String w : words.keySet()) {
            if (w.length() > p.length() && (left ? w.endsWith(p) : w.startsWith(p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 比三十大}, {@code 比 170 低}: a comparison frame around the figure at [{@code start},
     * {@code end}), or null. The word after must end the comparison: {@code 比3高出} or
     * {@code 比2低了0.5} compare against the figure, they do not bound it.
     */
    Frame frame(CharSequence s, int start, int end) {
        int from = frameStart(s, start);
        if (from < 0) {
            return null;
        }
        int k = end;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        String w = startingAt(s, k, frameAfter.keySet(), 1);
        if (w == null) {
            return null;
        }
        int to = k + w.length();
        if (to < s.length() && frameStops.indexOf(s.charAt(to)) >= 0) {
            return null;
        }
        return new Frame(frameAfter.get(w), from, to);
    }

    /** Where the comparison word before {@code start} begins (spaces skipped), or -1. */
    int frameStart(CharSequence s, int start) {
        int k = start;
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        String w = endingAt(s, k, frameBefore, 1);
        return w == null ? -1 : k - w.length();
    }

    String prefixCurrencyEndingAt(CharSequence s, int end) {
        return endingAt(s, end, prefixCurrencies.keySet(), maxPrefixCurrency);
    }
}
