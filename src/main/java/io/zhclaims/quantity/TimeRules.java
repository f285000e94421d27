package io.zhclaims.quantity;

import java.util.List;
import java.util.Locale;

import static io.zhclaims.quantity.Sentence.isInteger;
import static io.zhclaims.quantity.Sentence.isNumeralChar;

/**
 * Time: years ({@code 2019年}, {@code 民国113年}, {@code 公元300年}, {@code 90年代}, {@code 21世纪},
 * {@code 2025届}), dates ({@code 2022年6月5日}, {@code 3月底}, {@code 2022-06-05}), durations
 * ({@code 三个月}, {@code 两年零三个月}, {@code 半小时}, {@code 分半钟}); clock times
 * ({@code 20时09分}) and month periods ({@code 1-10月}) are read so that they make no figure.
 */
final class TimeRules {
    private TimeRules() {
    }

    /**
     * 民国113年, and on a Taiwan page {@code (104)年} and a bare {@code 114年}: a year of the Republic
     * of China era, 1911 added; {@code 104年5月} is a date. Two-digit bare years stay durations.
     */
    static Quantity rocYear(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (!isInteger(num) || num.scaled()) {
            return null;
        }
        int ps = x.skipSpacesBack(num.start());
        int k = x.skipSpaces(num.end());
        boolean minguo = ps >= 2 && x.s.startsWith("民国", ps - 2);
        boolean taiwan = "TWD".equals(x.yuan);
        boolean bracketed = taiwan && ps >= 1 && x.s.charAt(ps - 1) == '(' && k < x.n && x.s.charAt(k) == ')';
        if (bracketed) {
            k = x.skipSpaces(k + 1);
        }
        double v = num.value();
        // 111学年度: a Taiwan school year, 学 before its 年
        if (taiwan && k < x.n && x.s.startsWith("学年", k) && v >= 80 && v <= LATEST_ROC_SCHOOL_YEAR) {
            int e = x.s.startsWith("学年度", k) ? k + 3 : k + 2;
            return x.make(Kind.YEAR, num.start(), e, 1911 + v, null, null, null, num, false);
        }
        if (k >= x.n || x.s.charAt(k) != '年') {
            return null;
        }
        // 99年度 on a Taiwan page is the fiscal year 2010; a bare 99年 may be 1999
        boolean fiscal = taiwan && v >= 80 && v < 100 && x.s.startsWith("年度", k);
        boolean bare = taiwan && num.form() == Numeral.Form.ARABIC_INTEGER && (v >= 100 || fiscal) && v <= LATEST_ROC_YEAR
                && Lexicon.endingAt(x.s, ps, SPAN_WORDS, 2) == null && !x.s.startsWith("历史", k + 1) && !x.s.startsWith("之久", k + 1);
        // 从87年的31亿点到105年, 只有在92年SARS来袭那一年: a two-digit year a word places a time at
        boolean placed = taiwan && num.form() == Numeral.Form.ARABIC_INTEGER && v >= 40 && v < 100
                && Lexicon.endingAt(x.s, ps, YEAR_PLACING_WORDS, 1) != null && !startsWithAny(x.s, k + 1, SPAN_ENDS);
        if (!minguo && !bracketed && !bare && !placed) {
            return null;
        }
        // 去(2025)年1月, 今(2026)年: a Taiwan page glosses a relative year with the Western one;
        // the mention takes in the relative word, the value is the year as written
        if (bracketed && v >= 1900 && v <= 2100) {
            int start = ps >= 2 && RELATIVE_YEAR_WORDS.indexOf(x.s.charAt(ps - 2)) >= 0 ? ps - 2 : ps - 1;
            return yearAt(x, start, k, v, num);
        }
        if (v > LATEST_ROC_YEAR) {
            return null;
        }
        return yearAt(x, minguo ? ps - 2 : bracketed ? ps - 1 : num.start(), k, 1911 + v, num);
    }

    /** The words of a relative year that a Taiwan page glosses with the year in brackets: 今(2026)年. */
    private static final String RELATIVE_YEAR_WORDS = "今去前明";

    /** Characters that make a word with 天 before them (天津, 天猫, 天然气). */
    private static final String SKY_WORDS = "津猫然空堂使坛桥";

    /** Words before N年 that make it a span of years, not the year N (近100年, 长达120年). */
    private static final java.util.Set<String> SPAN_WORDS = java.util.Set.of("近", "连续", "长达", "历时", "为期", "过去", "逾", "超过", "有");
    /** Words that place an event at a time: 从87年, 在92年, 于95年, 到99年. */
    private static final java.util.Set<String> YEAR_PLACING_WORDS = java.util.Set.of("从", "自", "在", "于", "到", "至");
    /** What after N年 makes it a span (在5年内, 从10年来, 至少8年之久). */
    private static final String[] SPAN_ENDS = {"内", "来", "以来", "之久", "之内", "历史", "间", "多", "半", "左右", "时间", "期间", "以上", "以下"};

