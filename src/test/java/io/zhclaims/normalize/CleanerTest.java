package io.zhclaims.normalize;

import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanerTest {
    private static final Cleaner CLEANER = GoldCleaningSupport.CLEANER;

    private static RawArticle text(String body) {
        return new RawArticle("t.txt", null, null, null, body, Markup.TEXT, StandardCharsets.UTF_8);
    }

    @Test
    void convertsTraditionalArticleAndKeepsOriginalParagraphs() {
        CleanArticle a = CLEANER.clean(text("人才追蹤呈現的現實\n美國吸引人才的魅力仍然無可匹敵,但對中國人才的吸引力卻在下降。\n"));
        assertTrue(a.traditional());
        assertEquals(List.of("人才追踪呈现的现实", "美国吸引人才的魅力仍然无可匹敌,但对中国人才的吸引力却在下降。"), a.paragraphs());
        assertEquals(List.of("人才追蹤呈現的現實", "美國吸引人才的魅力仍然無可匹敵,但對中國人才的吸引力卻在下降。"),
                a.originalParagraphs());
    }

    @Test
    void leavesSimplifiedArticleWithBrandUnchanged() {
        CleanArticle a = CLEANER.clean(text("华为昇腾团队的创新\n华为昇腾团队提出的自适应稀疏注意力机制将推理速度提升了2.3倍。"));
        assertFalse(a.traditional());
        assertTrue(a.text().contains("华为昇腾团队提出"));
    }

    @Test
    void appliesNfkcToDigitsPercentAndPunctuation() {
        CleanArticle a = CLEANER.clean(text("２０２２年我国进出口增长７．７％，总值突破４０万亿元（人民币）。"));
        assertEquals("2022年我国进出口增长7.7%,总值突破40万亿元(人民币)。", a.paragraphs().get(0));
    }

    @Test
    void stripsLinesAndDropsEmptyOnes() {
        CleanArticle a = CLEANER.clean(text("  标题行  \n\n\n   \n\t正文第一段。\u3000\n"));
        assertEquals(List.of("标题行", "正文第一段。"), a.paragraphs());
    }

    @Test
    void readsMetadataFromBylineAndSourceLineAndKeepsThemOutOfBody() {
        CleanArticle a = CLEANER.clean(text("英伟达的护城河\n作者:搬砖的石头2025.09.25 15:34浏览量:0\n来源:科技日报\n英伟达凭借CUDA生态占据主导地位。"));
        assertEquals("搬砖的石头", a.meta().author());
        assertEquals("2025-09-25", a.meta().published());
        assertEquals("科技日报", a.meta().source());
        assertEquals("英伟达的护城河", a.meta().title());
        assertEquals(List.of("英伟达的护城河", "英伟达凭借CUDA生态占据主导地位。"), a.paragraphs());
    }

    @Test
    void extractsHtmlTitleParagraphsAndMetaTags() {
        String html = "<html><head><title>站点名</title><meta property=\"article:published_time\" content=\"2023-01-13T19:00:00+08:00\">"
                + "<meta name=\"author\" content=\"王雨萧\"><script>var x=1;</script><style>p{}</style></head><body>"
                + "<nav><a>首页</a><a>新闻</a></nav><h1>2022年我国进出口增长7.7%</h1>"
                + "<p><strong>央视网消息</strong>（新闻联播）：海关总署今天发布数据。<br></p><p>其中，出口23.97万亿元。</p>"
                + "<footer>版权所有</footer></body></html>";
        CleanArticle a = CLEANER.clean(new RawArticle("x.html", "https://example.cn/a", null, null, html, Markup.HTML,
                StandardCharsets.UTF_8));
        assertEquals(List.of("2022年我国进出口增长7.7%", "海关总署今天发布数据。", "其中,出口23.97万亿元。"), a.paragraphs());
        assertEquals("2022年我国进出口增长7.7%", a.meta().title());
        assertEquals("2023-01-13", a.meta().published());
        assertEquals("王雨萧", a.meta().author());
        assertEquals("https://example.cn/a", a.meta().url());
    }

    @Test
    void rejectsArticleWithoutBody() {
        assertThrows(IllegalArgumentException.class, () -> CLEANER.clean(text(null)));
        assertThrows(IllegalArgumentException.class, () -> CLEANER.clean(text("发表评论\n网站客服\n")));
    }
}
