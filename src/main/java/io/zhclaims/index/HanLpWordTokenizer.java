package io.zhclaims.index;

import io.zhclaims.segment.Segmenter;
import io.zhclaims.segment.Token;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Emits HanLP's words. The segmenter needs the whole text at once (Viterbi over the sentence),
 * so the reader is drained first; indexed fields are sentences and short phrases, never whole
 * articles. Tokens without a letter or digit (punctuation, spaces, {@code %}) are dropped, which
 * also keeps numbers such as {@code 565.8} whole, as HanLP returns them. The segmenter remembers
 * its recent sentences per thread, so a sentence the recognizer has just segmented, or one
 * repeated by every claim it holds, is not segmented again.
 */
final class HanLpWordTokenizer extends Tokenizer {
    private final Segmenter segmenter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
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
                : segmenter.segment(text.toString()).iterator();
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
