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
}
