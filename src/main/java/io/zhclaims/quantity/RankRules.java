package io.zhclaims.quantity;

import static io.zhclaims.quantity.Sentence.isInteger;

/**
 * Ranks: {@code 第二}, {@code 世界第一}, {@code 前10名}, {@code 前十大}, {@code 第一到第三名}; not
 * editions ({@code 第四届}), enumerators ({@code 第一,…第二,…}) or periods ({@code 前三季度}).
 */
final class RankRules {
    private static final String LIST_PUNCTUATION = ",、;。";
    private static final String TOP_MARKS = "名大强家所位";

    private RankRules() {
    }

    /** After 第 a numeral is a rank or nothing. */
    static Quantity ordinal(Sentence x, Candidate c) {
        if (c.before(x) != '第') {
            return null;
        }
        int di = c.num().start() - 1;
        Quantity ranks = c.mayJoinRange() ? rankRange(x, c.num(), di) : null;
        if (ranks == null) {
            ranks = rank(x, c.num(), di);
        }
        return Rule.orNoFigure(ranks != null ? ranks : runningCount(x, c.num(), di));
    }

    /**
     * {@code 个人本季第23轰}, {@code 中职史上第16人}, {@code 生涯第6个冠军}: after a word of a career,
     * a season or a record book, 第N counts the feat's place in that run. The first (N = 1) only says
     * "the first time", which FORMAT.md leaves out.
     */
    static Quantity runningCount(Sentence x, Numeral num, int di) {
        if (!isInteger(num) || num.value() < 2 || Lexicon.endingAt(x.s, x.skipSpacesBack(di), x.lex.runningContexts, 3) == null) {
            return null;
        }
        return x.make(Kind.RANK, di, num.end(), num.value(), null, null, null, num, false);
    }

    /**
     * {@code 排在金牌榜7到10位}, {@code 位于亚洲301-350名}, {@code 分列二至四位}, {@code 居第3位} without 第: places in a ranking,
     * 位 after a ranking word (a count of people otherwise, 3位专家).
     */
    static Quantity place(Sentence x, Candidate c) {
        Numeral num = c.num();
        if (!isInteger(num) || num.scaled() || !rankContextBefore(x, x.skipSpacesBack(num.start()))
                && !rankWordWithin(x, num.start())) {
            return null;
        }
        int k = x.skipSpaces(num.end());
        if (k < x.n && x.s.charAt(k) == '位') {
            return x.make(Kind.RANK, num.start(), k + 1, num.value(), null, null, null, num, false);
        }
        if (rankWordRightBefore(x, x.skipSpacesBack(num.start()))) {
            // 排名33, 排名从54升至33名: the place itself, before 名, a pause or the verb of a move
            if (k < x.n && x.s.charAt(k) == '名') {
                return x.make(Kind.RANK, num.start(), k + 1, num.value(), null, null, null, num, false);
            }
            if (k >= x.n || LIST_PUNCTUATION.indexOf(x.s.charAt(k)) >= 0 || Lexicon.startingAt(x.s, k, x.lex.moveVerbs, 2) != null) {
                return x.make(Kind.RANK, num.start(), num.end(), num.value(), null, null, null, num, false);
            }
        }
        if (k < x.n && "到至~-".indexOf(x.s.charAt(k)) >= 0 && c.index() + 1 < x.nums.size()) {
            Numeral m = x.nums.get(c.index() + 1);
            int u = x.skipSpaces(m.end());
            if (m.start() == x.skipSpaces(k + 1) && isInteger(m) && m.value() > num.value() && u < x.n && "位名".indexOf(x.s.charAt(u)) >= 0) {
                x.consumed = Math.max(x.consumed, u + 1);
                return x.make(Kind.RANK, num.start(), u + 1, num.value(), m.value(), null, null, num, false);
            }
        }
        return null;
    }

