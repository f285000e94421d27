package io.zhclaims.normalize;

import com.github.houbb.opencc4j.support.data.impl.DataUtil;
import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumMap;
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
 *
 * <p>{@link #convertLine(String, Variant)} also knows regional sources, like OpenCC's configs.
 * Their phrase tables replace words ({@code 網際網路 → 互联网}), so that conversion may change
 * the length of a line; it is for the {@code convert} command, never for article cleaning.
 */
public final class ScriptConverter {
    /** Where traditional text comes from; each value is one of OpenCC's to-simplified configs. */
    public enum Variant {
        /** OpenCC {@code t2s}: standard traditional characters and phrases. */
        GENERIC,
        /** OpenCC {@code tw2s}: Taiwan character forms (裡 → 里) as well; vocabulary kept. */
        TAIWAN,
        /** OpenCC {@code tw2sp}: Taiwan forms and Taiwan vocabulary to mainland (軟體 → 软件). */
        TAIWAN_PHRASES,
        /** OpenCC {@code hk2s}: Hong Kong character forms (啟 → 启, 衞 → 卫) as well. */
        HONG_KONG,
        /**
         * OpenCC {@code hk2sp}: Hong Kong forms plus regional vocabulary. OpenCC4j ships no Hong
         * Kong word list, so this uses its Taiwan one, which covers the computing words the two
         * share (滑鼠 → 鼠标, 硬碟 → 硬盘).
         */
        HONG_KONG_PHRASES
    }

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
        return convertLine(line, Variant.GENERIC);
    }

    /**
     * One line of the {@code convert} command for text from the given region: regional forms and
     * words are replaced first (longest match), then the standard conversion runs over the result,
     * as OpenCC chains its dictionaries. A regional word is itself evidence of traditional text, so
     * a line such as {@code 滑鼠} converts although no character in it is traditional-only. The
     * result may differ in length from the line for the phrase variants.
     */
    public String convertLine(String line, Variant variant) {
        if (variant == Variant.GENERIC) {
            return needsConversion(line) ? toSimplified(line) : line;
        }
        String regional = RegionalTables.TABLES.get(variant).replace(line);
        return needsConversion(line) || !regional.equals(line) ? toSimplified(regional) : line;
    }

    /**
     * OpenCC4j's regional dictionaries in the direction region → standard, built once on first use
     * of a regional variant so that the cleaner never pays for them. The library's own Taiwan and
     * Hong Kong converters reverse the wrong files (its Hong Kong one reads the Taiwan variants),
     * so the files are read here through its loader.
     */
    private static final class RegionalTables {
        static final Map<Variant, PhraseTrie> TABLES = build();

        private static Map<Variant, PhraseTrie> build() {
            Map<String, String> taiwanForms = new HashMap<>();
            Map<String, String> taiwanTerms = new HashMap<>();
            // TWVariants.txt maps simplified to the Taiwan form, so its reverse gives simplified.
            firstValues(DataUtil.buildDataMapReverse("/data/dictionary/TWVariants.txt")).forEach((tw, simple) -> {
                List<String> standard = ZhConverterUtil.toSimple(tw.charAt(0));
                if (standard == null || standard.isEmpty()) {
                    // A character the standard tables do not know at all (矽 → 硅, 醯 → 酰, element
                    // names) is a Taiwan term, not a glyph variant: it is vocabulary.
                    taiwanTerms.put(tw, simple);
                } else if (!standard.contains(tw)) {
                    taiwanForms.put(tw, simple);
                }
                // Characters the standard tables keep as themselves (著, 么) are words of their own
                // in simplified text (著作, 什么); the phrase tables decide them, not this table.
            });
            taiwanTerms.putAll(taiwanForms);
            taiwanTerms.putAll(firstValues(DataUtil.buildDataMapReverse("/data/dictionary/TWPhrases.txt")));

            // HKVariants.txt maps standard traditional to the Hong Kong form; the RevPhrases file is
            // already Hong Kong → standard. Both give standard traditional, which the chain converts.
            Map<String, String> hongKongForms = new HashMap<>(
                    firstValues(DataUtil.buildDataMapReverse("/data/dictionary/HKVariants.txt")));
            hongKongForms.putAll(firstValues(DataUtil.buildDataMap("/data/dictionary/HKVariantsRevPhrases.txt")));
            Map<String, String> hongKongTerms = new HashMap<>(hongKongForms);
            firstValues(DataUtil.buildDataMapReverse("/data/dictionary/TWPhrases.txt")).forEach((tw, simple) -> {
                if (tw.codePointCount(0, tw.length()) > 1) {
                    hongKongTerms.put(tw, simple);
                }
            });

            Map<Variant, PhraseTrie> tables = new EnumMap<>(Variant.class);
            tables.put(Variant.TAIWAN, new PhraseTrie(taiwanForms));
            tables.put(Variant.TAIWAN_PHRASES, new PhraseTrie(taiwanTerms));
            tables.put(Variant.HONG_KONG, new PhraseTrie(hongKongForms));
            tables.put(Variant.HONG_KONG_PHRASES, new PhraseTrie(hongKongTerms));
            return tables;
        }

        /** The library lists alternatives best first; a converter needs one answer. */
        private static Map<String, String> firstValues(Map<String, List<String>> map) {
            Map<String, String> first = new HashMap<>();
            map.forEach((key, values) -> {
                if (!key.isEmpty() && values != null && !values.isEmpty() && !values.get(0).isEmpty()) {
                    first.put(key, values.get(0));
                }
            });
            return first;
        }
    }
}
