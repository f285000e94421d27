package io.zhclaims.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Longest-match replacement over a fixed dictionary, as OpenCC applies its phrase files: at each
 * position the longest key found wins, and text no key covers is copied. Immutable once built, so
 * one instance serves every thread.
 */
final class PhraseTrie {
    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        String value;
    }

    private final Node root = new Node();

    PhraseTrie(Map<String, String> dictionary) {
        dictionary.forEach((key, value) -> {
            Node node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
            }
            node.value = value;
        });
    }

    String replace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Node node = root;
            String match = null;
            int matchEnd = i;
            for (int j = i; j < text.length(); j++) {
                node = node.children.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.value != null) {
                    match = node.value;
                    matchEnd = j + 1;
                }
            }
            if (match == null) {
                out.append(text.charAt(i));
                i++;
            } else {
                out.append(match);
                i = matchEnd;
            }
        }
        return out.toString();
    }
}
