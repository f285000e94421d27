package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year a figure refers to inside its own sentence (FORMAT.md): the nearest time
 * anchor before the figure, skipping years that are only the base of a comparison
 * ({@code 比2021年增长}); a relative year ({@code 去年}) counts from the publish date and, when
 * that is unknown, leaves the figure without a year rather than borrowing a farther one.
 */
final class YearBinder {
    /**
     * Years the quantity layer does not report because they are part of a name
     * ({@code 《2024年人工智能指数报告》}, {@code NeurIPS 2019}) still date a figure; a span of
     * years in a title ({@code 规划(2024-2050年)}) names a plan's horizon and dates nothing.
     */
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "(?<![0-9.\\-—~至到])((?:19|20)[0-9]{2})(?=\\s*年|\\s*[)）》]|\\s*$)(?!\\s*[\\-—~至到])"
                    + "|(?<=[A-Za-z]\\s?)((?:19|20)[0-9]{2})(?![0-9])");
    /** Relative years; Taiwan writes 今 alone before a part of the year (今上半年, 今前8月: this year's). */
    private static final Pattern RELATIVE = Pattern.compile(
            "去年|今年|明年|前年|后年|上一年|上年|本年|次年|翌年|今(?=上半年|下半年|前[0-9一二三四五六七八九十]{1,2}(?:个)?月)");
    /**
     * 创下1980年有统计以来最高水准, 高于2017年以来同期: the year records began or the base of
     * a comparison with every year since, no figure's own year.
     */
    private static final Pattern SINCE_RECORDS = Pattern.compile("\\s*(?:有(?:统计|记录|纪录|数据|资料|观测)(?:数据|资料)?以来|以来(?:的)?同期)");
    /** Words before a year that make it the base of a comparison (比2021年, 恢复至2019年的87%: a level recovered to). */
    private static final String RECOVERY = "恢复至|恢复到|回升至|回升到|回到";
    private static final Pattern BASE_BEFORE = Pattern.compile("(?:比|较|相比|同比|相较|比上|较上|对比|" + RECOVERY + ")\\s*$");
    private static final Pattern WITH_BEFORE = Pattern.compile("(?:与|和|跟|同)\\s*$");
    private static final Pattern COMPARED_AFTER = Pattern.compile("(?:同期|同月|同季)?(?:相比|相较|比较|对比)");
    private static final Pattern RECOVERED_TO = Pattern.compile("(?:" + RECOVERY + ")\\s*$");
    private static final Pattern BASE_OF_MULTIPLE = Pattern.compile("^[^,;:]*的\\s*(?:约|近|将近|接近|大约)?\\s*$");
    /** Words that make a year the base of a comparison when a possessive follows it (是2020年底的3.2倍). */
    private static final Pattern BASE_WITH_OF = Pattern.compile("(?:由|从|是|为|相当于|不到|不足|超过|高于|低于|达到|接近|将近)\\s*$");
    /** Between a base year and the value it dates: 2022年的78.2岁, 2022年11月高点59.8万元, 2023年2月约100欧元. */
    private static final Pattern DATED_VALUE = Pattern.compile("\\s*(?:底|末|初|年底|年末|同期|全年)?\\s*的?\\s*(?:高点|低点|峰值|水平|规模)?\\s*(?:约|近|接近|将近|大约|不到|不足|超过)?\\s*");
    /** 从2024年5月发布时的每百万token 5美元降至2.5美元: the value a change starts from. */
    private static final Pattern CHANGE_AFTER = Pattern.compile("^\\s*(?:提升|提高|上升|下降|增长|降至|升至|增至|减至|提高到|提高至|提升至|提升到|下降到|下降至|上升到|上升至|增长到|增加到|跌至|涨至)");

    private record Anchor(int start, int end, Integer year, boolean relativeToPrevious) {
    }

    /** The anchors of one sentence, in text order. */
    List<Integer> bindAll(String sentence, List<Quantity> quantities, Integer publishedYear) {
        List<Anchor> anchors = anchors(sentence, quantities, publishedYear);
        List<Quantity> spans = spansOfYears(sentence, quantities);
        List<Integer> years = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            // a span of years (近5年, 连续5年) covers several years: no one year dates it; an offset
            // (三年后, 四年前) still points at one
            boolean yearsLong = q.kind() == Kind.DURATION && "年".equals(q.unit())
                    && (q.end() >= sentence.length() || "前后以之".indexOf(sentence.charAt(q.end())) < 0);
            years.add(q.kind() == Kind.YEAR || q.kind() == Kind.DATE || yearsLong ? null : bind(sentence, q, quantities, anchors, spans));
        }
        distributeOverYears(sentence, quantities, years);
        carryParallelChange(sentence, quantities, years);
        return years;
    }

    private static final Pattern RESPECTIVELY = Pattern.compile("分别|依次|依序");
    /** A comparison's base right before the years of a list (比2020年、2019年…分别增长). */
    private static final Pattern COMPARED_WITH = Pattern.compile("(?:比|较|相比|与)\\s*$");
    /** 由 or 从 right before a value, or with the value's year between (从2020年的6.46张). */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?:由|从)\\s*(?:(?:19|20)[0-9]{2}\\s*年?\\s*的\\s*)?$");

    /**
     * {@code 2013年到2017年,新增就业人数分别为1310万人、1322万人…}, {@code 分别在2019年和2021年增长5%和8%}:
     * a list after 分别 takes, one by one, the years of the span or list that goes with it, when
     * the counts agree.
     */
    private static void distributeOverYears(String sentence, List<Quantity> quantities, List<Integer> years) {
        Matcher m = RESPECTIVELY.matcher(sentence);
        while (m.find()) {
            int p = m.start();
            int first = 0;
            while (first < quantities.size() && quantities.get(first).start() < m.end()) {
                first++;
            }
            List<Integer> stated = new ArrayList<>();
            int i = first;
            while (i < quantities.size() && quantities.get(i).kind() == Kind.YEAR
                    && clauseEnd(sentence, m.end()) > quantities.get(i).start()) {
                stated.addAll(yearsOf(quantities.get(i)));
                i++;
            }
            if (stated.isEmpty()) {
                int j = first - 1;
                while (j >= 0 && quantities.get(j).kind() == Kind.YEAR
                        && (j == first - 1 || joined(sentence, quantities.get(j).end(), quantities.get(j + 1).start()))) {
                    Quantity y = quantities.get(j);
                    if (j < first - 1 && spans(sentence, y.end(), quantities.get(j + 1).start()) && y.high() == null) {
                        // 2013年到2017年: two years joined as a span stand for every year between
                        int last = stated.get(stated.size() - 1);
                        stated.clear();
                        for (int v = (int) y.value(); v <= last && stated.size() < MAX_LISTED_YEARS; v++) {
                            stated.add(v);
                        }
                    } else {
                        stated.addAll(0, yearsOf(y));
                    }
                    j--;
                }
                if (j >= 0 && quantities.get(j).kind() == Kind.YEAR) {
                    continue;
                }
                // 比2020年、2019年春节黄金周分别增长28.7%、4.9%: the years are the bases compared
                // with, one for each change, and date none of them
                if (!stated.isEmpty() && COMPARED_WITH.matcher(sentence.substring(0, quantities.get(j + 1).start())).find()) {
                    stated.replaceAll(y -> null);
                }
            }
            int end = clauseEnd(sentence, i < quantities.size() ? quantities.get(i).start() : sentence.length());
            List<Integer> listed = new ArrayList<>();
            for (int k = i; k < quantities.size() && quantities.get(k).start() < end; k++) {
                if (quantities.get(k).kind() != Kind.YEAR && quantities.get(k).kind() != Kind.DATE) {
                    listed.add(k);
                }
            }
            if (stated.size() >= 2 && listed.size() == stated.size()) {
                for (int k = 0; k < listed.size(); k++) {
                    years.set(listed.get(k), stated.get(k));
                }
            }
        }
    }

    private static List<Integer> yearsOf(Quantity y) {
        List<Integer> out = new ArrayList<>();
        int high = y.high() == null ? (int) y.value() : (int) Math.round(y.high());
        for (int v = (int) y.value(); v <= high && out.size() < MAX_LISTED_YEARS; v++) {
            out.add(v);
        }
        return out;
    }

    private static final int MAX_LISTED_YEARS = 12;

    private static boolean joined(String s, int from, int to) {
        String between = s.substring(from, to).strip();
        return between.isEmpty() || "、和及与".contains(between) || spans(s, from, to);
    }

    private static boolean spans(String s, int from, int to) {
        String between = s.substring(from, to).strip();
        return between.length() == 1 && "至到-—~".contains(between);
    }

    /**
     * {@code 床位数从2020年的6.46张增加到2023年的7.23张;执业医师由2.90人提高到3.40人}: a change that
     * follows another in the same sentence without years of its own runs between the same years,
     * so its starting value takes the first.
     */
    private static void carryParallelChange(String sentence, List<Quantity> quantities, List<Integer> years) {
        Integer fromYear = null;
        Integer toYear = null;
        for (int i = 0; i + 1 < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            if (q.kind() == Kind.YEAR) {
                continue;
            }
            if (!isChangeStart(sentence, q)) {
                continue;
            }
            int to = i + 1;
            while (to < quantities.size() && quantities.get(to).kind() == Kind.YEAR) {
                to++;
            }
            if (to >= quantities.size() || quantities.get(to).kind() != q.kind()) {
                continue;
            }
            Integer a = years.get(i);
            Integer b = years.get(to);
            if (a != null && b != null && !a.equals(b)) {
                fromYear = a;
                toYear = b;
            } else if (fromYear != null && toEqual(a, toYear) && toEqual(b, toYear)) {
                years.set(i, fromYear);
            }
        }
    }

    private static boolean toEqual(Integer a, Integer b) {
        return a != null && a.equals(b);
    }

    /** 由2.90人提高到, 从6.46张增加到: the value a change starts from. */
    private static boolean isChangeStart(String sentence, Quantity q) {
        String lead = sentence.substring(Math.max(0, q.start() - 8), q.start());
        return FROM_BEFORE.matcher(lead).find() && CHANGE_AFTER.matcher(sentence).region(q.end(), sentence.length()).find();
    }

    private Integer bind(String sentence, Quantity q, List<Quantity> quantities, List<Anchor> anchors, List<Quantity> spans) {
        // The last anchor before the figure that dates it: looked for from the figure backwards,
        // so a sentence of many figures and years costs about one test per figure, not one per pair.
        int low = 0;
        int high = anchors.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (anchors.get(mid).start() < q.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low - 1; i >= 0; i--) {
            Anchor a = anchors.get(i);
            if (a.end() <= q.start() && binds(sentence, a, q, quantities)) {
                return spanBetween(a, q, spans) ? null : a.year();
            }
        }
        // 三年后…NeurIPS 2022: a span of time is anchored by the year the sentence goes on to name.
        if (q.kind() == Kind.DURATION) {
            for (Anchor a : anchors.subList(low, anchors.size())) {
                if (a.start() >= q.end() && !BASE_BEFORE.matcher(sentence.substring(Math.max(0, a.start() - 4), a.start())).find()) {
                    return a.year();
                }
            }
        }
        return null;
    }

    /**
     * 129学年将跌破70万人,而未来16学年,国小生平均年减3.2万人: a span of years named after the year
     * (未来16学年, 过去五年) is what the figures after it are about, not the year; not where it only
     * says how rare the year's figure is (近4年首度跌破2%, 增幅为近15年最优秀表现).
     */
    private static boolean spanBetween(Anchor a, Quantity q, List<Quantity> spans) {
        for (Quantity d : spans) {
            if (d.start() >= a.end() && d.end() <= q.start()) {
                return true;
            }
        }
        return false;
    }

    /** The spans of years of a sentence that figures after them are about (found once a sentence: mostly none). */
    private static List<Quantity> spansOfYears(String sentence, List<Quantity> quantities) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity d : quantities) {
            if (d.kind() == Kind.DURATION && d.unit() != null && d.unit().contains("年")
                    && SPAN_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 3), d.start())).find()
                    && !IN_SO_MANY_YEARS.matcher(sentence).region(d.end(), sentence.length()).lookingAt()) {
                out.add(d);
            }
        }
        return out;
    }

    private static final Pattern SPAN_BEFORE = Pattern.compile("(?:未来|过去|近|此后|之后|今后|往后)\\s*$");
    /** 2025年…也是近4年首度跌破2%, 近15年最优秀: the span only says how rare the year's figure is. */
    private static final Pattern IN_SO_MANY_YEARS = Pattern.compile("\\s*(?:来|以来)?\\s*(?:的)?(?:首|最|第一次|新高|新低)");

    /**
     * Whether anchor {@code a}, which stands before {@code q}, dates it. A year that is the base
     * of a comparison ({@code 比2021年增长19.4%}, {@code 是2020年底的3.2倍},
     * {@code 由2022年的78.2岁提高到79.0岁}) dates only the base value it names, the first figure
     * after it ({@code 78.2岁}, {@code 较2023年2月约100欧元的峰值}), and none after that.
     */
    private static boolean binds(String sentence, Anchor a, Quantity q, List<Quantity> quantities) {
        String lead = sentence.substring(Math.max(0, a.start() - 4), a.start());
        int clauseEnd = clauseEnd(sentence, a.end());
        boolean possessive = sentence.substring(a.end(), clauseEnd).indexOf('的') >= 0;
        boolean sameTimeOf = sentence.startsWith("同期", a.end());
        if (SINCE_RECORDS.matcher(sentence).region(a.end(), sentence.length()).lookingAt()) {
            return false;
        }
        // 与去年同期相比: the year between 与 and 相比 is what the figures are compared with
        boolean comparedWith = WITH_BEFORE.matcher(lead).find()
                && COMPARED_AFTER.matcher(sentence).region(a.end(), sentence.length()).lookingAt();
        boolean base = BASE_BEFORE.matcher(lead).find() || possessive && BASE_WITH_OF.matcher(lead).find()
                || sameTimeOf && possessive || comparedWith;
        if (!base) {
            return q.kind() != Kind.MULTIPLIER || !BASE_OF_MULTIPLE.matcher(sentence.substring(a.end(), q.start())).find();
        }
        // 恢复至2019年同期的约八成, 恢复至2019年的87%: a share or multiple of the base is not the base's own value.
        boolean recovered = RECOVERED_TO.matcher(lead).find();
        if (q.kind() == Kind.MULTIPLIER || q.kind() == Kind.FRACTION || recovered && q.kind() == Kind.PERCENT
                || q.start() >= clauseEnd
                || !firstAfter(q, a, quantities)) {
            return false;
        }
        boolean namesTheBase = q.end() < sentence.length() && sentence.charAt(q.end()) == '的'
                || CHANGE_AFTER.matcher(sentence).region(q.end(), sentence.length()).find();
        return namesTheBase || DATED_VALUE.matcher(sentence.substring(a.end(), q.start())).matches();
    }

    private static boolean firstAfter(Quantity q, Anchor a, List<Quantity> quantities) {
        for (Quantity other : quantities) {
            if (other.start() >= a.end() && other.kind() != Kind.YEAR && other.kind() != Kind.DATE) {
                return other == q;
            }
        }
        return false;
    }

    /** Where the clause ends, looking no further than a real clause reaches (as {@link OrgBinder#clause}). */
    private static int clauseEnd(String s, int from) {
        int i = from;
        int limit = Math.min(s.length(), from + OrgBinder.MAX_CLAUSE_REACH);
        while (i < limit && ",;:。!?".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private List<Anchor> anchors(String sentence, List<Quantity> quantities, Integer publishedYear) {
        List<Anchor> out = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.kind() == Kind.YEAR) {
                out.add(new Anchor(q.start(), q.end(), (int) q.value(), false));
            } else if (q.kind() == Kind.DATE && q.date() != null && !q.date().startsWith("--")) {
                out.add(new Anchor(q.start(), q.end(), Integer.parseInt(q.date().substring(0, 4)), false));
            }
        }
        Matcher m = NAMED_YEAR.matcher(sentence);
        while (m.find()) {
            int start = m.start(1) >= 0 ? m.start(1) : m.start(2);
            int end = m.end(1) >= 0 ? m.end(1) : m.end(2);
            if (out.stream().noneMatch(a -> a.start() < end && start < a.end())) {
                out.add(new Anchor(start, end, Integer.parseInt(sentence.substring(start, end)), false));
            }
        }
        Matcher r = RELATIVE.matcher(sentence);
        while (r.find()) {
            String w = r.group();
            boolean chained = w.equals("次年") || w.equals("翌年");
            Integer year = chained || publishedYear == null ? null : publishedYear + shift(w);
            out.add(new Anchor(r.start(), r.end(), year, chained));
        }
        out.sort(Comparator.comparingInt(Anchor::start));
        // 次年 counts from the year stated before it in the same sentence.
        for (int i = 0; i < out.size(); i++) {
            Anchor a = out.get(i);
            if (a.relativeToPrevious()) {
                Integer prev = i > 0 ? out.get(i - 1).year() : null;
                out.set(i, new Anchor(a.start(), a.end(), prev == null ? null : prev + 1, true));
            }
        }
        return out;
    }

    private static int shift(String word) {
        return YEAR_OFFSETS.getOrDefault(word, 0);
    }

    /** The relative year words and the years they count from the publish date (今年 0, 去年 -1 …). */
    static final Map<String, Integer> YEAR_OFFSETS = Map.of("今年", 0, "本年", 0, "去年", -1, "上一年", -1,
            "上年", -1, "前年", -2, "明年", 1, "后年", 2);
}
