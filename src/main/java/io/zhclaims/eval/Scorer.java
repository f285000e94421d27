package io.zhclaims.eval;

import io.zhclaims.claims.Claim;
import io.zhclaims.quantity.Kind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Scores predicted claims against gold mentions exactly as FORMAT.md's Scoring says: a
 * prediction matches a gold line of the same document and kind with an equal value whose span
 * overlaps the gold mention's span; each gold line matches at most one prediction.
 */
public final class Scorer {
    private final UnaryOperator<String> orgNormalizer;

    /** @param orgNormalizer t2s + NFKC, applied to org strings before they are compared */
    public Scorer(UnaryOperator<String> orgNormalizer) {
        this.orgNormalizer = orgNormalizer;
    }

    /**
     * @param texts the cleaned text of each document the pipeline produced, by document name
     *              (the name gold files use: the file name)
     */
    public Score score(List<GoldMention> gold, Map<String, String> texts, List<Claim> predicted) {
        Map<String, List<Claim>> byDoc = new java.util.HashMap<>();
        for (Claim c : predicted) {
            byDoc.computeIfAbsent(docName(c.doc()), k -> new ArrayList<>()).add(c);
        }
        boolean[] used = new boolean[predicted.size()];
        Map<Claim, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            index.put(predicted.get(i), i);
        }

        Map<Kind, int[]> kinds = new EnumMap<>(Kind.class);
        for (GoldMention g : gold) {
            kinds.computeIfAbsent(g.kind(), k -> new int[3])[2]++;
        }
        for (Claim c : predicted) {
            kinds.computeIfAbsent(c.kind(), k -> new int[3])[1]++;
        }
        int matched = 0;
        int unitRight = 0;
        int qualifierRight = 0;
        int yearRight = 0;
        int yearTotal = 0;
        int orgTp = 0;
        int orgPred = 0;
        int orgGold = 0;
        for (GoldMention g : gold) {
            String text = texts.get(g.doc());
            int[] span = text == null ? null : locate(text, g);
            Claim best = null;
            int bestOverlap = 0;
            for (Claim c : byDoc.getOrDefault(g.doc(), List.of())) {
                if (used[index.get(c)] || c.kind() != g.kind() || !sameValue(c, g)) {
                    continue;
                }
                int overlap;
                if (span != null) {
                    int cs = c.offset() + c.start();
                    int ce = c.offset() + c.end();
                    overlap = Math.min(ce, span[1]) - Math.max(cs, span[0]);
                } else {
                    overlap = c.mention().equals(g.mention()) ? 1 : 0;
                }
                if (overlap > bestOverlap) {
                    best = c;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                continue;
            }
            used[index.get(best)] = true;
            matched++;
            kinds.get(g.kind())[0]++;
            if (Objects.equals(best.unit(), g.unit())) {
                unitRight++;
            }
            if (best.qualifier().id().equals(g.qualifier())) {
                qualifierRight++;
            }
            if (g.kind() != Kind.YEAR && g.kind() != Kind.DATE) {
                yearTotal++;
                if (Objects.equals(best.year(), g.year())) {
                    yearRight++;
                }
                orgTp += orgMatches(best.orgs(), g.orgs());
                orgPred += best.orgs().size();
                orgGold += g.orgs().size();
            }
        }
        Map<Kind, Score.Counts> perKind = new EnumMap<>(Kind.class);
        kinds.forEach((k, v) -> perKind.put(k, new Score.Counts(v[0], v[1], v[2])));
        return new Score(new Score.Counts(matched, predicted.size(), gold.size()), perKind,
                new Score.Ratio(unitRight, matched), new Score.Ratio(qualifierRight, matched),
                new Score.Ratio(yearRight, yearTotal), new Score.Counts(orgTp, orgPred, orgGold));
    }

    /** The gold mention's span in code points, found through its quote; null when the quote is absent. */
    static int[] locate(String text, GoldMention g) {
        int q = text.indexOf(g.quote());
        if (q < 0) {
            return null;
        }
        int m = g.quote().indexOf(g.mention());
        int from = q + Math.max(m, 0);
        int to = m < 0 ? q + g.quote().length() : from + g.mention().length();
        return new int[]{text.codePointCount(0, from), text.codePointCount(0, to)};
    }

    private static boolean sameValue(Claim c, GoldMention g) {
        if (g.kind() == Kind.DATE) {
            return Objects.equals(c.date(), g.date());
        }
        if (c.value() == null) {
            return false;
        }
        double a = c.value().doubleValue();
        double b = g.value();
        if (a == b) {
            return true;
        }
        return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Micro org matching: a predicted org that contains or is contained in a gold org, one to one. */
    private int orgMatches(List<String> predicted, List<String> gold) {
        List<String> g = new ArrayList<>(gold.stream().map(orgNormalizer).toList());
        int tp = 0;
        for (String p : predicted) {
            String np = orgNormalizer.apply(p);
            for (int i = 0; i < g.size(); i++) {
                String ng = g.get(i);
                if (!np.isEmpty() && !ng.isEmpty() && (ng.contains(np) || np.contains(ng))) {
                    tp++;
                    g.remove(i);
                    break;
                }
            }
        }
        return tp;
    }

    /**
     * Gold files name documents by file name (and {@code #id} for an article of a JSON Lines
     * file); claims carry the path relative to the corpus.
     */
    public static String docName(String doc) {
        int hash = doc.indexOf('#');
        String path = hash < 0 ? doc : doc.substring(0, hash);
        int slash = path.lastIndexOf('/');
        return (slash < 0 ? path : path.substring(slash + 1)) + (hash < 0 ? "" : doc.substring(hash));
    }
}
