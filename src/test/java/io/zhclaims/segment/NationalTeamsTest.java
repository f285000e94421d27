package io.zhclaims.segment;

import io.zhclaims.Zhclaims;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** FORMAT.md: a national team or delegation named by its country is no organization; a club is one (and a score binds both clubs of its match). */
class NationalTeamsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            日本队在本届亚运会上一共拿到48金。           | []
            中国女排以3比1战胜对手,获得第一。            | []
            日本代表团获得20枚金牌。                     | []
            义大利国家队以2比1击败纽西兰。               | []
            北京国安以3-1战胜梅州客家,积分升至第三。      | [北京国安, 梅州客家]
            """)
    void countriesTeamsAreNoOrganizationsButClubsAre(String sentence, String orgs) {
        assertEquals(orgs, Zhclaims.get().extract("t.txt", sentence).get(0).orgs().toString());
    }
}
