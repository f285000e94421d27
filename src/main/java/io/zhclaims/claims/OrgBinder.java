package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the organizations a figure is about or attributed to (FORMAT.md), not every name in
 * the sentence:
 * <ul>
 * <li>the speakers of an attribution before it ({@code 据X}, {@code X表示}, {@code X数据显示},
 * a headline's {@code X:}, {@code X…分析发现,});</li>
 * <li>the organizations of its own clause; a clause that names none continues the ones named
 * before it in the same {@code ;}-statement;</li>
 * <li>with {@code 分列/分别/依次}, the organization listed in the same place as the figure;</li>
 * <li>in a list of parallel items ({@code 甲银行不良率1.2%、乙银行1.5%}), the organization of the
 * figure's own item;</li>
 * <li>in a score ({@code 甲队3比1乙队}, {@code 甲队以2:0战胜乙队}), the two sides of that match.</li>
 * </ul>
 * Year and date mentions take every organization of the sentence, as the gold does.
 */
final class OrgBinder {
    private static final Pattern SAID_AFTER = Pattern.compile(
            "^\\s*(?::|(?:的)?(?:[^,;:。]{0,12}?)(?:表示|称|指出|显示|发布|公布|预计|预测|预期|介绍|透露|认为|统计|报告|报道|估计|宣布|测算|数据|调查|研究|分析))");
    /** Classifiers that count bodies (5家银行, 4所大学). */
    private static final Set<String> BODY_CLASSIFIERS = Set.of("家", "所");
    private static final String LIST_JOINERS = "、和及与";
    /** 上述5家城商行, 其余4家: the bodies already named, not a kind. */
    private static final Pattern ANAPHORIC = Pattern.compile("(?:上述|以上|其余|这|该|前述)$");
    /** The kind of body such a count counts, a few words on (6家城商行, 89家企业), not stores or clients. */
    private static final Pattern KIND_OF_BODY = Pattern.compile(
            "[^,;:。、]{0,8}?(?:银行|企业|公司|机构|房企|券商|基金|城商行|农商行|金控|医院|大学|高校|院校|私校)");
    private static final Pattern RESPECTIVELY = Pattern.compile("分列|分别|依次|依序");
    /** The longest lead-in clause (具体来看, 财报显示, 据了解) before a sentence's subject. */
    private static final int LEAD_IN = 8;
    /** X下属的智库…进行了分析发现, …: a reporting verb that closes the org's clause introduces what it said. */
    private static final Pattern SAID_AT_CLAUSE_END = Pattern.compile(
            "^[^,;:。]*?(?:表示|称|指出|显示|发现|认为|预计|预测|强调|介绍|透露|宣布|统计|报告)\\s*[,:]");
    private static final Pattern SAID_BEFORE = Pattern.compile("(?:据|根据|依据|来自|援引|从)\\s*$");
    /** The mark between the two sides of a score: 3比1, 2:0, 101-97. */
    private static final Pattern SCORE_MARK = Pattern.compile("\\s*(?:比|:|∶|-|–|—)\\s*");
    /** Leagues and federations: the competition, not a side of a score (中超联赛, 中超, 篮协). */
    private static final Pattern LEAGUE = Pattern.compile("(?:联赛|联盟|协会|联合会|[足篮排乒羽网]协|[足篮排乒羽网]联|[中英德法意西日韩]超|[中英]甲)$|^[A-Z]{2,5}$");
    /**
     * A sports league named beside a figure is its scope, not its actor (中职史上第16人, 中超联赛
     * 第10轮, 打破131天中超进球荒, 台湾职业篮球大联盟): it binds only when it is the source (据中超公司统计).
     */
    private static final Pattern SPORTS_LEAGUE = Pattern.compile(
            "(?:联赛|职棒|职篮|[中英德法意西日韩]超|[中英]甲|中职|(?:篮球|棒球|足球|排球|冰球|橄榄球)大?联盟)$|^(?:NBA|CBA|WNBA|WCBA|MLB|NPB|KBO|NFL|NHL|PLG|SBL|TPBL|T1|UBA)$");

    /** Result of binding one figure. */
    record Binding(List<String> orgs, String source) {
    }

    List<Binding> bindAll(String sentence, List<Quantity> quantities, List<Span> named) {
        // 疾病预防控制中心1999所, 卫生监督所1728所: a name counted right after it in bodies is a kind of
        // body; not the last of a list of names that the count sums up (甲公司、乙公司3家)
        List<Span> orgs = named.stream().filter(o -> o.start() > 0 && LIST_JOINERS.indexOf(sentence.charAt(o.start() - 1)) >= 0
                || quantities.stream().noneMatch(q -> q.start() == o.end()
                && q.kind() == Kind.COUNT && q.unit() != null && BODY_CLASSIFIERS.contains(q.unit()))).toList();
        List<Span> speakers = new ArrayList<>();
        for (Span o : orgs) {
            String before = sentence.substring(Math.max(0, o.start() - 3), o.start());
            String after = sentence.substring(o.end(), Math.min(sentence.length(), o.end() + 16));
            String rest = sentence.substring(o.end());
            if (SAID_BEFORE.matcher(before).find() || SAID_AFTER.matcher(after).find()
                    || SAID_AT_CLAUSE_END.matcher(rest).find()) {
                speakers.add(o);
            }
        }
        Map<Quantity, Span> respective = respective(sentence, quantities, orgs);
        Map<Quantity, List<Span>> matches = scores(sentence, quantities, orgs);
        Set<Quantity> leadIns = new HashSet<>();
        items(sentence, quantities, orgs, respective, leadIns);
        List<Binding> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            if (q.kind() == Kind.YEAR || q.kind() == Kind.DATE) {
                out.add(new Binding(distinct(orgs), source(speakers, q)));
                continue;
            }
            Set<String> bound = new LinkedHashSet<>();
            for (Span s : speakers) {
                if (s.end() <= q.start()) {
                    bound.add(s.text());
                }
            }
            Span own = respective.get(q);
            if (matches.containsKey(q)) {
                matches.get(q).forEach(o -> bound.add(o.text()));
            } else if (own != null) {
                bound.add(own.text());
            } else if (!leadIns.contains(q)) {
                int[] clause = clause(sentence, q);
                int statement = statementStart(sentence, q.start());
                // A clause that names its own organization is about it; one that names none
                // continues the organization named before it (以DeepSeek为例,其…提升37%).
                boolean clauseNamesOne = orgs.stream().anyMatch(o -> o.start() >= clause[0] && o.end() <= clause[1]);
                // The nearest earlier clause that names one is continued, and the statement's opening
                // subject: 小米升逾12%,美团升逾3%,腾讯一度升逾4%,但午后倒跌,收市跌逾1% is about 腾讯
                // alone; 行政院编列总预算案,函请立法院审议,其中岁入3兆元 is still about 行政院.
                // 已公布数据的6家银行中: a count of bodies counts a kind, not the one named a clause before
                boolean bodies = q.kind() == Kind.COUNT && q.unit() != null && BODY_CLASSIFIERS.contains(q.unit())
                        && KIND_OF_BODY.matcher(sentence).region(q.end(), sentence.length()).lookingAt()
                        && !ANAPHORIC.matcher(sentence.substring(Math.max(0, q.start() - 2), q.start())).find();
                int continued = clauseNamesOne || bodies ? -1 : nearestNamingClause(sentence, orgs, respective, statement, clause[0]);
                Span opening = continued < 0 ? null : opener(sentence, orgs, statement);
                boolean statementNamesOne = false;
                int beaten = continued < 0 ? -1 : beatenFrom(sentence, orgs, statement, continued, clause[0]);
                // 新竹队力退台中队收5连胜: in the figure's own clause too, the side beaten before it is not its subject
                int beatenHere = beatenFrom(sentence, orgs, statement, clause[0], q.start());
                for (Span o : orgs) {
                    boolean before = continued >= 0 && (o.start() >= continued || o == opening) && o.end() <= clause[0]
                            && !paired(respective, o) && !(beaten >= 0 && o.start() >= beaten) && !setAside(sentence, o);
                    boolean inClause = o.start() >= clause[0] && o.end() <= clause[1]
                            && !(beatenHere >= 0 && o.start() >= beatenHere && o.end() <= q.start());
                    statementNamesOne |= o.start() >= statement && o.start() < clause[1];
                    if ((before || inClause) && !scopeOnly(o)) {
                        bound.add(o.text());
                    }
                }
                // 财政部初步框列岁入…;岁出部分为…: a later statement that names nobody goes on about
                // the organization the sentence opens with.
                if (bound.isEmpty() && !statementNamesOne && statement > 0 && !bodies) {
                    Span subject = subject(sentence, orgs, quantities);
                    if (subject != null && !paired(respective, subject) && !scopeOnly(subject)) {
                        bound.add(subject.text());
                    }
                }
            }
            out.add(new Binding(List.copyOf(bound), source(speakers, q)));
        }
        return out;
    }

    /**
     * 国轩高科、中创新航分列第三、第四: orgs listed before 分列/分别/依次 and as many figures after
     * it pair up in order; the figures belong to one org each, and the orgs to no later figure.
     */
    private static Map<Quantity, Span> respective(String sentence, List<Quantity> quantities, List<Span> orgs) {
        Map<Quantity, Span> pairs = new IdentityHashMap<>();
        Matcher m = RESPECTIVELY.matcher(sentence);
        while (m.find()) {
            List<Span> listed = listedBefore(orgs, statementStart(sentence, m.start()), clauseStart(sentence, m.start()), m.start());
            if (listed.isEmpty()) {
                // 苹果、小米和OPPO分列第三至第五位,份额分别为15.0%、14.2%和11.3%: the list stands in the clause before
                int clause = clauseStart(sentence, m.start());
                int previous = clause > 0 ? clauseStart(sentence, clause - 1) : 0;
                List<Span> before = listedBefore(orgs, statementStart(sentence, m.start()), previous, clause);
                listed = before.size() >= 2 ? before : listed;
            }
            int clauseEnd = clauseEnd(sentence, m.end());
            List<Quantity> figures = new ArrayList<>();
            for (Quantity q : quantities) {
                if (q.start() >= m.end() && q.end() <= clauseEnd && q.kind() != Kind.YEAR && q.kind() != Kind.DATE) {
                    figures.add(q);
                }
            }
            if (listed.size() >= 2 && listed.size() == figures.size()) {
                for (int i = 0; i < figures.size(); i++) {
                    pairs.put(figures.get(i), listed.get(i));
                }
            }
        }
        coordinated(sentence, quantities, orgs, pairs);
        return pairs;
    }

    /**
     * 华安财险和英达财险以93.4亿元和91.6亿元的保费收入排名第三和第四: without 分别, figures of one
     * kind joined by 和 or 、 pair in order with as many organizations joined so before them in
     * the clause.
     */
    private static void coordinated(String sentence, List<Quantity> quantities, List<Span> orgs, Map<Quantity, Span> pairs) {
        for (int i = 0; i < quantities.size(); ) {
            int j = i;
            while (j + 1 < quantities.size() && quantities.get(j + 1).kind() == quantities.get(i).kind()
                    && JOINED.matcher(sentence.substring(quantities.get(j).end(), quantities.get(j + 1).start())).matches()) {
                j++;
            }
            Quantity first = quantities.get(i);
            if (j > i && first.kind() != Kind.YEAR && first.kind() != Kind.DATE && !pairs.containsKey(first)) {
                int clause = clauseStart(sentence, first.start());
                List<Span> listed = listedBefore(orgs, statementStart(sentence, first.start()), clause, first.start());
                if (listed.size() == j - i + 1 && joinedNames(sentence, listed)) {
                    for (int k = i; k <= j; k++) {
                        pairs.put(quantities.get(k), listed.get(k - i));
                    }
                }
            }
            i = j + 1;
        }
    }

    private static boolean joinedNames(String sentence, List<Span> names) {
        for (int k = 0; k + 1 < names.size(); k++) {
            if (!JOINED.matcher(sentence.substring(names.get(k).end(), names.get(k + 1).start())).matches()) {
                return false;
            }
        }
        return true;
    }

    /** What joins the items of a list: 和, 与, 及, 、. */
    private static final Pattern JOINED = Pattern.compile("\\s*(?:和|与|及|以及|、)\\s*");

    /**
     * A score is about its match, so both of its figures bind the two sides of that match
     * (the gold's reading: real-a rule 4, real-e rule 22), and no other team of the sentence:
     * {@code 甲队3比1乙队}, {@code 甲队以2:0战胜乙队}, {@code 甲队与乙队战成1比1}; with several
     * scores and as many opponents after them ({@code 甲队先后以2-1和3-1击败乙队和丙队}), each score
     * its own opponent. When the clause does not say which two sides played, a score binds
     * every team of its sentence. A league (中超联赛) is no side.
     */
    private static Map<Quantity, List<Span>> scores(String sentence, List<Quantity> quantities, List<Span> orgs) {
        Map<Quantity, List<Span>> out = new IdentityHashMap<>();
        List<Quantity[]> scores = new ArrayList<>();
        for (int i = 0; i + 1 < quantities.size(); i++) {
            Quantity first = quantities.get(i);
            Quantity second = quantities.get(i + 1);
            if (first.kind() == Kind.NUMBER && second.kind() == Kind.NUMBER
                    && SCORE_MARK.matcher(sentence.substring(first.end(), second.start())).matches()) {
                scores.add(new Quantity[]{first, second});
                i++;
            }
        }
        List<Span> teams = orgs.stream().filter(o -> !LEAGUE.matcher(o.text()).find()).toList();
        int k = 0;
        while (k < scores.size()) {
            // 6:4: the colon of a score ends no clause, so the clause runs from the first figure's start to the second's end
            int[] clause = {clause(sentence, scores.get(k)[0])[0], clause(sentence, scores.get(k)[1])[1]};
            int last = k;
            while (last + 1 < scores.size() && scores.get(last + 1)[0].start() < clause[1]) {
                last++;
            }
            int from = scores.get(k)[0].start();
            List<Span> before = new ArrayList<>();
            List<Span> after = new ArrayList<>();
            // 甲队先后以0-0逼平乙队后又1-3不敌丙队: the opponents may stand between the scores.
            for (Span o : teams) {
                if (o.start() >= clause[0] && o.end() <= from) {
                    before.add(o);
                } else if (o.start() >= from && o.end() <= clause[1] && !insideScore(scores, o)) {
                    after.add(o);
                }
            }
            // 山东队…,在102比95战胜浙江队: a clause that opens on the score plays on with the team
            // that the statement is about, named in a clause before
            if (before.isEmpty() && !after.isEmpty()) {
                int statement = statementStart(sentence, from);
                teams.stream().filter(o -> o.start() >= statement && o.end() <= clause[0]).reduce((a, b) -> b)
                        .ifPresent(before::add);
            }
            int count = last - k + 1;
            for (int j = k; j <= last; j++) {
                List<Span> sides;
                if (!before.isEmpty() && after.size() == count) {
                    sides = List.of(before.get(before.size() - 1), after.get(j - k));
                } else if (!before.isEmpty() && !after.isEmpty() && count == 1) {
                    sides = List.of(before.get(before.size() - 1), after.get(0));
                } else if (after.isEmpty() && before.size() >= 2) {
                    sides = before.subList(before.size() - 2, before.size());
                } else {
                    // 甲队…;乙队担任主队,…丙队以10:0拿下;丁队…: of a round of games told one per
                    // statement, a score's sides are the two teams of its own statement
                    int statement = statementStart(sentence, from);
                    int statementEnd = statementEnd(sentence, scores.get(j)[1].end());
                    List<Span> ownStatement = teams.stream().filter(o -> o.start() >= statement && o.end() <= statementEnd).toList();
                    sides = ownStatement.stream().map(Span::text).distinct().count() == 2 ? ownStatement : teams;
                }
                out.put(scores.get(j)[0], sides);
                out.put(scores.get(j)[1], sides);
            }
            k = last + 1;
        }
        return out;
    }

    private static boolean insideScore(List<Quantity[]> scores, Span o) {
        return scores.stream().anyMatch(p -> o.start() < p[1].end() && o.end() > p[0].start());
    }

    /**
     * 甲银行不良率1.2%、乙银行1.5%, 甲公司(18%)、乙公司(11%): a clause of parallel items split by
     * {@code 、} (or by 及/和/与 or a blank between a figure and a name), two or more of them naming an organization and
     * a figure each; a figure whose own item names one binds only that one (the last before it). An
     * item that names none goes on about the item before it (甲银行营收5亿元、年增3%、乙银行…); one
     * before any named item, the list's lead-in (买超前3名为某ETF 3万张、甲2万张及乙1万张), binds
     * none of them. A list of names with one figure after it (苹果、小米和OPPO分列第三至第五位) is no
     * such list.
     */
    private static void items(String sentence, List<Quantity> quantities, List<Span> orgs, Map<Quantity, Span> pairs,
                              Set<Quantity> leadIns) {
        for (Quantity q : quantities) {
            if (pairs.containsKey(q) || q.kind() == Kind.YEAR || q.kind() == Kind.DATE) {
                continue;
            }
            int[] clause = clause(sentence, q);
            List<int[]> items = new ArrayList<>();
            int itemStart = clause[0];
            for (int i = clause[0]; i <= clause[1]; i++) {
                if (i == clause[1] || itemBreak(sentence, i, orgs, quantities)) {
                    items.add(new int[]{itemStart, i});
                    itemStart = i + 1;
                }
            }
            if (items.size() < 2) {
                continue;
            }
            int itemsWithOrgs = 0;
            int[] mine = null;
            for (int[] item : items) {
                if (orgs.stream().anyMatch(o -> o.start() >= item[0] && o.end() <= item[1])
                        && quantities.stream().anyMatch(x -> x.start() >= item[0] && x.end() <= item[1]
                        && x.kind() != Kind.YEAR && x.kind() != Kind.DATE)) {
                    itemsWithOrgs++;
                }
                if (item[0] <= q.start() && q.end() <= item[1]) {
                    mine = item;
                }
            }
            if (itemsWithOrgs < 2 || mine == null) {
                continue;
            }
            int[] item = mine;
            boolean namedAfter = orgs.stream().anyMatch(o -> o.start() >= q.end() && o.end() <= item[1]);
            Span own = null;
            for (Span o : orgs) {
                if (o.start() >= clause[0] && o.end() <= q.start() && (o.start() >= item[0] || !namedAfter)) {
                    own = o;
                }
            }
            if (own != null) {
                pairs.put(q, own);
            } else if (!namedAfter) {
                leadIns.add(q);
            }
        }
    }

    /**
     * Where one parallel item ends: a {@code 、}, or 及/和/与 or a blank between a figure and a named
     * organization (甲2万张及乙1万张, 甲增16% 乙增20%; not 击败了甲和乙, which joins two names).
     */
    private static boolean itemBreak(String sentence, int i, List<Span> orgs, List<Quantity> quantities) {
        char c = sentence.charAt(i);
        return c == '、' || (LIST_JOINERS.indexOf(c) >= 0 || c == ' ') && orgs.stream().anyMatch(o -> o.start() == i + 1)
                && quantities.stream().anyMatch(x -> x.end() == i);
    }

    /**
     * The organization a sentence opens with, as the subject of its first clause (台积电第三季营收…),
     * when that clause names no other and no figure stands before it; null otherwise.
     */
    private static Span subject(String sentence, List<Span> orgs, List<Quantity> quantities) {
        int first = 0;
        while (first < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(first))) {
            first++;
        }
        // 具体来看,财报显示,甲银行…: lead-in clauses that name nobody and hold no figure come before the subject
        int end = clauseEnd(sentence, first);
        while (end < sentence.length() && sentence.charAt(end) == ',' && leadIn(sentence, first, end, orgs, quantities)) {
            first = end + 1;
            end = clauseEnd(sentence, first);
        }
        Span subject = null;
        for (Span o : orgs) {
            if (o.start() < end) {
                if (subject != null || o.start() != first) {
                    return null;
                }
                subject = o;
            }
        }
        if (subject == null) {
            return null;
        }
        int at = subject.start();
        return quantities.stream().anyMatch(x -> x.start() < at) ? null : subject;
    }

    private static boolean leadIn(String sentence, int from, int to, List<Span> orgs, List<Quantity> quantities) {
        return to - from <= LEAD_IN && orgs.stream().noneMatch(o -> o.start() < to) && quantities.stream().noneMatch(q -> q.start() < to);
    }

    /** Start of the last clause between {@code statement} and {@code before} that names an unpaired org, or -1. */
    private static int nearestNamingClause(String sentence, List<Span> orgs, Map<Quantity, Span> respective, int statement, int before) {
        int nearest = -1;
        for (Span o : orgs) {
            if (o.start() >= statement && o.end() <= before && !paired(respective, o) && !scopeOnly(o) && !setAside(sentence, o)) {
                nearest = Math.max(nearest, clauseStart(sentence, o.start()));
            }
        }
        return nearest;
    }

    /**
     * 泰山队先后击败长春亚泰和深圳新鹏城,取得二连胜; 甲金控董事长说明并购乙人寿的原因,今年获利…: the
     * teams a side beat and the companies one buys are no subject of the clauses after; where such a
     * verb in the continued clause follows a name said earlier in the statement, the position after it.
     */
    private static int beatenFrom(String sentence, List<Span> orgs, int statement, int clauseStart, int before) {
        Matcher m = DEFEATED.matcher(sentence).region(clauseStart, before);
        while (m.find()) {
            int at = m.start();
            // a buyer may be named clauses before (its chairman explains the purchase); a winner in the clause
            int from = m.group(1) != null ? statement : clauseStart;
            if (orgs.stream().anyMatch(o -> o.start() >= from && o.end() <= at)) {
                return m.end();
            }
        }
        return -1;
    }

    /**
     * 撇除出售乙银行股权之收益,溢利上升11%: a company named as what a clause leaves out or what is sold
     * or bought in it is no subject of the clauses after, which go on about the one reporting.
     */
    private static boolean setAside(String sentence, Span o) {
        return SET_ASIDE.matcher(sentence).region(clauseStart(sentence, o.start()), o.start()).find();
    }

    private static final Pattern SET_ASIDE = Pattern.compile(
            "(?:撇除|扣除|剔除|不计入?|不包括|除去|排除|不含|出售|售出|收购|并购|购并|买下|入股)[^,;:。]*$");

    private static final Pattern DEFEATED = Pattern.compile(
            "击败|战胜|击退|力退|淘汰|横扫|力克|逼平|战平|不敌|负于|输给|大胜|完胜|险胜|(并购|收购|购并|入主|买下)");

    /** The org a statement opens with as the sole org of its first clause (its subject), or null. */
    private static Span opener(String sentence, List<Span> orgs, int statement) {
        int first = statement;
        while (first < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(first))) {
            first++;
        }
        int end = clauseEnd(sentence, first);
        Span opening = null;
        for (Span o : orgs) {
            if (o.start() >= first && o.start() < end) {
                if (opening != null || o.start() != first) {
                    return null;
                }
                opening = o;
            }
        }
        return opening == null || scopeOnly(opening) ? null : opening;
    }

    private static boolean scopeOnly(Span o) {
        return SPORTS_LEAGUE.matcher(o.text()).find();
    }

    private static List<Span> listedBefore(List<Span> orgs, int statement, int from, int to) {
        List<Span> listed = new ArrayList<>();
        for (Span o : orgs) {
            if (o.end() <= to && o.start() >= statement && o.start() >= from) {
                listed.add(o);
            }
        }
        return listed;
    }

    private static boolean paired(Map<Quantity, Span> respective, Span o) {
        return respective.containsValue(o);
    }

    /** A statement ends at {@code ;}: orgs named in an earlier one are not what a figure is about. */
    private static int statementStart(String s, int at) {
        int i = at;
        while (i > 0 && s.charAt(i - 1) != ';') {
            i--;
        }
        return i;
    }

    private static int statementEnd(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) != ';') {
            i++;
        }
        return i;
    }

    private static int clauseStart(String s, int at) {
        int i = at;
        while (i > 0 && !isClauseBreak(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String s, int at) {
        int i = at;
        while (i < s.length() && !isClauseBreak(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String source(List<Span> speakers, Quantity q) {
        for (Span s : speakers) {
            if (s.end() <= q.start()) {
                return s.text();
            }
        }
        return null;
    }

    private static List<String> distinct(List<Span> spans) {
        Set<String> names = new LinkedHashSet<>();
        spans.forEach(s -> names.add(s.text()));
        return List.copyOf(names);
    }

    /**
     * How far a clause reaches on either side of its figure. Real clauses are far shorter (the
     * gold's longest: 53 characters); the bound keeps a run of figures without a comma linear.
     */
    static final int MAX_CLAUSE_REACH = 64;

    /** The comma-delimited clause around a figure. */
    static int[] clause(String s, Quantity q) {
        int from = q.start();
        int floor = Math.max(0, q.start() - MAX_CLAUSE_REACH);
        while (from > floor && !isClauseBreak(s, from - 1)) {
            from--;
        }
        int to = q.end();
        int ceiling = Math.min(s.length(), q.end() + MAX_CLAUSE_REACH);
        while (to < ceiling && !isClauseBreak(s, to)) {
            to++;
        }
        return new int[]{from, to};
    }

    static boolean isClauseBreak(char c) {
        return c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?';
    }

    /**
     * A blank between two Chinese characters separates the parts of a headline; a blank after a
     * footnote mark or around a bullet's dash ({@code 增幅最大 [4] - 营收规模}) the items of a list
     * run into one line.
     */
    static boolean isClauseBreak(String s, int i) {
        char c = s.charAt(i);
        if (isClauseBreak(c)) {
            return true;
        }
        if (c != ' ' || i == 0 || i + 1 >= s.length()) {
            return false;
        }
        char before = s.charAt(i - 1);
        char after = s.charAt(i + 1);
        boolean bullet = after == '-' && i + 2 < s.length() && s.charAt(i + 2) == ' ' || before == '-' && i >= 2 && s.charAt(i - 2) == ' ';
        return before == ']' || bullet || Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(after) == Character.UnicodeScript.HAN;
    }
}
