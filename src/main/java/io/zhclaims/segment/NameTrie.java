package io.zhclaims.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of known names. Keys are stored with ASCII letters lower-cased so that
 * a name written {@code deepseek} still finds {@code DeepSeek}; whether such a folded hit
 * counts is decided per entry ({@link Name#caseFold()}). Immutable after construction.
 */
final class NameTrie {

    enum Kind { ORG, PLACE, NOT_ORG }

    /**
     * @param caseFold    true when a differently cased spelling still denotes this name
     *                    (distinctive mixed-case brands such as DeepSeek, OpenAI); acronyms
     *                    and ordinary English words must match exactly
     * @param ambiguous   the name is also an ordinary word or a place (苹果, 大众, 剑桥)
     */
    record Name(String name, Kind kind, String orgType, boolean ambiguous, boolean caseFold) {
        boolean matches(CharSequence text, int start) {
            if (caseFold) {
                return true;
            }
            for (int i = 0; i < name.length(); i++) {
                if (text.charAt(start + i) != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A stored name ending at {@code end}. */
    record Hit(Name name, int start, int end) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<Name> names;
    }

    private final Node root = new Node();
    /**
     * One bit for each character a name starts with: most places of a text start none, and
     * this answers them without a boxed lookup in the root's map or a list for the hits.
     */
    private final long[] starts = new long[1 << 10];

    void add(Name n) {
        if (n.name().isEmpty()) {
            return;
        }
        char first = fold(n.name().charAt(0));
        starts[first >>> 6] |= 1L << first;
        Node node = root;
        for (int i = 0; i < n.name().length(); i++) {
            node = node.next.computeIfAbsent(fold(n.name().charAt(i)), k -> new Node());
        }
        if (node.names == null) {
            node.names = new ArrayList<>(1);
        }
        for (Name old : node.names) {
            if (old.name().equals(n.name())) {
                return;
            }
        }
        node.names.add(n);
    }

    /** The longest stored name at each place of the text, read left to right, without overlaps. */
    List<Hit> longestHits(CharSequence text) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<Hit> hits = hitsAt(text, i);
            if (hits.isEmpty()) {
                i++;
                continue;
            }
            out.add(hits.get(0));
            i = hits.get(0).end();
        }
        return out;
    }

    /** Every stored name that the text spells at {@code start}, longest first. */
    List<Hit> hitsAt(CharSequence text, int start) {
        if (start >= text.length()) {
            return List.of();
        }
        char first = fold(text.charAt(start));
        if ((starts[first >>> 6] & (1L << first)) == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(2);
        Node node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(fold(text.charAt(i)));
            if (node == null) {
                break;
            }
            if (node.names != null) {
                for (Name n : node.names) {
                    if (n.matches(text, start)) {
                        hits.add(0, new Hit(n, start, i + 1));
                    }
                }
            }
        }
        return hits;
    }

    boolean contains(String name, Kind kind) {
        for (Hit h : hitsAt(name, 0)) {
            if (h.end() == name.length() && h.name().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
