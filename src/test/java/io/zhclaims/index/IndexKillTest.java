package io.zhclaims.index;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indexer killed (SIGKILL, no shutdown hook runs) at random points of a 2,000-article run,
 * again and again, then run to the end: every article is in the index exactly once, with all
 * its claims, and the runs after a kill resumed where the last commit left off.
 */
class IndexKillTest {
    private static final int ARTICLES = 2_000;
    private static final int KILLS = 20;

    @TempDir
    Path tmp;

    @Test
    void killedTwentyTimesThenFinishedHoldsEveryArticleExactlyOnce() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            Path dir = Files.createDirectories(corpus.resolve(String.format("%02d", i % 40)));
            Files.writeString(dir.resolve(String.format("a%04d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
        int perArticle = Zhclaims.get().extract("probe.txt", article(0)).size();
        Path index = tmp.resolve("index");
        Random random = new Random(9);
        int killedMidRun = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = indexer(corpus, index);
            // Kill once the indexer is at work (its first progress line), at a random point after.
            waitForProgress(p);
            Thread.sleep(random.nextInt(400));
            if (p.isAlive()) {
                killedMidRun++;
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        Process last = indexer(corpus, index);
        String summary = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), summary);
        assertTrue(killedMidRun >= KILLS - 2, "killed mid-run " + killedMidRun + " times");
        assertTrue(!summary.contains(" 0 unchanged"), "the last run resumed: " + summary);

        Map<String, Integer> markers = IndexContents.markers(index);
        assertEquals(ARTICLES, markers.size());
        markers.forEach((doc, n) -> assertEquals(1, n, doc));
        Map<String, List<Claim>> claims = IndexContents.claims(index);
        assertEquals(ARTICLES, claims.size());
        Set<String> ids = new HashSet<>();
        for (List<Claim> of : claims.values()) {
            assertEquals(perArticle, of.size(), of.get(0).doc());
            of.forEach(c -> assertTrue(ids.add(c.id()), "claim " + c.id() + " twice"));
        }
    }

    private static String article(int i) {
        return "第" + i + "号调查显示,该市2024年的服务业产值增长了" + (i % 97 + 1) + "." + (i % 10) + "%,新增就业"
                + (i * 7 % 900 + 100) + "人。";
    }

    /** The real command in a JVM of its own, committing every 25 articles. */
    private static Process indexer(Path corpus, Path index) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Quick-start flags: most of each run is loading the dictionaries, and there are 21 runs.
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "io.zhclaims.cli.Main", "index", corpus.toString(), "--index", index.toString(),
                "--commit-every", "25", "--threads", "1"));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    /** Returns when the indexer reports its first tenth done (or ends). */
    private static void waitForProgress(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; (line = err.readLine()) != null; ) {
            if (line.startsWith("zhclaims index: ")) {
                return;
            }
        }
    }
}
