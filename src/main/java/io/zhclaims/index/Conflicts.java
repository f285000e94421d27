package io.zhclaims.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Claims that disagree: figures about the same subject, organization and year, of the same
 * kind and unit, that differ from one article to another, so a fact-checker sees 38% here and
 * 29% there side by side. Only claims that name all three can be compared; two figures of
 * one article are not a conflict (an article may well give a before and an after).
 *
 * @param groups the conflicting groups, those spanning the most articles first
 */
public record Conflicts(List<Group> groups) {
    /** How many groups are returned; the rest are dropped from the answer. */
    static final int MAX_GROUPS = 50;
    /** How many figures a group shows. */
    static final int MAX_FIGURES = 12;

    /**
     * @param figures one record per article and figure: {@code id, doc, title, url, value,
     *                high, unit, mention, sentence}, the value typed as the claim record types it
     */
    public record Group(String subject, String org, int year, String kind, String unit,
                        int articles, List<JsonNode> figures) {
        public Group {
            figures = List.copyOf(figures);
        }
    }

    public Conflicts {
        groups = List.copyOf(groups);
    }

    /** The conflicts among every claim matching the query and its filters. */
    public static Conflicts find(ClaimSearcher searcher, ClaimQuery q) throws IOException {
        Map<List<Object>, List<Claim>> byKey = new LinkedHashMap<>();
        try (Stream<Claim> claims = searcher.export(q)) {
            claims.forEach(c -> {
                if (c.year() == null || c.subject() == null || c.subject().isBlank() || c.orgs().isEmpty()) {
                    return;
                }
                for (String org : new LinkedHashSet<>(c.orgs())) {
                    byKey.computeIfAbsent(List.of(c.subject().strip(), org, c.year(), c.kind().id(),
                            Objects.requireNonNullElse(c.unit(), "")), k -> new ArrayList<>()).add(c);
                }
            });
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, claims) -> {
            Group g = group(key, claims);
            if (g != null) {
                groups.add(g);
            }
        });
        groups.sort(Comparator.comparingInt(Group::articles).reversed()
                .thenComparing(Group::subject).thenComparing(Group::org));
        return new Conflicts(groups.size() > MAX_GROUPS ? groups.subList(0, MAX_GROUPS) : groups);
    }

    /** A group when at least two articles give at least two different figures, else null. */
    private static Group group(List<Object> key, List<Claim> claims) {
        Set<String> docs = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        Map<List<String>, ObjectNode> figures = new LinkedHashMap<>();
        for (Claim c : claims) {
            ObjectNode record = ClaimJson.toNode(c);
            String value = record.get("value").asText() + ".." + record.get("high").asText();
            docs.add(c.doc());
            values.add(value);
            figures.computeIfAbsent(List.of(c.doc(), value), k -> figure(record));
        }
        if (docs.size() < 2 || values.size() < 2) {
            return null;
        }
        // In article order, so the same figures always stand in the same place.
        List<JsonNode> shown = figures.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((List<String> k) -> k.get(0))
                        .thenComparing(k -> k.get(1))))
                .map(e -> (JsonNode) e.getValue()).toList();
        return new Group((String) key.get(0), (String) key.get(1), (Integer) key.get(2), (String) key.get(3),
                ((String) key.get(4)).isEmpty() ? null : (String) key.get(4), docs.size(),
                shown.size() > MAX_FIGURES ? shown.subList(0, MAX_FIGURES) : shown);
    }

    private static ObjectNode figure(ObjectNode record) {
        ObjectNode f = record.objectNode();
        for (String field : List.of("id", "doc", "title", "url", "value", "high", "unit", "mention", "sentence")) {
            if (record.has(field)) {
                f.set(field, record.get(field));
            }
        }
        return f;
    }
}
