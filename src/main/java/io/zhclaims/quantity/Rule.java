package io.zhclaims.quantity;

/**
 * One row of the quantity grammar: looks at one numeral of a sentence (with the words around it)
 * and says what figure it starts. {@link QuantityScanner} tries the rows of its tables in order;
 * the first row that answers decides.
 *
 * <p>A row answers with a figure, with {@link #NO_FIGURE}, or, for the rows that read the word
 * after the numeral, with {@link #NOT_BY_THIS_WORD}; it returns {@code null} when it does not
 * apply, and the next row is tried.
 */
@FunctionalInterface
interface Rule {
    /** The numeral starts no figure at all (a name, a clock time, a period like 1-10月): stop. */
    Quantity NO_FIGURE = new Quantity(Kind.NUMBER, 0, 0, "", 0, null, null, null, Qualifier.EXACT);

    /**
     * The word after the numeral is this row's word but makes no figure (150折, 一家, an edition
     * year): no other word row is tried, the readings of a bare number still are.
     */
    Quantity NOT_BY_THIS_WORD = new Quantity(Kind.NUMBER, 0, 0, "", 0, null, null, null, Qualifier.EXACT);

    Quantity read(Sentence x, Candidate c);

    /** A figure found without a numeral (翻番, 半数, 对折), at index {@code i} of the sentence. */
    @FunctionalInterface
    interface Word {
        Quantity read(Sentence x, int i);
    }

    /** {@code q}, or {@link #NO_FIGURE} for a row that decided but found nothing. */
    static Quantity orNoFigure(Quantity q) {
        return q != null ? q : NO_FIGURE;
    }

    /** {@code q}, or {@link #NOT_BY_THIS_WORD} for a word row that decided but found nothing. */
    static Quantity orNotByThisWord(Quantity q) {
        return q != null ? q : NOT_BY_THIS_WORD;
    }
}
