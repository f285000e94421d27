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
}
