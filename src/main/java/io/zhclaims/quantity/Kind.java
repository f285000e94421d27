package io.zhclaims.quantity;

import java.util.Locale;

/** The kinds of figure of FORMAT.md; {@link #id()} is the name used in JSON and the index. */
public enum Kind {
    PERCENT, COUNT, MONEY, MULTIPLIER, FRACTION, MEASURE, YEAR, DATE, DURATION, RANK, NUMBER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
