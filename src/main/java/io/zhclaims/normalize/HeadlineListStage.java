package io.zhclaims.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops lists of other stories that portals hang under an article: a relative timestamp line
 * ({@code 26分钟前}, {@code 3小时前}, {@code 昨天 14:05}) marks the headline just above it as a
 * link, and a headline printed twice in a row (once as the link, once as its text) goes with it.
 */
final class HeadlineListStage implements LineStage {
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?:\\d{1,3}\\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天\\s*\\d{1,2}:\\d{2}|前天\\s*\\d{1,2}:\\d{2})");
    /** A headline is short and not closed like a sentence. */
    private static final Pattern HEADLINE = Pattern.compile("(?:\\d{1,2}[.、]\\s*)?.{2,60}(?<![。!?])");

    @Override
    public List<Line> apply(List<Line> lines, MetadataSink removed) {
        boolean[] drop = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (!TIMESTAMP.matcher(lines.get(i).simplified()).matches()) {
                continue;
            }
            drop[i] = true;
            if (i >= 1 && isHeadline(lines.get(i - 1))) {
                drop[i - 1] = true;
                if (i >= 2 && isHeadline(lines.get(i - 2)) && sameHeadline(lines.get(i - 1), lines.get(i - 2))) {
                    drop[i - 2] = true;
                }
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    private static boolean isHeadline(Line line) {
        return HEADLINE.matcher(line.simplified()).matches();
    }

    /** {@code 3. 某某新闻} above {@code 某某新闻}: the same headline as link and as text. */
    private static boolean sameHeadline(Line text, Line link) {
        String a = text.simplified(), b = link.simplified();
        return b.endsWith(a);
    }
}
