package io.zhclaims.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhclaims.Zhclaims;
import io.zhclaims.index.OwnArticles;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.quantity.Kind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvenanceTest {
    private static RawArticle page() {
        return new RawArticle(OwnArticles.PAGE_DOC, null, null, null, OwnArticles.PAGE, Markup.HTML, StandardCharsets.UTF_8);
    }

    @Test
    void aClaimOfAnHtmlPageCarriesItsCanonicalAddressAndTitle() {
        List<Claim> claims = Zhclaims.get().extract(page());
        assertFalse(claims.isEmpty());
        for (Claim c : claims) {
            assertEquals(OwnArticles.PAGE_URL, c.url());
            assertEquals("铁路客运创新高", c.title());
            assertEquals(OwnArticles.PAGE_DOC, c.doc());
        }
    }

    @Test
    void aJsonLinesArticleKeepsItsUrlField() {
        RawArticle raw = new RawArticle("feed.jsonl#7", "https://example.org/a/7", "港口吞吐量", "2024-03-02",
                "一季度全港货物吞吐量同比增长5.2%。", Markup.TEXT, StandardCharsets.UTF_8);
        Claim c = Zhclaims.get().extract(raw).get(0);
        assertEquals("https://example.org/a/7", c.url());
        assertEquals("2024-03-02", c.published());
    }

    @Test
    void textOffsetsPointAtTheMentionInTheCleanedText() {
        String text = Zhclaims.get().clean(page()).text();
        for (Claim c : Zhclaims.get().extract(page())) {
            JsonNode n = ClaimJson.toNode(c);
            int from = text.offsetByCodePoints(0, n.get("text_start").asInt());
            int to = text.offsetByCodePoints(0, n.get("text_end").asInt());
            assertEquals(c.mention(), text.substring(from, to));
        }
    }

    @Test
    void aDateKeepsItsIsoFormInDateAndItsYearAsTheNumericValue() {
        Claim date = Zhclaims.get().extract(page()).stream().filter(c -> c.kind() == Kind.DATE).findFirst().orElseThrow();
        JsonNode n = ClaimJson.toNode(date);
        assertEquals("2024-05-01", n.get("date").asText());
        assertTrue(n.get("value").isNumber());
        assertEquals(2024, n.get("value").asInt());
        JsonNode percent = ClaimJson.toNode(Zhclaims.get().extract(page()).stream()
                .filter(c -> c.kind() == Kind.PERCENT).findFirst().orElseThrow());
        assertTrue(percent.get("date").isNull());
        assertTrue(percent.get("value").isNumber());
    }
}
