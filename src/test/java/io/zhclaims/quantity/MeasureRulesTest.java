package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rates, measures and multipliers. Rows as {@link FigureTable} reads them. */
class MeasureRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            电池能量密度达到180Wh/kg | 180Wh/kg measure 180 Wh/kg
            这台服务器的功率为800瓦 | 800瓦 measure 800 瓦
            利润是去年的2.5倍 | 2.5倍 multiplier 2.5 倍
            上证指数收报3200点 | 3200点 measure 3200 点
            销量翻了一番 | 翻了一番 multiplier 2 倍
            产值翻两番 | 翻两番 multiplier 4 倍
            该地区发病率为每10万人口25人 | 每10万人口25人 measure 25 人/10万人口
            这台机器的COP值提高到4.2 | 4.2 measure 4.2 COP
            """)
    void ratesMeasuresAndMultipliers(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
