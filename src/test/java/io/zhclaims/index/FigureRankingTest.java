package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.quantity.Kind;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which figure of a sentence a query asks for: the reordering of the best hits. */
class FigureRankingTest {

    private static Claim claim(String sentence, String mention, Kind kind, double value, String unit,
                               Integer year, String trend) {
        Claim c = SeedClaims.claim("own.txt", 40, sentence, mention, kind, value, null, unit, year, List.of(), null);
        return new Claim(c.id(), c.doc(), c.url(), c.title(), c.published(), c.sentence(), c.original(),
                c.offset(), c.start(), c.end(), c.mention(), c.kind(), c.value(), c.high(), c.date(), c.unit(),
                c.qualifier(), c.year(), c.orgs(), c.places(), c.persons(), c.subject(), c.source(), trend);
    }

    private static Claim trend(Claim c, String trend) {
        return new Claim(c.id(), c.doc(), c.url(), c.title(), c.published(), c.sentence(), c.original(),
                c.offset(), c.start(), c.end(), c.mention(), c.kind(), c.value(), c.high(), c.date(), c.unit(),
                c.qualifier(), c.year(), c.orgs(), c.places(), c.persons(), c.subject(), c.source(), trend);
    }

    private static String first(String query, Claim... claims) throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            idx.replaceArticle("own.txt", "h", List.of(claims));
            try (ClaimSearcher s = idx.searcher()) {
                return s.search(ClaimQuery.of(query)).hits().get(0).claim().mention();
            }
        }
    }

    private static List<String> ranked(String query, Claim... claims) throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            idx.replaceArticle("own.txt", "h", List.of(claims));
            try (ClaimSearcher s = idx.searcher()) {
                return s.search(ClaimQuery.of(query)).hits().stream().map(h -> h.claim().mention()).toList();
            }
        }
    }

    @Test
    void aMonthInTheQueryDatesTheFigureAndIsNotItself() throws IOException {
        String s = "3月份全省出口额为812亿元,同比增长6.5%。";
        assertEquals("812亿元", first("3月份 出口额",
                claim(s, "3月份", Kind.DATE, 3, null, null, null),
                claim(s, "812亿元", Kind.MONEY, 8.12e10, "元", null, null),
                claim(s, "6.5%", Kind.PERCENT, 6.5, "%", null, "increase")));
    }

    @Test
    void aFigureOfAnotherYearThanTheQuerysRanksBelow() throws IOException {
        String s = "全市常住人口2019年为512万人,2024年为546万人。";
        assertEquals("546万人", first("常住人口 2024年",
                claim(s, "512万人", Kind.COUNT, 5.12e6, "人", 2019, null),
                claim(s, "546万人", Kind.COUNT, 5.46e6, "人", 2024, null)));
    }

    @Test
    void aFigureTheQueryWritesAsAThresholdIsNotTheAnswer() throws IOException {
        String s = "年营业收入2000万元以上的工业企业有1260家,比上年增加85家。";
        assertEquals("1260家", first("2000万元以上 工业企业",
                claim(s, "2000万元", Kind.MONEY, 2e7, "元", null, null),
                claim(s, "1260家", Kind.COUNT, 1260, "家", null, null),
                claim(s, "85家", Kind.COUNT, 85, "家", null, "increase")));
    }

    @Test
    void theLevelAChangeReachedIsALevel() throws IOException {
        String s = "公司上半年净利润增长12.5%至38.6亿元。";
        assertEquals("38.6亿元", first("上半年 净利润",
                claim(s, "12.5%", Kind.PERCENT, 12.5, "%", null, "increase"),
                claim(s, "38.6亿元", Kind.MONEY, 3.86e9, "元", null, "increase")));
    }

    @Test
    void aWordBeyondASemicolonDescribesAnotherFigure() throws IOException {
        String s = "每千人口医疗卫生机构床位数从6.46张增加到7.23张;每千人口执业医师由2.90人提高到3.40人。";
        String top = first("每千人口 医疗卫生机构床位",
                claim(s, "6.46张", Kind.MEASURE, 6.46, "张", null, null),
                claim(s, "7.23张", Kind.MEASURE, 7.23, "张", null, "increase"),
                claim(s, "2.90人", Kind.MEASURE, 2.90, "人", null, null),
                claim(s, "3.40人", Kind.MEASURE, 3.40, "人", null, "increase"));
        assertTrue(Set.of("6.46张", "7.23张").contains(top), top);
    }

    @Test
    void theNounRightAfterAFigureIsWhatItCounts() throws IOException {
        String s = "本届运动会共产生金牌300枚,其中东道主获得金牌86枚,共有4500名运动员参赛。";
        assertEquals("4500名", first("运动员 参赛 人数",
                claim(s, "300枚", Kind.COUNT, 300, "枚", null, null),
                claim(s, "86枚", Kind.COUNT, 86, "枚", null, null),
                claim(s, "4500名", Kind.COUNT, 4500, "名", null, null)));
    }

    @Test
    void anotherFormOfATermFindsTheSentenceThatWritesIt() throws IOException {
        Claim c = claim("恒指全日收报19820点,成交额1200亿元。", "19820点", Kind.MEASURE, 19820, "点", null, null);
        assertEquals("19820点", first("恒生指数 收报", c));
        assertEquals("19820点", first("恆生指數 收報", c));
    }

    @Test
    void aLongerOtherNameScoresNoMoreThanTheWordTheQueryWrote() throws IOException {
        Claim national = SeedClaims.claim("national.txt", 0, "今年参加高考的考生达1342万人。",
                "1342万人", Kind.COUNT, 1.342e7, null, "人", null, List.of(), null);
        Claim province = SeedClaims.claim("province.txt", 0, "全省参加普通高校招生考试的考生达68万人。",
                "68万人", Kind.COUNT, 6.8e5, null, "人", null, List.of(), null);
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            idx.replaceArticle("national.txt", "n", List.of(national));
            idx.replaceArticle("province.txt", "p", List.of(province));
            try (ClaimSearcher s = idx.searcher()) {
                List<Hit> hits = s.search(ClaimQuery.of("高考")).hits();
                assertEquals(2, hits.size());
                assertEquals("1342万人", hits.get(0).claim().mention());
            }
        }
    }

    @Test
    void aMeasuresNameSaysTheKindOfItsFigure() {
        assertEquals(Set.of(Kind.PERCENT), MeasureWords.kinds("城镇调查失业率"));
        assertEquals(Set.of(Kind.MONEY), MeasureWords.kinds("归母净利润"));
        assertEquals(Set.of(Kind.NUMBER), MeasureWords.kinds("人民币汇率"));
        assertEquals(Set.of(Kind.COUNT), MeasureWords.kinds("报名人数"));
        assertEquals(Set.of(), MeasureWords.kinds("长江"));
    }

    @Test
    void aChangeWordInsideALongerQueryWordAsksForTheChange() throws IOException {
        String s = "本周全省鸡蛋平均价格为每公斤10.2元,比前一周下跌1.3%。";
        assertEquals("1.3%", first("鸡蛋 比前一周下跌",
                claim(s, "10.2元", Kind.MONEY, 10.2, "元", null, null),
                claim(s, "1.3%", Kind.PERCENT, 1.3, "%", null, "decrease")));
    }

    @Test
    void aSpanTheQueryWritesFramesTheFigureAndIsNotIt() throws IOException {
        String s = "全市工业增加值比上年增长6.1%,三年平均增长5.4%。";
        assertEquals("5.4%", first("工业增加值 三年平均增长",
                claim(s, "6.1%", Kind.PERCENT, 6.1, "%", null, "increase"),
                claim(s, "三年", Kind.DURATION, 3, "年", null, null),
                claim(s, "5.4%", Kind.PERCENT, 5.4, "%", null, "increase")));
    }

    @Test
    void theWordsOfAQueryWordCountWhereNoSentenceWritesItWhole() throws IOException {
        String s = "全县星级酒店共有床位9800张、客房5320间。";
        assertEquals("5320间", first("酒店客房数",
                claim(s, "9800张", Kind.COUNT, 9800, "张", null, null),
                claim(s, "5320间", Kind.COUNT, 5320, "间", null, null)));
    }

    @Test
    void theWordsOfAQueryWordStillCountWhereAnotherSentenceWritesItWhole() throws IOException {
        String source = "旅游局资料显示,今年参团旅客为72.3万人次。";
        String whole = "五星级酒店入住率最高,为80.7%。";
        String apart = "全澳酒店平均入住率为78.4%。";
        List<String> ranked = ranked("旅游局 酒店入住率",
                SeedClaims.claim("own.txt", 40, source, "72.3万人次", Kind.COUNT, 723000, null, "人次", null,
                        List.of("旅游局"), null),
                claim(whole, "80.7%", Kind.PERCENT, 80.7, "%", null, null),
                claim(apart, "78.4%", Kind.PERCENT, 78.4, "%", null, null));
        // the page names its source once; the figure asked for is in a sentence that does not
        assertTrue(ranked.indexOf("78.4%") < ranked.indexOf("72.3万人次"), ranked.toString());
    }

    @Test
    void singleCharactersOfAQueryWordStayTogether() throws IOException {
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis());
             ClaimSearcher s = idx.searcher()) {
            // 对美出口 is 对/美/出口 to the segmenter; the page writes 对美国出口
            assertEquals(List.of("对美", "出口"), s.partsOf("对美出口"));
            assertEquals(List.of("酒店", "入住率"), s.partsOf("酒店入住率"));
        }
    }

    @Test
    void taiwansYearsAreYearWords() throws IOException {
        assertEquals(2024, ClaimSearcher.year("113年"));
        assertEquals(2010, ClaimSearcher.year("民国99年"));
        assertEquals(2019, ClaimSearcher.year("2019"));
        assertEquals(null, ClaimSearcher.year("30年"));
        Claim before = SeedClaims.claim("a.txt", 0, "外国籍旅客为1432万人次。", "1432万人次", Kind.COUNT, 1.432e7,
                null, "人次", 2025, List.of(), null);
        Claim year = SeedClaims.claim("b.txt", 0, "外国籍旅客为1322万人次。", "1322万人次", Kind.COUNT, 1.322e7,
                null, "人次", 2024, List.of(), null);
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            idx.replaceArticle("a.txt", "a", List.of(before));
            idx.replaceArticle("b.txt", "b", List.of(year));
            try (ClaimSearcher s = idx.searcher()) {
                assertEquals("1322万人次", s.search(ClaimQuery.of("外國籍旅客 113年")).hits().get(0).claim().mention());
            }
        }
    }

    @Test
    void aShortNameFindsTheOrganizationItAbbreviates() throws IOException {
        assertTrue(ShortNames.abbreviates("证交所".codePoints().toArray(), "台湾证券交易所".codePoints().toArray()));
        assertTrue(!ShortNames.abbreviates("证交所".codePoints().toArray(), "交通运输部证券所".codePoints().toArray()));
        Claim c = SeedClaims.claim("tw.txt", 0, "据台湾证券交易所统计,今日成交值为3120亿元。", "3120亿元", Kind.MONEY, 3.12e11,
                null, "元", null, List.of("台湾证券交易所"), null);
        Claim other = SeedClaims.claim("hk.txt", 0, "港交所今日成交额为1150亿元。", "1150亿元", Kind.MONEY, 1.15e11,
                null, "元", null, List.of("港交所"), null);
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            idx.replaceArticle("tw.txt", "t", List.of(c));
            idx.replaceArticle("hk.txt", "h", List.of(other));
            try (ClaimSearcher s = idx.searcher()) {
                List<Hit> hits = s.search(ClaimQuery.of("證交所 成交")).hits();
                assertEquals(List.of("3120亿元"), hits.stream().map(h -> h.claim().mention()).toList());
            }
        }
    }

    @Test
    void aSentenceOpeningWithQizhongContinuesTheOneBefore() throws IOException {
        String lead = "据统计局测算,10月份一线城市新建商品住宅销售价格同比下降4.7%,降幅比上月收窄0.3个百分点。";
        String rest = "其中,北京、广州和深圳分别下降4.6%、6.2%和7.9%,上海上涨4.9%。";
        Claim whole = trend(SeedClaims.claim("city.txt", 0, lead, "4.7%", Kind.PERCENT, 4.7, null, "%", null, List.of(), null), "decrease");
        Claim beijing = trend(SeedClaims.claim("city.txt", lead.length(), rest, "4.6%", Kind.PERCENT, 4.6, null, "%", null, List.of(), null), "decrease");
        Claim shanghai = trend(SeedClaims.claim("city.txt", lead.length(), rest, "4.9%", Kind.PERCENT, 4.9, null, "%", null, List.of(), null), "increase");
        Leads leads = new Leads();
        assertEquals(null, leads.of(whole));
        assertEquals(lead, leads.of(beijing));
        assertEquals(lead, leads.of(shanghai));
        Claim apart = SeedClaims.claim("city.txt", lead.length() + 40, rest, "4.6%", Kind.PERCENT, 4.6, null, "%", null, List.of(), null);
        Leads other = new Leads();
        other.of(whole);
        assertEquals(null, other.of(apart));
    }

    @Test
    void aPersonsAgeIsNoAnswerToAQueryAboutThemUnlessItAsksForAge() throws IOException {
        String s = "马拉松新秀李明今年19岁,他以2小时15分08秒夺冠。";
        Claim age = claim(s, "19岁", Kind.MEASURE, 19, "岁", null, null);
        Claim time = claim(s, "2小时15分08秒", Kind.DURATION, 8108, "秒", null, null);
        assertEquals("2小时15分08秒", first("李明 马拉松", age, time));
    }

    @Test
    void aShortFormOfAFinancialTermFindsTheFullOne() throws IOException {
        Claim c = claim("该公司全年实现营业收入48.6亿元,同比增长12.4%。", "48.6亿元", Kind.MONEY, 4.86e9, "元", null, null);
        assertEquals("48.6亿元", first("營收", c));
    }
}
