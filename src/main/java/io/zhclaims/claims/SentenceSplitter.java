package io.zhclaims.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * FORMAT.md's sentences: a sentence ends at {@code 。}, {@code !}, {@code ?} (closing quote
 * marks stay with it) and at a line break; {@code ;} does not end one. Year and organization
 * bindings never look past these bounds, so the splitter must agree with the gold exactly.
 */
public final class SentenceSplitter {

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
