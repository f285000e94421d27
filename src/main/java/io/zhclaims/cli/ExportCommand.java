package io.zhclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.index.ClaimSearcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Streams every claim record matching the query and filters (all claims by default) as JSON Lines (the claim schema) or CSV.")
final class ExportCommand extends Shell {
    enum Format { jsonl, csv }

    @Option(names = "--format", paramLabel = "F", description = "jsonl or csv (default: ${DEFAULT-VALUE})")
    Format format = Format.jsonl;

    @Option(names = "--query", paramLabel = "Q", description = "keywords")
    String query = "";

    @Mixin
    QueryOptions options;

    @Option(names = "--bom", description = "start CSV with a UTF-8 byte order mark, so Excel reads the Chinese text right")
    boolean bom;

    /**
     * The CSV columns: the record's fields in its order, one type per column (numbers as plain
     * decimals, so a spreadsheet reads them as numbers; lists joined by '|').
     */
    private static final List<String> COLUMNS = List.of("id", "doc", "url", "title", "published", "sentence",
            "original", "offset", "start", "end", "text_start", "text_end", "mention", "kind", "value", "date",
            "high", "unit", "qualifier", "year", "orgs", "places", "persons", "subject", "source", "trend");

    @Override
    int run(PrintWriter out, Problems problems) throws IOException {
        if (bom && format != Format.csv) {
            throw new IllegalArgumentException("--bom goes with --format csv");
        }
        try (ClaimSearcher searcher = options.index.open();
             Stream<Claim> claims = searcher.export(options.toQuery(query, 1, false))) {
            if (format == Format.csv) {
                if (bom) {
                    out.print('\uFEFF');
                }
                // The printer is not closed: closing would close standard output.
                CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
                for (Iterator<Claim> it = claims.iterator(); it.hasNext(); ) {
                    csv.printRecord(row(it.next()));
                }
                csv.flush();
            } else {
                for (Iterator<Claim> it = claims.iterator(); it.hasNext(); ) {
                    out.println(ClaimJson.toJson(it.next()));
                }
            }
        }
        return problems.exitCode();
    }

    static List<String> row(Claim c) {
        ObjectNode node = ClaimJson.toNode(c);
        List<String> row = new ArrayList<>(COLUMNS.size());
        for (String col : COLUMNS) {
            row.add(cell(node.get(col)));
        }
        return row;
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(e -> items.add(e.asText()));
            return String.join("|", items);
        }
        if (v.isNumber()) {
            // JSON may write 4.8E11; a spreadsheet column wants 480000000000.
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.asText();
    }
}
