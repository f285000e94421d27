package io.zhclaims.cli;

import io.zhclaims.ArticleResult;
import io.zhclaims.Batch;
import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.ingest.ArticleReader;
import io.zhclaims.ingest.Corpus;
import io.zhclaims.ingest.CorpusWalker;
import io.zhclaims.ingest.Decoder;
import io.zhclaims.ingest.IngestError;
import io.zhclaims.ingest.IngestException;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the claim records of articles as JSON Lines (schema: claim.schema.json). FILE may be an article, a .jsonl of articles or a folder (walked recursively).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE|-", description = "articles, folders, or - for standard input (the default)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--lines", description = "treat each input line as its own document (doc = its 1-based line number)")
    boolean lines;

    @Mixin
    ThreadsOption workers;

    @Mixin
    MaxFileSizeOption maxFileSize;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.requireExisting(inputs);
        Zhclaims zhclaims = Inputs.pipeline();
        int[] failed = {0};
        if (lines || inputs.isEmpty() || inputs.contains("-")) {
            for (RawArticle raw : lineOrStdinArticles(err, failed)) {
                try {
                    zhclaims.process(raw, Zhclaims.contentHash(raw)).claims()
                            .forEach(c -> out.println(ClaimJson.toJson(c)));
                } catch (RuntimeException e) {
                    err.println(new IngestError(raw.doc(), "analysis failed: " + e.getMessage()));
                    failed[0]++;
                }
            }
        } else {
            Corpus corpus = new CorpusWalker().walk(Inputs.paths(inputs));
            new Batch(zhclaims, workers.threads, maxFileSize.bytes()).run(corpus, a -> true, new Batch.Sink() {
                @Override
                public void processed(ArticleResult result) {
                    for (Claim c : result.claims()) {
                        out.println(ClaimJson.toJson(c));
                    }
                }

                @Override
                public void failed(IngestError error) {
                    err.println(error);
                    failed[0]++;
                }

                @Override
                public void noted(IngestError note) {
                    err.println(Inputs.note(note));
                }
            });
        }
        out.flush();
        return failed[0] == 0 ? 0 : Main.INPUT_FAILED;
    }

    /** Standard input as one article, or with --lines every line of every input as its own. */
    private List<RawArticle> lineOrStdinArticles(PrintWriter err, int[] failed) {
        List<RawArticle> out = new ArrayList<>();
        List<String> sources = inputs.isEmpty() ? List.of("-") : inputs;
        for (String source : sources) {
            if (!lines) {
                ReadResult read = Inputs.read(source, System.in);
                read.errors().forEach(e -> {
                    err.println(e);
                    failed[0]++;
                });
                read.notes().forEach(n -> err.println(Inputs.note(n)));
                out.addAll(read.articles());
                continue;
            }
            String text;
            try {
                byte[] bytes = Inputs.isStdin(source) ? ArticleReader.readAtMost(System.in, maxFileSize.bytes())
                        : ArticleReader.readFile(Path.of(source), maxFileSize.bytes());
                text = new Decoder().decode(bytes, Markup.TEXT).text();
            } catch (IOException | IngestException e) {
                err.println(new IngestError(source, e.getMessage()));
                failed[0]++;
                continue;
            }
            List<String> all = text.lines().toList();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).isBlank()) {
                    continue;
                }
                String doc = sources.size() == 1 ? String.valueOf(i + 1) : source + ":" + (i + 1);
                out.add(new RawArticle(doc, null, null, null, all.get(i), Markup.TEXT, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
