package io.zhclaims.index;

import io.zhclaims.quantity.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search box's language, the one web search engines taught people: words are AND-ed,
 * {@code "a phrase"} must stand as written, {@code -word} and {@code -"a phrase"} exclude,
 * and {@code field:value} filters: {@code year:2023}, {@code year:[2019 TO 2023]},
 * {@code org:华为}, {@code org:"国家统计局"}, {@code kind:percent}, {@code unit:%},
 * {@code value:42}, {@code value:[10 TO 20]} ({@code *} leaves a bound open).
 *
 * <p>Parsing needs no index or dictionary, so the CLI, the server and the tests read a query
 * the same way; a query that cannot be read raises {@link QuerySyntaxException} naming the
 * reason and where.
 */
public final class QuerySyntax {
    /** How a term of the text must occur. */
    public enum Occur { WORD, PHRASE, EXCLUDED }

    public record Term(String text, Occur occur) {
    }

    /**
     * @param terms   the words, phrases and exclusions, in query order
     * @param filters the field filters as a text-less query ({@link ClaimQuery#all()} when none)
     */
    public record Parsed(List<Term> terms, ClaimQuery filters) {
        public Parsed {
            terms = List.copyOf(terms);
        }

        /** Whether any term asks for text to be present (exclusions alone rank nothing). */
        public boolean ranks() {
            return terms.stream().anyMatch(t -> t.occur() != Occur.EXCLUDED);
        }
    }

    /** Thrown for a query that cannot be read; the message is meant for the person who typed it. */
    public static final class QuerySyntaxException extends IllegalArgumentException {
        public QuerySyntaxException(String message) {
            super(message);
        }
    }

    private static final List<String> FIELDS = List.of("year", "org", "kind", "unit", "value");

    private final String in;
    private int pos;
    private final List<Term> terms = new ArrayList<>();
    private final Set<String> seenFields = new HashSet<>();
    private ClaimQuery filters = ClaimQuery.all();

    private QuerySyntax(String in) {
        this.in = in;
    }

    public static Parsed parse(String query) {
        // Chinese keyboards type full-width quotes and colons.
        String q = query == null ? "" : query.replace('“', '"').replace('”', '"').replace('：', ':');
        QuerySyntax p = new QuerySyntax(q);
        p.run();
        return new Parsed(p.terms, p.filters);
    }

    private void run() {
        while (true) {
            skipSpace();
            if (pos >= in.length()) {
                return;
            }
            char c = in.charAt(pos);
            if (c == '-') {
                pos++;
                if (pos >= in.length() || Character.isWhitespace(in.charAt(pos))) {
                    throw error("'-' must stand right before the word or phrase to exclude");
                }
                String t = in.charAt(pos) == '"' ? quoted() : bare();
                terms.add(new Term(t, Occur.EXCLUDED));
            } else if (c == '"') {
                terms.add(new Term(quoted(), Occur.PHRASE));
            } else {
                int colon = fieldColon();
                if (colon > 0) {
                    field(in.substring(pos, colon).toLowerCase(Locale.ROOT), colon + 1);
                } else {
                    String w = bare();
                    // An explicit AND changes nothing: words are AND-ed anyway.
                    if (!w.equals("AND")) {
                        terms.add(new Term(w, Occur.WORD));
                    }
                }
            }
        }
    }

    /** The position of the colon when the token at pos is {@code letters:}, else -1. */
    private int fieldColon() {
        int i = pos;
        while (i < in.length() && (in.charAt(i) >= 'a' && in.charAt(i) <= 'z'
                || in.charAt(i) >= 'A' && in.charAt(i) <= 'Z')) {
            i++;
        }
        if (i == pos || i >= in.length() || in.charAt(i) != ':') {
            return -1;
        }
        String name = in.substring(pos, i).toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(name)) {
            throw error("unknown field '" + in.substring(pos, i) + ":'; the fields are "
                    + String.join(", ", FIELDS));
        }
        return i;
    }

    private void field(String name, int valueAt) {
        pos = valueAt;
        if (!seenFields.add(name)) {
            throw error(name + ": is given twice");
        }
        if (pos >= in.length() || Character.isWhitespace(in.charAt(pos))) {
            throw error(name + ": needs a value right after the colon");
        }
        switch (name) {
            case "year" -> {
                double[] r = in.charAt(pos) == '[' ? range(name) : single(name);
                if (r[0] > r[1]) {
                    throw error("year: the range is empty");
                }
                filters = filters.withYears(year(r[0]), year(r[1]));
            }
            case "value" -> {
                double[] r = in.charAt(pos) == '[' ? range(name) : single(name);
                if (r[0] > r[1]) {
                    throw error("value: the range is empty");
                }
                filters = filters.withRange(open(r[0]), open(r[1]));
            }
            case "org" -> filters = filters.withOrg(in.charAt(pos) == '"' ? quoted() : bare());
            case "unit" -> filters = filters.withUnit(in.charAt(pos) == '"' ? quoted() : bare());
            case "kind" -> {
                String k = bare();
                try {
                    filters = filters.withKind(Kind.of(k.toLowerCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw error("kind: unknown kind '" + k + "'; the kinds are percent, count, money, "
                            + "multiplier, fraction, measure, year, date, duration, rank, number");
                }
            }
            default -> throw new IllegalStateException(name);
        }
    }

    /** {@code [a TO b]}, either bound {@code *}. */
    private double[] range(String name) {
        int close = in.indexOf(']', pos);
        if (close < 0) {
            throw error(name + ": the range has no closing ]");
        }
        String body = in.substring(pos + 1, close).strip();
        String[] parts = body.split("\\s+TO\\s+", -1);
        if (parts.length != 2) {
            throw error(name + ": write a range as [low TO high], got [" + body + "]");
        }
        pos = close + 1;
        return new double[]{bound(name, parts[0].strip(), Double.NEGATIVE_INFINITY),
                bound(name, parts[1].strip(), Double.POSITIVE_INFINITY)};
    }

    private double[] single(String name) {
        String v = bare();
        double d = bound(name, v, Double.NaN);
        if (Double.isNaN(d)) {
            throw error(name + ": needs a number, got '*'");
        }
        return new double[]{d, d};
    }

    private double bound(String name, String text, double open) {
        if (text.equals("*")) {
            return open;
        }
        try {
            double d = Double.parseDouble(text);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(name + ": '" + text + "' is not a number");
        }
    }

    private Integer year(double d) {
        if (Double.isInfinite(d)) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > 9999) {
            throw error("year: '" + d + "' is not a year");
        }
        return (int) d;
    }

    private static Double open(double d) {
        return Double.isInfinite(d) ? null : d;
    }

    private String quoted() {
        int close = in.indexOf('"', pos + 1);
        if (close < 0) {
            throw error("the quote opened here is never closed");
        }
        String t = in.substring(pos + 1, close).strip();
        if (t.isEmpty()) {
            throw error("the quotes hold nothing");
        }
        pos = close + 1;
        return t;
    }

    private String bare() {
        int start = pos;
        while (pos < in.length() && !Character.isWhitespace(in.charAt(pos)) && in.charAt(pos) != '"') {
            pos++;
        }
        return in.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
            pos++;
        }
    }

    private QuerySyntaxException error(String reason) {
        return new QuerySyntaxException(reason + " (at character " + (pos + 1) + " of: " + in + ")");
    }
}
