package io.zhclaims.spark;

import io.zhclaims.Zhclaims;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline on Apache Spark, for corpora one machine cannot take. Reads articles from any
 * Hadoop file system (local, HDFS, S3): folders of article files as {@code zhclaims index}
 * reads them, and Parquet tables of articles with the JSON Lines fields ({@code id, url, title,
 * published, text|html}). Each partition runs the same {@link Zhclaims} library and writes one
 * Lucene shard. The output folder gets:
 * <ul>
 *   <li>{@code claims.jsonl/}: the claim records, each line exactly as {@code extract} prints it;</li>
 *   <li>{@code claims.parquet/}: the same records as a table ({@link ClaimSchema});</li>
 *   <li>{@code errors/}: one {@code file: reason} line per input that failed;</li>
 *   <li>{@code shards/}: one index per partition, unless they were merged into a local index.</li>
 * </ul>
 */
public final class ClaimsJob {
    /** The article fields of a Parquet row, as a JSON Lines article names them. */
    private static final List<String> ARTICLE_COLUMNS = List.of("id", "url", "title", "published", "text", "html");

    /**
     * @param files      Hadoop paths of article files or folders of them (walked recursively)
     * @param tables     Hadoop paths of Parquet tables of articles
     * @param output     a Hadoop path for the results; replaced when it exists
     * @param index      a local folder to merge the shards into, or null to leave them in
     *                   {@code output/shards}
     * @param partitions how many partitions (and shards) to make, or null for one per core
     *                   ({@code spark.default.parallelism}) over the files, plus the tables'
     *                   own splits
     */
    public record Options(List<String> files, List<String> tables, String output, Path index, Integer partitions) {
        public Options {
            files = List.copyOf(files);
            tables = List.copyOf(tables);
            if (files.isEmpty() && tables.isEmpty()) {
                throw new IllegalArgumentException("no input given");
            }
            if (partitions != null && partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
            }
        }
    }

    public record Summary(long articles, long claims, long failed, int shards, boolean merged, Duration took) {
        public String line() {
            double seconds = took.toMillis() / 1000.0;
            return String.format(Locale.ROOT,
                    "%d articles, %d claims, %d failed; %d shards %s; %.1f s, %.1f articles/s",
                    articles, claims, failed, shards, merged ? "merged" : "written", seconds,
                    articles / Math.max(seconds, 0.001));
        }
    }

    private ClaimsJob() {
    }

    public static Summary run(SparkSession spark, Options options) throws IOException {
        Instant started = Instant.now();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        List<String> driverErrors = new ArrayList<>();
        int slices = options.partitions() != null ? options.partitions() : sc.defaultParallelism();
        List<Input> files = new ArrayList<>();
        for (String folder : options.files()) {
            files.addAll(ArticleFiles.list(hadoop, folder));
        }
        // Consecutive slices of the listing: a partition's files are neighbours, as in a single-machine run.
        JavaRDD<Input> inputs = sc.parallelize(files, Math.max(1, Math.min(slices, files.size())));
        for (String table : options.tables()) {
            inputs = inputs.union(tableArticles(spark, table, driverErrors));
        }
        Integer partitions = options.partitions();
        if (partitions != null && inputs.getNumPartitions() != partitions) {
            inputs = inputs.getNumPartitions() > partitions ? inputs.coalesce(partitions) : inputs.repartition(partitions);
        }
        String out = options.output();
        String shards = out + "/shards";
        // Shards of an earlier run with more partitions would otherwise be merged too; the
        // other outputs are replaced by their writers.
        org.apache.hadoop.fs.Path shardsPath = new org.apache.hadoop.fs.Path(shards);
        shardsPath.getFileSystem(hadoop).delete(shardsPath, true);

        JavaRDD<Line> lines = inputs.mapPartitions(new PartitionJob(shards, hadoop))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // The first action runs the pipeline and writes the shards; the writes below read the cache.
            Map<Line.Type, Long> counts = lines.map(Line::type).countByValue();
            JavaRDD<String> errors = lines.filter(l -> l.is(Line.Type.ERROR)).map(Line::text)
                    .union(sc.parallelize(driverErrors, 1));
            spark.createDataset(errors.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "/errors");
            Dataset<String> claims = spark.createDataset(
                    lines.filter(l -> l.is(Line.Type.CLAIM)).map(Line::text).rdd(), Encoders.STRING());
            claims.write().mode(SaveMode.Overwrite).text(out + "/claims.jsonl");
            spark.read().schema(ClaimSchema.sparkType()).json(claims)
                    .write().mode(SaveMode.Overwrite).parquet(out + "/claims.parquet");
            int shardCount = lines.getNumPartitions();
            if (options.index() != null) {
                ShardMerger.merge(hadoop, shards, options.index(), Zhclaims.get());
            }
            return new Summary(counts.getOrDefault(Line.Type.ARTICLE, 0L), counts.getOrDefault(Line.Type.CLAIM, 0L),
                    counts.getOrDefault(Line.Type.ERROR, 0L) + driverErrors.size(), shardCount,
                    options.index() != null, Duration.between(started, Instant.now()));
        } finally {
            lines.unpersist(false);
        }
    }

    /**
     * The rows of a Parquet table of articles. A row is named {@code table#id} (the table's
     * folder name), as a JSON Lines file names its lines; a row without an id could not be told
     * apart from others, so it is counted as an error.
     */
    private static JavaRDD<Input> tableArticles(SparkSession spark, String input, List<String> errors) {
        Dataset<Row> table = spark.read().parquet(input);
        String name = new org.apache.hadoop.fs.Path(input).getName();
        Set<String> columns = Set.of(table.columns());
        if (!columns.contains("id")) {
            throw new IllegalArgumentException(input + ": a table of articles needs an id column");
        }
        long withoutId = table.where(functions.col("id").isNull()).count();
        if (withoutId > 0) {
            errors.add(name + ": " + withoutId + (withoutId == 1 ? " row" : " rows") + " without an id skipped");
        }
        Column[] fields = ARTICLE_COLUMNS.stream().filter(columns::contains).map(functions::col).toArray(Column[]::new);
        return table.where(functions.col("id").isNotNull())
                .select(functions.to_json(functions.struct(fields)))
                .as(Encoders.STRING()).javaRDD()
                .map(json -> Input.row(name, json.getBytes(StandardCharsets.UTF_8)));
    }
}
