package io.zhclaims.quantity;

import static io.zhclaims.quantity.Sentence.digitValue;
import static io.zhclaims.quantity.Sentence.isInteger;

/**
 * Rates and measures: a unit of measure after the numeral ({@code 184.4GWh}, {@code 205Wh/kg},
 * {@code 3千瓦时}), multipliers ({@code 2.5倍}, {@code 翻番}, {@code 翻两番}), points of a stock
 * index ({@code 收报26,855点}), rates per population ({@code 每10万人口131.6人}) and the value of an
 * acronym ({@code PUE值降至1.08}).
 */
final class MeasureRules {
    private MeasureRules() {
    }

    /** {@code 每10万人口131.6人}: a rate per population. */
    static Quantity perPopulationRate(Sentence x, Candidate c) {
        if (c.before(x) == '每') {
            return perPopulation(x, c.num());
        }
        // 死亡率为19.6/10万: a rate written over its base, the base a bare power of ten
        Numeral num = c.num();
        int e = num.end();
        Numeral base = e + 1 < x.n && x.s.charAt(e) == '/' ? x.numeralAt(e + 1) : null;
        if (base == null || !base.scaled() && base.value() < 100 || Math.log10(base.value()) % 1 != 0
                || base.end() < x.n && NumeralScanner.isCjk(x.s.charAt(base.end())) && x.lex.suffixAt(x.s, base.end()) != null) {
            return null;
        }
        x.consumed = Math.max(x.consumed, base.end());
        return x.make(Kind.MEASURE, num.start(), base.end(), num.value(), null, x.s.substring(e, base.end()), null, num, false);
    }

    /**
     * {@code 阵风7级}, {@code 6~8级大风}, {@code 里氏6.2级地震}: a degree of wind force or quake
     * magnitude is a measure in 级, also as a range; elsewhere N级 names a grade (3级医院).
     */
    static Quantity forceScale(Sentence x, Candidate c) {
        Numeral num = c.num();
        int k = x.skipSpaces(num.end());
        Numeral high = null;
        if (k < x.n && RANGE_MARKS.indexOf(x.s.charAt(k)) >= 0 && c.mayJoinRange()) {
            high = x.numeralAt(x.skipSpaces(k + 1));
            if (high == null || high.value() <= num.value()) {
                return null;
            }
            k = x.skipSpaces(high.end());
        }
        if (k >= x.n || x.s.charAt(k) != '级' || num.value() < 0 || num.scaled()
                || Lexicon.startingAt(x.s, k + 1, x.lex.scaleLevels, 2) != null) {
            return null;
        }
        int a = x.skipSpacesBack(num.start());
        boolean named = Lexicon.mentionsAny(x.clauseBefore(a, SCALE_REACH), x.lex.scaleBefore)
                || a > 0 && x.s.charAt(a - 1) == '风' || Lexicon.startingAt(x.s, k + 1, x.lex.scaleAfter, 5) != null;
        if (!named) {
            return null;
        }
        x.consumed = Math.max(x.consumed, k + 1);
        return x.make(Kind.MEASURE, num.start(), k + 1, num.value(), high == null ? null : high.value(), "级", null, num, false);
    }

    private static final String RANGE_MARKS = "~～至到-—–";
    private static final int SCALE_REACH = 10;

    /** {@code PUE值降至1.08}: the measure is named by the acronym. */
    static Quantity acronymValue(Sentence x, Candidate c) {
        Numeral num = c.num();
        String unit = valueOfAcronym(x, num.start());
        return unit != null ? x.make(Kind.MEASURE, num.start(), num.end(), num.value(), null, unit, null, num, false)
                : null;
    }

    static Quantity times(Sentence x, Candidate c) {
        Numeral num = c.num();
        return c.word(x) == '倍'
                ? x.make(Kind.MULTIPLIER, num.start(), c.unitAt() + 1, num.value(), num.high(), "倍", null, num, c.mark())
                : null;
    }

