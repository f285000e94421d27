package io.zhclaims.claims;

import io.zhclaims.Zhclaims;
import io.zhclaims.normalize.CleanArticle;
import io.zhclaims.normalize.Metadata;
import io.zhclaims.segment.EntityRecognizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimExtractorTest {
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new EntityRecognizer());

    private static List<Claim> extract(String published, boolean traditional, String... paragraphs) {
        CleanArticle article = new CleanArticle("t.txt", new Metadata(null, null, published, null, null),
                List.of(paragraphs), List.of(paragraphs), traditional);
        return EXTRACTOR.extract(article);
    }

    private static Claim claim(List<Claim> claims, String mention) {
        return claims.stream().filter(c -> c.mention().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + mention + " in " + claims.stream().map(Claim::mention).toList()));
    }

    @Test
    void figureTakesTheYearStatedBeforeItInItsSentence() {
        Claim c = claim(extract(null, false, "截至2019年,在这675人中,有100名是在美国工作的华裔研究人员。"), "100名");
        assertEquals(2019, c.year());
    }

    @Test
    void listAfterRespectivelyTakesTheYearsOfItsSpanOneByOne() {
        List<Claim> claims = extract(null, false, "2019年至2022年,该省粮食产量分别为650亿斤、660亿斤、672亿斤和680亿斤。");
        assertEquals(List.of(2019, 2020, 2021, 2022), claims.stream().filter(c -> c.mention().endsWith("亿斤")).map(Claim::year).toList());
        List<Claim> listed = extract(null, false, "该市GDP增速分别在2021年和2022年达到8.1%和6.3%。");
        assertEquals(2021, claim(listed, "8.1%").year());
        assertEquals(2022, claim(listed, "6.3%").year());
        List<Claim> inOrder = extract(null, false, "从2021年至2023年,该行获利依序为100亿元、120亿元及150亿元。");
        assertEquals(List.of(2021, 2022, 2023), inOrder.stream().filter(c -> c.mention().endsWith("亿元")).map(Claim::year).toList());
    }

    @Test
    void figuresAfterASpanOfYearsAreAboutTheSpanNotTheYearBeforeIt() {
        List<Claim> claims = extract(null, false, "预计2030年人口将降至900万人,而未来5年人口平均每年减少2万人。");
        assertEquals(2030, claim(claims, "900万人").year());
        assertEquals(null, claim(claims, "2万人").year());
        assertEquals(2025, claim(extract(null, false, "2025年物价涨幅是近4年首度跌破2%。"), "2%").year());
        assertEquals(2025, claim(extract(null, false, "2025年对东协出口增幅为近15年最佳表现,对欧洲出口412.9亿美元。"), "412.9亿美元").year());
    }

    @Test
    void taiwansBareJinBeforeAPartOfTheYearIsThisYear() {
        assertEquals(2025, claim(extract("2025-09-18", true, "杨金龙表示,今上半年经济成长6.75%。"), "6.75%").year());
        assertEquals(2025, claim(extract("2025-09-18", true, "今前8月出口增长12%。"), "12%").year());
    }

    @Test
    void changeFollowingAnotherRunsBetweenTheSameYears() {
        List<Claim> claims = extract(null, false, "全市每千人口床位数从2019年的5.1张增加到2023年的6.2张,每千人口医师数由2.5人提高到3.1人。");
        assertEquals(2019, claim(claims, "2.5人").year());
        assertEquals(2023, claim(claims, "3.1人").year());
    }

    @Test
    void yearOnlyComparedAgainstDoesNotBind() {
        List<Claim> claims = extract(null, false, "同期,我国进口13.83万亿元,比2021年增长19.4%。");
        assertNull(claim(claims, "19.4%").year());
    }

    @Test
    void aYearBetweenWithAndCompareIsTheBase() {
        List<Claim> claims = extract(null, false, "2025年前三季度,与2024年同期相比,全市工业产值增长6.2%。");
        assertEquals(2025, claim(claims, "6.2%").year());
    }

    @Test
    void aYearALevelRecoveredToIsOnlyTheBase() {
        List<Claim> claims = extract(null, false, "2023年春节假期国内出游3.08亿人次,按可比口径恢复至2019年同期的88.6%,入境航班恢复至2019年75%以上。");
        assertEquals(2023, claim(claims, "88.6%").year());
        assertEquals(2023, claim(claims, "75%").year());
    }

    @Test
    void baseYearOfAComparisonDatesOnlyTheValueItNames() {
        List<Claim> claims = extract(null, false, "2023年我国居民人均预期寿命由2022年的78.2岁提高到79.0岁,婴儿死亡率下降到4.5‰。");
        assertEquals(2022, claim(claims, "78.2岁").year());
        assertEquals(2023, claim(claims, "79.0岁").year());
        assertEquals(2023, claim(claims, "4.5‰").year());
    }

    @Test
    void valueAChangeStartsFromTakesItsOwnYear() {
        List<Claim> claims = extract(null, false, "输入价格已从2024年5月发布时的每百万token 5美元降至2.5美元,降幅达50%。");
        assertEquals(2024, claim(claims, "5美元").year());
        assertNull(claim(claims, "2.5美元").year());
    }

    @Test
    void spanOfTimeIsNotDatedByTheYearItIsComparedWith() {
        List<Claim> claims = extract("2025-10-09", false, "假期8天全社会跨区域人员流动量累计达24.3亿人次,比去年同期增长6.2%。");
        assertNull(claim(claims, "8天").year());
    }

    @Test
    void spanOfSeveralYearsTakesNoYearButAnOffsetDoes() {
        List<Claim> claims = extract(null, false, "2024年全省粮食产量连续8年稳定在1300亿斤以上。");
        assertNull(claim(claims, "8年").year());
        assertEquals(2024, claim(claims, "1300亿斤").year());
        List<Claim> offset = extract(null, false, "两年后,该研究所在2021年再次调查了这批学者。");
        assertEquals(2021, claim(offset, "两年").year());
    }

    @Test
    void sameTimeOfABaseYearDatesNothingElse() {
        List<Claim> claims = extract("2025-12-22", false, "今年1至11月来台旅客达775.6万人次,已恢复至2019年同期的约八成。");
        assertEquals(2025, claim(claims, "八成").year());
        List<Claim> base = extract("2025-12-10", false, "零售渗透率达60.3%,较去年同期的52.7%提升7.6个百分点。");
        assertEquals(2024, claim(base, "52.7%").year());
    }

    @Test
    void theYearRecordsBeganDatesNoFigure() {
        List<Claim> claims = extract("2025-02-01", false, "去年该行业平均加班21.5小时,创下1990年有统计以来新高,比前一年增加2.1小时。");
        assertEquals(2024, claim(claims, "21.5小时").year());
        assertEquals(2024, claim(claims, "2.1小时").year());
        List<Claim> since = extract(null, false, "流感就诊人次高于2016年以来同期,上周门急诊共8.2万人次。");
        assertNull(claim(since, "8.2万人次").year());
    }

    @Test
    void graduatingClassNamesTheYearOfItsFigures() {
        Claim c = claim(extract(null, false, "东澜理工大学2025届毕业生共8,412人。"), "8,412人");
        assertEquals(2025, c.year());
    }

    @Test
    void yearAMultipleIsMeasuredAgainstDatesNothingAfterIt() {
        List<Claim> claims = extract(null, false, "截至2025年9月底,累计装机达到17.1亿千瓦,是2020年底的3.2倍,占总装机的比重超过46%。");
        assertEquals(2025, claim(claims, "3.2倍").year(), "the multiple describes 2025, measured against 2020");
        assertEquals(2025, claim(claims, "46%").year());
    }

    @Test
    void relativeYearCountsFromThePublishDate() {
        Claim c = claim(extract("2024-03-01", false, "去年全国新能源汽车销量增长了37.9%。"), "37.9%");
        assertEquals(2023, c.year());
    }

    @Test
    void relativeYearWithoutPublishDateLeavesTheYearOpen() {
        Claim c = claim(extract(null, false, "2025年的预测显示,去年资本支出为6.3亿美元。"), "6.3亿美元");
        assertNull(c.year());
    }

    @Test
    void nextYearCountsFromTheYearStatedBeforeIt() {
        Claim c = claim(extract(null, false, "该项目在2023年启动,次年规模扩大了四倍。"), "四倍");
        assertEquals(2024, c.year());
    }

    @Test
    void yearsAndDatesCarryNoYearOfTheirOwn() {
        List<Claim> claims = extract(null, false, "国家统计局2022年6月发布数据,2021年增长8.1%。");
        claims.stream().filter(c -> c.kind().id().equals("year") || c.kind().id().equals("date"))
                .forEach(c -> assertNull(c.year(), c.mention()));
    }

    @Test
    void attributedOrganizationIsTheSourceOfTheFiguresAfterIt() {
        Claim c = claim(extract(null, false, "据海关总署统计,2022年我国货物贸易进出口总值42.07万亿元。"), "42.07万亿元");
        assertEquals(List.of("海关总署"), c.orgs());
        assertEquals("海关总署", c.source());
    }

    @Test
    void figureBeforeTheAttributionIsNotAttributed() {
        List<Claim> claims = extract(null, false, "为期62天的暑运结束,记者今天从交通运输部了解到:全社会跨区域人员流动量超109亿人次。");
        assertTrue(claim(claims, "62天").orgs().isEmpty());
        assertEquals(List.of("交通运输部"), claim(claims, "109亿人次").orgs());
    }

    @Test
    void organizationsListedRespectivelyPairWithTheirFigures() {
        List<Claim> claims = extract(null, false, "国轩高科、中创新航分列第三、第四,前10家企业合计占比约96%。");
        assertEquals(List.of("国轩高科"), claim(claims, "第三").orgs());
        assertEquals(List.of("中创新航"), claim(claims, "第四").orgs());
        assertTrue(claim(claims, "96%").orgs().isEmpty());
    }

    @Test
    void organizationOfAnEarlierStatementIsNotWhatAFigureIsAbout() {
        List<Claim> claims = extract(null, false, "宁德时代市场份额45.1%,仍位居第一;比亚迪以24.7%的份额排名第二。");
        assertEquals(List.of("比亚迪"), claim(claims, "24.7%").orgs());
    }

    @Test
    void clauseThatNamesItsOwnOrganizationIsAboutThatOne() {
        List<Claim> claims = extract(null, false, "香港大学以第11名领跑两岸四地高校,香港中文大学排名第32。");
        assertEquals(List.of("香港中文大学"), claim(claims, "第32").orgs());
    }

    @Test
    void organizationNamedAgainInBracketsKeepsBothNamesAsWritten() {
        List<Claim> claims = extract(null, false, "研调机构集邦科技(TrendForce)指出,全球晶圆代工前十大业者营收合计364亿美元。");
        assertEquals(List.of("集邦科技", "TrendForce"), claim(claims, "364亿美元").orgs());
    }

    @Test
    void subjectSaysWhatIsMeasured() {
        Claim c = claim(extract(null, false, "在算力层,华人工程师占比达61%。"), "61%");
        assertEquals("华人工程师占比", c.subject());
    }

    @Test
    void trendFollowsTheVerbBeforeTheFigure() {
        List<Claim> claims = extract(null, false, "出口增长10.5%,进口下降4.3%。");
        assertEquals("increase", claim(claims, "10.5%").trend());
        assertEquals("decrease", claim(claims, "4.3%").trend());
    }

    @Test
    void bareYuanInATaiwanArticleIsTaiwanDollars() {
        Claim c = claim(extract(null, true, "台湾去年的研发经费达新台币9000亿元,其中企业投入7000亿元。"), "7000亿元");
        assertEquals("TWD", c.unit());
    }

    @Test
    void codeLeftInTheTextGivesNoClaims() {
        assertTrue(extract(null, false, "k = int(n * (1 - 0.3))").isEmpty());
    }

    @Test
    void idsAreStableAcrossRunsAndDifferBetweenMentions() {
        List<Claim> a = extract(null, false, "其中41人就职于美国企业,40人担任美国大学教授职务。");
        List<Claim> b = extract(null, false, "其中41人就职于美国企业,40人担任美国大学教授职务。");
        assertEquals(a.stream().map(Claim::id).toList(), b.stream().map(Claim::id).toList());
        assertEquals(2, a.stream().map(Claim::id).distinct().count());
    }

    @Test
    void originalSentenceKeepsTheArticlesOwnScript() {
        List<Claim> claims = Zhclaims.get().extract("t.txt", "在返回中國的10人中,有2人創建了自己的企業。");
        assertEquals("在返回中國的10人中,有2人創建了自己的企業。", claims.get(0).original());
        assertEquals("在返回中国的10人中,有2人创建了自己的企业。", claims.get(0).sentence());
    }

    @Test
    void aUnionOfStatesIsWhereAFigureIsNotWhoseItIs() {
        List<Claim> claims = extract(null, false, "前三季度我国对北约成员国出口增长6.2%。");
        assertEquals(List.of(), claim(claims, "6.2%").orgs());
        assertTrue(claim(claims, "6.2%").places().contains("北约"));
    }

    @Test
    void eachItemOfAListBindsOnlyItsOwnOrganization() {
        List<Claim> claims = extract(null, false, "三季度末,招商银行不良率0.95%、平安银行1.05%,均较上季度持平。");
        assertEquals(List.of("招商银行"), claim(claims, "0.95%").orgs());
        assertEquals(List.of("平安银行"), claim(claims, "1.05%").orgs());
    }

    @Test
    void shortNameCarriesTheFullNameGivenEarlierInTheArticle() {
        List<Claim> claims = extract(null, false, "国泰航空去年运送旅客2200万人次。", "今年国泰的客运量又增长了12%。");
        assertEquals(List.of("国泰航空"), claim(claims, "12%").orgs());
    }

    @Test
    void aCompanyNamedWithItsStockCodeIsTheCompanyWhereTheArticleRepeatsTheName() {
        List<Claim> claims = extract(null, true, "远百(2903)预期今年业绩成长3%。", "远百总经理昨日表示,前两月业绩已成长9%。");
        assertEquals(List.of("远百"), claim(claims, "9%").orgs());
    }

    @Test
    void aNameThatIsAlsoAWordIsTheCompanyBeforeTheArticleGivesItsCode() {
        List<Claim> claims = extract(null, true, "中原午后急升6%", "中原(1200)现价升5.8%,报0.52元。");
        assertEquals(List.of("中原"), claim(claims, "6%").orgs());
    }

    @Test
    void clubNamedWithoutItsSponsorCarriesTheFullName() {
        List<Claim> claims = extract(null, false, "乐天桃猿昨晚以6比2击败统一狮。", "桃猿本季已拿下42胜。");
        assertEquals(List.of("乐天桃猿"), claim(claims, "42胜").orgs());
    }

    @Test
    void aTradeAfterAnOwnerIsNoShortName() {
        // 财险 after 中国人寿 names a trade: another insurer's 财险 is not that company
        List<Claim> claims = extract(null, false, "中国人寿财险上半年保费收入559亿元。", "排名第五的国有财险保费收入为66亿元。");
        assertEquals(List.of(), claim(claims, "66亿元").orgs());
    }

    @Test
    void clubNamedWithoutItsCityCarriesTheFullName() {
        List<Claim> claims = extract(null, false, "上海申花本赛季主场上座率为85%。", "上一轮申花客场取胜,控球率达到61%。");
        assertEquals(List.of("上海申花"), claim(claims, "61%").orgs());
    }

    @Test
    void aClubFoundByItsNicknameBesideAScoreIsTheClubWhereverTheArticleNamesIt() {
        List<Claim> claims = extract(null, false, "终场飞鹰以98比90击败雷豹。", "飞鹰上半场投篮命中率高达52%。");
        assertEquals(List.of("飞鹰"), claim(claims, "52%").orgs());
    }

    @Test
    void aListedClubsNicknameCarriesTheFullNameTheArticleGave() {
        List<Claim> claims = extract(null, false, "台北富邦勇士今晚在主场迎战新北国王。", "勇士上半场投篮命中率高达58%。");
        assertEquals(List.of("台北富邦勇士"), claim(claims, "58%").orgs());
    }

    @Test
    void aBasketballLeagueIsNoOrganizationOfAPlayersFigures() {
        List<Claim> claims = extract(null, false, "台湾职业篮球大联盟(TPBL)台南台钢猎鹰昨天作客桃园云豹主场,洋将布朗独得31分。");
        assertEquals(List.of("台南台钢猎鹰", "桃园云豹"), claim(claims, "31分").orgs());
    }

    @Test
    void aClubsTwoCharacterShortNameCountsOnlyWhereTheArticleNamesTheClub() {
        List<Claim> claims = extract(null, false, "北京国安本周六主场迎战上海申花。", "国安上半场控球率达到58%。");
        assertEquals(List.of("北京国安"), claim(claims, "58%").orgs());
        assertEquals(List.of(), claim(extract(null, false, "国安机关今年破获案件增长12%。"), "12%").orgs());
    }

    @Test
    void aListedClubsOtherNameIsReportedAsWritten() {
        List<Claim> claims = extract(null, false, "味全龙昨晚在主场以3比8输给乐天桃猿。", "龙队全场发生4次失误。");
        assertEquals(List.of("龙队"), claim(claims, "4次").orgs());
    }

    @Test
    void bankNamedWithoutItsTradeCarriesTheFullName() {
        List<Claim> claims = extract(null, false, "南洋商业银行昨日公布中期业绩,客户存款增长2%。", "南洋商业上半年盈利增长7%。");
        assertEquals(List.of("南洋商业银行"), claim(claims, "7%").orgs());
    }

    @Test
    void insurerNamedWithACommonWordIsNotTakenForAnotherOne() {
        List<Claim> claims = extract(null, false, "中国人寿前三季保费增长5%。", "平安人寿同期保费增长9%。");
        assertEquals(List.of(), claim(claims, "9%").orgs().stream().filter(o -> o.equals("中国人寿")).toList());
    }

    @Test
    void shortNamesOfSeveralCompaniesEachCarryTheirOwnFullName() {
        List<Claim> claims = extract(null, false, "长荣航空与中华电信公司昨天公布了第三季财报。",
                "长荣本季营收增长3.1%,中华电信营收则减少0.8%。");
        assertEquals(List.of("长荣航空"), claim(claims, "3.1%").orgs());
        assertEquals(List.of("中华电信公司"), claim(claims, "0.8%").orgs());
    }

    @Test
    void bothSidesOfAScoreAreItsOrganizations() {
        List<Claim> claims = extract(null, false, "北京国安队在主场以3比1战胜上海申花队。");
        assertEquals(List.of("北京国安队", "上海申花队"), claim(claims, "3").orgs());
    }

    @Test
    void clubNamedByItsPlaceCarriesTheFullName() {
        List<Claim> claims = extract(null, false, "决赛于21日在上海队与北京队之间进行。", "第二局上海以25比20获胜。");
        assertTrue(claim(claims, "20").orgs().contains("上海队"), claim(claims, "20").orgs().toString());
    }

    @Test
    void aListedNameThatIsAlsoAWordCountsWhereverTheArticleRepeatsItOnceConfirmed() {
        List<Claim> claims = extract(null, false, "长荣海运(2603)昨日公告,12月合并营收307.06亿元。",
                "长荣海运2025年全年的营收仍旧受惠运费走扬,增幅达11.12%。");
        assertEquals(List.of("长荣海运"), claim(claims, "11.12%").orgs());
    }

    @Test
    void theSourceADenseSentenceOpensWithIsTheSourceOfAllItsFigures() {
        StringBuilder s = new StringBuilder("国家统计局数据显示,");
        for (int m = 1; m <= 12; m++) {
            s.append(m).append("月受理").append(100 + m).append("件、金额").append(10 + m).append("亿元,");
        }
        s.append("全年共受理").append(1278).append("件。");
        List<Claim> claims = extract(null, false, s.toString());
        assertEquals(List.of("国家统计局"), claim(claims, "1278件").orgs());
    }

    @Test
    void aBulletListRunIntoOneLineKeepsEachFigureWithItsOwnBank() {
        StringBuilder s = new StringBuilder("三季报要点 - ");
        String[] banks = {"招商银行", "兴业银行", "中信银行", "浦发银行", "民生银行", "光大银行", "华夏银行", "平安银行", "浙商银行", "渤海银行"};
        for (int i = 0; i < banks.length; i++) {
            s.append(banks[i]).append("营收同比增长").append(i + 1).append(".5%,净利润").append(100 + i).append("亿元,不良率")
                    .append("1.").append(i).append("% [").append(i + 1).append("] - ");
        }
        List<Claim> claims = extract(null, false, s.toString());
        assertEquals(List.of("民生银行"), claim(claims, "5.5%").orgs());
        assertEquals(List.of("华夏银行"), claim(claims, "106亿元").orgs());
        assertEquals(List.of("平安银行"), claim(claims, "8.5%").orgs());
    }

    @Test
    void monthOfARelativeYearTakesTheYearTheWordCountsTo() {
        List<Claim> claims = extract("2026-01-21", false, "两家航空公司于去年12月27日载客量突破12.5万人次,今年1月又创新高。");
        assertEquals("2025-12-27", claim(claims, "去年12月27日").date());
        assertEquals("2026-01", claim(claims, "今年1月").date());
    }

    @Test
    void monthOfARelativeYearWithoutPublishDateKeepsNoYear() {
        List<Claim> claims = extract(null, false, "今年6月楼价指数按月跌1.1%。");
        assertEquals("--06", claim(claims, "今年6月").date());
    }

    @Test
    void yearsAListOfChangesIsComparedWithDateNoneOfThem() {
        List<Claim> claims = extract(null, false, "全国重点零售企业销售额比2020年、2019年同期分别增长28.7%、4.9%。");
        assertNull(claim(claims, "28.7%").year());
        assertNull(claim(claims, "4.9%").year());
    }

    @Test
    void aPageWithoutPublishDateThatGlossesItsYearResolvesItsOtherRelativeYears() {
        List<Claim> claims = extract(null, true, "今(2026)年春节期间诈骗件数减少。", "去年1月受理1556件。");
        assertEquals(2025, claim(claims, "1556件").year());
    }

    @Test
    void aOneCharacterVerbAfterAComparisonGivesTheTrend() {
        List<Claim> claims = extract(null, false, "货运量较上季升3.3%,楼价指数按月跌1.1%。");
        assertEquals("increase", claim(claims, "3.3%").trend());
        assertEquals("decrease", claim(claims, "1.1%").trend());
    }

    @Test
    void organizationsJoinedByAndPairWithFiguresJoinedSoAfterThem() {
        List<Claim> claims = extract(null, false, "永诚财险和紫金财险以52.1亿元和48.3亿元的保费收入排名第三和第四。");
        assertEquals(List.of("永诚财险"), claim(claims, "52.1亿元").orgs());
        assertEquals(List.of("紫金财险"), claim(claims, "48.3亿元").orgs());
        assertEquals(List.of("紫金财险"), claim(claims, "第四").orgs());
    }
}
