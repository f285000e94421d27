package io.zhclaims.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The words of {@code text}, unmodifiable. The same text gives the same words, so each
     * thread remembers its recent segmentations: the index segments again the sentences the
     * recognizer segmented a moment before on the same thread (and the title once per claim),
     * which then costs a lookup.
     */
    public List<Token> segment(String text) {
        return RECENT.get().get(text, this);
    }

    /**
     * Forgets the calling thread's recent segmentations, so that a benchmark repeating the same
     * sentences measures segmenting them, as a run over new articles does.
     */
    public static void forgetRecent() {
        RECENT.remove();
    }

    private List<Token> compute(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term t : terms) {
            tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(),
                    t.offset, t.offset + t.word.length()));
        }
        return Collections.unmodifiableList(tokens);
    }

    /**
     * Per thread: the last segmentations, up to {@link Recent#MAX_CHARS} characters of text in
     * all. Every Segmenter is configured alike (HanLP's dictionaries are global), so one memo
     * serves them all.
     */
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    private static final class Recent {
        /** Holds the figure sentences of a long article until the index reads them. */
        static final int MAX_CHARS = 200_000;
        /** Longer texts (whole articles) are not worth remembering. */
        static final int MAX_TEXT = 4_000;
        private long chars;
        private final LinkedHashMap<String, List<Token>> map = new LinkedHashMap<>(256, 0.75f, true);

        List<Token> get(String text, Segmenter segmenter) {
            if (text.length() > MAX_TEXT) {
                return segmenter.compute(text);
            }
            List<Token> tokens = map.get(text);
            if (tokens == null) {
                tokens = segmenter.compute(text);
                map.put(text, tokens);
                chars += text.length();
                for (var it = map.entrySet().iterator(); chars > MAX_CHARS && it.hasNext(); ) {
                    chars -= it.next().getKey().length();
                    it.remove();
                }
            }
            return tokens;
        }
    }
}
