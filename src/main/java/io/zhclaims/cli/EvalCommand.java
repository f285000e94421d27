package io.zhclaims.cli;

import io.zhclaims.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline on a corpus and scores it against a gold file as FORMAT.md's",
                "Scoring says: mention P/R/F1 overall and per kind, unit, qualifier and year",
                "accuracy, org F1. The last line is 'F1 <value>'."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold mentions, JSON Lines (FORMAT.md)")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "the articles the gold refers to")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("no gold file " + gold);
        }
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no corpus folder " + corpus);
        }
        Evaluation.Result result = new Evaluation(Inputs.pipeline(), threads).run(gold, corpus);
        result.errors().forEach(err::println);
        out.print(result.score().table());
        out.flush();
        return result.errors().isEmpty() ? 0 : Main.INPUT_FAILED;
    }
}
