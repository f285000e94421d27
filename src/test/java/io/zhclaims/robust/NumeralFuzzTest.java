package io.zhclaims.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Numeral;
import io.zhclaims.quantity.NumeralScanner;
import io.zhclaims.quantity.Quantity;
import io.zhclaims.quantity.QuantityScanner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any text through the numeral parser and the quantity scanner above it: no exception, spans
 * inside the text and in order, no NaN but for a date (whose value is its ISO text). Seeds in
 * {@code src/test/resources/io/zhclaims/robust/NumeralFuzzTestInputs}.
 */
class NumeralFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void numerals(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ExtractFuzzTest.Slow.run(text.length(), () -> check(text));
    }

    private static void check(String text) {
        int previousEnd = 0;
        for (Numeral n : NumeralScanner.scan(text)) {
            assertTrue(previousEnd <= n.start() && n.start() < n.end() && n.end() <= text.length(), n.toString());
            assertFalse(Double.isNaN(n.value()), n.toString());
            previousEnd = n.end();
        }
        for (Quantity q : QuantityScanner.scan(text)) {
            assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), q.toString());
            assertTrue(text.substring(q.start(), q.end()).equals(q.mention()) || !q.mention().isEmpty(), q.toString());
            // A date's value is its ISO text; every other figure has a number.
            assertTrue(q.kind() == Kind.DATE ? q.date() != null : !Double.isNaN(q.value()), q.toString());
        }
    }
}
