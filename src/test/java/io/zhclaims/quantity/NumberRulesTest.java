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
            男女比例约为1:1.25 | 1:1.25 number 0.8 approx
            会议在19:30开始 |
            数值不低于3.5即可 | 3.5 number 3.5 at_least
            这个指标需要等于1535才算合格 | 1535 number 1535
            """)
    void numeralsInNamesVagueNumbersRatiosAndSymbols(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
