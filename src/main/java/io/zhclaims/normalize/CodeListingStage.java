package io.zhclaims.normalize;

import java.util.ArrayList;
import java.util.List;

/** Drops code listings, recognized by the shape of their lines and the comments beside them. */
final class CodeListingStage implements LineStage {
    private final NoiseFilter noise;

    CodeListingStage(NoiseFilter noise) {
        this.noise = noise;
    }

    @Override
    public List<Line> apply(List<Line> lines, MetadataSink removed) {
        boolean[] code = noise.codeLines(lines.stream().map(Line::simplified).toList());
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!code[i]) {
                out.add(lines.get(i));
            }
        }
        return out;
    }
}
