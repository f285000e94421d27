package io.zhclaims.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimilarityTest {
    @Test
    void matchesDifflibRatioOnKnownPairs() {
        // values computed with Python: SequenceMatcher(None, a, b, autojunk=False).ratio()
        assertEquals(0.75, Similarity.ratio("abcd", "bcde"), 1e-9);
        assertEquals(2.0 * 4 / 13, Similarity.ratio("qabxcd", "abycdf0"), 1e-9);
        assertEquals(1.0, Similarity.ratio("华为昇腾团队", "华为昇腾团队"), 1e-9);
        assertEquals(0.6, Similarity.ratio("华为升腾团队", "华为昇腾"), 1e-9);
    }
}
