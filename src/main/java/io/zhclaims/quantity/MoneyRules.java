package io.zhclaims.quantity;

import static io.zhclaims.quantity.Sentence.isChineseDigit;
import static io.zhclaims.quantity.Sentence.isInteger;
import static io.zhclaims.quantity.Sentence.isNumeralChar;

/**
 * Money and prices: a currency word after the numeral ({@code 3亿元}, {@code 50美元}, {@code 五蚊}),
 * a currency before it ({@code 人民币300亿}, {@code 新台币 300 亿元}), the small units after the
 * yuan ({@code 五元三毛}, {@code 一块二}), tenths ({@code 五毛}) and Cantonese cents ({@code 五仙}).
 * A bare 元 is read as the sentence's own currency ({@link Sentence#yuan}).
 */
final class MoneyRules {
    /** Yuan words after which a lone digit means tenths (一块二, 三蚊零四 = 3.04). */
    static final java.util.Set<String> LOOSE_CENTS = java.util.Set.of("块", "元", "蚊", "个");

    private MoneyRules() {
    }

    /** 人民币300亿, 港币三个一毫四, 新台币 300 亿元: a currency written before the figure. */
    static Quantity currencyBefore(Sentence x, Candidate c) {
        Numeral num = c.num();
        String s = x.s;
        int n = x.n;
        Lexicon lex = x.lex;
        int ps = x.skipSpacesBack(num.start());
        String prefix = lex.prefixCurrencyEndingAt(s, ps);
        if (prefix == null) {
            return null;
        }
        int k = x.skipSpaces(num.end());
        Lexicon.Suffix suf = lex.suffixAt(s, k);
        if (suf != null && suf.word().equals("个")) {
            // 港币三个一毫四: after a currency, Cantonese 个 is the dollar
            double[] cents = subUnits(x, k + 1, "个");
            if (cents[1] > k + 1) {
                return x.make(Kind.MONEY, ps - prefix.length(), (int) cents[1], num.value() + cents[0], null,
                        currencyOf(x, prefix), null, num, false);
            }
        }
        if (suf == null && k < n && RangeRules.CONNECTORS.indexOf(s.charAt(k)) >= 0) {
            // 新台币 8,200~8,550 亿元: the currency before the low end names the whole range
            Quantity range = RangeRules.bareRange(x, num, c.index());
            if (range != null && range.kind() == Kind.MONEY) {
                int from = ps - prefix.length();
                return new Quantity(Kind.MONEY, from, range.end(), s.substring(from, range.end()), range.value(), range.high(),
                        null, currencyOf(x, prefix), x.rangeHedge(from, range.end()));
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
            return x.make(Kind.MONEY, ps - prefix.length(), end, num.value(), num.high(),
                    currencyOf(x, prefix), null, num, false);
        }
        return null;
    }

    /**
     * The currency a sign or word before an amount names; a bare {@code $} is the page's own
     * dollar in Hong Kong and Macau ($16.9 on a Hong Kong price list is HKD), elsewhere USD.
     */
    private static String currencyOf(Sentence x, String prefix) {
        if (prefix.equals("$") && (x.yuan.equals("HKD") || x.yuan.equals("MOP"))) {
            return x.yuan;
        }
        return x.lex.prefixCurrencies.get(prefix);
    }

    /** 五仙: Cantonese cents; clause-final only, 八仙 and 神仙 are words. */
    static Quantity cantoneseCents(Sentence x, Candidate c) {
        Numeral num = c.num();
        int u = c.unitAt();
        double v = num.value();
        if (c.word(x) == '仙' && isInteger(num) && v < 100 && !c.mark()
                && (u + 1 >= x.n || !NumeralScanner.isCjk(x.s.charAt(u + 1)))) {
            return x.make(Kind.MONEY, num.start(), u + 1, v / 100, null, x.yuan, null, num, false);
        }
        return null;
    }

    /** 五毛, 三角五分: tenths of a yuan, and the cents after them. */
    static Quantity tenthsOfYuan(Sentence x, Candidate c) {
        Numeral num = c.num();
        int u = c.unitAt();
        if (!isTenthWord(x, u) || c.mark()) {
            return null;
        }
        int e = u + 1;
        double extra = 0;
        Numeral m = x.numeralAt(e);
        if (m != null && isInteger(m) && m.value() < 10) {
            extra = m.value() / 100;
            e = m.end() < x.n && x.s.charAt(m.end()) == '分' ? m.end() + 1 : m.end();
        }
        return x.make(Kind.MONEY, num.start(), e, num.value() / 10 + extra, null, x.yuan, null, num, false);
    }

    /** 3亿元, 50美元, 五元三毛; 三块 before a noun (三块屏幕) counts pieces. */
    static Quantity currencyWord(Sentence x, Candidate c) {
        Lexicon.Suffix suf = c.unit();
        if (suf == null || suf.kind() != Kind.MONEY) {
            return null;
        }
        Numeral num = c.num();
        String s = x.s;
        int n = x.n;
        int a = num.start();
        double v = num.value();
        int e = c.unitAt() + suf.word().length();
        String iso = suf.unit().equals("YUAN") ? x.yuan : suf.unit();
        int ps = x.skipSpacesBack(a);
        String prefix = x.lex.prefixCurrencyEndingAt(s, ps);
        int start = a;
        if (prefix != null && suf.unit().equals("YUAN")) {
            iso = currencyOf(x, prefix);
            start = ps - prefix.length();
        }
        if (suf.word().equals("块") && e < n && NumeralScanner.isCjk(s.charAt(e))
                && !isNumeralChar(s.charAt(e)) && !isTenthWord(x, e) && x.lex.rightHedge(s, e) == null) {
            return x.make(Kind.COUNT, a, e, v, num.high(), "块", null, num, c.mark());
        }
        double[] cents = subUnits(x, e, suf.word());
        int end = (int) cents[1];
        // a price per unit: 3.2元/斤, 每公升26.4元, 每股收益0.35元, 每10股派0.23元
        int slash = x.perUnitEnd(end);
        int every = x.perUnitStart(start);
        String per = null;
        if (slash > end) {
            per = x.s.substring(end + 1, slash);
            end = slash;
        } else if (every < start) {
            // 每公升26.4元: the unit said right before the amount is part of the mention, as FORMAT
            // writes it (每斤3.2元) and as 26.4元/公升 keeps the unit after it
            per = x.s.substring(every + 1, x.skipSpacesBack(start));
            start = every;
        } else {
            per = perShare(x, start);
            if (per == null && !num.scaled()) {
                per = perUnitApart(x, start);
            }
            if (per == null) {
                per = perOne(x, start, end);
            }
        }
        return x.make(Kind.MONEY, start, end, v + cents[0], num.high(), per == null ? iso : iso + "/" + per, null, num, c.mark());
    }

    /**
     * {@code 每升上调0.27元}, {@code 每吨分别提高345元和330元}, {@code 实用呎价12,758元},
     * {@code 中期息1.3元}: the unit an amount is per, said apart from it in its clause
     * ({@code per-unit-words.txt}).
     */
    static String perUnitApart(Sentence x, int start) {
        String clause = x.clauseBefore(start, PER_UNIT_REACH);
        String near = clause.strip();
        for (var w : x.lex.priceWords.entrySet()) {
            int at = near.lastIndexOf(w.getKey());
            // 呎价约9,850元, 中期息为1.3元: a hedge or a copula may stand between
            if (at >= 0 && near.length() - at - w.getKey().length() <= PRICE_WORD_GAP) {
                return w.getValue();
            }
        }
        int every = clause.lastIndexOf('每');
        return every < 0 ? null : everyUnitAt(x, clause, every + 1);
    }

    /** The longest unit of goods of {@code per-unit-words.txt} written at {@code at} in {@code s}, or null. */
    private static String everyUnitAt(Sentence x, String s, int at) {
        for (int len = 3; len >= 1; len--) {
            if (at + len <= s.length() && x.lex.everyUnits.contains(s.substring(at, at + len))) {
                return s.substring(at, at + len);
            }
        }
        return null;
    }

    /**
     * {@code 一斤八块}, {@code 十二块一斤}, {@code 一斤只要六毛九}: a price said with one unit of the
     * goods right beside it is per that unit; null when none stands there.
     */
    static String perOne(Sentence x, int start, int end) {
        String unit = oneUnitAt(x, end);
        if (unit != null) {
            return unit;
        }
        int k = x.skipSpacesBack(start);
        for (String filler : PRICE_FILLERS) {
            if (x.s.startsWith(filler, k - filler.length())) {
                k -= filler.length();
                break;
            }
        }
        for (int len = 3; len >= 1; len--) {
            String before = k - len - 1 >= 0 ? oneUnitAt(x, k - len - 1) : null;
            if (before != null && before.length() == len) {
                return before;
            }
        }
        return null;
    }

    /** The unit of {@code 一斤}, {@code 一公斤} written at {@code at}, or null. */
    static String oneUnitAt(Sentence x, int at) {
        return at < x.n && x.s.charAt(at) == '一' ? everyUnitAt(x, x.s, at + 1) : null;
    }

    /**
     * {@code 一斤八块}, {@code 十二块一斤}: whether the one unit of goods at {@code [start, end)} is
     * the unit of a price beside it, which makes it no measure of its own.
     */
    static boolean unitOfAPrice(Sentence x, int start, int end) {
        int k = x.skipSpaces(end);
        for (String filler : PRICE_FILLERS) {
            if (x.s.startsWith(filler, k)) {
                k += filler.length();
                break;
            }
        }
        return PRICE_AFTER.matcher(x.s).region(k, x.n).lookingAt()
                || PRICE_BEFORE.matcher(x.s.substring(Math.max(0, start - 6), start)).find();
    }

    /** Words between one unit of goods and its price (一斤只要六毛九). */
    private static final String[] PRICE_FILLERS = {"只要", "只需", "要", "才", "卖", "是", "约"};
    private static final java.util.regex.Pattern PRICE_AFTER = java.util.regex.Pattern.compile(
            "[零〇一二两三四五六七八九十百千0-9.]+\\s*(?:块|元|毛|角)");
    private static final java.util.regex.Pattern PRICE_BEFORE = java.util.regex.Pattern.compile(
            "[零〇一二两三四五六七八九十百千0-9.]\\s*(?:块|元|毛|角)[零〇一二三四五六七八九]?\\s*$");

    private static final int PER_UNIT_REACH = 16;
    private static final int PRICE_WORD_GAP = 2;

    /** {@code 每股收益0.35元}, {@code 每10股派0.23元}: per share, said a few words before the amount. */
    static String perShare(Sentence x, int start) {
        java.util.regex.Matcher m = PER_SHARE.matcher(x.s.substring(Math.max(0, start - PER_SHARE_REACH), start));
        String found = null;
        while (m.find()) {
            found = m.group(1) + "股";
        }
        return found;
    }

    private static final int PER_SHARE_REACH = 10;
    private static final java.util.regex.Pattern PER_SHARE = java.util.regex.Pattern.compile("每(\\d*)股[^,;。,]*$");

    /**
     * {@code 营收85亿}, {@code 年薪30万}, {@code 拿著8.5亿奖金}: a scaled amount with no currency word is
     * money in the page's currency when a money word stands just before it, or right after it as
     * what the amount is of (FORMAT.md, other domains).
     */
    static Quantity moneyByContext(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (x.isLetterAfter(num.end())) {
            return null;
        }
        if (!num.scaled()) {
            return labelledAmount(x, num);
        }
        // 医院(41.2亿)、…: an amount in brackets after each name of a list is what the sentence ranks them by
        boolean bracketed = num.start() > 0 && x.s.charAt(num.start() - 1) == '(' && num.end() < x.n && x.s.charAt(num.end()) == ')';
        String said = bracketed ? x.s.substring(0, num.start()) : x.clauseBefore(num.start(), MONEY_WORD_REACH);
        boolean before = Lexicon.mentionsAny(said, x.lex.moneyWords);
        String word = Lexicon.startingAt(x.s, num.end(), x.lex.moneyWords, MONEY_WORD_LENGTH);
        // 1000万消费者, 2万投资人: the word goes on into the people who spend or invest
        int wordEnd = word == null ? -1 : num.end() + word.length();
        boolean after = word != null && (wordEnd == x.s.length() || NOT_MONEY_AFTER.indexOf(x.s.charAt(wordEnd)) < 0);
        return before || after
                ? x.make(Kind.MONEY, num.start(), num.end(), num.value(), num.high(), x.yuan, null, num, false) : null;
    }

    private static final int MONEY_WORD_LENGTH = 4;
    private static final String NOT_MONEY_AFTER = "者人方商户品量率性群";

    private static final int MONEY_WORD_REACH = 10;

    /**
     * {@code 月薪8000}, {@code 房租: 700}, {@code 交通补:40/月}: a whole number right after a money word
     * or a label of an expense (…费, …补, …税) is money in the page's currency, per month when /月 follows.
     */
    static Quantity labelledAmount(Sentence x, Numeral num) {
        if (num.form() != Numeral.Form.ARABIC_INTEGER || num.value() < 10) {
            return null;
        }
        int k = x.skipSpacesBack(num.start());
        if (k > 0 && x.s.charAt(k - 1) == ':') {
            k = x.skipSpacesBack(k - 1);
        }
        boolean label = k > 0 && (Lexicon.endingAt(x.s, k, x.lex.moneyWords, 4) != null
                || EXPENSE_ENDS.indexOf(x.s.charAt(k - 1)) >= 0);
        int e = num.end();
        int per = x.perUnitEnd(e);
        if (!label || per == e && e < x.n && NumeralScanner.isCjk(x.s.charAt(e)) && !isClauseEnd(x.s.charAt(e))) {
            return null;
        }
        String unit = per > e ? x.yuan + x.s.substring(e, per) : x.yuan;
        return x.make(Kind.MONEY, num.start(), per, num.value(), null, unit, null, num, false);
    }

    private static final String EXPENSE_ENDS = "费补税租";

    private static boolean isClauseEnd(char c) {
        return ",。;、:!?".indexOf(c) >= 0;
    }

    /** Cents after a money word: 五元三毛, 两美元又三美分, 一块二, 三块零四. Returns {added value, end}. */
    static double[] subUnits(Sentence x, int e, String word) {
        int k = e;
        if (k < x.n && x.s.charAt(k) == '又') {
            k++;
        }
        boolean zero = k < x.n && x.s.charAt(k) == '零';
        int digits = zero ? k + 1 : k;
        Numeral m = x.numeralAt(digits);
        if (m == null && zero) {
            m = x.numeralAt(k); // the numeral layer may read 零四 as one numeral
        }
        if (m == null || !isInteger(m) || m.value() >= 100) {
            return new double[]{0, e};
        }
        int me = m.end();
        if (me < x.n && isTenthWord(x, me)) {
            double add = m.value() / 10;
            int end = me + 1;
            Numeral f = x.numeralAt(end);
            if (f != null && isInteger(f) && f.value() < 10) {
                add += f.value() / 100;
                end = f.end() < x.n && x.s.charAt(f.end()) == '分' ? f.end() + 1 : f.end();
            }
            return new double[]{add, end};
        }
        if (me < x.n && x.s.charAt(me) == '分' && (me + 1 >= x.n || x.s.charAt(me + 1) != '之')) {
            return new double[]{m.value() / 100, me + 1};
        }
        if (x.s.startsWith("美分", me)) {
            return new double[]{m.value() / 100, me + 2};
        }
        if (word.equals("日元")) {
            // the sen, a hundredth of a yen, written 钱 or in Japanese 銭
            for (String sen : new String[]{"日本钱", "日本銭", "钱", "銭"}) {
                if (x.s.startsWith(sen, me)) {
                    return new double[]{m.value() / 100, me + sen.length()};
                }
            }
        }
        boolean lone = me >= x.n || !NumeralScanner.isCjk(x.s.charAt(me)) || x.lex.suffixAt(x.s, me) == null;
        if (LOOSE_CENTS.contains(word) && m.value() < 10 && me - digits == 1 && lone
                && isChineseDigit(x.s.charAt(digits))) {
            return new double[]{zero ? m.value() / 100 : m.value() / 10, me};
        }
        return new double[]{0, e};
    }

    /** 角, 毛 or the Cantonese 毫 (not 毫米, 毫升...): a tenth of a yuan. */
    static boolean isTenthWord(Sentence x, int k) {
        char c = x.s.charAt(k);
        return c == '角' || c == '毛' || c == '毫' && x.lex.suffixAt(x.s, k) == null;
    }
}
