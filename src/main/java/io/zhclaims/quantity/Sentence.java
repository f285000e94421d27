package io.zhclaims.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One scan of one sentence: its text, its numerals, the figures found so far and how far they
 * reach. The rules of the grammar read it through the helpers here (the qualifier of a figure,
 * whether a numeral is part of a name, spaces, numerals by position). Never shared between scans.
 */
final class Sentence {
    private static final int HEDGE_REACH = 24;
    private static final Pattern APPROX_COMPARISON = Pattern.compile("(?:约为|约是|约相当于|大约是|大约为|接近|将近|约合|相当于约)");

    final String s;
    final int n;
    /** The ISO code a bare 元 means. */
    final String yuan;
    final Lexicon lex = Lexicon.get();
    final List<Numeral> nums;
    final boolean[] inTitle;
    final List<Quantity> out = new ArrayList<>();
    /** Where the figures found so far end: a numeral before it is part of one of them. */
    int consumed;
    private Boolean scoreSentence;

    Sentence(String s, String yuan) {
        this.s = s;
        this.n = s.length();
        this.yuan = yuan;
        this.inTitle = titleMask(s);
        List<Numeral> list = new ArrayList<>(NumeralScanner.scan(s));
        CountRules.addBareUnits(this, list);
        list.sort(Comparator.comparingInt(Numeral::start));
        this.nums = list;
    }

    /** The figure that numeral {@code i} starts, or null; may consume following numerals. */
    Quantity build(int i, boolean mayJoinRange) {
        return QuantityScanner.build(this, i, mayJoinRange);
    }

    Quantity make(Kind kind, int start, int end, double value, Double high, String unit, String date,
                  Numeral num) {
        return make(kind, start, end, value, high, unit, date, num, false);
    }

    Quantity make(Kind kind, int start, int end, double value, Double high, String unit, String date,
                  Numeral num, boolean innerMark) {
        Qualifier qual = Qualifier.EXACT;
        if (high == null && kind != Kind.YEAR && kind != Kind.DATE && kind != Kind.RANK && kind != Kind.NUMBER) {
            qual = qualifier(kind, start, end, num, innerMark);
        } else if (high != null && kind != Kind.YEAR && kind != Kind.DATE && kind != Kind.RANK) {
            qual = rangeHedge(start, end);
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

    /**
     * {@code 约600至900毫米}, {@code 7-8小时左右}, {@code 逾500至1000万}, {@code 2~3万张以上}: a hedge
     * word right before or after a range qualifies the range as a whole.
     */
    Qualifier rangeHedge(int start, int end) {
        Lexicon.Hedge left = lex.leftHedge(s, skipSpacesBack(start));
        if (left != null && left.qualifier() != Qualifier.EXACT && !left.bareOnly()) {
            return left.qualifier();
        }
        Lexicon.Hedge right = lex.rightHedge(s, skipSpaces(end));
        return right != null && !right.bareOnly() ? right.qualifier() : Qualifier.EXACT;
    }

    /** Whether the sentence is about a market index, so that N点 reads as index points. */
    boolean indexSentence() {
        return s.contains("指数") || s.contains("恒指") || s.contains("股指") || s.contains("大市") || s.contains("大盘")
                || s.contains("点位") || s.contains("道指") || s.contains("纳指");
    }

    /** Whether the sentence is about a game, so that 3-1 reads as a score (sports.txt). */
    boolean scoreSentence() {
        if (scoreSentence == null) {
            scoreSentence = Lexicon.mentionsAny(s, lex.scoreWords);
        }
        return scoreSentence;
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

    boolean isName(Numeral num) {
        int a = num.start(), b = num.end();
        if (a > 0) {
            char p = s.charAt(a - 1);
            if (NumeralScanner.isAsciiLetter(p)) {
                // 占GDP3%: a share of an economic aggregate, not a model name like G20
                boolean shareOf = b < n && s.charAt(b) == '%' && a > 1 && Character.isUpperCase(p)
                        && Character.isUpperCase(s.charAt(a - 2));
                return !(p == 'Q' && a > 1 && s.charAt(a - 2) == '年') && !shareOf;
            }
            if (p == '-' && a > 1 && Character.isLetterOrDigit(s.charAt(a - 2)) && "年月日".indexOf(s.charAt(a - 2)) < 0
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
            // 5月3号 and 今天(27号) are days, not numbers of a name
            if (Lexicon.startingAt(s, b, lex.nameBefore, 1) != null && s.charAt(b) == '号'
                    && !(a > 0 && s.charAt(a - 1) == '月') && !(a > 1 && s.charAt(a - 1) == '(' && s.charAt(a - 2) == '天')) {
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

    boolean kSuffixed(Numeral m) {
        char last = s.charAt(m.end() - 1);
        return (last == 'k' || last == 'K') && NumeralScanner.isAsciiDigit(s.charAt(m.start()));
    }

    boolean isLetterAfter(int b) {
        return b < n && NumeralScanner.isAsciiLetter(s.charAt(b));
    }

    Qualifier qualifier(Kind kind, int start, int end, Numeral num, boolean innerMark) {
        Lexicon.Hedge left = lex.leftHedge(s, skipSpacesBack(perUnitStart(start)));
        if (left != null && left.qualifier() != Qualifier.EXACT && !left.bareOnly()) {
            return left.qualifier();
        }
        if ((kind == Kind.MULTIPLIER || kind == Kind.FRACTION || kind == Kind.PERCENT) && hedgedComparison(start)) {
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
            // 两年多没拿冠军: after a span of time 多 is "more than" unless it starts a word (三年多元化)
            boolean timeGoesOn = kind == Kind.DURATION && after < n && DUO_WORDS.indexOf(s.charAt(after)) < 0;
            boolean wordContinues = !timeGoesOn && after < n && NumeralScanner.isCjk(s.charAt(after))
                    && !"的,。、".contains(String.valueOf(s.charAt(after)));
            if (!wordContinues || "倍".indexOf(s.charAt(end - 1)) >= 0) {
                return right.qualifier();
            }
        }
        return Qualifier.EXACT;
    }

    /** The clause before {@code at}: back to the last {@code ,} {@code ;} or {@code 。}, at most {@code reach} characters. */
    String clauseBefore(int at, int reach) {
        return textBefore(at, reach, ",;。");
    }

    /** The text before {@code at}, back to the last of the {@code stops}, at most {@code reach} characters. */
    String textBefore(int at, int reach, String stops) {
        int from = at;
        while (from > 0 && at - from < reach && stops.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        return s.substring(from, at);
    }

    /** Characters that make a word with 多 before them (多元, 多次, 多家): 多 is then no hedge. */
    private static final String DUO_WORDS = "元个次家项名国种位样方彩少数层维重边端";

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
            // a unit word longer than two characters is taken whole: 克/千瓦时
            Lexicon.Suffix unit = lex.suffixAt(s, end + 1);
            if (unit != null && end + 1 + unit.word().length() > k) {
                k = end + 1 + unit.word().length();
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

    /** A colon between figures; Chinese typesetting writes scores and ratios with the ratio sign (110∶92). */
    static boolean isColon(char c) {
        return c == ':' || c == '∶';
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
        return i >= 0 ? i : c == '两' ? 2 : c == '〇' || c == '○' ? 0 : -1;
    }

    static boolean isNumeralChar(char c) {
        return NumeralScanner.isAsciiDigit(c) || "零〇○一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(c) >= 0;
    }
}