    /** A unit of measure from the lexicon (GWh, 千瓦时, 吨, 分 as a score). */
    static Quantity unitWord(Sentence x, Candidate c) {
        Lexicon.Suffix suf = c.unit();
        if (suf == null || suf.kind() == Kind.DURATION || suf.kind() == Kind.MONEY || suf.kind() == Kind.COUNT) {
            return null;
        }
        Numeral num = c.num();
        // 一斤八块: one unit of the goods is the unit of the price beside it, no measure
        if (num.value() == 1 && x.s.charAt(num.start()) == '一' && x.lex.everyUnits.contains(suf.word())
                && MoneyRules.unitOfAPrice(x, num.start(), c.unitAt() + suf.word().length())) {
            return null;
        }
        // 升息1码 is a step of a rate; 一码溯源 is one code
        if (suf.unit().equals("码") && !RATE_BEFORE.matcher(x.clauseBefore(num.start(), RATE_REACH)).find()) {
            return null;
        }
        int e = c.unitAt() + suf.word().length();
        int k = x.skipSpaces(e);
        k = x.s.startsWith("以上", k) || x.s.startsWith("左右", k) ? k + 2 : k;
        // 38度以上高温: the heat said right after the figure
        boolean weather = temperatureBefore(x, num.start()) || x.s.startsWith("高温", k) || x.s.startsWith("低温", k);
        String unit = suf.unit().equals("度") && !num.scaled() && weather ? "°C" : suf.unit();
        int slash = x.perUnitEnd(e);
        if (slash > e) {
            // 0.66吨标准煤/万元: a measure per unit of another, the unit written whole
            unit = unit + x.s.substring(e, slash);
            e = slash;
        }
        return x.make(Kind.MEASURE, num.start(), e, num.value(), num.high(), unit, null, num, c.mark());
    }

    /** Words of an interest rate, which make 码 its quarter-point steps. */
    private static final java.util.regex.Pattern RATE_BEFORE = java.util.regex.Pattern.compile("息|利率");
    private static final int RATE_REACH = 8;

    /** {@code 最高气温约29度}, {@code 气温降至5度}: 度 of the weather is degrees Celsius, not kilowatt-hours. */
    static boolean temperatureBefore(Sentence x, int start) {
        return Lexicon.mentionsAny(x.clauseBefore(start, TEMPERATURE_REACH), x.lex.temperatureWords);
    }

    private static final int TEMPERATURE_REACH = 12;

    /** 收报26,855点, 上涨112.35点: points of a stock index, not a clock time or a list point. */
    static Quantity stockIndexPoints(Sentence x, Candidate c) {
        Numeral num = c.num();
        // 大涨3百多点: 多 or 余 before 点, which is no unit word of the lexicon (个点 is)
        int at = c.unitAt();
        boolean mark = !c.mark() && at + 1 < x.n && "多余".indexOf(x.s.charAt(at)) >= 0 && x.s.charAt(at + 1) == '点'
                && indexPoints(x, num.start());
        if (mark) {
            return x.make(Kind.MEASURE, num.start(), at + 2, num.value(), num.high(), "点", null, num, true);
        }
        // 688亿点: no clock reads in hundreds of millions; points of a scale (health insurance, an index)
        if (c.word(x) == '点' && (indexPoints(x, num.start()) || num.scaled() || x.indexSentence() && !clockPoint(x, c))) {
            return x.make(Kind.MEASURE, num.start(), c.unitAt() + 1, num.value(), num.high(), "点", null, num, false);
        }
        return null;
    }

    /** 翻番, 翻了一番, 翻倍 (twice), 翻两番 (four times). */
    static Quantity doubling(Sentence x, int i) {
        String s = x.s;
        int n = x.n;
        if (s.charAt(i) != '翻') {
            return null;
        }
        int k = i + 1;
        if (k < n && s.charAt(k) == '了') {
            k++;
        }
        if (k < n && (s.charAt(k) == '番' || s.charAt(k) == '倍' && k == i + 1)) {
            // 翻番, 翻了番 and 翻倍 all double
            return new Quantity(Kind.MULTIPLIER, i, k + 1, s.substring(i, k + 1), 2, null, null, "倍",
                    Qualifier.EXACT);
        }
        if (k + 1 < n && digitValue(s.charAt(k)) > 0 && s.charAt(k + 1) == '番') {
            // 一番 is also an idiom (一番努力), so the numeral layer drops its 一
            return new Quantity(Kind.MULTIPLIER, i, k + 2, s.substring(i, k + 2),
                    Math.pow(2, digitValue(s.charAt(k))), null, null, "倍", Qualifier.EXACT);
        }
        Numeral m = x.numeralAt(k);
        if (m != null && isInteger(m) && m.end() < n && s.charAt(m.end()) == '番' && m.value() <= 10) {
            return new Quantity(Kind.MULTIPLIER, i, m.end() + 1, s.substring(i, m.end() + 1),
                    Math.pow(2, m.value()), null, null, "倍", Qualifier.EXACT);
        }
        return null;
    }

