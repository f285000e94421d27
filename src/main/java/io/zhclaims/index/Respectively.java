package io.zhclaims.index;

/**
 * Lists of items and the figures written for them one by one after {@code 分别}
 * ({@code 华安财险和英达财险…同比增速分别为13.9%和6.5%}): the n-th item's figure is the n-th.
 */
final class Respectively {
    /** 分别, and 依次 or Taiwan's 依序 (依序为2893.7亿元、3088.7亿元…): each two characters long. */
    private static final String[] WORDS = {"分别", "依次", "依序"};
    private static final int WORD_LENGTH = 2;
    /** What parts the items of a list, and its figures. */
    private static final String SEPARATORS = "、和及与跟";
    private static final String CLAUSE_ENDS = ",，;；。!?！？:：";

    private Respectively() {
    }

    /**
     * Whether the word at [start, end) of {@code text} is the item of a list whose figure, after a
     * {@code 分别} of {@code sentence}, is the one at [from, to): 1 when it is, -1 when the word is
     * another item of that list, 0 when no such list pairs them.
     *
     * @param inLead whether {@code text} is the sentence {@code sentence} continues rather than itself
     */
    static int pairs(String text, int start, int end, boolean inLead, String sentence, int from, int to) {
        int word = -1;
        for (String w : WORDS) {
            word = Math.max(word, sentence.lastIndexOf(w, from));
        }
        if (word < 0 || (!inLead && word < end) || ends(sentence, word + WORD_LENGTH, from)) {
            return 0;
        }
        int figure = separators(sentence, word + WORD_LENGTH, from);
        int figures = figure + 1 + separators(sentence, to, clauseEnd(sentence, to));
        int clause = clauseStart(text, start);
        int item = separators(text, clause, start);
        int listEnd = inLead ? clauseEnd(text, end) : Math.min(word, clauseEnd(text, end));
        // The first item of a list is followed by another: a word alone in its clause is no item.
        if (figures < 2 || item >= figures || (item == 0 && separators(text, end, listEnd) == 0)) {
            return 0;
        }
        return item == figure ? 1 : -1;
    }

    /** How many list separators stand between from and to. */
    static int separators(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (SEPARATORS.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean ends(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (clauseEnd(s, i) == i) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first clause end at or after i (a comma between digits is none), or the length. */
    private static int clauseEnd(String s, int i) {
        for (int k = i; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (CLAUSE_ENDS.indexOf(ch) >= 0 && !(ch == ',' && k > 0 && k + 1 < s.length()
                    && Character.isDigit(s.charAt(k - 1)) && Character.isDigit(s.charAt(k + 1)))) {
                return k;
            }
        }
        return s.length();
    }

    private static int clauseStart(String s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char ch = s.charAt(k);
            if (CLAUSE_ENDS.indexOf(ch) >= 0 && !(ch == ',' && k > 0 && k + 1 < s.length()
                    && Character.isDigit(s.charAt(k - 1)) && Character.isDigit(s.charAt(k + 1)))) {
                return k + 1;
            }
        }
        return 0;
    }
}
