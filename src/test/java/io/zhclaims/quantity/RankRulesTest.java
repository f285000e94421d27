package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranks, and the ordinals and periods that are none. Rows as {@link FigureTable} reads them. */
class RankRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            他在比赛中获得第三名 | 第三名 rank 3
            该校排名全国第五 | 第五 rank 5
            前十名选手进入决赛 | 前十名 rank 10
            前三季度经济平稳 |
            我每个月税前2万块钱                  | 2万块钱 money 20000 CNY
            大家提前3天就到了现场                 | 3天 duration 3 天
            第一,要加强管理 |
            这是第四届大会 |
            清华和北大分列第一、第二 | 第一 rank 1; 第二 rank 2
            排名第一到第三名的队伍 | 第一到第三 rank 1~3
            辽宁队力争常规赛前四名 | 前四名 rank 4
            该校在两岸四地排名中位列第31位 | 第31位 rank 31
            营收保住了第5位置 | 第5 rank 5
            """)
    void ranksAndTheOrdinalsThatAreNone(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            排在奖牌榜5到8位的是四个代表团             | 5到8位 rank 5~8; 四个 count 4 个
            江苏、广东和山东分列二至四位                | 二至四位 rank 2~4
            这所大学位于亚洲301-350名                  | 301-350名 rank 301~350
            共有301-350名学生报名                      | 301-350名 count 301~350 名
            会上有3位专家发言                          | 3位 count 3 位
            该市经济总量居全港第一                      | 第一 rank 1
            该队排名暂列12,仍落后对手                 | 12 rank 12
            该国世界排名从41升至29名                    | 41 rank 41; 29名 rank 29
            发病数居前3位的病种依次为流感和肺炎          | 前3位 rank 3
            涨幅最大的前两位是甲市和乙市,后两位依次是丙市和丁市 | 前两位 rank 2; 后两位 rank 2
            随后3名队员入场                             | 3名 count 3 名
            该动议已获得85名议员签名 | 85名 count 85 名
            来自全球40多个国家的代表参会                 | 40多个 count 40 个 more_than
            股价较前一日上涨3%                           | 3% percent 3 %
            比赛前5分钟双方互有攻守                     | 5分钟 duration 5 分钟
            """)
    void placesAfterARankingWord(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            他今天敲出个人本季第18轰                    | 第18 rank 18
            这位老将成为联盟史上第9位千安打球员        | 第9位 rank 9
            她拿到职业生涯第4个大满贯冠军              | 第4 rank 4
            这是他生涯第1个冠军                        |
            外资已连续第5周卖超台股                    | 第5 rank 5
            该校连续第三年位居榜首                      | 第三 rank 3
            全国第五次人口普查                         |
            """)
    void placesInARunOfFeats(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
