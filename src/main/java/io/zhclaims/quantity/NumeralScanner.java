package io.zhclaims.quantity;

import io.zhclaims.models.ModelFile;
import io.zhclaims.quantity.NumeralGrammar.Parsed;
import io.zhclaims.quantity.NumeralGrammar.Sym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.zhclaims.quantity.NumeralGrammar.isSpace;
import static io.zhclaims.quantity.NumeralGrammar.skipSpaces;
import static io.zhclaims.quantity.NumeralGrammar.sym;
import static io.zhclaims.quantity.NumeralGrammar.value;

/**
 * Finds every numeral of a text and computes its value: Arabic ({@code 1,925.0},
 * {@code 12.32e+14}, {@code 40k}), Chinese ({@code 三千零五十万}, {@code 九万四}, {@code 廿},
 * financial {@code 肆佰陆拾}), mixed ({@code 357 万}, {@code 2.3万}, {@code 一点〇五兆}),
 * negatives, fractions ({@code 负3分之一}, {@code 1/4}) and digit ranges ({@code 三四十}).
 *
 * <p>A single left-to-right pass: at each place a numeral may start, the scanner reads signs,
 * digit runs, halves, fractions and mixed numbers, and leaves the positional numeral itself to
 * {@link NumeralGrammar} (symbols and rules), which stops at the first symbol it does not allow,
 * so {@code 五十千} gives {@code 五十}. Stateless and thread-safe. Traditional numeral characters are accepted too,
 * because they cost nothing and some input is converted imperfectly.
 */
