package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges and bounds. Rows as {@link FigureTable} reads them. */
class RangeRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            气温在15~25度之间 | 15~25度 measure 15~25 度
            票价为80至120元 | 80至120元 money 80~120 CNY
            增速为3%到5% | 3%到5% percent 3~5 %
            人数在200和300之间 | 200和300 number 200~300
            预算大于10万小于20万 | 10万小于20万 money 100000~200000 CNY more_than
            工资在5k-8k之间 | 5k-8k money 5000~8000 CNY
            销量从3到5万台 | 3到5万台 count 30000~50000 台
            参会人数从0到5万人 | 0到5万人 count 0~50000 人
            """)
    void rangesAndBounds(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
