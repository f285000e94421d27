package io.zhclaims.claims;

import io.zhclaims.segment.Entity;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The full names an article gives its organizations, so that a short name used later
 * ({@code 国泰航空 … 国泰}, {@code 中华电信公司 … 中华电信}) is reported by the full name. A full
 * name extends the short one at its end; a unit of the organization ({@code 华为 … 华为云团队}) is
 * not its full name, and a short name that two full names extend stays as written. One instance
 * per article: it remembers the organizations of the sentences already read, and recognizes an
 * earlier sentence that holds no figure only when a short name occurs in it.
 */
final class FullNames {
    private static final int MAX_EXTRA = 8;
    /** How many earlier sentences a short name may send the recognizer back to. */
    private static final int LOOK_BACK = 3;
    private static final Pattern UNIT_TAIL = Pattern.compile(
            ".*(团队|实验室|研究院|研究所|研究中心|事业部|事业群|分公司|子公司|云|部门|分行|支行|基金|App|APP|平台)$");

    /** The endings a company drops when the text names it short: 国泰航空 → 国泰, 中华电信公司 → 中华电信. */
    private static final Pattern COMPANY_TAIL = Pattern.compile("(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|航空|控股|股份)$");

    private final EntityRecognizer recognizer;
    private final List<Sentence> sentences;
    private final Map<Integer, List<String>> orgsBySentence = new HashMap<>();

    FullNames(EntityRecognizer recognizer, List<Sentence> sentences) {
        this.recognizer = recognizer;
        this.sentences = sentences;
    }

    /** Records the organizations of sentence {@code index}, recognized by the caller. */
    void read(int index, List<Entity> entities) {
        List<String> names = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.ORG) {
                names.add(e.text());
            }
        }
        orgsBySentence.put(index, names);
    }

    /** The full name given for {@code name} up to sentence {@code index}, or the name itself. */
    String of(String name, int index) {
        if (name.length() < 2) {
            return name;
        }
        Set<String> full = new LinkedHashSet<>();
        int lookedBack = 0;
        for (int i = 0; i <= index; i++) {
            List<String> names = orgsBySentence.get(i);
            if (names == null) {
                if (lookedBack >= LOOK_BACK || !sentences.get(i).text().contains(name)) {
                    continue;
                }
                lookedBack++;
                read(i, recognizer.recognize(sentences.get(i).text()));
                names = orgsBySentence.get(i);
            }
            for (String n : names) {
                if (n.length() > name.length() && n.length() <= name.length() + MAX_EXTRA && n.startsWith(name)
                        && !UNIT_TAIL.matcher(n).matches()) {
                    full.add(n);
                }
            }
        }
        return full.size() == 1 ? full.iterator().next() : name;
    }

    /**
     * The short forms of full names read so far that stand in the sentence where the recognizer
     * found nothing ({@code 国泰} after {@code 国泰航空}), each as a span that carries the full name.
     */
    List<Span> shortForms(String sentence, int index, List<Entity> entities) {
        Map<String, Set<String>> fullByShort = new HashMap<>();
        for (int i = 0; i <= index; i++) {
            for (String full : orgsBySentence.getOrDefault(i, List.of())) {
                String shortForm = COMPANY_TAIL.matcher(full).replaceFirst("");
                if (shortForm.length() >= 2 && shortForm.length() < full.length()) {
                    fullByShort.computeIfAbsent(shortForm, k -> new LinkedHashSet<>()).add(full);
                }
            }
        }
        List<Span> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : fullByShort.entrySet()) {
            if (e.getValue().size() != 1) {
                continue;
            }
            String shortForm = e.getKey();
            for (int at = sentence.indexOf(shortForm); at >= 0; at = sentence.indexOf(shortForm, at + 1)) {
                int start = at;
                int end = at + shortForm.length();
                boolean free = entities.stream().noneMatch(x -> x.start() < end && x.end() > start)
                        && out.stream().noneMatch(x -> x.start() < end && x.end() > start);
                if (free) {
                    out.add(new Span(e.getValue().iterator().next(), start, end));
                }
            }
        }
        return out;
    }
}
