package io.zhclaims.cli;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.index.ClaimSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Streams every claim record matching the query and filters (all claims by default) as JSON Lines (the claim schema) or CSV.")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv }

    @Option(names = "--format", paramLabel = "F", description = "jsonl or csv (default: ${DEFAULT-VALUE})")
    Format format = Format.jsonl;

    @Option(names = "--query", paramLabel = "Q", description = "keywords")
    String query = "";

    @Mixin
    QueryOptions options;

    @Spec
    CommandSpec spec;

    private static final List<String> COLUMNS = List.of("id", "doc", "title", "published", "sentence", "original",
            "offset", "start", "end", "mention", "kind", "value", "high", "unit", "qualifier", "year",
            "orgs", "places", "persons", "subject", "source", "trend");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ClaimSearcher searcher = ClaimSearcher.open(options.indexDir, Inputs.pipeline().claimAnalysis());
             Stream<Claim> claims = searcher.export(options.toQuery(query, 1, false))) {
            if (format == Format.csv) {
                out.println(String.join(",", COLUMNS));
            }
            for (Iterator<Claim> it = claims.iterator(); it.hasNext(); ) {
                Claim c = it.next();
                out.println(format == Format.jsonl ? ClaimJson.toJson(c) : csv(c));
            }
        }
        out.flush();
        return 0;
    }

    /** RFC 4180 rows; list fields joined by '|' so a row stays one value per column. */
    private static String csv(Claim c) {
        var node = ClaimJson.toNode(c);
        StringBuilder b = new StringBuilder();
        for (String col : COLUMNS) {
            if (b.length() > 0) {
                b.append(',');
            }
            var v = node.get(col);
            String text;
            if (v == null || v.isNull()) {
                text = "";
            } else if (v.isArray()) {
                StringBuilder list = new StringBuilder();
                v.forEach(e -> list.append(list.length() > 0 ? "|" : "").append(e.asText()));
                text = list.toString();
            } else if (v.isBigDecimal()) {
                text = v.decimalValue().toPlainString();
            } else {
                text = v.asText();
            }
            b.append(quote(text));
        }
        return b.toString();
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
