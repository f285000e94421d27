package io.zhclaims.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's Viterbi segmenter. One instance is shared by all threads: HanLP segmenters are
 * thread-safe and their dictionaries are global, so building one per article would only
 * waste time.
 */
public final class Segmenter {
    private final Segment segment;

    public Segmenter() {
        this.segment = HanLP.newSegment("viterbi")
                .enableOffset(true)
                .enableNumberQuantifierRecognize(false);
    }

    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term t : terms) {
            tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(),
                    t.offset, t.offset + t.word.length()));
        }
        return tokens;
    }
}
