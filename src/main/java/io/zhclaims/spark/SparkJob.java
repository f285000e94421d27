package io.zhclaims.spark;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The Spark job's entry point for {@code spark-submit --class io.zhclaims.spark.SparkJob}: a
 * thin shell over {@link ClaimsJob}. Spark itself (master, executors, memory) is configured by
 * {@code spark-submit}.
 */
@Command(name = "zhclaims-spark", mixinStandardHelpOptions = true,
        description = "Extracts the claims of a corpus on Apache Spark: JSON Lines and Parquet records, and a Lucene index.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:usage error", "2:some inputs failed (see OUTPUT/errors)"})
public final class SparkJob implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH",
            description = "a folder of article files (walked recursively) or one file, as `zhclaims index` reads them; any Hadoop path (hdfs://, s3a://, file:); repeatable")
    List<String> files = new ArrayList<>();

    @Option(names = "--table", paramLabel = "PATH",
            description = "a Parquet table of articles with the JSON Lines fields (id, url, title, published, text|html); a row is named TABLE#id; repeatable")
    List<String> tables = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "a Hadoop path for claims.jsonl/, claims.parquet/, errors/ and shards/; replaced when it exists")
    String output;

    @Option(names = "--index", paramLabel = "DIR",
            description = "a folder on the driver's disk to merge the shards into, for `zhclaims search`; without it the shards stay in OUTPUT/shards")
    Path index;

    @Option(names = "--partitions", paramLabel = "N",
            description = "partitions, and so shards (default: one per core for the files, plus the tables' own splits)")
    Integer partitions;

    @Override
    public Integer call() throws Exception {
        ClaimsJob.Options options = new ClaimsJob.Options(files, tables, output, index, partitions);
        SparkSession spark = SparkSession.builder().appName("zhclaims").getOrCreate();
        try {
            ClaimsJob.Summary s = ClaimsJob.run(spark, options);
            System.out.println("extracted into " + output
                    + (index == null ? "" : " and " + index) + ": " + s.line());
            return s.failed() == 0 ? 0 : 2;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new SparkJob());
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("zhclaims-spark: " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? 1 : 2;
        });
        System.exit(cl.execute(args));
    }
}
