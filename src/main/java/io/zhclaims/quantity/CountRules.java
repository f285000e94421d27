package io.zhclaims.quantity;

import java.util.List;

import static io.zhclaims.quantity.Sentence.isInteger;
import static io.zhclaims.quantity.Sentence.isNumeralChar;

/**
 * Counts and classifiers: a classifier after the numeral ({@code 3名}, {@code 120家},
 * {@code 5500万人}), a group count ({@code 三大矛盾}), a large Chinese number on its own
 * ({@code 五千万}), scale words standing for a number ({@code 上千项}), and what follows the
 * classifier 个 ({@code 一个半小时}, Hong Kong {@code 五个半}).
 */
final class CountRules {
    private CountRules() {
    }

    /** 3名, 120家, 5500万人; 一个半小时 and Hong Kong 五个半 after 个; not a lone 一 (一家人). */
    static Quantity classifier(Sentence x, Candidate c) {
        Lexicon.Suffix suf = c.unit();
        if (suf == null || suf.kind() != Kind.COUNT) {
            return null;
        }
        Numeral num = c.num();
        int a = num.start();
        double v = num.value();
        int e = c.unitAt() + suf.word().length();
        if (suf.word().equals("个")) {
            Quantity half = afterGe(x, a, e, v, num, c.mark());
            if (half != null) {
                return half;
            }
        }
        if (x.s.startsWith("一", a) && num.end() - a == 1) {
            return Rule.NOT_BY_THIS_WORD;
        }
        if (suf.word().equals("人") && e < x.n && x.s.charAt(e) == '口' && a > 0 && x.s.charAt(a - 1) == '每') {
            return Rule.NO_FIGURE; // 每10万人口发病8.4例: the base of a rate per population
        }
        if (suf.word().equals("店") && !Character.isDigit(x.s.charAt(a))) {
            return Rule.NOT_BY_THIS_WORD; // stores are counted in digits (550店); 刘五店 is a place
        }
        if (suf.word().equals("队") && x.s.charAt(a) == '两') {
            return Rule.NO_FIGURE; // 两队 is "both teams", a pair, not a count
        }
        if (suf.word().equals("冠") && e < x.n && "状名".indexOf(x.s.charAt(e)) >= 0) {
            return Rule.NO_FIGURE; // 2019冠状病毒病 names the disease
        }
        if (suf.word().equals("面") && e < x.n && FACE_WORDS.indexOf(x.s.charAt(e)) >= 0) {
            return Rule.NOT_BY_THIS_WORD; // 有一半面临: 面 starts a word (面临, 面对, 面积)
        }
        if (suf.word().equals("局") && (x.skipSpacesBack(a) == 0 || INNINGS_VERBS.indexOf(x.s.charAt(x.skipSpacesBack(a) - 1)) < 0)) {
            return Rule.NO_FIGURE; // 狮队7局靠安打得分: the inning a thing happened in, not innings played
        }
        if (suf.word().equals("股") && x.skipSpacesBack(a) > 0 && x.s.charAt(x.skipSpacesBack(a) - 1) == '每') {
            return Rule.NO_FIGURE; // 每10股派1.5元: the base of a dividend, not a number of shares
        }
        String base = perPopulationBase(x, a);
        if (base != null) {
            // 每千人口医疗卫生机构床位数从6.46张增加到7.23张: a rate per population (FORMAT.md)
            return x.make(Kind.MEASURE, a, e, v, num.high(), "/" + base, null, num, c.mark());
        }
        return x.make(Kind.COUNT, a, e, v, num.high(), suf.unit(), null, num, c.mark());
    }

    /** Characters that make a word with 面 before them, so 面 is no classifier. */
    private static final String FACE_WORDS = "临对向积貌孔料包值世试谈授";

    /** Verbs after which N局 is innings or games played (投8局, 打满5局, 连胜3局). */
    private static final String INNINGS_VERBS = "投打赛满了共胜输赢连续战";

    /** The base of a per-population rate said earlier in the clause ({@code 每千人口}, {@code 每10万人口}), or null. */
    static String perPopulationBase(Sentence x, int a) {
        java.util.regex.Matcher m = PER_POPULATION.matcher(x.clauseBefore(a, PER_POPULATION_REACH));
        return m.find() ? m.group(1) : null;
    }

    private static final int PER_POPULATION_REACH = 30;
    private static final java.util.regex.Pattern PER_POPULATION = java.util.regex.Pattern.compile("每(\\d*[十百千万]*)人口");

    /** {@code 三度征战奥运}, {@code 两度夺冠}: 度 after a small Chinese number and before a verb counts times. */
    static Quantity times(Sentence x, Candidate c) {
        Numeral num = c.num();
        int e = c.unitAt() + 1;
        double v = num.value();
        if (c.word(x) != '度' || num.form() != Numeral.Form.CHINESE || !isInteger(num) || v < 2 || v > 10
                || e >= x.n || !NumeralScanner.isCjk(x.s.charAt(e)) || isNumeralChar(x.s.charAt(e))
                || x.lex.suffixAt(x.s, c.unitAt()) != null && x.lex.suffixAt(x.s, c.unitAt()).word().length() > 1) {
            return null;
        }
        int ps = x.skipSpacesBack(num.start());
        String before = x.s.substring(Math.max(0, ps - 2), ps);
        if (before.endsWith("零下") || before.endsWith("温") || before.endsWith("至") || before.endsWith("到")) {
            return null;
        }
        return x.make(Kind.COUNT, num.start(), e, v, null, "度", null, num);
    }

