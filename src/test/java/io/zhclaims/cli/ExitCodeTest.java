package io.zhclaims.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README's exit-code table, command by command: 0 ok, 1 some inputs failed, 2 usage error, 3 index problem. */
class ExitCodeTest {
    @TempDir
    Path tmp;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "据统计,该市2024年常住人口增长了2.5%,达到一千二百万人。", StandardCharsets.UTF_8);
        return corpus;
    }

    private Path index() throws IOException {
        Path index = tmp.resolve("index");
        assertEquals(Main.OK, run("index", corpus().toString(), "--index", index.toString()), err.toString());
        return index;
    }

    @Test
    void noArgumentsPrintsTheUsageAndExitsWithTheUsageCode() {
        assertEquals(Main.USAGE, run());
        assertTrue(err.toString().contains("Usage: zhclaims"), err.toString());
        assertTrue(err.toString().contains("index problem"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "convert", "extract", "index", "search", "export", "eval", "bench"})
    void anUnknownOptionIsAUsageErrorInEveryCommand(String command) {
        assertEquals(Main.USAGE, run(command, "--no-such-option"));
        assertTrue(err.toString().startsWith("zhclaims: "), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "convert", "extract", "index"})
    void aMissingFileOrFolderIsAUsageErrorInEveryCommandThatReads(String command) {
        String missing = tmp.resolve("missing").toString();
        assertEquals(Main.USAGE, run(command, missing));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("no such file or folder: " + missing), err.toString());
    }

    @Test
    void evalOfAMissingCorpusIsAUsageError() {
        assertEquals(Main.USAGE, run("eval", "--gold", "src/test/resources/gold/seeds.claims.jsonl",
                "--corpus", tmp.resolve("missing").toString()));
    }

    @Test
    void successIsZero() throws IOException {
        Path corpus = corpus();
        assertEquals(Main.OK, run("extract", corpus.toString()));
        assertTrue(out.toString().contains("\"mention\":\"2.5%\""), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "extract", "index"})
    void anUnreadableInputIsTheInputFailedCode(String command) throws IOException {
        Path bad = Files.write(tmp.resolve("bad.txt"), new byte[]{(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8, (byte) 0x81});
        List<String> args = command.equals("index")
                ? List.of(command, bad.toString(), "--index", tmp.resolve("i").toString())
                : List.of(command, bad.toString());
        assertEquals(Main.INPUT_FAILED, run(args.toArray(String[]::new)));
        assertTrue(err.toString().lines().anyMatch(l -> l.startsWith("bad.txt: ")), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "export"})
    void aMissingIndexIsAnIndexProblemAndIsNotCreated(String command) {
        Path index = tmp.resolve("no-index");
        assertEquals(Main.INDEX, run(command, "--index", index.toString()));
        assertTrue(err.toString().contains("no claim index at " + index), err.toString());
        assertFalse(Files.exists(index), "the search made an index folder");
    }

    @Test
    void aDamagedIndexIsAnIndexProblemNamingTheFixAndTheFixWorks() throws IOException {
        Path index = index();
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, "not an index file".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(Main.INDEX, run("search", "人口", "--index", index.toString()));
        assertTrue(err.toString().contains("--full"), err.toString());
        assertEquals(Main.INDEX, run("index", tmp.resolve("corpus").toString(), "--index", index.toString()));
        assertTrue(err.toString().contains("index DIR --full --index " + index), err.toString());
        assertEquals(Main.OK, run("index", tmp.resolve("corpus").toString(), "--index", index.toString(), "--full"), err.toString());
        assertEquals(Main.OK, run("search", "人口", "--index", index.toString()));
        assertTrue(out.toString().contains("2.5%"), out.toString());
    }

    @Test
    void aQueryOfPunctuationOnlyIsAUsageError() throws IOException {
        Path index = index();
        assertEquals(Main.USAGE, run("search", "!!! ??? ...", "--index", index.toString()));
        assertTrue(err.toString().contains("no searchable words"), err.toString());
    }

    @Test
    void aQueryOfThousandsOfCharactersIsAnsweredNotRefused() throws IOException {
        Path index = index();
        String pasted = "该市常住人口增长了多少,统计数据怎么说,";
        assertEquals(Main.OK, run("search", pasted.repeat(200), "--index", index.toString()), err.toString());
        assertTrue(out.toString().contains("2.5%"), out.toString());
        String words = String.join(" ", java.util.Collections.nCopies(300, "人口 统计 常住 增长 数据"));
        assertEquals(Main.OK, run("search", words, "--index", index.toString()), err.toString());
    }

    @Test
    void queryParserSyntaxGetsItsReasonNeverAStackTrace() throws IOException {
        Path index = index();
        // The query language (README) reads quotes; one never closed is a usage error that says so.
        assertEquals(Main.USAGE, run("search", "人口 AND OR NOT * ? ~ \" ( ) [ ] \\ : ^ 增长*", "--index", index.toString()), err.toString());
        assertTrue(err.toString().contains("quote"), err.toString());
        assertTrue(!err.toString().contains("Exception") && !err.toString().contains("\tat "), err.toString());
        // Lucene's own syntax characters are searched as text.
        assertEquals(Main.OK, run("search", "人口 ( ) [ ] ^ ~ * 增长", "--index", index.toString()), err.toString());
    }
}
