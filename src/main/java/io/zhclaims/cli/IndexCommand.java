package io.zhclaims.cli;

import io.zhclaims.index.IndexJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Brings the claim index up to date with the articles: only new or changed articles are analysed, claims of deleted articles are removed. The index is committed every --commit-every articles or --commit-seconds seconds, so an interrupted run loses at most that slice and the next run resumes. --full rebuilds in a fresh folder and swaps it in atomically. Errors go to standard error and to <index>-errors.txt, one line per file.")
final class IndexCommand extends Shell {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "article folders or files (default: corpus)")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    IndexOption index;

    @Option(names = "--full", description = "re-analyse every article into a fresh index, swapped in when complete (also mends a damaged index)")
    boolean full;

    @Option(names = "--commit-every", paramLabel = "N", description = "commit after every N articles analysed (default: ${DEFAULT-VALUE})")
    int commitEvery = IndexJob.Settings.DEFAULT.commitEvery();

    @Option(names = "--commit-seconds", paramLabel = "S", description = "commit at least every S seconds (default: ${DEFAULT-VALUE})")
    int commitSeconds = IndexJob.Settings.DEFAULT.commitSeconds();

    @Mixin
    MaxFileSizeOption maxFileSize;

    @Mixin
    ThreadsOption workers;

    @Override
    int run(PrintWriter out, Problems problems) throws IOException {
        PrintWriter err = err();
        Path indexDir = index.dir;
        List<Path> dirs = inputs.isEmpty() ? List.of(Path.of("corpus")) : inputs;
        Inputs.requireExisting(dirs.stream().map(Path::toString).toList());
        boolean terminal = System.console() != null;
        long started = System.nanoTime();
        IndexJob.Settings settings = new IndexJob.Settings(commitEvery, commitSeconds, maxFileSize.bytes());
        IndexJob.Summary summary = new IndexJob(Inputs.pipeline(), workers.threads, settings).run(dirs, indexDir, full,
                (done, total, analysed) -> report(err, terminal, started, done, total, analysed));
        if (terminal) {
            err.println();
        }
        problems.failed(summary.errors());
        problems.notes(summary.notes());
        Path errorReport = indexDir.resolveSibling(indexDir.getFileName() + "-errors.txt");
        Files.write(errorReport, problems.lines(), StandardCharsets.UTF_8);
        out.println("indexed " + String.join(" ", dirs.stream().map(Path::toString).toList()) + " into " + indexDir
                + ": " + summary.line());
        if (summary.failed() > 0) {
            out.println("errors: " + errorReport);
        }
        return Problems.exitCode(summary.failed());
    }

    /** A progress bar on a terminal; a plain line every tenth of the way otherwise (logs, CI). */
    private static void report(PrintWriter err, boolean terminal, long started, int done, int total, int analysed) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        String rate = String.format(Locale.ROOT, "%.1f files/s", done / seconds);
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files, %d analysed, %s",
                    "#".repeat(filled), " ".repeat(width - filled), done, total, analysed, rate));
            err.flush();
        } else if (total > 0 && (done == total || done % Math.max(1, total / 10) == 0)) {
            err.println(String.format(Locale.ROOT, "zhclaims index: %d/%d files, %d analysed, %s",
                    done, total, analysed, rate));
        }
    }
}
