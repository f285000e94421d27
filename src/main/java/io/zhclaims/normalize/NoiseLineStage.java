package io.zhclaims.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts noise prefixes fused with real text (a byline before {@code 简介:}, an agency's
 * {@code 新华社北京1月5日电}) and links fused to its end ({@code 2021-02-10 某某全文>>>}), and
 * drops whole noise lines (navigation, bylines, prompts, footers);
 * both go to the metadata reader, in line order, so the first byline gives the date.
 */
final class NoiseLineStage implements LineStage {
    private final NoiseFilter noise;

    NoiseLineStage(NoiseFilter noise) {
        this.noise = noise;
    }

    @Override
    public List<Line> apply(List<Line> lines, MetadataSink removed) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            int prefix = noise.noisePrefix(line.simplified());
            if (prefix > 0) {
                removed.removed(line.simplified().substring(0, prefix));
                line = line.cut(prefix, noise);
                if (line.simplified().isEmpty()) {
                    continue;
                }
            }
            int suffix = noise.noiseSuffix(line.simplified());
            if (suffix < line.simplified().length()) {
                removed.removed(line.simplified().substring(suffix));
                line = line.cutTail(suffix, noise);
                if (line.simplified().isEmpty()) {
                    continue;
                }
            }
            if (noise.isNoiseLine(line.simplified())) {
                removed.removed(line.simplified());
                continue;
            }
            out.add(line);
        }
        return out;
    }
}
