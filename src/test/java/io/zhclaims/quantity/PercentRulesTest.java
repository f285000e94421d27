package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percent and fractions. Rows as {@link FigureTable} reads them. */
class PercentRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            公司今年利润增长了12% | 12% percent 12 %
            拟分红约为上年净利润的48.5% | 48.5% percent 48.5 % approx
            不良率降到百分之三以下 | 百分之三 percent 3 % less_than
            出生率下降了千分之二 | 千分之二 measure 2 ‰
            研发投入占比提高了0.5个百分点 | 0.5个百分点 percent 0.5 百分点
            市场份额提升了 3 个 百分点 | 3 个 百分点 percent 3 百分点
            约六成受访者表示支持 | 六成 fraction 0.6 approx
            今年的合格率达到了七成半 | 七成半 fraction 0.75
            商场全场八折促销 | 八折 fraction 0.8
            这款手机打了75折 | 75折 fraction 0.75
            按平均汇率6.9折算成美元 |
            近半数居民支持这项规划 | 半数 fraction 0.5 approx
            他们的成功率是百分之百 | 百分之百 percent 100 %
            每5个学生就有1个近视 | 每5个学生就有1个 fraction 0.2
            大约三分之一的居民住在城区 | 三分之一 fraction 0.333333333333333 approx
            这一批次只有3/8合格 | 3/8 fraction 0.375
            """)
    void percentAndFractions(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            其中6成3资源投放海外市场                | 6成3 fraction 0.63
            受访者中2成45表示满意                   | 2成45 fraction 0.245
            出口增长3成,达到50亿元                  | 3成 fraction 0.3; 50亿元 money 5000000000 CNY
            """)
    void tenthsWithArabicDigitsAfter(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
