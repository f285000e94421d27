package io.zhclaims.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String... paragraphs) {
        return splitter.split(List.of(paragraphs)).stream().map(Sentence::text).toList();
    }

    @Test
    void endsSentencesAtFullStopsAndMarks() {
        assertEquals(List.of("中国的竞争力越来越强。", "真的吗?", "是的!"),
                texts("中国的竞争力越来越强。真的吗?是的!"));
    }

    @Test
    void keepsClosingQuoteWithTheSentenceItEnds() {
        assertEquals(List.of("他说:“美国的垄断正在瓦解。”", "十个月过去了。"),
                texts("他说:“美国的垄断正在瓦解。”十个月过去了。"));
    }

    @Test
    void semicolonDoesNotEndASentence() {
        assertEquals(List.of("出口23.97万亿元,增长10.5%;进口18.1万亿元,增长4.3%。"),
                texts("出口23.97万亿元,增长10.5%;进口18.1万亿元,增长4.3%。"));
    }

    @Test
    void lineBreakEndsASentenceAndOffsetsCountIt() {
        List<Sentence> s = splitter.split(List.of("人才追踪呈现的现实", "截至2019年,有100名华裔研究人员。"));
        assertEquals("截至2019年,有100名华裔研究人员。", s.get(1).text());
        assertEquals("人才追踪呈现的现实".length() + 1, s.get(1).start());
        assertEquals(1, s.get(1).paragraph());
    }

    @Test
    void aRunTooLongForASentenceIsCutAfterAComma() {
        String clause = "该市的服务业产值去年增长了百分之五,";
        List<String> pieces = texts(clause.repeat(200));
        assertTrue(pieces.size() > 1, "cut");
        for (String p : pieces) {
            assertTrue(p.length() <= SentenceSplitter.MAX_SENTENCE, p);
            assertTrue(p.endsWith(","), p);
        }
        assertEquals(clause.repeat(200), String.join("", pieces));
    }

    @Test
    void aRunWithoutCommasIsCutBetweenPlainWordsNotInsideAFigure() {
        String run = "该市服务业产值增长12.5%工业产值增长3.8%".repeat(150);
        List<String> pieces = texts(run);
        assertTrue(pieces.size() > 1, "cut");
        assertEquals(run, String.join("", pieces));
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            assertTrue(p.length() <= SentenceSplitter.MAX_SENTENCE, p);
            // Every cut falls between two words: no figure (12.5%) is cut in two.
            assertTrue(i == pieces.size() - 1 || Character.isIdeographic(p.charAt(p.length() - 1)), p);
            assertTrue(i == 0 || Character.isIdeographic(p.charAt(0)), p);
        }
    }
}
