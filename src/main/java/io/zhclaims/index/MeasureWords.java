package io.zhclaims.index;

import io.zhclaims.models.ModelFile;
import io.zhclaims.quantity.Kind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a query word says about the figure it asks for beyond its text: the kind of figure a
 * measure's name asks for ({@code models/index/measure-words.txt}) and whether a figure the
 * query writes is a threshold rather than the answer ({@code models/index/bound-words.txt}).
 */
final class MeasureWords {
    private static final Map<String, Kind> ENDINGS = endings();
    private static final int LONGEST = ENDINGS.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final List<String> BOUNDS = ModelFile.lines("index/bound-words.txt").stream()
            .map(l -> l.text().strip()).toList();

    private MeasureWords() {
    }

    /** The kind the word's longest known ending asks for (失业率: a percent); none when no ending is known. */
    static Set<Kind> kinds(String word) {
        for (int n = Math.min(LONGEST, word.length()); n >= 1; n--) {
            Kind kind = ENDINGS.get(word.substring(word.length() - n));
            if (kind != null) {
                return Set.of(kind);
            }
        }
        return Set.of();
    }

    /** Whether some query word writes the mention together with a bound word (1000万人次以上). */
    static boolean bound(String mention, List<String> words) {
        if (mention == null || mention.isBlank()) {
            return false;
        }
        for (String w : words) {
            int at = w.indexOf(mention);
            if (at >= 0) {
                String rest = w.substring(0, at) + " " + w.substring(at + mention.length());
                if (BOUNDS.stream().anyMatch(rest::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, Kind> endings() {
        return kindTable("index/measure-words.txt");
    }

    /** A table of lines {@code KIND word word ...}: each word asks for figures of that kind. */
    static Map<String, Kind> kindTable(String path) {
        Map<String, Kind> out = new HashMap<>();
        for (ModelFile.Line line : ModelFile.lines(path)) {
            String[] parts = line.text().strip().split("\\s+");
            Kind kind;
            try {
                kind = Kind.of(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(path + ":" + line.number() + ": unknown kind " + parts[0], e);
            }
            for (int i = 1; i < parts.length; i++) {
                out.put(parts[i], kind);
            }
        }
        return Map.copyOf(out);
    }
}
