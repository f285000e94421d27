package io.zhclaims.quantity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityScannerTest {
    static Quantity only(String sentence) {
        return only(sentence, "CNY");
    }

    static Quantity only(String sentence, String yuan) {
        List<Quantity> found = QuantityScanner.scan(sentence, yuan);
        assertEquals(1, found.size(), () -> sentence + " -> " + found);
        return found.get(0);
    }

    @Test
    void leavesQualifierWordsOutOfTheMention() {
        Quantity q = only("智能手表的普及率超过47%");
        assertEquals(Kind.PERCENT, q.kind());
        assertEquals("47%", q.mention());
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
    }

    @Test
    void hedgeFollowedByAVerbStillQualifiesTheFigure() {
        assertEquals(Qualifier.APPROX, only("本次调查的网友里,约有63%愿意尝试").qualifier());
        assertEquals(Qualifier.APPROX, only("翻新机的报价约为其65%").qualifier());
    }

    @Test
    void yearOfTheCommonEraIsAYearHoweverShort() {
        Quantity q = only("优西比乌在大约公元300年记录下了新约圣经书目");
        assertEquals(Kind.YEAR, q.kind());
        assertEquals(300, q.value(), 1e-9);
    }

    @Test
    void rankBeforeACommaStillCountsAfterARankingWord() {
        assertEquals(Kind.RANK, only("这支球队积分排名第三,落后于榜首").kind());
        assertTrue(QuantityScanner.scan("第一,要加强基础研究;第二,要培养人才").isEmpty(), "enumerators are not ranks");
    }

    @Test
    void ranksListedTogetherShareTheirRankingWord() {
        List<Quantity> qs = QuantityScanner.scan("甲队与乙队分列第四、第五");
        assertEquals(List.of(4.0, 5.0), qs.stream().map(Quantity::value).toList());
        assertTrue(qs.stream().allMatch(q -> q.kind() == Kind.RANK));
    }

    @Test
    void topSoManyIsARankWhateverFollows() {
        assertEquals(8, only("前8家门店的营业额合计撑起半壁江山").value(), 1e-9);
        assertEquals(Kind.RANK, QuantityScanner.scan("全省前五大钢厂产量合计2100万吨").get(0).kind());
    }

    @Test
    void readsEnergyAndConcentrationUnits() {
        assertEquals("GWh", only("储能电站装机达到184.4GWh").unit());
        assertEquals("Wh/kg", only("新电芯能量密度做到了310Wh/kg").unit());
        assertEquals("ppm", only("室内甲醛浓度测得423.9ppm").unit());
    }

    @Test
    void hedgeBeforeAComparisonsBaseHedgesTheMultiple() {
        assertEquals(Qualifier.APPROX, only("月产能约为前年同期的3.5倍").qualifier());
        assertEquals(Qualifier.APPROX, only("新建充电桩数量需接近现有规模的3倍").qualifier());
    }

    @Test
    void hedgeAroundAPricePerUnitQualifiesThePrice() {
        assertEquals(Qualifier.APPROX, only("优质大米批发价约为每吨6.8万元").qualifier());
        assertEquals(Qualifier.APPROX, only("钢材运费涨到了135元/吨左右").qualifier());
    }

    @Test
    void doublingWithoutANumeralIsTwice() {
        Quantity q = only("这家面包店的客流明年有望翻倍");
        assertEquals(Kind.MULTIPLIER, q.kind());
        assertEquals(2, q.value(), 1e-9);
        assertTrue(QuantityScanner.scan("三元正极材料出货稳定").isEmpty(), "三元 names a battery chemistry");
    }

    @Test
    void pointsOfAStockIndexAreAMeasureAndAClockTimeIsNothing() {
        Quantity q = QuantityScanner.scan("深证成指收报13,412点,较上周上升1,205点。").get(0);
        assertEquals("点", q.unit());
        assertEquals(13412, q.value(), 1e-9);
        assertTrue(QuantityScanner.scan("会议下午3点开始").isEmpty());
    }

    @Test
    void halfOfAGroupIsAFraction() {
        Quantity q = only("近半数受访者表示满意");
        assertEquals(0.5, q.value(), 1e-9);
        assertEquals(Qualifier.APPROX, q.qualifier());
    }

    @Test
    void macauPatacasAreTheirOwnCurrency() {
        assertEquals("MOP", only("这套公寓每平方米约8.6万澳门元").unit());
    }

    @Test
    void spanOfTimeWithDuoIsMoreThan() {
        assertEquals(Qualifier.MORE_THAN, only("开业两年多来客流持续攀升").qualifier());
    }

    @Test
    void hedgedRatioIsApproximate() {
        assertEquals(Qualifier.APPROX, only("车位与住户之比约为2:3").qualifier());
    }

    @Test
    void comparingVerbLeavesTheFigureExact() {
        List<Quantity> qs = QuantityScanner.scan("超过东部的20%和西部的17%");
        assertEquals(2, qs.size());
        assertEquals(Qualifier.EXACT, qs.get(0).qualifier());
    }

    @Test
    void readsPercentWrittenInWordsAndPercentagePoints() {
        assertEquals(7.3, only("占比为百分之七点三").value(), 1e-9);
        Quantity pp = only("失业率较上季度下降0.35个百分点");
        assertEquals("百分点", pp.unit());
    }

    @Test
    void readsMoneyWithCurrencyAndDefaultYuan() {
        Quantity usd = only("(约合 432.1 亿美元)的订单");
        assertEquals("USD", usd.unit());
        assertEquals(4.321e10, usd.value(), 1);
        assertEquals(Qualifier.APPROX, usd.qualifier());
        assertEquals("TWD", QuantityScanner.scan("营收达300亿元", "TWD").get(0).unit());
        Quantity twd = only("共募得新台币 450 亿元");
        assertEquals("TWD", twd.unit());
        assertEquals("新台币 450 亿元", twd.mention());
    }

    @Test
    void foldsScaleIntoMeasures() {
        Quantity q = only("全省发电量达到7315亿千瓦时");
        assertEquals(Kind.MEASURE, q.kind());
        assertEquals("千瓦时", q.unit());
        assertEquals(7.315e11, q.value(), 1);
    }

    @Test
    void readsYearsDecadesAndCenturies() {
        assertEquals(2023, only("2023年Q3平板销量回升").value());
        assertEquals(1980, only("仿佛回到了上世纪80年代").value());
        assertEquals(2001, only("这座大桥是21世纪的工程奇迹").value());
        assertEquals(2022, only("民国111年").value());
        Quantity range = only("2011至2021年,城市人口");
        assertEquals(2011, range.value());
        assertEquals(2021, range.high());
    }

    @Test
    void readsDatesAsIsoStrings() {
        assertEquals("2026-02-23", only("2026年2月23日,学校开学").date());
        assertEquals("--05", only("截至5月底库存明显下降").date());
        assertEquals("--07", only("气象台于 7 月份提醒").date());
        List<Quantity> span = QuantityScanner.scan("展览从5月3日—5月18日");
        assertEquals(2, span.size());
    }

    @Test
    void skipsMonthRangesClockTimesAndPeriodWords() {
        assertTrue(QuantityScanner.scan("1-10月,前三季度,上半年").isEmpty());
        assertEquals(1, QuantityScanner.scan("11月8日21时15分,航班落地").size());
    }

    @Test
    void readsDurationsWithoutRelativeMarkers() {
        Quantity q = only("三年后,他再次回到故乡");
        assertEquals("三年", q.mention());
        assertEquals("年", q.unit());
        assertEquals(7, only("这条隧道只花了7个月就打通").value());
    }

    @Test
    void readsRanksOnlyInRankingContexts() {
        assertEquals(Kind.RANK, only("这家企业的出货量多年来稳坐全球第一").kind());
        assertEquals(25, only("综合排名前 25 的城市").value());
        assertTrue(QuantityScanner.scan("第四届大会和第二批项目").isEmpty());
    }

    @Test
    void rejectsNumbersInNames() {
        assertTrue(QuantityScanner.scan("GPT-4、H100、Grok 3、ResNet-50和5G").isEmpty());
        assertTrue(QuantityScanner.scan("《2024年城市交通年度报告》").isEmpty());
    }

    @Test
    void dropsTheIndefiniteOneButKeepsGroupCounts() {
        assertTrue(QuantityScanner.scan("他发表了一份报告").isEmpty());
        Quantity q = only("这座城市的交通存在四大难题");
        assertEquals(Kind.COUNT, q.kind());
        assertNull(q.unit());
    }

    @Test
    void readsFractionsAndTenths() {
        assertEquals(0.25, only("全校有四分之一的教师").value(), 1e-12);
        Quantity q = only("市场份额已超七成以上");
        assertEquals(0.7, q.value(), 1e-12);
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
    }

    @Test
    void readsMultipliersAndDoubling() {
        assertEquals(2, only("收入翻了一番").value());
        assertEquals(4, only("目标是翻两番").value());
        Quantity r = only("销量环比增长了2到4倍");
        assertEquals(2, r.value());
        assertEquals(4, r.high());
    }

    @Test
    void readsSymbolsAndRatios() {
        assertEquals("λ=0.82", only("平滑系数(λ=0.82±0.05)").mention());
        assertEquals(1 / 4.0, only("新旧设备数量之比为1:4。").value(), 1e-12);
        Quantity pue = only("让机房PUE值降到1.25");
        assertEquals("PUE", pue.unit());
    }

    @Test
    void readsBareScaleWordsAfterHedges() {
        Quantity q = only("全年举办上千项文化活动");
        assertEquals(1000, q.value());
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
        List<Quantity> qs = QuantityScanner.scan("全年货物贸易额已超万亿元");
        assertEquals(1e12, qs.get(qs.size() - 1).value(), 1);
        assertEquals(Qualifier.MORE_THAN, qs.get(qs.size() - 1).qualifier());
    }

    @Test
    void rejectsABadCurrencyCode() {
        assertThrows(IllegalArgumentException.class, () -> QuantityScanner.scan("100元", "yuan"));
    }

    @Test
    void readsColloquialYuanWithJiaoAndFen() {
        assertEquals(3.5, only("青菜卖三块五").value(), 1e-9);
        assertEquals(5.32, only("票价5元3角2分").value(), 1e-9);
        assertEquals(10.05, only("找了他十块零五分").value(), 1e-9);
        Quantity q = only("至少三块零四");
        assertEquals(3.04, q.value(), 1e-9);
        assertEquals(Qualifier.AT_LEAST, q.qualifier());
    }

    @Test
    void joinsTwoMoneyAmountsWithSubunitsIntoARange() {
        Quantity q = only("售价五元六角-五元七毛八分");
        assertEquals(5.6, q.value(), 1e-9);
        assertEquals(5.78, q.high(), 1e-9);
    }

    @Test
    void readsCantoneseMoneyInHongKongText() {
        Quantity q = QuantityScanner.scan("车费五蚊六毫", "HKD").get(0);
        assertEquals(5.6, q.value(), 1e-9);
        assertEquals("HKD", q.unit());
        assertEquals(3.14, QuantityScanner.scan("港币三个一毫四", "CNY").get(0).value(), 1e-9);
        assertEquals(5.5, only("奶茶卖五个半", "HKD").value(), 1e-9);
        assertTrue(QuantityScanner.scan("奶茶卖五个半", "CNY").stream().noneMatch(x -> x.kind() == Kind.MONEY));
    }

    @Test
    void keepsMillimetresApartFromCantoneseDimes() {
        Quantity q = only("降雨量5毫米");
        assertEquals(Kind.MEASURE, q.kind());
        assertEquals("毫米", q.unit());
    }

    @Test
    void readsCantoneseDurationsWithoutTheLeadingOne() {
        Quantity q = only("等了个半钟");
        assertEquals(1.5, q.value(), 1e-9);
        assertEquals("小时", q.unit());
        assertEquals(130, only("开了两小时十分").value(), 1e-9);
    }

    @Test
    void readsPerPopulationRateAsMeasure() {
        Quantity q = only("发病率为每10万人口27.4人");
        assertEquals(Kind.MEASURE, q.kind());
        assertEquals(27.4, q.value(), 1e-9);
        assertEquals("人/10万人口", q.unit());
    }

    @Test
    void countsDimensionsAsAGroupCount() {
        Quantity q = only("从四维度评价学校");
        assertEquals(Kind.COUNT, q.kind());
        assertEquals(4, q.value(), 1e-9);
        assertNull(q.unit(), "a group count has no classifier, like 三大");
    }

    @Test
    void yearNamingAPublicationEditionIsNotAYear() {
        assertTrue(QuantityScanner.scan("市统计局公布2021年全市国民经济统计公报").isEmpty());
        assertEquals(Kind.YEAR, only("2021年全市粮食总产量增长").kind());
    }

    @Test
    void readsABareNumberAfterAComparisonWord() {
        Quantity q = only("哪种类别的价格超过了一千");
        assertEquals(1000, q.value(), 1e-9);
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
    }

    @Test
    void joinsLowerAndUpperBoundIntoOneRange() {
        Quantity q = only("人口大于4865并少于20793的城市");
        assertEquals(4865, q.value(), 1e-9);
        assertEquals(20793, q.high(), 1e-9);
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
        assertEquals(2, QuantityScanner.scan("大于50小于12的目标").size());
    }

    @Test
    void readsComparisonFrameAroundAFigure() {
        Quantity more = only("今年他的年龄比三十大一些");
        assertEquals(30, more.value(), 1e-9);
        assertEquals(Qualifier.MORE_THAN, more.qualifier());
        assertEquals("三十", more.mention());
        assertEquals(Qualifier.LESS_THAN, only("小明的身高比 170 低").qualifier());
        Quantity range = only("数字比四分之一大，比二分之一小");
        assertEquals(0.25, range.value(), 1e-9);
        assertEquals(0.5, range.high(), 1e-9);
    }

    @Test
    void comparisonBaseWithAnAmountIsNotABound() {
        Quantity q = only("出口额比3高出2倍");
        assertEquals(Kind.MULTIPLIER, q.kind());
        List<Quantity> qs = QuantityScanner.scan("票价比30元高出5元");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals(Qualifier.EXACT, qs.get(0).qualifier());
        assertEquals(Qualifier.MORE_THAN, only("票价比30元高").qualifier());
    }

    @Test
    void statesANumberExactlyAfterDengyu() {
        Quantity q = only("滚动负荷量等于1535的信息");
        assertEquals(Kind.NUMBER, q.kind());
        assertEquals(1535, q.value(), 1e-9);
        assertEquals(Qualifier.EXACT, q.qualifier());
        assertTrue(QuantityScanner.scan("结果不等于1535").isEmpty());
    }

    @Test
    void guoBoundsOnlyABareNumber() {
        assertEquals(Qualifier.MORE_THAN, only("票房占比过20的影片").qualifier());
        assertEquals(Qualifier.EXACT, only("经过3年的发展").qualifier());
        assertEquals(Qualifier.EXACT, only("他去过20个国家").qualifier());
    }

    @Test
    void readsHedgesWrittenWithSpaces() {
        assertEquals(Qualifier.AT_MOST, only("找出 小于 或 等于100 的质数").qualifier());
        assertEquals(Qualifier.AT_MOST, only("找出 < = 100 的质数").qualifier());
    }

    @Test
    void readsRangesBetweenYuAndZhijian() {
        Quantity q = only("面积在10000与20000之间");
        assertEquals(10000, q.value(), 1e-9);
        assertEquals(20000, q.high(), 1e-9);
        assertEquals(-10000, only("-10000与20000间").value(), 1e-9);
        assertEquals(Kind.COUNT, only("房屋共有20000间").kind());
        assertEquals(2, QuantityScanner.scan("招聘20人和30人").size());
    }

    @Test
    void readsRankRanges() {
        Quantity q = only("他的排名在第十和第十五之间");
        assertEquals(Kind.RANK, q.kind());
        assertEquals(10, q.value(), 1e-9);
        assertEquals(15, q.high(), 1e-9);
    }

    @Test
    void readsBareNumberRanges() {
        Quantity q = only("数字的范围是一千到一千五百");
        assertEquals(1500, q.high(), 1e-9);
        Quantity k = only("月薪5k-20k");
        assertEquals(5000, k.value(), 1e-9);
        assertEquals(20000, k.high(), 1e-9);
        assertEquals(List.of(2.0, 1.0), QuantityScanner.scan("比分2-1").stream().map(Quantity::value).toList());
        assertTrue(QuantityScanner.scan("型号2-1的零件").isEmpty());
        assertTrue(QuantityScanner.scan("会议在8到10点举行").isEmpty());
        assertTrue(QuantityScanner.scan("请拨打010-12345678").isEmpty());
    }

    @Test
    void readsDashBetweenNumbersAsRangeButNotInNames() {
        Quantity q = only("这些苹果大概有20-100个");
        assertEquals(Kind.COUNT, q.kind());
        assertEquals(100, q.high(), 1e-9);
        assertEquals(100, only("这些苹果大概有20 - 100个").high(), 1e-9);
        assertTrue(QuantityScanner.scan("iPhone-15和Model-3的售价").isEmpty());
        assertTrue(QuantityScanner.scan("A100-80GB显卡").isEmpty());
    }

    @Test
    void joinsBoundsWhenOnlyOneCarriesTheUnit() {
        Quantity q = only("这些苹果最多100最少20个");
        assertEquals(Kind.COUNT, q.kind());
        assertEquals(20, q.value(), 1e-9);
        assertEquals(100, q.high(), 1e-9);
        assertEquals(Qualifier.AT_LEAST, q.qualifier());
    }
}
