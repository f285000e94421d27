package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.quantity.Kind;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which claims a query's year, organization and list words find, and in which order. */
class QueryMatchRulesTest {

    /** The mentions the query ranks first, from articles given as doc, claims, doc, claims... */
    private static List<String> ranked(String query, Object... docsAndClaims) throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            for (int i = 0; i < docsAndClaims.length; i += 2) {
                @SuppressWarnings("unchecked")
                List<Claim> claims = (List<Claim>) docsAndClaims[i + 1];
                idx.replaceArticle((String) docsAndClaims[i], "h" + i, claims);
            }
            try (ClaimSearcher s = idx.searcher()) {
                return s.search(ClaimQuery.of(query)).hits().stream().map(h -> h.claim().mention()).toList();
            }
        }
    }

    private static Claim claim(String doc, String sentence, String mention, Kind kind, double value, String unit,
                               Integer year, List<String> orgs) {
        return SeedClaims.claim(doc, 0, sentence, mention, kind, value, null, unit, year, orgs, null);
    }

    @Test
    void aYearWordFindsAFigureWithoutAYearInAnArticleAboutThatYear() throws IOException {
        String year = "去年全市港口接待邮轮旅客45万人次。";
        String noYear = "另外,全市港口全年货物吞吐量超过3.2亿吨,增长5%。";
        List<String> hits = ranked("货物吞吐量 2025",
                "port-a.txt", List.of(claim("port-a.txt", year, "45万人次", Kind.COUNT, 4.5e5, "人次", 2025, List.of()),
                        claim("port-a.txt", noYear, "3.2亿吨", Kind.MEASURE, 3.2e8, "吨", null, List.of())),
                "port-b.txt", List.of(claim("port-b.txt", "前年全市港口接待邮轮旅客38万人次。", "38万人次",
                                Kind.COUNT, 3.8e5, "人次", 2023, List.of()),
                        claim("port-b.txt", "全市港口全年货物吞吐量为2.9亿吨。", "2.9亿吨", Kind.MEASURE, 2.9e8, "吨",
                                null, List.of())));
        assertEquals("3.2亿吨", hits.get(0));
        assertEquals(false, hits.contains("2.9亿吨"));
    }

    @Test
    void ofASentenceNamingSeveralOrganizationsTheFigureBoundToTheQuerysComesFirst() throws IOException {
        String s = "华信银行和东港银行上半年净利润为38亿元和26亿元。";
        List<String> hits = ranked("东港银行 净利润", "banks.txt", List.of(
                claim("banks.txt", s, "38亿元", Kind.MONEY, 3.8e9, "元", null, List.of("华信银行")),
                claim("banks.txt", s, "26亿元", Kind.MONEY, 2.6e9, "元", null, List.of("东港银行"))));
        assertEquals("26亿元", hits.get(0));
    }

    @Test
    void aKindWordTheSentenceWritesSaysWhichFigureItAsksFor() throws IOException {
        String s = "该险企上半年保费收入91亿元,同比增速为6.5%。";
        List<String> hits = ranked("保费 增速", "insurer.txt", List.of(
                claim("insurer.txt", s, "91亿元", Kind.MONEY, 9.1e9, "元", null, List.of()),
                claim("insurer.txt", s, "6.5%", Kind.PERCENT, 6.5, "%", null, List.of())));
        assertEquals("6.5%", hits.get(0));
    }

    @Test
    void aWordOfTheFiguresOwnPartOfTheSentenceCountsMoreThanOneBeyondASemicolon() throws IOException {
        String s = "城镇居民参保人数约为3.2亿人;农村居民由于外出务工人员较多而情况有所不同,参保人数约为2.9亿人。";
        List<String> hits = ranked("农村居民 参保人数", "insured.txt", List.of(
                claim("insured.txt", s, "3.2亿人", Kind.COUNT, 3.2e8, "人", null, List.of()),
                claim("insured.txt", s, "2.9亿人", Kind.COUNT, 2.9e8, "人", null, List.of())));
        assertEquals("2.9亿人", hits.get(0));
    }

    @Test
    void theItemOfAListAsksForTheFigureWrittenForItAfterFenbie() throws IOException {
        String s = "今年前三季度,甲市和乙市的工业增加值分别增长5.2%和7.8%。";
        List<String> hits = ranked("乙市 工业增加值", "cities.txt", List.of(
                claim("cities.txt", s, "5.2%", Kind.PERCENT, 5.2, "%", null, List.of()),
                claim("cities.txt", s, "7.8%", Kind.PERCENT, 7.8, "%", null, List.of())));
        assertEquals("7.8%", hits.get(0));
    }

    @Test
    void aListInTheSentenceContinuedPairsWithTheFiguresAfterFenbie() {
        String lead = "住户存款、企业存款和财政存款余额的增速都有所回落。";
        String s = "月末分别为9.1%、6.3%和2.4%。";
        int word = lead.indexOf("企业存款");
        int figure = s.indexOf("6.3%");
        assertEquals(1, Respectively.pairs(lead, word, word + 4, true, s, figure, figure + 4));
        int other = s.indexOf("9.1%");
        assertEquals(-1, Respectively.pairs(lead, word, word + 4, true, s, other, other + 4));
        // A word alone in its clause before 分别 is no item of a list.
        String alone = "两地同比增速分别为3.1%和4.2%。";
        int tongbi = alone.indexOf("同比");
        int first = alone.indexOf("3.1%");
        assertEquals(0, Respectively.pairs(alone, tongbi, tongbi + 2, false, alone, first, first + 4));
    }

    @Test
    void aFigureOpeningALongerQueryWordNamesWhatIsCountedAndIsNotTheAnswer() throws IOException {
        String s = "今年报名的考生中有3.1万人选择三门全考,比去年多两千人。";
        List<String> hits = ranked("三门全考 人数", "exam.txt", List.of(
                claim("exam.txt", s, "3.1万人", Kind.COUNT, 3.1e4, "人", null, List.of()),
                claim("exam.txt", s, "三门", Kind.COUNT, 3, "门", null, List.of())));
        assertEquals("3.1万人", hits.get(0));
    }

    @Test
    void theLevelAChangeLeftRanksBelowTheLevelItReached() throws IOException {
        String s = "自明年1月起,全市最低小时工资标准由22元调整至24元。";
        List<String> hits = ranked("最低小时工资标准", "wage.txt", List.of(
                claim("wage.txt", s, "22元", Kind.MONEY, 22, "元", null, List.of()),
                claim("wage.txt", s, "24元", Kind.MONEY, 24, "元", null, List.of())));
        assertEquals("24元", hits.get(0));
        Claim from = claim("wage.txt", s, "22元", Kind.MONEY, 22, "元", null, List.of());
        assertEquals(true, ClaimSearcher.left(from));
        assertEquals(false, ClaimSearcher.left(claim("wage.txt", s, "24元", Kind.MONEY, 24, "元", null, List.of())));
    }

    @Test
    void aSpanOfTheCalendarTheQueryDoesNotAskForDatesTheFigureAndIsNotIt() throws IOException {
        String s = "东湖大学三年获批省级课题的数量均在120项以上。";
        List<String> hits = ranked("东湖大学 省级课题", "grants.txt", List.of(
                claim("grants.txt", s, "三年", Kind.DURATION, 3, "年", null, List.of()),
                claim("grants.txt", s, "120项", Kind.COUNT, 120, "项", null, List.of())));
        assertEquals("120项", hits.get(0));
    }

    @Test
    void aFigureBoundingTheClassAfterItIsNoAnswer() throws IOException {
        String s = "本市年收入50万元以上的家庭有1.2万户。";
        List<String> hits = ranked("年收入 家庭", "homes.txt", List.of(
                claim("homes.txt", s, "50万元", Kind.MONEY, 5e5, "元", null, List.of()),
                claim("homes.txt", s, "1.2万户", Kind.COUNT, 1.2e4, "户", null, List.of())));
        assertEquals("1.2万户", hits.get(0));
    }

    @Test
    void aMonthTheQueryNamesPassesOverTheFigureWrittenAfterAnotherMonth() throws IOException {
        String s = "该厂10月份营收3674亿元;11月份受汇率影响,营收降至3436亿元。";
        List<String> hits = ranked("11月营收", "fab.txt", List.of(
                claim("fab.txt", s, "3674亿元", Kind.MONEY, 3.674e11, "TWD", null, List.of()),
                claim("fab.txt", s, "3436亿元", Kind.MONEY, 3.436e11, "TWD", null, List.of())));
        assertEquals("3436亿元", hits.get(0));
    }

    @Test
    void aMonthComparedWithDoesNotDateTheFigure() throws IOException {
        String s = "4月份日均产煤982万吨,比3月份增加15万吨。";
        List<String> hits = ranked("4月份 增加", "coal.txt", List.of(
                claim("coal.txt", s, "982万吨", Kind.MEASURE, 9.82e6, "吨", null, List.of()),
                claim("coal.txt", s, "15万吨", Kind.MEASURE, 1.5e5, "吨", null, List.of())));
        assertEquals("15万吨", hits.get(0));
    }

    @Test
    void anAmountPerShareAnswersNoQueryThatAsksForNoUnit() throws IOException {
        String s = "该行每股盈利1.25元,全年的盈利达120亿元。";
        List<String> hits = ranked("盈利", "bank.txt", List.of(
                claim("bank.txt", s, "120亿元", Kind.MONEY, 1.2e10, "HKD", null, List.of()),
                claim("bank.txt", s, "1.25元", Kind.MONEY, 1.25, "HKD/股", null, List.of())));
        assertEquals("120亿元", hits.get(0));
        assertEquals("1.25元", ranked("每股盈利", "bank.txt", List.of(
                claim("bank.txt", s, "120亿元", Kind.MONEY, 1.2e10, "HKD", null, List.of()),
                claim("bank.txt", s, "1.25元", Kind.MONEY, 1.25, "HKD/股", null, List.of()))).get(0));
    }
}
