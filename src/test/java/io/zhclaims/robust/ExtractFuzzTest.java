package io.zhclaims.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any text through the whole pipeline: no exception but the documented rejection of an
 * article with nothing left after cleaning, every claim inside its sentence with a finite
 * value and valid JSON. In a plain build the committed inputs replay
 * ({@code src/test/resources/io/zhclaims/robust/ExtractFuzzTestInputs}); with
 * {@code JAZZER_FUZZ=1} (or {@code mvn verify -Pfuzz}) Jazzer looks for new ones, and when
 * fuzzing an input slower than 1 s per 10,000 characters is a finding too.
 */
class ExtractFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void extract(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long started = System.nanoTime();
        List<Claim> claims;
        try {
            claims = Zhclaims.get().extract("fuzz.txt", text);
        } catch (IllegalArgumentException e) {
            return;
        }
        for (Claim c : claims) {
            assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= c.sentence().codePointCount(0, c.sentence().length()),
                    c.mention());
            assertTrue((c.date() != null || Double.isFinite(c.value())) && (c.high() == null || Double.isFinite(c.high())),
                    c.mention());
            ClaimJson.toJson(c);
        }
        Slow.check(started, text.length());
    }

    /** The speed bound of the issue, applied only while fuzzing: replaying seeds is a test, and tests time nothing. */
    static final class Slow {
        private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;

        static void check(long startedNanos, int chars) {
            if (!FUZZING) {
                return;
            }
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            double allowed = Math.max(1.0, chars / 10_000.0);
            if (seconds > allowed) {
                throw new IllegalStateException(String.format("%.2f s for %d characters", seconds, chars));
            }
        }
    }
}
