package io.zhclaims.serve;

import io.zhclaims.index.ClaimIndex;
import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.index.OwnArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real browser: Debian's chromium and chromedriver, headless. Skips
 * (with the reason) only where they are not installed; {@code .ci/run} installs them.
 */
class SearchPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "screenshots", "search-page.png");

    private static ClaimIndex index;
    private static ClaimSearcher searcher;
    private static ClaimServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver fonts-wqy-microhei)");
        index = OwnArticles.index();
        searcher = index.searcher();
        server = new ClaimServer(searcher, "127.0.0.1", 0, 4, new PrintStream(OutputStream.nullOutputStream()));
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            searcher.close();
            index.close();
        }
    }

    private static void open(String query) {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-renders", "1"));
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-renders", "2"));
    }

    /** Clicks and waits for the page to show the answer. */
    private static void clickAndWait(WebElement e) {
        int renders = Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-renders"));
        e.click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-renders", String.valueOf(renders + 1)));
    }

    private static List<WebElement> hits() {
        return browser.findElements(By.cssSelector("#results li.hit"));
    }

    private static String summary() {
        return browser.findElement(By.id("summary")).getText();
    }

    @Test
    void typingAQueryShowsHitsWithTheFigureMarked() {
        open("粮食产量");
        assertTrue(summary().startsWith("共 "), summary());
        List<WebElement> hits = hits();
        assertFalse(hits.isEmpty());
        for (WebElement h : hits) {
            String sentence = h.findElement(By.className("sentence")).getText();
            String mark = h.findElement(By.tagName("mark")).getText();
            assertTrue(sentence.contains("粮食产量") && sentence.contains(mark), sentence);
        }
    }

    @Test
    void clickingAFacetFiltersAndShowsTheFilter() {
        open("粮食产量");
        int before = hits().size();
        clickAndWait(browser.findElement(By.cssSelector("a.facet[data-dim='kind'][data-value='percent']")));
        assertFalse(browser.findElements(By.cssSelector("#filters .chip[data-dim='kind']")).isEmpty());
        List<WebElement> hits = hits();
        assertTrue(hits.size() < before, hits.size() + " of " + before);
        for (WebElement h : hits) {
            assertTrue(h.findElement(By.className("meta")).getText().startsWith("百分比"));
            assertTrue(h.findElement(By.tagName("mark")).getText().endsWith("%"));
        }
    }

    @Test
    void theNextPageContinuesTheList() {
        open("");
        String firstPage = browser.findElement(By.id("results")).getText();
        assertTrue(browser.findElement(By.id("pageinfo")).getText().startsWith("第 1 /"));
        clickAndWait(browser.findElement(By.id("next")));
        assertTrue(browser.findElement(By.id("pageinfo")).getText().startsWith("第 2 /"));
        assertFalse(hits().isEmpty());
        assertFalse(browser.findElement(By.id("results")).getText().equals(firstPage));
        assertEquals("11", browser.findElement(By.id("results")).getAttribute("start"));
    }

    @Test
    void theChartShowsTheSubjectsValuesByYear() throws IOException {
        open("研发投入 kind:percent");
        browser.findElement(By.id("chart-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-panel")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-title"), "个数值"));
        assertTrue(browser.findElement(By.id("chart-title")).getText().contains("2 个数值"),
                browser.findElement(By.id("chart-title")).getText());
        assertFalse(browser.findElements(By.cssSelector("#chart canvas")).isEmpty(), "ECharts drew a canvas");
        Files.createDirectories(SCREENSHOT.getParent());
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theConflictsSectionSetsTwoReportsSideBySide() {
        open("粮食产量");
        browser.findElement(By.id("conflicts-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflicts")));
        WebElement table = browser.findElement(By.cssSelector("#conflict-list table.conflict"));
        assertTrue(table.findElement(By.tagName("caption")).getText().contains("国家统计局"));
        List<String> figures = table.findElements(By.cssSelector("td.figure")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("1.3%", "2.1%"), figures);
    }

    @Test
    void traditionalAndSimplifiedQueriesShowTheSameHits() {
        open("研发投入 华为");
        String simplified = browser.findElement(By.id("results")).getText();
        open("研發投入 華為");
        assertEquals(simplified, browser.findElement(By.id("results")).getText());
        assertFalse(simplified.isEmpty());
    }

    @Test
    void aBadQueryShowsTheReason() {
        open("year:[2023 TO");
        WebElement error = browser.findElement(By.id("error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().contains("closing ]"), error.getText());
    }
}
