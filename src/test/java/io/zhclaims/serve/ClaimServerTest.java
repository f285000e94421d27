package io.zhclaims.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhclaims.index.ClaimIndex;
import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.index.OwnArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimServerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static ClaimIndex index;
    private static ClaimSearcher searcher;
    private static ClaimServer server;

    @BeforeAll
    static void start() throws IOException {
        index = OwnArticles.index();
        searcher = index.searcher();
        server = new ClaimServer(searcher, "127.0.0.1", 0, 4, new PrintStream(LOG, true, StandardCharsets.UTF_8));
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
        index.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String pathAndQuery, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return MAPPER.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchAnswersHitsWithTheMentionSetApartAndFacets() throws Exception {
        JsonNode r = json("/api/search?q=" + q("粮食产量") + "&kind=percent&size=2", 200);
        assertTrue(r.get("total").asInt() >= 3, r.toString());
        assertEquals(2, r.get("hits").size());
        JsonNode hit = r.get("hits").get(0);
        assertEquals(hit.get("claim").get("mention").asText(), hit.get("mention").asText());
        assertEquals(hit.get("claim").get("sentence").asText(),
                hit.get("before").asText() + hit.get("mention").asText() + hit.get("after").asText());
        assertEquals("percent", r.get("facets").get("kind").get(0).get("label").asText());
    }

    @Test
    void pagesContinueOneAnother() throws Exception {
        String base = "/api/search?q=" + q("kind:percent") + "&sort=value&size=2";
        JsonNode all = json(base.replace("size=2", "size=4"), 200).get("hits");
        JsonNode page2 = json(base + "&page=2", 200).get("hits");
        assertEquals(all.get(2).get("claim").get("id"), page2.get(0).get("claim").get("id"));
        assertEquals(all.get(3).get("claim").get("id"), page2.get(1).get("claim").get("id"));
    }

    @Test
    void aBadQueryIsA400WithTheReasonAndNoStackTrace() throws Exception {
        for (String bad : new String[]{"/api/search?q=" + q("year:[2023 TO"), "/api/search?kind=percentage",
                "/api/search?page=0", "/api/search?min=abc", "/api/search?sort=random"}) {
            JsonNode r = json(bad, 400);
            String error = r.get("error").asText();
            assertFalse(error.isBlank());
            assertFalse(error.contains("Exception") || error.contains("\tat "), error);
        }
    }

    @Test
    void oneClaimByIdAndA404ForAnUnknownOne() throws Exception {
        JsonNode hit = json("/api/search?q=" + q("铁路 旅客"), 200).get("hits").get(0).get("claim");
        JsonNode one = json("/api/claims/" + hit.get("id").asText(), 200);
        assertEquals(hit, one);
        assertEquals(OwnArticles.PAGE_URL, one.get("url").asText());
        json("/api/claims/0000000000000000", 404);
    }

    @Test
    void conflictsSetDifferingFiguresOfTwoArticlesSideBySide() throws Exception {
        JsonNode groups = json("/api/conflicts", 200).get("groups");
        assertEquals(1, groups.size(), groups.toString());
        JsonNode g = groups.get(0);
        assertEquals("国家统计局", g.get("org").asText());
        assertEquals(2023, g.get("year").asInt());
        assertEquals(2, g.get("articles").asInt());
        assertEquals(2, g.get("figures").size());
        assertEquals("[1.3%, 2.1%]", "[" + g.get("figures").get(0).get("mention").asText() + ", "
                + g.get("figures").get(1).get("mention").asText() + "]");
    }

    @Test
    void seriesGivesTheValuesByYearOfTheMostCommonKindAndUnit() throws Exception {
        JsonNode s = json("/api/series?q=" + q("研发投入"), 200);
        assertEquals("percent", s.get("kind").asText());
        assertEquals("%", s.get("unit").asText());
        assertEquals(2, s.get("years").size());
        assertEquals(2022, s.get("years").get(0).get("year").asInt());
    }

    @Test
    void thePageAndItsChartLibraryAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("vendor/echarts.min.js"));
        assertFalse(page.body().contains("://cdn"), "no CDN");
        HttpResponse<String> echarts = get("/vendor/echarts.min.js");
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.body().length() > 500_000);
        assertEquals(404, get("/nothing-here").statusCode());
    }
}
