package io.zhclaims.eval;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.Decimals;
import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Qualifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    private static final String DOC = "002_0b8d26c1e8720ebb.txt";
    private static final String TEXT = "标题\n截至2019年,在这675人中,有100名是在美国工作的华裔研究人员。";
    private final Scorer scorer = new Scorer(s -> s);

    private static GoldMention gold(String quote, String mention, Kind kind, double value, Integer year, List<String> orgs) {
        return new GoldMention(DOC, quote, mention, kind, value, null, null, "名", "exact", year, orgs);
    }

    private static Claim claim(String mention, Kind kind, double value, Integer year, List<String> orgs) {
        String sentence = TEXT.substring(3);
        int start = sentence.indexOf(mention);
        return new Claim("0123456789abcdef", "seeds/" + DOC, null, null, null, sentence, sentence, 3, start,
                start + mention.length(), mention, kind, Decimals.of(value), null, null, "名", Qualifier.EXACT, year,
                orgs, List.of(), List.of(), null, null, null);
    }

    @Test
    void matchesByKindValueAndOverlappingSpan() {
        Score s = scorer.score(List.of(gold("有100名是在美国工作", "100名", Kind.COUNT, 100, 2019, List.of())),
                Map.of(DOC, TEXT), List.of(claim("100名", Kind.COUNT, 100, 2019, List.of())));
        assertEquals(1, s.overall().matched());
        assertEquals(1.0, s.overall().f1());
        assertEquals(1.0, s.year().value());
    }

    @Test
    void aDifferentValueIsNoMatch() {
        Score s = scorer.score(List.of(gold("有100名是在美国工作", "100名", Kind.COUNT, 100, 2019, List.of())),
                Map.of(DOC, TEXT), List.of(claim("100名", Kind.COUNT, 10, 2019, List.of())));
        assertEquals(0, s.overall().matched());
        assertEquals(0.0, s.overall().f1());
    }

    @Test
    void theSameValueElsewhereInTheDocumentIsNoMatch() {
        Score s = scorer.score(List.of(gold("在这675人中,有100名", "675人", Kind.COUNT, 675, 2019, List.of())),
                Map.of(DOC, TEXT), List.of(claim("100名", Kind.COUNT, 675, 2019, List.of())));
        assertEquals(0, s.overall().matched());
    }

    @Test
    void eachGoldLineMatchesOnePredictionAtMost() {
        Score s = scorer.score(List.of(gold("有100名是在美国工作", "100名", Kind.COUNT, 100, 2019, List.of())),
                Map.of(DOC, TEXT), List.of(claim("100名", Kind.COUNT, 100, 2019, List.of()),
                        claim("100名", Kind.COUNT, 100, 2019, List.of())));
        assertEquals(1, s.overall().matched());
        assertEquals(0.5, s.overall().precision());
    }

    @Test
    void orgsMatchWhenOneContainsTheOther() {
        Score s = scorer.score(List.of(gold("有100名是在美国工作", "100名", Kind.COUNT, 100, null, List.of("保尔森研究所"))),
                Map.of(DOC, TEXT), List.of(claim("100名", Kind.COUNT, 100, 2019, List.of("保尔森研究所的报告", "谷歌"))));
        assertEquals(1, s.orgs().matched());
        assertEquals(0.5, s.orgs().precision());
        assertEquals(1.0, s.orgs().recall());
        assertEquals(0.0, s.year().value());
    }

    @Test
    void articlesOfAJsonLinesFileKeepTheirIdInTheDocumentName() {
        assertEquals("feed.jsonl#lv-01", Scorer.docName("news/feed.jsonl#lv-01"));
        assertEquals("002_0b8d26c1e8720ebb.txt", Scorer.docName("seeds/002_0b8d26c1e8720ebb.txt"));
    }

    @Test
    void tableEndsWithTheF1Line() {
        Score s = scorer.score(List.of(gold("有100名是在美国工作", "100名", Kind.COUNT, 100, 2019, List.of())),
                Map.of(DOC, TEXT), List.of(claim("100名", Kind.COUNT, 100, 2019, List.of())));
        List<String> lines = s.table().lines().toList();
        assertEquals("F1 1.000", lines.get(lines.size() - 1));
    }
}
