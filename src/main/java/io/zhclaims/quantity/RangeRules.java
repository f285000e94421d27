package io.zhclaims.quantity;

import java.util.Objects;

/**
 * Ranges and bounds: two figures joined into one ({@code 8.7%至14.1%}, {@code 35~50分},
 * {@code 10000与20000之间}, {@code 大于10小于20}), and a bare number bounded by a comparison word
 * ({@code 超过80}, {@code 1000以上}, {@code 比三十大}).
 */
final class RangeRules {
    static final String CONNECTORS = "~∼至到-—–";
    /** 和/与 join two figures into a range only when 之间/间 closes it ({@code 10000与20000之间}). */
    static final String BETWEEN = "和与及跟";

    private RangeRules() {
    }

    /** A bare number, a connector, and a typed figure or another bare number. */
    static Quantity bareRangeRule(Sentence x, Candidate c) {
        return c.mayJoinRange() ? bareRange(x, c.num(), c.index()) : null;
    }

    /** A bare number bounded or stated exactly by a comparison word. */
    static Quantity comparedRule(Sentence x, Candidate c) {
        return compared(x, c.num());
    }

    /**
     * {@code 大于10小于20}, {@code 不大于50不小于20}, {@code 1000以上，1500以下}: a lower and an upper
     * bound on one thing make one range. Its qualifier is the lower bound's (more_than when the low
     * end is excluded, at_least when it is included); whether the high end is included is in the
     * words before it.
     */
    static void joinBounds(Sentence x) {
        for (int i = 0; i + 1 < x.out.size(); i++) {
            Quantity a = x.out.get(i), b = x.out.get(i + 1);
            boolean sameKind = a.kind() == b.kind() && Objects.equals(a.unit(), b.unit());
            if (a.high() != null || b.high() != null || !sameKind && !oneBare(a, b)
                    || !isBound(a.qualifier()) || !isBound(b.qualifier())
                    || isLower(a.qualifier()) == isLower(b.qualifier()) || !onlyBoundWords(x, a, b)) {
                continue;
            }
            Quantity low = isLower(a.qualifier()) ? a : b, high = low == a ? b : a;
            if (low.value() >= high.value()) {
                continue;
            }
            // 最多100最少20个: the unit written once, on either bound, types the range
            Quantity typed = a.kind() == Kind.NUMBER ? b : a;
            x.out.set(i, new Quantity(typed.kind(), a.start(), b.end(), x.s.substring(a.start(), b.end()), low.value(),
                    high.value(), null, typed.unit(), low.qualifier()));
            x.out.remove(i + 1);
        }
    }

    /** One bound a bare number, the other a count or measure (not a time or rank). */
    static boolean oneBare(Quantity a, Quantity b) {
        Quantity typed = a.kind() == Kind.NUMBER ? b : b.kind() == Kind.NUMBER ? a : null;
        return typed != null && typed.kind() != Kind.NUMBER && typed.kind() != Kind.YEAR
                && typed.kind() != Kind.DATE && typed.kind() != Kind.RANK;
    }

    static boolean isLower(Qualifier q) {
        return q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
    }

    /** Between two bounds: their own comparison words (比…大 included), 并/且/而/同时, commas and spaces. */
    static boolean onlyBoundWords(Sentence x, Quantity a, Quantity b) {
        int from = a.end(), to = b.start();
        if (to - from > 12) {
            return false;
        }
        int k = x.skipSpaces(from);
        Lexicon.Hedge r = x.lex.rightHedge(x.s, k);
        Lexicon.Frame f = x.lex.frame(x.s, a.start(), from);
        boolean closed = r != null;
        if (r != null) {
            k = r.to();
        } else if (f != null) {
            k = f.to();
            closed = true;
        }
        while (k < to && ("并且而同时的,， 、".indexOf(x.s.charAt(k)) >= 0)) {
            k++;
        }
        Lexicon.Hedge l = x.lex.leftHedge(x.s, x.skipSpacesBack(to));
        int frameFrom = x.lex.frameStart(x.s, to);
        boolean opened = l != null || frameFrom >= 0;
        int end = l != null ? l.from() : frameFrom >= 0 ? frameFrom : x.skipSpacesBack(to);
        return k >= end && opened || k >= x.skipSpacesBack(to) && closed;
    }

