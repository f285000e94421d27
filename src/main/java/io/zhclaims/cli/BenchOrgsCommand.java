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
        description = "Scores organization chunks (exact span P/R/F1) on the MSRA NER test set for the name lists alone, the trained tagger alone and both combined.")
final class BenchOrgsCommand implements Callable<Integer> {
    @Option(names = "--msra", paramLabel = "FILE", defaultValue = "../shared/corpora/msra-ner-sighan2006-test/testright1.txt",
            description = "the gold chunks (default: ${DEFAULT-VALUE})")
    Path msra;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (!Files.isRegularFile(msra)) {
            throw new IllegalArgumentException("no such file " + msra);
        }
        spec.commandLine().getOut().print(OrgBench.table(OrgBench.run(msra)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
