package io.zhclaims.eval;

import io.zhclaims.quantity.Kind;

import java.util.Locale;
import java.util.Map;

/**
 * The numbers FORMAT.md's Scoring asks for. Accuracies are over matched pairs; a ratio with
 * nothing to count is reported as NaN rather than a flattering 1.
 */
public record Score(Counts overall, Map<Kind, Counts> perKind, Ratio unit, Ratio qualifier,
                    Ratio year, Counts orgs) {

    /** Precision/recall counts: true positives, predictions, gold items. */
    public record Counts(int matched, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? Double.NaN : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? Double.NaN : (double) matched / gold;
        }

        public double f1() {
            if (matched == 0) {
                return predicted == 0 && gold == 0 ? Double.NaN : 0;
            }
            return 2.0 * matched / (predicted + gold);
        }
    }

    public record Ratio(int right, int total) {
        public double value() {
            return total == 0 ? Double.NaN : (double) right / total;
        }
    }

    /** A fixed-width table for people, ending with the line {@code F1 <value>} that scripts read. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s %7s%n",
                "kind", "gold", "pred", "match", "P", "R", "F1"));
        for (Map.Entry<Kind, Counts> e : perKind.entrySet()) {
            row(b, e.getKey().id(), e.getValue());
        }
        row(b, "all", overall);
        b.append(String.format(Locale.ROOT, "%nunit accuracy      %s%n", ratio(unit)));
        b.append(String.format(Locale.ROOT, "qualifier accuracy %s%n", ratio(qualifier)));
        b.append(String.format(Locale.ROOT, "year accuracy      %s%n", ratio(year)));
        b.append(String.format(Locale.ROOT, "org P/R/F1         %s / %s / %s  (%d matched, %d predicted, %d gold)%n",
                num(orgs.precision()), num(orgs.recall()), num(orgs.f1()),
                orgs.matched(), orgs.predicted(), orgs.gold()));
        b.append(String.format(Locale.ROOT, "F1 %s%n", num(overall.f1())));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-12s %6d %6d %6d %7s %7s %7s%n", name, c.gold(),
                c.predicted(), c.matched(), num(c.precision()), num(c.recall()), num(c.f1())));
    }

    private static String ratio(Ratio r) {
        return String.format(Locale.ROOT, "%s  (%d/%d)", num(r.value()), r.right(), r.total());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
