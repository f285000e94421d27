package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money and prices, in the sentence's currency or the one written. Rows as {@link FigureTable} reads them. */
class MoneyRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            这套房子卖了350万元 | 350万元 money 3500000 CNY
            他们花了50美元买门票 | 50美元 money 50 USD
            这本书卖人民币30元 | 人民币30元 money 30 CNY
            公司在港股募资港币20亿 | 港币20亿 money 2000000000 HKD
            一杯咖啡五块二 | 五块二 money 5.2 CNY
            HKD 车费要五个半 | 五个半 money 5.5 HKD
            HKD 一份报纸五仙 | 五仙 money 0.05 HKD
            他兜里只剩三毛五 | 三毛五 money 0.35 CNY
            三块屏幕同时亮起 | 三块 count 3 块
            """)
    void moneyAndPrices(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
