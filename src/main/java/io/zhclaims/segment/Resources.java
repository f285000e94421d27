package io.zhclaims.segment;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.List;

/** Reads the plain-text dictionaries under models/segment from the classpath. */
final class Resources {
    private Resources() {
    }

    /** Non-empty lines that are not {@code #} comments, stripped. */
    static List<String> lines(String name) {
        return ModelFile.strippedLines("segment/" + name);
    }

    /** Whitespace-separated words of a list file. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(name)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
