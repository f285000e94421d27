package io.zhclaims.cli;

import io.zhclaims.ingest.IngestError;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;
import io.zhclaims.normalize.CleanArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Prints the cleaned simplified text of one article, a paragraph per line. Reads .txt, .html/.htm or .jsonl (every article of it, separated by an empty line); any encoding (UTF-8, GB18030/GBK, Big5, Big5-HKSCS, UTF-16).")
final class CleanCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "the article; - or nothing reads standard input")
    String input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read = Inputs.read(input, System.in);
        boolean first = true;
        int failed = read.errors().size();
        for (RawArticle raw : read.articles()) {
            try {
                CleanArticle article = Inputs.pipeline().clean(raw);
                if (!first) {
                    out.println();
                }
                first = false;
                article.paragraphs().forEach(out::println);
            } catch (RuntimeException e) {
                err.println(new IngestError(raw.doc(), "cleaning failed: " + e.getMessage()));
                failed++;
            }
        }
        read.errors().forEach(err::println);
        read.notes().forEach(n -> err.println(Inputs.note(n)));
        out.flush();
        return failed == 0 ? 0 : Main.INPUT_FAILED;
    }
}
