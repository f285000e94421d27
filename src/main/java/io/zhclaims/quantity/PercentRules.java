package io.zhclaims.quantity;

import static io.zhclaims.quantity.Sentence.digitValue;
import static io.zhclaims.quantity.Sentence.isChineseDigit;
import static io.zhclaims.quantity.Sentence.isInteger;
import static io.zhclaims.quantity.Sentence.isNumeralChar;

/**
 * Percent and fractions: {@code 55%}, {@code 百分之三十}, {@code 0.2个百分点}, {@code 3‰},
 * {@code 三分之一}, {@code 六成}, {@code 八折}, {@code 每3度电就有1度}, {@code 半数}, {@code 百分之百}.
 */
final class PercentRules {
    private PercentRules() {
    }

    /** 百分之三十 (percent), 千分之五 (per mille), 万分之三 (a fraction). */
    static Quantity percentPrefixed(Sentence x, Candidate c) {
        Numeral num = c.num();
        int p = percentPrefix(x, num.start());
        if (p < 0) {
            return null;
        }
        double scale = 1;
        int k = p;
        for (; "百千万佰仟".indexOf(x.s.charAt(k)) >= 0; k++) {
            char ch = x.s.charAt(k);
            scale *= ch == '百' || ch == '佰' ? 100 : ch == '千' || ch == '仟' ? 1000 : 1e4;
        }
        int e = num.end();
        if (scale == 100) {
            return x.make(Kind.PERCENT, p, e, num.value(), num.high(), "%", null, num, false);
        }
        if (scale == 1000) {
            return x.make(Kind.MEASURE, p, e, num.value(), num.high(), "‰", null, num, false);
        }
        return x.make(Kind.FRACTION, p, e, num.value() / scale, null, null, null, num, false);
    }

    /** {@code 每3度电就有1度}: M out of every N. */
    static Quantity outOfEvery(Sentence x, Candidate c) {
        return c.before(x) == '每' ? everyNHasM(x, c.num()) : null;
    }

    static Quantity percentSign(Sentence x, Candidate c) {
        Numeral num = c.num();
        return c.word(x) == '%'
                ? x.make(Kind.PERCENT, num.start(), c.unitAt() + 1, num.value(), num.high(), "%", null, num, c.mark())
                : null;
    }

    static Quantity perMilleSign(Sentence x, Candidate c) {
        Numeral num = c.num();
        return c.word(x) == '‰'
                ? x.make(Kind.MEASURE, num.start(), c.unitAt() + 1, num.value(), num.high(), "‰", null, num, c.mark())
                : null;
    }

    /** 0.2个百分点, 3 个 百分点. */
    static Quantity percentPoints(Sentence x, Candidate c) {
        Numeral num = c.num();
        int pp = percentPoint(x, c.unitAt());
        return pp > 0 ? x.make(Kind.PERCENT, num.start(), pp, num.value(), num.high(), "百分点", null, num, c.mark())
                : null;
    }

    /** 六成, 六成半, 6成3: tenths, and the hundredths after them. */
    static Quantity tenths(Sentence x, Candidate c) {
        Numeral num = c.num();
        double v = num.value();
        Double hi = num.high();
        if (!(c.word(x) == '成' && v <= 10 && !c.mark() && num.form() != Numeral.Form.DIGIT_STRING)) {
            return null;
        }
        String s = x.s;
        int n = x.n;
        int e = c.unitAt() + 1;
        double extra = 0;
        if (e < n && s.charAt(e) == '半') {
            extra = 0.05;
            e++;
        } else if (e < n && isChineseDigit(s.charAt(e)) && (e + 1 >= n || !isNumeralChar(s.charAt(e + 1)))) {
            extra = digitValue(s.charAt(e)) / 100.0;
            e++;
        } else if (e < n && Character.isDigit(s.charAt(e)) && isInteger(num)) {
            // 6成3 is 0.63, 2成45 is 0.245: Arabic digits after 成 go on with the decimal
            Numeral rest = x.numeralAt(e);
            int digits = rest == null ? 0 : rest.end() - rest.start();
            if (rest != null && isInteger(rest) && digits <= 2 && !x.isLetterAfter(rest.end())
                    && (rest.end() >= n || x.lex.suffixAt(s, rest.end()) == null)) {
                extra = rest.value() / (digits == 1 ? 100.0 : 1000.0);
                e = rest.end();
                x.consumed = Math.max(x.consumed, e);
            }
        }
        return x.make(Kind.FRACTION, num.start(), e, v / 10 + extra, hi == null ? null : hi / 10, null, null, num,
                c.mark());
    }

    /** 八折 (0.8), 75折 (0.75): a price as a fraction of the full one. */
    static Quantity discount(Sentence x, Candidate c) {
        Numeral num = c.num();
        double v = num.value();
        if (!(c.word(x) == '折' && !c.mark() && v > 0 && v != 10)) {
            return null;
        }
        if (c.unitAt() + 1 < x.n && "算合旧".indexOf(x.s.charAt(c.unitAt() + 1)) >= 0) {
            return Rule.NOT_BY_THIS_WORD; // 汇率6.8985折算: 折算, 折合 and 折旧 are verbs, no discount
        }
        double f = v < 10 ? v / 10 : v < 100 && isInteger(num) ? v / 100 : Double.NaN;
        if (Double.isNaN(f)) {
            return Rule.NOT_BY_THIS_WORD;
        }
        return x.make(Kind.FRACTION, num.start(), c.unitAt() + 1, f, null, null, null, num, false);
    }

