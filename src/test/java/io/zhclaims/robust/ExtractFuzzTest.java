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
    static {
        // The dictionaries load once, before the first input is timed.
        Zhclaims.get();
    }

    @FuzzTest(maxDuration = "5m")
    void extract(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Slow.run(text.length(), () -> check(text));
    }

    private static void check(String text) {
        List<Claim> claims;
        try {
            claims = Zhclaims.get().extract("fuzz.txt", text);
        } catch (IllegalArgumentException e) {
            return;
        }
        for (Claim c : claims) {
            assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= c.sentence().codePointCount(0, c.sentence().length()),
                    c.mention());
            // a value is an exact decimal or, for a date without a year, absent; never NaN or Infinity
            assertTrue(c.date() != null || c.value() != null,
                    c.mention());
            ClaimJson.toJson(c);
        }
    }

    /**
     * The speed bound of the issue, applied only while fuzzing (replaying seeds is a test, and
     * tests time nothing): an input that takes more than 1 s of CPU per 10,000 characters, or
     * one that never ends, is a finding. CPU time of the target's thread is what is bounded:
     * on a shared machine the wall clock also counts the time other processes held the cores
     * (at a load average of 20 on 2 cores, ten times the CPU time). The fuzz target runs on a
     * thread of its own so a hang is caught too: 30 times the bound on the wall clock.
     */
    static final class Slow {
        private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;
        private static final int WARM_UP = 200;
        private static final int HANG = 30;
        private static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();
        private static final java.util.concurrent.ExecutorService WORKER = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fuzz-target");
            t.setDaemon(true);
            return t;
        });

        static void run(int chars, Runnable target) {
            if (!FUZZING) {
                target.run();
                return;
            }
            // The first inputs run while the JIT compiles the instrumented code: ten times the bound.
            double allowed = Math.max(1.0, chars / 10_000.0) * (CALLS.incrementAndGet() > WARM_UP ? 1 : 10);
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            var future = WORKER.submit(() -> {
                long cpu = threads.getCurrentThreadCpuTime();
                target.run();
                return (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            });
            try {
                double cpu = future.get((long) (allowed * HANG * 1000), java.util.concurrent.TimeUnit.MILLISECONDS);
                if (cpu > allowed) {
                    throw new IllegalStateException(String.format("%.1f s of CPU for %d characters (bound %.1f s)", cpu, chars, allowed));
                }
            } catch (java.util.concurrent.TimeoutException e) {
                future.cancel(true);
                throw new IllegalStateException(String.format("over %.0f s for %d characters: a hang", allowed * HANG, chars));
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
