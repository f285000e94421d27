package io.zhclaims.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of one cleaned, simplified, NFKC-normalized sentence and types them as
 * FORMAT.md describes: percent, fraction, multiplier, money, count, measure, year, date,
 * duration, rank and number, with range ends and qualifiers. Stateless and thread-safe.
 *
 * <p>Works on top of {@link NumeralScanner}: each numeral is read together with the words right
 * before it (第, 前, 百分之, 约, 超过, 人民币...) and right after it (%, 倍, 年, 月, 名, 亿元, 千瓦时,
 * 左右...), from the word lists of {@code models/quantity/}. The grammar is four tables of
 * {@link Rule rows}, tried in the order written below; the rows live in one class per family:
 * {@link NumberRules} (names, vague numbers, ratios), {@link PercentRules} (percent and
 * fractions), {@link MoneyRules} (money and prices), {@link CountRules} (counts and classifiers),
 * {@link TimeRules} (years, dates, durations), {@link MeasureRules} (rates, measures,
 * multipliers), {@link SportsRules} (scores, medals, tallies, stages, averages), {@link RankRules}
 * and {@link RangeRules} (ranges and bounds).
 * A numeral with no word of its own is not a figure, except where FORMAT.md counts it (large
 * counts like {@code 5500万人才}, {@code λ=0.95}, {@code 1:1.5}).
 *
 * <p>To add a rule: write it as a static method {@code (Sentence, Candidate) -> Quantity} in its
 * family's class (or {@code (Sentence, int)} for a figure written without a numeral), returning
 * null when it does not apply; put it in the table below where it must win over the rows after
 * it (a row placed earlier wins); add its sentences to the family's table test. Word lists belong
 * in {@code models/quantity/} and are read through {@link Lexicon}.
 */
public final class QuantityScanner {
    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    /**
     * The numeral itself and the words before it. Rows that find no figure may answer
     * {@link Rule#NO_FIGURE}, and then nothing else is tried.
     */
    static final List<Rule> BEFORE = List.of(
            MeasureRules::forceScale,
            NumberRules::notAName,
            NumberRules::figureLabel,
            NumberRules::notVague,
            NumberRules::ratioWord,
            SportsRules::score,
            SportsRules::eventName,
            SportsRules::battingAverage,
            RankRules::ordinal,
            PercentRules::outOfEvery,
            MeasureRules::perPopulationRate,
            RankRules::top,
            RankRules::place,
            PercentRules::percentPrefixed,
            TimeRules::rocYear,
            TimeRules::bracketedDay,
            TimeRules::splitYear,
            TimeRules::slashDate,
            TimeRules::seasonYear,
            TimeRules::dayMonthYear,
            TimeRules::commonEraYear,
            NumberRules::symbolValue,
            NumberRules::operand,
            MeasureRules::acronymValue,
            MoneyRules::currencyBefore,
            TimeRules::isoDateRule,
            NumberRules::ratioOrClock,
            TimeRules::monthPeriod,
            TimeRules::daySpanStart);

    /**
     * The word after the numeral (past a 多/余 mark), when the numeral has one. A row that knows the
     * word but makes no figure of it answers {@link Rule#NOT_BY_THIS_WORD}; {@link Rule#NO_FIGURE}
     * stops everything. A figure found here may take a following one as its range end.
     */
    static final List<Rule> AFTER = List.of(
            PercentRules::percentSign,
            PercentRules::perMilleSign,
            PercentRules::percentPoints,
            MeasureRules::times,
            PercentRules::tenths,
            PercentRules::discount,
            TimeRules::yearWord,
            TimeRules::shortYear,
            TimeRules::classYear,
            TimeRules::seasonWord,
            TimeRules::decade,
            TimeRules::centuryWord,
            TimeRules::month,
            TimeRules::clock,
            MoneyRules::cantoneseCents,
            MoneyRules::tenthsOfYuan,
            SportsRules::medal,
            SportsRules::tally,
            SportsRules::shots,
            SportsRules::stage,
            SportsRules::games,
            SportsRules::pointsScored,
            // the unit words of the lexicon, one row per kind of word
            TimeRules::dayOfMonth,
            TimeRules::durationWord,
            MoneyRules::currencyWord,
            CountRules::times,
            CountRules::classifier,
            TimeRules::minutes,
            MeasureRules::unitWord,
            CountRules::group,
            MeasureRules::stockIndexPoints);

    /** A numeral with no word of its own: a range of bare numbers, a fraction, a large count, a bound. */
    static final List<Rule> BARE = List.of(
            RangeRules::bareRangeRule,
            PercentRules::bareFraction,
            MoneyRules::moneyByContext,
            MeasureRules::indexLevel,
            CountRules::largeNumber,
            RangeRules::comparedRule);

