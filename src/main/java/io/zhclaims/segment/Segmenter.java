package io.zhclaims.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's Viterbi segmenter, with the organization names of models/segment as words. One instance is shared by all threads: HanLP segmenters are
 * thread-safe and their dictionaries are global, so building one per article would only
 * waste time.
 */
public final class Segmenter {
    private final Segment segment;

    public Segmenter() {
        // The organization names must be in HanLP's global custom dictionary before any word
        // is cut, or 斯坦福大学 comes out as 斯坦福 + 大学.
        SegmentDictionaries.get();
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
