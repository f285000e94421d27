package io.zhclaims.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeoplesDailyTest {
    private static List<String> orgs(PeoplesDaily.Sentence s) {
        return s.orgs().stream().map(o -> s.text().substring(o[0], o[1])).toList();
    }

    @Test
    void bracketsWordsAndBodyAbbreviationsBecomeOrganizations(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("pd.txt");
        Files.writeString(f, "20990101-01-001-001/m  [江南/ns  钢铁/n  公司/n]nt  和/c  市/n  科委/j  昨天/t  在/p  "
                + "新华社/nt  发布/v  １２/m  项/q  成果/n  。/w  中/j  美/j  双方/n  同意/v  。/w  \r\n", Charset.forName("GBK"));
        List<PeoplesDaily.Sentence> sentences = PeoplesDaily.read(f);
        assertEquals(2, sentences.size());
        assertEquals("江南钢铁公司和市科委昨天在新华社发布12项成果。", sentences.get(0).text());
        assertEquals(List.of("江南钢铁公司", "科委", "新华社"), orgs(sentences.get(0)));
        assertEquals(List.of(), orgs(sentences.get(1)));
    }

    @Test
    void partyAbbreviationsCountAndTermsAndCongressesWidenTheirBody(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("pd.txt");
        Files.writeString(f, "20990101-01-001-001/m  [民革/j  中央/n]nt  和/c  县委/n  祝贺/v  九/m  届/q  [全国/n  人大/j]nt  "
                + "一/m  次/q  会议/n  和/c  [中国/ns  致公党/nt]nt  第十一/m  次/q  全国/n  代表大会/n  。/w  "
                + "民革/j  干部/n  到/v  公司/n  。/w  \r\n", Charset.forName("GBK"));
        List<PeoplesDaily.Sentence> sentences = PeoplesDaily.read(f);
        assertEquals(List.of("民革中央", "九届全国人大", "中国致公党第十一次全国代表大会"), orgs(sentences.get(0)));
        assertEquals(List.of("民革"), orgs(sentences.get(1)));
    }

    @Test
    void aBracketLeftOpenIsDroppedNotGuessed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("pd.txt");
        Files.writeString(f, "20990101-01-001-002/m  [北方/ns  机械/n  厂/n  扩建/v  。/w  \n", Charset.forName("GBK"));
        PeoplesDaily.Sentence s = PeoplesDaily.read(f).get(0);
        assertEquals("北方机械厂扩建。", s.text());
        assertTrue(s.orgs().isEmpty());
    }

    @Test
    void abbreviationsOfCountriesAndEventsAreNoBodies() {
        assertTrue(PeoplesDaily.isBodyAbbreviation("外经贸部"));
        assertTrue(PeoplesDaily.isBodyAbbreviation("十五大"));
        assertFalse(PeoplesDaily.isBodyAbbreviation("三中全会"));
        assertFalse(PeoplesDaily.isBodyAbbreviation("奥运会"));
        assertFalse(PeoplesDaily.isBodyAbbreviation("中"));
    }
}
