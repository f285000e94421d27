package io.zhclaims.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * FORMAT.md's sentences: a sentence ends at {@code 。}, {@code !}, {@code ?} (closing quote
 * marks stay with it) and at a line break; {@code ;} does not end one. Year and organization
 * bindings never look past these bounds, so the splitter must agree with the gold exactly.
 *
 * <p>A run longer than {@link #MAX_SENTENCE} characters with no end mark (a table flattened
 * into one line, a page of figures) is cut into pieces at safe places: the binders compare
 * every figure of a sentence with its neighbours, which would make such a run cost the square
 * of its length. Real sentences are far shorter, so they are never cut.
 */
public final class SentenceSplitter {
    /** Longest sentence kept whole: a page of bullets run into one line (a bank's results) reaches 1,000. */
    static final int MAX_SENTENCE = 1500;
    /** Characters of a figure: a piece never ends or starts among them, so no mention is cut. */
    private static final String NUMERIC = "0123456789.%‰〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟点半几余多";

    /** Splits one paragraph (no line breaks) into sentence texts with their starts. */
    public List<int[]> bounds(String paragraph) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            if (isEnd(paragraph.charAt(i))) {
                int end = i + 1;
                while (end < n && (isEnd(paragraph.charAt(end)) || isClosing(paragraph.charAt(end)))) {
                    end++;
                }
                add(out, paragraph, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, paragraph, start, n);
        return out;
    }

    /** Sentences of a whole cleaned text whose paragraphs are separated by line breaks. */
    public List<Sentence> split(List<String> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String para = paragraphs.get(p);
            for (int[] b : bounds(para)) {
                out.add(new Sentence(para.substring(b[0], b[1]), offset + b[0], p, b[0]));
            }
            offset += para.length() + 1;
        }
        return out;
    }

    private static void add(List<int[]> out, String s, int start, int end) {
        while (end - start > MAX_SENTENCE) {
            int cut = safeCut(s, start, start + MAX_SENTENCE);
            addTrimmed(out, s, start, cut);
            start = cut;
        }
        addTrimmed(out, s, start, end);
    }

    /**
     * Where a run that is too long is cut, at most at {@code limit} and past the middle of the
     * piece: after the last clause mark, else after the last blank, else between two Chinese
     * characters that take no part in a figure, else (digits without end) at the limit.
     */
    private static int safeCut(String s, int start, int limit) {
        int floor = start + MAX_SENTENCE / 2;
        for (int i = limit; i > floor; i--) {
            char c = s.charAt(i - 1);
            if (c == ',' || c == ';' || c == ':' || c == '、') {
                return i;
            }
        }
        for (int i = limit; i > floor; i--) {
            if (Character.isWhitespace(s.charAt(i - 1))) {
                return i;
            }
        }
        for (int i = limit; i > floor; i--) {
            if (i + 1 < s.length() && isPlainHan(s.charAt(i - 2)) && isPlainHan(s.charAt(i - 1))
                    && isPlainHan(s.charAt(i)) && isPlainHan(s.charAt(i + 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(s.charAt(limit)) ? limit - 1 : limit;
    }

    private static boolean isPlainHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && NUMERIC.indexOf(c) < 0;
    }

    private static void addTrimmed(List<int[]> out, String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[]{start, end});
        }
    }

    private static boolean isEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == '！' || c == '？';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '"' || c == '\'' || c == ')' || c == '》';
    }
}
