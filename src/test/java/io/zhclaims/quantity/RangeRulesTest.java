package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges and bounds. Rows as {@link FigureTable} reads them. */
class RangeRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            气温在15~25度之间 | 15~25度 measure 15~25 °C
            增幅在50%-80%之间的县有6个 | 50%-80% percent 50~80 %; 6个 count 6 个
            会员减少约300人至12,400人 | 300人 count 300 人 approx; 12,400人 count 12400 人
            预计营收增长5%至8% | 5%至8% percent 5~8 %
            外资买超3∼5万张 | 3∼5万张 count 30000~50000 张
            营收约增12.5% | 12.5% percent 12.5 % approx
            票价为80至120元 | 80至120元 money 80~120 CNY
            增速为3%到5% | 3%到5% percent 3~5 %
            人数在200和300之间 | 200和300 number 200~300
            预算大于10万小于20万 | 10万小于20万 money 100000~200000 CNY more_than
            工资在5k-8k之间 | 5k-8k money 5000~8000 CNY
            销量从3到5万台 | 3到5万台 count 30000~50000 台
            参会人数从0到5万人 | 0到5万人 count 0~50000 人
            预计山区累积雨量约300至500毫米 | 300至500毫米 measure 300~500 毫米 approx
            每天约步行5-6公里左右 | 5-6公里 measure 5~6 公里 approx
            外资与投信各卖超1∼2万张以上 | 1∼2万张 count 10000~20000 张 more_than
            本周入市资金逾30亿至50亿元 | 30亿至50亿元 money 3000000000~5000000000 CNY more_than
            降雨量上看800毫米 | 800毫米 measure 800 毫米 at_most
            赤字率控制在3%或以下 | 3% percent 3 % at_most
            """)
    void rangesAndBounds(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            四种蔬菜降幅分别为30、31、28、34%               | 四种 count 4 种; 30 percent 30 %; 31 percent 31 %; 28 percent 28 %; 34% percent 34 %
            今日价格分别为5.10、7.00、9.30元/公斤           | 5.10 money 5.1 CNY/公斤; 7.00 money 7 CNY/公斤; 9.30元/公斤 money 9.3 CNY/公斤
            两地发电量分别为5120、3380亿千瓦时               | 5120 measure 512000000000 千瓦时; 3380亿千瓦时 measure 338000000000 千瓦时
            涨幅比上月分别扩大1个和0.9个百分点               | 1个 percent 1 百分点; 0.9个百分点 percent 0.9 百分点
            编号为3、5的两个方案,共投资20亿元                | 两个 count 2 个; 20亿元 money 2000000000 CNY
            新增重症病例(1例H1N1、3例H3N2)                 | 1例 count 1 例; 3例 count 3 例
            """)
    void listItemsShareTheUnitWrittenOnceAfterTheLast(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
