package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.quantity.Kind;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimSearcherTest {
    private static final Comparator<Claim> DOC_ORDER = Comparator.comparing(Claim::doc)
            .thenComparingInt(Claim::offset).thenComparingInt(Claim::start);
    private static List<Claim> seeds;
    private static ClaimIndex index;
    private static ClaimSearcher searcher;

    @BeforeAll
    static void indexSeeds() throws IOException {
        seeds = SeedClaims.all();
        index = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis());
        for (Map.Entry<String, List<Claim>> e : seeds.stream()
                .collect(Collectors.groupingBy(Claim::doc)).entrySet()) {
            index.replaceArticle(e.getKey(), "hash-" + e.getKey(), e.getValue());
        }
        index.commit(Map.of());
        searcher = index.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
        index.close();
    }

    private static List<Claim> search(ClaimQuery q) throws IOException {
        return searcher.search(q).hits().stream().map(Hit::claim).toList();
    }

    private static String ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList().toString();
    }

    private static List<Claim> seedsWhere(Predicate<Claim> p) {
        return seeds.stream().filter(p).sorted(DOC_ORDER).toList();
    }

    @Test
    void organizationQueryFindsEverySentenceNamingItByAnyName() throws IOException {
        List<Claim> hits = search(ClaimQuery.of("斯坦福大学").withLimit(50));
        List<Claim> expected = seedsWhere(c -> c.sentence().contains("斯坦福大学")
                || c.sentence().contains("史丹佛大学"));
        assertTrue(expected.stream().anyMatch(c -> c.sentence().contains("斯坦福大学")));
        assertTrue(expected.stream().anyMatch(c -> c.sentence().contains("史丹佛大学")));
        assertTrue(hits.containsAll(expected), ids(expected) + " in " + ids(hits));
        assertTrue(expected.contains(hits.get(0)), ids(hits));
    }

    @Test
    void keywordCutAcrossWordBoundariesMatchesThroughBigrams() throws IOException {
        // The segmenter cuts the sentence 斯坦福 | 大学 but the query differently: bigrams agree.
        assertFalse(SeedClaims.analysis().words("坦福大学").contains("斯坦福"));
        List<Claim> hits = search(ClaimQuery.of("坦福大学"));
        assertFalse(hits.isEmpty());
        assertTrue(hits.get(0).sentence().contains("斯坦福大学"), hits.get(0).sentence());
    }

    @Test
    void decimalNumberQueryFindsItsMentionFirst() throws IOException {
        List<Claim> hits = search(ClaimQuery.of("565.8"));
        assertFalse(hits.isEmpty());
        assertEquals("565.8 亿美元", hits.get(0).mention());
    }

    @Test
    void traditionalQueryFindsTheSameClaimsAsItsSimplifiedTwin() throws IOException {
        List<Claim> traditional = search(ClaimQuery.of("華裔研究人員 占比"));
        List<Claim> simplified = search(ClaimQuery.of("华裔研究人员 占比"));
        assertEquals(simplified, traditional);
        assertTrue(List.of("29%", "一半").contains(traditional.get(0).mention()), traditional.get(0).mention());
    }

    @Test
    void aliasInQueryFindsSentenceThatNamesTheOrganizationOtherwise() throws IOException {
        Claim claim = SeedClaims.claim("000.txt", 120,
                "以DeepSeek为例,其2023年发布的动态注意力机制,将长文本处理效率提升37%。",
                "37%", Kind.PERCENT, 37, null, "%", 2023, List.of(), "长文本处理效率提升");
        Claim other = SeedClaims.claim("000.txt", 300,
                "该算法由加州大学伯克利分校华人团队提出,研究团队共12人。",
                "12人", Kind.COUNT, 12, null, "人", null, List.of(), null);
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            idx.replaceArticle("000.txt", "h", List.of(claim, other));
            try (ClaimSearcher s = idx.searcher()) {
                List<Hit> hits = s.search(ClaimQuery.of("深度求索")).hits();
                assertEquals(List.of(claim), hits.stream().map(Hit::claim).toList());
            }
        }
    }

    @Test
    void orgFilterMatchesClaimsUnderAnyOfTheOrganizationsNames() throws IOException {
        List<Claim> hits = search(ClaimQuery.all().withOrg("深度求索").withLimit(200));
        List<Claim> expected = seedsWhere(c -> c.orgs().stream()
                .anyMatch(o -> o.equalsIgnoreCase("deepseek") || o.equals("深度求索")));
        assertFalse(expected.isEmpty());
        assertEquals(ids(expected), ids(hits));
    }

    @Test
    void filterOnlySearchReturnsExactlyTheMatchingClaimsInDocumentOrder() throws IOException {
        List<Claim> hits = search(ClaimQuery.all().withKind(Kind.PERCENT).withRange(30.0, 50.0).withLimit(200));
        List<Claim> expected = seedsWhere(c -> c.kind() == Kind.PERCENT
                && c.value().doubleValue() <= 50 && Objects.requireNonNullElse(c.high(), c.value()).doubleValue() >= 30);
        assertFalse(expected.isEmpty());
        assertEquals(expected, hits);
        assertEquals(expected.size(), searcher.search(ClaimQuery.all().withKind(Kind.PERCENT)
                .withRange(30.0, 50.0)).total());
    }

    @Test
    void rangeClaimPassesValueBoundsWhenItsRangeOverlapsThem() throws IOException {
        Claim range = SeedClaims.claim("d.txt", 0, "评分一般在35~50分之间。", "35~50分",
                Kind.MEASURE, 35, 50.0, "分", null, List.of(), "评分");
        try (ClaimIndex idx = ClaimIndex.open(new ByteBuffersDirectory(), SeedClaims.analysis())) {
            idx.replaceArticle("d.txt", "h", List.of(range));
            try (ClaimSearcher s = idx.searcher()) {
                assertEquals(1, s.search(ClaimQuery.all().withRange(45.0, 60.0)).total());
                assertEquals(1, s.search(ClaimQuery.all().withRange(null, 35.0)).total());
                assertEquals(0, s.search(ClaimQuery.all().withRange(51.0, null)).total());
                assertEquals(0, s.search(ClaimQuery.all().withRange(10.0, 34.0)).total());
            }
        }
    }

    @Test
    void yearRangeKeepsOnlyClaimsAboutThoseYears() throws IOException {
        List<Claim> hits = search(ClaimQuery.all().withYears(2019, 2020).withLimit(200));
        List<Claim> expected = seedsWhere(c -> c.year() != null && c.year() >= 2019 && c.year() <= 2020);
        assertFalse(expected.isEmpty());
        assertEquals(expected, hits);
        assertEquals(seedsWhere(c -> Integer.valueOf(2024).equals(c.year())),
                search(ClaimQuery.all().withYear(2024).withLimit(200)));
    }

    @Test
    void textAndFiltersCombine() throws IOException {
        List<Claim> hits = search(ClaimQuery.of("华裔研究人员").withKind(Kind.COUNT).withUnit("名"));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(c -> c.kind() == Kind.COUNT && "名".equals(c.unit())), hits.toString());
    }

    @Test
    void facetsCountKindsYearsAndOrgsOverAllMatches() throws IOException {
        SearchResult r = searcher.search(ClaimQuery.all().withFacets(true).withLimit(1));
        assertEquals(1, r.hits().size());
        assertEquals(seeds.size(), r.total());
        Map<String, Integer> kinds = counts(r, "kind");
        Map<String, Long> expectedKinds = seeds.stream()
                .collect(Collectors.groupingBy(c -> c.kind().id(), Collectors.counting()));
        expectedKinds.forEach((k, n) -> assertEquals(n.intValue(), kinds.get(k), k));
        assertEquals((int) seeds.stream().filter(c -> Integer.valueOf(2019).equals(c.year())).count(),
                counts(r, "year").get("2019"));
        assertEquals((int) seeds.stream().filter(c -> c.orgs().contains("保尔森研究所")).count(),
                counts(r, "org").get("保尔森研究所"));
    }

    @Test
    void facetsCountOnlyTheClaimsTheQueryMatches() throws IOException {
        SearchResult r = searcher.search(ClaimQuery.all().withKind(Kind.PERCENT).withFacets(true));
        assertEquals(Map.of("percent", (int) r.total()), counts(r, "kind"));
    }

    private static Map<String, Integer> counts(SearchResult r, String dim) {
        return r.facets().get(dim).stream().collect(Collectors.toMap(FacetCount::label, FacetCount::count));
    }

    @Test
    void exportReproducesEveryInsertedRecordExactly() throws IOException {
        List<String> exported;
        try (var stream = searcher.export(ClaimQuery.all(), 7)) {
            exported = stream.map(ClaimJson::toJson).toList();
        }
        assertEquals(seeds.stream().sorted(DOC_ORDER).map(ClaimJson::toJson).toList(), exported);
    }

    @Test
    void exportOfTextQueryStreamsEveryMatchInRankOrder() throws IOException {
        ClaimQuery q = ClaimQuery.of("研究人员 占比");
        SearchResult top = searcher.search(q);
        List<Claim> exported;
        try (var stream = searcher.export(q, 4)) {
            exported = stream.toList();
        }
        assertEquals(top.total(), exported.size());
        assertEquals(top.hits().stream().map(Hit::claim).toList(), exported.subList(0, top.hits().size()));
    }

    @Test
    void hitHighlightsTheMentionInItsSentence() throws IOException {
        Hit hit = searcher.search(ClaimQuery.of("565.8")).hits().get(0);
        assertTrue(hit.highlighted("[", "]").contains("(约合 [565.8 亿美元])"), hit.highlighted("[", "]"));
    }

    @Test
    void queryWithoutSearchableWordsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> searcher.search(ClaimQuery.of("?!、")));
        assertTrue(e.getMessage().contains("no searchable words"), e.getMessage());
    }
}
