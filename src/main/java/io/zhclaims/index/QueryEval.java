package io.zhclaims.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhclaims.claims.Claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores search as FORMAT.md's "Search queries" says: a query is a hit when an expected
 * claim (same {@code doc}, same {@code mention}) is among the first 3 returned; its
 * reciprocal rank is that of the first expected claim within the first 10, else 0.
 */
public final class QueryEval {
    static final int HIT_DEPTH = 3;
    static final int RANK_DEPTH = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One expected claim of a query. */
    public record Expected(String doc, String mention) {
        boolean matches(Claim c) {
            return doc.equals(c.doc()) && mention.equals(c.mention());
        }
    }

    public record GoldQuery(String query, List<Expected> expect) {
        public GoldQuery {
            expect = List.copyOf(expect);
        }
    }

    /** @param rank 1-based rank of the first expected claim within the first 10, 0 if absent */
    public record Outcome(GoldQuery query, int rank) {
        public boolean hit() {
            return rank >= 1 && rank <= HIT_DEPTH;
        }
    }

    public record Report(List<Outcome> outcomes) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public int queries() {
            return outcomes.size();
        }

        public int hitsAt3() {
            return (int) outcomes.stream().filter(Outcome::hit).count();
        }

        public double mrr() {
            return outcomes.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank())
                    .average().orElse(0);
        }

        /** A line per query with the rank of its first expected claim, then the totals. */
        public String table() {
            StringBuilder b = new StringBuilder();
            for (Outcome o : outcomes) {
                b.append(String.format(java.util.Locale.ROOT, "%-6s %s%n",
                        o.rank() == 0 ? "-" : "#" + o.rank(), o.query().query()));
            }
            b.append(String.format(java.util.Locale.ROOT, "hits@3 %d/%d  MRR %.3f%n", hitsAt3(), queries(), mrr()));
            return b.toString();
        }
    }

    private QueryEval() {
    }

    /** Reads a queries file: one {@code {"query", "expect": [{"doc", "mention"}]}} per line. */
    public static List<GoldQuery> read(Path file) throws IOException {
        List<GoldQuery> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = MAPPER.readTree(line);
                List<Expected> expect = new ArrayList<>();
                for (JsonNode e : n.path("expect")) {
                    expect.add(new Expected(e.get("doc").asText(), e.get("mention").asText()));
                }
                if (!n.hasNonNull("query") || expect.isEmpty()) {
                    throw new IllegalArgumentException("needs a query and at least one expected claim");
                }
                out.add(new GoldQuery(n.get("query").asText(), expect));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": not a search query: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    public static Report evaluate(ClaimSearcher searcher, List<GoldQuery> queries) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (GoldQuery gq : queries) {
            List<Hit> hits = searcher.search(ClaimQuery.of(gq.query()).withLimit(RANK_DEPTH)).hits();
            int rank = 0;
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                Claim c = hits.get(i).claim();
                if (gq.expect().stream().anyMatch(e -> e.matches(c))) {
                    rank = i + 1;
                }
            }
            outcomes.add(new Outcome(gq, rank));
        }
        return new Report(outcomes);
    }
}
