package io.zhclaims.index;

import io.zhclaims.segment.Segmenter;
import io.zhclaims.segment.Token;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Emits HanLP's words. The segmenter needs the whole text at once (Viterbi over the sentence),
 * so the reader is drained first; indexed fields are sentences and short phrases, never whole
 * articles. Tokens without a letter or digit (punctuation, spaces, {@code %}) are dropped, which
 * also keeps numbers such as {@code 565.8} whole, as HanLP returns them.
 */
final class HanLpWordTokenizer extends Tokenizer {
    private static final int RECENT = 8;
    private final Segmenter segmenter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
    /**
     * The claims of one sentence are indexed one after another on one thread, and each repeats
     * the sentence: remembering the last few segmentations (this tokenizer belongs to one
     * thread) saves segmenting it again for every claim.
     */
    private final Map<String, List<Token>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
            return size() > RECENT;
        }
    };
    private Iterator<Token> tokens = List.<Token>of().iterator();
    private int length;

    HanLpWordTokenizer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[1024];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        length = text.length();
        tokens = text.isEmpty() ? List.<Token>of().iterator()
                : recent.computeIfAbsent(text.toString(), segmenter::segment).iterator();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (tokens.hasNext()) {
            Token t = tokens.next();
            if (searchable(t.word())) {
                term.setEmpty().append(t.word());
                offsets.setOffset(correctOffset(t.start()), correctOffset(t.end()));
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offsets.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text.setLength(0);
        tokens = List.<Token>of().iterator();
    }

    private static boolean searchable(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
