package io.zhclaims.index;

import io.zhclaims.quantity.Kind;

/**
 * What to search for. Every part is optional; an empty text lists the claims that pass the
 * filters, in document order.
 *
 * @param text     the query in {@link QuerySyntax}: words, "phrases", -exclusions and field
 *                 filters, simplified or traditional; empty for none
 * @param kind     only claims of this kind
 * @param yearFrom only claims whose {@code year} is at least this (inclusive)
 * @param yearTo   only claims whose {@code year} is at most this (inclusive)
 * @param org      only claims about this organization, by any of its names
 * @param min      only claims whose value range reaches {@code min}: a claim covers
 *                 {@code [value, high]} ({@code [value, value]} without {@code high}) and
 *                 passes {@code min}/{@code max} when that range overlaps {@code [min, max]};
 *                 claims without a numeric value (dates without a year) never pass
 * @param max      only claims whose value range reaches down to {@code max}
 * @param unit     only claims with this unit ({@code %}, {@code CNY}, {@code 名}...)
 * @param limit    how many hits {@link ClaimSearcher#search} returns (export ignores it)
 * @param facets   whether {@link ClaimSearcher#search} counts kinds, years and orgs
 * @param sort     the order of the hits; relevance falls back to document order without text
 * @param offset   how many hits of that order to skip (paging)
 */
public record ClaimQuery(String text, Kind kind, Integer yearFrom, Integer yearTo, String org,
                         Double min, Double max, String unit, int limit, boolean facets,
                         Order sort, int offset) {
    public static final int DEFAULT_LIMIT = 10;

    /** Hit orders; claims without a year or value come last in the orders by them. */
    public enum Order {
        RELEVANCE("relevance"), YEAR("year"), YEAR_ASC("year_asc"), VALUE("value"), VALUE_ASC("value_asc");

        private final String id;

        Order(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Order of(String id) {
            for (Order o : values()) {
                if (o.id.equals(id)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown sort '" + id
                    + "'; the orders are relevance, year, year_asc, value, value_asc");
        }
    }

    public ClaimQuery(String text, Kind kind, Integer yearFrom, Integer yearTo, String org,
                      Double min, Double max, String unit, int limit, boolean facets) {
        this(text, kind, yearFrom, yearTo, org, min, max, unit, limit, facets, Order.RELEVANCE, 0);
    }

    public ClaimQuery {
        text = text == null ? "" : text;
        sort = sort == null ? Order.RELEVANCE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year range " + yearFrom + "-" + yearTo + " is empty");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("value range " + min + ".." + max + " is empty");
        }
        if ((min != null && min.isNaN()) || (max != null && max.isNaN())) {
            throw new IllegalArgumentException("value bounds must be numbers");
        }
    }

    public static ClaimQuery of(String text) {
        return new ClaimQuery(text, null, null, null, null, null, null, null, DEFAULT_LIMIT, false);
    }

    public static ClaimQuery all() {
        return of("");
    }

    public ClaimQuery withKind(Kind k) {
        return new ClaimQuery(text, k, yearFrom, yearTo, org, min, max, unit, limit, facets, sort, offset);
    }

    public ClaimQuery withYear(int year) {
        return withYears(year, year);
    }

    /** Either bound may be null for an open range. */
    public ClaimQuery withYears(Integer from, Integer to) {
        return new ClaimQuery(text, kind, from, to, org, min, max, unit, limit, facets, sort, offset);
    }

    public ClaimQuery withOrg(String o) {
        return new ClaimQuery(text, kind, yearFrom, yearTo, o, min, max, unit, limit, facets, sort, offset);
    }

    /** Either bound may be null for an open range. */
    public ClaimQuery withRange(Double lo, Double hi) {
        return new ClaimQuery(text, kind, yearFrom, yearTo, org, lo, hi, unit, limit, facets, sort, offset);
    }

    public ClaimQuery withUnit(String u) {
        return new ClaimQuery(text, kind, yearFrom, yearTo, org, min, max, u, limit, facets, sort, offset);
    }

    public ClaimQuery withLimit(int n) {
        return new ClaimQuery(text, kind, yearFrom, yearTo, org, min, max, unit, n, facets, sort, offset);
    }

    public ClaimQuery withFacets(boolean on) {
        return new ClaimQuery(text, kind, yearFrom, yearTo, org, min, max, unit, limit, on, sort, offset);
    }

    public ClaimQuery withSort(Order o) {
        return new ClaimQuery(text, kind, yearFrom, yearTo, org, min, max, unit, limit, facets, o, offset);
    }

    public ClaimQuery withOffset(int n) {
        return new ClaimQuery(text, kind, yearFrom, yearTo, org, min, max, unit, limit, facets, sort, n);
    }
}
