package io.zhclaims.quantity;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every numeral of a text and computes its value: Arabic ({@code 1,925.0},
 * {@code 12.32e+14}, {@code 40k}), Chinese ({@code 三千零五十万}, {@code 九万四}, {@code 廿},
 * financial {@code 肆佰陆拾}), mixed ({@code 357 万}, {@code 2.3万}, {@code 一点〇五兆}),
 * negatives, fractions ({@code 负3分之一}, {@code 1/4}) and digit ranges ({@code 三四十}).
 *
 * <p>A single left-to-right pass with character tables; a numeral is parsed by a small state
 * machine that stops at the first token the grammar does not allow, so {@code 五十千} gives
 * {@code 五十}. Stateless and thread-safe. Traditional numeral characters are accepted too,
 * because they cost nothing and some input is converted imperfectly.
 */
public final class NumeralScanner {
    private static final byte NONE = 0, DIGIT = 1, SMALL = 2, BIG = 3, POINT = 4, MARK = 5, NEG = 6;
    private static final byte[] TYPE = new byte[65536];
    private static final double[] VAL = new double[65536];

    static {
        put("0〇○零", DIGIT, 0);
        put("1一壹", DIGIT, 1);
        put("2二贰貳两兩俩倆", DIGIT, 2);
        put("3三叁參叄参", DIGIT, 3);
        put("4四肆", DIGIT, 4);
        put("5五伍", DIGIT, 5);
        put("6六陆陸", DIGIT, 6);
        put("7七柒", DIGIT, 7);
        put("8八捌", DIGIT, 8);
        put("9九玖", DIGIT, 9);
        put("十拾", SMALL, 10);
        put("百佰", SMALL, 100);
        put("千仟", SMALL, 1000);
        put("廿", SMALL, 20);
        put("卅", SMALL, 30);
        put("卌", SMALL, 40);
        put("万萬", BIG, 1e4);
        put("亿億", BIG, 1e8);
        put("兆", BIG, 1e12);
        put("点點", POINT, 0);
        put("多余餘几幾", MARK, 0);
        put("负負", NEG, 0);
        for (char c = '0'; c <= '9'; c++) {
            TYPE[c] = NONE; // ASCII digits are read by the Arabic reader, not as Chinese digits
        }
    }

    private static void put(String chars, byte type, double value) {
        for (int i = 0; i < chars.length(); i++) {
            TYPE[chars.charAt(i)] = type;
            VAL[chars.charAt(i)] = value;
        }
    }

    /** Financial digits that are also ordinary word characters (队伍, 大陆, 收拾, 放肆). */
    private static final String AMBIGUOUS_ALONE = "伍陆陸拾肆佰仟柒捌玖参";

    private static final class Idioms {
        /** numeral character → idioms containing it, with the character's offsets. */
        static final Map<Character, List<int[]>> BY_CHAR = new HashMap<>();
        static final List<String> WORDS = ModelFile.rows("quantity/numeral-idioms.txt").stream().map(r -> r[0]).toList();

        static {
            for (int w = 0; w < WORDS.size(); w++) {
                String word = WORDS.get(w);
                for (int k = 0; k < word.length(); k++) {
                    char c = word.charAt(k);
                    if (TYPE[c] != NONE || (c >= '0' && c <= '9')) {
                        BY_CHAR.computeIfAbsent(c, x -> new ArrayList<>()).add(new int[]{w, k});
                    }
                }
            }
        }
    }

    private NumeralScanner() {
    }

