package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Qualifier;
import io.zhclaims.quantity.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static Quantity sheets(String sentence, String mention) {
        int start = sentence.indexOf(mention);
        return new Quantity(Kind.COUNT, start, start + mention.length(), mention,
                Double.parseDouble(mention.replace("万张", "")) * 10_000, null, null, "张", Qualifier.values()[0]);
    }

    private static Quantity percent(String sentence, String mention) {
        int start = sentence.indexOf(mention);
        return new Quantity(Kind.PERCENT, start, start + mention.length(), mention,
                Double.parseDouble(mention.replace("%", "")), null, null, null, Qualifier.values()[0]);
    }

    @Test
    void bothFiguresOfAScoreBindTheTwoSidesOfTheMatch() {
        String s = "昨晚的比赛中,北京国安队3比1战胜上海申花队。";
        List<Quantity> q = List.of(number(s, "3", 0), number(s, "1", s.indexOf('比')));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "北京国安队"), org(s, "上海申花队")));
        assertEquals(List.of("北京国安队", "上海申花队"), b.get(0).orgs());
        assertEquals(List.of("北京国安队", "上海申花队"), b.get(1).orgs());
    }

    @Test
    void aScoreAfterBothTeamsBindsThem() {
        String s = "北京国安队与上海申花队战成2:2。";
        List<Quantity> q = List.of(number(s, "2", 0), number(s, "2", s.indexOf(':')));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "北京国安队"), org(s, "上海申花队")));
        assertEquals(List.of("北京国安队", "上海申花队"), b.get(0).orgs());
        assertEquals(List.of("北京国安队", "上海申花队"), b.get(1).orgs());
    }

    @Test
    void eachScoreOfASeriesBindsItsOwnOpponent() {
        String s = "武汉三镇队先后以2-0和1-1的比分战胜成都蓉城队、战平河南队,升至第三。";
        int second = s.indexOf("1-1");
        List<Quantity> q = List.of(number(s, "2", 0), number(s, "0", s.indexOf('-')),
                number(s, "1", second), number(s, "1", second + 1));
        List<Span> orgs = List.of(org(s, "武汉三镇队"), org(s, "成都蓉城队"), org(s, "河南队"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("武汉三镇队", "成都蓉城队"), b.get(0).orgs());
        assertEquals(List.of("武汉三镇队", "成都蓉城队"), b.get(1).orgs());
        assertEquals(List.of("武汉三镇队", "河南队"), b.get(2).orgs());
        assertEquals(List.of("武汉三镇队", "河南队"), b.get(3).orgs());
    }

    @Test
    void opponentsBetweenScoresPairInOrderAndTheLeagueIsNoSide() {
        String s = "中超联赛上,大连人队先以0-0逼平梅州客家队后又1-3不敌沧州雄狮队。";
        int second = s.indexOf("1-3");
        List<Quantity> q = List.of(number(s, "0", 0), number(s, "0", s.indexOf('-')),
                number(s, "1", second), number(s, "3", second));
        List<Span> orgs = List.of(org(s, "中超联赛"), org(s, "大连人队"), org(s, "梅州客家队"), org(s, "沧州雄狮队"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("大连人队", "梅州客家队"), b.get(0).orgs());
        assertEquals(List.of("大连人队", "沧州雄狮队"), b.get(3).orgs());
    }

    @Test
    void aRoundOfGamesToldOnePerStatementGivesEachScoreItsOwnTwoTeams() {
        String s = "富邦悍将在新庄担任主队,狮队以6:2获胜;味全龙先发表现不佳,台钢雄鹰以9:1大胜。";
        List<Quantity> q = List.of(number(s, "6", 0), number(s, "2", s.indexOf(':')), number(s, "9", 0),
                number(s, "1", s.lastIndexOf(':')));
        List<Span> orgs = List.of(org(s, "富邦悍将"), org(s, "狮队"), org(s, "味全龙"), org(s, "台钢雄鹰"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("富邦悍将", "狮队"), b.get(0).orgs());
        assertEquals(List.of("味全龙", "台钢雄鹰"), b.get(3).orgs());
    }

    @Test
    void aCompanyLeftOutOrSoldIsNoSubjectOfTheClausesAfter() {
        String s = "扣除出售南方银行股权的收益,纯利上升11%。";
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, List.of(percent(s, "11%")), List.of(org(s, "南方银行")));
        assertEquals(List.of(), b.get(0).orgs());
        String t = "北方集团收购东方电器,带动营收增长9%。";
        b = new OrgBinder().bindAll(t, List.of(percent(t, "9%")), List.of(org(t, "北方集团"), org(t, "东方电器")));
        assertEquals(List.of("北方集团"), b.get(0).orgs());
    }

    @Test
    void aStatementThatNamesNobodyGoesOnAboutTheSubjectAfterTheLeadIns() {
        String s = "具体来看,财报显示,宁波银行前三季度营收增长8.1%;净利润增长10.2%。";
        List<Quantity> q = List.of(percent(s, "8.1%"), percent(s, "10.2%"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "宁波银行")));
        assertEquals(List.of("宁波银行"), b.get(1).orgs());
    }

    @Test
    void eachItemOfAParallelListBindsOnlyItsOwnOrganization() {
        String s = "截至三季度末,浙商银行不良率1.44%、渤海银行1.83%、恒丰银行1.62%。";
        List<Quantity> q = List.of(percent(s, "1.44%"), percent(s, "1.83%"), percent(s, "1.62%"));
        List<Span> orgs = List.of(org(s, "浙商银行"), org(s, "渤海银行"), org(s, "恒丰银行"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("浙商银行"), b.get(0).orgs());
        assertEquals(List.of("渤海银行"), b.get(1).orgs());
        assertEquals(List.of("恒丰银行"), b.get(2).orgs());
    }

    @Test
    void theLastItemJoinedByAConjunctionBindsItsOwnOrganization() {
        String s = "投信今天买超前两名为某某高股息ETF 2.1万张、长荣1.5万张及阳明1.2万张。";
        List<Quantity> q = List.of(sheets(s, "2.1万张"), sheets(s, "1.5万张"), sheets(s, "1.2万张"));
        List<Span> orgs = List.of(org(s, "长荣"), org(s, "阳明"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of(), b.get(0).orgs(), "the list's lead-in is none of its items");
        assertEquals(List.of("长荣"), b.get(1).orgs());
        assertEquals(List.of("阳明"), b.get(2).orgs());
    }

    @Test
    void itemsRunTogetherWithBlanksEachBindTheirOwnOrganization() {
        String s = "货运收入普遍增长:国航增12.5% 东航增8.3% 南航增9.9%";
        List<Quantity> q = List.of(percent(s, "12.5%"), percent(s, "8.3%"), percent(s, "9.9%"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "国航"), org(s, "东航"), org(s, "南航")));
        assertEquals(List.of("东航"), b.get(1).orgs());
        assertEquals(List.of("南航"), b.get(2).orgs());
    }

    @Test
    void anItemThatNamesNoOrganizationGoesOnAboutTheItemBefore() {
        String s = "本月台塑营收1200亿元、年增3%、南亚营收800亿元、年减2%。";
        List<Quantity> q = List.of(number(s, "1200", 0), percent(s, "3%"), number(s, "800", 0), percent(s, "2%"));
        List<Span> orgs = List.of(org(s, "台塑"), org(s, "南亚"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("台塑"), b.get(1).orgs());
        assertEquals(List.of("南亚"), b.get(3).orgs());
    }

    @Test
    void twoNamesJoinedAfterAVerbAreNoListOfItems() {
        String s = "泰山队先后以2比1和3比1击败了亚泰和申花后取得二连胜。";
        List<Quantity> q = List.of(number(s, "2", 0), number(s, "1", s.indexOf('比')));
        List<Span> orgs = List.of(org(s, "泰山队"), org(s, "亚泰"), org(s, "申花"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertTrue(b.get(0).orgs().contains("泰山队"), b.get(0).orgs().toString());
    }

    @Test
    void respectivelyPairsListedOrganizationsWithFiguresInOrder() {
        String s = "宁德时代、比亚迪和中创新航的装车量分别为31.2%、22.8%和6.9%。";
        List<Quantity> q = List.of(percent(s, "31.2%"), percent(s, "22.8%"), percent(s, "6.9%"));
        List<Span> orgs = List.of(org(s, "宁德时代"), org(s, "比亚迪"), org(s, "中创新航"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("宁德时代"), b.get(0).orgs());
        assertEquals(List.of("比亚迪"), b.get(1).orgs());
        assertEquals(List.of("中创新航"), b.get(2).orgs());
    }

    @Test
    void aLaterStatementThatNamesNobodyGoesOnAboutTheSentencesSubject() {
        String s = "中兴通讯上半年营收620亿元,同比增长3%;净利润为51亿元。";
        List<Quantity> q = List.of(percent(s, "3%"), number(s, "51", 0));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "中兴通讯")));
        assertEquals(List.of("中兴通讯"), b.get(1).orgs());
    }

    @Test
    void aLaterStatementDoesNotTakeAnOrganizationThatIsNotTheSubject() {
        String s = "受中兴通讯拖累,指数下跌3%;成交额为51亿元。";
        List<Quantity> q = List.of(percent(s, "3%"), number(s, "51", 0));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "中兴通讯")));
        assertEquals(List.of(), b.get(1).orgs());
    }

    @Test
    void aClauseNamingNobodyContinuesOnlyTheNearestClauseThatNamesOne() {
        String s = "港股午后回落,比亚迪股份升逾5%,网易升逾2%,美团早段一度升逾4%,但午后倒跌,收市跌逾1%。";
        List<Quantity> q = List.of(percent(s, "5%"), percent(s, "2%"), percent(s, "4%"), percent(s, "1%"));
        List<Span> orgs = List.of(org(s, "比亚迪股份"), org(s, "网易"), org(s, "美团"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("网易"), b.get(1).orgs());
        assertEquals(List.of("美团"), b.get(3).orgs());
    }

    @Test
    void theOrganizationAStatementOpensWithGoesOnThroughItsLaterClauses() {
        String s = "宁波银行发布半年报,并向证监会报备,其中营业收入为255亿元,同比增长7%。";
        List<Quantity> q = List.of(number(s, "255", 0), percent(s, "7%"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "宁波银行"), org(s, "证监会")));
        assertTrue(b.get(0).orgs().contains("宁波银行"));
        assertTrue(b.get(1).orgs().contains("宁波银行"));
    }

    @Test
    void aSportsLeagueIsTheScopeOfAFigureNotItsActor() {
        String s = "武磊本赛季打进25球,成为中超历史上第3位单季进球超过25个的本土球员。";
        List<Quantity> q = List.of(number(s, "25", 0), number(s, "3", 0));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "中超")));
        assertEquals(List.of(), b.get(0).orgs());
        assertEquals(List.of(), b.get(1).orgs());
    }

    @Test
    void aSportsLeagueThatReportsTheFigureIsItsSource() {
        String s = "据中超统计,本轮比赛现场观众共有28万人次。";
        List<Quantity> q = List.of(number(s, "28", 0));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "中超")));
        assertEquals(List.of("中超"), b.get(0).orgs());
    }

    @Test
    void theTeamsASideBeatAreNoSubjectOfTheClausesAfter() {
        String s = "青岛海牛队先后击败大连英博队和河南队,取得三连胜,积分升至第5位。";
        List<Quantity> q = List.of(number(s, "5", 0));
        List<Span> orgs = List.of(org(s, "青岛海牛队"), org(s, "大连英博队"), org(s, "河南队"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("青岛海牛队"), b.get(0).orgs());
    }

    @Test
    void theCompanyABuyerTakesOverIsNoSubjectOfTheClausesAfter() {
        String s = "华东证券总经理昨日说明收购海星基金的考量,他表示,今年公司获利可望超过80亿元。";
        List<Quantity> q = List.of(number(s, "80", 0));
        List<Span> orgs = List.of(org(s, "华东证券"), org(s, "海星基金"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, orgs);
        assertEquals(List.of("华东证券"), b.get(0).orgs());
    }

    @Test
    void aScoreWrittenWithTheRatioSignBindsBothSides() {
        String s = "广东队主帅在看台上观战的山东队以96∶90击败浙江队。";
        List<Quantity> q = List.of(number(s, "96", 0), number(s, "90", s.indexOf('∶')));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "广东队"), org(s, "山东队"), org(s, "浙江队")));
        assertEquals(List.of("山东队", "浙江队"), b.get(1).orgs());
    }

    @Test
    void aClauseOpeningOnTheScorePlaysOnWithTheTeamNamedBefore() {
        String s = "广东队输球后,山东队本赛季状态出色,上周在102比95战胜浙江队后升至第二。";
        List<Quantity> q = List.of(number(s, "102", 0), number(s, "95", s.indexOf("比")));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "广东队"), org(s, "山东队"), org(s, "浙江队")));
        assertEquals(List.of("山东队", "浙江队"), b.get(0).orgs());
    }

    @Test
    void aStreakAfterADefeatVerbBelongsToTheWinner() {
        String s = "新竹队力退台中队收5连胜。";
        List<Quantity> q = List.of(number(s, "5", 0));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "新竹队"), org(s, "台中队")));
        assertEquals(List.of("新竹队"), b.get(0).orgs());
    }

    @Test
    void bulletsAndFootnotesOfAListRunTogetherSeparateItsClauses() {
        String s = "甲银行营收增长6.1%为最快 [2] - 乙银行净利润下降3.2%";
        List<Quantity> q = List.of(percent(s, "6.1%"), percent(s, "3.2%"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "甲银行"), org(s, "乙银行")));
        assertEquals(List.of("甲银行"), b.get(0).orgs());
        assertEquals(List.of("乙银行"), b.get(1).orgs());
    }

    @Test
    void aCountOfBodiesCountsAKindNotTheBodyNamedBefore() {
        String s = "东华银行的零售贷款增长最快,已公布数据的6家银行中,4家对公贷款正增长。";
        List<Quantity> q = List.of(count(s, "6家"), count(s, "4家"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "东华银行")));
        assertEquals(List.of(), b.get(0).orgs());
    }

    @Test
    void theBodiesAlreadyNamedStillBindTheirCount() {
        String s = "东华银行营收首次被西岭银行超越,在上述6家城商行中排名降至第4。";
        List<Quantity> q = List.of(count(s, "6家"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "东华银行"), org(s, "西岭银行")));
        assertEquals(List.of("东华银行", "西岭银行"), b.get(0).orgs());
    }

    @Test
    void aNameCountedRightAfterItIsAKindOfBody() {
        String s = "全省有综合医院420所,疾病预防控制中心98所,共有卫生人员66万人。";
        List<Quantity> q = List.of(count(s, "420所"), count(s, "98所"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "疾病预防控制中心")));
        assertEquals(List.of(), b.get(1).orgs());
    }

    @Test
    void theLastNameOfAListTheCountSumsUpStillBinds() {
        String s = "东华地产、西岭置业和南山集团3家企业销售额同比增长。";
        List<Quantity> q = List.of(count(s, "3家"));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q, List.of(org(s, "东华地产"), org(s, "西岭置业"), org(s, "南山集团")));
        assertEquals(List.of("东华地产", "西岭置业", "南山集团"), b.get(0).orgs());
    }

    @Test
    void theColonOfAScoreEndsNoClause() {
        String s = "两队首度交手,东港队终场5:3击败西岭队,南山队则输给了北湖队。";
        List<Quantity> q = List.of(number(s, "5", 0), number(s, "3", s.indexOf(':')));
        List<OrgBinder.Binding> b = new OrgBinder().bindAll(s, q,
                List.of(org(s, "东港队"), org(s, "西岭队"), org(s, "南山队"), org(s, "北湖队")));
        assertEquals(List.of("东港队", "西岭队"), b.get(0).orgs());
    }

    private static Quantity count(String sentence, String mention) {
        int start = sentence.indexOf(mention);
        return new Quantity(Kind.COUNT, start, start + mention.length(), mention,
                Double.parseDouble(mention.substring(0, mention.length() - 1)), null, null,
                mention.substring(mention.length() - 1), Qualifier.values()[0]);
    }
}
