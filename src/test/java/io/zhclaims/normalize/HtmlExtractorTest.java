package io.zhclaims.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlExtractorTest {
    private final HtmlExtractor html = new HtmlExtractor();

    @Test
    void articleStartsAtItsHeadline() {
        String page = "<body><div class=\"top\">首页 | 产业 | 半导体</div><div>登入 | 订阅</div>"
                + "<h1>台积电第二季营收创新高</h1><p>台积电7月17日公布2025年第二季财报。</p></body>";
        assertEquals(List.of("台积电第二季营收创新高", "台积电7月17日公布2025年第二季财报。"), html.extract(page).lines());
    }

    @Test
    void containersMarkedAsRelatedCommentsOrShareAreNotText() {
        String page = "<body><h1>港股IPO集资额重登全球第一</h1><p>港交所数据显示,首三季集资额逾1800亿港元。</p>"
                + "<div class=\"share-bar\">分享:WhatsApp | Facebook</div>"
                + "<div class=\"relate\"><h4>相关推荐</h4><ul><li>美联储减息0.25厘</li></ul></div>"
                + "<div id=\"comments\">已有26条评论</div><div class=\"footer\">版权所有</div></body>";
        assertEquals(List.of("港股IPO集资额重登全球第一", "港交所数据显示,首三季集资额逾1800亿港元。"), html.extract(page).lines());
    }
}
