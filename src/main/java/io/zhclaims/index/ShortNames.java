package io.zhclaims.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organizations of an index that a short name abbreviates by leaving characters out, as
 * the press shortens names (证交所: 台湾证券交易所, 统计处: 统计及普查处) where no list of aliases
 * holds the pair. A short name keeps the first character of some part of the name and its
 * last character, the kind of body it is (所, 局, 会, 行); a name that holds the word whole is
 * no abbreviation of it (银行 is not short for 工商银行).
 */
final class ShortNames {
    /** Shorter words are too often common words (国会 is no IOC). */
    static final int SHORTEST = 3;
    /** The abbreviation's first character stands this near the name's start (after a place name). */
    private static final int FIRST_WITHIN = 4;
    private final Map<Integer, List<String>> byLast;

    private ShortNames(Map<Integer, List<String>> byLast) {
        this.byLast = byLast;
    }

    /** The organization names of the index (every name and alias a claim carries), by last character. */
    static ShortNames of(IndexReader reader) throws IOException {
        Map<Integer, List<String>> byLast = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, ClaimFields.ORGS_ALL);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                String name = t.utf8ToString();
                if (name.codePointCount(0, name.length()) > SHORTEST) {
                    byLast.computeIfAbsent(name.codePointBefore(name.length()), k -> new ArrayList<>()).add(name);
                }
            }
        }
        return new ShortNames(byLast);
    }

    /** The names the word abbreviates; empty for most words. */
    Set<String> expansions(String word) {
        Set<String> out = new LinkedHashSet<>();
        int[] w = word.codePoints().toArray();
        if (w.length < SHORTEST || !Character.isIdeographic(w[w.length - 1])) {
            return out;
        }
        for (String name : byLast.getOrDefault(w[w.length - 1], List.of())) {
            if (!name.contains(word) && abbreviates(w, name.codePoints().toArray())) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether the word's characters stand in the name in order, the first near its start. */
    static boolean abbreviates(int[] word, int[] name) {
        if (name.length <= word.length) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < name.length && j < word.length; i++) {
            if (name[i] == word[j]) {
                if (j == 0 && i >= FIRST_WITHIN) {
                    return false;
                }
                j++;
            }
        }
        return j == word.length;
    }
}
