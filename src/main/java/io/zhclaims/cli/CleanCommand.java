package io.zhclaims.cli;

import io.zhclaims.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Prints the cleaned simplified text of one article, a paragraph per line. Reads .txt, .html/.htm or .jsonl (every article of it, separated by an empty line); any encoding (UTF-8, GB18030/GBK, Big5, Big5-HKSCS, UTF-16).")
final class CleanCommand extends Shell {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "the article; - or nothing reads standard input")
    String input;

    @Override
    int run(PrintWriter out, Problems problems) {
        ReadResult read = Inputs.read(input, System.in);
        boolean[] first = {true};
        problems.each(read.articles(), "cleaning", raw -> {
            var article = Inputs.pipeline().clean(raw);
            if (!first[0]) {
                out.println();
            }
            first[0] = false;
            article.paragraphs().forEach(out::println);
        });
        problems.report(read);
        return problems.exitCode();
    }
}
