package io.zhclaims.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the scanner on the public peer suites in {@code ../shared/peer-suites} (skipped when
 * absent). Their types are mapped to ours here, never in the product. A case passes when the
 * predictions and the expected results agree one to one on span and value.
 */
class PeerSuitesTest {
    static final Path ROOT = Path.of("..", "shared", "peer-suites");
    static final ObjectMapper JSON = new ObjectMapper();
    static final boolean VERBOSE = Boolean.getBoolean("peer.verbose");

    /** A predicted or expected item: span [start, end), value, optional unit/currency to compare. */
    record Item(int start, int end, double value, Double high, String tag) {
    }

    /** Full-width forms and traditional characters become what the product reads. */
    static String prepare(String input) {
        String s = Normalizer.normalize(input, Normalizer.Form.NFKC);
        if (s.length() != input.length()) {
            return input;
        }
        String simple = ZhConverterUtil.toSimple(s);
        return simple.length() == s.length() ? simple : s;
    }

    static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-9;
    }

    static double parse(String v) {
        return Double.parseDouble(v.replace("%", "").trim());
    }

    private double scoreRecognizers(String file, Function<String, List<Item>> predict,
                                    Function<JsonNode, Item> expect) throws IOException {
        Path p = ROOT.resolve("recognizers-text").resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), "peer suite absent: " + p);
        int total = 0, pass = 0;
        for (JsonNode c : JSON.readTree(p.toFile())) {
            String ns = (c.path("NotSupported").asText("") + "," + c.path("NotSupportedByDesign").asText(""))
                    .toLowerCase(Locale.ROOT);
            if (ns.contains("dotnet")) {
                continue;
            }
            total++;
            String input = c.get("Input").asText();
            List<Item> expected = new ArrayList<>();
            for (JsonNode r : c.get("Results")) {
                Item e = expect.apply(r);
                if (e != null) {
                    expected.add(e);
                }
            }
            List<Item> got = predict.apply(prepare(input));
            boolean ok = got.size() == expected.size();
            for (int i = 0; ok && i < got.size(); i++) {
                Item g = got.get(i), e = expected.get(i);
                ok = g.start == e.start && g.end == e.end && same(g.value, e.value)
                        && (e.tag == null || e.tag.equals(g.tag))
                        && (e.high == null ? g.high == null : g.high != null && same(g.high, e.high));
            }
            if (ok) {
                pass++;
            } else if (VERBOSE) {
                System.out.println("  MISS " + file + " " + input + "\n     expected " + expected + "\n     got      " + got);
            }
        }
        double rate = total == 0 ? 1 : (double) pass / total;
        System.out.printf(Locale.ROOT, "PEER %-40s %d/%d = %.1f%%%n", file, pass, total, 100 * rate);
        return rate;
    }

    static Item modelItem(JsonNode r, double value) {
        int start = r.get("Start").asInt();
        return new Item(start, r.get("End").asInt() + 1, value, null, null);
    }

    static List<Item> numerals(String s) {
        List<Item> out = new ArrayList<>();
        for (Numeral n : NumeralScanner.scan(s)) {
            out.add(new Item(n.start(), n.end(), n.value(), null, null));
        }
        return out;
    }

    @Test
    void recognizersNumberModel() throws IOException {
        double rate = scoreRecognizers("Number/NumberModel.json", PeerSuitesTest::numerals,
                r -> modelItem(r, parse(r.path("Resolution").path("value").asText("NaN"))));
        assertTrue(rate >= 0.95, "NumberModel pass rate " + rate);
    }

    /** Recognizers' ordinals are 第 + a numeral: the numeral layer's numerals right after 第. */
    @Test
    void recognizersOrdinalModel() throws IOException {
        double rate = scoreRecognizers("Number/OrdinalModel.json", s -> {
            List<Item> out = new ArrayList<>();
            for (Numeral n : NumeralScanner.scan(s)) {
                if (n.start() > 0 && s.charAt(n.start() - 1) == '第') {
                    out.add(new Item(n.start() - 1, n.end(), n.value(), null, null));
                }
            }
            return out;
        }, r -> modelItem(r, parse(r.path("Resolution").path("value").asText("NaN"))));
        assertTrue(rate >= 0.95, "OrdinalModel pass rate " + rate);
    }
}