    static boolean isBound(Qualifier q) {
        return q != Qualifier.EXACT && q != Qualifier.APPROX;
    }

    /**
     * {@code 35~50分}, {@code 2008至2018年}, {@code 3到6倍}: a bare number, a connector, a typed
     * figure; {@code 一千到一千五百}, {@code 10000与20000之间}, {@code 5k-20k}: two bare numbers.
     */
    static Quantity bareRange(Sentence x, Numeral num, int i) {
        int k = x.skipSpaces(num.end());
        if (k >= x.n || i + 1 >= x.nums.size()) {
            return null;
        }
        char c = x.s.charAt(k);
        boolean between = BETWEEN.indexOf(c) >= 0;
        if (CONNECTORS.indexOf(c) < 0 && !between) {
            return null;
        }
        Numeral m = x.nums.get(i + 1);
        if (m.start() != x.skipSpaces(k + 1)) {
            return null;
        }
        Quantity q2 = x.build(i + 1, false);
        if (q2 == null || between && "间".equals(q2.unit()) && q2.high() == null) {
            // after 与, 间 closes the range (10000与20000间), it is not the classifier of rooms
            return bareBoth(x, num, m, c, between);
        }
        if (between && !closedBetween(x, q2.end())) {
            return null;
        }
        if (q2.kind() == Kind.DATE || q2.kind() == Kind.RANK || q2.kind() == Kind.NUMBER
                || q2.start() != m.start()) {
            return null;
        }
        double low = num.value();
        if (q2.kind() == Kind.YEAR && !x.isYearLike(num)) {
            return null;
        }
        if (m.scaled() && !num.scaled()) {
            // 3到5万 is 30000 to 50000; a low end of 0 (0到5万人) stays 0, and must not loop
            while (low > 0 && low * 1e4 <= m.value() && low * 10 < m.value()) {
                low *= 1e4;
            }
        }
        if (low >= q2.value()) {
            return null;
        }
        return new Quantity(q2.kind(), num.start(), q2.end(), x.s.substring(num.start(), q2.end()), low,
                q2.value(), null, q2.unit(), x.rangeHedge(num.start(), q2.end()));
    }

    /**
     * Two bare numbers as a range: after 到/至/~ ({@code 一千到一千五百}), between 和/与 and 之间
     * ({@code 20和30之间}), or, for the dash, only with k suffixes on both ({@code 5k-20k}); a bare
     * dash is too often a code, score or date ({@code 010-8888}, {@code 2-1}). Not when a time word
     * follows ({@code 3至5日}, {@code 8到10点}).
     */
    static Quantity bareBoth(Sentence x, Numeral num, Numeral m, char connector, boolean between) {
        if (num.form() == Numeral.Form.DIGIT_STRING || m.form() == Numeral.Form.DIGIT_STRING
                || num.high() != null || m.high() != null || num.value() >= m.value()) {
            return null;
        }
        int after = x.skipSpaces(m.end());
        if (!between && after < x.n && ("日号月年点时分秒".indexOf(x.s.charAt(after)) >= 0 || x.lex.suffixAt(x.s, after) != null
                || NumeralScanner.isAsciiLetter(x.s.charAt(after)))) {
            return null;
        }
        boolean ok = between ? closedBetween(x, m.end())
                : connector == '-' ? x.kSuffixed(num) && x.kSuffixed(m) : "到至~".indexOf(connector) >= 0;
        if (!ok) {
            return null;
        }
        return new Quantity(Kind.NUMBER, num.start(), m.end(), x.s.substring(num.start(), m.end()), num.value(),
                m.value(), null, null, x.rangeHedge(num.start(), m.end()));
    }