    /** Words between the base and the rate: 每10万人口有131.6人, 每10万人中有296.7人. */
    private static final String[] RATE_FILLERS = {"中有", "有", "中", "为", "约"};

    /** {@code 每10万人口131.6人}: a rate per population, a measure in 人/10万人口. */
    static Quantity perPopulation(Sentence x, Numeral num) {
        int k = num.end();
        for (String pop : new String[]{"人口", "人", "名"}) {
            if (x.s.startsWith(pop, k)) {
                int f = x.skipSpaces(k + pop.length());
                for (String filler : RATE_FILLERS) {
                    if (x.s.startsWith(filler, f)) {
                        f += filler.length();
                        break;
                    }
                }
                Numeral m = x.numeralAt(f);
                Lexicon.Suffix suf = m == null ? null : x.lex.suffixAt(x.s, m.end());
                if (suf == null || suf.kind() != Kind.COUNT) {
                    return null;
                }
                int e = m.end() + suf.word().length();
                x.consumed = Math.max(x.consumed, e);
                String unit = suf.unit() + "/" + x.s.substring(num.start(), k + pop.length());
                return new Quantity(Kind.MEASURE, num.start() - 1, e, x.s.substring(num.start() - 1, e), m.value(),
                        null, null, unit, x.qualifier(Kind.MEASURE, num.start() - 1, e, m, false));
            }
        }
        return null;
    }

    /** {@code 下午3点}, {@code 8点半}, {@code 10点钟}: a clock time, in a sentence about an index too. */
    private static boolean clockPoint(Sentence x, Candidate c) {
        int e = c.unitAt() + 1;
        int ps = x.skipSpacesBack(c.num().start());
        boolean timeOfDay = ps >= 2 && CLOCK_WORDS.contains(x.s.substring(ps - 2, ps));
        return timeOfDay || e < x.n && "半钟多前后整".indexOf(x.s.charAt(e)) >= 0 || isInteger(c.num()) && c.num().value() <= 24
                && e < x.n && Sentence.isNumeralChar(x.s.charAt(e));
    }

    private static final java.util.Set<String> CLOCK_WORDS = java.util.Set.of("上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "今晚", "明早");

    /** {@code 售价指数为364.5}, {@code 租金指数报178.1}: an index level with no 点 written, a measure in 点. */
    static Quantity indexLevel(Sentence x, Candidate c) {
        Numeral num = c.num();
        int ps = x.skipSpacesBack(num.start());
        String before = x.s.substring(Math.max(0, ps - 4), ps);
        if (isInteger(num) || num.scaled() || !(before.endsWith("指数为") || before.endsWith("指数报") || before.endsWith("指数"))) {
            return null;
        }
        return x.make(Kind.MEASURE, num.start(), num.end(), num.value(), null, "点", null, num, false);
    }

    /** 收报26,855点, 上涨112.35点: points of a stock index, not a clock time or a list point. */
    static boolean indexPoints(Sentence x, int a) {
        int k = x.skipSpacesBack(a);
        while (k > 0 && "约近逾超".indexOf(x.s.charAt(k - 1)) >= 0) {
            k--;
        }
        return Lexicon.endingAt(x.s, k, x.lex.indexVerbs, 3) != null;
    }

    /** {@code PUE值降至1.08}: an acronym, 值, at most three words of verb, then the figure. */
    static String valueOfAcronym(Sentence x, int a) {
        int k = a;
        int verbs = 0;
        while (k > 0 && verbs < 3 && NumeralScanner.isCjk(x.s.charAt(k - 1)) && x.s.charAt(k - 1) != '值') {
            k--;
            verbs++;
        }
        if (k < 1 || x.s.charAt(k - 1) != '值') {
            return null;
        }
        int e = k - 1;
        int st = e;
        while (st > 0 && x.s.charAt(st - 1) >= 'A' && x.s.charAt(st - 1) <= 'Z') {
            st--;
        }
        return e - st >= 2 ? x.s.substring(st, e) : null;
    }
}
