package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentDictionariesTest {

    private static final Segmenter SEGMENTER = new Segmenter();

    @Test
    void shipsSeveralThousandOrganizations() {
        assertTrue(SegmentDictionaries.get().orgCount >= 4000, "orgs: " + SegmentDictionaries.get().orgCount);
    }

    @Test
    void listsEveryAliasAsAnOrganization() {
        Set<String> orgs = new HashSet<>();
        for (String line : Resources.lines("orgs.txt")) {
            orgs.add(line.split("\t")[0]);
        }
        for (String line : Resources.lines("aliases.txt")) {
            for (String name : line.split("\\|")) {
                assertTrue(orgs.contains(name), "alias not in orgs.txt: " + name);
            }
        }
    }

    @Test
    void segmentsStanfordUniversityAsOneOrganizationWord() {
        List<Token> tokens = SEGMENTER.segment("斯坦福大学发布报告");
        assertEquals(new Token("斯坦福大学", "nt", 0, 5), tokens.get(0));
    }

    @Test
    void keepsNumbersApartFromOrganizationNames() {
        List<String> words = SEGMENTER.segment("2024年斯坦福大学3名学生加入英伟达15年来").stream().map(Token::word).toList();
        assertEquals(List.of("2024", "年", "斯坦福大学", "3", "名", "学生", "加入", "英伟达", "15", "年", "来"), words);
    }
}