    /** A ranking word just before {@code at}, with at most 从, 为, 仍 or 暂列 between (排名从54, 升至33). */
    static boolean rankWordRightBefore(Sentence x, int at) {
        for (int gap = 0; gap <= 2 && at - gap > 0; gap++) {
            if (gap > 0 && RANK_FILLERS.indexOf(x.s.charAt(at - gap)) < 0) {
                return false;
            }
            if (Lexicon.endingAt(x.s, at - gap, x.lex.rankContexts, 3) != null) {
                return true;
            }
        }
        return false;
    }

    private static final String RANK_FILLERS = "从为仍暂列是";

    /** A ranking word a few characters before {@code at} (排在金牌榜7到10位). */
    private static boolean rankWordWithin(Sentence x, int at) {
        String before = x.s.substring(Math.max(0, at - 6), at);
        return before.contains("排在") || before.contains("分列") || before.contains("位列") || before.contains("排名")
                || before.contains("名列") || before.contains("位居");
    }

    /** After 前 an integer is the top so many of a ranking, a period, or nothing. */
    static Quantity top(Sentence x, Candidate c) {
        int lb = x.skipSpacesBack(c.num().start());
        if (lb == 0 || !isInteger(c.num()) || timeAfter(x, c)) {
            return null; // 终场前7分57秒, 比赛前5分钟: a time, not the top so many
        }
        if (x.s.charAt(lb - 1) == '前' && !(lb >= 2 && WORDS_ENDING_IN_QIAN.indexOf(x.s.charAt(lb - 2)) >= 0
                && !(x.s.charAt(lb - 2) == '赛' && placesFollow(x, c)))) {
            return Rule.orNoFigure(front(x, c.num(), lb - 1));
        }
        return x.s.charAt(lb - 1) == '后' ? bottom(x, c.num(), lb - 1) : null;
    }

    /** 常规赛前四名, 联赛前八强: after a competition's name, 前 with places after it is the top of its table. */
    private static boolean placesFollow(Sentence x, Candidate c) {
        int k = x.skipSpaces(c.num().end());
        return k < x.n && "名强".indexOf(x.s.charAt(k)) >= 0;
    }

    /** Characters that make a word with 前 after them (税前, 此前, 提前, 节前): no top so many follows. */
    private static final String WORDS_ENDING_IN_QIAN = "税之此以目提当空事赛节饭生眼面跟门向往先从";

    /** Whether minutes or seconds follow the numeral (前一日 and 前两天 stay no figure). */
    static boolean timeAfter(Sentence x, Candidate c) {
        if (c.unitAt() >= x.n) {
            return false;
        }
        char w = c.word(x);
        return w == '秒' || w == '分' && !x.s.startsWith("分之", c.unitAt());
    }

    /**
     * {@code 后三位依次是贵州}, {@code 排在后5名}: the bottom so many of a ranking; not 随后3名 or 之后两位
     * (after that), so 后 must not end another word and the ranking must be named or listed.
     */
    static Quantity bottom(Sentence x, Numeral num, int hi) {
        int k = x.skipSpaces(num.end());
        if (k >= x.n || "名位".indexOf(x.s.charAt(k)) < 0 || hi > 0 && "随之然此以落最".indexOf(x.s.charAt(hi - 1)) >= 0) {
            return null;
        }
        boolean listed = x.s.startsWith("依次", k + 1) || x.s.startsWith("依序", k + 1) || x.s.startsWith("分别", k + 1)
                || x.s.startsWith("是", k + 1) || x.s.startsWith("为", k + 1);
        if (!listed && !rankContextBefore(x, hi)) {
            return null;
        }
        return x.make(Kind.RANK, hi, k + 1, num.value(), null, null, null, num, false);
    }

