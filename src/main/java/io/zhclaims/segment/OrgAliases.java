package io.zhclaims.segment;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The other names of an organization (深度求索 = DeepSeek, 英伟达 = NVIDIA = 辉达), from
 * models/segment/aliases.txt, so that a search for one name finds claims that use another.
 * Lookups ignore case, spaces and title marks (《自然》 = 自然). Immutable and shared.
 */
public final class OrgAliases {

    private final Map<String, List<String>> groups = new HashMap<>();

    private OrgAliases() {
        for (String line : Resources.lines("aliases.txt")) {
            List<String> names = List.of(line.split("\\|")).stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (names.size() < 2) {
                throw new IllegalStateException("aliases.txt: a line needs at least two names: " + line);
            }
            for (String name : names) {
                List<String> old = groups.putIfAbsent(key(name), names);
                if (old != null && old != names) {
                    throw new IllegalStateException("aliases.txt: " + name + " is on two lines");
                }
            }
        }
    }

    private static final class Holder {
        static final OrgAliases INSTANCE = new OrgAliases();
    }

    public static OrgAliases shared() {
        return Holder.INSTANCE;
    }

    /** Every name of the organization, canonical first; just {@code name} when it has no other. */
    public Set<String> aliasesOf(String name) {
        List<String> group = groups.get(key(name));
        if (group == null) {
            return Set.of(name);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(group));
    }

    /** The canonical name (first on its line) when the name is known. */
    public Optional<String> canonicalOf(String name) {
        List<String> group = groups.get(key(name));
        return group == null ? Optional.empty() : Optional.of(group.get(0));
    }

    /** Whether the two names denote the same organization. */
    public boolean sameOrg(String a, String b) {
        if (key(a).equals(key(b))) {
            return true;
        }
        List<String> g = groups.get(key(a));
        return g != null && g == groups.get(key(b));
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '《' && c != '》') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
