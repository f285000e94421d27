package io.zhclaims.normalize;

import java.util.ArrayList;
import java.util.List;

/** Drops a related-articles header ({@code 相关阅读}) and the headlines listed under it. */
final class RelatedListStage implements LineStage {
    private final NoiseFilter noise;

    RelatedListStage(NoiseFilter noise) {
        this.noise = noise;
    }

    @Override
    public List<Line> apply(List<Line> lines, MetadataSink removed) {
        List<Line> out = new ArrayList<>(lines.size());
        boolean inList = false;
        for (Line line : lines) {
            if (noise.isRelatedHeader(line.simplified())) {
                inList = true;
                continue;
            }
            inList = inList && noise.isListedHeadline(line.simplified());
            if (!inList) {
                out.add(line);
            }
        }
        return out;
    }
}
