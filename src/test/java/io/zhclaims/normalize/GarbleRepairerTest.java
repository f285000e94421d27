package io.zhclaims.normalize;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GarbleRepairerTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final GarbleRepairer REPAIRER = new GarbleRepairer(new ScriptConverter());

    /** GBK bytes of the sentence decoded after losing the lead byte of its first character, marked by {@code ?}. */
    private static String garble(String sentence) {
        byte[] bytes = sentence.getBytes(GBK);
        return "?" + new String(Arrays.copyOfRange(bytes, 1, bytes.length - 1), GBK);
    }

    @Test
    void repairsRunThatLostItsLeadByte() {
        String garbled = garble("經濟學家認為中國市場潛力巨大,");
        assertFalse(garbled.contains("經濟學家"));
        String repaired = REPAIRER.repair("他說" + garbled + "但是競爭也很激烈。");
        assertTrue(repaired.contains("經濟學家認為中國市場潛力巨大"), repaired);
        assertFalse(repaired.contains("?"), repaired);
    }

    /**
     * The sentence decoded after losing its first byte, as a scraper keeps it: the one pair that,
     * read out of step, falls in a GBK user-defined area decodes to a private-use character and is dropped.
     */
    private static String garbleDroppingPrivateUse(String sentence) {
        byte[] bytes = sentence.getBytes(GBK);
        String outOfStep = new String(Arrays.copyOfRange(bytes, 1, bytes.length - 1), GBK);
        assertEquals(1, outOfStep.codePoints().filter(c -> Character.getType(c) == Character.PRIVATE_USE).count(), outOfStep);
        return "?" + outOfStep.replaceAll("\\p{Co}", "");
    }

    @Test
    void reinsertsPairDroppedAsUserDefinedCode() {
        // 經濟規模 = BD9B 9DFA D28E C4A3; out of step, FA D2 is a user-defined code
        String garbled = garbleDroppingPrivateUse("經濟規模持續擴大,");
        assertFalse(garbled.contains("規模"), garbled);
        String repaired = REPAIRER.repair("報告指出" + garbled + "但是增速放緩。");
        assertEquals("報告指出經濟規模持續擴大但是增速放緩。", repaired);
    }

    @Test
    void addsNoPairWhenRepairNeedsNone() {
        // two characters forming a common word (石碑) at a boundary read a little better, not clearly
        assertEquals("無法真正創新。”十個月過去", REPAIRER.repair("無法真正創新?!笔畟€月過去"));
    }

    @Test
    void repairsSeedRunWithTrailByteHiddenInQuestionMark() {
        String repaired = REPAIRER.repair("盡管如此,我們?nèi)圆荒艿凸烂绹?guó)對中國人才的吸納能力。");
        assertEquals("盡管如此,我們仍不能低估美國對中國人才的吸納能力。", repaired);
    }

    @Test
    void repairsClosingQuoteAfterFullStop() {
        assertEquals("美國對頂尖AI人才的壟斷正在瓦解。”", REPAIRER.repair("美國對頂尖AI人才的壟斷正在瓦解?!?/p>"));
    }

    @Test
    void dropsGarbleThatCannotBeRepaired() {
        String repaired = REPAIRER.repair("研究人員表示?\u9522\u6b4c\u7ef9\u8279,結果令人意外。");
        assertEquals("研究人員表示,結果令人意外。", repaired);
    }

    @Test
    void leavesRealQuestionMarkAndFollowingTextAlone() {
        String text = "為什麼?我們不知道,但是我們會繼續努力。";
        assertEquals(text, REPAIRER.repair(text));
    }

    @Test
    void leavesHostileGarbleAsItIsOnceItsSearchBudgetIsSpent() {
        // thousands of short garbled runs: searching each would cost over 100 scorings a character
        String run = garble("經濟規模持續擴大,");
        String text = (run + "。").repeat(600);
        String repaired = REPAIRER.repair(text);
        assertTrue(repaired.endsWith(run + "。"), "the last runs are left as they are");
        assertFalse(repaired.startsWith(run), "the first runs are repaired");
    }
}
