package io.zhclaims.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.Decimals;
import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Qualifier;
import io.zhclaims.segment.Segmenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Test fixtures: claim records made from the seed gold and the cleaned seed texts (the claim
 * pipeline is not part of this package), and the analysis the CLI will wire.
 */
final class SeedClaims {
    static final Path GOLD = Path.of("src/test/resources/gold");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final List<Set<String>> ALIASES = List.of(
            Set.of("DeepSeek", "深度求索"),
            Set.of("英伟达", "NVIDIA", "辉达"),
            Set.of("斯坦福大学", "史丹佛大学", "Stanford University"));

    private SeedClaims() {
    }

    static ClaimAnalysis analysis() {
        Map<String, Set<String>> byName = new HashMap<>();
        for (Set<String> group : ALIASES) {
            group.forEach(n -> byName.put(n.toLowerCase(Locale.ROOT), group));
        }
        return new ClaimAnalysis(SEGMENTER,
                q -> ZhConverterUtil.toSimple(Normalizer.normalize(q, Normalizer.Form.NFKC)),
                name -> byName.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()));
    }

    /** One claim per seed gold line, in gold order (grouped by doc). */
    static List<Claim> all() {
        return all(true);
    }

    /** @param withSubjects false drops the gold subjects, as a weaker pipeline might */
    static List<Claim> all(boolean withSubjects) {
        try {
            List<Claim> out = new ArrayList<>();
            Map<String, String> texts = new HashMap<>();
            for (String line : Files.readAllLines(GOLD.resolve("seeds.claims.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode g = MAPPER.readTree(line);
                String doc = g.get("doc").asText();
                String text = texts.computeIfAbsent(doc, d -> read(GOLD.resolve("seeds-clean").resolve(d)));
                out.add(claim(g, doc, text, withSubjects));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-made claim: the mention is located in the sentence, the rest is as given. */
    static Claim claim(String doc, int offset, String sentence, String mention, Kind kind,
                       double value, Double high, String unit, Integer year, List<String> orgs,
                       String subject) {
        int at = sentence.indexOf(mention);
        if (at < 0) {
            throw new IllegalArgumentException(mention + " not in " + sentence);
        }
        int start = sentence.codePointCount(0, at);
        int end = start + mention.codePointCount(0, mention.length());
        return new Claim(doc + "#" + (offset + start), doc, null, "标题", "2025-11-20", sentence,
                ZhConverterUtil.toTraditional(sentence), offset, start, end, mention, kind, Decimals.of(value),
                Decimals.of(high), null, unit, Qualifier.EXACT, year, orgs, List.of(), List.of(), subject,
                null, null);
    }

    static List<Claim> ofDoc(String doc) {
        return all().stream().filter(c -> c.doc().equals(doc)).toList();
    }

    private static Claim claim(JsonNode g, String doc, String text, boolean withSubjects) {
        String quote = g.get("quote").asText();
        String mention = g.get("mention").asText();
        int q = text.indexOf(quote);
        if (q < 0) {
            throw new IllegalStateException("quote not in " + doc + ": " + quote);
        }
        int m = q + quote.indexOf(mention);
        int[] span = sentence(text, m);
        String sentence = text.substring(span[0], span[1]);
        int startChars = m - span[0];
        int start = sentence.codePointCount(0, startChars);
        int end = start + mention.codePointCount(0, mention.length());
        Kind kind = Kind.of(g.get("kind").asText());
        String date = kind == Kind.DATE ? g.get("value").asText() : null;
        BigDecimal value = kind == Kind.DATE ? null : Decimals.of(g.get("value").asDouble());
        BigDecimal high = g.hasNonNull("high") ? Decimals.of(g.get("high").asDouble()) : null;
        Integer year = g.hasNonNull("year") ? g.get("year").asInt() : null;
        List<String> orgs = new ArrayList<>();
        g.path("orgs").forEach(o -> orgs.add(o.asText()));
        String subject = withSubjects && g.hasNonNull("subject") ? g.get("subject").asText() : null;
        int offset = text.codePointCount(0, span[0]);
        return new Claim(doc.substring(0, 3) + "-" + (offset + start), doc, null, null, "2025-11-20",
                sentence, sentence, offset, start, end, mention, kind, value, high, date,
                g.hasNonNull("unit") ? g.get("unit").asText() : null,
                Qualifier.of(g.get("qualifier").asText()), year, orgs, List.of(), List.of(),
                subject, null, null);
    }

    /** FORMAT.md's sentences: they end at 。!? (a closing quote stays) and at line breaks. */
    private static int[] sentence(String text, int at) {
        int a = at;
        while (a > 0 && !endsBefore(text, a)) {
            a--;
        }
        int b = at + 1;
        while (b < text.length() && !endsBefore(text, b)) {
            b++;
        }
        return new int[]{a, b};
    }

    /** Whether a sentence ends right before index i. */
    private static boolean endsBefore(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char prev = text.charAt(i - 1);
        char cur = text.charAt(i);
        if (cur == '\n' || prev == '\n') {
            return true;
        }
        boolean closer = "”’」』\"".indexOf(cur) >= 0;
        return "。!?".indexOf(prev) >= 0 && !closer
                || "”’」』\"".indexOf(prev) >= 0 && i >= 2 && "。!?".indexOf(text.charAt(i - 2)) >= 0;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
