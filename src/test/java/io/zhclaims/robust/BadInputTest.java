package io.zhclaims.robust;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhclaims.claims.Claim;
import io.zhclaims.cli.Main;
import io.zhclaims.index.IndexContents;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and unlucky input, one kind per case, each indexed beside a good article: the run
 * ends, the bad input gets one clear line (or a correct result), the good article is indexed,
 * and the index holds every article exactly once.
 */
class BadInputTest {
    /** The article every case indexes beside its bad input; it must never be lost. */
    private static final String GOOD = "截至2019年,在这675人中,有100名是在美国工作的华裔研究人员。";

    @TempDir
    Path tmp;

    /** A case: how to make the bad input in the corpus folder, and what must hold afterwards. */
    record Case(String name, Setup setup, Check check, String... extraArgs) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Setup {
        void make(Path corpus) throws Exception;
    }

    interface Check {
        void verify(Run run) throws Exception;
    }

    /** One index run over the corpus, and what it left. */
    static final class Run {
        final int exit;
        final String out;
        final List<String> errors;
        final List<String> notes;
        final Path index;
        private Map<String, List<Claim>> claims;

        Run(int exit, String out, List<String> errors, List<String> notes, Path index) {
            this.exit = exit;
            this.out = out;
            this.errors = errors;
            this.notes = notes;
            this.index = index;
        }

        Map<String, List<Claim>> claims() throws IOException {
            if (claims == null) {
                claims = IndexContents.claims(index);
            }
            return claims;
        }

        List<String> mentions(String doc) throws IOException {
            return claims().getOrDefault(doc, List.of()).stream().map(Claim::mention).toList();
        }

        void failedWith(String file, String reason) {
            assertEquals(Main.INPUT_FAILED, exit, "exit code; errors " + errors);
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith(file + ": ") && errors.get(0).contains(reason), errors.get(0));
        }

        void succeeded() {
            assertEquals(Main.OK, exit, "exit code; errors " + errors);
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }

