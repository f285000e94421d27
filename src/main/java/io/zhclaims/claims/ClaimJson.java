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
 * The claim record's JSON form. Written by hand rather than by reflection because
 * {@code value} is a string for dates and a number otherwise, and because the field order
 * is part of what other tools see.
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
        o.put("title", c.title());
        o.put("published", c.published());
        o.put("sentence", c.sentence());
        o.put("original", c.original());
        o.put("offset", c.offset());
        o.put("start", c.start());
        o.put("end", c.end());
        o.put("mention", c.mention());
        o.put("kind", c.kind().id());
        if (c.kind() == Kind.DATE) {
            o.put("value", c.date());
        } else {
            o.put("value", c.value());
        }
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
        JsonNode value = n.get("value");
        String date = kind == Kind.DATE ? value.asText() : null;
        BigDecimal number = kind == Kind.DATE ? dateYear(date) : value.decimalValue();
        return new Claim(text(n, "id"), text(n, "doc"), text(n, "title"), text(n, "published"),
                text(n, "sentence"), text(n, "original"), n.get("offset").asInt(),
                n.get("start").asInt(), n.get("end").asInt(), text(n, "mention"), kind, number,
                isNull(n, "high") ? null : n.get("high").decimalValue(), date, text(n, "unit"),
                Qualifier.of(n.get("qualifier").asText()),
                isNull(n, "year") ? null : n.get("year").asInt(),
                list(n, "orgs"), list(n, "places"), list(n, "persons"),
                text(n, "subject"), text(n, "source"), text(n, "trend"));
    }

    /** A date's number is its year ({@code 2022-06} → 2022), null when it names none ({@code --06}). */
    private static BigDecimal dateYear(String date) {
        boolean hasYear = date.length() >= 4 && date.chars().limit(4).allMatch(Character::isDigit);
        return hasYear ? new BigDecimal(date.substring(0, 4)) : null;
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
