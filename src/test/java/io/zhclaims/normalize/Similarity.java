package io.zhclaims.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python difflib's {@code SequenceMatcher(None, a, b, autojunk=False).ratio()} over code points:
 * 2·M / (|a| + |b|), where M is the total size of the matching blocks found by Ratcliff–Obershelp
 * (take the longest common block, earliest in a then in b, and recurse on both sides of it).
 * No junk heuristic: autojunk is off.
 */
final class Similarity {
    private Similarity() {
    }

    static double ratio(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length + y.length == 0) {
            return 1.0;
        }
        Map<Integer, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < y.length; j++) {
            b2j.computeIfAbsent(y[j], k -> new ArrayList<>()).add(j);
        }
        long matched = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[]{0, x.length, 0, y.length});
        while (!queue.isEmpty()) {
            int[] r = queue.pop();
            int[] m = longestMatch(x, b2j, r[0], r[1], r[2], r[3]);
            int i = m[0], j = m[1], k = m[2];
            if (k > 0) {
                matched += k;
                if (r[0] < i && r[2] < j) {
                    queue.push(new int[]{r[0], i, r[2], j});
                }
                if (i + k < r[1] && j + k < r[3]) {
                    queue.push(new int[]{i + k, r[1], j + k, r[3]});
                }
            }
        }
        return 2.0 * matched / (x.length + y.length);
    }

    private static int[] longestMatch(int[] x, Map<Integer, List<Integer>> b2j, int alo, int ahi, int blo, int bhi) {
        int besti = alo, bestj = blo, bestk = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : b2j.getOrDefault(x[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestk) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestk = k;
                }
            }
            j2len = next;
        }
        return new int[]{besti, bestj, bestk};
    }
}
