package io.zhclaims.quantity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Property: numbers rendered as Chinese numerals in several styles scan back to their value. */
class NumeralRoundTripTest {
    static final String DIGITS = "零一二三四五六七八九";
    static final String FINANCIAL = "零壹贰叁肆伍陆柒捌玖";

    /** Standard reading of 0 <= v < 10^16: 一万零三, 三千零五十万, 十五 (not 一十五) at the start. */
    static String chinese(long v, String digits, String ten, String hundred, String thousand, boolean liang) {
        if (v == 0) {
            return String.valueOf(digits.charAt(0));
        }
        String[] bigs = {"", "万", "亿", "万亿"};
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int g = 3; g >= 0; g--) {
            int section = (int) ((v / (long) Math.pow(10000, g)) % 10000);
            if (section == 0) {
                if (out.length() > 0) {
                    pendingZero = true;
                }
                continue;
            }
            if (out.length() > 0 && (pendingZero || section < 1000)) {
                out.append(digits.charAt(0));
            }
            pendingZero = false;
            out.append(section(section, out.length() == 0, digits, ten, hundred, thousand, liang));
            out.append(bigs[g]);
        }
        return out.toString();
    }

    static String section(int v, boolean leading, String digits, String ten, String hundred, String thousand,
                          boolean liang) {
        int[] places = {1000, 100, 10, 1};
        String[] names = {thousand, hundred, ten, ""};
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        boolean started = false;
        for (int i = 0; i < 4; i++) {
            int d = (v / places[i]) % 10;
            if (d == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                b.append(digits.charAt(0));
                zero = false;
            }
            boolean omitOne = d == 1 && i == 2 && leading && !started;
            if (!omitOne) {
                b.append(liang && d == 2 && i < 2 ? '两' : digits.charAt(d));
            }
            b.append(names[i]);
            started = true;
        }
        return b.toString();
    }

    static double scanOne(String text) {
        List<Numeral> found = NumeralScanner.scan(text);
        assertEquals(1, found.size(), () -> "expected one numeral in " + text + ", got " + found);
        Numeral n = found.get(0);
        assertEquals(0, n.start(), text);
        assertEquals(text.length(), n.end(), text);
        return n.value();
    }

    @Test
    void randomNumbersRenderedInSixStylesScanBackToTheirValue() {
        Random r = new Random(20240917L);
        int checked = 0;
        for (int i = 0; i < 20000; i++) {
            long v = switch (i % 4) {
                case 0 -> r.nextInt(100);
                case 1 -> r.nextInt(100000);
                case 2 -> Math.abs(r.nextLong() % 10_000_000_000L);
                default -> Math.abs(r.nextLong() % 9_000_000_000_000_000L) / (long) Math.pow(10, r.nextInt(12));
            };
            check(chinese(v, DIGITS, "十", "百", "千", false), v);
            check(chinese(v, DIGITS, "十", "百", "千", true), v);
            check(chinese(v, FINANCIAL, "拾", "佰", "仟", false), v);
            check(String.format("%,d", v), v);
            double d = v / 100.0;
            String dec = String.format("%.2f", d);
            check(dec, Double.parseDouble(dec));
            long wan = v % 100_000_000L;
            String w = wan % 10000 == 0 ? String.valueOf(wan / 10000) : String.valueOf(wan / 10000.0);
            if (wan >= 10000) {
                check(w + "万", Double.parseDouble(w) * 10000);
            }
            checked += 6;
        }
        System.out.println("ROUNDTRIP numerals checked: " + checked);
        assertTrue(checked >= 100_000);
    }

    static void check(String text, double value) {
        double got = scanOne(text);
        assertTrue(PeerSuitesTest.same(got, value), text + " scanned as " + got + ", expected " + value);
    }

    @Test
    void rendersChineseNumeralsConventionally() {
        assertEquals("一万零三", chinese(10003, DIGITS, "十", "百", "千", false));
        assertEquals("三千零五十万", chinese(30500000, DIGITS, "十", "百", "千", false));
        assertEquals("两千", chinese(2000, DIGITS, "十", "百", "千", true));
        assertEquals("十五", chinese(15, DIGITS, "十", "百", "千", false));
    }
}
