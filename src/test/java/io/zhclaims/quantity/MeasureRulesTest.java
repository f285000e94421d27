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
            加权指数盘中一度大涨4百多点 | 4百多点 measure 400 点 more_than
            销量翻了一番 | 翻了一番 multiplier 2 倍
            产值翻两番 | 翻两番 multiplier 4 倍
            该地区发病率为每10万人口25人 | 每10万人口25人 measure 25 人/10万人口
            去年肺癌发生率为每10万人中有41.2人 | 每10万人中有41.2人 measure 41.2 人/10万人
            这台机器的COP值提高到4.2 | 4.2 measure 4.2 COP
            明天最高气温约31度 | 31度 measure 31 °C approx
            这个单位实用面积452方呎 | 452方呎 measure 452 方呎
            TWD 台北平均租屋面积为31坪 | 31坪 measure 31 坪
            全年货运量录得410万公吨 | 410万公吨 measure 4100000 公吨
            这户人家每天用电12度 | 12度 measure 12 度
            TWD 今天用电负载达到3600万瓩 | 3600万瓩 measure 36000000 瓩
            这块电池容量为4500毫安时 | 4500毫安时 measure 4500 毫安时
            各地出现38度以上高温 | 38度 measure 38 °C more_than
            新生儿死亡率从7.2/1000降到6.1/1000 | 7.2/1000 measure 7.2 /1000; 6.1/1000 measure 6.1 /1000
            全省孕产妇死亡率为15.1/10万 | 15.1/10万 measure 15.1 /10万
            电站最高可实现年发电量约50亿度 | 50亿度 measure 5000000000 度 approx
            机组供电煤耗为265.3克/千瓦时 | 265.3克/千瓦时 measure 265.3 克/千瓦时
            单位产值能耗为0.45吨标准煤/万元 | 0.45吨标准煤/万元 measure 0.45 吨标准煤/万元
            全年粮食产量1250(万吨),增长3% | 1250(万吨) measure 12500000 吨; 3% percent 3 %
            全港完成集装箱吞吐量92.7万TEU | 92.7万TEU measure 927000 TEU
            """)
    void ratesMeasuresAndMultipliers(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            央行宣布LPR本月下降10个基点                     | 10个基点 measure 10 BP
            出生率比上年下降0.75个千分点               | 0.75个千分点 measure 0.75 千分点
            恒指高开257点,高见22414点                 | 257点 measure 257 点; 22414点 measure 22414 点
            TWD 健保影像检查支出达688亿点             | 688亿点 measure 68800000000 点
            TWD 央行宣布升息1码,累计升息3.5码          | 1码 measure 1 码; 3.5码 measure 3.5 码
            售价指数为364.5,按月上升0.2%               | 364.5 measure 364.5 点; 0.2% percent 0.2 %
            价格指数比昨天下降0.12个点                 | 0.12个点 measure 0.12 点
            股指期货交易下午3点收盘                    |
            全市平均气温为15.1°C,偏高0.8°C            | 15.1°C measure 15.1 °C; 0.8°C measure 0.8 °C
            """)
    void basisPointsIndexLevelsAndTemperatures(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            明天偏北风3到4级,阵风6级                  | 3到4级 measure 3~4 级; 6级 measure 6 级
            渤海海峡将有7~9级大风                     | 7~9级 measure 7~9 级
            受冷空气影响,沿海风力可达10级             | 10级 measure 10 级
            当地发生里氏5.8级地震                     | 5.8级 measure 5.8 级
            台风中心附近最大风力14级,中心气压950百帕  | 14级 measure 14 级; 950百帕 measure 950 百帕
            该市新增2家3级医院                        | 2家 count 2 家
            这辆车支持L3级自动驾驶                    |
            这次学测她拿到15级分                      | 15级分 measure 15 级分
            """)
    void degreesOfWindQuakeAndPressure(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
