package io.zhclaims.index;

/** How many matching claims carry one value of a facet ({@code kind} = {@code percent}: 12). */
public record FacetCount(String label, int count) {
}
