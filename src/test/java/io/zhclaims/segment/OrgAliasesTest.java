package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgAliasesTest {

    private static final OrgAliases ALIASES = OrgAliases.shared();

    @Test
    void mapsDeepSeekAndItsChineseNameTogether() {
        assertTrue(ALIASES.aliasesOf("深度求索").contains("DeepSeek"));
        assertTrue(ALIASES.sameOrg("DeepSeek", "深度求索"));
        assertEquals(Optional.of("深度求索"), ALIASES.canonicalOf("DeepSeek"));
    }

    @Test
    void ignoresCaseAndSpacesOfLatinNames() {
        assertEquals(Optional.of("深度求索"), ALIASES.canonicalOf("deepseek"));
        assertTrue(ALIASES.sameOrg("Hugging Face", "huggingface"));
    }

    @Test
    void mapsNvidiaAndStanfordSpellings() {
        assertEquals(Optional.of("英伟达"), ALIASES.canonicalOf("NVIDIA"));
        assertTrue(ALIASES.sameOrg("辉达", "英伟达"));
        assertTrue(ALIASES.sameOrg("史丹佛大学", "斯坦福大学"));
    }

    @Test
    void ignoresTitleMarksOfJournals() {
        assertTrue(ALIASES.sameOrg("《自然》", "Nature"));
    }

    @Test
    void returnsTheNameAloneWhenUnknown() {
        assertEquals(Set.of("某某科技"), ALIASES.aliasesOf("某某科技"));
        assertTrue(ALIASES.canonicalOf("某某科技").isEmpty());
        assertFalse(ALIASES.sameOrg("谷歌", "微软"));
    }
}