    private static boolean startsWithAny(String s, int at, String[] words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** A bare ROC year is one of this century's past or near future (民国100年 is 2011, 118 is 2029). */
    private static final int LATEST_ROC_YEAR = 118;
    /** 学年 names a school year however far ahead a projection runs (129学年 is 2040). */
    private static final int LATEST_ROC_SCHOOL_YEAR = 150;

    /**
     * {@code 2005-06年度}, {@code 2007 - 08年}, {@code 15、16年度}: a fiscal or season year across two
     * calendar years is one year mention, value the first, high the second.
     */
    static Quantity splitYear(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (!c.mayJoinRange() || !isInteger(num) || num.scaled() || c.index() + 1 >= x.nums.size()) {
            return null;
        }
        int k = x.skipSpaces(num.end());
        if (k >= x.n || "-–—/、".indexOf(x.s.charAt(k)) < 0) {
            return null;
        }
        Numeral next = x.nums.get(c.index() + 1);
        int u = x.skipSpaces(next.end());
        if (next.start() != x.skipSpaces(k + 1) || next.end() - next.start() != 2 || u >= x.n || x.s.charAt(u) != '年') {
            return null;
        }
        boolean fourDigits = x.isYearLike(num) && num.end() - num.start() == 4;
        boolean twoDigits = num.end() - num.start() == 2 && x.s.startsWith("年度", u);
        if (!fourDigits && !twoDigits || (num.value() + 1) % 100 != next.value()) {
            return null;
        }
        double first = fourDigits ? num.value() : 2000 + num.value();
        int e = x.s.startsWith("年度", u) ? u + 2 : u + 1;
        x.consumed = Math.max(x.consumed, e);
        return x.make(Kind.YEAR, num.start(), e, first, first + 1, null, null, num, false);
    }

    /**
     * {@code 国家统计局15日发布}, {@code 21日,铁路部门}: a day of the month alone is a date
     * ({@code ---15}); a count of days (连续3日, 3日内) is not.
     */
    static Quantity dayOfMonth(Sentence x, Candidate c) {
        Numeral num = c.num();
        Lexicon.Suffix suf = c.unit();
        double v = num.value();
        boolean spanEnd = c.index() > 0 && daySpan(x, c.index() - 1);
        boolean dayWord = tensDay(x, num) || spanEnd;
        if (suf == null || !suf.word().equals("日") || num.form() != Numeral.Form.ARABIC_INTEGER && !dayWord
                || c.mark() || v < 1 || v > 31 || num.end() - num.start() > 2) {
            return null;
        }
        int ps = x.skipSpacesBack(num.start());
        char p = ps > 0 ? x.s.charAt(ps - 1) : ' ';
        boolean rangeEnd = "至到~-".indexOf(p) >= 0 && ps > 1 && Sentence.isNumeralChar(x.s.charAt(ps - 2));
        if (dayWord) {
            if ("第每近共连".indexOf(p) >= 0 || Lexicon.endingAt(x.s, ps, DAY_SPAN_WORDS, 2) != null && !spanEnd) {
                return null; // 本月廿四日 is a day; 连续廿日 would not be
            }
        } else if ("/.第每近共连".indexOf(p) >= 0 || p == '月' && !relativeMonth(x, ps - 1) || Character.isDigit(p) || rangeEnd
                || Lexicon.endingAt(x.s, ps, DAY_SPAN_WORDS, 2) != null) {
            return null;
        }
        int e = c.unitAt() + 1;
        if (e < x.n && "内后来游间多左以之".indexOf(x.s.charAt(e)) >= 0) {
            return null;
        }
        String iso = String.format(Locale.ROOT, "---%02d", (int) v);
        return new Quantity(Kind.DATE, num.start(), e, x.s.substring(num.start(), e), Double.NaN, null, iso, null, Qualifier.EXACT);
    }

    /** {@code 上月7日}, {@code 本月3日}: 月 said without its number names the month of the day. */
    static boolean relativeMonth(Sentence x, int yue) {
        return yue > 0 && "上本下当同次该".indexOf(x.s.charAt(yue - 1)) >= 0;
    }

    /**
     * {@code 今(21)日}, {@code 昨(20)天}, {@code 今天(27号)}: Taiwan writes today's day of the month in
     * brackets, inside the word for the day or after it.
     */
    static Quantity bracketedDay(Sentence x, Candidate c) {
        Numeral num = c.num();
        int a = num.start(), e = num.end();
        if (a < 2 || x.s.charAt(a - 1) != '(' || num.form() != Numeral.Form.ARABIC_INTEGER
                || num.value() < 1 || num.value() > 31) {
            return null;
        }
        String iso = String.format(Locale.ROOT, "---%02d", (int) num.value());
        boolean inside = "今昨明前本".indexOf(x.s.charAt(a - 2)) >= 0 && (x.s.startsWith(")日", e) || x.s.startsWith(")天", e));
        if (inside) {
            x.consumed = Math.max(x.consumed, e + 2);
            return new Quantity(Kind.DATE, a - 2, e + 2, x.s.substring(a - 2, e + 2), Double.NaN, null, iso, null, Qualifier.EXACT);
        }
        boolean after = a >= 3 && (x.s.charAt(a - 2) == '天' || x.s.charAt(a - 2) == '日')
                && "今昨明".indexOf(x.s.charAt(a - 3)) >= 0;
        if (after && (x.s.startsWith("号)", e) || x.s.startsWith("日)", e))) {
            x.consumed = Math.max(x.consumed, e + 1);
            return new Quantity(Kind.DATE, a, e + 1, x.s.substring(a, e + 1), Double.NaN, null, iso, null, Qualifier.EXACT);
        }
        return null;
    }

    /**
     * {@code 廿四日}, {@code 卅一日}: a day written with 廿 or 卅 (used for days of the month, not
     * for counts) is a day of the month however it is written.
     */
    static boolean tensDay(Sentence x, Numeral num) {
        double v = num.value();
        if (num.high() != null || v < 1 || v > 31 || v != Math.rint(v)) {
            return false;
        }
        for (int k = num.start(); k < num.end(); k++) {
            char ch = x.s.charAt(k);
            if (ch == '廿' || ch == '卅') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 廿四至三十日}: numerals {@code i} and {@code i + 1} are two days of the month joined by
     * 至/到/-/~/—, the second followed by 日, one of them written with 廿 or 卅. FORMAT.md: a date
     * span is two {@code date} mentions.
     */
    static boolean daySpan(Sentence x, int i) {
        if (i + 1 >= x.nums.size()) {
            return false;
        }
        Numeral a = x.nums.get(i), b = x.nums.get(i + 1);
        int gap = x.skipSpaces(a.end());
        if (gap >= x.n || "至到~-—–".indexOf(x.s.charAt(gap)) < 0 || x.skipSpaces(gap + 1) != b.start()) {
            return false;
        }
        int e = x.skipSpaces(b.end());
        if (e >= x.n || x.s.charAt(e) != '日' || !(tensDay(x, a) || tensDay(x, b))) {
            return false;
        }
        for (Numeral d : List.of(a, b)) {
            if (d.high() != null || d.value() < 1 || d.value() > 31 || d.value() != Math.rint(d.value())) {
                return false;
            }
        }
        return a.value() < b.value();
    }

    /** The first day of a {@link #daySpan}; the second is read by {@link #dayOfMonth}. */
    static Quantity daySpanStart(Sentence x, Candidate c) {
        if (!daySpan(x, c.index())) {
            return null;
        }
        Numeral num = c.num();
        int ps = x.skipSpacesBack(num.start());
        char p = ps > 0 ? x.s.charAt(ps - 1) : ' ';
        if ("第每近共连".indexOf(p) >= 0 || Lexicon.endingAt(x.s, ps, DAY_SPAN_WORDS, 2) != null) {
            return null;
        }
        String iso = String.format(Locale.ROOT, "---%02d", (int) num.value());
        return new Quantity(Kind.DATE, num.start(), num.end(), x.s.substring(num.start(), num.end()), Double.NaN,
                null, iso, null, Qualifier.EXACT);
    }

    private static final java.util.Set<String> DAY_SPAN_WORDS = java.util.Set.of("历时", "为期", "长达", "用时", "耗时", "仅用", "过去", "未来", "最近", "持续");

    /** {@code 上周(12/21-12/27)}: a month and day written with a slash, in a span or bracket, is a date. */
    static Quantity slashDate(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (num.form() != Numeral.Form.FRACTION) {
            return null;
        }
        String text = x.s.substring(num.start(), num.end());
        java.util.regex.Matcher m = SLASH_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(1)), day = Integer.parseInt(m.group(2));
        int ps = x.skipSpacesBack(num.start()), e = x.skipSpaces(num.end());
        boolean inSpan = ps > 0 && "(-~至到".indexOf(x.s.charAt(ps - 1)) >= 0 || e < x.n && "-~)至到起止".indexOf(x.s.charAt(e)) >= 0;
        if (month < 1 || month > 12 || day < 1 || day > 31 || !inSpan) {
            return null;
        }
        String iso = String.format(Locale.ROOT, "--%02d-%02d", month, day);
        return new Quantity(Kind.DATE, num.start(), num.end(), text, Double.NaN, null, iso, null, Qualifier.EXACT);
    }

    private static final java.util.regex.Pattern SLASH_DATE = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    /**
     * {@code 23/1/2026}: a day, a month and a year written with slashes; the day comes first where
     * the first number cannot be a month, or on a Hong Kong or Macau page, which write it so.
     */
    static Quantity dayMonthYear(Sentence x, Candidate c) {
        Numeral num = c.num();
        java.util.regex.Matcher m = DAY_MONTH_YEAR.matcher(x.s).region(num.start(), x.n);
        if (num.form() != Numeral.Form.ARABIC_INTEGER || !m.lookingAt()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2)), year = Integer.parseInt(m.group(3));
        boolean dayFirst = a > 12 || b <= 12 && (x.yuan.equals("HKD") || x.yuan.equals("MOP"));
        int month = dayFirst ? b : a, day = dayFirst ? a : b;
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) {
            return null;
        }
        x.consumed = Math.max(x.consumed, m.end());
        String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        return new Quantity(Kind.DATE, num.start(), m.end(), m.group(), year, null, iso, null, Qualifier.EXACT);
    }

    private static final java.util.regex.Pattern DAY_MONTH_YEAR =
            java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

    /**
     * {@code 2023/24财政年度}, {@code 2024/25赛季}: a fiscal or season year across two calendar years,
     * written with a slash, is one year mention, value the first, high the second.
     */
    static Quantity seasonYear(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (num.form() != Numeral.Form.FRACTION) {
            return null;
        }
        java.util.regex.Matcher m = SEASON_YEAR.matcher(x.s.substring(num.start(), num.end()));
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        if (first < 1900 || first > 2100 || (first + 1) % 100 != Integer.parseInt(m.group(2))) {
            return null;
        }
        return x.make(Kind.YEAR, num.start(), num.end(), first, first + 1.0, null, null, num, false);
    }

    private static final java.util.regex.Pattern SEASON_YEAR = java.util.regex.Pattern.compile("(\\d{4})/(\\d{2})");

    /** {@code 2023赛季中超联赛}: a season named by its year is that year, as {@code 2024-25赛季} is a span of two. */
    static Quantity seasonWord(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (c.unitAt() + 1 >= x.n || !x.s.startsWith("赛季", c.unitAt()) || c.mark() || !x.isYearLike(num)) {
            return null;
        }
        return x.make(Kind.YEAR, num.start(), c.unitAt() + 2, num.value(), null, null, null, num, false);
    }

    /** 公元300年 is a year however few its digits. */
    static Quantity commonEraYear(Sentence x, Candidate c) {
        Numeral num = c.num();
        int ps = x.skipSpacesBack(num.start());
        if (ps >= 2 && x.s.startsWith("公元", ps - 2) && isInteger(num) && !num.scaled()) {
            int k = x.skipSpaces(num.end());
            if (k < x.n && x.s.charAt(k) == '年') {
                return x.make(Kind.YEAR, ps - 2, k + 1, num.value(), null, null, null, num, false);
            }
        }
        return null;
    }

    /** {@code 2022-06-05}, {@code 2022/6/5}. */
    static Quantity isoDateRule(Sentence x, Candidate c) {
        Numeral num = c.num();
        return x.skipSpaces(num.end()) < x.n && num.form() == Numeral.Form.ARABIC_INTEGER ? isoDate(x, num) : null;
    }

    /** {@code 1-10月}, {@code 1月至3月}: a period, not annotated; consumed with no figure. */
    static Quantity monthPeriod(Sentence x, Candidate c) {
        return c.mayJoinRange() && monthRange(x, c.num(), c.index()) ? Rule.NO_FIGURE : null;
    }

    /** 2019年, 2025年底, 2022年6月5日; an edition year (发布2022年统计公报) is not one. */
    static Quantity yearWord(Sentence x, Candidate c) {
        return c.word(x) == '年' && x.isYearLike(c.num()) ? Rule.orNotByThisWord(year(x, c.num(), c.unitAt())) : null;
    }

    /**
     * 二一年, ○八年度: Hong Kong and Macau papers write a year by its last two digits in Chinese
     * numerals, read one by one, which no count is written as (○八, 二一). Two neighbouring digits
     * (一二年) also say a span of one or two years, so they make a year only on a Hong Kong or
     * Macau page and where no span word follows (三四年前, 一二年来 stay spans).
     */
    static Quantity shortYear(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (c.word(x) != '年' || num.end() - num.start() != 2 || !chineseDigits(x.s, num.start(), num.end())
                || num.start() > 0 && Sentence.isNumeralChar(x.s.charAt(num.start() - 1))) {
            return null;
        }
        int yy = 10 * Sentence.digitValue(x.s.charAt(num.start())) + Sentence.digitValue(x.s.charAt(num.start() + 1));
        boolean neighbours = num.high() != null;
        if (neighbours && (!("HKD".equals(x.yuan) || "MOP".equals(x.yuan))
                || startsWithAny(x.s, c.unitAt() + 1, SPAN_ENDS) || startsWithAny(x.s, c.unitAt() + 1, AROUND_A_TIME))) {
            return null;
        }
        // ○八: a count is never written with a zero before it
        boolean zeroFirst = Sentence.digitValue(x.s.charAt(num.start())) == 0;
        if (!neighbours && num.form() != Numeral.Form.DIGIT_STRING && !zeroFirst) {
            return null;
        }
        int year = yy <= SHORT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
        return yearAt(x, num.start(), c.unitAt(), year, num);
    }

    /** 〇八 to 四〇 are this century's years, 四一 to 九九 the last one's. */
    private static final int SHORT_YEAR_PIVOT = 40;
    /** 三四年前, 一二年后: a span of years before or after now. */
    private static final String[] AROUND_A_TIME = {"前", "后", "左右"};

    /** Digits a year is written with, one by one (两 says a count, never a year's digit). */
    private static boolean chineseDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '两' || Sentence.digitValue(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** 2025届毕业生: a graduating class is named by its year. */
    static Quantity classYear(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (c.word(x) == '届' && x.isYearLike(num)) {
            return x.make(Kind.YEAR, num.start(), c.unitAt() + 1, num.value(), null, null, null, num, false);
        }
        return null;
    }

    /** 90年代, 上世纪80年代末: a decade of the 1900s. */
    static Quantity decade(Sentence x, Candidate c) {
        Numeral num = c.num();
        String s = x.s;
        int n = x.n;
        int a = num.start();
        int u = c.unitAt();
        double v = num.value();
        boolean lastCentury = a >= 3 && s.startsWith("上世纪", a - 3);
        boolean decade = u + 1 < n && s.charAt(u + 1) == '代';
        if (c.word(x) == '年' && (decade || lastCentury) && isInteger(num) && v >= 10 && v <= 90 && v % 10 == 0) {
            int start = lastCentury ? a - 3 : a;
            int e = u + 1 < n && "代底".indexOf(s.charAt(u + 1)) >= 0 ? u + 2 : u + 1;
            return x.make(Kind.YEAR, start, e, 1900 + v, null, null, null, num, false);
        }
        return null;
    }

    /** 21世纪, 20世纪90年代. */
    static Quantity centuryWord(Sentence x, Candidate c) {
        Numeral num = c.num();
        int u = c.unitAt();
        double v = num.value();
        if (c.word(x) == '世' && u + 1 < x.n && x.s.charAt(u + 1) == '纪' && isInteger(num) && v >= 1 && v <= 30) {
            return century(x, num, c.index(), u + 2);
        }
        return null;
    }

    /** 6月, 1月20日, 3月底, 8 月份. */
    static Quantity month(Sentence x, Candidate c) {
        Numeral num = c.num();
        double v = num.value();
        if (c.word(x) == '月' && isInteger(num) && v >= 1 && v <= 12 && !c.mark()) {
            return date(x, Double.NaN, num, num.start(), c.unitAt());
        }
        return null;
    }

    /** 20时09分: a clock time swallows its minutes and seconds and makes no figure. */
    static Quantity clock(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (c.word(x) == '时' && isInteger(num) && num.value() <= 24) {
            skipClockRest(x, c.index(), c.unitAt() + 1);
            return Rule.NO_FIGURE;
        }
        return null;
    }

    /** 三个月, 两年半, 两年零三个月; 五日 only in Chinese digits (5日 is a day of the month). */
    static Quantity durationWord(Sentence x, Candidate c) {
        Lexicon.Suffix suf = c.unit();
        if (suf == null || suf.kind() != Kind.DURATION) {
            return null;
        }
        Numeral num = c.num();
        if (suf.word().equals("日") && num.form() != Numeral.Form.CHINESE
                || suf.word().equals("年") && x.isYearLike(num)) {
            return Rule.NOT_BY_THIS_WORD;
        }
        int ps = x.skipSpacesBack(num.start());
        if (suf.unit().equals("年") && num.value() == 1 && num.end() - num.start() == 1 && x.s.charAt(num.start()) == '一'
                && (ps > 0 && x.s.charAt(ps - 1) == '的' || Lexicon.endingAt(x.s, ps, x.lex.yearEpithets, 3) != null)
                && (num.end() + 1 >= x.n || "内里中后来多半以间期".indexOf(x.s.charAt(num.end() + 1)) < 0)) {
            return Rule.NO_FIGURE; // 关键一年, 不平凡的一年: a year described, not a span of one year
        }
        int after = c.unitAt() + suf.word().length();
        if (suf.word().equals("天") && after < x.n && SKY_WORDS.indexOf(x.s.charAt(after)) >= 0) {
            return Rule.NOT_BY_THIS_WORD; // 1-1天津津门虎: 天 starts a name (天津, 天猫), no day
        }
        if (suf.word().equals("天") && x.isYearLike(num) && c.unitAt() > num.end()) {
            return Rule.NO_FIGURE; // 2020 天猫双11: a year before a name, not two thousand days
        }
        if (suf.unit().equals("月") && ps > 0 && "首前".indexOf(x.s.charAt(ps - 1)) >= 0) {
            return Rule.NO_FIGURE; // 今年首5个月, 前10个月: a period, like 前三季度
        }
        double v = num.value();
        int e = c.unitAt() + suf.word().length();
        String unit = suf.unit();
        if (e < x.n && x.s.charAt(e) == '半' && !unit.equals("分钟") && !unit.equals("秒")) {
            v += 0.5;
            e++;
        }
        boolean more = c.mark() || suf.word().contains("多");
        Quantity d = x.make(Kind.DURATION, num.start(), e, v, num.high(), unit, null, num, more);
        return compoundDuration(x, d, e);
    }

    /**
     * 分 read as minutes: 三分半 and 五分三十秒 are durations; 三分之一 and 五分钟 are not read
     * here. Any other 分 (a score, 90分) is left to the measure words.
     */
    static Quantity minutes(Sentence x, Candidate c) {
        Lexicon.Suffix suf = c.unit();
        if (suf == null || suf.kind() == Kind.DURATION || suf.kind() == Kind.MONEY || suf.kind() == Kind.COUNT
                || !suf.unit().equals("分")) {
            return null;
        }
        Numeral num = c.num();
        String s = x.s;
        int n = x.n;
        int a = num.start();
        double v = num.value();
        int e = c.unitAt() + suf.word().length();
        if (e < n && (s.charAt(e) == '之' || s.charAt(e) == '钟')) {
            return Rule.NOT_BY_THIS_WORD;
        }
        if (s.startsWith("半", e)) {
            int end = s.startsWith("半钟", e) ? e + 2 : e + 1;
            return x.make(Kind.DURATION, a, end, v + 0.5, null, "分钟", null, num, c.mark());
        }
        Numeral sec = x.numeralAt(e);
        if (sec != null && sec.end() < n && s.charAt(sec.end()) == '秒') {
            int end = sec.end() + 1;
            double seconds = v * 60 + sec.value();
            Numeral hundredths = isInteger(sec) ? x.numeralAt(end) : null;
            if (hundredths != null && hundredths.form() == Numeral.Form.ARABIC_INTEGER && hundredths.end() - end == 2
                    && (hundredths.end() >= n || x.lex.suffixAt(s, hundredths.end()) == null)) {
                // 1分44秒91: a race time, hundredths of a second after 秒
                seconds += hundredths.value() / 100;
                end = hundredths.end();
            }
            return x.make(Kind.DURATION, a, end, seconds, null, "秒", null, num, c.mark());
        }
        return null;
    }

    /** 半小时, 半年: half of a time unit (not 大半年, 前半月). */
    static Quantity halfDuration(Sentence x, int i) {
        if (!looseHalf(x, i)) {
            return null;
        }
        Lexicon.Suffix d = x.lex.suffixAt(x.s, i + 1);
        if (d != null && d.kind() == Kind.DURATION && !d.unit().equals("世纪")) {
            int e = i + 1 + d.word().length();
            if (e < x.n && "报刊".indexOf(x.s.charAt(e)) >= 0) {
                return null; // 半年报 is a report
            }
            return new Quantity(Kind.DURATION, i, e, x.s.substring(i, e), 0.5, null, null, d.unit(), Qualifier.EXACT);
        }
        return null;
    }

    /** A 半 that stands for one half on its own: not 上半, 多半, 一半, 大半... */
    static boolean looseHalf(Sentence x, int i) {
        return x.s.charAt(i) == '半' && (i == 0 || "上下前后多一两大小过".indexOf(x.s.charAt(i - 1)) < 0);
    }

    /** 分半(钟): a minute and a half, the 一 left out. */
    static Quantity minuteAndAHalf(Sentence x, int i) {
        String s = x.s;
        int n = x.n;
        if (s.charAt(i) != '分' || !s.startsWith("分半", i) || i > 0 && isNumeralChar(s.charAt(i - 1))) {
            return null;
        }
        int e = s.startsWith("分半钟", i) ? i + 3 : i + 2;
        boolean closed = (i == 0 || !NumeralScanner.isCjk(s.charAt(i - 1)))
                && (e >= n || !NumeralScanner.isCjk(s.charAt(e)));
        if (e == i + 3 || closed) {
            return new Quantity(Kind.DURATION, i, e, s.substring(i, e), 90, null, null, "秒", Qualifier.EXACT);
        }
        return null;
    }

    /** 两年零三个月 → 27 个月; 一小时零十五秒 → 3615 秒. */
    static Quantity compoundDuration(Sentence x, Quantity d, int e) {
        Numeral m = x.numeralAt(e);
        if (m == null && e < x.n && x.s.charAt(e) == '零') {
            m = x.numeralAt(e + 1);
        }
        if (m == null && d.unit().equals("小时") && x.s.startsWith("十分", e)) {
            // 十分 is dropped as the adverb "very", which never follows an hour count
            m = new Numeral(e, e + 1, 10, null, Numeral.Form.CHINESE, false, false);
        }
        if (m == null || d.high() != null) {
            return d;
        }
        int me = x.skipSpaces(m.end());
        Lexicon.Suffix suf = x.lex.suffixAt(x.s, me);
        String unit2 = suf != null && suf.kind() == Kind.DURATION ? suf.unit()
                : me < x.n && x.s.charAt(me) == '分' && d.unit().equals("小时") ? "分钟" : null;
        if (unit2 == null) {
            return d;
        }
        double factor = factor(d.unit(), unit2);
        if (factor <= 1) {
            return d;
        }
        int end = suf != null && suf.kind() == Kind.DURATION ? me + suf.word().length() : me + 1;
        double v = d.value() * factor + m.value();
        Numeral sec = unit2.equals("分钟") ? x.numeralAt(x.skipSpaces(end)) : null;
        int se = sec == null ? x.n : x.skipSpaces(sec.end());
        if (sec != null && se < x.n && x.s.charAt(se) == '秒') {
            // 1小时7分56秒: a race time down to the second
            end = se + 1;
            v = v * 60 + sec.value();
            unit2 = "秒";
        }
        return new Quantity(Kind.DURATION, d.start(), end, x.s.substring(d.start(), end), v, null, null, unit2,
                d.qualifier());
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

    /** {@code 2019年}, {@code 2025年底}, {@code 2024年Q1}, {@code 2010年代}, or a date {@code 2022年6月5日}. */
    static Quantity year(Sentence x, Numeral num, int u) {
        int a = num.start();
        if (editionYear(x, a, u + 1)) {
            return null;
        }
        if (x.s.startsWith("民国", Math.max(0, x.skipSpacesBack(a) - 2)) && x.skipSpacesBack(a) >= 2) {
            return null;
        }
        return yearAt(x, a, u, num.value(), num);
    }

    /** The year {@code y} written from {@code start} to its 年 at {@code u}, or the date it begins. */
    static Quantity yearAt(Sentence x, int start, int u, double y, Numeral num) {
        int e = u + 1;
        int k = x.skipSpaces(e);
        // 2021年的2月11日: 的 may join the year to its date
        boolean of = k + 1 < x.n && x.s.charAt(k) == '的' && Character.isDigit(x.s.charAt(k + 1));
        Numeral month = x.numeralAt(of ? k + 1 : k);
        if (month != null && isInteger(month) && month.value() >= 1 && month.value() <= 12) {
            int mu = x.skipSpaces(month.end());
            // 2023年2月至4月: the year and a period of months, which is no date (as 2012年1-10月)
            if (mu < x.n && x.s.charAt(mu) == '月' && !monthRange(x, month, x.nums.indexOf(month))) {
                return date(x, y, month, start, mu);
            }
        }
        // 年中 is mid-year only when no word follows (2024年中欧班列 is 2024年 and 中欧)
        boolean midYear = e < x.n && x.s.charAt(e) == '中' && (e + 1 >= x.n || !NumeralScanner.isCjk(x.s.charAt(e + 1)));
        if (e < x.n && ("底初末代度".indexOf(x.s.charAt(e)) >= 0 || midYear)) {
            e++;
        } else if (e + 1 < x.n && x.s.charAt(e) == 'Q' && x.s.charAt(e + 1) >= '1' && x.s.charAt(e + 1) <= '4') {
            e += 2;
        }
        return x.make(Kind.YEAR, start, e, y, null, null, null, num, false);
    }

    /**
     * {@code 发布2022年全国教育事业发展统计公报}: a published year directly followed by the title of
     * a recurring publication names its edition, it is not a year mention.
     */
    static boolean editionYear(Sentence x, int a, int e) {
        int p = x.skipSpacesBack(a);
        if (p > 0 && x.s.charAt(p - 1) == '的') {
            p--; // 披露的2022年度利润分配方案
        }
        if (Lexicon.endingAt(x.s, p, x.lex.publishVerbs, 2) == null) {
            return false;
        }
        int k = e;
        while (k < x.n && k - e < 20 && NumeralScanner.isCjk(x.s.charAt(k))) {
            k++;
            if (Lexicon.endingAt(x.s, k, x.lex.publications, 4) != null) {
                return true;
            }
        }
        return false;
    }

    /** {@code 6月}, {@code 1月20日}, {@code 3月底}, {@code 8 月份}; {@code mu} is the index of 月. */
    static Quantity date(Sentence x, double year, Numeral month, int start, int mu) {
        int e = mu + 1;
        String mm = String.format(Locale.ROOT, "%02d", (int) month.value());
        String iso = (Double.isNaN(year) ? "-" : String.valueOf((int) year)) + "-" + mm;
        if (e < x.n && (x.s.charAt(e) == '份' || x.s.charAt(e) == '底' || x.s.charAt(e) == '初' || x.s.charAt(e) == '末')) {
            e++;
        } else {
            Numeral day = x.numeralAt(x.skipSpaces(e));
            if (day != null && isInteger(day) && day.value() >= 1 && day.value() <= 31) {
                int du = x.skipSpaces(day.end());
                if (du < x.n && (x.s.charAt(du) == '日' || x.s.charAt(du) == '号')) {
                    iso += String.format(Locale.ROOT, "-%02d", (int) day.value());
                    e = du + 1;
                }
            }
        }
        return new Quantity(Kind.DATE, start, e, x.s.substring(start, e), year, null, iso, null, Qualifier.EXACT);
    }

    /** {@code 21世纪} → 2001; {@code 20世纪90年代} → 1990. */
    static Quantity century(Sentence x, Numeral num, int i, int e) {
        double base = (num.value() - 1) * 100;
        Numeral decade = x.numeralAt(e);
        if (decade != null && isInteger(decade) && decade.value() < 100 && decade.end() + 1 < x.n
                && x.s.charAt(decade.end()) == '年' && "代底".indexOf(x.s.charAt(decade.end() + 1)) >= 0) {
            return x.make(Kind.YEAR, num.start(), decade.end() + 2, base + decade.value(), null, null, null, num, false);
        }
        return x.make(Kind.YEAR, num.start(), e, base + 1, null, null, null, num, false);
    }

    /** {@code 2022-06-05}. */
    static Quantity isoDate(Sentence x, Numeral num) {
        int b = num.end();
        if (num.end() - num.start() != 4 || b + 5 >= x.n || x.s.charAt(b) != '-' && x.s.charAt(b) != '/') {
            return null;
        }
        char sep = x.s.charAt(b);
        int k = b + 1;
        int m1 = k;
        while (k < x.n && NumeralScanner.isAsciiDigit(x.s.charAt(k))) {
            k++;
        }
        if (k - m1 < 1 || k - m1 > 2 || k >= x.n || x.s.charAt(k) != sep) {
            return null;
        }
        int d1 = k + 1;
        int d = d1;
        while (d < x.n && NumeralScanner.isAsciiDigit(x.s.charAt(d))) {
            d++;
        }
        if (d - d1 < 1 || d - d1 > 2) {
            return null;
        }
        int month = Integer.parseInt(x.s.substring(m1, k));
        int day = Integer.parseInt(x.s.substring(d1, d));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", (int) num.value(), month, day);
        return new Quantity(Kind.DATE, num.start(), d, x.s.substring(num.start(), d), num.value(), null, iso, null,
                Qualifier.EXACT);
    }

    /** A month range like {@code 1-10月} or {@code 1到10月份} is a period, not annotated: consume it. */
    static boolean monthRange(Sentence x, Numeral num, int i) {
        if (!isInteger(num) || num.value() < 1 || num.value() > 12) {
            return false;
        }
        int k = x.skipSpaces(num.end());
        if (k < x.n && x.s.charAt(k) == '月') {
            k = x.skipSpaces(k + 1);
            if (k >= x.n || RangeRules.CONNECTORS.indexOf(x.s.charAt(k)) < 0) {
                return false;
            }
            Numeral m = x.numeralAt(x.skipSpaces(k + 1));
            if (m == null || m.end() >= x.n || x.s.charAt(m.end()) != '月') {
                return false;
            }
            // 1月至3月 is a period; 2月9日—2月17日 (with days) is two dates, left to x.build()
            x.consumed = m.end() + 1;
            return true;
        }
        if (k >= x.n || RangeRules.CONNECTORS.indexOf(x.s.charAt(k)) < 0) {
            return false;
        }
        Numeral m = x.numeralAt(x.skipSpaces(k + 1));
        if (m == null || !isInteger(m) || m.value() > 12) {
            return false;
        }
        int mu = x.skipSpaces(m.end());
        if (mu < x.n && x.s.charAt(mu) == '月' && (mu + 1 >= x.n || !isNumeralChar(x.s.charAt(mu + 1))
                || x.s.charAt(mu + 1) == '份')) {
            x.consumed = mu + 1;
            return true;
        }
        return false;
    }

    static void skipClockRest(Sentence x, int i, int from) {
        x.consumed = Math.max(x.consumed, from);
        // spaced text writes 24 时 00 分 as well as 24时00分
        Numeral m = x.numeralAt(x.skipSpaces(from));
        int unit = m == null ? x.n : x.skipSpaces(m.end());
        if (m != null && unit < x.n && (x.s.charAt(unit) == '分' || x.s.charAt(unit) == '点')) {
            x.consumed = unit + 1;
            Numeral sec = x.numeralAt(x.skipSpaces(x.consumed));
            int second = sec == null ? x.n : x.skipSpaces(sec.end());
            if (sec != null && second < x.n && x.s.charAt(second) == '秒') {
                x.consumed = second + 1;
            }
        }
    }
}
