package io.zhclaims.quantity;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rows of the family table tests: a sentence and the figures the scanner finds in it, each
 * written {@code mention kind value [unit] [qualifier]} ({@code 3%到5% percent 3~5 %}), joined by
 * {@code ; }; an empty cell means no figure. A sentence starting {@code HKD }, {@code MOP } or {@code TWD } is
 * read with 元 in that currency.
 */
final class FigureTable {
    private FigureTable() {
    }

    static void check(String row, String expected) {
        String currency = "CNY";
        String sentence = row;
        if (row.startsWith("HKD ") || row.startsWith("TWD ") || row.startsWith("MOP ")) {
            currency = row.substring(0, 3);
            sentence = row.substring(4);
        }
        List<Quantity> found = QuantityScanner.scan(sentence, currency);
        assertEquals(expected == null ? "" : expected,
                found.stream().map(FigureTable::render).collect(Collectors.joining("; ")), sentence);
    }

    static String render(Quantity q) {
        String v = q.kind() == Kind.DATE ? q.date() : num(q.value()) + (q.high() != null ? "~" + num(q.high()) : "");
        return q.mention() + " " + q.kind().id() + " " + v + (q.unit() != null ? " " + q.unit() : "")
                + (q.qualifier() != Qualifier.EXACT ? " " + q.qualifier().id() : "");
    }

    /** As the claim record writes it: the decimal the text wrote, not the binary float's tail. */
    private static String num(double v) {
        return io.zhclaims.claims.Decimals.of(v).stripTrailingZeros().toPlainString();
    }
}
