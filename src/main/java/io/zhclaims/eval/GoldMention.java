package io.zhclaims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhclaims.quantity.Kind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of a gold file (FORMAT.md). {@code date} holds the value of date mentions. */
public record GoldMention(String doc, String quote, String mention, Kind kind, double value,
                          String date, Double high, String unit, String qualifier, Integer year,
                          List<String> orgs) {

    public static List<GoldMention> read(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldMention> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(of(mapper.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        return out;
    }

    static GoldMention of(JsonNode n) {
        Kind kind = Kind.of(n.get("kind").asText());
        JsonNode v = n.get("value");
        List<String> orgs = new ArrayList<>();
        if (n.has("orgs")) {
            n.get("orgs").forEach(o -> orgs.add(o.asText()));
        }
        return new GoldMention(n.get("doc").asText(), n.get("quote").asText(),
                n.get("mention").asText(), kind,
                kind == Kind.DATE ? Double.NaN : v.asDouble(),
                kind == Kind.DATE ? v.asText() : null,
                n.hasNonNull("high") ? n.get("high").asDouble() : null,
                n.hasNonNull("unit") ? n.get("unit").asText() : null,
                n.get("qualifier").asText(),
                n.hasNonNull("year") ? n.get("year").asInt() : null,
                List.copyOf(orgs));
    }
}
