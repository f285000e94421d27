package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.quantity.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryLanguageSearchTest {
    private static ClaimIndex index;
    private static ClaimSearcher searcher;

    @BeforeAll
    static void open() throws IOException {
        index = OwnArticles.index();
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
        index.close();
    }

    private static List<Claim> search(String q) throws IOException {
        return searcher.search(ClaimQuery.of(q).withLimit(50)).hits().stream().map(Hit::claim).toList();
    }

    @Test
    void everyWordMustMatch() throws IOException {
        List<Claim> hits = search("粮食产量 国家统计局");
        assertFalse(hits.isEmpty());
        // A word may stand elsewhere in the claim's article, but claims that say both come first.
        List<Boolean> both = hits.stream().map(c -> c.sentence().contains("粮食产量") && c.sentence().contains("统计局")).toList();
        assertTrue(both.get(0), hits.toString());
        assertTrue(both.indexOf(false) < 0 || both.subList(both.indexOf(false), both.size()).stream().noneMatch(b -> b),
                hits.toString());
        assertTrue(searcher.search(ClaimQuery.of("粮食产量 国家统计局")).allWords());
    }

    @Test
    void whenNoClaimHoldsEveryWordThoseHoldingAllButOneComeMarked() throws IOException {
        SearchResult r = searcher.search(ClaimQuery.of("粮食产量 工程师").withLimit(50));
        assertFalse(r.allWords());
        assertFalse(r.hits().isEmpty());
        assertTrue(r.hits().stream().map(h -> h.claim().sentence())
                .allMatch(s -> s.contains("粮食产量") || s.contains("工程师")), r.hits().toString());
        // One word alone has no word to spare.
        assertTrue(searcher.search(ClaimQuery.of("潜水艇")).hits().isEmpty());
    }

    @Test
    void anExcludedWordRemovesItsSentences() throws IOException {
        assertTrue(search("粮食产量").stream().anyMatch(c -> c.sentence().contains("预测")));
        List<Claim> hits = search("粮食产量 -预测");
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().noneMatch(c -> c.sentence().contains("预测")), hits.toString());
    }

    @Test
    void aPhraseMustStandAsWritten() throws IOException {
        // 粮食 and 产量 both occur in the forecast sentence, but not as 全国粮食产量.
        List<Claim> hits = search("\"全国粮食产量\"");
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(c -> c.sentence().contains("全国粮食产量")), hits.toString());
    }

    @Test
    void filtersWrittenInTheQueryFilter() throws IOException {
        List<Claim> hits = search("研发投入 year:2023 kind:percent");
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("23.4%", hits.get(0).mention());
        assertTrue(search("粮食产量 value:[2 TO 3]").stream().allMatch(c -> c.mention().equals("2.1%")));
        assertEquals(List.of("company-s.txt", "company-t.txt"),
                search("研发投入 org:华为 kind:percent").stream().map(Claim::doc).sorted().toList());
    }

    @Test
    void traditionalAndSimplifiedQueriesFindTheSameClaims() throws IOException {
        assertEquals(search("研发投入 占比 华为"), search("研發投入 佔比 華為"));
        assertFalse(search("研發投入 佔比 華為").isEmpty());
    }

    @Test
    void aWordAskingForAKindFindsFiguresOfThatKind() throws IOException {
        // No sentence writes 人数; the count of engineers answers it.
        List<Claim> hits = search("工程师 人数");
        assertEquals(Kind.COUNT, hits.get(0).kind());
        assertEquals("三千名", hits.get(0).mention());
    }

    @Test
    void aYearWordFavoursClaimsAboutThatYear() throws IOException {
        List<Claim> hits = search("研发投入 2022");
        assertEquals(Integer.valueOf(2022), hits.get(0).year(), hits.toString());
    }

    @Test
    void valueOrderAndPagesFollowOneAnother() throws IOException {
        ClaimQuery q = ClaimQuery.of("kind:percent").withSort(ClaimQuery.Order.VALUE).withLimit(3);
        List<Claim> first = searcher.search(q).hits().stream().map(Hit::claim).toList();
        List<Claim> second = searcher.search(q.withOffset(3)).hits().stream().map(Hit::claim).toList();
        List<Claim> all = searcher.search(q.withLimit(6)).hits().stream().map(Hit::claim).toList();
        assertEquals(all.subList(0, 3), first);
        assertEquals(all.subList(3, all.size()), second);
        List<Double> values = all.stream().map(c -> ClaimJson.toNode(c).get("value").asDouble()).toList();
        assertEquals(values.stream().sorted(Comparator.reverseOrder()).toList(), values);
    }

    @Test
    void theTotalIsTheSameWithFacetsAsWithout() throws IOException {
        for (String q : List.of("粮食产量", "kind:percent", "", "研发投入 -华为")) {
            assertEquals(searcher.search(ClaimQuery.of(q).withLimit(1)).total(),
                    searcher.search(ClaimQuery.of(q).withLimit(1).withFacets(true)).total(), q);
        }
    }

    @Test
    void aQueryOfPunctuationAloneIsRefused() {
        assertThrows(QuerySyntax.QuerySyntaxException.class, () -> search("，。"));
    }
}
