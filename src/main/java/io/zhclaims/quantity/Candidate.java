package io.zhclaims.quantity;

/**
 * A numeral the grammar is reading, with where the word after it starts.
 *
 * @param num          the numeral
 * @param index        its index among the sentence's numerals
 * @param mayJoinRange whether a figure that starts here may take a following one as its range end
 *                     (false while reading that end)
 * @param unitAt       where the word after the numeral starts, past spaces and a 多/余 mark
 * @param mark         whether 多 or 余 stands between the numeral and its unit word (三十多万元)
 * @param unit         the unit word of the lexicon at {@code unitAt}, or null
 */
record Candidate(Numeral num, int index, boolean mayJoinRange, int unitAt, boolean mark, Lexicon.Suffix unit) {
    private static final String MARKS = "多余";

    static Candidate of(Sentence x, int index, boolean mayJoinRange) {
        Numeral num = x.nums.get(index);
        int q = x.skipSpaces(num.end());
        boolean mark = q < x.n && MARKS.indexOf(x.s.charAt(q)) >= 0 && q + 1 < x.n
                && x.lex.suffixAt(x.s, q + 1) != null;
        int u = mark ? q + 1 : q;
        Lexicon.Suffix unit = u < x.n ? x.lex.suffixAt(x.s, u) : null;
        return new Candidate(num, index, mayJoinRange, u, mark, unit);
    }

    /** The character right before the numeral, or 0 at the start. */
    char before(Sentence x) {
        return num.start() > 0 ? x.s.charAt(num.start() - 1) : 0;
    }

    /** The character of the unit word position; call only when {@code unitAt < x.n}. */
    char word(Sentence x) {
        return x.s.charAt(unitAt);
    }
}
