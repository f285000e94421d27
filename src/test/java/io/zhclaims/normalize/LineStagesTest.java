package io.zhclaims.normalize;

import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line stages added for portal and forum pages, each with pages of our own. */
class LineStagesTest {
    private static final Cleaner CLEANER = GoldCleaningSupport.CLEANER;

    private static CleanArticle clean(String body) {
        return CLEANER.clean(new RawArticle("t.txt", null, null, null, body, Markup.TEXT, StandardCharsets.UTF_8));
    }

    @Test
    void headlinesOverRelativeTimestampsAreOtherStories() {
        CleanArticle a = clean("""
                本市上月新增就业岗位1.2万个
                市人社局表示,上月全市新增就业岗位1.2万个,同比增长8%。
                1. 某地暴雨致3万人转移
                某地暴雨致3万人转移
                12分钟前
                2. 新能源车销量再创新高
                新能源车销量再创新高
                3小时前
                """);
        assertEquals(List.of("本市上月新增就业岗位1.2万个", "市人社局表示,上月全市新增就业岗位1.2万个,同比增长8%。"),
                a.paragraphs());
    }

    @Test
    void aParagraphPrintedTwiceIsKeptOnce() {
        CleanArticle a = clean("""
                全省粮食总产量再创新高
                全省粮食总产量达到620亿斤,比上年增长1.5%。
                编辑:张三
                全省粮食总产量达到620亿斤,比上年增长1.5%。
                一、总体情况
                其中夏粮增产2.1%。
                一、总体情况
                """);
        assertEquals(List.of("全省粮食总产量再创新高", "全省粮食总产量达到620亿斤,比上年增长1.5%。",
                "一、总体情况", "其中夏粮增产2.1%。", "一、总体情况"), a.paragraphs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024年3月15日                                   | 2024-03-15
            2021-02-25 星期四                               | 2021-02-25
            date 2026-01-21 冬季用电量上升,电网负荷创新高。  | 2026-01-21
            20241014王小明/台北报导                          | 2024-10-14
            日期:[2020-03-13]  版次:[A02]   版名:[要闻]   字体:【 | 2020-03-13
            全市用电量增长5%。2021-02-10 新闻摘要全文 >>>  | 2021-02-10
            全市用电量增长5%。《某某日报》(2023年05月06日 第 02 版) | 2023-05-06
            《某某日报》(2023年05月06日 第 02 版)              | 2023-05-06
            记者 王小明 报导 2015-06-16                      | 2015-06-16
            """)
    void datelinesGiveThePublishDateAndLeaveTheBody(String dateline, String published) {
        CleanArticle a = clean("电网负荷创新高\n" + dateline + "\n今年冬季用电量比去年增长5%。");
        assertEquals(published, a.meta().published());
        assertEquals("今年冬季用电量比去年增长5%。", a.paragraphs().get(a.paragraphs().size() - 1));
        assertEquals(false, a.text().contains(published.substring(0, 4) + "-"), a.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新华财经上海3月2日电 沪市成交额达到5000亿元。               | 沪市成交额达到5000亿元。
            晚报12月8日讯(记者李明)本市气温将下降8°C。                 | 本市气温将下降8°C。
            上证报中国证券网讯 公司去年营收增长12%。                    | 公司去年营收增长12%。
            【某某周报5月3日讯】(据某某电视新闻报导) 市府预算减少12亿元。 | 市府预算减少12亿元。
            【某某日报专讯】统计处昨日公布失业率为3.1%。               | 统计处昨日公布失业率为3.1%。
            某某网北京2月10日消息(记者王明)全市用电量增长5%。         | 全市用电量增长5%。
            全市用电量增长5%。2021-02-10 新闻摘要全文 >>>              | 全市用电量增长5%。
            全市用电量增长5%。《某某日报》(2023年05月06日 第 02 版)     | 全市用电量增长5%。
            新华社北京5月3日体育专电(记者王明)全运会已售出12万张门票。 | 全运会已售出12万张门票。
            据农业部3月28日消息,全国猪肉价格下降2%。                  | 据农业部3月28日消息,全国猪肉价格下降2%。
            - 上一篇:2024年12月全市物价运行情况                         | 
            """)
    void outletDatelinesAndNavigationAreCut(String line, String left) {
        CleanArticle a = clean("本地新闻\n" + line + "\n全文完。");
        List<String> expected = left == null ? List.of("本地新闻", "全文完。") : List.of("本地新闻", left, "全文完。");
        assertEquals(expected, a.paragraphs());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            ▲選手在決賽中奪冠,獲得第2名。
            最新统计显示游客达803万人次,图为游客在景区合影。(本报资料照片)
            市民在广场排队购票。(图/新华社)
            据统计,去年全年共有2858人死于交通事故。图/某某报系资料照片
            10月物价指数年增率涨1.48%。(示意图/报系资料照)
            """)
    void photoCaptionsAreNoise(String caption) {
        assertEquals(List.of("全市游客增长", "全市游客比去年增长12%。"), clean("全市游客增长\n" + caption + "\n全市游客比去年增长12%。").paragraphs());
    }

    @Test
    void aWireDatelineInBracketsOrAfterASlashIsCut() {
        assertEquals(List.of("台风", "气象署发布豪雨特报。"), clean("台风\n(中央社记者王明台北30日电)气象署发布豪雨特报。").paragraphs());
        assertEquals(List.of("台风", "气象署发布豪雨特报。"), clean("台风\n中央社/ 台北30日电 气象署发布豪雨特报。").paragraphs());
    }

    @Test
    void forumSystemLinesAreNoise() {
        CleanArticle a = clean("""
                本地房价讨论
                楼主
                发表于 2024-03-15 10:21
                今年我们小区房价比去年下降了大约10%。
                回复 | 引用 | 举报
                2楼
                查看: 1532 | 回复: 27
                只看该作者
                """);
        assertEquals(List.of("本地房价讨论", "今年我们小区房价比去年下降了大约10%。"), a.paragraphs());
    }
}
