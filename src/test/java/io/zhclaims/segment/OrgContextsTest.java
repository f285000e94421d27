package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each frame knows the words it cannot match without, so most sentences skip its regex. */
class OrgContextsTest {
    private static final OrgContexts CONTEXTS = OrgContexts.load("org-contexts.txt");

    @Test
    void everyFrameNeedsSomeWordsAndASentenceWithoutThemSkipsIt() {
        String plain = "今年全市粮食产量达到120万吨,比上年增加3万吨。";
        for (OrgContexts.Frame frame : CONTEXTS.frames()) {
            assertFalse(frame.needs().isEmpty(), frame.pattern().pattern());
            assertFalse(frame.mayMatch(plain), frame.pattern().pattern());
        }
    }

    @Test
    void aSentenceWithTheFramesWordsIsTried() {
        String said = "据中国汽车工业协会数据显示,去年汽车产量达到3016万辆。";
        assertTrue(CONTEXTS.frames().stream().anyMatch(f -> f.mayMatch(said) && f.pattern().matcher(said).find()));
    }
}
