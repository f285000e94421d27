package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sports: a score (3比1, 2-2) is no figure, neither a ratio nor a range; points scored are a
 * measure in 分. Sports rows added to the grammar bring their sentences here. Rows as
 * {@link FigureTable} reads them.
 */
class SportsRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            主队以3比1战胜客队 |
            双方2-2战平 |
            她在决赛中得了95分 | 95分 measure 95 分
            """)
    void scoresMakeNoFalseFigures(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
