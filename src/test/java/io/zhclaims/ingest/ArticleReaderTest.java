package io.zhclaims.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    private static final String LINE = "国家统计局10月18日发布，前三季度国内生产总值同比增长5.2%。";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsTextFileAsOnePlainTextArticle() throws Exception {
        Path file = write("news/gdp.txt", LINE.getBytes("GBK"));
        ReadResult result = reader.read(file, "news/gdp.txt");
        assertEquals(List.of(), result.errors());
        RawArticle a = result.articles().get(0);
        assertEquals("news/gdp.txt", a.doc());
        assertEquals(LINE, a.body());
        assertEquals(Markup.TEXT, a.markup());
        assertEquals(Decoder.GB18030, a.charset());
        assertNull(a.title());
    }

    @Test
    void readsHtmlFileOfAnyExtensionCaseAsHtmlArticle() throws Exception {
        String page = "<html><head><title>统计公报</title></head><body><p>" + LINE + "</p></body></html>";
        Path file = write("page.HTM", page.getBytes(StandardCharsets.UTF_8));
        RawArticle a = reader.read(file, "page.HTM").articles().get(0);
        assertEquals(Markup.HTML, a.markup());
        assertEquals(page, a.body());
    }

    @Test
    void readsJsonLinesOneArticlePerLineNamedByIdOrLineNumber() throws Exception {
        String jsonl = """
                {"id":"a1","url":"https://example.cn/a1","title":"统计公报","published":"2024-10-18","text":"前三季度国内生产总值同比增长5.2%。"}
                {"id":42,"html":"<p>全国规模以上工业增加值同比增长5.8%。</p>"}

                {"title":"无编号","text":"社会消费品零售总额增长3.3%。"}
                """;
        Path file = write("feed/day.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        ReadResult result = reader.read(file, "feed/day.jsonl");
        assertEquals(List.of(), result.errors());
        List<RawArticle> articles = result.articles();
        assertEquals(List.of("feed/day.jsonl#a1", "feed/day.jsonl#42", "feed/day.jsonl#4"),
                articles.stream().map(RawArticle::doc).toList());
        RawArticle first = articles.get(0);
        assertEquals("https://example.cn/a1", first.url());
        assertEquals("统计公报", first.title());
        assertEquals("2024-10-18", first.published());
        assertEquals(Markup.TEXT, first.markup());
        assertEquals(Markup.HTML, articles.get(1).markup());
        assertEquals("<p>全国规模以上工业增加值同比增长5.8%。</p>", articles.get(1).body());
    }

    @Test
    void badJsonLinesAreReportedWithFileAndLineNumberAndTheOthersKept() throws Exception {
        String jsonl = """
                {"id":"ok1","text":"前三季度国内生产总值同比增长5.2%。"}
                {"id":"broken","text":"城镇调查失业率为5.1%
                {"id":"empty","title":"只有标题"}
                {"id":"ok2","text":"居民消费价格同比上涨0.4%。"}
                """;
        Path file = write("day.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        ReadResult result = reader.read(file, "day.jsonl");
        assertEquals(List.of("day.jsonl#ok1", "day.jsonl#ok2"), result.articles().stream().map(RawArticle::doc).toList());
        assertEquals(2, result.errors().size());
        IngestError broken = result.errors().get(0);
        assertEquals("day.jsonl", broken.file());
        assertTrue(broken.reason().startsWith("line 2: invalid JSON"), broken.reason());
        assertEquals("line 3: has neither a \"text\" nor an \"html\" string", result.errors().get(1).reason());
        result.errors().forEach(e -> assertEquals(1, e.reason().lines().count(), e.reason()));
    }

    @Test
    void undecodableFileIsOneErrorNotAnException() throws Exception {
        Path file = write("bad.txt", new byte[] {(byte) 0xE5, (byte) 0x9B, (byte) 0xFF, (byte) 0xFF, 0x41});
        ReadResult result = reader.read(file, "bad.txt");
        assertEquals(List.of(), result.articles());
        assertEquals("bad.txt", result.errors().get(0).file());
        assertTrue(result.errors().get(0).reason().startsWith("not valid UTF-8"), result.errors().get(0).reason());
    }

    @Test
    void unreadableFileIsOneError() {
        ReadResult result = reader.read(dir.resolve("gone.txt"), "gone.txt");
        assertEquals(List.of(new IngestError("gone.txt", "cannot read: no such file")), result.errors());
    }

    @Test
    void streamStartingWithTagIsHtml() throws Exception {
        String page = "\n  <div class=\"article\">" + LINE + "</div>";
        RawArticle a = reader.read(new ByteArrayInputStream(page.getBytes("GBK")), "-");
        assertEquals(Markup.HTML, a.markup());
        assertEquals(page, a.body());
        assertEquals("-", a.doc());
    }

    @Test
    void streamWithParagraphTagsIsHtml() throws Exception {
        String text = "新华社北京10月18日电<p>" + LINE + "</p>";
        assertEquals(Markup.HTML, reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "-").markup());
    }

    @Test
    void streamOfPlainTextIsText() throws Exception {
        String text = "新华社北京10月18日电 " + LINE + "\n数据显示，房价指数<下降>趋势放缓。";
        assertEquals(Markup.TEXT, reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "-").markup());
    }

    @Test
    void readAllKeepsCorpusOrderAndItsErrors() throws Exception {
        write("a.txt", LINE.getBytes(StandardCharsets.UTF_8));
        String traditional = "香港特區政府今日公布，去年本地生產總值增長百分之三點二。";
        write("b.txt", traditional.getBytes("Big5"));
        Corpus corpus = new CorpusWalker().walk(List.of(dir, dir.resolve("missing")));
        ReadResult result = reader.readAll(corpus);
        assertEquals(List.of("a.txt", "b.txt"), result.articles().stream().map(RawArticle::doc).toList());
        assertEquals(traditional, result.articles().get(1).body());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).file().endsWith("missing"));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
