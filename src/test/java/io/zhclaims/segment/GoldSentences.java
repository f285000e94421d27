package io.zhclaims.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sentences of a gold file's documents that carry gold organizations (FORMAT.md sentences). */
final class GoldSentences {

    /** A sentence and the union of the org strings its gold lines give. */
    record Sentence(String doc, String text, Set<String> orgs) {
    }

    private GoldSentences() {
    }

    static List<Sentence> load(Path gold, Path cleanDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> docs = new HashMap<>();
        Map<String, Sentence> bySentence = new LinkedHashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = json.readTree(line);
            String doc = g.get("doc").asText();
            String text = docs.computeIfAbsent(doc, d -> read(cleanDir.resolve(d.replaceAll("\\.html$", ".txt"))));
            int at = text.indexOf(g.get("quote").asText());
            if (at < 0) {
                throw new IllegalStateException("quote not in " + doc + ": " + g.get("quote"));
            }
            int mention = at + g.get("quote").asText().indexOf(g.get("mention").asText());
            int[] span = sentenceAround(text, mention);
            String sentence = text.substring(span[0], span[1]);
            Sentence s = bySentence.computeIfAbsent(doc + "@" + span[0], k -> new Sentence(doc, sentence, new LinkedHashSet<>()));
            g.get("orgs").forEach(o -> s.orgs().add(o.asText()));
        }
        return new ArrayList<>(bySentence.values());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p, e);
        }
    }

    /** FORMAT.md: a sentence ends at 。!? (a closing quote stays with it) and at a line break. */
    static int[] sentenceAround(String text, int pos) {
        int start = pos;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = pos;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
            while (end < text.length() && (text.charAt(end) == '”' || text.charAt(end) == '"' || text.charAt(end) == '’')) {
                end++;
            }
        }
        while (start < end && (text.charAt(start) == '”' || text.charAt(start) == '’')) {
            start++;
        }
        return new int[]{start, end};
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || c == '\n' || c == '\r';
    }
}
