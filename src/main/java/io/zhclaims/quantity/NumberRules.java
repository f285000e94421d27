package io.zhclaims.quantity;

import static io.zhclaims.quantity.Sentence.isInteger;
import static io.zhclaims.quantity.Sentence.isSymbol;

/**
 * The numerals family: what a number is before any unit, and when it is no figure at all. Part
 * of a name (GPT-4, 13号线), vague (几十, 数百), a symbol's value ({@code λ=0.95}), a ratio
 * ({@code 1:1.5}) or a clock time ({@code 19:20}). How the digits themselves are read is
 * {@link NumeralScanner}'s work.
 */
final class NumberRules {
    private NumberRules() {
    }

    /** 13号线, GPT-4, A100-80, 三次产业: a numeral inside a name is no figure. */
    static Quantity notAName(Sentence x, Candidate c) {
        String after = Lexicon.startingAt(x.s, c.num().end(), x.lex.nameBefore, 3);
        return x.isName(c.num()) || after != null && after.length() > 1 ? Rule.NO_FIGURE : null;
    }

    /**
     * {@code 20*30=600元}, {@code 300元*5}: the operands of a sum written out are bare numbers; the
     * result keeps whatever unit it has.
     */
    static Quantity operand(Sentence x, Candidate c) {
        Numeral num = c.num();
        int a = x.skipSpacesBack(num.start());
        int e = x.skipSpaces(num.end());
        boolean timesBefore = a > 1 && TIMES.indexOf(x.s.charAt(a - 1)) >= 0;
        boolean timesAfter = e + 1 < x.n && TIMES.indexOf(x.s.charAt(e)) >= 0 && x.numeralAt(x.skipSpaces(e + 1)) != null;
        if (!timesBefore && !timesAfter || num.form() == Numeral.Form.DIGIT_STRING || !equalsAhead(x, num.start())) {
            return null; // 4×100米接力 and 7×24小时 name things; a sum is written out to its =
        }
        return x.make(Kind.NUMBER, num.start(), num.end(), num.value(), null, null, null, num, false);
    }

    private static final String TIMES = "*×";

    /** Whether an = closes the expression that starts at {@code from}, over digits, operators and 元. */
    static boolean equalsAhead(Sentence x, int from) {
        for (int k = from; k < x.n && k - from < SUM_REACH; k++) {
            char ch = x.s.charAt(k);
            if (ch == '=') {
                return true;
            }
            if (!Character.isDigit(ch) && "*×+-. 元块".indexOf(ch) < 0) {
                return false;
            }
        }
        return false;
    }

    private static final int SUM_REACH = 16;

    /** {@code 图1:2011-2015年…}, {@code 表3 各地区产量}: the number of a chart or table is its label. */
    static Quantity figureLabel(Sentence x, Candidate c) {
        int a = c.num().start();
        int e = c.num().end();
        if (a == 0 || "图表".indexOf(x.s.charAt(a - 1)) < 0 || a >= 2 && NumeralScanner.isCjk(x.s.charAt(a - 2))
                && "如见附下上据".indexOf(x.s.charAt(a - 2)) < 0) {
            return null;
        }
        boolean labelEnd = e >= x.n || ":: ".indexOf(x.s.charAt(e)) >= 0 || x.s.startsWith("所示", e);
        return labelEnd ? Rule.NO_FIGURE : null;
    }

    /**
     * 几十, 数百, 若干: a Chinese numeral after a word of vagueness is no figure; nor is the 一 of
     * 这一年 (this year) or a weekday's digit (周三起, 周三一度上涨).
     */
    static Quantity notVague(Sentence x, Candidate c) {
        char before = c.before(x);
        Numeral num = c.num();
        if (num.form() != Numeral.Form.CHINESE && num.form() != Numeral.Form.DIGIT_STRING) {
            return null;
        }
        // 数百, 几十: vague; 人数51255万 is a count after the word 人数
        boolean vague = (before == '几' || before == '数' || before == '若') && !Character.isDigit(x.s.charAt(num.start()));
        boolean demonstrative = num.value() == 1 && num.end() - num.start() == 1 && "这那哪".indexOf(before) >= 0;
        int p = num.start();
        boolean weekday = p >= 1 && before == '周' || p >= 2 && (x.s.startsWith("星期", p - 2) || x.s.startsWith("礼拜", p - 2));
        // 两位数增长, 三位数: how many digits a figure has is no figure (FORMAT.md)
        boolean digits = x.s.startsWith("位数", x.skipSpaces(num.end()));
        return vague || demonstrative || weekday || digits || namedPair(x, num) ? Rule.NO_FIGURE : null;
    }

    /**
     * {@code 两校都暂未公布}, {@code 这两国}: 两 with a classifier of institutions or sides, opening a clause
     * or after a demonstrative, is the pair the text has named (FORMAT.md: 两国), no count.
     */
    private static boolean namedPair(Sentence x, Numeral num) {
        int a = num.start();
        if (num.end() - a != 1 || x.s.charAt(a) != '两' || num.end() >= x.n || PAIR_WORDS.indexOf(x.s.charAt(num.end())) < 0) {
            return false;
        }
        return a == 0 || CLAUSE_OPENERS.indexOf(x.s.charAt(a - 1)) >= 0;
    }

