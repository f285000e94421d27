package io.zhclaims.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhclaims.ArticleResult;
import io.zhclaims.Batch;
import io.zhclaims.Zhclaims;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.index.ClaimQuery;
import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.index.IndexJob;
import io.zhclaims.index.SearchResult;
import io.zhclaims.ingest.CorpusWalker;
import io.zhclaims.ingest.IngestError;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in {@code local[2]} against the single-machine run of the same corpus: the
 * seeds, the hand-checked Big5 and GBK articles, a development set (HTML, text, JSON Lines) in a
 * subfolder, and a JSON Lines file with a bad line; and a Parquet table made of a JSON Lines
 * feed, whose rows give the claims of the feed's lines.
 */
class ClaimsJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FEED = Path.of("src/test/resources/gold/synthetic2/articles/r04_holiday_travel.jsonl");

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path corpus;
    static Reference single;
    static ClaimsJob.Summary summary;
    static Path out;
    static Path index;

    /** Claim lines and error lines of a single-machine run. */
    record Reference(List<String> claims, List<String> errors, int articles) {
    }

    @BeforeAll
    static void runBoth() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        copyAll(Path.of("seeds"), corpus);
        copyAll(Path.of("src/test/resources/articles"), corpus);
        copyAll(FEED.getParent(), Files.createDirectories(corpus.resolve("synthetic/2025")));
        Files.writeString(corpus.resolve("broken.jsonl"),
                "{\"id\": 1, \"title\": \"没有正文\"}\n{\"id\": 2, \"text\": \"截至9月末,全国充电基础设施总数达到1806万台,同比增长54.5%。\"}\n");
        Files.writeString(corpus.resolve(".hidden.txt"), "隐藏文件里的数字2024年增长了12%。");
        Files.writeString(corpus.resolve("notes.pdf"), "不是文章");
        Reference files = singleMachine(corpus);
        Reference feed = singleMachine(FEED);

        spark = SparkSession.builder().master("local[2]").appName("zhclaims-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString())
                .getOrCreate();
        // The JSON Lines feed as a table named like the file, so its rows get the same docs; one row lacks an id.
        Path feedLines = tmp.resolve("feed-with-a-row-without-id.jsonl");
        Files.write(feedLines, Stream.concat(Files.readAllLines(FEED).stream(),
                Stream.of("{\"title\": \"无编号\", \"text\": \"今年前10个月,全省新增就业岗位35.6万个。\"}")).toList());
        Path table = tmp.resolve("tables").resolve(FEED.getFileName().toString());
        StructType articles = new StructType().add("id", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("published", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("html", DataTypes.StringType);
        spark.read().schema(articles).json(feedLines.toString()).write().parquet(table.toString());

        out = tmp.resolve("out");
        index = tmp.resolve("index");
        summary = ClaimsJob.run(spark, new ClaimsJob.Options(List.of(corpus.toString()), List.of(table.toUri().toString()),
                out.toUri().toString(), index, 2));
        single = new Reference(Stream.concat(files.claims().stream(), feed.claims().stream()).toList(),
                Stream.concat(files.errors().stream(), Stream.of(FEED.getFileName() + ": 1 row without an id skipped")).toList(),
                files.articles() + feed.articles());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Article files and the table's rows alike. */
    @Test
    void claimRecordsAreThoseOfTheSingleMachineRun() throws IOException {
        assertTrue(single.claims().size() > 300, "the corpus holds hundreds of figures");
        assertEquals(sorted(single.claims()), sorted(parts(out.resolve("claims.jsonl"))));
        assertEquals(single.articles(), summary.articles());
        assertEquals(single.claims().size(), summary.claims());
    }

    @Test
    void failedInputsAreTheErrorLinesOfTheSingleMachineRun() throws IOException {
        assertEquals(List.of("broken.jsonl: line 1: has neither a \"text\" nor an \"html\" string",
                "r04_holiday_travel.jsonl: 1 row without an id skipped"), single.errors());
        assertEquals(sorted(single.errors()), sorted(parts(out.resolve("errors"))));
        assertEquals(2, summary.failed());
    }

    @Test
    void parquetRecordsHoldTheSameFieldsIdsValuesOrgsAndYears() throws IOException {
        List<Row> rows = spark.read().parquet(out.resolve("claims.parquet").toString()).collectAsList();
        StructType schema = rows.get(0).schema();
        JsonNode first = JSON.readTree(single.claims().get(0));
        assertEquals(fieldNames(first), List.of(schema.fieldNames()));
        assertEquals(DataTypes.DoubleType, schema.apply("high").dataType());
        List<String> expected = new ArrayList<>();
        for (String line : single.claims()) {
            JsonNode n = JSON.readTree(line);
            JsonNode value = n.get("value");
            expected.add(String.join("|", n.get("id").asText(), n.get("doc").asText(),
                    value.isNull() ? "null" : new java.math.BigDecimal(value.asText()).stripTrailingZeros().toPlainString(),
                    n.get("orgs").toString(), n.get("year").isNull() ? "null" : n.get("year").asText()));
        }
        List<String> actual = new ArrayList<>();
        for (Row r : rows) {
            Object year = r.get(r.fieldIndex("year"));
            int v = r.fieldIndex("value");
            actual.add(String.join("|", r.<String>getAs("id"), r.<String>getAs("doc"),
                    r.isNullAt(v) ? "null" : java.math.BigDecimal.valueOf(r.getDouble(v)).stripTrailingZeros().toPlainString(),
                    JSON.writeValueAsString(r.getList(r.fieldIndex("orgs"))), String.valueOf(year)));
        }
        assertEquals(sorted(expected), sorted(actual));
    }

    @Test
    void mergedIndexIsSearchedAsTheSingleMachineIndexIs() throws IOException {
        assertEquals(2, summary.shards());
        assertTrue(Files.notExists(out.resolve("shards")), "merged shards are removed");
        try (ClaimSearcher searcher = ClaimSearcher.open(index, Zhclaims.get().claimAnalysis())) {
            assertEquals(single.claims().size(), searcher.claimCount());
            SearchResult hits = searcher.search(ClaimQuery.of("充电基础设施总数"));
            assertEquals("1806万台", hits.hits().get(0).claim().mention());
            assertEquals("broken.jsonl#2", hits.hits().get(0).claim().doc());
        }
    }

    @Test
    void singleMachineIndexingContinuesFromTheMergedIndex() throws IOException {
        Path copy = tmp.resolve("index-copy");
        copyAll(index, Files.createDirectories(copy));
        IndexJob.Summary again = new IndexJob(Zhclaims.get(), 2).run(List.of(corpus, FEED), copy, false, (d, t, a) -> { });
        assertEquals(0, again.added() + again.changed() + again.removed());
        assertEquals(single.articles(), again.unchanged());
    }

    private static Reference singleMachine(Path input) {
        List<String> claims = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int[] articles = {0};
        new Batch(Zhclaims.get(), 2).run(new CorpusWalker().walk(List.of(input)), a -> true, new Batch.Sink() {
            @Override
            public void processed(ArticleResult result) {
                articles[0]++;
                result.claims().forEach(c -> claims.add(ClaimJson.toJson(c)));
            }

            @Override
            public void failed(IngestError error) {
                errors.add(error.toString());
            }
        });
        return new Reference(claims, errors, articles[0]);
    }

    /** The lines of a Spark output folder's part files. */
    private static List<String> parts(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    Files.copy(f, to.resolve(f.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
