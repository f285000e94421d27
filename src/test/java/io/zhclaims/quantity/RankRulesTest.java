package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranks, and the ordinals and periods that are none. Rows as {@link FigureTable} reads them. */
class RankRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            他在比赛中获得第三名 | 第三 rank 3
            该校排名全国第五 | 第五 rank 5
            前十名选手进入决赛 | 前十名 rank 10
            前三季度经济平稳 |
            第一,要加强管理 |
            这是第四届大会 |
            清华和北大分列第一、第二 | 第一 rank 1; 第二 rank 2
            排名第一到第三名的队伍 | 第一到第三 rank 1~3
            """)
    void ranksAndTheOrdinalsThatAreNone(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
