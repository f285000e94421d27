package io.zhclaims.claims;

import io.zhclaims.Zhclaims;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bare 元 is the currency of the place a traditional article comes from. */
class YuanCurrencyTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            HKD | 本港股市連升三日,恒指收市升二百點,全日成交增至1500億元。
            HKD | 政府預計本年度綜合帳目錄得赤字85億元,立法會將審議預算案。
            HKD | 沙田屋苑一個實用面積450方呎的單位,以620萬元易手,呎價約1.38萬元。
            MOP | 澳門上月博彩毛收入為180億元,博監局公布按年上升8%。
            TWD | 台股今日收盤上漲120點,集中市場成交金額為3500億元。
            TWD | 行政院會通過總預算案,歲出規模達2兆8000億元。
            TWD | 本(104)年5月平均薪資為4萬2千元,較香港同期為低。
            CNY | 全国网上零售额达到1.2万亿元,同比增长8%。
            """)
    void bareYuanFollowsThePlace(String currency, String text) {
        Claim money = Zhclaims.get().extract("a.txt", text).stream()
                .filter(c -> c.mention().endsWith("元")).findFirst().orElseThrow();
        assertEquals(currency, money.unit());
    }
}
