package io.zhclaims.index;

import java.util.List;
import java.util.Map;

/**
 * @param hits   ranked claims, at most the query's limit
 * @param total  how many claims matched in all
 * @param facets dimension ({@code kind}, {@code year}, {@code org}, {@code unit},
 *               {@code qualifier}, {@code doc}) → counts, largest first; empty unless the
 *               query asked for facets
 * @param allWords false when no claim holds every word of the query and the hits are those
 *                 holding all words but one
 */
public record SearchResult(List<Hit> hits, long total, Map<String, List<FacetCount>> facets, boolean allWords) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public SearchResult(List<Hit> hits, long total, Map<String, List<FacetCount>> facets) {
        this(hits, total, facets, true);
    }
}
