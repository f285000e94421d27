package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgTaggerTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    private static List<String> names(String sentence) {
        return OrgTagger.shared().spans(sentence, SEGMENTER.segment(sentence)).stream()
                .map(s -> sentence.substring(s[0], s[1])).toList();
    }

    @Test
    void shippedModelFindsAnOrganizationNoListHolds() {
        assertTrue(names("江西省赣南师范大学附属中学今年有312名学生考入重点高校。").stream()
                .anyMatch(n -> n.endsWith("附属中学")), () -> names("江西省赣南师范大学附属中学今年有312名学生考入重点高校。").toString());
    }

    @Test
    void shippedModelLeavesASentenceWithoutNamesAlone() {
        assertEquals(List.of(), names("今天下午天气晴朗,气温升到了二十五度。"));
    }

    @Test
    void modelIsLoadedOnceForAllThreads() {
        assertSame(OrgTagger.shared(), OrgTagger.shared());
    }

    @Test
    void writtenModelReadsBackWithTheSameDecisions() throws IOException {
        String sentence = "甲乙丙";
        List<Token> tokens = SEGMENTER.segment(sentence);
        int[][] f = OrgFeatures.extract(sentence, tokens, SegmentDictionaries.get());
        // the character itself decides: the first begins a name, the second ends it
        int[] features = {f[0][0], f[1][0], f[2][0]};
        float[] weights = new float[features.length * OrgFeatures.TAGS];
        weights[OrgFeatures.B] = 4;
        weights[OrgFeatures.TAGS + OrgFeatures.E] = 4;
        weights[2 * OrgFeatures.TAGS + OrgFeatures.O] = 4;
        float[] transitions = new float[(OrgFeatures.TAGS + 1) * OrgFeatures.TAGS];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OrgTagger.write(out, features, weights, transitions);
        OrgTagger read = OrgTagger.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of(List.of(0, 2)), read.spans(sentence, tokens).stream().map(s -> List.of(s[0], s[1])).toList());
    }

    @Test
    void decodingNeverOpensASpanItDoesNotClose() {
        float[][] emission = {{0, 5, 0, 0, 0}, {0, 0, 0, 0, 0}};
        float[] transitions = new float[(OrgFeatures.TAGS + 1) * OrgFeatures.TAGS];
        int[] path = OrgTagger.viterbi(emission, transitions);
        assertEquals(List.of(List.of(0, 2)), OrgTagger.toSpans(path).stream().map(s -> List.of(s[0], s[1])).toList());
    }
}
