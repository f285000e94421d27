package io.zhclaims.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the scanner against the gold mentions as FORMAT.md scores them (year and orgs left
 * out): same document, kind and value, overlapping span. Sentences are cut as FORMAT.md says.
 */
class GoldEvalTest {
    static final Path GOLD = Path.of("src", "test", "resources", "gold");

    record Span(String doc, Kind kind, int start, int end, double value, String date, String text) {
    }

    record Score(double precision, double recall) {
    }

    /** Sentence spans of a document: ends after 。!? (and a closing quote) and at line breaks. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i > start) {
                    out.add(new int[]{start, i});
                }
                start = i + 1;
            } else if (c == '。' || c == '!' || c == '?') {
                int e = i + 1;
                while (e < text.length() && "”’\"』」".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                out.add(new int[]{start, e});
                start = e;
                i = e - 1;
            }
        }
        if (start < text.length()) {
            out.add(new int[]{start, text.length()});
        }
        return out;
    }

    static Score evaluate(String name, Path claims, Path cleanDir, boolean stripHtml) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new TreeMap<>();
        List<Span> gold = new ArrayList<>();
        for (String line : Files.readAllLines(claims, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = json.readTree(line);
            String doc = g.get("doc").asText();
            String file = stripHtml ? doc.replace(".html", ".txt") : doc;
            String text = texts.computeIfAbsent(doc, d -> read(cleanDir.resolve(file)));
            String quote = g.get("quote").asText();
            String mention = g.get("mention").asText();
            int qi = text.indexOf(quote);
            int mi = quote.indexOf(mention);
            if (qi < 0 || mi < 0) {
                throw new IllegalStateException("gold quote not found: " + line);
            }
            Kind kind = Kind.of(g.get("kind").asText());
            JsonNode v = g.get("value");
            gold.add(new Span(doc, kind, qi + mi, qi + mi + mention.length(),
                    kind == Kind.DATE ? Double.NaN : v.asDouble(), kind == Kind.DATE ? v.asText() : null, mention));
        }
        List<Span> pred = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String text = e.getValue();
            for (int[] sent : sentences(text)) {
                for (Quantity q : QuantityScanner.scan(text.substring(sent[0], sent[1]))) {
                    pred.add(new Span(e.getKey(), q.kind(), sent[0] + q.start(), sent[0] + q.end(), q.value(),
                            q.date(), q.mention()));
                }
            }
        }
        boolean[] used = new boolean[pred.size()];
        Map<Kind, int[]> perKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int matched = 0;
        for (Span g : gold) {
            perKind.computeIfAbsent(g.kind(), k -> new int[3])[0]++;
            boolean found = false;
            for (int i = 0; i < pred.size() && !found; i++) {
                Span p = pred.get(i);
                if (!used[i] && p.doc().equals(g.doc()) && p.kind() == g.kind() && p.start() < g.end()
                        && g.start() < p.end() && (g.kind() == Kind.DATE ? g.date().equals(p.date())
                        : PeerSuitesTest.same(g.value(), p.value()))) {
                    used[i] = true;
                    found = true;
                }
            }
            if (found) {
                matched++;
                perKind.get(g.kind())[1]++;
            } else {
                String text = texts.get(g.doc());
                misses.add("MISS " + g.kind().id() + " " + g.text() + " = " + (g.date() != null ? g.date() : g.value())
                        + "   | " + context(text, g.start(), g.end()) + "   | got " + near(pred, g));
            }
        }
        List<String> extras = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            Span p = pred.get(i);
            perKind.computeIfAbsent(p.kind(), k -> new int[3])[2]++;
            if (!used[i]) {
                extras.add("EXTRA " + p.kind().id() + " " + p.text() + " = " + (p.date() != null ? p.date() : p.value())
                        + "   | " + context(texts.get(p.doc()), p.start(), p.end()));
            }
        }
        double precision = pred.isEmpty() ? 0 : (double) matched / pred.size();
        double recall = gold.isEmpty() ? 0 : (double) matched / gold.size();
        System.out.printf(Locale.ROOT, "GOLD %s: gold %d, predicted %d, matched %d; precision %.3f recall %.3f%n",
                name, gold.size(), pred.size(), matched, precision, recall);
        for (Map.Entry<Kind, int[]> e : perKind.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "  %-10s gold %3d matched %3d predicted %3d  recall %.2f%n", e.getKey().id(),
                    c[0], c[1], c[2], c[0] == 0 ? 1.0 : (double) c[1] / c[0]);
        }
        misses.forEach(m -> System.out.println("  " + m));
        extras.forEach(m -> System.out.println("  " + m));
        return new Score(precision, recall);
    }

    static String near(List<Span> pred, Span g) {
        StringBuilder b = new StringBuilder();
        for (Span p : pred) {
            if (p.doc().equals(g.doc()) && p.start() < g.end() && g.start() < p.end()) {
                b.append(p.kind().id()).append(' ').append(p.text()).append('=')
                        .append(p.date() != null ? p.date() : p.value()).append("; ");
            }
        }
        return b.toString();
    }

    static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 12), start) + "[" + text.substring(start, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 12)).replace('\n', ' ');
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p, e);
        }
    }

    @Test
    void seedGoldKindAndValueRecallAndPrecision() throws IOException {
        Score s = evaluate("seeds", GOLD.resolve("seeds.claims.jsonl"), GOLD.resolve("seeds-clean"), false);
        // measured 1.000 and 1.000 when the bars were set; a change may cost at most 0.01
        assertTrue(s.recall() >= 0.99, "recall " + s.recall());
        assertTrue(s.precision() >= 0.99, "precision " + s.precision());
    }

    @Test
    void devNewsGoldKeepsItsKindAndValueRecallAndPrecision() throws IOException {
        Score s = evaluate("dev-news", GOLD.resolve("dev-news/claims.jsonl"), GOLD.resolve("dev-news/clean"), true);
        // measured 1.000 and 1.000 when the bars were set
        assertTrue(s.recall() >= 0.99, "recall " + s.recall());
        assertTrue(s.precision() >= 0.99, "precision " + s.precision());
    }
}
