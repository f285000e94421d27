package io.zhclaims.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PinyinReadingsTest {
    private static final PinyinReadings READINGS = new PinyinReadings();

    @Test
    void removesPinyinReadingAfterCharacter() {
        assertEquals("2020年,保爾森研究所在一份報告中指出", READINGS.remove("2020年,保爾森研究所在一份報(bào)告中指出"));
    }

    @Test
    void removesReadingInFullWidthBrackets() {
        assertEquals("頂級AI研究人員", READINGS.remove("頂級（jí）AI研究人員"));
    }

    @Test
    void removesDamagedReadingWhoseBracketBecameQuestionMark() {
        assertEquals("我們仍不能低估", READINGS.remove("我們?nèi)仍不能低估"));
    }

    @Test
    void removesReadingThatSplitsLatinWord() {
        assertEquals("曾令AI圈震驚", READINGS.remove("曾令A(yù)I圈震驚"));
    }

    @Test
    void keepsRealParenthesizedContent() {
        for (String s : new String[]{"阿里巴巴通義千問(Qwen)在美國走紅", "人類反饋強化學習(RLHF)",
                "衰減係數(λ=0.95±0.02)", "市值(約78億港元)", "對抗魯棒性(adversarial robustness)"}) {
            assertEquals(s, READINGS.remove(s));
        }
    }
}
