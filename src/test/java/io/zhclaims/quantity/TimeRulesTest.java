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
            报名截止到5月底 | 5月底 date --05
            数据统计到2024-11-30为止 | 2024-11-30 date 2024-11-30
            1-9月份的销量创新高 |
            列车于8时45分出发 |
            这项工程持续了两年零三个月 | 两年零三个月 duration 27 月
            他等了半小时 | 半小时 duration 0.5 小时
            比赛进行了三分半 | 三分半 duration 3.5 分钟
            她跑完全程用了五分三十秒 | 五分三十秒 duration 330 秒
            HKD 我等了个半钟 | 个半钟 duration 1.5 小时
            """)
    void yearsDatesAndDurations(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
