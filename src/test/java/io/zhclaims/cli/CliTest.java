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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "convert", "extract", "index", "search", "export", "eval", "serve", "bench"})
    void everyCommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString().contains("Usage: zhclaims " + command), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "index", "search", "convert"})
    void theCommandLineOfOneCommandKnowsItAsTheFullOneDoes(String command) {
        StringWriter full = new StringWriter();
        Main.commandLine().getSubcommands().get(command).usage(new PrintWriter(full, true));
        CommandLine one = Main.commandLine(new String[]{command, "--help"});
        assertEquals(java.util.Set.of(command), one.getSubcommands().keySet());
        StringWriter alone = new StringWriter();
        one.getSubcommands().get(command).usage(new PrintWriter(alone, true));
        assertEquals(full.toString(), alone.toString());
    }

    @Test
    void helpAndUnknownCommandsGetTheFullCommandLine() {
        int all = Main.commandLine().getSubcommands().size();
        assertEquals(all, Main.commandLine(new String[]{"help", "extract"}).getSubcommands().size());
        assertEquals(all, Main.commandLine(new String[]{"no-such-command"}).getSubcommands().size());
        assertEquals(all, Main.commandLine(new String[0]).getSubcommands().size());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(Main.USAGE, run("extract", "--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"));
    }

    @Test
    void cleanPrintsTheTitleFirstAndDropsTheViewCounter() {
        assertEquals(0, run("clean", "seeds/000_4b3150d90f035fc9.txt"));
        String text = out.toString();
        assertTrue(text.startsWith("中美AI角力场:华人科学家如何重构全球技术版图?\n"), text);
        assertTrue(!text.contains("浏览量"));
    }

    @Test
    void extractOfAnUndecodableFileFailsWithOneLineAndTheInputFailedCode(@TempDir Path tmp) throws IOException {
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "截至2019年,在这675人中,有100名是在美国工作的华裔研究人员。", StandardCharsets.UTF_8);
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[]{(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8, (byte) 0x81});
        assertEquals(Main.INPUT_FAILED, run("extract", tmp.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("bad.txt"), err.toString());
        assertTrue(out.toString().contains("\"mention\":\"675人\""), out.toString());
    }

    @Test
    void extractLinesMakesEachLineADocument(@TempDir Path tmp) throws IOException {
        Path lines = tmp.resolve("headlines.txt");
        Files.writeString(lines, "2022年我国进出口增长7.7%\n全国共有各级各类学历教育在校生2.93亿人\n", StandardCharsets.UTF_8);
        assertEquals(0, run("extract", "--lines", lines.toString()));
        assertTrue(out.toString().contains("\"doc\":\"1\""));
        assertTrue(out.toString().contains("\"doc\":\"2\""));
    }

    @Test
    void convertWithTaiwanPhrasesTurnsTaiwanWordsIntoMainlandOnes(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("t.txt");
        Files.writeString(f, "這套軟體需要滑鼠操作\n", StandardCharsets.UTF_8);
        assertEquals(0, run("convert", "--config", "tw2sp", f.toString()));
        assertEquals("这套软件需要鼠标操作\n", out.toString());
    }

    @Test
    void unknownConversionIsAUsageError() {
        assertEquals(Main.USAGE, run("convert", "--config", "x2y", "-"));
        assertTrue(err.toString().contains("t2s, tw2s, tw2sp, hk2s or hk2sp"), err.toString());
    }

    @Test
    void convertTurnsTraditionalLinesAndLeavesSimplifiedOnes(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("t.txt");
        Files.writeString(f, "美國對頂尖AI人才的壟斷正在瓦解\n华为昇腾团队\n", StandardCharsets.UTF_8);
        assertEquals(0, run("convert", f.toString()));
        assertEquals("美国对顶尖AI人才的垄断正在瓦解\n华为昇腾团队\n", out.toString());
    }
}
