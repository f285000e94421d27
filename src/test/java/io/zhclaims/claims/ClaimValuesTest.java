package io.zhclaims.claims;

import io.zhclaims.Zhclaims;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values leave the pipeline as the decimals the text wrote: no binary tails, no E-notation. */
class ClaimValuesTest {
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            该公司去年营收12.7亿美元。              | 12.7亿美元   | 1270000000
            全年社会消费品零售总额4795.6亿元。      | 4795.6亿元   | 479560000000
            居民消费价格同比上涨0.1%。              | 0.1%         | 0.1
            粮食总产量达到13908.2亿斤。             | 13908.2亿斤  | 1390820000000
            新增贷款3.3万亿元,同比多增2000亿元。    | 3.3万亿元    | 3300000000000
            """)
    void valuesAreExactDecimalsInJson(String sentence, String mention, String expected) {
        List<Claim> claims = Zhclaims.get().extract("v.txt", sentence);
        Claim c = claims.stream().filter(x -> x.mention().equals(mention)).findFirst().orElseThrow();
        assertEquals(new BigDecimal(expected), c.value());
        String json = ClaimJson.toJson(c);
        assertTrue(json.contains("\"value\":" + expected + ","), json);
        assertEquals(c.value(), ClaimJson.fromJson(json).value());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1269999999.9999998 | 1270000000
            0.30000000000000004 | 0.3
            3.88E9             | 3880000000
            0.3333333333333333 | 0.333333333333333
            """)
    void binaryArtefactsRoundToTheWrittenDecimal(double v, String expected) {
        assertEquals(expected, Decimals.of(v).toPlainString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Infinity", "-Infinity", "NaN"})
    void valuesThatAreNoNumberHaveNoDecimal(double v) {
        assertNull(Decimals.of(v));
    }
}
