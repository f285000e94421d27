package io.zhclaims.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds the figures of one cleaned, simplified, NFKC-normalized sentence and types them as
 * FORMAT.md describes: percent, fraction, multiplier, money, count, measure, year, date,
 * duration, rank and number, with range ends and qualifiers.
 *
 * <p>Works on top of {@link NumeralScanner}: each numeral is read together with the words
 * right before it (第, 前, 百分之, 约, 超过, 人民币...) and right after it (%, 倍, 年, 月, 名,
 * 亿元, 千瓦时, 左右...), from the word lists of {@code models/quantity/}. A numeral with no
 * such word is not a figure, except where FORMAT.md counts it (large counts like
 * {@code 5500万人才}, {@code λ=0.95}, {@code 1:1.5}). Stateless and thread-safe.
 */
public final class QuantityScanner {
    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final String LIST_PUNCTUATION = ",、;。";
    private static final int HEDGE_REACH = 24;
    private static final Pattern APPROX_COMPARISON = Pattern.compile("(?:约为|约是|约相当于|大约是|大约为|接近|将近|约合|相当于约)");
    private static final String TOP_MARKS = "名大强家所位";
    private static final String CONNECTORS = "~至到-—–";
    private static final String MARKS = "多余";
    /** 和/与 join two figures into a range only when 之间/间 closes it ({@code 10000与20000之间}). */
    private static final String BETWEEN = "和与及跟";

    private QuantityScanner() {
    }

    /** The figures of {@code sentence}, with {@code 元} read as CNY. */
    public static List<Quantity> scan(String sentence) {
        return scan(sentence, "CNY");
    }

    /**
     * The figures of {@code sentence}, in text order and without overlaps.
     *
     * @param yuanCurrency the ISO code that a bare {@code 元} means: CNY, or TWD/HKD for
     *                     articles from Taiwan or Hong Kong
     */
    public static List<Quantity> scan(String sentence, String yuanCurrency) {
        Objects.requireNonNull(sentence, "sentence");
        if (yuanCurrency == null || !ISO_CURRENCY.matcher(yuanCurrency).matches()) {
            throw new IllegalArgumentException("currency of 元 must be an ISO 4217 code, got: " + yuanCurrency);
        }
        return new Run(sentence, yuanCurrency).scan();
    }

    /** The state of one scan; never shared. */
    private static final class Run {
        final String s;
        final int n;
        final String yuan;
        final Lexicon lex = Lexicon.get();
        final List<Numeral> nums;
        final boolean[] inTitle;
        final List<Quantity> out = new ArrayList<>();
        int consumed;

        Run(String s, String yuan) {
            this.s = s;
            this.n = s.length();
            this.yuan = yuan;
            this.inTitle = titleMask(s);
            List<Numeral> list = new ArrayList<>(NumeralScanner.scan(s));
            addBareUnits(list);
            list.sort(Comparator.comparingInt(Numeral::start));
            this.nums = list;
        }

        List<Quantity> scan() {
            for (int i = 0; i < nums.size(); i++) {
                Numeral num = nums.get(i);
                if (num.start() < consumed || inTitle[num.start()]) {
                    continue;
                }
                int free = consumed;
                Quantity q = build(i, true);
                if (q != null && q.start() >= free) {
                    out.add(q);
                    consumed = Math.max(consumed, q.end());
                }
            }
            addWordPatterns();
            out.sort(Comparator.comparingInt(Quantity::start));
            joinBounds();
            return out;
        }