    private static final String PAIR_WORDS = "国校所队岸";
    private static final String CLAUSE_OPENERS = ",。;:!?、“「(这该此";

    /** {@code λ=0.95}: the value of a one-letter symbol. */
    static Quantity symbolValue(Sentence x, Candidate c) {
        int a = c.num().start();
        String s = x.s;
        if (a >= 2 && s.charAt(a - 1) == '=' && isSymbol(s.charAt(a - 2)) && (a < 3 || !isSymbol(s.charAt(a - 3)))) {
            return x.make(Kind.NUMBER, a - 2, c.num().end(), c.num().value(), null, null, null, c.num(), false);
        }
        return null;
    }

    /** Whether the numeral is one of three or more parts joined by colons (三次产业结构6.8:42.7:50.5). */
    static boolean partOfLongRatio(Sentence x, Numeral num) {
        int joins = 0;
        for (int k = num.start() - 1; k > 0 && Sentence.isColon(x.s.charAt(k)) && Character.isDigit(x.s.charAt(k - 1)); ) {
            joins++;
            k--;
            while (k > 0 && (Character.isDigit(x.s.charAt(k - 1)) || x.s.charAt(k - 1) == '.')) {
                k--;
            }
            k--;
        }
        for (int k = num.end(); k + 1 < x.n && Sentence.isColon(x.s.charAt(k)) && Character.isDigit(x.s.charAt(k + 1)); ) {
            joins++;
            k++;
            while (k < x.n && (Character.isDigit(x.s.charAt(k)) || x.s.charAt(k) == '.')) {
                k++;
            }
        }
        return joins >= 2;
    }

    /**
     * 护病比一比十三, 师生比为1比17, 医学中心白班一比六、小夜班一比九: after a word of a ratio in the
     * sentence shortly before, N比M is one figure N/M, as FORMAT.md reads 1:1.5; elsewhere 比 joins
     * the sides of a score.
     */
    static Quantity ratioWord(Sentence x, Candidate c) {
        Numeral num = c.num();
        int b = x.skipSpaces(num.end());
        if (b + 1 >= x.n || x.s.charAt(b) != '比' || num.value() == 0) {
            return null;
        }
        Numeral m = x.numeralAt(x.skipSpaces(b + 1));
        if (m == null || m.value() == 0 || !Lexicon.mentionsAny(x.textBefore(num.start(), RATIO_REACH, ";。!?"), x.lex.ratioWords)) {
            return null;
        }
        x.consumed = Math.max(x.consumed, m.end());
        return x.make(Kind.NUMBER, num.start(), m.end(), num.value() / m.value(), null, null, null, num, false);
    }

    /** How far back a ratio's word may stand: a list of ratios names it once (护病比,白班一比六、小夜班一比九、大夜班一比十一). */
    private static final int RATIO_REACH = 30;

    /** {@code 1:1.5} is a ratio; {@code 19:20}, a clock time, and any other colon make no figure. */
    static Quantity ratioOrClock(Sentence x, Candidate c) {
        Numeral num = c.num();
        int q = x.skipSpaces(num.end());
        if (partOfLongRatio(x, num)) {
            return ratio(x, num, c.index());
        }
        if (q >= x.n || num.form() != Numeral.Form.ARABIC_INTEGER) {
            return null;
        }
        Quantity r = ratio(x, num, c.index());
        return r != null ? r : Sentence.isColon(x.s.charAt(q)) ? Rule.NO_FIGURE : null;
    }

    /** Whether {@code hours:minutes} reads as a clock time (19:20, 8:00): two digits of minutes after an hour of the day. */
    static boolean clockShape(Numeral hours, Numeral minutes) {
        return isInteger(minutes) && minutes.end() - minutes.start() == 2 && hours.value() <= 24;
    }

    /** {@code 1:1.5} is a ratio, {@code 19:20} a clock time (consumed, no figure). */
    static Quantity ratio(Sentence x, Numeral num, int i) {
        int b = num.end();
        if (partOfLongRatio(x, num)) {
            // 6.8:42.7:50.5, a structure of three parts: each part is a number
            return x.make(Kind.NUMBER, num.start(), b, num.value(), null, null, null, num, false);
        }
        if (b + 1 >= x.n || !Sentence.isColon(x.s.charAt(b)) || !NumeralScanner.isAsciiDigit(x.s.charAt(b + 1))) {
            return null;
        }
        Numeral m = x.numeralAt(b + 1);
        if (m == null) {
            return null;
        }
        boolean clock = clockShape(num, m);
        x.consumed = Math.max(x.consumed, m.end());
        if (clock || m.value() == 0) {
            return null;
        }
        return x.make(Kind.NUMBER, num.start(), m.end(), num.value() / m.value(), null, null, null, num, false);
    }
}
