package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The per-thread memo of recent segmentations returns what segmenting returns. */
class SegmenterMemoTest {
    private final Segmenter segmenter = new Segmenter();

    @Test
    void aRepeatedSentenceGivesTheSameWordsFromTheMemo() {
        String s = "根据斯坦福大学《2024年人工智能指数报告》,华人科学家参与的论文占比达42%。";
        List<Token> first = segmenter.segment(s);
        assertSame(first, segmenter.segment(s));
        Segmenter.forgetRecent();
        assertEquals(first, segmenter.segment(s));
        assertThrows(UnsupportedOperationException.class, () -> first.remove(0));
    }

    @Test
    void longTextsAndManySentencesStayCorrect() {
        String unit = "国家统计局数据显示,2024年全国粮食产量增长1.6%。";
        String longText = unit.repeat(400);
        List<Token> whole = segmenter.segment(longText);
        assertEquals(longText.length(), whole.get(whole.size() - 1).end());
        List<Token> once = segmenter.segment(unit);
        for (int i = 0; i < 8_000; i++) {
            segmenter.segment(i + unit);
        }
        assertEquals(once, segmenter.segment(unit));
    }
}
