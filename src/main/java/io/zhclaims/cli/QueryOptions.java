package io.zhclaims.cli;

import io.zhclaims.index.ClaimQuery;
import io.zhclaims.quantity.Kind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The filters search and export share, and the index they read. */
final class QueryOptions {
    @Option(names = "--kind", paramLabel = "K", description = "percent, count, money, multiplier, fraction, measure, year, date, duration, rank or number")
    String kind;

    @Option(names = "--year", paramLabel = "Y", description = "only claims about this year")
    Integer year;

    @Option(names = "--year-from", paramLabel = "A", description = "only claims about year A or later")
    Integer yearFrom;

    @Option(names = "--year-to", paramLabel = "B", description = "only claims about year B or earlier")
    Integer yearTo;

    @Option(names = "--org", paramLabel = "O", description = "only claims about this organization, by any of its names")
    String org;

    @Option(names = "--min", paramLabel = "X", description = "only values of at least X")
    Double min;

    @Option(names = "--max", paramLabel = "Y", description = "only values of at most Y")
    Double max;

    @Option(names = "--unit", paramLabel = "U", description = "only this unit (%%, CNY, USD, 名...)")
    String unit;

    @Mixin
    IndexOption index;

    ClaimQuery toQuery(String text, int limit, boolean facets) {
        Kind k = null;
        if (kind != null) {
            try {
                k = Kind.of(kind);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + kind + "'");
            }
        }
        if (year != null && (yearFrom != null || yearTo != null)) {
            throw new IllegalArgumentException("give --year or --year-from/--year-to, not both");
        }
        Integer from = year != null ? year : yearFrom;
        Integer to = year != null ? year : yearTo;
        return new ClaimQuery(text, k, from, to, org, min, max, unit, limit, facets);
    }
}
