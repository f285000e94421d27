package io.zhclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.index.ClaimQuery;
import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.index.FacetCount;
import io.zhclaims.index.Hit;
import io.zhclaims.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the claim index. Words are AND-ed; \"a phrase\" must stand as written, -word excludes, and year:2023, year:[2019 TO 2023], org:NAME, kind:percent, unit:%%, value:[10 TO 20] filter. Queries may be simplified or traditional and may name an organization by any of its names. An empty query with filters lists claims by filter alone.")
final class SearchCommand extends Shell {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "keywords")
    List<String> words = List.of();

    @Mixin
    QueryOptions options;

    @Option(names = "--limit", paramLabel = "N", description = "how many claims (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--sort", paramLabel = "S", description = "relevance, year, year_asc, value or value_asc (default: ${DEFAULT-VALUE})")
    String sort = "relevance";

    @Option(names = "--json", description = "print claim records as JSON Lines, in rank order")
    boolean json;

    @Option(names = "--facets", description = "add counts by kind, year and organization")
    boolean facets;

    @Override
    int run(PrintWriter out, Problems problems) throws IOException {
        String text = String.join(" ", words);
        SearchResult result;
        try (ClaimSearcher searcher = options.index.open()) {
            result = searcher.search(options.toQuery(text, limit, facets).withSort(ClaimQuery.Order.of(sort)));
        }
        if (json) {
            result.hits().forEach(h -> out.println(ClaimJson.toJson(h.claim())));
        } else {
            printTable(out, result);
        }
        if (facets) {
            printFacets(out, result.facets());
        }
        return problems.exitCode();
    }

    private static void printTable(PrintWriter out, SearchResult result) {
        out.println(result.total() + " claims match" + (result.allWords() ? "" : " all words but one (none holds every word)")
                + (result.total() > result.hits().size() ? ", showing " + result.hits().size() : ""));
        int rank = 1;
        for (Hit h : result.hits()) {
            Claim c = h.claim();
            String value = c.date() != null ? c.date() : c.value().toPlainString()
                    + (c.high() != null ? "–" + c.high().toPlainString() : "");
            out.println(String.format(Locale.ROOT, "%2d. %s", rank++, h.highlighted("【", "】")));
            out.println(String.format(Locale.ROOT, "    %s %s%s | %s | year %s | orgs %s | %s",
                    c.kind().id(), value, c.unit() == null ? "" : " " + c.unit(),
                    c.qualifier().id(), c.year() == null ? "-" : c.year(),
                    c.orgs().isEmpty() ? "-" : String.join(", ", c.orgs()),
                    c.url() != null ? c.url() : c.doc()));
        }
    }

    private static void printFacets(PrintWriter out, Map<String, List<FacetCount>> facets) {
        for (String dim : List.of("kind", "year", "org")) {
            List<FacetCount> counts = facets.getOrDefault(dim, List.of());
            StringBuilder b = new StringBuilder(dim).append(':');
            counts.stream().limit(15).forEach(f -> b.append(' ').append(f.label()).append(" (").append(f.count()).append(')'));
            out.println(b);
        }
    }
}