    /** Whether 之间 or 间 follows {@code end}, closing an X与Y range. */
    static boolean closedBetween(Sentence x, int end) {
        int k = x.skipSpaces(end);
        return x.s.startsWith("之间", k) || x.s.startsWith("间", k);
    }

    /** {@code 8.7%至14.1%}: two figures of one kind and unit joined by a connector. */
    static Quantity joinTypedRange(Sentence x, Quantity q1, int i) {
        if (q1.high() != null || q1.kind() == Kind.DATE || q1.kind() == Kind.YEAR || q1.kind() == Kind.RANK
                || q1.kind() == Kind.NUMBER) {
            return q1;
        }
        int k = q1.end();
        boolean between = k < x.n && BETWEEN.indexOf(x.s.charAt(k)) >= 0;
        if (k >= x.n || CONNECTORS.indexOf(x.s.charAt(k)) < 0 && !between) {
            return q1;
        }
        int j = i + 1;
        while (j < x.nums.size() && x.nums.get(j).start() < q1.end()) {
            j++;
        }
        // 100%-200%: the numeral layer reads the dash as the second figure's minus sign
        boolean dashSign = j < x.nums.size() && x.nums.get(j).start() == k && x.s.charAt(k) == '-';
        if (j >= x.nums.size() || x.nums.get(j).start() != k + 1 && !dashSign) {
            return q1;
        }
        Quantity q2 = x.build(j, false);
        double high = q2 == null ? 0 : dashSign ? -q2.value() : q2.value();
        if (q2 == null || q2.kind() != q1.kind() || !Objects.equals(q2.unit(), q1.unit())
                || high <= q1.value() || between && !closedBetween(x, q2.end()) || changeThenLevel(x, q1, high)) {
            return q1;
        }
        Qualifier qual = q1.qualifier() != Qualifier.EXACT ? q1.qualifier() : x.rangeHedge(q1.start(), q2.end());
        return new Quantity(q1.kind(), q1.start(), q2.end(), x.s.substring(q1.start(), q2.end()), q1.value(),
                high, null, q1.unit(), qual);
    }

    /**
     * {@code 减少约1500人至383万人}: after a verb of change, 至 leads from the change to the new level, two
     * figures, when the second is far larger than the first (增长5%至8% stays a range of growth).
     */
    static boolean changeThenLevel(Sentence x, Quantity q1, double high) {
        if (high < CHANGE_TO_LEVEL * Math.abs(q1.value())) {
            return false;
        }
        int k = x.skipSpacesBack(q1.start());
        Lexicon.Hedge h = x.lex.leftHedge(x.s, k);
        if (h != null) {
            k = x.skipSpacesBack(h.from());
        }
        if (k > 0 && x.s.charAt(k - 1) == '了') {
            k--;
        }
        return Lexicon.endingAt(x.s, k, x.lex.changeVerbs, 2) != null;
    }

    private static final double CHANGE_TO_LEVEL = 5;

    /**
     * {@code 超过80}, {@code 不低于3.5}, {@code 1000以上}, {@code 比三十大}: a bare number bounded by
     * a comparison word; {@code 等于1535}: a bare number stated exactly.
     */
    static Quantity compared(Sentence x, Numeral num) {
        Lexicon.Hedge left = x.lex.leftHedge(x.s, x.skipSpacesBack(num.start()));
        Lexicon.Hedge right = x.lex.rightHedge(x.s, x.skipSpaces(num.end()));
        Lexicon.Frame frame = x.lex.frame(x.s, num.start(), num.end());
        Qualifier q = left != null && isBound(left.qualifier()) ? left.qualifier()
                : left != null && left.figure() ? Qualifier.EXACT
                : frame != null ? frame.qualifier()
                : right != null && isBound(right.qualifier()) && right.word().length() > 1 ? right.qualifier() : null;
        if (q == null || num.form() == Numeral.Form.DIGIT_STRING) {
            return null;
        }
        return new Quantity(Kind.NUMBER, num.start(), num.end(), x.s.substring(num.start(), num.end()), num.value(),
                num.high(), null, null, q);
    }
}
