package io.zhclaims.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traditional → simplified conversion with OpenCC4j, corrected by the phrase table
 * {@code normalize/t2s-overrides.txt}. Only text judged traditional should be converted:
 * OpenCC maps characters such as 昇 that simplified text also uses (华为昇腾), so running it
 * over simplified text damages brand and personal names.
 *
 * <p>Conversion keeps the UTF-16 length, so offsets in a converted paragraph are offsets in
 * the original, except for the override rows that map to a character outside the BMP
 * (殢 → 𣨼, 圞 → 𪢮): they keep the code-point count but add one UTF-16 unit each.
 */
public final class ScriptConverter {
    private static final String OVERRIDES = "normalize/t2s-overrides.txt";

    /** Characters written only in traditional text whose simplified form is simplified-only (這 → 这). */
    private final BitSet strongTraditional = new BitSet(0x10000);
    /** Traditional characters whose simplified form is also a traditional character (後 → 后, 昇 → 升). */
    private final BitSet weakTraditional = new BitSet(0x10000);
    /** Characters written only in simplified text (这, 腾). */
    private final BitSet simplifiedOnly = new BitSet(0x10000);
    private final Map<String, String> overrides;
    private final int longestOverride;

    public ScriptConverter() {
        for (char c = '\u3400'; c <= '\u9FFF'; c++) {
            classify(c);
        }
        for (char c = '\uF900'; c <= '\uFAFF'; c++) {
            classify(c);
        }
        this.overrides = loadOverrides();
        this.longestOverride = overrides.keySet().stream().mapToInt(String::length).max().orElse(1);
        // A single character the table converts (乾 → 干, 幷 → 并) is evidence of traditional text
        // even where OpenCC4j does not know it.
        overrides.forEach((from, to) -> {
            if (from.length() == 1 && !from.equals(to) && !strongTraditional.get(from.charAt(0))) {
                weakTraditional.set(from.charAt(0));
                simplifiedOnly.clear(from.charAt(0));
            }
        });
    }

    private void classify(char c) {
        List<String> simple = ZhConverterUtil.toSimple(c);
        List<String> trad = ZhConverterUtil.toTraditional(c);
        String self = String.valueOf(c);
        boolean hasSimpleForm = simple != null && !simple.isEmpty() && !simple.contains(self);
        if (hasSimpleForm) {
            String target = simple.get(0);
            List<String> targetTrad = target.length() == 1 ? ZhConverterUtil.toTraditional(target.charAt(0)) : null;
            boolean targetAlsoTraditional = targetTrad == null || targetTrad.isEmpty() || targetTrad.contains(target);
            (targetAlsoTraditional ? weakTraditional : strongTraditional).set(c);
        } else if (trad != null && !trad.isEmpty() && !trad.contains(self)) {
            simplifiedOnly.set(c);
        }
    }

    private static Map<String, String> loadOverrides() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = ScriptConverter.class.getClassLoader().getResourceAsStream(OVERRIDES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OVERRIDES);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(OVERRIDES + ":" + no + ": expected 2 tab-separated fields");
                }
                map.put(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    /**
     * Whether the text is written in traditional characters: traditional-only characters
     * outweigh simplified-only ones. Characters whose simplified form is itself also used in
     * traditional text (後, 昇) count half, so a brand like 昇腾 in simplified text does not tip
     * a short line.
     */
    public boolean isTraditional(String text) {
        int[] n = count(text);
        double traditional = n[0] + 0.5 * n[1];
        return traditional > 0 && traditional >= n[2];
    }

    /**
     * Whether one line needs conversion: any character found only in traditional text (這, 頭)
     * means the line is not clean simplified text, even when it mixes both scripts; characters
     * shared with simplified text (昇, 乾) must outnumber the simplified-only ones.
     */
    public boolean needsConversion(String line) {
        int[] n = count(line);
        return n[0] > 0 || (n[1] > 0 && n[1] >= n[2]);
    }

    /** Counts of strong traditional, weak traditional and simplified-only characters. */
    private int[] count(String text) {
        int[] n = new int[3];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (strongTraditional.get(c)) {
                n[0]++;
            } else if (weakTraditional.get(c)) {
                n[1]++;
            } else if (simplifiedOnly.get(c)) {
                n[2]++;
            }
        }
        return n;
    }

    /** Converts unconditionally; callers decide with {@link #isTraditional} first. */
    public String toSimplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int gapStart = 0;
        int i = 0;
        while (i < text.length()) {
            String match = null;
            for (int len = Math.min(longestOverride, text.length() - i); len >= 1; len--) {
                String candidate = overrides.get(text.substring(i, i + len));
                if (candidate != null) {
                    match = candidate;
                    if (gapStart < i) {
                        out.append(ZhConverterUtil.toSimple(text.substring(gapStart, i)));
                    }
                    out.append(candidate);
                    i += len;
                    gapStart = i;
                    break;
                }
            }
            if (match == null) {
                i++;
            }
        }
        if (gapStart < text.length()) {
            out.append(ZhConverterUtil.toSimple(text.substring(gapStart)));
        }
        return out.toString();
    }

    /** One line of the {@code convert} command: converted when traditional, else unchanged. */
    public String convertLine(String line) {
        return needsConversion(line) ? toSimplified(line) : line;
    }
}