public final class NumeralScanner {
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
                    if (sym(c) != Sym.NONE || (c >= '0' && c <= '9')) {
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
        Sym t = sym(c);
        return t == Sym.DIGIT || t == Sym.PLACE || t == Sym.SCALE || t == Sym.MINUS;
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

    /** Financial digits and their everyday forms: an idiom written with 壹 (壹切) is still the idiom. */
    private static final String FINANCIAL = "壹贰貳叁參", EVERYDAY = "一二二三三";

    private static char everyday(char c) {
        int k = FINANCIAL.indexOf(c);
        return k < 0 ? c : EVERYDAY.charAt(k);
    }

    private static boolean insideIdiom(CharSequence s, Numeral num) {
        List<int[]> cands = Idioms.BY_CHAR.get(everyday(s.charAt(num.start())));
        if (cands == null) {
            return false;
        }
        for (int[] cand : cands) {
            String w = Idioms.WORDS.get(cand[0]);
            int from = num.start() - cand[1];
            if (from >= 0 && from + w.length() >= num.end() && regionIsEveryday(s, from, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionIsEveryday(CharSequence s, int i, String w) {
        if (i < 0 || i + w.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (everyday(s.charAt(i + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
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

    private static Parsed parseAt(CharSequence s, int i) {
        int n = s.length();
        boolean neg = false;
        int j = i;
        char c = s.charAt(i);
        if (sym(c) == Sym.MINUS) {
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
        if (NumeralGrammar.isDigit(c) && value(c) != 0 && j + 1 < n
                && (NumeralGrammar.isDigit(s.charAt(j + 1)) || decimalDot(s, j + 1))) {
            return digitRun(s, j);
        }
        Parsed p = NumeralGrammar.parse(s, j);
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
        if (j + 1 < n && sym(s.charAt(j + 1)) == Sym.PLACE && value(s.charAt(j + 1)) >= 100
                || j + 1 < n && sym(s.charAt(j + 1)) == Sym.SCALE) {
            Parsed p = new Parsed();
            p.value = value(s.charAt(j + 1)) / 2;
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

    /**
     * Chinese digits without positional words: a range {@code 三四十}, a year {@code 二〇二二}, a
     * repetition, or a number read digit by digit with its decimal part and scale ({@code 四○八点六亿}).
     */
    private static Parsed digitRun(CharSequence s, int j) {
        int n = s.length();
        int k = j;
        while (k < n && NumeralGrammar.isDigit(s.charAt(k))) {
            k++;
        }
        int len = k - j;
        int d1 = (int) value(s.charAt(j));
        int d2 = (int) value(s.charAt(j + 1));
        if (len == 2 && d1 > 0 && d2 == d1 + 1) {
            Parsed rest = NumeralGrammar.parse(s, j + 1);
            if (rest != null && rest.form == Numeral.Form.CHINESE && rest.value >= d2) {
                double factor = rest.value / d2;
                if (factor == Math.rint(factor) && Math.abs(rest.value - d2 * factor) < 1e-9
                        && Math.pow(10, Math.rint(Math.log10(factor))) == factor) { // 三四十, 二三百万; not 三四点五亿
                    rest.high = rest.value;
                    rest.value = d1 * factor;
                    return rest;
                }
            }
        }
        boolean allSame = len > 1;
        for (int q = j + 1; q < k; q++) {
            if (value(s.charAt(q)) != d1) {
                allSame = false;
                break;
            }
        }
        if (allSame && !(k < n && s.charAt(k) == '折')) {
            Parsed skip = new Parsed();
            skip.skipTo = k;
            return skip;
        }
        double v = 0;
        for (int q = j; q < k; q++) {
            v = v * 10 + value(s.charAt(q));
        }
        // 四○八点六亿, 六六七点六万, 三四五亿, 二.二亿: digits read one by one, then a decimal part or scale words
        if (k < n && (sym(s.charAt(k)) == Sym.POINT || decimalDot(s, k))) {
            Parsed d = NumeralGrammar.decimal(s, k + 1, v, false, false);
            if (d != null) {
                return d;
            }
        }
        if (len == 1) {
            return NumeralGrammar.parse(s, j);
        }
        Parsed p = NumeralGrammar.scales(s, k, v);
        if (!p.scaled) {
            p.end = k;
            p.form = Numeral.Form.DIGIT_STRING;
            return p;
        }
        return sectionsBelow(s, p, p.value / v);
    }

    /**
     * The sections after a scale word of a number read digit by digit: {@code 一八九四万四四三六}
     * = 18944436, {@code 三亿四五六七万八九〇一}. A run of digits takes a smaller scale word after
     * it, or fills exactly the places of the scale before it with nothing numeral after it;
     * otherwise the number ends at the scale word ({@code 八五七万三人}).
     */
    private static Parsed sectionsBelow(CharSequence s, Parsed p, double scale) {
        int n = s.length();
        int q = p.end;
        while (q < n) {
            int k = q;
            double run = 0;
            while (k < n && NumeralGrammar.isDigit(s.charAt(k)) && "两兩俩倆".indexOf(s.charAt(k)) < 0) {
                run = run * 10 + value(s.charAt(k));
                k++;
            }
            int places = (int) Math.round(Math.log10(scale));
            if (k == q) {
                return p;
            }
            if (k < n && sym(s.charAt(k)) == Sym.SCALE && value(s.charAt(k)) < scale && k - q <= places) {
                scale = value(s.charAt(k));
                p.value += run * scale;
                p.end = q = k + 1;
                continue;
            }
            if (k - q == places && (k >= n || sym(s.charAt(k)) == Sym.NONE && !isAsciiDigit(s.charAt(k)))) {
                p.value += run;
                p.end = k;
            }
            return p;
        }
        return p;
    }

    /** A dot written between Chinese digits as a decimal point ({@code 二.二亿}, {@code 三‧五}). */
    private static boolean decimalDot(CharSequence s, int k) {
        return k + 1 < s.length() && ".‧・·".indexOf(s.charAt(k)) >= 0 && NumeralGrammar.isDigit(s.charAt(k + 1))
                && k > 0 && NumeralGrammar.isDigit(s.charAt(k - 1));
    }

    /** Fractions {@code X分之Y}, {@code 3/5}, mixed numbers {@code 三百五又三分之一}, {@code 1 3/5}. */
    private static Parsed composeFraction(CharSequence s, Parsed p) {
        int n = s.length();
        int k = skipSpaces(s, p.end);
        if (k == p.end && k + 1 < n && (s.charAt(k) == '分' || s.charAt(k) == '份')
                && p.form == Numeral.Form.CHINESE && p.value != 0 && !p.scaled
                && (NumeralGrammar.isDigit(s.charAt(k + 1)) || sym(s.charAt(k + 1)) == Sym.PLACE)) {
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
                Parsed den = NumeralGrammar.parse(s, e + 1);
                boolean dateLike = den != null && den.end < n && s.charAt(den.end) == '/';
                if (den != null && den.form == Numeral.Form.ARABIC_INTEGER && den.value != 0 && !dateLike) {
                    p.value = p.value / den.value;
                    p.end = den.end;
                    p.form = Numeral.Form.FRACTION;
                }
                return p;
            }
            if (e + 3 < n && s.charAt(e) == ' ' && isAsciiDigit(s.charAt(e + 1))) {
                Parsed a = NumeralGrammar.parse(s, e + 1);
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
        if (sym(s.charAt(k)) == Sym.MINUS) {
            neg = true;
            k = skipSpaces(s, k + 1);
            if (k >= s.length()) {
                return null;
            }
        }
        Parsed p = NumeralGrammar.parse(s, k);
        if (p != null && neg) {
            p.value = -p.value;
        }
        return p;
    }
}
