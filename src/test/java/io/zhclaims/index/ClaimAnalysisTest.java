package io.zhclaims.index;

import io.zhclaims.quantity.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimAnalysisTest {
    private final ClaimAnalysis analysis = SeedClaims.analysis();

    @Test
    void wordsKeepDecimalNumbersWhole() {
        List<String> words = analysis.words("投入了约 4000 亿元人民币(约合 565.8 亿美元)");
        assertTrue(words.contains("565.8"), words.toString());
        assertTrue(words.contains("4000"), words.toString());
    }

    @Test
    void wordsDropPunctuationAndLowercaseLatin() {
        List<String> words = analysis.words("以DeepSeek为例,其2023年发布的动态注意力机制(Dynamic Attention Mechanism)");
        assertTrue(words.contains("deepseek"), words.toString());
        assertTrue(words.contains("attention"), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.equals(",") || w.equals("(") || w.isBlank()), words.toString());
    }

    @Test
    void bigramsPairHanCharactersAndKeepNumbersWhole() {
        assertEquals(List.of("斯坦", "坦福", "福大", "大学"), analysis.bigrams("斯坦福大学"));
        assertEquals(List.of("约合", "565.8", "亿美", "美元"), analysis.bigrams("约合 565.8 亿美元"));
    }

    @Test
    void orgNamesIncludeEveryAliasLowercased() {
        assertEquals(Set.of("深度求索", "deepseek"), analysis.orgNames("深度求索"));
        assertEquals(Set.of("deepseek"), analysis.otherNames("深度求索"));
        assertTrue(analysis.otherNames("清华大学").isEmpty());
    }

    @Test
    void clauseIsTheStretchAroundTheMentionBetweenClausePunctuation() {
        var c = SeedClaims.claim("002.txt", 0,
                "追踪NeurIPS 2019论文作者信息,当时华裔研究人员占比为29%,超过美国的20%和欧洲的17%。",
                "29%", Kind.PERCENT, 29, null, "%", 2019, List.of(), null);
        assertEquals("当时华裔研究人员占比为29%", ClaimFields.clause(c));
    }

    @Test
    void clauseDoesNotEndAtThousandsSeparator() {
        var c = SeedClaims.claim("x.txt", 0, "全年销量为1,925.0 万辆,同比增长", "1,925.0 万辆",
                Kind.COUNT, 19250000, null, "辆", null, List.of(), null);
        assertEquals("全年销量为1,925.0 万辆", ClaimFields.clause(c));
    }
}
