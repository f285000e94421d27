package io.zhclaims.index;

import io.zhclaims.quantity.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuerySyntaxTest {
    @Test
    void wordsPhrasesAndExclusionsKeepTheirOrder() {
        QuerySyntax.Parsed p = QuerySyntax.parse("粮食 \"全国粮食产量\" -预测 -\"明年粮食\"");
        assertEquals(List.of(new QuerySyntax.Term("粮食", QuerySyntax.Occur.WORD),
                new QuerySyntax.Term("全国粮食产量", QuerySyntax.Occur.PHRASE),
                new QuerySyntax.Term("预测", QuerySyntax.Occur.EXCLUDED),
                new QuerySyntax.Term("明年粮食", QuerySyntax.Occur.EXCLUDED)), p.terms());
        assertTrue(p.ranks());
    }

    @Test
    void fieldsBecomeFilters() {
        ClaimQuery f = QuerySyntax.parse("研发 year:2023 org:\"国家统计局\" kind:percent unit:% value:[10 TO 20]").filters();
        assertEquals(2023, f.yearFrom());
        assertEquals(2023, f.yearTo());
        assertEquals("国家统计局", f.org());
        assertEquals(Kind.PERCENT, f.kind());
        assertEquals("%", f.unit());
        assertEquals(10.0, f.min());
        assertEquals(20.0, f.max());
    }

    @Test
    void aStarLeavesARangeOpen() {
        ClaimQuery f = QuerySyntax.parse("year:[2020 TO *] value:[* TO 5]").filters();
        assertEquals(2020, f.yearFrom());
        assertNull(f.yearTo());
        assertNull(f.min());
        assertEquals(5.0, f.max());
    }

    @Test
    void fullWidthQuotesAndColonsFromChineseKeyboardsWork() {
        QuerySyntax.Parsed p = QuerySyntax.parse("“粮食产量” year：2023");
        assertEquals(QuerySyntax.Occur.PHRASE, p.terms().get(0).occur());
        assertEquals(2023, p.filters().yearFrom());
    }

    @Test
    void exclusionsAloneRankNothing() {
        assertTrue(!QuerySyntax.parse("-预测 kind:percent").ranks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"粮食产量", "year:二零二三", "year:[2023 TO 2020]", "value:[1 2]",
            "value:[5 TO 1]", "kind:percentage", "colour:red", "- 粮食", "year:2023 year:2024", "org:",
            "value:[1 TO 2"})
    void aQueryThatCannotBeReadSaysWhy(String query) {
        QuerySyntax.QuerySyntaxException e = assertThrows(QuerySyntax.QuerySyntaxException.class,
                () -> QuerySyntax.parse(query));
        assertTrue(e.getMessage().contains(query), e.getMessage());
    }
}
