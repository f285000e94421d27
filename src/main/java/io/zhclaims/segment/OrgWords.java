package io.zhclaims.segment;

import io.zhclaims.models.ModelFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The named word lists of {@code models/segment/org-words.txt}: one list a line, its name and
 * then its words. The recognizer builds its sets and its small patterns from them, so the words
 * are data and the code says only how they are used.
 */
final class OrgWords {
    /** Words are literal text: a list that needs a pattern's syntax belongs in the code. */
    private static final Pattern SYNTAX = Pattern.compile("[\\\\()\\[\\]{}|.*+?^$]");

    private final Map<String, List<String>> lists;

    private OrgWords(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    static OrgWords load(String path) {
        Map<String, List<String>> lists = new HashMap<>();
        for (String[] row : ModelFile.rows(path)) {
            if (row.length < 2) {
                throw new IllegalStateException(path + ": list " + row[0] + " has no words");
            }
            List<String> words = List.of(row).subList(1, row.length);
            for (String w : words) {
                if (SYNTAX.matcher(w).find()) {
                    throw new IllegalStateException(path + ": list " + row[0] + ": not a plain word: " + w);
                }
            }
            if (lists.put(row[0], List.copyOf(words)) != null) {
                throw new IllegalStateException(path + ": list " + row[0] + " given twice");
            }
        }
        return new OrgWords(lists);
    }

    List<String> words(String name) {
        List<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalStateException("org-words.txt: no list " + name);
        }
        return words;
    }

    Set<String> set(String name) {
        return Set.copyOf(words(name));
    }

    /** The words as a pattern's alternatives, in the file's order. */
    String alternation(String name) {
        return String.join("|", words(name));
    }

    /** A one-word list of characters. */
    String string(String name) {
        List<String> words = words(name);
        if (words.size() != 1) {
            throw new IllegalStateException("org-words.txt: list " + name + " must be one string");
        }
        return words.get(0);
    }
}
