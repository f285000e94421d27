package io.zhclaims.quantity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumeralScannerTest {
    static Numeral only(String text) {
        List<Numeral> found = NumeralScanner.scan(text);
        assertEquals(1, found.size(), () -> text + " -> " + found);
        return found.get(0);
    }

    @Test
    void readsAbbreviatedTrailingDigitAsNextPlace() {
        assertEquals(94000, only("九万四").value());
        assertEquals(1300, only("一千三").value());
    }

    @Test
    void keepsSpacesInsideMixedNumerals() {
        Numeral n = only("中国培养了 357 万名理工科毕业生");
        assertEquals(3570000, n.value());
        assertEquals("357 万", "中国培养了 357 万名理工科毕业生".substring(n.start(), n.end()));
    }

    @Test
    void foldsScaleWordsAfterDecimals() {
        assertEquals(1.05e12, only("一点〇五兆").value(), 1);
        assertEquals(23000, only("2.3万").value(), 1e-9);
        assertEquals(1.232e15, only("12.32e+14").value(), 1);
    }

    @Test
    void readsNegativeFractions() {
        assertEquals(-1.0 / 3, only("负３分之一".replace('３', '3')).value(), 1e-12);
    }

    @Test
    void readsDashBetweenTwoNumbersAsNoSign() {
        List<Numeral> found = NumeralScanner.scan("大概有20 - 100个");
        assertEquals(2, found.size(), found::toString);
        assertEquals(100, found.get(1).value());
        assertEquals(-5, only("气温-5度").value());
        // a dash before a space is a list bullet, as scraped pages and Markdown write them
        assertEquals(7, only("- 7家企业入选").value());
    }

    @Test
    void readsFinancialAndTraditionalDigits() {
        assertEquals(107854, only("十万柒仟捌佰伍拾肆").value());
        assertEquals(2222, only("兩千兩百貳拾二").value());
    }

    @Test
    void dropsNumeralCharactersInsideWords() {
        assertTrue(NumeralScanner.scan("我家在四川,这个人很放肆,一切都好").isEmpty());
    }

    @Test
    void stopsWhereThePositionalGrammarBreaks() {
        Numeral n = only("五十千");
        assertEquals(50, n.value());
    }

    @Test
    void readsAdjacentDigitsAsARange() {
        Numeral n = only("三四十人");
        assertEquals(30, n.value());
        assertEquals(40, n.high());
    }

    @Test
    void skipsNumbersInsideUrls() {
        assertTrue(NumeralScanner.scan("访问 https://www.test.com/search?q=30%25%2020%").isEmpty());
    }
}
