package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Numerals written digit by digit (as Taiwan, Hong Kong and many mainland pages write them), with
 * 廿/卅, and mixed Arabic and Chinese: first the numerals {@link NumeralScanner} reads, then the
 * figures they make. Sentences are the project's own.
 */
class NumeralFormsTest {
    /** Each numeral as {@code text value[~high] FORM}, joined by {@code ; }. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            二○二三                 | 二○二三 2023 DIGIT_STRING
            一九九八年               | 一九九八 1998 DIGIT_STRING
            三四五亿                 | 三四五亿 34500000000 CHINESE
            四○八点六亿              | 四○八点六亿 40860000000 CHINESE
            六六七点六万             | 六六七点六万 6676000 CHINESE
            一九点五公尺             | 一九点五 19.5 CHINESE
            十万四三四八             | 十万四三四八 104348 CHINESE
            三万〇五〇〇             | 三万〇五〇〇 30500 CHINESE
            两亿〇三〇〇〇〇〇〇       | 两亿〇三〇〇〇〇〇〇 203000000 CHINESE
            九万四                   | 九万四 94000 CHINESE
            九万四三人               | 九万四 94000 CHINESE; 三 3 CHINESE
            三四十                   | 三四十 30~40 CHINESE
            二三百万                 | 二三百万 2000000~3000000 CHINESE
            三四点五亿               | 三四点五亿 3450000000 CHINESE
            廿四                     | 廿四 24 CHINESE
            卅一                     | 卅一 31 CHINESE
            1亿6700万                | 1亿6700万 167000000 CHINESE
            3千万                    | 3千万 30000000 CHINESE
            1.2万                    | 1.2万 12000 CHINESE
            七七                     |
            十十                     | 十 10 CHINESE; 十 10 CHINESE
            一万一百二万              | 一万一百二 10120 CHINESE
            百二万                   | 百二万 1200000 CHINESE
            他已作好壹切准备           |
            壹佰贰拾                 | 壹佰贰拾 120 CHINESE
            1000万二手               | 1000万 10000000 CHINESE; 二 2 CHINESE
            12万5                    | 12万5 125000 CHINESE
            1000万5                  | 1000万 10000000 CHINESE; 5 5 ARABIC_INTEGER
            1万2345                  | 1万2345 12345 CHINESE
            一六二七万三五八〇        | 一六二七万三五八〇 16273580 CHINESE
            一二三四亿五六七八万九〇一二 | 一二三四亿五六七八万九〇一二 123456789012 CHINESE
            八五七万三人             | 八五七万 8570000 CHINESE; 三 3 CHINESE
            二.二亿                  | 二.二亿 220000000 CHINESE
            三‧五                    | 三‧五 3.5 CHINESE
            """)
    void numerals(String text, String expected) {
        List<Numeral> found = NumeralScanner.scan(text);
        assertEquals(expected == null ? "" : expected, found.stream()
                .map(n -> text.substring(n.start(), n.end()) + " " + num(n.value())
                        + (n.high() != null ? "~" + num(n.high()) : "") + " " + n.form())
                .collect(Collectors.joining("; ")), text);
    }

    /** Rows as {@link FigureTable} reads them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            该市去年财政收入三四五亿元                | 三四五亿元 money 34500000000 CNY
            TWD 全年出口总值四○八点六亿美元           | 四○八点六亿美元 money 40860000000 USD
            本季累计接种六六七点六万人次              | 六六七点六万人次 count 6676000 人次
            本周急诊就诊共十万二五六七人次            | 十万二五六七人次 count 102567 人次
            去年来台旅客达一六二七万三五八〇人次       | 一六二七万三五八〇人次 count 16273580 人次
            全年旅运量达二.八亿人次                  | 二.八亿人次 count 280000000 人次
            工地上堆了三万〇五〇〇块砖                | 三万〇五〇〇块 count 30500 块
            二○二三年全市人口回升                    | 二○二三年 year 2023
            TWD 民国一一二年观光客增加                | 民国一一二年 year 2023
            比赛于本月廿四日开幕                      | 廿四日 date ---24
            报名截至卅一日                           | 卅一日 date ---31
            展览于廿二至廿八日举行                    | 廿二 date ---22; 廿八日 date ---28
            HKD 课程在二十至廿五日进行                | 二十 date ---20; 廿五日 date ---25
            他连续工作了二十四日                     | 二十四日 duration 24 天
            营收达1亿6700万元                       | 1亿6700万元 money 167000000 CNY
            该国人口为1亿零500万                    | 1亿零500万 count 105000000
            三四点五亿元的预算                      | 三四点五亿元 money 3450000000 CNY
            """)
    void figures(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