    /** 三分之一, 3/5, read as fractions by the numeral layer, with no unit word. */
    static Quantity bareFraction(Sentence x, Candidate c) {
        Numeral num = c.num();
        return num.form() == Numeral.Form.FRACTION
                ? x.make(Kind.FRACTION, num.start(), num.end(), num.value(), num.high(), null, null, num)
                : null;
    }

    /** 近半数, 超过半数: half of a group. */
    static Quantity halfOfGroup(Sentence x, int i) {
        String s = x.s;
        if (s.charAt(i) == '半' && i + 1 < x.n && s.charAt(i + 1) == '数' && (i == 0 || "大过".indexOf(s.charAt(i - 1)) < 0)) {
            return new Quantity(Kind.FRACTION, i, i + 2, "半数", 0.5, null, null, null, x.hedgeBefore(i));
        }
        return null;
    }

    static Quantity hundredPercent(Sentence x, int i) {
        String s = x.s;
        if (s.charAt(i) == '百' && s.startsWith("百分之百", i) && (i == 0 || !isNumeralChar(s.charAt(i - 1)))) {
            return new Quantity(Kind.PERCENT, i, i + 4, "百分之百", 100, null, null, "%", Qualifier.EXACT);
        }
        return null;
    }

    /** 半成 (5%) and 半折 (half price). */
    static Quantity halfTenthOrDiscount(Sentence x, int i) {
        String s = x.s;
        if (!TimeRules.looseHalf(x, i) || i + 1 >= x.n) {
            return null;
        }
        if (s.charAt(i + 1) == '成') {
            return new Quantity(Kind.FRACTION, i, i + 2, "半成", 0.05, null, null, null, Qualifier.EXACT);
        }
        if (s.charAt(i + 1) == '折') {
            return new Quantity(Kind.FRACTION, i, i + 2, "半折", 0.5, null, null, null, Qualifier.EXACT);
        }
        return null;
    }

    /** 打对折: half price. */
    static Quantity halfPrice(Sentence x, int i) {
        String s = x.s;
        if (s.charAt(i) == '对' && i > 0 && s.charAt(i - 1) == '打' && i + 1 < x.n && s.charAt(i + 1) == '折') {
            return new Quantity(Kind.FRACTION, i, i + 2, "对折", 0.5, null, null, null, Qualifier.EXACT);
        }
        return null;
    }

    /** {@code 每3度电就有1度}: M out of every N, a fraction M/N. */
    static Quantity everyNHasM(Sentence x, Numeral num) {
        Lexicon.Suffix unit = x.lex.suffixAt(x.s, num.end());
        if (unit == null || num.value() == 0) {
            return null;
        }
        int limit = Math.min(x.n, num.end() + 12);
        for (int k = num.end() + unit.word().length(); k + 2 < limit; k++) {
            if (x.s.startsWith("就有", k) || x.s.startsWith("中有", k)) {
                Numeral m = x.numeralAt(k + 2);
                if (m != null && !isInteger(m) && num.scaled()) {
                    return null; // 每10万人中有296.7人: a rate per population (a measure), not a share of people
                }
                if (m != null && x.s.startsWith(unit.word(), m.end())) {
                    int e = m.end() + unit.word().length();
                    x.consumed = Math.max(x.consumed, e);
                    return new Quantity(Kind.FRACTION, num.start() - 1, e, x.s.substring(num.start() - 1, e),
                            m.value() / num.value(), null, null, null, Qualifier.EXACT);
                }
                return null;
            }
        }
        return null;
    }

    /** Index of 百/千/万 in {@code 百分之} (spaces allowed) ending right before {@code a}, or -1. */
    static int percentPrefix(Sentence x, int a) {
        int k = x.skipSpacesBack(a);
        if (k < 1 || x.s.charAt(k - 1) != '之') {
            return -1;
        }
        k = x.skipSpacesBack(k - 1);
        if (k < 1 || x.s.charAt(k - 1) != '分') {
            return -1;
        }
        k = x.skipSpacesBack(k - 1);
        int p = k;
        while (p > 0 && "百千万佰仟".indexOf(x.s.charAt(p - 1)) >= 0) {
            p--;
        }
        if (p == k) {
            return -1;
        }
        if (p > 0 && isNumeralChar(x.s.charAt(p - 1))) {
            return -1;
        }
        return p;
    }

    static int percentPoint(Sentence x, int u) {
        int k = u;
        if (k < x.n && (x.s.charAt(k) == '个')) {
            k = x.skipSpaces(k + 1);
        }
        String[] parts = {"百", "分", "点"};
        for (String p : parts) {
            if (k >= x.n || x.s.charAt(k) != p.charAt(0)) {
                return -1;
            }
            k = p.equals("点") ? k + 1 : x.skipSpaces(k + 1);
        }
        return k;
    }
}