        /**
         * {@code 大于10小于20}, {@code 不大于50不小于20}, {@code 1000以上，1500以下}: a lower and an upper
         * bound on one thing make one range. Its qualifier is the lower bound's (more_than when the low
         * end is excluded, at_least when it is included); whether the high end is included is in the
         * words before it.
         */
        void joinBounds() {
            for (int i = 0; i + 1 < out.size(); i++) {
                Quantity a = out.get(i), b = out.get(i + 1);
                boolean sameKind = a.kind() == b.kind() && Objects.equals(a.unit(), b.unit());
                if (a.high() != null || b.high() != null || !sameKind && !oneBare(a, b)
                        || !isBound(a.qualifier()) || !isBound(b.qualifier())
                        || isLower(a.qualifier()) == isLower(b.qualifier()) || !onlyBoundWords(a, b)) {
                    continue;
                }
                Quantity low = isLower(a.qualifier()) ? a : b, high = low == a ? b : a;
                if (low.value() >= high.value()) {
                    continue;
                }
                // 最多100最少20个: the unit written once, on either bound, types the range
                Quantity typed = a.kind() == Kind.NUMBER ? b : a;
                out.set(i, new Quantity(typed.kind(), a.start(), b.end(), s.substring(a.start(), b.end()), low.value(),
                        high.value(), null, typed.unit(), low.qualifier()));
                out.remove(i + 1);
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
        boolean onlyBoundWords(Quantity a, Quantity b) {
            int from = a.end(), to = b.start();
            if (to - from > 12) {
                return false;
            }
            int k = skipSpaces(from);
            Lexicon.Hedge r = lex.rightHedge(s, k);
            Lexicon.Frame f = lex.frame(s, a.start(), from);
            boolean closed = r != null;
            if (r != null) {
                k = r.to();
            } else if (f != null) {
                k = f.to();
                closed = true;
            }
            while (k < to && ("并且而同时的,， 、".indexOf(s.charAt(k)) >= 0)) {
                k++;
            }
            Lexicon.Hedge l = lex.leftHedge(s, skipSpacesBack(to));
            int frameFrom = lex.frameStart(s, to);
            boolean opened = l != null || frameFrom >= 0;
            int end = l != null ? l.from() : frameFrom >= 0 ? frameFrom : skipSpacesBack(to);
            return k >= end && opened || k >= skipSpacesBack(to) && closed;
        }

        // ---------------------------------------------------------------- building one figure

        /** The figure that numeral {@code i} starts, or null; may consume following numerals. */
        Quantity build(int i, boolean mayJoinRange) {
            Numeral num = nums.get(i);
            int a = num.start(), b = num.end();
            if (isName(num)) {
                return null;
            }
            char before = a > 0 ? s.charAt(a - 1) : 0;
            if (num.form() == Numeral.Form.CHINESE && (before == '几' || before == '数' || before == '若')) {
                return null;
            }
            if (before == '第') {
                Quantity ranks = mayJoinRange ? rankRange(num, a - 1) : null;
                return ranks != null ? ranks : rank(num, a - 1);
            }
            if (before == '每') {
                Quantity share = everyNHasM(num);
                if (share != null) {
                    return share;
                }
                Quantity rate = perPopulation(num);
                if (rate != null) {
                    return rate;
                }
            }
            int lb = skipSpacesBack(a);
            if (lb > 0 && s.charAt(lb - 1) == '前' && isInteger(num)) {
                return front(num, lb - 1);
            }
            Quantity special = prefixed(num, i);
            if (special != null) {
                return special;
            }
            int q = skipSpaces(b);
            if (q < n && num.form() == Numeral.Form.ARABIC_INTEGER) {
                Quantity d = isoDate(num);
                if (d != null) {
                    return d;
                }
                Quantity r = ratio(num, i);
                if (r != null || q < n && s.charAt(q) == ':') {
                    return r;
                }
            }
            if (mayJoinRange && monthRange(num, i)) {
                return null;
            }
            boolean mark = q < n && MARKS.indexOf(s.charAt(q)) >= 0 && q + 1 < n
                    && lex.suffixAt(s, q + 1) != null;
            int u = mark ? q + 1 : q;
            Quantity typed = typed(num, i, u, mark);
            if (typed == CLOCK) {
                return null;
            }
            if (typed != null) {
                return mayJoinRange ? joinTypedRange(typed, i) : typed;
            }
            if (mayJoinRange) {
                Quantity range = bareRange(num, i);
                if (range != null) {
                    return range;
                }
            }
            if (num.form() == Numeral.Form.FRACTION) {
                return make(Kind.FRACTION, a, b, num.value(), num.high(), null, null, num);
            }
            if (num.scaled() && num.form() == Numeral.Form.CHINESE && num.value() >= 1e4 && !isLetterAfter(b)
                    && !kSuffixed(num)) {
                return make(Kind.COUNT, a, b, num.value(), num.high(), null, null, num);
            }
            return compared(num);
        }

        /**
         * {@code 超过80}, {@code 不低于3.5}, {@code 1000以上}, {@code 比三十大}: a bare number bounded by
         * a comparison word; {@code 等于1535}: a bare number stated exactly.
         */
        Quantity compared(Numeral num) {
            Lexicon.Hedge left = lex.leftHedge(s, skipSpacesBack(num.start()));
            Lexicon.Hedge right = lex.rightHedge(s, skipSpaces(num.end()));
            Lexicon.Frame frame = lex.frame(s, num.start(), num.end());
            Qualifier q = left != null && isBound(left.qualifier()) ? left.qualifier()
                    : left != null && left.figure() ? Qualifier.EXACT
                    : frame != null ? frame.qualifier()
                    : right != null && isBound(right.qualifier()) && right.word().length() > 1 ? right.qualifier() : null;
            if (q == null || num.form() == Numeral.Form.DIGIT_STRING) {
                return null;
            }
            return new Quantity(Kind.NUMBER, num.start(), num.end(), s.substring(num.start(), num.end()), num.value(),
                    num.high(), null, null, q);
        }

        static boolean isBound(Qualifier q) {
            return q != Qualifier.EXACT && q != Qualifier.APPROX;
        }

        /** {@code 每3度电就有1度}: M out of every N, a fraction M/N. */
        Quantity everyNHasM(Numeral num) {
            Lexicon.Suffix unit = lex.suffixAt(s, num.end());
            if (unit == null || num.value() == 0) {
                return null;
            }
            int limit = Math.min(n, num.end() + 12);
            for (int k = num.end() + unit.word().length(); k + 2 < limit; k++) {
                if (s.startsWith("就有", k) || s.startsWith("中有", k)) {
                    Numeral m = numeralAt(k + 2);
                    if (m != null && s.startsWith(unit.word(), m.end())) {
                        int e = m.end() + unit.word().length();
                        consumed = Math.max(consumed, e);
                        return new Quantity(Kind.FRACTION, num.start() - 1, e, s.substring(num.start() - 1, e),
                                m.value() / num.value(), null, null, null, Qualifier.EXACT);
                    }
                    return null;
                }
            }
            return null;
        }

        /** {@code 每10万人口131.6人}: a rate per population, a measure in 人/10万人口. */
        Quantity perPopulation(Numeral num) {
            int k = num.end();
            for (String pop : new String[]{"人口", "人", "名"}) {
                if (s.startsWith(pop, k)) {
                    Numeral m = numeralAt(skipSpaces(k + pop.length()));
                    Lexicon.Suffix suf = m == null ? null : lex.suffixAt(s, m.end());
                    if (suf == null || suf.kind() != Kind.COUNT) {
                        return null;
                    }
                    int e = m.end() + suf.word().length();
                    consumed = Math.max(consumed, e);
                    String unit = suf.unit() + "/" + s.substring(num.start(), k + pop.length());
                    return new Quantity(Kind.MEASURE, num.start() - 1, e, s.substring(num.start() - 1, e), m.value(),
                            null, null, unit, qualifier(Kind.MEASURE, num.start() - 1, e, m, false));
                }
            }
            return null;
        }

        /** Sentinel: a clock time, which swallows its minutes. */
        static final Quantity CLOCK = new Quantity(Kind.NUMBER, 0, 0, "", 0, null, null, null, Qualifier.EXACT);

        /** The figure given by the word after the numeral (at {@code u}), or null. */
        Quantity typed(Numeral num, int i, int u, boolean mark) {
            int a = num.start(), b = num.end();
            double v = num.value();
            Double hi = num.high();
            if (u >= n) {
                return null;
            }
            char c = s.charAt(u);
            if (c == '%') {
                return make(Kind.PERCENT, a, u + 1, v, hi, "%", null, num, mark);
            }
            if (c == '‰') {
                return make(Kind.MEASURE, a, u + 1, v, hi, "‰", null, num, mark);
            }
            int pp = percentPoint(u);
            if (pp > 0) {
                return make(Kind.PERCENT, a, pp, v, hi, "百分点", null, num, mark);
            }
            if (c == '倍') {
                return make(Kind.MULTIPLIER, a, u + 1, v, hi, "倍", null, num, mark);
            }
            if (c == '成' && v <= 10 && !mark && num.form() != Numeral.Form.DIGIT_STRING) {
                int e = u + 1;
                double extra = 0;
                if (e < n && s.charAt(e) == '半') {
                    extra = 0.05;
                    e++;
                } else if (e < n && isChineseDigit(s.charAt(e)) && (e + 1 >= n || !isNumeralChar(s.charAt(e + 1)))) {
                    extra = digitValue(s.charAt(e)) / 100.0;
                    e++;
                }
                return make(Kind.FRACTION, a, e, v / 10 + extra, hi == null ? null : hi / 10, null, null, num, mark);
            }
            if (c == '折' && !mark && v > 0 && v != 10) {
                double f = v < 10 ? v / 10 : v < 100 && isInteger(num) ? v / 100 : Double.NaN;
                if (!Double.isNaN(f)) {
                    return make(Kind.FRACTION, a, u + 1, f, null, null, null, num, false);
                }
                return null;
            }
            if (c == '年' && isYearLike(num)) {
                return year(num, u);
            }
            if (c == '届' && isYearLike(num)) {
                // 2025届毕业生: a graduating class is named by its year
                return make(Kind.YEAR, a, u + 1, v, null, null, null, num, false);
            }
            boolean lastCentury = a >= 3 && s.startsWith("上世纪", a - 3);
            boolean decade = u + 1 < n && s.charAt(u + 1) == '代';
            if (c == '年' && (decade || lastCentury) && isInteger(num) && v >= 10 && v <= 90 && v % 10 == 0) {
                int start = lastCentury ? a - 3 : a;
                int e = u + 1 < n && "代底".indexOf(s.charAt(u + 1)) >= 0 ? u + 2 : u + 1;
                return make(Kind.YEAR, start, e, 1900 + v, null, null, null, num, false);
            }
            if (c == '世' && u + 1 < n && s.charAt(u + 1) == '纪' && isInteger(num) && v >= 1 && v <= 30) {
                return century(num, i, u + 2);
            }
            if (c == '月' && isInteger(num) && v >= 1 && v <= 12 && !mark) {
                return date(Double.NaN, num, a, u);
            }
            if (c == '时' && isInteger(num) && v <= 24) {
                skipClockRest(i, u + 1);
                return CLOCK;
            }
            if (c == '仙' && isInteger(num) && v < 100 && !mark && (u + 1 >= n || !NumeralScanner.isCjk(s.charAt(u + 1)))) {
                // Cantonese cents (五仙); clause-final only, 八仙 and 神仙 are words
                return make(Kind.MONEY, a, u + 1, v / 100, null, yuan, null, num, false);
            }
            if (isTenthWord(u) && !mark) {
                int e = u + 1;
                double extra = 0;
                Numeral m = numeralAt(e);
                if (m != null && isInteger(m) && m.value() < 10) {
                    extra = m.value() / 100;
                    e = m.end() < n && s.charAt(m.end()) == '分' ? m.end() + 1 : m.end();
                }
                return make(Kind.MONEY, a, e, v / 10 + extra, null, yuan, null, num, false);
            }
            Lexicon.Suffix suf = lex.suffixAt(s, u);
            if (suf != null) {
                return suffixed(num, i, u, suf, mark);
            }
            if (c == '大' && groupCount(num, u)) {
                return make(Kind.COUNT, a, u + 1, v, hi, null, null, num, false);
            }
            if (c == '点' && indexPoints(a)) {
                return make(Kind.MEASURE, a, u + 1, v, hi, "点", null, num, false);
            }
            return null;
        }

        /** 收报26,855点, 上涨112.35点: points of a stock index, not a clock time or a list point. */
        boolean indexPoints(int a) {
            int k = skipSpacesBack(a);
            while (k > 0 && "约近逾超".indexOf(s.charAt(k - 1)) >= 0) {
                k--;
            }
            return Lexicon.endingAt(s, k, lex.indexVerbs, 3) != null;
        }

        Quantity suffixed(Numeral num, int i, int u, Lexicon.Suffix suf, boolean mark) {
            int a = num.start();
            double v = num.value();
            int e = u + suf.word().length();
            switch (suf.kind()) {
                case DURATION -> {
                    if (suf.word().equals("日") && num.form() != Numeral.Form.CHINESE) {
                        return null;
                    }
                    if (suf.word().equals("年") && isYearLike(num)) {
                        return null;
                    }
                    String unit = suf.unit();
                    if (e < n && s.charAt(e) == '半' && !unit.equals("分钟") && !unit.equals("秒")) {
                        v += 0.5;
                        e++;
                    }
                    boolean more = mark || suf.word().contains("多");
                    Quantity d = make(Kind.DURATION, a, e, v, num.high(), unit, null, num, more);
                    return compoundDuration(d, e);
                }
                case MONEY -> {
                    String iso = suf.unit().equals("YUAN") ? yuan : suf.unit();
                    int ps = skipSpacesBack(a);
                    String prefix = lex.prefixCurrencyEndingAt(s, ps);
                    int start = a;
                    if (prefix != null && suf.unit().equals("YUAN")) {
                        iso = lex.prefixCurrencies.get(prefix);
                        start = ps - prefix.length();
                    }
                    if (suf.word().equals("块") && e < n && NumeralScanner.isCjk(s.charAt(e))
                            && !isNumeralChar(s.charAt(e)) && !isTenthWord(e) && lex.rightHedge(s, e) == null) {
                        return make(Kind.COUNT, a, e, v, num.high(), "块", null, num, mark);
                    }
                    double[] cents = subUnits(e, suf.word());
                    return make(Kind.MONEY, start, (int) cents[1], v + cents[0], num.high(), iso, null, num, mark);
                }
                case COUNT -> {
                    if (suf.word().equals("个")) {
                        Quantity half = afterGe(a, e, v, num, mark);
                        if (half != null) {
                            return half;
                        }
                    }
                    if (s.startsWith("一", a) && num.end() - a == 1) {
                        return null;
                    }
                    return make(Kind.COUNT, a, e, v, num.high(), suf.unit(), null, num, mark);
                }
                default -> {
                    if (suf.unit().equals("分") && e < n && (s.charAt(e) == '之' || s.charAt(e) == '钟')) {
                        return null;
                    }
                    if (suf.unit().equals("分") && s.startsWith("半", e)) {
                        int end = s.startsWith("半钟", e) ? e + 2 : e + 1;
                        return make(Kind.DURATION, a, end, v + 0.5, null, "分钟", null, num, mark);
                    }
                    if (suf.unit().equals("分")) {
                        Numeral sec = numeralAt(e);
                        if (sec != null && sec.end() < n && s.charAt(sec.end()) == '秒') {
                            return make(Kind.DURATION, a, sec.end() + 1, v * 60 + sec.value(), null, "秒", null, num,
                                    mark);
                        }
                    }
                    return make(Kind.MEASURE, a, e, v, num.high(), suf.unit(), null, num, mark);
                }
            }
        }

        /** Cents after a money word: 五元三毛, 两美元又三美分, 一块二, 三块零四. Returns {added value, end}. */
        double[] subUnits(int e, String word) {
            int k = e;
            if (k < n && s.charAt(k) == '又') {
                k++;
            }
            boolean zero = k < n && s.charAt(k) == '零';
            int digits = zero ? k + 1 : k;
            Numeral m = numeralAt(digits);
            if (m == null && zero) {
                m = numeralAt(k); // the numeral layer may read 零四 as one numeral
            }
            if (m == null || !isInteger(m) || m.value() >= 100) {
                return new double[]{0, e};
            }
            int me = m.end();
            if (me < n && isTenthWord(me)) {
                double add = m.value() / 10;
                int end = me + 1;
                Numeral f = numeralAt(end);
                if (f != null && isInteger(f) && f.value() < 10) {
                    add += f.value() / 100;
                    end = f.end() < n && s.charAt(f.end()) == '分' ? f.end() + 1 : f.end();
                }
                return new double[]{add, end};
            }
            if (me < n && s.charAt(me) == '分' && (me + 1 >= n || s.charAt(me + 1) != '之')) {
                return new double[]{m.value() / 100, me + 1};
            }
            if (s.startsWith("美分", me)) {
                return new double[]{m.value() / 100, me + 2};
            }
            if (word.equals("日元")) {
                // the sen, a hundredth of a yen, written 钱 or in Japanese 銭
                for (String sen : new String[]{"日本钱", "日本銭", "钱", "銭"}) {
                    if (s.startsWith(sen, me)) {
                        return new double[]{m.value() / 100, me + sen.length()};
                    }
                }
            }
            boolean lone = me >= n || !NumeralScanner.isCjk(s.charAt(me)) || lex.suffixAt(s, me) == null;
            if (LOOSE_CENTS.contains(word) && m.value() < 10 && me - digits == 1 && lone
                    && isChineseDigit(s.charAt(digits))) {
                return new double[]{zero ? m.value() / 100 : m.value() / 10, me};
            }
            return new double[]{0, e};
        }

        /**
         * What follows 个 at {@code e}: 一个半小时, 个半月, 一个半钟 (Cantonese hours) are durations;
         * in Hong Kong text a clause-final 五个半 or 个九 is dollars (个 = 蚊). Null otherwise.
         */
        Quantity afterGe(int start, int e, double v, Numeral num, boolean mark) {
            if (e < n && s.charAt(e) == '半') {
                Lexicon.Suffix d = lex.suffixAt(s, e + 1);
                if (d != null && d.kind() == Kind.DURATION) {
                    int end = e + 1 + d.word().length();
                    return make(Kind.DURATION, start, end, v + 0.5, null, d.unit(), null, num, mark);
                }
                if (e + 1 < n && (s.charAt(e + 1) == '月' || s.charAt(e + 1) == '钟')) {
                    String unit = s.charAt(e + 1) == '月' ? "月" : "小时";
                    return make(Kind.DURATION, start, e + 2, v + 0.5, null, unit, null, num, mark);
                }
            }
            if (!yuan.equals("HKD")) {
                return null;
            }
            double[] cents = subUnits(e, "个");
            int end = (int) cents[1];
            if (end == e && e < n && s.charAt(e) == '半') {
                cents = new double[]{0.5, e + 1};
                end = e + 1;
            }
            if (end == e || end < n && NumeralScanner.isCjk(s.charAt(end)) && lex.rightHedge(s, end) == null) {
                return null;
            }
            return make(Kind.MONEY, start, end, v + cents[0], null, "HKD", null, num, mark);
        }

        /** Yuan words after which a lone digit means tenths (一块二, 三蚊零四 = 3.04). */
        static final java.util.Set<String> LOOSE_CENTS = java.util.Set.of("块", "元", "蚊", "个");

        /** 角, 毛 or the Cantonese 毫 (not 毫米, 毫升...): a tenth of a yuan. */
        boolean isTenthWord(int k) {
            char c = s.charAt(k);
            return c == '角' || c == '毛' || c == '毫' && lex.suffixAt(s, k) == null;
        }

        /** 两年零三个月 → 27 个月; 一小时零十五秒 → 3615 秒. */
        Quantity compoundDuration(Quantity d, int e) {
            Numeral m = numeralAt(e);
            if (m == null && e < n && s.charAt(e) == '零') {
                m = numeralAt(e + 1);
            }
            if (m == null && d.unit().equals("小时") && s.startsWith("十分", e)) {
                // 十分 is dropped as the adverb "very", which never follows an hour count
                m = new Numeral(e, e + 1, 10, null, Numeral.Form.CHINESE, false, false);
            }
            if (m == null || d.high() != null) {
                return d;
            }
            int me = skipSpaces(m.end());
            Lexicon.Suffix suf = lex.suffixAt(s, me);
            String unit2 = suf != null && suf.kind() == Kind.DURATION ? suf.unit()
                    : me < n && s.charAt(me) == '分' && d.unit().equals("小时") ? "分钟" : null;
            if (unit2 == null) {
                return d;
            }
            double factor = factor(d.unit(), unit2);
            if (factor <= 1) {
                return d;
            }
            int end = suf != null && suf.kind() == Kind.DURATION ? me + suf.word().length() : me + 1;
            return new Quantity(Kind.DURATION, d.start(), end, s.substring(d.start(), end),
                    d.value() * factor + m.value(), null, null, unit2, d.qualifier());
        }

        static double factor(String big, String small) {
            String[] order = {"年", "月", "天", "小时", "分钟", "秒"};
            double[] next = {12, 30, 24, 60, 60};
            int i = -1, j = -1;
            for (int k = 0; k < order.length; k++) {
                if (order[k].equals(big)) {
                    i = k;
                }
                if (order[k].equals(small)) {
                    j = k;
                }
            }
            if (i < 0 || j <= i) {
                return 0;
            }
            double f = 1;
            for (int k = i; k < j; k++) {
                f *= next[k];
            }
            return f;
        }

        // ---------------------------------------------------------------- time

        boolean isYearLike(Numeral num) {
            if (!isInteger(num) || num.scaled()) {
                return false;
            }
            int len = num.end() - num.start();
            if (num.form() == Numeral.Form.ARABIC_INTEGER) {
                return len == 4 && num.value() >= 1000 && num.value() <= 2199;
            }
            return num.form() == Numeral.Form.DIGIT_STRING && len == 4;
        }

        /** {@code 2019年}, {@code 2025年底}, {@code 2024年Q1}, {@code 2010年代}, or a date {@code 2022年6月5日}. */
        Quantity year(Numeral num, int u) {
            int a = num.start();
            int e = u + 1;
            if (editionYear(a, e)) {
                return null;
            }
            double y = num.value();
            int k = skipSpaces(e);
            Numeral month = numeralAt(k);
            if (month != null && isInteger(month) && month.value() >= 1 && month.value() <= 12) {
                int mu = skipSpaces(month.end());
                if (mu < n && s.charAt(mu) == '月') {
                    return date(y, month, a, mu);
                }
            }
            if (e < n && "底初末中代度".indexOf(s.charAt(e)) >= 0) {
                e++;
            } else if (e + 1 < n && s.charAt(e) == 'Q' && s.charAt(e + 1) >= '1' && s.charAt(e + 1) <= '4') {
                e += 2;
            }
            if (s.startsWith("民国", Math.max(0, skipSpacesBack(a) - 2)) && skipSpacesBack(a) >= 2) {
                return null;
            }
            return make(Kind.YEAR, a, e, y, null, null, null, num, false);
        }

        /**
         * {@code 发布2022年全国教育事业发展统计公报}: a published year directly followed by the title of
         * a recurring publication names its edition, it is not a year mention.
         */
        boolean editionYear(int a, int e) {
            int p = skipSpacesBack(a);
            if (Lexicon.endingAt(s, p, PUBLISH_VERBS, 2) == null) {
                return false;
            }
            int k = e;
            while (k < n && k - e < 20 && NumeralScanner.isCjk(s.charAt(k))) {
                k++;
                if (Lexicon.endingAt(s, k, PUBLICATIONS, 3) != null) {
                    return true;
                }
            }
            return false;
        }

        static final java.util.Set<String> PUBLISH_VERBS = java.util.Set.of("发布", "公布", "发表", "出版", "印发");
        static final java.util.Set<String> PUBLICATIONS = java.util.Set.of("公报", "年鉴", "报告", "白皮书", "蓝皮书");

        /** {@code 6月}, {@code 1月20日}, {@code 3月底}, {@code 8 月份}; {@code mu} is the index of 月. */
        Quantity date(double year, Numeral month, int start, int mu) {
            int e = mu + 1;
            String mm = String.format(Locale.ROOT, "%02d", (int) month.value());
            String iso = (Double.isNaN(year) ? "-" : String.valueOf((int) year)) + "-" + mm;
            if (e < n && (s.charAt(e) == '份' || s.charAt(e) == '底' || s.charAt(e) == '初' || s.charAt(e) == '末')) {
                e++;
            } else {
                Numeral day = numeralAt(skipSpaces(e));
                if (day != null && isInteger(day) && day.value() >= 1 && day.value() <= 31) {
                    int du = skipSpaces(day.end());
                    if (du < n && (s.charAt(du) == '日' || s.charAt(du) == '号')) {
                        iso += String.format(Locale.ROOT, "-%02d", (int) day.value());
                        e = du + 1;
                    }
                }
            }
            return new Quantity(Kind.DATE, start, e, s.substring(start, e), year, null, iso, null, Qualifier.EXACT);
        }

        /** {@code 21世纪} → 2001; {@code 20世纪90年代} → 1990. */
        Quantity century(Numeral num, int i, int e) {
            double base = (num.value() - 1) * 100;
            Numeral decade = numeralAt(e);
            if (decade != null && isInteger(decade) && decade.value() < 100 && decade.end() + 1 < n
                    && s.charAt(decade.end()) == '年' && "代底".indexOf(s.charAt(decade.end() + 1)) >= 0) {
                return make(Kind.YEAR, num.start(), decade.end() + 2, base + decade.value(), null, null, null, num, false);
            }
            return make(Kind.YEAR, num.start(), e, base + 1, null, null, null, num, false);
        }

        /** {@code 2022-06-05}. */
        Quantity isoDate(Numeral num) {
            int b = num.end();
            if (num.end() - num.start() != 4 || b + 5 >= n || s.charAt(b) != '-' && s.charAt(b) != '/') {
                return null;
            }
            char sep = s.charAt(b);
            int k = b + 1;
            int m1 = k;
            while (k < n && NumeralScanner.isAsciiDigit(s.charAt(k))) {
                k++;
            }
            if (k - m1 < 1 || k - m1 > 2 || k >= n || s.charAt(k) != sep) {
                return null;
            }
            int d1 = k + 1;
            int d = d1;
            while (d < n && NumeralScanner.isAsciiDigit(s.charAt(d))) {
                d++;
            }
            if (d - d1 < 1 || d - d1 > 2) {
                return null;
            }
            int month = Integer.parseInt(s.substring(m1, k));
            int day = Integer.parseInt(s.substring(d1, d));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", (int) num.value(), month, day);
            return new Quantity(Kind.DATE, num.start(), d, s.substring(num.start(), d), num.value(), null, iso, null,
                    Qualifier.EXACT);
        }

        /** A month range like {@code 1-10月} or {@code 1到10月份} is a period, not annotated: consume it. */
        boolean monthRange(Numeral num, int i) {
            if (!isInteger(num) || num.value() < 1 || num.value() > 12) {
                return false;
            }
            int k = skipSpaces(num.end());
            if (k < n && s.charAt(k) == '月') {
                k = skipSpaces(k + 1);
                if (k >= n || CONNECTORS.indexOf(s.charAt(k)) < 0) {
                    return false;
                }
                Numeral m = numeralAt(skipSpaces(k + 1));
                if (m == null || m.end() >= n || s.charAt(m.end()) != '月') {
                    return false;
                }
                // 1月至3月 is a period; 2月9日—2月17日 (with days) is two dates, left to build()
                consumed = m.end() + 1;
                return true;
            }
            if (k >= n || CONNECTORS.indexOf(s.charAt(k)) < 0) {
                return false;
            }
            Numeral m = numeralAt(skipSpaces(k + 1));
            if (m == null || !isInteger(m) || m.value() > 12) {
                return false;
            }
            int mu = skipSpaces(m.end());
            if (mu < n && s.charAt(mu) == '月' && (mu + 1 >= n || !isNumeralChar(s.charAt(mu + 1))
                    || s.charAt(mu + 1) == '份')) {
                consumed = mu + 1;
                return true;
            }
            return false;
        }

        void skipClockRest(int i, int from) {
            consumed = Math.max(consumed, from);
            Numeral m = numeralAt(from);
            if (m != null && m.end() < n && (s.charAt(m.end()) == '分' || s.charAt(m.end()) == '点')) {
                consumed = m.end() + 1;
                Numeral sec = numeralAt(consumed);
                if (sec != null && sec.end() < n && s.charAt(sec.end()) == '秒') {
                    consumed = sec.end() + 1;
                }
            }
        }

        // ---------------------------------------------------------------- ranks

        /** {@code 第二}, {@code 世界第一}, {@code 第一大}; not editions ({@code 第四届}) or enumerators. */
        Quantity rank(Numeral num, int di) {
            if (!isInteger(num) || num.value() <= 0) {
                return null;
            }
            int b = num.end();
            String after = Lexicon.startingAt(s, b, lex.editionWords, 2);
            // 第二, and 第二、 end an enumeration (第一,…第二,…) unless a ranking word stands before them.
            boolean open = b >= n || after != null && LIST_PUNCTUATION.indexOf(after.charAt(0)) >= 0;
            if (after != null && !open || open && !rankContextBefore(di)) {
                return null;
            }
            boolean strong = b < n && "名位大高".indexOf(s.charAt(b)) >= 0;
            if (!strong && !rankContextBefore(di)) {
                return null;
            }
            return make(Kind.RANK, di, b, num.value(), null, null, null, num, false);
        }

        /** {@code 前10名}, {@code 前 15}, {@code 前十}; {@code 前三季度} and {@code 前十个月} are periods. */
        Quantity front(Numeral num, int qi) {
            int b = num.end();
            int k = skipSpaces(b);
            if (Lexicon.startingAt(s, k, lex.periodWords, 2) != null) {
                consumed = Math.max(consumed, b);
                return null;
            }
            // 前10名, and 前十大/前10家/前5强: the top so many of a ranking.
            boolean withMing = k < n && TOP_MARKS.indexOf(s.charAt(k)) >= 0;
            if (!withMing && !rankContextBefore(qi)) {
                return null;
            }
            if (withMing && s.charAt(k) == '名') {
                return make(Kind.RANK, qi, k + 1, num.value(), null, null, null, num, false);
            }
            return make(Kind.RANK, qi, b, num.value(), null, null, null, num, false);
        }

        boolean rankContextBefore(int at) {
            for (int gap = 0; gap <= 2 && at - gap > 0; gap++) {
                if (Lexicon.endingAt(s, at - gap, lex.rankContexts, 3) != null) {
                    return true;
                }
            }
            // 分列第二、第三: a rank listed right after another shares its context.
            int k = skipSpacesBack(at);
            if (k > 0 && "、和及与".indexOf(s.charAt(k - 1)) >= 0) {
                int j = k - 1;
                while (j > 0 && isOrdinalDigit(s.charAt(j - 1))) {
                    j--;
                }
                return j < k - 1 && j > 0 && s.charAt(j - 1) == '第' && rankContextBefore(j - 1);
            }
            return false;
        }

        private boolean isOrdinalDigit(char c) {
            return c >= '0' && c <= '9' || "一二三四五六七八九十百零两".indexOf(c) >= 0;
        }

        // ---------------------------------------------------------------- prefixes

        /** Figures announced by the words before them: 百分之, 千分之, 民国, λ=, PUE值, 人民币. */
        Quantity prefixed(Numeral num, int i) {
            int a = num.start();
            int p = percentPrefix(a);
            if (p >= 0) {
                double scale = 1;
                int k = p;
                for (; "百千万佰仟".indexOf(s.charAt(k)) >= 0; k++) {
                    char c = s.charAt(k);
                    scale *= c == '百' || c == '佰' ? 100 : c == '千' || c == '仟' ? 1000 : 1e4;
                }
                int e = num.end();
                if (scale == 100) {
                    return make(Kind.PERCENT, p, e, num.value(), num.high(), "%", null, num, false);
                }
                if (scale == 1000) {
                    return make(Kind.MEASURE, p, e, num.value(), num.high(), "‰", null, num, false);
                }
                return make(Kind.FRACTION, p, e, num.value() / scale, null, null, null, num, false);
            }
            int ps = skipSpacesBack(a);
            if (ps >= 2 && s.startsWith("民国", ps - 2) && isInteger(num)) {
                int k = skipSpaces(num.end());
                if (k < n && s.charAt(k) == '年') {
                    return make(Kind.YEAR, ps - 2, k + 1, 1911 + num.value(), null, null, null, num, false);
                }
            }
            // 公元300年 is a year however few its digits.
            if (ps >= 2 && s.startsWith("公元", ps - 2) && isInteger(num) && !num.scaled()) {
                int k = skipSpaces(num.end());
                if (k < n && s.charAt(k) == '年') {
                    return make(Kind.YEAR, ps - 2, k + 1, num.value(), null, null, null, num, false);
                }
            }
            if (a >= 2 && s.charAt(a - 1) == '=' && isSymbol(s.charAt(a - 2))
                    && (a < 3 || !isSymbol(s.charAt(a - 3)))) {
                return make(Kind.NUMBER, a - 2, num.end(), num.value(), null, null, null, num, false);
            }
            String unit = valueOfAcronym(a);
            if (unit != null) {
                return make(Kind.MEASURE, a, num.end(), num.value(), null, unit, null, num, false);
            }
            String prefix = lex.prefixCurrencyEndingAt(s, ps);
            if (prefix != null) {
                int k = skipSpaces(num.end());
                Lexicon.Suffix suf = lex.suffixAt(s, k);
                if (suf != null && suf.word().equals("个")) {
                    // 港币三个一毫四: after a currency, Cantonese 个 is the dollar
                    double[] cents = subUnits(k + 1, "个");
                    if (cents[1] > k + 1) {
                        return make(Kind.MONEY, ps - prefix.length(), (int) cents[1], num.value() + cents[0], null,
                                lex.prefixCurrencies.get(prefix), null, num, false);
                    }
                }
                if (suf == null || suf.kind() == Kind.MONEY) {
                    int end = num.end();
                    if (suf != null && suf.unit().equals("YUAN")) {
                        end = k + suf.word().length();
                    } else if (suf != null) {
                        return null;
                    }
                    if (end == num.end() && k < n && NumeralScanner.isCjk(s.charAt(k)) && !isNumeralChar(s.charAt(k))
                            && lex.suffixAt(s, k) != null) {
                        return null;
                    }
                    return make(Kind.MONEY, ps - prefix.length(), end, num.value(), num.high(),
                            lex.prefixCurrencies.get(prefix), null, num, false);
                }
            }
            return null;
        }

        /** Index of 百/千/万 in {@code 百分之} (spaces allowed) ending right before {@code a}, or -1. */
        int percentPrefix(int a) {
            int k = skipSpacesBack(a);
            if (k < 1 || s.charAt(k - 1) != '之') {
                return -1;
            }
            k = skipSpacesBack(k - 1);
            if (k < 1 || s.charAt(k - 1) != '分') {
                return -1;
            }
            k = skipSpacesBack(k - 1);
            int p = k;
            while (p > 0 && "百千万佰仟".indexOf(s.charAt(p - 1)) >= 0) {
                p--;
            }
            if (p == k) {
                return -1;
            }
            if (p > 0 && isNumeralChar(s.charAt(p - 1))) {
                return -1;
            }
            return p;
        }

        /** {@code PUE值降至1.08}: an acronym, 值, at most three words of verb, then the figure. */
        String valueOfAcronym(int a) {
            int k = a;
            int verbs = 0;
            while (k > 0 && verbs < 3 && NumeralScanner.isCjk(s.charAt(k - 1)) && s.charAt(k - 1) != '值') {
                k--;
                verbs++;
            }
            if (k < 1 || s.charAt(k - 1) != '值') {
                return null;
            }
            int e = k - 1;
            int st = e;
            while (st > 0 && s.charAt(st - 1) >= 'A' && s.charAt(st - 1) <= 'Z') {
                st--;
            }
            return e - st >= 2 ? s.substring(st, e) : null;
        }

        /** {@code 1:1.5} is a ratio, {@code 19:20} a clock time (consumed, no figure). */
        Quantity ratio(Numeral num, int i) {
            int b = num.end();
            if (b + 1 >= n || s.charAt(b) != ':' || !NumeralScanner.isAsciiDigit(s.charAt(b + 1))) {
                return null;
            }
            Numeral m = numeralAt(b + 1);
            if (m == null) {
                return null;
            }
            boolean clock = isInteger(m) && m.end() - m.start() == 2 && num.value() <= 24;
            consumed = Math.max(consumed, m.end());
            if (clock || m.value() == 0) {
                return null;
            }
            return make(Kind.NUMBER, num.start(), m.end(), num.value() / m.value(), null, null, null, num, false);
        }

        // ---------------------------------------------------------------- ranges

        /**
         * {@code 35~50分}, {@code 2008至2018年}, {@code 3到6倍}: a bare number, a connector, a typed
         * figure; {@code 一千到一千五百}, {@code 10000与20000之间}, {@code 5k-20k}: two bare numbers.
         */
        Quantity bareRange(Numeral num, int i) {
            int k = skipSpaces(num.end());
            if (k >= n || i + 1 >= nums.size()) {
                return null;
            }
            char c = s.charAt(k);
            boolean between = BETWEEN.indexOf(c) >= 0;
            if (CONNECTORS.indexOf(c) < 0 && !between) {
                return null;
            }
            Numeral m = nums.get(i + 1);
            if (m.start() != skipSpaces(k + 1)) {
                return null;
            }
            Quantity q2 = build(i + 1, false);
            if (q2 == null || between && "间".equals(q2.unit()) && q2.high() == null) {
                // after 与, 间 closes the range (10000与20000间), it is not the classifier of rooms
                return bareBoth(num, m, c, between);
            }
            if (between && !closedBetween(q2.end())) {
                return null;
            }
            if (q2 == CLOCK || q2.kind() == Kind.DATE || q2.kind() == Kind.RANK || q2.kind() == Kind.NUMBER
                    || q2.start() != m.start()) {
                return null;
            }
            double low = num.value();
            if (q2.kind() == Kind.YEAR && !isYearLike(num)) {
                return null;
            }
            if (m.scaled() && !num.scaled()) {
                // Only a positive low end grows: zero or less never passes the bound (0到3万 hung here).
                while (low > 0 && low * 1e4 <= m.value() && low * 10 < m.value()) {
                    low *= 1e4;
                }
            }
            if (low >= q2.value()) {
                return null;
            }
            return new Quantity(q2.kind(), num.start(), q2.end(), s.substring(num.start(), q2.end()), low,
                    q2.value(), null, q2.unit(), Qualifier.EXACT);
        }

        /**
         * Two bare numbers as a range: after 到/至/~ ({@code 一千到一千五百}), between 和/与 and 之间
         * ({@code 20和30之间}), or, for the dash, only with k suffixes on both ({@code 5k-20k}); a bare
         * dash is too often a code, score or date ({@code 010-8888}, {@code 2-1}). Not when a time word
         * follows ({@code 3至5日}, {@code 8到10点}).
         */
        Quantity bareBoth(Numeral num, Numeral m, char connector, boolean between) {
            if (num.form() == Numeral.Form.DIGIT_STRING || m.form() == Numeral.Form.DIGIT_STRING
                    || num.high() != null || m.high() != null || num.value() >= m.value()) {
                return null;
            }
            int after = skipSpaces(m.end());
            if (!between && after < n && ("日号月年点时分秒".indexOf(s.charAt(after)) >= 0 || lex.suffixAt(s, after) != null
                    || NumeralScanner.isAsciiLetter(s.charAt(after)))) {
                return null;
            }
            boolean ok = between ? closedBetween(m.end())
                    : connector == '-' ? kSuffixed(num) && kSuffixed(m) : "到至~".indexOf(connector) >= 0;
            if (!ok) {
                return null;
            }
            return new Quantity(Kind.NUMBER, num.start(), m.end(), s.substring(num.start(), m.end()), num.value(),
                    m.value(), null, null, Qualifier.EXACT);
        }

        boolean kSuffixed(Numeral m) {
            char last = s.charAt(m.end() - 1);
            return (last == 'k' || last == 'K') && NumeralScanner.isAsciiDigit(s.charAt(m.start()));
        }

        /** Whether 之间 or 间 follows {@code end}, closing an X与Y range. */
        boolean closedBetween(int end) {
            int k = skipSpaces(end);
            return s.startsWith("之间", k) || s.startsWith("间", k);
        }

        /** {@code 第十和第十五之间}, {@code 第一到第三名}: two ranks as a range. */
        Quantity rankRange(Numeral num, int di) {
            int k = skipSpaces(num.end());
            if (k >= n || !isInteger(num)) {
                return null;
            }
            char c = s.charAt(k);
            boolean between = BETWEEN.indexOf(c) >= 0;
            if (!between && "到至~-".indexOf(c) < 0) {
                return null;
            }
            int k2 = skipSpaces(k + 1);
            Numeral m = k2 < n && s.charAt(k2) == '第' ? numeralAt(k2 + 1) : null;
            if (m == null || !isInteger(m) || m.value() <= num.value()
                    || Lexicon.startingAt(s, m.end(), lex.editionWords, 2) != null) {
                return null;
            }
            boolean ok = between ? closedBetween(m.end())
                    : m.end() < n && "名位".indexOf(s.charAt(m.end())) >= 0 || rankContextBefore(di);
            return ok ? make(Kind.RANK, di, m.end(), num.value(), m.value(), null, null, num, false) : null;
        }

        /** {@code 8.7%至14.1%}: two figures of one kind and unit joined by a connector. */
        Quantity joinTypedRange(Quantity q1, int i) {
            if (q1.high() != null || q1.kind() == Kind.DATE || q1.kind() == Kind.YEAR || q1.kind() == Kind.RANK
                    || q1.kind() == Kind.NUMBER) {
                return q1;
            }
            int k = q1.end();
            boolean between = k < n && BETWEEN.indexOf(s.charAt(k)) >= 0;
            if (k >= n || CONNECTORS.indexOf(s.charAt(k)) < 0 && !between) {
                return q1;
            }
            int j = i + 1;
            while (j < nums.size() && nums.get(j).start() < q1.end()) {
                j++;
            }
            if (j >= nums.size() || nums.get(j).start() != k + 1) {
                return q1;
            }
            Quantity q2 = build(j, false);
            if (q2 == null || q2 == CLOCK || q2.kind() != q1.kind() || !Objects.equals(q2.unit(), q1.unit())
                    || q2.value() <= q1.value() || between && !closedBetween(q2.end())) {
                return q1;
            }
            return new Quantity(q1.kind(), q1.start(), q2.end(), s.substring(q1.start(), q2.end()), q1.value(),
                    q2.value(), null, q1.unit(), q1.qualifier());
        }

        // ---------------------------------------------------------------- helpers

        Quantity make(Kind kind, int start, int end, double value, Double high, String unit, String date,
                      Numeral num) {
            return make(kind, start, end, value, high, unit, date, num, false);
        }

        Quantity make(Kind kind, int start, int end, double value, Double high, String unit, String date,
                      Numeral num, boolean innerMark) {
            Qualifier qual = Qualifier.EXACT;
            if (high == null && kind != Kind.YEAR && kind != Kind.DATE && kind != Kind.RANK && kind != Kind.NUMBER) {
                qual = qualifier(kind, start, end, num, innerMark);
            } else if (kind == Kind.NUMBER) {
                // 医护比约为1:1.18: a ratio or bare figure can be hedged too.
                Lexicon.Hedge left = lex.leftHedge(s, skipSpacesBack(start));
                if (left != null && left.qualifier() == Qualifier.APPROX) {
                    qual = Qualifier.APPROX;
                }
            } else if (kind == Kind.YEAR) {
                Lexicon.Hedge r = lex.rightHedge(s, skipSpaces(end));
                if (r != null && r.qualifier() == Qualifier.APPROX) {
                    qual = Qualifier.APPROX;
                }
            }
            return new Quantity(kind, start, end, s.substring(start, end), value, high, date, unit, qual);
        }

        Qualifier qualifier(Kind kind, int start, int end, Numeral num, boolean innerMark) {
            Lexicon.Hedge left = lex.leftHedge(s, skipSpacesBack(perUnitStart(start)));
            if (left != null && left.qualifier() != Qualifier.EXACT && !left.bareOnly()) {
                return left.qualifier();
            }
            if ((kind == Kind.MULTIPLIER || kind == Kind.FRACTION) && hedgedComparison(start)) {
                return Qualifier.APPROX;
            }
            Lexicon.Frame frame = lex.frame(s, start, end);
            if (frame != null) {
                return frame.qualifier();
            }
            if (innerMark || num.inexact()) {
                return Qualifier.MORE_THAN;
            }
            if (start > 0 && s.charAt(start - 1) == '上' && num.form() == Numeral.Form.CHINESE
                    && "百千万亿".indexOf(s.charAt(start)) >= 0) {
                return Qualifier.MORE_THAN;
            }
            Lexicon.Hedge right = lex.rightHedge(s, skipSpaces(perUnitEnd(end)));
            if (right != null && !(right.word().equals("多") || right.word().equals("余"))) {
                return right.qualifier();
            }
            if (right != null && end < n && s.charAt(end) == right.word().charAt(0)) {
                int after = end + 1;
                // 四年多来, 两年多以前: a span of time with 多 goes on into 来/前/后.
                boolean timeGoesOn = kind == Kind.DURATION && after < n && "来以前后里间".indexOf(s.charAt(after)) >= 0;
                boolean wordContinues = !timeGoesOn && after < n && NumeralScanner.isCjk(s.charAt(after))
                        && !"的,。、".contains(String.valueOf(s.charAt(after)));
                if (!wordContinues || "倍".indexOf(s.charAt(end - 1)) >= 0) {
                    return right.qualifier();
                }
            }
            return Qualifier.EXACT;
        }

        /** 约为每吨7.4万元: a price per unit keeps the hedge said before 每. */
        int perUnitStart(int start) {
            int k = skipSpacesBack(start);
            for (int len = 1; len <= 2; len++) {
                int p = k - len - 1;
                if (p >= 0 && s.charAt(p) == '每' && NumeralScanner.isCjk(s.charAt(k - 1))) {
                    return p;
                }
            }
            return start;
        }

        /** 90元/吨左右: the hedge after a per-unit ending. */
        int perUnitEnd(int end) {
            if (end < n && s.charAt(end) == '/') {
                int k = end + 1;
                while (k < n && k <= end + 2 && NumeralScanner.isCjk(s.charAt(k)) && lex.rightHedge(s, k) == null) {
                    k++;
                }
                return k > end + 1 ? k : end;
            }
            return end;
        }

        /** 约为2025年底的2.5倍, 接近当前水平的2倍: a hedge before the base of a comparison hedges the multiple. */
        boolean hedgedComparison(int start) {
            int k = skipSpacesBack(start);
            if (k == 0 || s.charAt(k - 1) != '的') {
                return false;
            }
            int from = k - 1;
            while (from > 0 && k - from < HEDGE_REACH && ",;:。".indexOf(s.charAt(from - 1)) < 0) {
                from--;
            }
            return APPROX_COMPARISON.matcher(s.substring(from, k - 1)).find();
        }

        boolean isName(Numeral num) {
            int a = num.start(), b = num.end();
            if (a > 0) {
                char p = s.charAt(a - 1);
                if (NumeralScanner.isAsciiLetter(p)) {
                    return !(p == 'Q' && a > 1 && s.charAt(a - 2) == '年');
                }
                if (p == '-' && a > 1 && Character.isLetterOrDigit(s.charAt(a - 2))
                        && "元块蚊角毛毫分".indexOf(s.charAt(a - 2)) < 0 && !plainNumberEndsAt(a - 1)) {
                    return true;
                }
                if (p == '.' && a > 1 && NumeralScanner.isAsciiDigit(s.charAt(a - 2))) {
                    return true;
                }
                if (p == ' ' && a > 1 && NumeralScanner.isAsciiLetter(s.charAt(a - 2))) {
                    int k = skipSpaces(b);
                    Lexicon.Suffix suf = k < n ? lex.suffixAt(s, k) : null;
                    boolean unitAfter = suf != null || k < n && "%‰倍".indexOf(s.charAt(k)) >= 0;
                    if (!unitAfter) {
                        return true;
                    }
                }
                if (Lexicon.endingAt(s, a, lex.nameAfter, 2) != null) {
                    return true;
                }
            }
            if (b < n) {
                char c = s.charAt(b);
                if (NumeralScanner.isAsciiLetter(c) && lex.suffixAt(s, b) == null
                        && !(c == 'e' || c == 'E')) {
                    return true;
                }
                if (c == '-' && b + 1 < n && NumeralScanner.isAsciiLetter(s.charAt(b + 1))) {
                    return true;
                }
                if (c == '.' && b + 1 < n && NumeralScanner.isAsciiDigit(s.charAt(b + 1))) {
                    return true;
                }
                if (Lexicon.startingAt(s, b, lex.nameBefore, 1) != null && s.charAt(b) == '号'
                        && !(a > 0 && s.charAt(a - 1) == '月')) {
                    return true;
                }
                Lexicon.Suffix longer = lex.suffixAt(s, b);
                boolean graduatingClass = c == '届' && isYearLike(num);
                if (Lexicon.startingAt(s, b, lex.nameBefore, 1) != null && s.charAt(b) != '号' && !graduatingClass
                        && (longer == null || longer.word().length() < 2)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a number standing on its own ends at {@code k}: {@code 20-100个} is a range, while in
         * {@code ResNet-50} or {@code A100-80} the number before the dash is part of a name.
         */
        boolean plainNumberEndsAt(int k) {
            for (Numeral m : nums) {
                if (m.end() == k) {
                    return m.form() != Numeral.Form.DIGIT_STRING && !isName(m);
                }
                if (m.start() >= k) {
                    break;
                }
            }
            return false;
        }

        boolean groupCount(Numeral num, int u) {
            if (num.form() != Numeral.Form.CHINESE || !isInteger(num) || num.value() < 2 || num.value() > 20
                    || num.start() > 0 && s.charAt(num.start() - 1) == '第') {
                return false;
            }
            if (u + 1 >= n) {
                return false;
            }
            char next = s.charAt(u + 1);
            return NumeralScanner.isCjk(next) && "约于概幅多量家小型都批".indexOf(next) < 0;
        }

        int percentPoint(int u) {
            int k = u;
            if (k < n && (s.charAt(k) == '个')) {
                k = skipSpaces(k + 1);
            }
            String[] parts = {"百", "分", "点"};
            for (String p : parts) {
                if (k >= n || s.charAt(k) != p.charAt(0)) {
                    return -1;
                }
                k = p.equals("点") ? k + 1 : skipSpaces(k + 1);
            }
            return k;
        }

        Numeral numeralAt(int pos) {
            for (Numeral m : nums) {
                if (m.start() == pos) {
                    return m;
                }
                if (m.start() > pos) {
                    break;
                }
            }
            return null;
        }

        boolean isLetterAfter(int b) {
            return b < n && NumeralScanner.isAsciiLetter(s.charAt(b));
        }

        int skipSpaces(int k) {
            while (k < n && s.charAt(k) == ' ') {
                k++;
            }
            return k;
        }

        int skipSpacesBack(int k) {
            while (k > 0 && s.charAt(k - 1) == ' ') {
                k--;
            }
            return k;
        }

        // ---------------------------------------------------------------- figures without a numeral

        /** 上千项, 近百种, 超万亿元, 百万美元: scale words standing for a number. */
        void addBareUnits(List<Numeral> list) {
            boolean[] covered = new boolean[n + 1];
            for (Numeral m : list) {
                for (int k = m.start(); k < m.end(); k++) {
                    covered[k] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                if (covered[i] || "百千万亿".indexOf(s.charAt(i)) < 0 || i > 0 && "百千万亿".indexOf(s.charAt(i - 1)) >= 0) {
                    continue;
                }
                int e = i;
                double v = 1;
                while (e < n && e - i < 3 && "百千万亿".indexOf(s.charAt(e)) >= 0 && !covered[e]) {
                    v *= s.charAt(e) == '百' ? 100 : s.charAt(e) == '千' ? 1000 : s.charAt(e) == '万' ? 1e4 : 1e8;
                    e++;
                }
                char before = i > 0 ? s.charAt(i - 1) : ' ';
                if ("几数若".indexOf(before) >= 0 || isNumeralChar(before) || s.startsWith("分之", e)) {
                    continue;
                }
                boolean hedged = "上近超逾破".indexOf(before) >= 0;
                if (!hedged && e - i < 2) {
                    continue;
                }
                Lexicon.Suffix suf = e < n ? lex.suffixAt(s, e) : null;
                if (suf == null || suf.kind() == Kind.DURATION) {
                    continue;
                }
                list.add(new Numeral(i, e, v, null, Numeral.Form.CHINESE, true, false));
                i = e - 1;
            }
        }

        /** Figures written as words: 翻了一番, 翻倍, 百分之百, 半小时, 打对折, 半成. */
        void addWordPatterns() {
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                Quantity q = null;
                if (c == '翻') {
                    int k = i + 1;
                    if (k < n && s.charAt(k) == '了') {
                        k++;
                    }
                    if (k < n && (s.charAt(k) == '番' || s.charAt(k) == '倍' && k == i + 1)) {
                        // 翻番, 翻了番 and 翻倍 all double
                        q = new Quantity(Kind.MULTIPLIER, i, k + 1, s.substring(i, k + 1), 2, null, null, "倍",
                                Qualifier.EXACT);
                    } else if (k + 1 < n && digitValue(s.charAt(k)) > 0 && s.charAt(k + 1) == '番') {
                        // 一番 is also an idiom (一番努力), so the numeral layer drops its 一
                        q = new Quantity(Kind.MULTIPLIER, i, k + 2, s.substring(i, k + 2),
                                Math.pow(2, digitValue(s.charAt(k))), null, null, "倍", Qualifier.EXACT);
                    } else {
                        Numeral m = numeralAt(k);
                        if (m != null && isInteger(m) && m.end() < n && s.charAt(m.end()) == '番' && m.value() <= 10) {
                            q = new Quantity(Kind.MULTIPLIER, i, m.end() + 1, s.substring(i, m.end() + 1),
                                    Math.pow(2, m.value()), null, null, "倍", Qualifier.EXACT);
                        }
                    }
                } else if (c == '半' && i + 1 < n && s.charAt(i + 1) == '数' && (i == 0 || "大过".indexOf(s.charAt(i - 1)) < 0)) {
                    // 近半数, 超过半数: half of a group
                    q = new Quantity(Kind.FRACTION, i, i + 2, "半数", 0.5, null, null, null, hedgeBefore(i));
                } else if (c == '百' && s.startsWith("百分之百", i) && (i == 0 || !isNumeralChar(s.charAt(i - 1)))) {
                    q = new Quantity(Kind.PERCENT, i, i + 4, "百分之百", 100, null, null, "%", Qualifier.EXACT);
                } else if (c == '半' && (i == 0 || "上下前后多一两大小过".indexOf(s.charAt(i - 1)) < 0)) {
                    Lexicon.Suffix d = lex.suffixAt(s, i + 1);
                    if (d != null && d.kind() == Kind.DURATION && !d.unit().equals("世纪")) {
                        int e = i + 1 + d.word().length();
                        q = new Quantity(Kind.DURATION, i, e, s.substring(i, e), 0.5, null, null, d.unit(),
                                Qualifier.EXACT);
                    } else if (i + 1 < n && s.charAt(i + 1) == '成') {
                        q = new Quantity(Kind.FRACTION, i, i + 2, "半成", 0.05, null, null, null, Qualifier.EXACT);
                    } else if (i + 1 < n && s.charAt(i + 1) == '折') {
                        q = new Quantity(Kind.FRACTION, i, i + 2, "半折", 0.5, null, null, null, Qualifier.EXACT);
                    }
                } else if (c == '个' && i + 1 < n && (i == 0 || "这那哪每各整某几".indexOf(s.charAt(i - 1)) < 0
                        && !isNumeralChar(s.charAt(i - 1)))) {
                    // Cantonese drops the 一 of 一个: 个半钟, 个半月, and in Hong Kong money 个九
                    q = afterGe(i, i + 1, 1, new Numeral(i, i, 1, null, Numeral.Form.CHINESE, false, false), false);
                } else if (c == '分' && s.startsWith("分半", i) && (i == 0 || !isNumeralChar(s.charAt(i - 1)))) {
                    // 分半(钟): a minute and a half, the 一 left out
                    int e = s.startsWith("分半钟", i) ? i + 3 : i + 2;
                    boolean closed = (i == 0 || !NumeralScanner.isCjk(s.charAt(i - 1)))
                            && (e >= n || !NumeralScanner.isCjk(s.charAt(e)));
                    if (e == i + 3 || closed) {
                        q = new Quantity(Kind.DURATION, i, e, s.substring(i, e), 90, null, null, "秒", Qualifier.EXACT);
                    }
                } else if (c == '对' && i > 0 && s.charAt(i - 1) == '打' && i + 1 < n && s.charAt(i + 1) == '折') {
                    q = new Quantity(Kind.FRACTION, i, i + 2, "对折", 0.5, null, null, null, Qualifier.EXACT);
                }
                if (q != null && !overlaps(q) && !inTitle[i]) {
                    out.add(q);
                    i = q.end() - 1;
                }
            }
        }

        Qualifier hedgeBefore(int i) {
            Lexicon.Hedge left = lex.leftHedge(s, skipSpacesBack(i));
            return left != null && !left.bareOnly() ? left.qualifier() : Qualifier.EXACT;
        }

        boolean overlaps(Quantity q) {
            for (Quantity o : out) {
                if (o.start() < q.end() && q.start() < o.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean[] titleMask(String s) {
        boolean[] mask = new boolean[s.length() + 1];
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
            }
            mask[i] = depth > 0;
        }
        return mask;
    }

    static boolean isInteger(Numeral num) {
        return num.form() != Numeral.Form.FRACTION && num.value() == Math.rint(num.value())
                && num.form() != Numeral.Form.ARABIC_DECIMAL;
    }

    static boolean isSymbol(char c) {
        return Character.isLetter(c) && (c < 0x2E80);
    }

    static boolean isChineseDigit(char c) {
        return "零〇一二三四五六七八九两".indexOf(c) >= 0;
    }

    static int digitValue(char c) {
        int i = "零一二三四五六七八九".indexOf(c);
        return i >= 0 ? i : c == '两' ? 2 : c == '〇' ? 0 : -1;
    }

    static boolean isNumeralChar(char c) {
        return NumeralScanner.isAsciiDigit(c) || "零〇○一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(c) >= 0;
    }
}
