package io.zhclaims.normalize;

import io.zhclaims.normalize.ScriptConverter.Variant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * OpenCC's own to-simplified cases (../shared/peer-suites/opencc, not committed), each row through
 * {@link ScriptConverter#convertLine(String, Variant)} with the variant of its config, as the
 * {@code convert} command runs them. All rows together and every config on its own must reach 95%;
 * the rate of the plain (generic) conversion on the same rows is printed beside each config to show
 * what the regional chain adds.
 */
class OpenccSuiteTest {
    private static final Path TSV = Path.of("../shared/peer-suites/opencc/to-simplified.tsv");

    @Test
    void convertsOpenccToSimplifiedCasesPerConfig() throws Exception {
        assumeTrue(Files.isRegularFile(TSV), "../shared/peer-suites/opencc absent");
        ScriptConverter converter = new ScriptConverter();
        List<String> rows = Files.readAllLines(TSV, StandardCharsets.UTF_8);
        // per config: rows, passed with its variant, passed with the generic conversion
        Map<String, int[]> perConfig = new TreeMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            Variant variant = Variant.ofConfig(f[0]);
            assertNotNull(variant, "unknown config " + f[0]);
            int[] counts = perConfig.computeIfAbsent(f[0], k -> new int[3]);
            counts[0]++;
            if (converter.convertLine(f[2], variant).equals(f[3])) {
                counts[1]++;
            }
            if (converter.convertLine(f[2]).equals(f[3])) {
                counts[2]++;
            }
        }
        int total = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> e : perConfig.entrySet()) {
            int[] c = e.getValue();
            total += c[0];
            passed += c[1];
            System.out.printf("opencc %-6s %-17s %3d/%3d = %5.1f%%  (generic %3d)%n",
                    e.getKey(), Variant.ofConfig(e.getKey()), c[1], c[0], 100.0 * c[1] / c[0], c[2]);
        }
        System.out.printf("opencc all                      %3d/%3d = %5.1f%%%n", passed, total, 100.0 * passed / total);
        assertTrue(passed >= 0.95 * total, "all configs: " + passed + "/" + total);
        for (Map.Entry<String, int[]> e : perConfig.entrySet()) {
            int[] c = e.getValue();
            assertTrue(c[1] >= 0.95 * c[0], e.getKey() + ": " + c[1] + "/" + c[0]);
        }
    }
}