    /** {@code 第二}, {@code 世界第一}, {@code 第一大}; not editions ({@code 第四届}) or enumerators. */
    static Quantity rank(Sentence x, Numeral num, int di) {
        if (!isInteger(num) || num.value() <= 0) {
            return null;
        }
        int b = num.end();
        String after = Lexicon.startingAt(x.s, b, x.lex.editionWords, 2);
        // 第二, and 第二、 end an enumeration (第一,…第二,…) unless a ranking word stands before them.
        boolean open = b >= x.n || after != null && LIST_PUNCTUATION.indexOf(after.charAt(0)) >= 0;
        if (after != null && !open || open && !rankContextBefore(x, di)) {
            return null;
        }
        boolean strong = b < x.n && "名位大高".indexOf(x.s.charAt(b)) >= 0;
        if (!strong && !rankContextBefore(x, di)) {
            return null;
        }
        // 第28位, 第6名: the place's classifier is part of the mention, as in 前10名 (not 第3位置)
        int e = b < x.n && "名位".indexOf(x.s.charAt(b)) >= 0 && (b + 1 >= x.n || "置于".indexOf(x.s.charAt(b + 1)) < 0) ? b + 1 : b;
        return x.make(Kind.RANK, di, e, num.value(), null, null, null, num, false);
    }

    /** {@code 前10名}, {@code 前 15}, {@code 前十}; {@code 前三季度} and {@code 前十个月} are periods. */
    static Quantity front(Sentence x, Numeral num, int qi) {
        int b = num.end();
        int k = x.skipSpaces(b);
        if (Lexicon.startingAt(x.s, k, x.lex.periodWords, 2) != null) {
            x.consumed = Math.max(x.consumed, b);
            return null;
        }
        // 前10名, and 前十大/前10家/前5强: the top so many of a ranking.
        boolean withMing = k < x.n && TOP_MARKS.indexOf(x.s.charAt(k)) >= 0;
        if (!withMing && !rankContextBefore(x, qi)) {
            return null;
        }
        if (withMing && (x.s.charAt(k) == '名' || x.s.charAt(k) == '位')) {
            return x.make(Kind.RANK, qi, k + 1, num.value(), null, null, null, num, false);
        }
        return x.make(Kind.RANK, qi, b, num.value(), null, null, null, num, false);
    }

    static boolean rankContextBefore(Sentence x, int at) {
        for (int gap = 0; gap <= 2 && at - gap > 0; gap++) {
            if (Lexicon.endingAt(x.s, at - gap, x.lex.rankContexts, 3) != null) {
                return true;
            }
        }
        // 分列第二、第三: a rank listed right after another shares its context.
        int k = x.skipSpacesBack(at);
        if (k > 0 && "、和及与".indexOf(x.s.charAt(k - 1)) >= 0) {
            int j = k - 1;
            while (j > 0 && isOrdinalDigit(x.s.charAt(j - 1))) {
                j--;
            }
            return j < k - 1 && j > 0 && x.s.charAt(j - 1) == '第' && rankContextBefore(x, j - 1);
        }
        return false;
    }

    static boolean isOrdinalDigit(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十百零两".indexOf(c) >= 0;
    }

    /** {@code 第十和第十五之间}, {@code 第一到第三名}: two ranks as a range. */
    static Quantity rankRange(Sentence x, Numeral num, int di) {
        int k = x.skipSpaces(num.end());
        if (k >= x.n || !isInteger(num)) {
            return null;
        }
        char c = x.s.charAt(k);
        boolean between = RangeRules.BETWEEN.indexOf(c) >= 0;
        if (!between && "到至~-".indexOf(c) < 0) {
            return null;
        }
        int k2 = x.skipSpaces(k + 1);
        Numeral m = k2 < x.n && x.s.charAt(k2) == '第' ? x.numeralAt(k2 + 1) : null;
        if (m == null || !isInteger(m) || m.value() <= num.value()
                || Lexicon.startingAt(x.s, m.end(), x.lex.editionWords, 2) != null) {
            return null;
        }
        boolean ok = between ? RangeRules.closedBetween(x, m.end())
                : m.end() < x.n && "名位".indexOf(x.s.charAt(m.end())) >= 0 || rankContextBefore(x, di);
        return ok ? x.make(Kind.RANK, di, m.end(), num.value(), m.value(), null, null, num, false) : null;
    }
}
