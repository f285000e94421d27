package io.zhclaims.quantity;

import static io.zhclaims.quantity.Sentence.isInteger;

/**
 * Sports (FORMAT.md, other domains): a score ({@code 3-1}, {@code 2:0}, {@code 3比2}) is two
 * numbers; medals, wins and losses are counts with the medal or tally as unit ({@code 12金},
 * {@code 8胜4负}); a stage ({@code 16强}) is a rank; points scored ({@code 拿下30分}) a count in 分,
 * while a rating stays a measure; a batting average ({@code 打击率3成12}, {@code 0.328}) a measure.
 * The words are in {@code models/quantity/sports.txt}.
 */
final class SportsRules {
    private static final String SCORE_JOINS = "-:∶比–—";
    private static final String DASHES = "-–—";
    private static final int MOST_POINTS = 300;
    private static final int AVERAGE_REACH = 6;
    /** Words around a colon that make it a clock time, not a score (北京时间19:30开赛). */
    private static final String[] CLOCK_WORDS = {"时间", "上午", "下午", "晚上", "凌晨", "中午", "早上", "开赛", "开始", "举行", "进行", "打响"};

    private SportsRules() {
    }

    /** {@code 男子200米自由泳}, {@code 110米栏}, {@code 10米跳台}: the distance names the event, no figure. */
    static Quantity eventName(Sentence x, Candidate c) {
        int k = x.skipSpaces(c.num().end());
        return k < x.n && x.s.charAt(k) == '米' && Lexicon.startingAt(x.s, k + 1, x.lex.eventNames, 5) != null
                ? Rule.NO_FIGURE : null;
    }

    /** One side of a score in a sentence about a game: {@code 以3-1击败}, {@code 比分2:0}, {@code 3比2险胜}. */
    static Quantity score(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (!scoreSide(num)) {
            return null;
        }
        int i = c.index();
        Numeral a = num, b = i + 1 < x.nums.size() ? x.nums.get(i + 1) : null;
        boolean first = b != null && pair(x, num, b);
        if (!first && i > 0 && pair(x, x.nums.get(i - 1), num)) {
            a = x.nums.get(i - 1);
            b = num;
        } else if (!first) {
            return null;
        }
        char join = x.s.charAt(x.skipSpaces(a.end()));
        // 0:0, 2比0: a ratio has no zero side, so a colon or 比 with a nil is a score even with no game word
        boolean nil = (a.value() == 0 || b.value() == 0) && (Sentence.isColon(join) && !NumberRules.clockShape(a, b) || join == '比');
        if (!x.scoreSentence() && !nil && (DASHES.indexOf(join) < 0 || !betweenNames(x, a, b))) {
            return null;
        }
        return x.make(Kind.NUMBER, num.start(), num.end(), num.value(), null, null, null, num, false);
    }

    /**
     * {@code 山东泰山3-0上海申花}: a score written between two team names needs no game word; the names
     * stand right against it, and what follows is no word of a range ({@code 3-5之间}) and no thing
     * numbered that way ({@code 垦利6-1油田}). Only a dash joins such a score: 1:1 and 1比1 stay
     * ratios without a game word.
     */
    private static boolean betweenNames(Sentence x, Numeral a, Numeral b) {
        if (a.start() == 0 || b.end() >= x.n) {
            return false;
        }
        char before = x.s.charAt(a.start() - 1);
        char after = x.s.charAt(b.end());
        return NumeralScanner.isCjk(before) && !Sentence.isNumeralChar(before) && NOT_A_NAME_END.indexOf(before) < 0
                && NumeralScanner.isCjk(after) && !Sentence.isNumeralChar(after)
                && (sideAt(x, b.end()) || NOT_A_NAME_START.indexOf(after) < 0 && x.lex.suffixAt(x.s, b.end()) == null)
                && Lexicon.startingAt(x.s, b.end(), x.lex.rangeEnds, 2) == null
                && Lexicon.startingAt(x.s, b.end(), x.lex.numberedThings, 2) == null;
    }

