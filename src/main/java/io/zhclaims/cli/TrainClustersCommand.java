package io.zhclaims.cli;

import io.zhclaims.segment.ClusterTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train-clusters", mixinStandardHelpOptions = true,
        description = "Learns the word classes the organization tagger reads, from unlabelled news (CCTV transcripts, the Sogou samples, LCSTS) and the plain text of the People's Daily 1998 corpus.")
final class TrainClustersCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "PATH", split = ",",
            defaultValue = "../shared/corpora/news/xinwenlianbo,../shared/corpora/news/sogou-smarty,../shared/corpora/news/lcsts-part3",
            description = "folders or files of unlabelled text (default: ${DEFAULT-VALUE})")
    List<Path> corpora;

    @Option(names = "--peoples-daily", paramLabel = "FILE", defaultValue = "../shared/corpora/pfr1998/199801.txt",
            description = "the tagged corpus, read as plain text (default: ${DEFAULT-VALUE})")
    Path peoplesDaily;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/segment/word-clusters.txt.gz",
            description = "where the classes go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--classes", defaultValue = "256", description = "number of classes (default: ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--iterations", defaultValue = "10", description = "passes over the vocabulary (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--min-count", defaultValue = "3", description = "the rarest word that gets a class (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--max-words", defaultValue = "60000", description = "at most this many words, the most frequent (default: ${DEFAULT-VALUE})")
    int maxWords;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        for (Path p : corpora) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or folder " + p);
            }
        }
        PrintWriter log = spec.commandLine().getOut();
        new ClusterTrainer(new ClusterTrainer.Settings(classes, iterations, minCount, maxWords), log)
                .train(corpora, Files.isRegularFile(peoplesDaily) ? peoplesDaily : null, out);
        return 0;
    }
}
