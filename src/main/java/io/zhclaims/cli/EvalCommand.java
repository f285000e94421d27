package io.zhclaims.cli;

import io.zhclaims.eval.Evaluation;
import io.zhclaims.eval.SearchEvaluation;
import io.zhclaims.index.QueryEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs the pipeline on a corpus and scores it against a gold file as FORMAT.md's Scoring says: mention P/R/F1 overall and per kind, unit, qualifier and year accuracy, org F1. The last line is 'F1 <value>'.")
final class EvalCommand extends Shell {
    @Option(names = "--gold", paramLabel = "FILE", description = "gold mentions, JSON Lines (FORMAT.md)")
    Path gold;

    @Option(names = "--queries", paramLabel = "FILE", description = "search queries with expected claims (FORMAT.md): hits@3 and MRR")
    Path queries;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "the articles the gold refers to")
    Path corpus;

    @Mixin
    ThreadsOption workers;

    @Override
    int run(PrintWriter out, Problems problems) throws java.io.IOException {
        if (gold == null && queries == null) {
            throw new IllegalArgumentException("give --gold, --queries or both");
        }
        for (Path f : new Path[]{gold, queries}) {
            if (f != null && !Files.isRegularFile(f)) {
                throw new IllegalArgumentException("no such file " + f);
            }
        }
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no corpus folder " + corpus);
        }
        Evaluation.Result result = new Evaluation(Inputs.pipeline(), workers.threads).run(gold, corpus);
        problems.failed(result.errors());
        if (queries != null) {
            QueryEval.Report report = SearchEvaluation.run(Inputs.pipeline(), result.articles(), queries);
            out.print(report.table());
        }
        if (gold != null) {
            out.print(result.score().table());
        }
        return problems.exitCode();
    }
}
