package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Quantity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the organizations a figure is about or attributed to (FORMAT.md), not every name in
 * the sentence: the speakers of an attribution ({@code 据X}, {@code X表示}, {@code X数据显示}, a headline's
 * {@code X:})
 * that precedes the figure, and the organizations of the figure's own clause. Year and date
 * mentions take every organization of the sentence, as the gold does.
 */
final class OrgBinder {
    private static final Pattern SAID_AFTER = Pattern.compile(
            "^\\s*(?::|(?:的)?(?:[^,;:。]{0,12}?)(?:表示|称|指出|显示|发布|公布|预计|预测|预期|介绍|透露|认为|统计|报告|报道|估计|宣布|测算|数据|调查|研究|分析))");
    private static final Pattern SAID_BEFORE = Pattern.compile("(?:据|根据|依据|来自|援引|从)\\s*$");

    /** Result of binding one figure. */
    record Binding(List<String> orgs, String source) {
    }

    List<Binding> bindAll(String sentence, List<Quantity> quantities, List<Span> orgs) {
        List<Span> speakers = new ArrayList<>();
        for (Span o : orgs) {
            String before = sentence.substring(Math.max(0, o.start() - 3), o.start());
            String after = sentence.substring(o.end(), Math.min(sentence.length(), o.end() + 16));
            if (SAID_BEFORE.matcher(before).find() || SAID_AFTER.matcher(after).find()) {
                speakers.add(o);
            }
        }
        List<Binding> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            if (q.kind() == Kind.YEAR || q.kind() == Kind.DATE) {
                out.add(new Binding(distinct(orgs), source(speakers, q)));
                continue;
            }
            Set<String> bound = new LinkedHashSet<>();
            int[] clause = clause(sentence, q);
            for (Span o : orgs) {
                if (o.end() <= q.start() || o.end() <= clause[1]) {
                    bound.add(o.text());
                }
            }
            out.add(new Binding(List.copyOf(bound), source(speakers, q)));
        }
        return out;
    }

    private static String source(List<Span> speakers, Quantity q) {
        for (Span s : speakers) {
            if (s.end() <= q.start()) {
                return s.text();
            }
        }
        return null;
    }

    private static List<String> distinct(List<Span> spans) {
        Set<String> names = new LinkedHashSet<>();
        spans.forEach(s -> names.add(s.text()));
        return List.copyOf(names);
    }

    /** The comma-delimited clause around a figure. */
    static int[] clause(String s, Quantity q) {
        int from = q.start();
        while (from > 0 && !isClauseBreak(s.charAt(from - 1))) {
            from--;
        }
        int to = q.end();
        while (to < s.length() && !isClauseBreak(s.charAt(to))) {
            to++;
        }
        return new int[]{from, to};
    }

    static boolean isClauseBreak(char c) {
        return c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?';
    }
}
