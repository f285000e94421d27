package io.zhclaims.index;

import io.zhclaims.models.ModelFile;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Terms the news writes in several forms that are no organizations ({@code 恒生指数} and
 * {@code 恒指}, {@code 香港} and {@code 本港} in Hong Kong's press): {@code models/index/synonyms.txt}.
 */
final class Synonyms {
    private static final Map<String, Set<String>> FORMS = forms();
    private static final int LONGEST = FORMS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private Synonyms() {
    }

    /** The other forms of the terms the word holds, longest terms first, left to right. */
    static Set<String> within(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < w.length()) {
            int next = i + 1;
            for (int j = Math.min(w.length(), i + LONGEST); j >= i + 2; j--) {
                Set<String> forms = FORMS.get(w.substring(i, j));
                if (forms != null) {
                    forms.stream().filter(f -> !f.equals(word)).forEach(out::add);
                    next = j;
                    break;
                }
            }
            i = next;
        }
        out.remove(w);
        return out;
    }

    private static Map<String, Set<String>> forms() {
        Map<String, Set<String>> out = new HashMap<>();
        for (ModelFile.Line line : ModelFile.lines("index/synonyms.txt")) {
            Set<String> forms = new LinkedHashSet<>();
            for (String f : line.text().strip().split("\\|")) {
                if (!f.isBlank()) {
                    forms.add(f.strip().toLowerCase(Locale.ROOT));
                }
            }
            for (String f : forms) {
                Set<String> others = new LinkedHashSet<>(out.getOrDefault(f, Set.of()));
                forms.stream().filter(o -> !o.equals(f)).forEach(others::add);
                out.put(f, Set.copyOf(others));
            }
        }
        return Map.copyOf(out);
    }
}
