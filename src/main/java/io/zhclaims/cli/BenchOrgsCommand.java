package io.zhclaims.cli;

import io.zhclaims.eval.OrgBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench-orgs", mixinStandardHelpOptions = true,
        description = "Scores organization chunks (exact span P/R/F1) on the MSRA NER test set for the name lists alone, the trained tagger alone and both combined; with --cost, measures what the tagger costs end to end.")
final class BenchOrgsCommand implements Callable<Integer> {
    @Option(names = "--msra", paramLabel = "FILE", defaultValue = "../shared/corpora/msra-ner-sighan2006-test/testright1.txt",
            description = "the gold chunks (default: ${DEFAULT-VALUE})")
    Path msra;

    @Option(names = "--cost", description = "instead of scoring, measure what the tagger costs end to end: clean + extract of CCTV stories with the lists alone and with the tagger, in one run")
    boolean cost;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/news/xinwenlianbo",
            description = "with --cost: the CCTV transcripts (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--rounds", defaultValue = "5", description = "with --cost: measured rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (cost) {
            if (!Files.isDirectory(corpus)) {
                throw new IllegalArgumentException("no such folder " + corpus);
            }
            spec.commandLine().getOut().print(io.zhclaims.eval.OrgCost.run(corpus, 500_000, rounds).report());
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!Files.isRegularFile(msra)) {
            throw new IllegalArgumentException("no such file " + msra);
        }
        spec.commandLine().getOut().print(OrgBench.table(OrgBench.run(msra)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
