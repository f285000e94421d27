package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Qualifier;
import io.zhclaims.quantity.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrgBinderTest {
    private static Quantity number(String sentence, String mention, int from) {
        int start = sentence.indexOf(mention, from);
        return new Quantity(Kind.NUMBER, start, start + mention.length(), mention, Double.parseDouble(mention),
                null, null, null, Qualifier.values()[0]);
    }

    private static Span org(String sentence, String name) {
        int start = sentence.indexOf(name);
        return new Span(name, start, start + name.length());
    }

    @Test
    void eachSideOfAScoreBindsItsOwnTeam() {
        String s = "昨晚的比赛中,北京国安队3比1战胜上海申花队。";
        List<Quantity> q = List.of(number(s, "3", 0), number(s, "1", s.indexOf('比')));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "北京国安队"), org(s, "上海申花队")));
        assertEquals(List.of("北京国安队"), b.get(0).orgs());
        assertEquals(List.of("上海申花队"), b.get(1).orgs());
    }

    @Test
    void aScoreAfterBothTeamsBindsThemInOrder() {
        String s = "北京国安队与上海申花队战成2:2。";
        List<Quantity> q = List.of(number(s, "2", 0), number(s, "2", s.indexOf(':')));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "北京国安队"), org(s, "上海申花队")));
        assertEquals(List.of("北京国安队"), b.get(0).orgs());
        assertEquals(List.of("上海申花队"), b.get(1).orgs());
    }
}
