package io.zhclaims.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A query naming one measure of a compound (销量 of 产销) asks for the figure in its place after 分别. */
class CompoundsTest {

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            上月全省钢材产销分别完成120万吨和118万吨。        | 销量   | 118万吨 | 1
            上月全省钢材产销分别完成120万吨和118万吨。        | 销量   | 120万吨 | 0
            一季度进出口分别增长5.2%和3.1%。                 | 出口额 | 3.1%    | 1
            一季度进出口分别增长5.2%和3.1%。                 | 进口   | 5.2%    | 1
            城乡居民收入分别为5.1万元和2.3万元。             | 农村   | 2.3万元 | 1
            上月全省钢材产销两旺,出口增长9%。               | 销量   | 9%      | -1
            上月钢材产销两旺。其他产品分别增长5%和3%。       | 销量   | 3%      | -1
            """)
    void aMeasureOfACompoundNamesTheFigureInItsPlace(String sentence, String query, String figure, double credit) {
        int from = sentence.indexOf(figure);
        assertEquals(credit, Compounds.credit(sentence, query, from, from + figure.length()));
    }
}
