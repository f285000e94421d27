package io.zhclaims.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * A fixed dictionary searched by longest prefix, as OpenCC searches its tables: at a position the
 * longest key that starts there wins. Immutable once built, so one instance serves every thread.
 */
final class PhraseTrie {
    /** A key found in the text: how many UTF-16 units it covers and what replaces them. */
    record Match(int length, String value) {
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        String value;
    }

    private final Node root = new Node();

    PhraseTrie(Map<String, String> dictionary) {
        dictionary.forEach((key, value) -> {
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty dictionary key for value " + value);
            }
            Node node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
            }
            node.value = value;
        });
    }

    /** The longest key that starts at {@code from} and ends by {@code end}, or null when none does. */
    Match longestMatch(CharSequence text, int from, int end) {
        Node node = root;
        Match match = null;
        for (int j = from; j < end; j++) {
            node = node.children.get(text.charAt(j));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                match = new Match(j + 1 - from, node.value);
            }
        }
        return match;
    }
}
