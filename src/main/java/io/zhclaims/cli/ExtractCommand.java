package io.zhclaims.cli;

import io.zhclaims.Batch;
import io.zhclaims.Zhclaims;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.ingest.Corpus;
import io.zhclaims.ingest.CorpusWalker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the claim records of articles as JSON Lines (schema: claim.schema.json). FILE may be an article, a .jsonl of articles or a folder (walked recursively).")
final class ExtractCommand extends Shell {
    @Parameters(arity = "0..*", paramLabel = "FILE|-", description = "articles, folders, or - for standard input (the default)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--lines", description = "treat each input line as its own document (doc = its 1-based line number)")
    boolean lines;

    @Mixin
    ThreadsOption workers;

    @Mixin
    MaxFileSizeOption maxFileSize;

    @Override
    int run(PrintWriter out, Problems problems) {
        Inputs.requireExisting(inputs);
        Zhclaims zhclaims = Inputs.pipeline();
        if (lines || inputs.isEmpty() || inputs.contains("-")) {
            // Standard input as one article, or with --lines every line of every input as its own
            List<String> sources = inputs.isEmpty() ? List.of("-") : inputs;
            problems.each(Inputs.articles(sources, lines, maxFileSize.bytes(), System.in, problems), "analysis",
                    raw -> zhclaims.process(raw, Zhclaims.contentHash(raw)).claims()
                            .forEach(c -> out.println(ClaimJson.toJson(c))));
        } else {
            Corpus corpus = new CorpusWalker().walk(Inputs.paths(inputs));
            new Batch(zhclaims, workers.threads, maxFileSize.bytes()).run(corpus, a -> true,
                    problems.sink(result -> result.claims().forEach(c -> out.println(ClaimJson.toJson(c)))));
        }
        return problems.exitCode();
    }
}
