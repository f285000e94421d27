package io.zhclaims.quantity;

import java.util.Locale;

/** How a figure is hedged (FORMAT.md): {@code 约} is APPROX, {@code 超过} MORE_THAN, and so on. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
