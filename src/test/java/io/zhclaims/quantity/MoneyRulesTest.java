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
            总房款120万,首付30% | 120万 money 1200000 CNY; 30% percent 30 %
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            猪肉批发价为24.63元/公斤                  | 24.63元/公斤 money 24.63 CNY/公斤
            菜场里芹菜一斤八块                        | 八块 money 8 CNY/斤
            豆角涨到了十二块一斤                      | 十二块 money 12 CNY/斤
            他昨天买了一斤苹果                        | 一斤 measure 1 斤
            TWD 95无铅汽油每公升27.9元                | 每公升27.9元 money 27.9 TWD/公升
            公司基本每股收益0.35元                     | 0.35元 money 0.35 CNY/股
            本轮调价后柴油每升下调0.15元               | 0.15元 money 0.15 CNY/升
            化肥价格每吨分别上涨120元和95元            | 120元 money 120 CNY/吨; 95元 money 95 CNY/吨
            HKD 该屋苑实用呎价约9,850元                | 9,850元 money 9850 HKD/呎 approx
            HKD 董事会宣派中期息0.85元                 | 0.85元 money 0.85 HKD/股
            HKD 一盒饼干售价$12.5                      | $12.5 money 12.5 HKD
            MOP 上月博彩毛收入录得180亿元              | 180亿元 money 18000000000 MOP
            这批零件报价$350                          | $350 money 350 USD
            政府每年投入30亿元治理河道                 | 30亿元 money 3000000000 CNY
            分配方案为每10股派1.5元                    | 1.5元 money 1.5 CNY/10股
            该公司去年营收85亿                         | 85亿 money 8500000000 CNY
            TWD 外资今天卖超 120.5 亿                 | 120.5 亿 money 12050000000 TWD
            HKD 政府今年预算赤字约300亿               | 300亿 money 30000000000 HKD approx
            TWD 立法院审查后减列12亿                 | 12亿 money 1200000000 TWD
            TWD 外资今天卖超12亿元                   | 12亿元 money 1200000000 TWD
            TWD 他的薪水才升到3.8万                  | 3.8万 money 38000 TWD
            我的月薪6500,房租: 1200,交通补:50/月      | 6500 money 6500 CNY; 1200 money 1200 CNY; 50/月 money 50 CNY/月
            春节档首日票房达9亿                       | 9亿 money 900000000 CNY
            该班有学生45人                            | 45人 count 45 人
            网友说月薪两万也不算高                     | 两万 money 20000 CNY
            扣完五险一金到手一万八                     | 一万八 money 18000 CNY
            本期债券发行总额125亿                      | 125亿 money 12500000000 CNY
            全市常住人口达到1200万                     | 1200万 count 12000000
            TWD 获利依序为甲银行88.5亿元、乙证券61.2亿、丙人寿40亿元 | 88.5亿元 money 8850000000 TWD; 61.2亿 money 6120000000 TWD; 40亿元 money 4000000000 TWD
            该省常住人口8100万、户籍人口9300万               | 8100万 count 81000000; 9300万 count 93000000
            TWD 一位得主领走3.2亿奖金后辞去工作             | 3.2亿 money 320000000 TWD
            HKD 今年新股集资额预计达1500亿                  | 1500亿 money 150000000000 HKD
            全国有2000万消费者参与了这次调查                | 2000万 count 20000000
            TWD 前三季营收 2 兆 1,502.36 亿元             | 2 兆 1,502.36 亿元 money 2150236000000 TWD
            TWD 法人预估第四季营收约新台币 8,200~8,550 亿元 | 新台币 8,200~8,550 亿元 money 820000000000~855000000000 TWD approx
            TWD 去年获利前三的医院是甲院(41.2亿)、乙院(30.5亿) | 41.2亿 money 4120000000 TWD; 30.5亿 money 3050000000 TWD
            TWD 今年这家医院分到的股利为9.6亿              | 9.6亿 money 960000000 TWD
            HKD 该盘上周末沽出200伙,吸金逾18亿             | 200伙 count 200 伙; 18亿 money 1800000000 HKD more_than
            这个城市的人口排名前三(2100万)                  | 前三 rank 3; 2100万 count 21000000
            """)
    void pricesPerUnitAndAmountsMadeMoneyByTheirWords(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
