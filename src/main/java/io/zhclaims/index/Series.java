package io.zhclaims.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.quantity.Kind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A subject's values over the years, for a chart: the best matching claims that have a year
 * and a value, of the kind and unit most of them share (percentages and yuan on one axis
 * would mean nothing), with the median of each year.
 *
 * @param kind   the kind plotted, null when no claim qualifies
 * @param unit   the unit plotted, null for unit-less figures or when none qualifies
 * @param points every plotted claim
 * @param years  year → median value, in year order
 */
public record Series(String kind, String unit, List<Point> points, List<YearMedian> years) {
    /** How many of the best matches are looked at; a chart of more would not be read. */
    static final int DEPTH = 500;

    public record Point(int year, double value, String id, String doc, String mention, String sentence) {
    }

    public record YearMedian(int year, double median, int claims) {
    }

    public Series {
        points = List.copyOf(points);
        years = List.copyOf(years);
    }

    public static Series of(ClaimSearcher searcher, ClaimQuery q) throws IOException {
        List<Claim> plottable = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try (Stream<Claim> claims = searcher.export(q)) {
            claims.limit(DEPTH).forEach(c -> {
                // The value itself, not the record made again: this runs for every claim read.
                if (c.year() != null && c.value() != null && c.kind() != Kind.YEAR && c.kind() != Kind.DATE) {
                    plottable.add(c);
                    values.add(c.value().doubleValue());
                }
            });
        }
        Map<List<String>, Integer> groups = new HashMap<>();
        for (Claim c : plottable) {
            groups.merge(key(c), 1, Integer::sum);
        }
        List<String> best = groups.entrySet().stream()
                .max(Map.Entry.<List<String>, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().toString(), (a, b) -> b.compareTo(a)))
                .map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            return new Series(null, null, List.of(), List.of());
        }
        List<Point> points = new ArrayList<>();
        TreeMap<Integer, List<Double>> byYear = new TreeMap<>();
        for (int i = 0; i < plottable.size(); i++) {
            Claim c = plottable.get(i);
            if (key(c).equals(best)) {
                points.add(new Point(c.year(), values.get(i), c.id(), c.doc(), c.mention(), c.sentence()));
                byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(values.get(i));
            }
        }
        List<YearMedian> years = new ArrayList<>();
        byYear.forEach((y, vs) -> years.add(new YearMedian(y, median(vs), vs.size())));
        return new Series(best.get(0), best.get(1).isEmpty() ? null : best.get(1), points, years);
    }

    private static List<String> key(Claim c) {
        return List.of(c.kind().id(), Objects.requireNonNullElse(c.unit(), ""));
    }

    private static double median(List<Double> vs) {
        List<Double> sorted = vs.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