    /** 2-1天津津门虎: a team's place that starts with a unit's character stands after the score. */
    private static boolean sideAt(Sentence x, int at) {
        return Lexicon.startingAt(x.s, at, x.lex.unitLikeSides, 2) != null;
    }

    /** Characters that end a verb, a preposition or a label before a figure, never a team's name (增长3-5, 型号2-1). */
    private static final String NOT_A_NAME_END = "在为约达至到从由近逾超于共计增降涨跌低高是有占和及与或、第每前后分号型";
    /** Characters after a figure that make it a label, a time or a count, never start a team's name (2-3月, 3-1的). */
    private static final String NOT_A_NAME_START = "的了是在和与及或年月日时分秒周天季号期届次步级倍成";

    private static boolean scoreSide(Numeral num) {
        return isInteger(num) && !num.scaled() && num.value() <= MOST_POINTS && num.form() != Numeral.Form.DIGIT_STRING;
    }

    /** {@code a} and {@code b} joined as a score: one joining mark between, no unit after, no third part. */
    private static boolean pair(Sentence x, Numeral a, Numeral b) {
        if (!scoreSide(a) || !scoreSide(b)) {
            return false;
        }
        int k = x.skipSpaces(a.end());
        if (k >= x.n || SCORE_JOINS.indexOf(x.s.charAt(k)) < 0 || x.skipSpaces(k + 1) != b.start()) {
            return false;
        }
        char join = x.s.charAt(k);
        int after = x.skipSpaces(b.end());
        boolean unitAfter = after < x.n && (x.lex.suffixAt(x.s, after) != null || "%‰倍".indexOf(x.s.charAt(after)) >= 0)
                && !sideAt(x, after);
        boolean thirdPart = after < x.n && SCORE_JOINS.indexOf(x.s.charAt(after)) >= 0 || joinedBefore(x, a.start());
        return !unitAfter && !thirdPart && !(Sentence.isColon(join) && clockAround(x, a.start(), b.end()));
    }

    /** Whether a digit and a joining mark stand right before {@code pos} (the 1 of 2024-1-5). */
    private static boolean joinedBefore(Sentence x, int pos) {
        int k = x.skipSpacesBack(pos);
        return k >= 2 && SCORE_JOINS.indexOf(x.s.charAt(k - 1)) >= 0 && Character.isDigit(x.s.charAt(x.skipSpacesBack(k - 1) - 1));
    }

