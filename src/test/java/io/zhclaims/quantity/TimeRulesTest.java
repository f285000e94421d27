package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years, dates, durations; clock times and month periods make no figure. Rows as {@link FigureTable} reads them. */
class TimeRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            这座桥建于1998年 | 1998年 year 1998
            民国38年他离开了家乡 | 民国38年 year 1949
            公元200年前后的文献很少 | 公元200年 year 200 approx
            他出生在上世纪80年代 | 上世纪80年代 year 1980
            21世纪以来变化很大 | 21世纪 year 2001
            2026届毕业生即将离校 | 2026届 year 2026
            会议定于2027年3月15日举行 | 2027年3月15日 date 2027-03-15
            客流在2021年的2月11日达到高峰 | 2021年的2月11日 date 2021-02-11
            报名截止到5月底 | 5月底 date --05
            数据统计到2024-11-30为止 | 2024-11-30 date 2024-11-30
            1-9月份的销量创新高 |
            列车于8时45分出发 |
            这项工程持续了两年零三个月 | 两年零三个月 duration 27 月
            他等了半小时 | 半小时 duration 0.5 小时
            比赛进行了三分半 | 三分半 duration 3.5 分钟
            她跑完全程用了五分三十秒 | 五分三十秒 duration 330 秒
            HKD 我等了个半钟 | 个半钟 duration 1.5 小时
            会议开了一个多小时 | 一个多小时 duration 1 小时 more_than
            她以2小时31分08秒夺冠 | 2小时31分08秒 duration 9068 秒
            今年是全面建设的关键一年 |
            这是不平凡的一年 |
            公司昨晚披露半年报 |
            比赛最终1-1战平,天津队主场作战 | 1 number 1; 1 number 1
            TWD 112学年度大学分发录取率为98% | 112学年度 year 2023; 98% percent 98 %
            TWD 教育部推估到130学年小一新生剩11万人 | 130学年 year 2041; 11万人 count 110000 人
            TWD 未来15学年国中生逐年减少 | 15学年 duration 15 学年
            2024赛季中甲联赛今天开幕 | 2024赛季 year 2024
            2019年3月至5月全省降雨偏多 | 2019年 year 2019
            2019年3月5日至4月2日举行展览 | 2019年3月5日 date 2019-03-05; 4月2日 date --04-02
            TWD 立法院今(18)日三读通过预算案 | 今(18)日 date ---18
            TWD 央行昨(19)天宣布利率不变 | 昨(19)天 date ---19
            TWD 考试中心今天(26号)公布成绩 | 26号 date ---26
            她上月9日在东京夺冠 | 9日 date ---09
            他每月5日领薪水 |
            条约到期后的一年内继续遵守 | 一年 duration 1 年
            他在这里工作了一年 | 一年 duration 1 年
            TWD 行政院通过98年度总预算 | 98年度 year 2009
            活动从 11 月 1 日 0 时 0 分开始 | 11 月 1 日 date --11-01
            2023 天猫年货节的成交额创新高 |
            该公司披露的2024年度利润分配方案显示 |
            该行日前发布2023年年报 |
            他已经两年多没有回家 | 两年 duration 2 年 more_than
            这家公司三年多元化经营 | 三年 duration 3 年
            """)
    void yearsDatesAndDurations(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            TWD 觀光署統計,113年來台旅客達785萬人次        | 113年 year 2024; 785萬人次 count 7850000 人次
            TWD 本(105)年3月失業率為3.9%                   | (105)年3月 date 2016-03; 3.9% percent 3.9 %
            TWD 较上(104)年同月增加2千人                   | (104)年 year 2015; 2千人 count 2000 人
            TWD 民国99年人口达2316万人                     | 民国99年 year 2010; 2316万人 count 23160000 人
            TWD 去(2025)年1月受理1.3万件                    | 去(2025)年1月 date 2025-01; 1.3万件 count 13000 件
            TWD 今(2026)年春节期间财损降至1900万元           | 今(2026)年 year 2026; 1900万元 money 19000000 TWD
            TWD 这座庙已有120年历史                         | 120年 duration 120 年
            TWD 门诊人次从89年的3亿到104年的3.6亿             | 89年 year 2000; 3亿 count 300000000; 104年 year 2015; 3.6亿 count 360000000
            TWD 只有在95年景气衰退时才下滑                   | 95年 year 2006
            TWD 债务须在10年内清偿                          | 10年 duration 10 年
            春节九天假期全市共受理报案120件                  | 九天 duration 9 天; 120件 count 120 件
            探月工程寓意九天揽月                            |
            TWD 该店在50年间换过三次招牌                     | 50年 duration 50 年; 三次 count 3 次
            TWD 该公司近100年来首次亏损                      | 100年 duration 100 年 approx
            政府公布2023-24年度预算                          | 2023-24年度 year 2023~2024
            财政司预计2026 - 27年度录得盈余                   | 2026 - 27年度 year 2026~2027
            15、16年度推广预算增加                             | 15、16年度 year 2015~2016
            马会公布2024/25财政年度的投注总额                  | 2024/25 year 2024~2025
            联赛将于2025/26赛季起扩军                          | 2025/26 year 2025~2026
            HKD 报价更新于14/3/2025                           | 14/3/2025 date 2025-03-14
            HKD 集团二三年经营溢利为58亿元                     | 二三年 year 2023; 58亿元 money 5800000000 HKD
            MOP 较○九年增加一成                              | ○九年 year 2009; 一成 fraction 0.1
            HKD 截至二四年十二月卅一日止年度                   | 二四年十二月卅一日 date 2024-12-31
            HKD 一二年访港旅客达4860万人次                     | 一二年 year 2012; 4860万人次 count 48600000 人次
            HKD 他三四年前已移居外地                          | 三四年 duration 3~4 年
            他一二年内不会退休                              | 一二年 duration 1~2 年
            HKD 报价更新于3/4/2025                            | 3/4/2025 date 2025-04-03
            报名截止日期为4/15/2025                            | 4/15/2025 date 2025-04-15
            2024年中欧班列开行1.9万列                          | 2024年 year 2024; 1.9万 count 19000
            """)
    void taiwanEraYearsAndYearsAcrossTwoCalendarYears(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            国家统计局15日发布数据                  | 15日 date ---15
            截至6日中午12时,客流达到300万人次        | 6日 date ---06; 300万人次 count 3000000 人次
            展览为期7日                              |
            预计3日内完成                            |
            上周(12/21-12/27)新增就诊人次           | 12/21 date --12-21; 12/27 date --12-27
            约有3/4的受访者表示满意                  | 3/4 fraction 0.75 approx
            今年首5个月出口增长6%                    | 6% percent 6 %
            前10个月全市新增就业2.1万人              | 2.1万人 count 21000 人
            冬季(2023年12月-2024年2月)降水偏少        | 2023年12月 date 2023-12; 2024年2月 date 2024-02
            盈利能力 - 2025年前三季度净利润增长5%     | 2025年 year 2025; 5% percent 5 %
            """)
    void daysAloneSlashDatesAndPeriods(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
