package io.zhclaims.normalize;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.ingest.ArticleReader;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown articles are read, and a page's publish date is found where archives keep it. */
class MarkdownAndDatesTest {
    private static final String TRANSCRIPT = """
            # 晚间新闻 (20250105)

            ## 新闻摘要

            1.【经济】**全国**铁路今天起实行新运行图;

            ### 今年春运预计发送旅客5.1亿人次

            国家铁路局[数据](https://example.org/a)显示,今年春运预计发送旅客5.1亿人次,比去年增长3.2%。

            ```python
            total = 510000000  # 5.1亿
            ```

            ![配图](https://example.org/p.png)
            """;

    @Test
    void markdownTranscriptIsReadAsItsTextWithTitleAndFileDate(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("20250105.md");
        Files.writeString(file, TRANSCRIPT, StandardCharsets.UTF_8);
        RawArticle raw = new ArticleReader().read(file, "20250105.md").articles().get(0);
        assertEquals(Markup.MARKDOWN, raw.markup());
        CleanArticle a = Zhclaims.get().clean(raw);
        assertEquals("晚间新闻 (20250105)", a.meta().title());
        assertEquals("2025-01-05", a.meta().published());
        assertEquals(List.of("晚间新闻 (20250105)", "新闻摘要", "1.【经济】全国铁路今天起实行新运行图;",
                "今年春运预计发送旅客5.1亿人次", "国家铁路局数据显示,今年春运预计发送旅客5.1亿人次,比去年增长3.2%。"), a.paragraphs());
    }

    @Test
    void relativeYearsResolveAgainstTheDateInTheFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("2024-03-15.txt");
        Files.writeString(file, "粮食产量\n今年全省粮食产量预计增长2%。", StandardCharsets.UTF_8);
        RawArticle raw = new ArticleReader().read(file, "2024-03-15.txt").articles().get(0);
        List<Claim> claims = Zhclaims.get().extract(raw);
        assertEquals(2024, claims.get(0).year());
        assertEquals("2024-03-15", claims.get(0).published());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", textBlock = """
            20240315.md,                 2024-03-15
            archive/2023_12_01.html,     2023-12-01
            cctv/2025-01-05.txt,         2025-01-05
            cctv/20250105-8.html,        null
            news-2025-01-05.txt,         null
            feed.jsonl#20240101,         null
            000_4b3150d90f035fc9.txt,    null
            2024/report-99999999.txt,    null
            20241345.md,                 null
            """)
    void aFileNameGivesItsDayOnlyWhenItIsOne(String doc, String expected) {
        assertEquals(expected, MetadataExtractor.fileNameDate(doc));
    }

    @Test
    void aDateInsideTheBodyIsNoPublishDate() {
        CleanArticle a = Zhclaims.get().clean(new RawArticle("t.txt", null, null, null,
                "回顾\n2019年3月1日,该公司成立。", Markup.TEXT, StandardCharsets.UTF_8));
        assertNull(a.meta().published());
        assertTrue(a.text().contains("2019年3月1日"));
    }

    @Test
    void aLabelledDateLineIsThePublishDateAndNoText() {
        CleanArticle a = Zhclaims.get().clean(new RawArticle("t.txt", null, null, null,
                "放榜日考生人数减少\n文章日期:2019年7月10日\n今年考生人数比去年少3%。", Markup.TEXT, StandardCharsets.UTF_8));
        assertEquals("2019-07-10", a.meta().published());
        assertFalse(a.text().contains("文章日期"));
    }

    @Test
    void anOutletWithItsDayAloneOnALineIsThePublishDate() {
        CleanArticle a = Zhclaims.get().clean(new RawArticle("t.txt", null, null, null,
                "(明报) 2020年5月3日\n今年首季楼价下跌3%。", Markup.TEXT, StandardCharsets.UTF_8));
        assertEquals("2020-05-03", a.meta().published());
        assertTrue(a.text().startsWith("今年首季"), a.text());
    }

    @Test
    void aDateWithItsReportingChannelBeforeTheTextIsThePublishDate() {
        CleanArticle a = Zhclaims.get().clean(new RawArticle("t.txt", null, null, null,
                "2023/05/08(某某新闻报导)统计处8日公布4月失业率为3.5%。", Markup.TEXT, StandardCharsets.UTF_8));
        assertEquals("2023-05-08", a.meta().published());
        assertTrue(a.text().startsWith("统计处8日公布"), a.text());
    }

    @Test
    void anUpdateTimeWithTheClockFirstIsThePublishDate() {
        CleanArticle a = Zhclaims.get().clean(new RawArticle("t.txt", null, null, null,
                "机场客运量回升\n更新时间:17:48 2025-01-21 HKT\n去年客运量增长27%。", Markup.TEXT, StandardCharsets.UTF_8));
        assertEquals("2025-01-21", a.meta().published());
        assertFalse(a.text().contains("更新时间"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "出版时间 2020/12/12"                        | 2020-12-12
            "2010-06-10 (07:49) |"                       | 2010-06-10
            "山东旅游 8年前 (2016-10-03) 210次浏览 0个评论" | 2016-10-03
            " |2024.03.03"                               | 2024-03-03
            "时间:2018-08-07"                            | 2018-08-07
            """)
    void aBylineDateInTheFormsPagesWriteIsThePublishDateAndNoText(String byline, String expected) {
        CleanArticle a = Zhclaims.get().clean(new RawArticle("t.txt", null, null, null,
                "租金上涨 台北租屋小宅化\n" + byline + "\n202观看次\n去年租金平均单价为1435元,年增2.6%。", Markup.TEXT, StandardCharsets.UTF_8));
        assertEquals(expected, a.meta().published());
        assertFalse(a.text().contains(expected.substring(0, 4)), a.text());
        assertFalse(a.text().contains("观看次"), a.text());
    }
}