    private static boolean clockAround(Sentence x, int from, int to) {
        String around = x.s.substring(Math.max(0, from - 6), Math.min(x.n, to + 4));
        for (String w : CLOCK_WORDS) {
            if (around.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 76金65银91铜}, {@code 以1金1银的成绩}: medals, counted by their metal. */
    static Quantity medal(Sentence x, Candidate c) {
        Numeral num = c.num();
        String word = String.valueOf(c.word(x));
        if (!x.lex.medals.contains(word) || !isInteger(num) || c.mark()) {
            return null;
        }
        int e = c.unitAt() + 1;
        if (e < x.n && NumeralScanner.isCjk(x.s.charAt(e)) && !Sentence.isNumeralChar(x.s.charAt(e))
                && "的位排居列成与和及共、牌".indexOf(x.s.charAt(e)) < 0) {
            return null;
        }
        int end = e < x.n && x.s.charAt(e) == '牌' ? e + 1 : e;
        return x.make(Kind.COUNT, num.start(), end, num.value(), null, word, null, num);
    }

    /** {@code 8胜4负}, {@code 3胜1平}: wins, losses and draws in a tally of two or more, or after a score word. */
    static Quantity tally(Sentence x, Candidate c) {
        Numeral num = c.num();
        String word = String.valueOf(c.word(x));
        if (!x.lex.tallies.contains(word) || !isInteger(num) || c.unit() != null && c.unit().word().length() > 1) {
            return null;
        }
        int e = c.unitAt() + 1;
        Numeral next = x.numeralAt(e);
        boolean chained = next != null && next.end() < x.n && x.lex.tallies.contains(String.valueOf(x.s.charAt(next.end())));
        int p = num.start() - 1;
        boolean afterTally = p >= 0 && x.lex.tallies.contains(String.valueOf(x.s.charAt(p))) && p > 0
                && Sentence.isNumeralChar(x.s.charAt(p - 1));
        if (word.equals("平") && !chained && !afterTally) {
            // 11平后, 战成1平: alone, 平 ties the score, each side's number (FORMAT.md scores)
            return x.scoreSentence() ? x.make(Kind.NUMBER, num.start(), num.end(), num.value(), null, null, null, num) : null;
        }
        boolean closed = e >= x.n || !NumeralScanner.isCjk(x.s.charAt(e)) || "的战".indexOf(x.s.charAt(e)) >= 0;
        // 本季已拿下42胜: a scoring verb right before makes a tally of one word
        boolean taken = Lexicon.endingAt(x.s, x.skipSpacesBack(num.start()), x.lex.pointsWords, 3) != null;
        if (chained || afterTally || closed && (x.scoreSentence() || taken)) {
            return x.make(Kind.COUNT, num.start(), e, num.value(), null, word, null, num);
        }
        return null;
    }

    /**
     * {@code 8投6中}, {@code 3罚2中}: a shooting line, shots taken and shots made, each a count by
     * its word; 中 counts only right after such a line.
     */
    static Quantity shots(Sentence x, Candidate c) {
        Numeral num = c.num();
        char w = c.word(x);
        if (!isInteger(num) || c.mark()) {
            return null;
        }
        int e = c.unitAt() + 1;
        if (w == '投' || w == '罚') {
            // 16投仅3中: an adverb may stand before the shots made
            Numeral made = x.numeralAt(e < x.n && SHOT_ADVERBS.indexOf(x.s.charAt(e)) >= 0 ? e + 1 : e);
            boolean line = made != null && made.end() < x.n && x.s.charAt(made.end()) == '中' && made.value() <= num.value();
            return line ? x.make(Kind.COUNT, num.start(), e, num.value(), null, String.valueOf(w), null, num) : null;
        }
        Numeral next = x.numeralAt(e);
        if (w == '分' && next != null && next.end() < x.n && "投罚".indexOf(x.s.charAt(next.end())) >= 0) {
            return Rule.NO_FIGURE; // 三分4投3中: 三分 names the three-pointers
        }
        int p = num.start() - 1;
        if (p > 1 && SHOT_ADVERBS.indexOf(x.s.charAt(p)) >= 0 && "投罚".indexOf(x.s.charAt(p - 1)) >= 0) {
            p--;
        }
        if (w == '中' && p > 0 && (x.s.charAt(p) == '投' || x.s.charAt(p) == '罚') && Character.isDigit(x.s.charAt(p - 1))) {
            return x.make(Kind.COUNT, num.start(), e, num.value(), null, "中", null, num);
        }
        return null;
    }

    private static final String SHOT_ADVERBS = "仅只才共";

    /** {@code 止步16强}, {@code 晋级8强}: the round reached, a rank. */
    static Quantity stage(Sentence x, Candidate c) {
        Numeral num = c.num();
        double v = num.value();
        if (c.word(x) != '强' || !isInteger(num) || c.mark() || !(v == 4 || v == 8 || v == 16 || v == 32 || v == 64)) {
            return null;
        }
        return x.make(Kind.RANK, num.start(), c.unitAt() + 1, v, null, null, null, num);
    }

    /**
     * {@code 七战十五分}, {@code 一日两战}: games played are a count in 战, in a standings line (games
     * then points or wins) or in a sentence about games; 一战 and 二战 alone name the world wars.
     */
    static Quantity games(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (c.word(x) != '战' || !isInteger(num) || c.mark() || num.scaled()) {
            return null;
        }
        int e = c.unitAt() + 1;
        boolean war = num.value() <= 2 && num.end() - num.start() == 1 && "一二12".indexOf(x.s.charAt(num.start())) >= 0;
        boolean closed = e >= x.n || !NumeralScanner.isCjk(x.s.charAt(e)) || "的中后里全皆取".indexOf(x.s.charAt(e)) >= 0;
        boolean played = standing(x, e) || !war && closed && (x.scoreSentence() || Lexicon.mentionsAny(x.s, x.lex.playWords));
        return played ? x.make(Kind.COUNT, num.start(), e, num.value(), null, "战", null, num) : null;
    }

    /** Whether a standings figure (points, wins, losses) follows at {@code at}: 十一分, 4胜. */
    private static boolean standing(Sentence x, int at) {
        Numeral next = x.numeralAt(at);
        return next != null && next.end() < x.n && isInteger(next)
                && (x.s.charAt(next.end()) == '分' || x.lex.tallies.contains(String.valueOf(x.s.charAt(next.end()))));
    }

    /** {@code 拿下30分}, {@code 86分打点}: points a player or team scored are a count in 分. */
    static Quantity pointsScored(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (c.word(x) != '分' || c.unit() == null || !c.unit().word().equals("分") || !isInteger(num)) {
            return null;
        }
        int e = c.unitAt() + 1;
        Numeral sec = x.numeralAt(e);
        if (e < x.n && "半钟".indexOf(x.s.charAt(e)) >= 0 || sec != null && sec.end() < x.n && x.s.charAt(sec.end()) == '秒') {
            return null; // 三分半 and 7分57秒 are times
        }
        // 七战十五分: the points of a standings line, after the games played
        boolean standings = num.start() >= 2 && x.s.charAt(num.start() - 1) == '战'
                && Sentence.isNumeralChar(x.s.charAt(num.start() - 2));
        boolean before = standings || Lexicon.endingAt(x.s, x.skipSpacesBack(num.start()), x.lex.pointsWords, 3) != null;
        // 考了612分, 难度分3.2分 are ratings; a scoring verb right before N分 outweighs a rating word
        // of another clause (进帐9分,逐渐被对手追近分数)
        String rated = before ? x.clauseBefore(num.start(), RATING_REACH) + x.s.substring(e, clauseEnd(x, e)) : x.s;
        if (Lexicon.mentionsAny(rated, x.lex.ratingWords)) {
            return null;
        }
        boolean after = x.s.startsWith("打点", e) || x.s.startsWith("篮板", e);
        // in a sentence about the flow of a game (终场, 单节, 逆转...) a whole number of 分 is points scored
        return before || after || Lexicon.mentionsAny(x.s, x.lex.playWords)
                ? x.make(Kind.COUNT, num.start(), e, num.value(), null, "分", null, num) : null;
    }

    private static final int RATING_REACH = 24;

    private static int clauseEnd(Sentence x, int at) {
        int k = at;
        while (k < x.n && ",;。".indexOf(x.s.charAt(k)) < 0) {
            k++;
        }
        return k;
    }

    /** {@code 打击率0.328}, {@code 打击率超过3成}, {@code 打击率3成12}: a batting average is a measure. */
    static Quantity battingAverage(Sentence x, Candidate c) {
        Numeral num = c.num();
        int from = Math.max(0, num.start() - AVERAGE_REACH);
        String before = x.s.substring(from, num.start());
        boolean average = false;
        for (String w : x.lex.averageWords) {
            if (before.contains(w)) {
                average = true;
                break;
            }
        }
        if (!average || num.scaled()) {
            return null;
        }
        int e = num.end();
        double v = num.value();
        if (e < x.n && x.s.charAt(e) == '成' && isInteger(num) && v <= 10) {
            e++;
            Numeral rest = x.numeralAt(e);
            v /= 10;
            if (rest != null && isInteger(rest) && rest.end() - rest.start() <= 2) {
                v += rest.value() / (rest.end() - rest.start() == 1 ? 100 : 1000);
                e = rest.end();
            }
            x.consumed = Math.max(x.consumed, e);
            return x.make(Kind.MEASURE, num.start(), e, v, null, null, null, num);
        }
        if (!isInteger(num) && v < 1 || v < 30 && (e >= x.n || !NumeralScanner.isCjk(x.s.charAt(e)))) {
            return x.make(Kind.MEASURE, num.start(), e, v, null, null, null, num);
        }
        return null;
    }
}