    static Stream<Case> kinds() {
        List<Case> c = new ArrayList<>();
        // encodings
        c.add(new Case("GBK text is decoded", d -> write(d, "gbk.txt", "据统计,该省2024年粮食产量增长了3.5%。", "GBK"),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("gbk.txt").contains("3.5%"));
                }));
        c.add(new Case("Big5 text is decoded", d -> write(d, "big5.txt", "據統計,該市2024年觀光人次成長了12%。", "Big5"),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("big5.txt").contains("12%"));
                }));
        c.add(new Case("UTF-16 with a byte order mark is decoded",
                d -> Files.write(d.resolve("u16.txt"), ("\uFEFF" + "该公司去年营收增长了8%。").getBytes(StandardCharsets.UTF_16LE)),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("u16.txt").contains("8%"));
                }));
        c.add(new Case("UTF-8 with a byte order mark is decoded",
                d -> Files.write(d.resolve("bom.txt"), concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "该公司去年营收增长了9%。".getBytes(StandardCharsets.UTF_8))),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("bom.txt").contains("9%"));
                }));
        c.add(new Case("random bytes are one error", d -> Files.write(d.resolve("noise.txt"), randomBytes(4096)),
                r -> r.failedWith("noise.txt", "not valid")));
        c.add(new Case("a binary file named .txt is one error",
                d -> Files.write(d.resolve("image.txt"), concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, randomBytes(2048))),
                r -> r.failedWith("image.txt", "not valid")));
        c.add(new Case("a byte order mark over broken bytes is one error",
                d -> Files.write(d.resolve("badbom.txt"), new byte[]{(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, (byte) 0x81}),
                r -> r.failedWith("badbom.txt", "byte order mark")));
        // truncation
        c.add(new Case("UTF-8 cut inside its last character keeps the text before it",
                d -> {
                    byte[] b = "该市去年人口增长了2%,达到一千万".getBytes(StandardCharsets.UTF_8);
                    Files.write(d.resolve("cut.txt"), java.util.Arrays.copyOf(b, b.length - 1));
                },
                r -> {
                    assertTrue(r.exit == Main.OK || r.exit == Main.INPUT_FAILED);
                    assertTrue(r.errors.size() <= 1 && r.errors.stream().allMatch(e -> e.startsWith("cut.txt: ")), r.errors.toString());
                }));
        c.add(new Case("HTML cut inside a tag keeps its text",
                d -> write(d, "cut.html", "<html><body><p>该市去年人口增长了2%。</p><p>另有3", "UTF-8"),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("cut.html").contains("2%"));
                }));
        c.add(new Case("a JSON Lines file cut inside its last record loses that record only",
                d -> write(d, "feed.jsonl", "{\"id\":\"a\",\"text\":\"该市去年人口增长了2%。\"}\n{\"id\":\"b\",\"text\":\"该市", "UTF-8"),
                r -> {
                    r.failedWith("feed.jsonl", "line 2: invalid JSON");
                    assertTrue(r.mentions("feed.jsonl#a").contains("2%"));
                }));
        // empty and nearly empty
        c.add(new Case("an empty file is one error", d -> Files.write(d.resolve("empty.txt"), new byte[0]),
                r -> r.failedWith("empty.txt", "")));
        c.add(new Case("a file of blanks is one error", d -> write(d, "blank.txt", " \n\t\n  \n", "UTF-8"),
                r -> r.failedWith("blank.txt", "")));
        c.add(new Case("an HTML page of scripts only is one error",
                d -> write(d, "script.html", "<html><head><script>var a=1;</script><style>p{}</style></head><body></body></html>", "UTF-8"),
                r -> r.failedWith("script.html", "")));
        // huge and deep
        c.add(new Case("a 40,000-character line of figures without punctuation finishes",
                d -> write(d, "line.txt", io.zhclaims.bench.RobustBench.figures(40_000), "UTF-8"),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("line.txt").size() > 8_000);
                }));
        c.add(new Case("a page of question marks finishes", d -> write(d, "marks.txt", "?".repeat(100_000), "UTF-8"),
                r -> {
                    assertTrue(r.exit == Main.OK || r.exit == Main.INPUT_FAILED);
                    assertTrue(r.errors.stream().allMatch(e -> e.startsWith("marks.txt: ")), r.errors.toString());
                }));
        c.add(new Case("GBK mojibake finishes and keeps its figures",
                d -> write(d, "garbled.txt", io.zhclaims.bench.RobustBench.mojibake(60_000), "UTF-8"),
                r -> {
                    r.succeeded();
                    assertFalse(r.mentions("garbled.txt").isEmpty());
                }));
        c.add(new Case("HTML nested 20,000 deep finishes",
                d -> write(d, "deep.html", "<div>".repeat(20_000) + "<p>该市去年人口增长了2%。</p>" + "</div>".repeat(20_000), "UTF-8"),
                r -> {
                    assertTrue(r.exit == Main.OK || r.exit == Main.INPUT_FAILED);
                    assertTrue(r.errors.stream().allMatch(e -> e.startsWith("deep.html: ")), r.errors.toString());
                }));
        c.add(new Case("a file over the size limit is one error naming the option",
                d -> write(d, "big.txt", "该市去年人口增长了2%。\n".repeat(80_000), "UTF-8"),
                r -> r.failedWith("big.txt", "--max-file-size"), "--max-file-size", "1"));
        // links, special files, permissions
        c.add(new Case("a link to an article outside the corpus is read",
                d -> {
                    Path outside = write(d.resolveSibling("outside"), "target.txt", "该市去年人口增长了4%。", "UTF-8");
                    Files.createSymbolicLink(d.resolve("link.txt"), outside.resolve("target.txt"));
                },
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("link.txt").contains("4%"));
                }));
        c.add(new Case("a link to /dev/zero is one error, not an endless read",
                d -> Files.createSymbolicLink(d.resolve("zero.txt"), Path.of("/dev/zero")),
                r -> r.failedWith("zero.txt", "not a regular file")));
        c.add(new Case("a FIFO is one error, not a hang",
                d -> {
                    Process p = new ProcessBuilder("mkfifo", d.resolve("pipe.txt").toString()).start();
                    Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is available");
                },
                r -> r.failedWith("pipe.txt", "not a regular file")));
        c.add(new Case("a dangling link is one error",
                d -> Files.createSymbolicLink(d.resolve("gone.txt"), d.resolve("nowhere.txt")),
                r -> r.failedWith("gone.txt", "no such file")));
        c.add(new Case("a link back up the tree is walked once",
                d -> Files.createSymbolicLink(d.resolve("loop"), d),
                BadInputTest::onlyTheGoodArticle));
        c.add(new Case("an unreadable file is one error",
                d -> {
                    Path f = write(d, "secret.txt", "该市去年人口增长了2%。", "UTF-8");
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
                    Assumptions.assumeFalse(Files.isReadable(f), "not running as root, who reads every file");
                },
                r -> r.failedWith("secret.txt", "permission denied")));
        c.add(new Case("a hidden file and an unknown type are skipped",
                d -> {
                    write(d, ".draft.txt", "该市去年人口增长了2%。", "UTF-8");
                    Files.write(d.resolve("report.pdf"), randomBytes(100));
                },
                r -> {
                    onlyTheGoodArticle(r);
                    assertTrue(r.out.contains("2 hidden or unknown-type files skipped"), r.out);
                }));
        // duplicates and odd names
        c.add(new Case("two JSON Lines records with one id are both kept, with a note",
                d -> write(d, "dup.jsonl", "{\"id\":\"7\",\"text\":\"该市去年人口增长了2%。\"}\n"
                        + "{\"id\":\"7\",\"text\":\"该县去年人口减少了3%。\"}\n", "UTF-8"),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("dup.jsonl#7").contains("2%"));
                    assertTrue(r.mentions("dup.jsonl#7@2").contains("3%"));
                    assertTrue(r.notes.stream().anyMatch(n -> n.contains("id already used on line 1")), r.notes.toString());
                }));
        c.add(new Case("two names that differ only in undecodable bytes are both kept, with a note",
                d -> {
                    Process p = new ProcessBuilder("sh", "-c",
                            "printf '该市去年人口增长了2%%。' > \"$(printf 'a\\377.txt')\"; printf '该县去年人口减少了3%%。' > \"$(printf 'a\\376.txt')\"")
                            .directory(d.toFile()).start();
                    Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "sh can make such names");
                },
                r -> {
                    r.succeeded();
                    Map<String, List<Claim>> claims = r.claims();
                    assertEquals(3, claims.size(), claims.keySet().toString());
                    assertTrue(r.notes.stream().anyMatch(n -> n.contains("indexed as")), r.notes.toString());
                }));
        c.add(new Case("names with blanks, Chinese and a line break are kept as they are",
                d -> {
                    write(d, "年度 报告.txt", "该市去年人口增长了2%。", "UTF-8");
                    write(d, "line\nbreak.txt", "该县去年人口减少了3%。", "UTF-8");
                },
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("年度 报告.txt").contains("2%"));
                    assertTrue(r.mentions("line\nbreak.txt").contains("3%"));
                }));
        // control and invisible characters
        c.add(new Case("NUL bytes in UTF-8 are removed with a note",
                d -> Files.write(d.resolve("nul.txt"), "该市去年人口\0增长了2%。".getBytes(StandardCharsets.UTF_8)),
                r -> {
                    r.succeeded();
                    assertTrue(r.mentions("nul.txt").contains("2%"));
                    assertTrue(r.notes.stream().anyMatch(n -> n.contains("NUL")), r.notes.toString());
                }));
        c.add(new Case("a zero-width space inside a number is ignored",
                d -> write(d, "zw.txt", "该市去年人口增长了3\u200B5%。", "UTF-8"),
                r -> {
                    r.succeeded();
                    Claim claim = r.claims().get("zw.txt").get(0);
                    assertEquals("35%", claim.mention());
                    assertEquals(new java.math.BigDecimal("35"), claim.value());
                }));
        c.add(new Case("terminal escapes and bells do not reach the claims",
                d -> write(d, "ctl.txt", "\u001B[31m该市去年人口\u0007增长了2%。\u001B[0m", "UTF-8"),
                r -> {
                    r.succeeded();
                    Claim claim = r.claims().get("ctl.txt").get(0);
                    assertTrue(claim.sentence().chars().noneMatch(Character::isISOControl), claim.sentence());
                }));
        c.add(new Case("a figure beyond a double's range is not written as Infinity",
                d -> write(d, "huge.txt", "该模型的参数空间约有1e400种组合,去年增长了2%。", "UTF-8"),
                r -> {
                    r.succeeded();
                    ObjectMapper json = new ObjectMapper();
                    for (Claim claim : r.claims().get("huge.txt")) {
                        assertTrue(claim.date() != null || claim.value() != null, claim.mention());
                        json.readTree(io.zhclaims.claims.ClaimJson.toJson(claim));
                    }
                }));
        c.add(new Case("CR and CRLF line ends split sentences like LF",
                d -> write(d, "crlf.txt", "第一段说去年增长了2%\r\n第二段说今年下降了3%\r第三段", "UTF-8"),
                r -> {
                    r.succeeded();
                    assertEquals(List.of("2%", "3%"), r.mentions("crlf.txt"));
                }));
        c.add(new Case("JSON Lines records of the wrong shape are one error each",
                d -> write(d, "shapes.jsonl", "[1,2]\n{\"id\":\"n\",\"text\":42}\n{\"id\":\"ok\",\"text\":\"该市去年人口增长了2%。\"}\n", "UTF-8"),
                r -> {
                    assertEquals(Main.INPUT_FAILED, r.exit);
                    assertEquals(2, r.errors.size(), r.errors.toString());
                    assertTrue(r.mentions("shapes.jsonl#ok").contains("2%"));
                }));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void badInputGetsOneLineOrACorrectResultAndTheGoodArticleIsKept(Case kind) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        write(corpus, "good.txt", GOOD, "UTF-8");
        kind.setup().make(corpus);
        Path index = tmp.resolve("index");
        List<String> args = new ArrayList<>(List.of("index", corpus.toString(), "--index", index.toString(), "--threads", "2"));
        args.addAll(List.of(kind.extraArgs()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        List<String> lines = err.toString().lines().filter(l -> !l.startsWith("zhclaims index: ")).toList();
        List<String> notes = lines.stream().filter(l -> l.startsWith("note: ")).toList();
        List<String> errors = lines.stream().filter(l -> !l.startsWith("note: ")).toList();
        Run run = new Run(exit, out.toString(), errors, notes, index);
        kind.check().verify(run);
        // Nothing good is lost, and the index holds every article once.
        assertTrue(run.mentions("good.txt").contains("675人"), "the good article is indexed");
        IndexContents.markers(index).forEach((doc, n) -> assertEquals(1, n, doc));
    }

    private static void onlyTheGoodArticle(Run r) throws IOException {
        r.succeeded();
        assertEquals(List.of("good.txt"), List.copyOf(r.claims().keySet()));
    }

    static Path write(Path dir, String name, String text, String charset) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), text.getBytes(Charset.forName(charset)));
        return dir;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(n).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
