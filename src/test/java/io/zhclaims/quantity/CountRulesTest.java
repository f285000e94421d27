package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts and classifiers. Rows as {@link FigureTable} reads them. */
class CountRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            学校新招了120名教师 | 120名 count 120 名
            这家超商今年计划再开300店 | 300店 count 300 店
            该病每10万人口发病8.4例 | 8.4例 measure 8.4 /10万
            他在三店村住了两年 | 两年 duration 2 年
            仓库里还有24樽花生油 | 24樽 count 24 樽
            全市有上千家餐馆 | 千家 count 1000 家 more_than
            这部电影吸引了五千万观众 | 五千万 count 50000000
            当前行业面临三大挑战 | 三大 count 3
            全国已有12省份公布数据 | 12省份 count 12 省份
            另有四县市死亡人数增加 | 四县市 count 4 县市
            这场火灾共夺15命 | 15命 count 15 命
            他半场就领到4犯 | 4犯 count 4 犯
            河南队两连平开局 | 两连平 count 2 连平
            报告列出了本市的5大产业 | 5大 count 5
            我们一共卖了3000多台 | 3000多台 count 3000 台 more_than
            一家人围坐在一起 |
            """)
    void countsAndClassifiers(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            她第三次出战,也是三度征战奥运              | 三度 count 3 度
            当天最低气温零下三度                        | 三度 measure 3 °C
            公司总股本为3,500.6万股                    | 3,500.6万股 count 35006000 股
            本轮主场8队保持不败                        | 8队 count 8 队
            全国30个机场中有一半面临人手不足            | 30个 count 30 个; 一半 fraction 0.5
            每千人口床位数从5.12张增加到6.01张          | 5.12张 measure 5.12 /千; 6.01张 measure 6.01 /千
            每万人口全科医生数达到3.3人                 | 3.3人 measure 3.3 /万
            """)
    void timesAndRatesPerPopulation(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
