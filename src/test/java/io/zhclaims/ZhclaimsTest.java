package io.zhclaims;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library use README shows. */
class ZhclaimsTest {
    @Test
    void extractsAClaimFromTextGivenAsAString() {
        List<Claim> claims = Zhclaims.get().extract("gdp.txt", "国家统计局数据显示,前三季度国内生产总值同比增长4.8%。");
        assertEquals(1, claims.size());
        Claim c = claims.get(0);
        assertEquals("4.8%", c.mention());
        assertEquals(new java.math.BigDecimal("4.8"), c.value());
        assertEquals(List.of("国家统计局"), c.orgs());
        assertEquals("increase", c.trend());
        assertTrue(ClaimJson.toJson(c).contains("\"kind\":\"percent\""));
    }

    @Test
    void traditionalTextIsSearchedAsSimplifiedButShownAsWritten() {
        Claim c = Zhclaims.get().extract("tw.txt", "台積電去年營收成長了33.9%。").get(0);
        assertEquals("台积电去年营收成长了33.9%。", c.sentence());
        assertEquals("台積電去年營收成長了33.9%。", c.original());
    }

    @Test
    void queriesGoThroughTheSameConversionAsArticles() {
        assertEquals("华裔研究人员 占比", Zhclaims.get().normalizeQuery("華裔研究人員　佔比"));
    }
}