    /** Every numeral of {@code text}, in text order, without overlaps. */
    public static List<Numeral> scan(CharSequence text) {
        List<Numeral> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!mayStart(text, i, c)) {
                i++;
                continue;
            }
            if ((c == 'h' || c == 'w') && startsUrl(text, i)) {
                i = skipUrl(text, i);
                continue;
            }
            if (c == 'h' || c == 'w') {
                i++;
                continue;
            }
            Parsed p = parseAt(text, i);
            if (p == null) {
                i++;
                continue;
            }
            if (p.skipTo > 0) {
                i = p.skipTo;
                continue;
            }
            Numeral num = p.toNumeral(i);
            if (accept(text, num)) {
                out.add(num);
            }
            i = Math.max(p.end, i + 1);
        }
        return out;
    }

    private static boolean mayStart(CharSequence s, int i, char c) {
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (c == 'h' || c == 'w') {
            return true;
        }
        if (c == '.' || c == '-') {
            return i + 1 < s.length() && (isAsciiDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'
                    || s.charAt(i + 1) == ' ');
        }
        if (c == '半') {
            return true;
        }
        byte t = TYPE[c];
        return t == DIGIT || t == SMALL || t == BIG || t == NEG;
    }

    private static boolean startsUrl(CharSequence s, int i) {
        return regionIs(s, i, "http") || regionIs(s, i, "www.");
    }

    private static int skipUrl(CharSequence s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) > ' ' && s.charAt(i) < 0x2E80) {
            i++;
        }
        return i;
    }

    static boolean regionIs(CharSequence s, int i, String w) {
        if (i < 0 || i + w.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(i + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean accept(CharSequence s, Numeral num) {
        if (num.form() != Numeral.Form.FRACTION && insideIdiom(s, num)) {
            return false;
        }
        if (num.length() == 1 && AMBIGUOUS_ALONE.indexOf(s.charAt(num.start())) >= 0) {
            // 百分之肆: after 分之 the character can only be a digit
            if (num.start() >= 2 && s.charAt(num.start() - 1) == '之' && s.charAt(num.start() - 2) == '分') {
                return true;
            }
            boolean before = num.start() > 0 && isCjk(s.charAt(num.start() - 1));
            boolean after = num.end() < s.length() && isCjk(s.charAt(num.end()));
            return !before && !after;
        }
        return true;
    }

    private static boolean insideIdiom(CharSequence s, Numeral num) {
        List<int[]> cands = Idioms.BY_CHAR.get(s.charAt(num.start()));
        if (cands == null) {
            return false;
        }
        for (int[] cand : cands) {
            String w = Idioms.WORDS.get(cand[0]);
            int from = num.start() - cand[1];
            if (from >= 0 && from + w.length() >= num.end() && regionIs(s, from, w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    private static int skipSpaces(CharSequence s, int k) {
        while (k < s.length() && isSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The result of one numeral parse; {@code skipTo} > 0 means "no numeral, resume there". */
    private static final class Parsed {
        int end;
        int skipTo;
        double value;
        Double high;
        Numeral.Form form;
        boolean scaled;
        boolean inexact;

        Numeral toNumeral(int start) {
            return new Numeral(start, end, value, high, form, scaled, inexact);
        }
    }

    private static Parsed parseAt(CharSequence s, int i) {
        int n = s.length();
        boolean neg = false;
        int j = i;
        char c = s.charAt(i);
        if (TYPE[c] == NEG) {
            j = skipSpaces(s, i + 1);
            if (j >= n) {
                return null;
            }
            neg = true;
        } else if (c == '-') {
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            // After a letter, digit or time word the dash joins (A-1, 20-30, 12月-2月); a dash before a
            // space is a list bullet (- 7家), never a sign.
            if (isAsciiLetter(prev) || isAsciiDigit(prev) || prev == '-' || prev == '.' || "年月日时号".indexOf(prev) >= 0) {
                return null;
            }
            int before = i;
            while (before > 0 && isSpace(s.charAt(before - 1))) {
                before--;
            }
            if (before < i && before > 0 && isAsciiDigit(s.charAt(before - 1))) {
                return null; // 20 - 100: a dash between two numbers joins them, it is no sign
            }
            j = i + 1;
            if (j >= n || !(isAsciiDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                return null;
            }
            neg = true;
        }
        Parsed p = parseUnsigned(s, j);
        if (p == null || p.skipTo > 0) {
            return p;
        }
        p = composeFraction(s, p);
        if (neg) {
            p.value = -p.value;
            if (p.high != null) {
                p.high = -p.high;
            }
        }
        return p;
    }

    /** A numeral without sign, plus what may follow it to make a fraction or mixed number. */
    private static Parsed parseUnsigned(CharSequence s, int j) {
        int n = s.length();
        char c = s.charAt(j);
        if (c == '半') {
            return halfOf(s, j);
        }
        if (TYPE[c] == DIGIT && VAL[c] != 0 && j + 1 < n && TYPE[s.charAt(j + 1)] == DIGIT) {
            return digitRun(s, j);
        }
        Parsed p = parseCore(s, j);
        if (p == null) {
            return null;
        }
        // 一半 / 1半: one half
        if (p.end < n && s.charAt(p.end) == '半' && p.value == 1 && p.end - j == 1) {
            p.value = 0.5;
            p.end++;
            p.form = Numeral.Form.FRACTION;
            return p;
        }
        if (p.end < n && s.charAt(p.end) == '打' && p.form != Numeral.Form.ARABIC_DECIMAL) {
            p.value *= 12;
            p.end++;
        }
        return p;
    }

    /** {@code 半百} = 50, {@code 半个} = 0.5. */
    private static Parsed halfOf(CharSequence s, int j) {
        int n = s.length();
        if (j + 1 < n && TYPE[s.charAt(j + 1)] == SMALL && VAL[s.charAt(j + 1)] >= 100
                || j + 1 < n && TYPE[s.charAt(j + 1)] == BIG) {
            Parsed p = new Parsed();
            p.value = VAL[s.charAt(j + 1)] / 2;
            p.end = j + 2;
            p.form = Numeral.Form.CHINESE;
            return p;
        }
        if (j + 1 < n && (s.charAt(j + 1) == '个' || s.charAt(j + 1) == '個')) {
            Parsed p = new Parsed();
            p.value = 0.5;
            p.end = j + 1;
            p.form = Numeral.Form.FRACTION;
            return p;
        }
        return null;
    }

    /** Chinese digits without positional words: a range {@code 三四十}, a year {@code 二〇二二}, or a repetition. */
    private static Parsed digitRun(CharSequence s, int j) {
        int n = s.length();
        int k = j;
        while (k < n && TYPE[s.charAt(k)] == DIGIT) {
            k++;
        }
        int len = k - j;
        int d1 = (int) VAL[s.charAt(j)];
        int d2 = (int) VAL[s.charAt(j + 1)];
        if (len == 2 && d1 > 0 && d2 == d1 + 1) {
            Parsed rest = parseCore(s, j + 1);
            if (rest != null && rest.form == Numeral.Form.CHINESE && rest.value >= d2) {
                double factor = rest.value / d2;
                if (factor == Math.rint(factor) && Math.abs(rest.value - d2 * factor) < 1e-9) {
                    rest.high = rest.value;
                    rest.value = d1 * factor;
                    return rest;
                }
            }
        }
        boolean allSame = true;
        for (int q = j + 1; q < k; q++) {
            if (VAL[s.charAt(q)] != d1) {
                allSame = false;
                break;
            }
        }
        if (allSame && !(k < n && s.charAt(k) == '折')) {
            Parsed skip = new Parsed();
            skip.skipTo = k;
            return skip;
        }
        Parsed p = new Parsed();
        double v = 0;
        for (int q = j; q < k; q++) {
            v = v * 10 + VAL[s.charAt(q)];
        }
        p.value = v;
        p.end = k;
        p.form = Numeral.Form.DIGIT_STRING;
        return p;
    }

    /** Fractions {@code X分之Y}, {@code 3/5}, mixed numbers {@code 三百五又三分之一}, {@code 1 3/5}. */
    private static Parsed composeFraction(CharSequence s, Parsed p) {
        int n = s.length();
        int k = skipSpaces(s, p.end);
        if (k == p.end && k + 1 < n && (s.charAt(k) == '分' || s.charAt(k) == '份')
                && p.form == Numeral.Form.CHINESE && p.value != 0 && !p.scaled
                && (TYPE[s.charAt(k + 1)] == DIGIT || TYPE[s.charAt(k + 1)] == SMALL)) {
            // Cantonese 二份一, 十分一 (X分之Y without 之): only Chinese numerals closing a clause,
            // so 三分一秒 or 十分一般 stay as they are
            Parsed num = parseUnsigned(s, k + 1);
            if (num != null && num.form == Numeral.Form.CHINESE && num.skipTo == 0 && !num.scaled
                    && (num.end >= n || !isCjk(s.charAt(num.end)))) {
                p.value = num.value / p.value;
                p.end = num.end;
                p.form = Numeral.Form.FRACTION;
                p.high = null;
                return p;
            }
        }
        if (k < n && s.charAt(k) == '分') {
            int k2 = skipSpaces(s, k + 1);
            if (k2 < n && s.charAt(k2) == '之') {
                int k3 = skipSpaces(s, k2 + 1);
                if (k3 < n && p.value != 0 && p.form != Numeral.Form.DIGIT_STRING) {
                    Parsed num = parseSignedSimple(s, k3);
                    if (num != null) {
                        p.value = num.value / p.value;
                        p.end = num.end;
                        p.form = Numeral.Form.FRACTION;
                        p.high = null;
                        return p;
                    }
                }
            }
            return p;
        }
        if (k < n && s.charAt(k) == '又' && p.form != Numeral.Form.DIGIT_STRING) {
            int k2 = skipSpaces(s, k + 1);
            if (k2 < n) {
                Parsed frac = parseUnsigned(s, k2);
                if (frac != null && frac.skipTo == 0) {
                    frac = composeFraction(s, frac);
                    if (frac.form == Numeral.Form.FRACTION) {
                        p.value += frac.value;
                        p.end = frac.end;
                        p.form = Numeral.Form.FRACTION;
                        return p;
                    }
                }
            }
            return p;
        }
        if (p.form == Numeral.Form.ARABIC_INTEGER) {
            int e = p.end;
            if (e + 1 < n && s.charAt(e) == '/' && isAsciiDigit(s.charAt(e + 1))) {
                Parsed den = parseCore(s, e + 1);
                boolean dateLike = den != null && den.end < n && s.charAt(den.end) == '/';
                if (den != null && den.form == Numeral.Form.ARABIC_INTEGER && den.value != 0 && !dateLike) {
                    p.value = p.value / den.value;
                    p.end = den.end;
                    p.form = Numeral.Form.FRACTION;
                }
                return p;
            }
            if (e + 3 < n && s.charAt(e) == ' ' && isAsciiDigit(s.charAt(e + 1))) {
                Parsed a = parseCore(s, e + 1);
                if (a != null && a.form == Numeral.Form.ARABIC_INTEGER && a.end + 1 < n
                        && s.charAt(a.end) == '/' && isAsciiDigit(s.charAt(a.end + 1))) {
                    Parsed frac = composeFraction(s, a);
                    if (frac.form == Numeral.Form.FRACTION) {
                        p.value += frac.value;
                        p.end = frac.end;
                        p.form = Numeral.Form.FRACTION;
                    }
                }
            }
        }
        return p;
    }

    private static Parsed parseSignedSimple(CharSequence s, int k) {
        boolean neg = false;
        if (TYPE[s.charAt(k)] == NEG) {
            neg = true;
            k = skipSpaces(s, k + 1);
            if (k >= s.length()) {
                return null;
            }
        }
        Parsed p = parseCore(s, k);
        if (p != null && neg) {
            p.value = -p.value;
        }
        return p;
    }

    /**
     * The positional grammar. Chinese digits, Arabic numbers, 十百千 inside a section, 万亿兆
     * between sections, 点 for decimals, 多/余/几 before a unit, and spaces before a Chinese token.
     */
    private static Parsed parseCore(CharSequence s, int j) {
        int n = s.length();
        double total = 0, section = 0, num = Double.NaN;
        double lastSmall = 0, lastBig = 0, prevUnit = 0;
        byte prev = NONE, beforeDigit = NONE;
        boolean chineseDigitLast = false, arabic = false, chinese = false, scaled = false;
        boolean decimal = false, inexact = false, zero = false, bareUnit = true;
        int tokens = 0, end = j, k = j;
        while (k < n) {
            int t = k;
            char c = s.charAt(t);
            if (isSpace(c)) {
                if (tokens == 0) {
                    break;
                }
                t = skipSpaces(s, t);
                if (t >= n) {
                    break;
                }
                c = s.charAt(t);
                byte tt = TYPE[c];
                if (isAsciiDigit(c)) {
                    if (!(prev == SMALL || prev == BIG) || !unitAfterDigits(s, t)) {
                        break;
                    }
                } else if (tt == NONE || tt == NEG) {
                    break;
                }
            }
            if (isAsciiDigit(c) || (c == '.' && tokens == 0)) {
                if (!Double.isNaN(num) || prev == SMALL && lastSmall == 10 && arabic) {
                    break;
                }
                Arabic a = parseArabic(s, t);
                if (a == null) {
                    break;
                }
                num = a.value;
                arabic = true;
                decimal |= a.decimal;
                beforeDigit = prev;
                prev = DIGIT;
                chineseDigitLast = false;
                bareUnit = false;
                tokens++;
                k = end = a.end;
                if (a.suffixScaled) {
                    scaled = true;
                    break;
                }
                continue;
            }
            byte type = TYPE[c];
            if (type == DIGIT) {
                double v = VAL[c];
                if (!Double.isNaN(num)) {
                    break;
                }
                if (v == 0) {
                    zero = true;
                    prev = DIGIT;
                    beforeDigit = DIGIT;
                    tokens++;
                    bareUnit = false;
                    k = t + 1;
                    if (tokens == 1) {
                        end = k;
                    }
                    continue;
                }
                num = v;
                beforeDigit = zero && prev == DIGIT ? DIGIT : prev;
                prev = DIGIT;
                chineseDigitLast = true;
                chinese = true;
                bareUnit = false;
                tokens++;
                k = end = t + 1;
                continue;
            }
            if (type == SMALL) {
                double u = VAL[c];
                if (u == 20 || u == 30 || u == 40) {
                    if (!Double.isNaN(num) || lastSmall != 0 && lastSmall <= 10) {
                        break;
                    }
                    section += u;
                    lastSmall = 10;
                } else {
                    if (Double.isNaN(num)) {
                        if (u == 10 || tokens == 0) {
                            num = 1;
                        } else {
                            break;
                        }
                    } else if (decimal && !arabic) {
                        break;
                    }
                    if (lastSmall != 0 && u >= lastSmall) {
                        break;
                    }
                    section += num * u;
                    lastSmall = u;
                    if (u != 10 || tokens > 0) {
                        bareUnit &= tokens == 0;
                    } else {
                        bareUnit = false;
                    }
                }
                if (u == 10 || u == 20 || u == 30 || u == 40) {
                    bareUnit = false;
                }
                num = Double.NaN;
                prev = SMALL;
                prevUnit = u;
                chinese = true;
                zero = false;
                tokens++;
                k = end = t + 1;
                continue;
            }
            if (type == BIG) {
                double u = VAL[c];
                if (Double.isNaN(num) && section == 0 && total == 0 && tokens == 0) {
                    num = 1;
                }
                if (!Double.isNaN(num) && prev == DIGIT && chineseDigitLast && beforeDigit == SMALL && prevUnit >= 100) {
                    num *= prevUnit / 10; // 百二万 = 120万
                }
                double v = section + (Double.isNaN(num) ? 0 : num);
                if (lastBig == 0 || u > lastBig) {
                    if (v == 0 && total > 0) {
                        total *= u;
                        lastBig = lastBig * u;
                    } else {
                        total = (total + v) * u;
                        lastBig = u;
                    }
                } else if (u == lastBig && v == 0 && total > 0) {
                    total *= u;
                    lastBig = lastBig * u;
                } else if (u < lastBig && v > 0) {
                    total += v * u;
                } else {
                    break;
                }
                section = 0;
                num = Double.NaN;
                lastSmall = 0;
                prev = BIG;
                prevUnit = u;
                scaled = true;
                zero = false;
                tokens++;
                k = end = t + 1;
                continue;
            }
            if (type == POINT && !arabic || type == POINT && prev != DIGIT) {
                int q = skipSpaces(s, t + 1);
                int start = q;
                double frac = 0, scale = 0.1;
                while (q < n && (TYPE[s.charAt(q)] == DIGIT && "两兩俩倆".indexOf(s.charAt(q)) < 0
                        || isAsciiDigit(s.charAt(q)))) {
                    frac += (isAsciiDigit(s.charAt(q)) ? s.charAt(q) - '0' : VAL[s.charAt(q)]) * scale;
                    scale /= 10;
                    q++;
                }
                if (q == start || tokens == 0) {
                    break;
                }
                double intPart = finish(total, section, num, prev, beforeDigit, prevUnit, chineseDigitLast);
                double value = intPart + frac;
                int e = q;
                int q2 = skipSpaces(s, q);
                while (q2 < n && TYPE[s.charAt(q2)] == BIG) {
                    value *= VAL[s.charAt(q2)];
                    scaled = true;
                    e = q2 + 1;
                    q2 = skipSpaces(s, e);
                }
                Parsed p = new Parsed();
                p.value = value;
                p.end = e;
                p.form = Numeral.Form.CHINESE;
                p.scaled = scaled;
                p.inexact = inexact;
                return p;
            }
            if (type == MARK) {
                if (tokens == 0 || prev == NONE) {
                    break;
                }
                int q = skipSpaces(s, t + 1);
                if (q >= n) {
                    break;
                }
                byte next = TYPE[s.charAt(q)];
                if (next != BIG && !(next == SMALL && VAL[s.charAt(q)] <= 1000 && prev != DIGIT)) {
                    break;
                }
                if (next == SMALL && lastSmall != 0 && VAL[s.charAt(q)] >= lastSmall) {
                    break;
                }
                inexact = true;
                prev = MARK;
                k = t + 1;
                continue;
            }
            break;
        }
        if (tokens == 0 || bareUnit && !(zero && tokens == 1)) {
            return null;
        }
        Parsed p = new Parsed();
        p.value = finish(total, section, num, prev, beforeDigit, prevUnit, chineseDigitLast);
        p.end = end;
        p.scaled = scaled;
        p.inexact = inexact;
        if (chinese || scaled && !arabic) {
            p.form = Numeral.Form.CHINESE;
        } else if (scaled) {
            p.form = Numeral.Form.CHINESE;
        } else {
            p.form = decimal ? Numeral.Form.ARABIC_DECIMAL : Numeral.Form.ARABIC_INTEGER;
        }
        return p;
    }

    private static boolean unitAfterDigits(CharSequence s, int t) {
        while (t < s.length() && isAsciiDigit(s.charAt(t))) {
            t++;
        }
        return t < s.length() && (TYPE[s.charAt(t)] == SMALL || TYPE[s.charAt(t)] == BIG);
    }

    /** Sums the parts; a lone Chinese digit right after 百/千/万/亿 abbreviates the next place ({@code 九万四}). */
    private static double finish(double total, double section, double num, byte prev, byte beforeDigit,
                                 double prevUnit, boolean chineseDigitLast) {
        if (!Double.isNaN(num) && prev == DIGIT && chineseDigitLast
                && (beforeDigit == BIG || beforeDigit == SMALL && prevUnit >= 100)) {
            num *= prevUnit / 10;
        }
        return total + section + (Double.isNaN(num) ? 0 : num);
    }

    private record Arabic(int end, double value, boolean decimal, boolean suffixScaled) {
    }

    /** Digits with thousands separators, decimal point, exponent, power and k/M/G suffix. */
    private static Arabic parseArabic(CharSequence s, int t) {
        int n = s.length();
        StringBuilder b = new StringBuilder();
        int k = t;
        boolean decimal = false;
        if (s.charAt(k) == '.') {
            if (k > 0 && (s.charAt(k - 1) == '.' || isAsciiDigit(s.charAt(k - 1))) || k + 1 >= n || !isAsciiDigit(s.charAt(k + 1))) {
                return null;
            }
            b.append("0.");
            k++;
            while (k < n && isAsciiDigit(s.charAt(k))) {
                b.append(s.charAt(k++));
            }
            decimal = true;
        } else {
            while (k < n && isAsciiDigit(s.charAt(k))) {
                b.append(s.charAt(k++));
            }
            while (k + 3 < n + 0 && s.charAt(k) == ',' && isAsciiDigit(s.charAt(k + 1))
                    && isAsciiDigit(s.charAt(k + 2)) && isAsciiDigit(s.charAt(k + 3))
                    && (k + 4 >= n || !isAsciiDigit(s.charAt(k + 4)))) {
                b.append(s, k + 1, k + 4);
                k += 4;
            }
            boolean inDottedRun = t >= 2 && s.charAt(t - 1) == '.' && isAsciiDigit(s.charAt(t - 2));
            if (!inDottedRun && k + 1 < n && s.charAt(k) == '.' && isAsciiDigit(s.charAt(k + 1))) {
                int q = k + 1;
                while (q < n && isAsciiDigit(s.charAt(q))) {
                    q++;
                }
                boolean dotted = q + 1 < n && s.charAt(q) == '.' && isAsciiDigit(s.charAt(q + 1));
                if (!dotted) {
                    b.append(s, k, q);
                    k = q;
                    decimal = true;
                }
            }
        }
        double value = Double.parseDouble(b.toString());
        if (k + 1 < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            int q = k + 1;
            boolean negExp = false;
            if (s.charAt(q) == '+' || s.charAt(q) == '-') {
                negExp = s.charAt(q) == '-';
                q++;
            }
            int ds = q;
            while (q < n && isAsciiDigit(s.charAt(q))) {
                q++;
            }
            if (q > ds && (q >= n || !isAsciiLetter(s.charAt(q)))) {
                // The exponent as written: one too long for an int (1e400999…) is still a number, an infinite one.
                value = Double.parseDouble(b + "e" + (negExp ? "-" : "") + s.subSequence(ds, q));
                k = q;
                decimal = true;
            }
        } else if (k + 1 < n && s.charAt(k) == '^') {
            int q = k + 1;
            int minus = 0;
            while (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                minus += s.charAt(q) == '-' ? 1 : 0;
                q++;
            }
            int ds = q;
            while (q < n && isAsciiDigit(s.charAt(q))) {
                q++;
            }
            if (q > ds) {
                double exp = Double.parseDouble(s.subSequence(ds, q).toString());
                value = Math.pow(value, minus % 2 == 1 ? -exp : exp);
                k = q;
                decimal = true;
            }
        }
        int q = k < n && s.charAt(k) == ' ' ? k + 1 : k;
        if (q < n) {
            char c = s.charAt(q);
            double mult = c == 'k' || c == 'K' ? 1e3 : c == 'M' ? 1e6 : c == 'G' && decimal ? 1e9 : 0;
            if (mult > 0 && (q + 1 >= n || !isAsciiLetter(s.charAt(q + 1)) && !isAsciiDigit(s.charAt(q + 1)))) {
                return new Arabic(q + 1, value * mult, decimal, true);
            }
        }
        return new Arabic(k, value, decimal, false);
    }
}
