package io.zhclaims.quantity;

/**
 * A numeral found by {@link NumeralScanner}: its span in the text and its value.
 *
 * @param start      start (UTF-16 index, inclusive)
 * @param end        end (exclusive)
 * @param value      the value ({@code 九万四} → 94000, {@code 五分之一} → 0.2); the low end of a range
 * @param high       upper end of a digit range ({@code 三四十} → 30..40), else null
 * @param form       how the numeral is written
 * @param scaled     a scale word or suffix is folded in ({@code 万}, {@code 亿}, {@code k})
 * @param inexact    {@code 多}, {@code 余} or {@code 几} sits inside ({@code 一千多万})
 */
public record Numeral(int start, int end, double value, Double high, Form form, boolean scaled,
                      boolean inexact) {

    /** How a numeral is written; the quantity layer types figures differently by form. */
    public enum Form {
        /** Arabic digits only, no decimal point: {@code 2019}, {@code 1,050}. */
        ARABIC_INTEGER,
        /** Arabic digits with a decimal point or exponent: {@code 2.3}, {@code 12.32e+14}. */
        ARABIC_DECIMAL,
        /** Chinese numeral with positional words, possibly mixed with Arabic: {@code 三千零五十万}, {@code 2.3万}. */
        CHINESE,
        /** Chinese digits read one by one, no positional words: {@code 二〇二二}. */
        DIGIT_STRING,
        /** A fraction: {@code 五分之一}, {@code 1/4}, {@code 三百五又三分之一}, {@code 一半}. */
        FRACTION
    }

    public int length() {
        return end - start;
    }
}
