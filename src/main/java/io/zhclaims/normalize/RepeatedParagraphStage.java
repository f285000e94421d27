package io.zhclaims.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a paragraph that repeats an earlier one word for word: pages print a teaser or summary
 * that the body repeats, a headline twice, or the whole story twice (FORMAT.md: a repeated
 * summary is noise). Short lines (a heading such as {@code 一、总体情况}) may rightly recur.
 */
final class RepeatedParagraphStage implements LineStage {
    private static final int SHORTEST = 8;

    @Override
    public List<Line> apply(List<Line> lines, MetadataSink removed) {
        Set<String> seen = new HashSet<>();
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String text = line.simplified();
            if (text.length() >= SHORTEST && !seen.add(text)) {
                continue;
            }
            out.add(line);
        }
        return out;
    }
}
