package io.zhclaims.cli;

import io.zhclaims.ingest.ArticleReader;
import io.zhclaims.ingest.Decoded;
import io.zhclaims.ingest.Decoder;
import io.zhclaims.ingest.IngestError;
import io.zhclaims.ingest.IngestException;
import io.zhclaims.ingest.Markup;
import io.zhclaims.normalize.ScriptConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts text to simplified characters line by line, nothing else. A line already in simplified script passes unchanged, so brands such as 昇腾 survive.")
final class ConvertCommand extends Shell {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "the text; - or nothing reads standard input")
    String input;

    @Option(names = "--config", paramLabel = "C", description = {
            "the source variant, named as OpenCC names it (default: ${DEFAULT-VALUE}):",
            "t2s (standard), tw2s / hk2s (Taiwan / Hong Kong character forms),",
            "tw2sp / hk2sp (also regional words to mainland ones: 軟體 → 软件; may change a line's length)"})
    String config = "t2s";

    @Override
    int run(PrintWriter out, Problems problems) {
        ScriptConverter.Variant variant = ScriptConverter.Variant.ofConfig(config);
        Decoded decoded;
        Inputs.requireExisting(input == null ? List.of() : List.of(input));
        try {
            byte[] bytes = Inputs.isStdin(input) ? ArticleReader.readAtMost(System.in, ArticleReader.DEFAULT_MAX_BYTES)
                    : ArticleReader.readFile(Path.of(input), ArticleReader.DEFAULT_MAX_BYTES);
            decoded = new Decoder().decode(bytes, Markup.TEXT);
        } catch (IOException | IngestException e) {
            problems.failed(new IngestError(Inputs.isStdin(input) ? "-" : input, e.getMessage()));
            return problems.exitCode();
        }
        // Only the converter is needed here, not the whole pipeline with its dictionaries.
        ScriptConverter converter = new ScriptConverter();
        decoded.text().lines().forEach(line -> out.println(converter.convertLine(line, variant)));
        return problems.exitCode();
    }
}
