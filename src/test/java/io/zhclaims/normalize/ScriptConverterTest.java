package io.zhclaims.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptConverterTest {
    private static final ScriptConverter CONVERTER = new ScriptConverter();

    @Test
    void detectsTraditionalArticleText() {
        assertTrue(CONVERTER.isTraditional("2020年,保爾森研究所在一份報告中指出,他們收集了675名全球頂級AI研究人員的資料。"));
        assertTrue(CONVERTER.isTraditional("報告"));
    }

    @Test
    void detectsSimplifiedTextWithBrandNameAsSimplified() {
        assertFalse(CONVERTER.isTraditional("华为昇腾团队提出的自适应稀疏注意力机制"));
        assertFalse(CONVERTER.isTraditional("昇腾"));
    }

    @Test
    void brandShengtengSurvivesInSimplifiedLine() {
        String line = "华为昇腾团队通过自适应稀疏注意力,将推理速度提升了2.3倍。";
        assertEquals(line, CONVERTER.convertLine(line));
    }

    @Test
    void convertsTraditionalLine() {
        assertEquals("他们收集了675名全球顶级AI研究人员的资料", CONVERTER.convertLine("他們收集了675名全球頂級AI研究人員的資料"));
    }

    @Test
    void overridesDryQianButKeepsQianInNames() {
        assertEquals("干燥的饼干,干杯,干净", CONVERTER.toSimplified("乾燥的餅乾,乾杯,乾淨"));
        assertEquals("乾隆年间,乾坤", CONVERTER.toSimplified("乾隆年間,乾坤"));
    }

    @Test
    void conversionKeepsLength() {
        String traditional = "美國對頂尖AI人才的壟斷正在瓦解,乾燥的餅乾。";
        assertEquals(traditional.length(), CONVERTER.toSimplified(traditional).length());
    }

    @Test
    void mixedLineWithTraditionalOnlyCharacterIsConverted() {
        assertEquals("这么说", CONVERTER.convertLine("這么说"));
    }

    @Test
    void taiwanPhrasesReplaceTaiwanWordsWithMainlandWords() {
        assertEquals("请用鼠标打开这个软件",
                CONVERTER.convertLine("請用滑鼠開啟這個軟體", ScriptConverter.Variant.TAIWAN_PHRASES));
    }

    @Test
    void taiwanVariantKeepsTaiwanVocabulary() {
        assertEquals("请用滑鼠开启这个软体",
                CONVERTER.convertLine("請用滑鼠開啟這個軟體", ScriptConverter.Variant.TAIWAN));
    }

    @Test
    void taiwanWordWithoutTraditionalCharacterIsStillConverted() {
        assertEquals("鼠标", CONVERTER.convertLine("滑鼠", ScriptConverter.Variant.TAIWAN_PHRASES));
        assertEquals("滑鼠", CONVERTER.convertLine("滑鼠"));
    }

    @Test
    void taiwanVariantKeepsZhuInWordsThatMeanWriting() {
        assertEquals("这部著作写得很好", CONVERTER.convertLine("這部著作寫得很好", ScriptConverter.Variant.TAIWAN));
    }

    @Test
    void hongKongVariantConvertsHongKongCharacterForms() {
        assertEquals("卫生署发布的报告", CONVERTER.convertLine("衞生署發佈的報告", ScriptConverter.Variant.HONG_KONG));
    }

    @Test
    void hongKongPhrasesReplaceSharedComputingWords() {
        assertEquals("这台服务器的硬盘坏了",
                CONVERTER.convertLine("這台伺服器的硬碟壞了", ScriptConverter.Variant.HONG_KONG_PHRASES));
        assertEquals("这台伺服器的硬碟坏了", CONVERTER.convertLine("這台伺服器的硬碟壞了", ScriptConverter.Variant.HONG_KONG));
    }

    @Test
    void simplifiedLineSurvivesRegionalPhraseConversion() {
        String line = "华为昇腾团队的软件";
        assertEquals(line, CONVERTER.convertLine(line, ScriptConverter.Variant.TAIWAN_PHRASES));
    }

    @Test
    void plainConvertLineIsTheGenericVariant() {
        String line = "他們收集了675名全球頂級AI研究人員的資料,衞生署";
        assertEquals(CONVERTER.convertLine(line, ScriptConverter.Variant.GENERIC), CONVERTER.convertLine(line));
    }

    @Test
    void hongKongPhrasesReplaceHongKongOnlyWords() {
        assertEquals("用搜索找宽带", CONVERTER.convertLine("用搜尋找寬頻", ScriptConverter.Variant.HONG_KONG_PHRASES));
        assertEquals("用搜寻找宽频", CONVERTER.convertLine("用搜尋找寬頻", ScriptConverter.Variant.HONG_KONG));
    }

    @Test
    void taiwanVariantReadsTaiwanFormsBackToStandardCharacters() {
        assertEquals("为了吃面去峰顶", CONVERTER.convertLine("為了吃麵去峰頂", ScriptConverter.Variant.TAIWAN));
    }

    @Test
    void taiwanPhraseReplacementMayShortenTheLine() {
        assertEquals("他在互联网上看新闻", CONVERTER.convertLine("他在網際網路上看新聞", ScriptConverter.Variant.TAIWAN_PHRASES));
    }

    @Test
    void taiwanPhraseExceptionShieldsItsCharactersFromTheCharacterTable() {
        // Alone, Taiwan 么 reads back as 幺 (the table's preferred form); inside 什么 it stays.
        assertEquals("你在说什么,老幺", CONVERTER.convertLine("你在說什么,老么", ScriptConverter.Variant.TAIWAN));
    }

    @Test
    void characterMissingFromOpencc4jIsStillJudgedTraditional() {
        assertEquals("冬天穿夹衣", CONVERTER.convertLine("冬天穿袷衣"));
    }

    @Test
    void standardPhraseTableDecidesAmbiguousCharacter() {
        assertEquals("这块坯布没有破坏", CONVERTER.toSimplified("這塊坏布沒有破坏"));
    }
}
