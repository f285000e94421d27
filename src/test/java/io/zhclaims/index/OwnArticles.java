package io.zhclaims.index;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few short articles of our own, run through the whole pipeline into an in-memory index:
 * two reports of one harvest that disagree, a company's figures in simplified and in
 * traditional script, and an HTML page with its canonical address.
 */
public final class OwnArticles {
    public static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("harvest-a.txt", "据国家统计局数据，2023年全国粮食产量增长了1.3%，达到6.95亿吨。\n"
                + "同年全国农机总动力增长了3%，高于前一年。");
        TEXTS.put("harvest-b.txt", "国家统计局发布，2023年全国粮食产量增长了2.1%。\n"
                + "专家预测明年粮食产量还将增长，但增幅可能回落到1%左右。");
        TEXTS.put("company-s.txt", "华为表示，2023年研发投入占全年收入的23.4%，研发人员超过11万名。");
        TEXTS.put("company-t.txt", "華為表示，2022年研發投入佔全年收入的25.1%，公司今年招聘了三千名工程師。");
    }

    public static final String PAGE_DOC = "page.html";
    public static final String PAGE_URL = "https://news.example.cn/2024/05/rail.html";
    public static final String PAGE = "<html><head><title>铁路客运创新高</title>"
            + "<link rel=\"canonical\" href=\"" + PAGE_URL + "\"></head><body><article>"
            + "<p>2024年5月1日，全国铁路发送旅客2,069万人次，同比增长10.4%。</p>"
            + "</article></body></html>";

    private OwnArticles() {
    }

    public static List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        TEXTS.forEach((doc, text) -> out.addAll(Zhclaims.get().extract(doc, text)));
        out.addAll(Zhclaims.get().extract(new RawArticle(PAGE_DOC, null, null, null, PAGE, Markup.HTML,
                StandardCharsets.UTF_8)));
        return out;
    }

    /** The claims indexed in memory; the caller closes the index. */
    public static ClaimIndex index() throws IOException {
        ClaimIndex index = ClaimIndex.open(new ByteBuffersDirectory(), Zhclaims.get().claimAnalysis());
        Map<String, List<Claim>> byDoc = new LinkedHashMap<>();
        for (Claim c : claims()) {
            byDoc.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<Claim>> e : byDoc.entrySet()) {
            index.replaceArticle(e.getKey(), "hash-" + e.getKey(), e.getValue());
        }
        index.commit(Map.of());
        return index;
    }
}
