package io.zhclaims.cli;

import io.zhclaims.index.OwnArticles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCsvTest {
    @Test
    void csvWithBomHasTypedColumnsThatASpreadsheetReads(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        for (Map.Entry<String, String> e : OwnArticles.TEXTS.entrySet()) {
            Files.writeString(corpus.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(corpus.resolve(OwnArticles.PAGE_DOC), OwnArticles.PAGE, StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("index", corpus.toString(), "--index", index.toString()));

        StringWriter out = new StringWriter();
        cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("export", "--format", "csv", "--bom", "--index", index.toString()));
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFid,doc,url,title,"), csv.substring(0, 40));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertTrue(rows.size() > 5);
        for (CSVRecord r : rows) {
            String value = r.get("value");
            assertTrue(value.isEmpty() || value.matches("-?\\d+(\\.\\d+)?"), "plain decimal: " + value);
            assertTrue(r.get("date").isEmpty() == !r.get("kind").equals("date"), r.toString());
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("value").equals("695000000")), "6.95亿吨 as a plain number");
        assertTrue(rows.stream().anyMatch(r -> r.get("url").equals(OwnArticles.PAGE_URL)));
    }
}
