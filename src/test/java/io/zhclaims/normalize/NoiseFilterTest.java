package io.zhclaims.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoiseFilterTest {
    private static final NoiseFilter NOISE = new NoiseFilter();

    @Test
    void dropsNavigationAndMenuLines() {
        assertTrue(NOISE.isNoiseLine("站务"));
        assertTrue(NOISE.isNoiseLine("全部专栏"));
        assertTrue(NOISE.isNoiseLine("logo"));
        assertTrue(NOISE.isNoiseLine("首页 > 科技 > 人工智能"));
    }

    @Test
    void cutsBylineWithViewCounterFusedWithSummary() {
        String line = "2025.09.18 11:27浏览量:0简介:从DeepSeek到Grok 3,华人科学家在中美AI竞赛中扮演关键角色。";
        assertEquals("简介:从DeepSeek到Grok 3,华人科学家在中美AI竞赛中扮演关键角色。",
                line.substring(NOISE.noisePrefix(line)));
    }

    @Test
    void cutsWholeBylineWithAuthor() {
        String line = "作者:搬砖的石头2025.09.25 15:34浏览量:0";
        assertEquals(line.length(), NOISE.noisePrefix(line));
    }

    @Test
    void dropsCommentPrompts() {
        assertTrue(NOISE.isNoiseLine("发表评论"));
        assertTrue(NOISE.isNoiseLine("登录后可评论,请前往 登录 或 注册"));
    }

    @Test
    void recognizesRelatedArticlesHeadingAndTheHeadlinesUnderIt() {
        assertTrue(NOISE.isRelatedHeader("相关文章推荐"));
        assertTrue(NOISE.isRelatedHeader("延伸阅读:"));
        assertTrue(NOISE.isListedHeadline("· 固态电池产业化还要等多久?"));
        assertTrue(NOISE.isListedHeadline("教育部:2025届高校毕业生预计达1222万人"));
        assertFalse(NOISE.isListedHeadline("截至2019年,在这675人中,有100名是在美国工作的华裔研究人员。"));
    }

    @Test
    void dropsBylinesWhateverTheirLayout() {
        assertTrue(NOISE.isNoiseLine("记者 林育贤/台北报导 2025-07-18 14:05 浏览数 5,217 分享至 Facebook | LINE | X"));
        assertTrue(NOISE.isNoiseLine("发布时间:2025-06-20 09:15  |  来源:中国教育在线  |  浏览量:12,408"));
        assertTrue(NOISE.isNoiseLine("撰文:陈嘉欣 · 2025年10月3日 星期五 08:45 · 阅读次数:8,914"));
        assertTrue(NOISE.isNoiseLine("2025年11月20日 18:02 | 来源:能源观察网 | 阅读量:6.5万 | 作者:何思远"));
        assertTrue(NOISE.isNoiseLine("发布时间:2024-09-12 16:20  来源:健康时报网  作者:王珊  点击:2367"));
        assertFalse(NOISE.isNoiseLine("该视频上线一周,阅读量超过10万,成为平台最热门的科普内容。"));
    }

    @Test
    void dropsBreadcrumbsDisclaimersAndDocumentIndexLines() {
        assertTrue(NOISE.isNoiseLine("> 主页 > 地产 > 楼市动向"));
        assertTrue(NOISE.isNoiseLine("本文仅供参考,不构成投资建议。"));
        assertTrue(NOISE.isNoiseLine("信息索引号:230000-01-2025-004512    发文机构:省统计局"));
        assertTrue(NOISE.isNoiseLine("【本报讯】 撰文:地产组 梁志豪"));
        assertTrue(NOISE.isNoiseLine("读者回应(请登入后留言)"));
        assertTrue(NOISE.isRelatedHeader("【相关新闻】"));
    }

    @Test
    void dropsShortDatedBylinesAndAdvertisements() {
        assertTrue(NOISE.isNoiseLine("数码前线 原创  文/许晴  2025-10-20 08:15"));
        assertTrue(NOISE.isNoiseLine("【广告】双十一预售:旗舰机直降800元,点击领券"));
        assertTrue(NOISE.isNoiseLine("某品牌SUV限时直降3万元,首付1成起 >>"));
        assertTrue(NOISE.isRelatedHeader("往期推荐:"));
        assertFalse(NOISE.isNoiseLine("截至2025年10月20日,全市新增充电桩1.2万个。"));
    }

    @Test
    void codeWithChineseInsideAStringIsStillCode() {
        boolean[] code = NOISE.codeLines(java.util.List.of("python", "复制代码",
                "outputs = llm.generate([\"介绍一下H200\"], params)", "上述代码中,吞吐可达约2400 tokens/s。"));
        assertTrue(code[0] && code[1] && code[2]);
        assertFalse(code[3]);
    }

    @Test
    void dropsCommentCountsEditorsAndToolbars() {
        assertTrue(NOISE.isNoiseLine("发表评论 已有26条评论,点击查看"));
        assertTrue(NOISE.isNoiseLine("网友评论(0)  我要评论"));
        assertTrue(NOISE.isNoiseLine("请登录后发表评论,文明上网理性发言"));
        assertTrue(NOISE.isNoiseLine("(责任编辑:张蕾)"));
        assertTrue(NOISE.isNoiseLine("【字体:大 中 小】【打印】【关闭】"));
        assertTrue(NOISE.isNoiseLine("能源观察网 > 双碳 > 国际动态"));
        assertTrue(NOISE.isNoiseLine("登入 | 订阅"));
    }

    @Test
    void dropsShareAndQrPrompts() {
        assertTrue(NOISE.isNoiseLine("分享到:微信 微博 QQ空间"));
        assertTrue(NOISE.isNoiseLine("扫码关注公众号,获取更多AI资讯"));
    }

    @Test
    void dropsFootersAndFilingNumbers() {
        assertTrue(NOISE.isNoiseLine("粤公网安备 44030402000946号"));
        assertTrue(NOISE.isNoiseLine("京ICP备12345678号-1"));
        assertTrue(NOISE.isNoiseLine("网站客服"));
        assertTrue(NOISE.isNoiseLine("Copyright © 2025 某某科技 版权所有"));
    }

    @Test
    void dropsEndMarkerAndSeoSpam() {
        assertTrue(NOISE.isNoiseLine("end."));
        assertTrue(NOISE.isNoiseLine("AI芯片|英伟达|华为昇腾|大模型|算力"));
        assertTrue(NOISE.isNoiseLine("标签:人工智能 芯片 大模型"));
    }

    @Test
    void dropsMetadataLinesFromBody() {
        assertTrue(NOISE.isNoiseLine("来源:科技日报"));
    }

    @Test
    void cutsNewsAgencyLeadPrefix() {
        String cctv = "央视网消息(新闻联播):国家统计局今天发布数据显示,三季度国民经济恢复向好。";
        assertEquals("国家统计局今天发布数据显示,三季度国民经济恢复向好。", cctv.substring(NOISE.noisePrefix(cctv)));
        String xinhua = "新华社北京1月13日电(记者王雨萧)海关总署13日发布数据。";
        assertEquals("海关总署13日发布数据。", xinhua.substring(NOISE.noisePrefix(xinhua)));
        String paper = "本报讯 今年前三季度,我国经济运行总体平稳。";
        assertEquals("今年前三季度,我国经济运行总体平稳。", paper.substring(NOISE.noisePrefix(paper)));
    }

    @Test
    void cutsADatelineWhoseOutletTheScraperLeftOut() {
        String bare = "3月8日电 8日,国家统计局公布2月份居民消费价格。";
        assertEquals("8日,国家统计局公布2月份居民消费价格。", bare.substring(NOISE.noisePrefix(bare)));
        String grid = "3月8日电网负荷创今年新高。";
        assertEquals(0, NOISE.noisePrefix(grid));
    }

    @Test
    void dropsAForumsEditedByLineAndAnOutletWithItsDay() {
        assertTrue(NOISE.isNoiseLine("本帖最后由 abc123 于 2016-4-2 10:15 PM 编辑 x( Q+ w- t7"));
        assertTrue(NOISE.isNoiseLine("(明报) 2020年5月3日"));
        assertFalse(NOISE.isNoiseLine("(明报)2020年5月3日的报道指出,楼价下跌3%。"));
    }

    @Test
    void dropsViewOriginalMarkdownLink() {
        assertTrue(NOISE.isNoiseLine("[查看原文](https://tv.cctv.com/2022/10/24/VIDE9Cxuu3d1Z0kjkcR4QJAq221024.shtml)"));
    }

    @Test
    void keepsTitlesHeadingsSummariesAndListItems() {
        for (String s : List.of("华人科学家在中美AI竞赛中的角色", "一、技术突破:从算法到硬件", "数量与质量",
                "简介:从DeepSeek到Grok 3,华人科学家扮演关键角色。", "1. 医疗数据:标注成本高,隐私要求严格。",
                "• 欧美AI突破:OpenAI发布新模型", "分享经济在中国发展迅速,带动了大量就业。")) {
            assertFalse(NOISE.isNoiseLine(s), s);
            assertEquals(0, NOISE.noisePrefix(s), s);
        }
    }

    @Test
    void marksPythonListingAsCode() {
        List<String> lines = List.of("华为昇腾团队提出了稀疏注意力:",
                "def sparse_attention_mask(input_tensor, rho=0.3):",
                "n = input_tensor.shape[-1]",
                "mask.scatter_(-1, topk_indices, 1)",
                "return mask * input_tensor",
                "上述代码中,rho控制稀疏比例。");
        assertArrayEquals(new boolean[]{false, true, true, true, true, false}, NOISE.codeLines(lines));
    }

    @Test
    void marksNumberedCodeLinesWithChineseCommentsAsCode() {
        List<String> lines = List.of("1. # 英伟达CUDA加速示例", "2. import torch",
                "7. with autocast(): # 自动混合精度训练", "13. optimizer.step()",
                "1. 医疗数据:标注成本高。");
        assertArrayEquals(new boolean[]{true, true, true, true, false}, NOISE.codeLines(lines));
    }

    @Test
    void chineseCommentWithoutCodeNearbyIsNotCode() {
        assertArrayEquals(new boolean[]{false, false}, NOISE.codeLines(List.of("# 第一部分", "人工智能正在改变世界。")));
    }
}