    /** 三大矛盾, 十大品牌: a group count has no classifier. */
    static Quantity group(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (c.word(x) == '大' && groupCount(x, num, c.unitAt())) {
            return x.make(Kind.COUNT, num.start(), c.unitAt() + 1, num.value(), num.high(), null, null, num, false);
        }
        return null;
    }

    /** 五千万, 十三亿: a large Chinese number counts something even with no classifier. */
    static Quantity largeNumber(Sentence x, Candidate c) {
        Numeral num = c.num();
        int b = num.end();
        if (num.scaled() && num.form() == Numeral.Form.CHINESE && num.value() >= 1e4 && !x.isLetterAfter(b)
                && !x.kSuffixed(num)) {
            return x.make(Kind.COUNT, num.start(), b, num.value(), num.high(), null, null, num);
        }
        return null;
    }

    /** 个半钟, 个半月, Hong Kong 个九: Cantonese drops the 一 of 一个. */
    static Quantity geWithoutOne(Sentence x, int i) {
        String s = x.s;
        if (s.charAt(i) == '个' && i + 1 < x.n && (i == 0 || "这那哪每各整某几".indexOf(s.charAt(i - 1)) < 0
                && !isNumeralChar(s.charAt(i - 1)))) {
            return afterGe(x, i, i + 1, 1, new Numeral(i, i, 1, null, Numeral.Form.CHINESE, false, false), false);
        }
        return null;
    }

    /**
     * What follows 个 at {@code e}: 一个半小时, 个半月, 一个半钟 (Cantonese hours) are durations;
     * in Hong Kong text a clause-final 五个半 or 个九 is dollars (个 = 蚊). Null otherwise.
     */
    static Quantity afterGe(Sentence x, int start, int e, double v, Numeral num, boolean mark) {
        if (e < x.n && x.s.charAt(e) == '半') {
            Lexicon.Suffix d = x.lex.suffixAt(x.s, e + 1);
            if (d != null && d.kind() == Kind.DURATION) {
                int end = e + 1 + d.word().length();
                return x.make(Kind.DURATION, start, end, v + 0.5, null, d.unit(), null, num, mark);
            }
            if (e + 1 < x.n && (x.s.charAt(e + 1) == '月' || x.s.charAt(e + 1) == '钟')) {
                String unit = x.s.charAt(e + 1) == '月' ? "月" : "小时";
                return x.make(Kind.DURATION, start, e + 2, v + 0.5, null, unit, null, num, mark);
            }
        }
        if (!x.yuan.equals("HKD")) {
            return null;
        }
        double[] cents = MoneyRules.subUnits(x, e, "个");
        int end = (int) cents[1];
        if (end == e && e < x.n && x.s.charAt(e) == '半') {
            cents = new double[]{0.5, e + 1};
            end = e + 1;
        }
        if (end == e || end < x.n && NumeralScanner.isCjk(x.s.charAt(end)) && x.lex.rightHedge(x.s, end) == null) {
            return null;
        }
        return x.make(Kind.MONEY, start, end, v + cents[0], null, "HKD", null, num, mark);
    }

    static boolean groupCount(Sentence x, Numeral num, int u) {
        boolean written = num.form() == Numeral.Form.CHINESE || num.form() == Numeral.Form.ARABIC_INTEGER;
        if (!written || !isInteger(num) || num.value() < 2 || num.value() > 20
                || num.start() > 0 && x.s.charAt(num.start() - 1) == '第') {
            return false;
        }
        if (u + 1 >= x.n) {
            return false;
        }
        char next = x.s.charAt(u + 1);
        return NumeralScanner.isCjk(next) && "约于概幅多量家小型都批".indexOf(next) < 0;
    }

    /** 上千项, 近百种, 超万亿元, 百万美元: scale words standing for a number. */
    static void addBareUnits(Sentence x, List<Numeral> list) {
        boolean[] covered = new boolean[x.n + 1];
        for (Numeral m : list) {
            for (int k = m.start(); k < m.end(); k++) {
                covered[k] = true;
            }
        }
        for (int i = 0; i < x.n; i++) {
            if (covered[i] || "百千万亿".indexOf(x.s.charAt(i)) < 0 || i > 0 && "百千万亿".indexOf(x.s.charAt(i - 1)) >= 0) {
                continue;
            }
            int e = i;
            double v = 1;
            while (e < x.n && e - i < 3 && "百千万亿".indexOf(x.s.charAt(e)) >= 0 && !covered[e]) {
                v *= x.s.charAt(e) == '百' ? 100 : x.s.charAt(e) == '千' ? 1000 : x.s.charAt(e) == '万' ? 1e4 : 1e8;
                e++;
            }
            char before = i > 0 ? x.s.charAt(i - 1) : ' ';
            if ("几数若".indexOf(before) >= 0 || isNumeralChar(before) || x.s.startsWith("分之", e)) {
                continue;
            }
            boolean hedged = "上近超逾破".indexOf(before) >= 0;
            if (!hedged && e - i < 2) {
                continue;
            }
            Lexicon.Suffix suf = e < x.n ? x.lex.suffixAt(x.s, e) : null;
            if (suf == null || suf.kind() == Kind.DURATION) {
                continue;
            }
            list.add(new Numeral(i, e, v, null, Numeral.Form.CHINESE, true, false));
            i = e - 1;
        }
    }
}
