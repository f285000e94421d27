package io.zhclaims.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
