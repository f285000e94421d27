package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numerals family: names, vague numbers, a symbol's value, ratios and clock times. Rows as {@link FigureTable} reads them. */
class NumberRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            型号为GPT-5的模型今天上线 |
            他在13号线地铁站等了很久 |
            参加的人有几十个 |
            衰减系数取α=0.87时效果最好 | α=0.87 number 0.87
            如图1所示,产量逐年上升 |
            午饭按15*22=330元算 | 15 number 15; 22 number 22; 330元 money 330 CNY
            浙江队夺得男子4×100米接力金牌 |
            总人口性别比为105.07 | 105.07 number 105.07
            消费支出约占GDP4.5%以上 | 4.5% percent 4.5 % more_than
            今年PM2.5平均浓度为28微克/立方米 | 28微克/立方米 measure 28 微克/立方米
            2020冠状病毒病例持续增加 |
            图2:2019-2023年全市常住人口 | 2019-2023年 year 2019~2023
            全省参保人数达到4120万人 | 4120万人 count 41200000 人
            该楼盘3座高层C室以600万元成交 | 600万元 money 6000000 CNY
            男女比例约为1:1.25 | 1:1.25 number 0.8 approx
            会议在19:30开始 |
            数值不低于3.5即可 | 3.5 number 3.5 at_least
            这个指标需要等于1535才算合格 | 1535 number 1535
            """)
    void numeralsInNamesVagueNumbersRatiosAndSymbols(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            股价周二一度上涨5%                          | 5% percent 5 %
            新规将从周三起实施                          |
            回顾这一年,全县GDP增长6%                   | 6% percent 6 %
            三次产业结构为6.8:42.7:50.5                | 6.8 number 6.8; 42.7 number 42.7; 50.5 number 50.5
            医护比为1:1.5                             | 1:1.5 number 0.666666666666667
            该院急诊护病比高达一比十二                  | 一比十二 number 0.0833333333333333
            护病比白班一比七、夜班一比十               | 一比七 number 0.142857142857143; 一比十 number 0.1
            全县户籍人口男女比例为1比1.04              | 1比1.04 number 0.961538461538461
            全面贯彻党的十九大精神                      |
            今年前三季度出口保持两位数增长 |
            甲校和乙校都已放榜,两校均未公布状元      |
            这两国的贸易额增长12%                     | 12% percent 12 %
            该市共有两所大学入选                      | 两所 count 2 所
            """)
    void weekdaysDemonstrativesAndLongRatios(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
