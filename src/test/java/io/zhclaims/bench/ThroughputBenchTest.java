package io.zhclaims.bench;

import io.zhclaims.Zhclaims;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench throughput} end to end on the five seed articles: every pass runs and reports. */
class ThroughputBenchTest {
    @Test
    void measuresEveryPassOnTheSeeds() throws Exception {
        StringWriter text = new StringWriter();
        ThroughputBench.Report r = new ThroughputBench(Zhclaims.get(), new PrintWriter(text)).run(Path.of("seeds"), 2, Long.MAX_VALUE);
        assertEquals(5, r.files());
        assertTrue(r.chars() > 5_000, "cleaned characters: " + r.chars());
        assertEquals(5, r.passes().size(), text.toString());
        for (ThroughputBench.Pass p : r.passes()) {
            assertTrue(p.rate() > 0 && p.cpuRate() > 0, p.toString());
        }
        assertTrue(r.pass("index (end to end)", 2).peakHeap() > 0);
        String out = text.toString();
        assertTrue(out.contains("index / HanLP, same threads (2)"), out);
        assertTrue(out.contains("2 threads / 1 thread"), out);
    }
}