    /** Figures written without a numeral, found after all numerals are read, where none overlaps. */
    static final List<Rule.Word> WORDS = List.of(
            MeasureRules::doubling,
            PercentRules::halfOfGroup,
            PercentRules::hundredPercent,
            TimeRules::halfDuration,
            PercentRules::halfTenthOrDiscount,
            CountRules::geWithoutOne,
            TimeRules::minuteAndAHalf,
            PercentRules::halfPrice);

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
        String unwrapped = unwrapUnits(sentence);
        if (!unwrapped.equals(sentence)) {
            return rewrap(sentence, scan(unwrapped, yuanCurrency));
        }
        Sentence x = new Sentence(sentence, yuanCurrency);
        for (int i = 0; i < x.nums.size(); i++) {
            Numeral num = x.nums.get(i);
            if (num.start() < x.consumed || x.inTitle[num.start()]) {
                continue;
            }
            int free = x.consumed;
            Quantity q = build(x, i, true);
            if (q != null && q.start() >= free) {
                x.out.add(q);
                x.consumed = Math.max(x.consumed, q.end());
            }
        }
        addWordFigures(x);
        x.out.sort(Comparator.comparingInt(Quantity::start));
        RangeRules.joinBounds(x);
        ListRules.shareUnits(x);
        ListRules.moneyAmongMoney(x);
        return x.out;
    }

    /**
     * 全年完成1858(万TEU), 产量1250(万吨): a table's unit in brackets right after the number. The
     * brackets are read as blanks (the same length, so every offset stays), and each figure that
     * ends at the blank of a closing bracket takes the bracket back into its mention.
     */
    private static final Pattern BRACKETED_UNIT = Pattern.compile("(?<=[0-9])[((]\\s*(?=[万亿千百]?[\\p{IsHan}A-Za-z%‰]{1,4}\\s*[))])");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("^[万亿千百]?[\\p{IsHan}A-Za-z%‰]{1,4}\\s*[))]");

    /** The sentence with the brackets of units after numbers blanked, or the sentence itself when it has none. */
    static String unwrapUnits(String sentence) {
        Matcher m = BRACKETED_UNIT.matcher(sentence);
        char[] out = null;
        while (m.find()) {
            Matcher close = BRACKET_CLOSE.matcher(sentence).region(m.end(), sentence.length());
            if (!close.lookingAt()) {
                continue;
            }
            if (out == null) {
                out = sentence.toCharArray();
            }
            out[m.start()] = ' ';
            out[close.end() - 1] = ' ';
        }
        return out == null ? sentence : new String(out);
    }

    /** The figures found in the unwrapped sentence, with their mentions as the sentence writes them. */
    private static List<Quantity> rewrap(String sentence, List<Quantity> found) {
        List<Quantity> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            int end = q.end();
            int blank = end;
            while (blank < sentence.length() && sentence.charAt(blank) == ' ') {
                blank++;
            }
            if (blank < sentence.length() && ")）".indexOf(sentence.charAt(blank)) >= 0
                    && sentence.substring(q.start(), blank).chars().anyMatch(c -> c == '(' || c == '（')) {
                end = blank + 1;
            }
            out.add(new Quantity(q.kind(), q.start(), end, sentence.substring(q.start(), end), q.value(), q.high(),
                    q.date(), q.unit(), q.qualifier()));
        }
        return out;
    }

    /** The figure that numeral {@code i} starts, or null; may consume following numerals. */
    static Quantity build(Sentence x, int i, boolean mayJoinRange) {
        Candidate c = Candidate.of(x, i, mayJoinRange);
        Quantity q = first(BEFORE, x, c);
        if (q != null) {
            return q == Rule.NO_FIGURE ? null : q;
        }
        if (c.unitAt() < x.n) {
            q = first(AFTER, x, c);
            if (q == Rule.NO_FIGURE) {
                return null;
            }
            if (q != null && q != Rule.NOT_BY_THIS_WORD) {
                return mayJoinRange ? RangeRules.joinTypedRange(x, q, i) : q;
            }
        }
        q = first(BARE, x, c);
        return q == Rule.NO_FIGURE ? null : q;
    }

    private static Quantity first(List<Rule> rules, Sentence x, Candidate c) {
        for (Rule r : rules) {
            Quantity q = r.read(x, c);
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    private static void addWordFigures(Sentence x) {
        for (int i = 0; i < x.n; i++) {
            for (Rule.Word w : WORDS) {
                Quantity q = w.read(x, i);
                if (q != null) {
                    if (!x.overlaps(q) && !x.inTitle[i]) {
                        x.out.add(q);
                        i = q.end() - 1;
                    }
                    break;
                }
            }
        }
    }
}
