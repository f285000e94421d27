package io.zhclaims.quantity;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the word lists of {@code models/quantity/}: one entry a line, {@code #} starts a comment. */
final class Models {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Models() {
    }

    static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (ModelFile.Line line : ModelFile.lines("quantity/" + file)) {
            String text = line.text();
            int hash = text.indexOf('#');
            text = (hash >= 0 ? text.substring(0, hash) : text).strip();
            if (!text.isEmpty()) {
                rows.add(WHITESPACE.split(text));
            }
        }
        return rows;
    }

    static List<String> words(String file) {
        List<String> words = new ArrayList<>();
        for (String[] row : rows(file)) {
            words.add(row[0]);
        }
        return words;
    }
}
