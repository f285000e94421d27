package io.zhclaims.cli;

import io.zhclaims.segment.OrgTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "train-orgs", mixinStandardHelpOptions = true,
        description = "Trains the organization tagger from the People's Daily 1998 corpus (GBK, PKU tags) and writes the model that ships in the jar.")
final class TrainOrgsCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/corpora/pfr1998/199801.txt",
            description = "the tagged corpus (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/segment/org-model.bin.gz",
            description = "where the model goes (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--epochs", defaultValue = "8", description = "passes over the corpus (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "1998", description = "shuffling seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dev-every", defaultValue = "0",
            description = "hold out every n-th article and score it after each epoch; 0 trains on all (default: ${DEFAULT-VALUE})")
    int devEvery;

    @Option(names = "--min-weight", defaultValue = "0.5",
            description = "features whose weights all stay below this are dropped from the model (default: ${DEFAULT-VALUE})")
    float minWeight;

    @Option(names = "--bias", defaultValue = "16",
            description = "added to the score of every name tag, for recall; chosen on the held-out split of --dev-every (default: ${DEFAULT-VALUE})")
    float bias;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalArgumentException("no such file " + corpus);
        }
        PrintWriter log = spec.commandLine().getOut();
        new OrgTrainer(new OrgTrainer.Settings(epochs, seed, devEvery, minWeight, bias), log).train(corpus, out);
        return 0;
    }
}
