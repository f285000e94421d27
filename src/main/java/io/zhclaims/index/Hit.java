package io.zhclaims.index;

import io.zhclaims.claims.Claim;

/** A ranked claim; {@code score} is 0 when the search had no text (filter-only listing). */
public record Hit(Claim claim, float score) {
    /** The claim's sentence with its mention wrapped in {@code open} and {@code close}. */
    public String highlighted(String open, String close) {
        String s = claim.sentence();
        int from = s.offsetByCodePoints(0, claim.start());
        int to = s.offsetByCodePoints(0, claim.end());
        return s.substring(0, from) + open + s.substring(from, to) + close + s.substring(to);
    }
}
