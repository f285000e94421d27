package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** How the recognizer weighs the spans of the trained tagger against the names the lists found. */
class OrgTaggerCombinationTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static List<String> orgs(String sentence) {
        return RECOGNIZER.organizations(sentence).stream().map(Entity::text).toList();
    }

    @Test
    void aSpanThatRunsPastAListedNameIntoWordsAboutItIsDropped() {
        assertEquals(List.of("台积电"), orgs("台积电第三季毛利率升至57.8%。"));
    }

    @Test
    void aListedGroupWithACompanyEndingNamesItsCompany() {
        assertEquals(List.of("中国平安财险"), orgs("中国平安财险上半年保费收入达到1,520亿元,同比增长3.5%。"));
    }

    @Test
    void aDescriptionBeforeAListedNameIsNoPartOfIt() {
        assertEquals(List.of("南亚科"), orgs("记忆体大厂南亚科第二季毛利率升至18.5%。"));
    }

    @Test
    void theSidesOfAScoreAreNamedApart() {
        assertEquals(List.of("山东泰山", "武汉三镇队"), orgs("山东泰山3-2逆转武汉三镇队。"));
    }

    @Test
    void twoClubsJoinedByAConjunctionAreTwoNames() {
        assertEquals(List.of("大连海昌", "上海申花"), orgs("本赛季他们两次击败大连海昌和上海申花。"));
    }

    @Test
    void aGovernmentNamedOnlyByItsLevelIsNoOrganization() {
        assertEquals(List.of("行政院"), orgs("行政院编列115年度中央政府总预算案,岁入3兆元。"));
    }

    @Test
    void wordsUsedAlikeShareAClass() {
        WordClusters clusters = WordClusters.shared();
        assertEquals(clusters.classOf("外交部"), clusters.classOf("财政部"));
        assertNotEquals(clusters.classOf("外交部"), clusters.classOf("下雨"));
        assertEquals(WordClusters.NONE, clusters.classOf("从未见过的一个词语"));
    }
}
