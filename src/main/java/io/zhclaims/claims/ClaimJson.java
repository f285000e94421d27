package io.zhclaims.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Qualifier;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim record's JSON form (schema version 2). Written by hand rather than by reflection
 * because the field order is part of what other tools see and some fields are derived. Each
 * field has one type, so data tools type the columns right: {@code value} is always a number
 * (a date's year, null for a date without one) and a date's ISO form is in {@code date}.
 */
public final class ClaimJson {
    /** Values go out as the decimals the text wrote ({@code 3880000000}, never {@code 3.88E+9}) and come back exact. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ClaimJson() {
    }

    public static ObjectNode toNode(Claim c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("doc", c.doc());
        o.put("url", c.url());
        o.put("title", c.title());
        o.put("published", c.published());
        o.put("sentence", c.sentence());
        o.put("original", c.original());
        o.put("offset", c.offset());
        o.put("start", c.start());
        o.put("end", c.end());
        // Where the mention stands in the whole cleaned article, for a reader that holds the text.
        o.put("text_start", c.offset() + c.start());
        o.put("text_end", c.offset() + c.end());
        o.put("mention", c.mention());
        o.put("kind", c.kind().id());
        o.put("value", c.value());
        o.put("date", c.date());
        o.put("high", c.high());
        o.put("unit", c.unit());
        o.put("qualifier", c.qualifier().id());
        o.put("year", c.year());
        strings(o.putArray("orgs"), c.orgs());
        strings(o.putArray("places"), c.places());
        strings(o.putArray("persons"), c.persons());
        o.put("subject", c.subject());
        o.put("source", c.source());
        o.put("trend", c.trend());
        return o;
    }

    public static String toJson(Claim c) {
        try {
            return MAPPER.writeValueAsString(toNode(c));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Claim fromJson(String line) {
        try {
            return fromNode(MAPPER.readTree(line));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a claim record: " + e.getOriginalMessage(), e);
        }
    }

    public static Claim fromNode(JsonNode n) {
        Kind kind = Kind.of(n.get("kind").asText());
        BigDecimal number = isNull(n, "value") ? null : n.get("value").decimalValue();
        return new Claim(text(n, "id"), text(n, "doc"), text(n, "url"), text(n, "title"), text(n, "published"),
                text(n, "sentence"), text(n, "original"), n.get("offset").asInt(),
                n.get("start").asInt(), n.get("end").asInt(), text(n, "mention"), kind, number,
                isNull(n, "high") ? null : n.get("high").decimalValue(), text(n, "date"), text(n, "unit"),
                Qualifier.of(n.get("qualifier").asText()),
                isNull(n, "year") ? null : n.get("year").asInt(),
                list(n, "orgs"), list(n, "places"), list(n, "persons"),
                text(n, "subject"), text(n, "source"), text(n, "trend"));
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static boolean isNull(JsonNode n, String field) {
        return !n.hasNonNull(field);
    }

    private static String text(JsonNode n, String field) {
        return isNull(n, field) ? null : n.get(field).asText();
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        if (n.has(field)) {
            n.get(field).forEach(e -> out.add(e.asText()));
        }
        return out;
    }
}
