package io.zhclaims.normalize;

import io.zhclaims.models.ModelFile;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional → simplified conversion with OpenCC's standard tables (OpenCC 1.4.2's TSPhrases and
 * TSCharacters, vendored in {@code normalize/opencc/}), corrected first by the phrase table
 * {@code normalize/t2s-overrides.txt}. Only text judged traditional should be converted: OpenCC
 * maps characters such as 昇 that simplified text also uses (华为昇腾), so running it over
 * simplified text damages brand and personal names. OpenCC4j's tables, with TSCharacters for the
 * characters they lack, tell which characters are traditional.
 *
 * <p>Conversion keeps the UTF-16 length, so offsets in a converted paragraph are offsets in
 * the original, except for rare characters whose simplified form lies outside the BMP
 * (殢 → 𣨼, 圞 → 𪢮): they keep the code-point count but add one UTF-16 unit each.
 *
 * <p>{@link #convertLine(String, Variant)} also knows regional sources: it runs OpenCC's own
 * configs over OpenCC's regional dictionaries, loaded on first use of a regional variant. Their phrase tables replace words ({@code 網際網路 → 互联网}), so that conversion may
 * change the length of a line; it is for the {@code convert} command, never for article cleaning.
 */
public final class ScriptConverter {
    /** Where traditional text comes from; each value is one of OpenCC's to-simplified configs. */
    public enum Variant {
        /** OpenCC {@code t2s}: standard traditional characters and phrases. */
        GENERIC("t2s"),
        /** OpenCC {@code tw2s}: Taiwan character forms (裡 → 里) as well; vocabulary kept. */
        TAIWAN("tw2s"),
        /** OpenCC {@code tw2sp}: Taiwan forms and Taiwan vocabulary to mainland (軟體 → 软件). */
        TAIWAN_PHRASES("tw2sp"),
        /** OpenCC {@code hk2s}: Hong Kong character forms (啟 → 启, 衞 → 卫) as well. */
        HONG_KONG("hk2s"),
        /** OpenCC {@code hk2sp}: Hong Kong forms and Hong Kong vocabulary to mainland (伺服器 → 服务器). */
        HONG_KONG_PHRASES("hk2sp");

        private final String config;

        Variant(String config) {
            this.config = config;
        }

        /** The name of the OpenCC configuration this variant follows ({@code tw2sp}). */
        public String config() {
            return config;
        }

        /** The variant of an OpenCC configuration name, as users know them from OpenCC. */
        public static Variant ofConfig(String config) {
            for (Variant v : values()) {
                if (v.config.equals(config)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown conversion '" + config + "': use t2s, tw2s, tw2sp, hk2s or hk2sp");
        }
    }

    private static final String OVERRIDES = "normalize/t2s-overrides.txt";
    private static final String STANDARD_CHARACTERS = "TSCharacters.txt";

    /** Characters written only in traditional text whose simplified form is simplified-only (這 → 这). */
    private final BitSet strongTraditional;
    /** Traditional characters whose simplified form is also a traditional character (後 → 后, 昇 → 升). */
    private final BitSet weakTraditional;
    /** Characters written only in simplified text (这, 腾). */
    private final BitSet simplifiedOnly;
    private final Map<String, String> overrides;
    /**
     * Every UTF-16 unit of a key of the overrides or of OpenCC's standard tables, read on first
     * conversion: text with none of them converts to itself, which the GBK repair's many short
     * conversions of simplified text then skip.
     */
    private volatile BitSet keyChars;
    private final int longestOverride;

    public ScriptConverter() {
        this.overrides = loadOverrides();
        this.longestOverride = overrides.keySet().stream().mapToInt(String::length).max().orElse(1);
        long[][] classes = ScriptClasses.load();
        strongTraditional = BitSet.valueOf(classes[0]);
        weakTraditional = BitSet.valueOf(classes[1]);
        simplifiedOnly = BitSet.valueOf(classes[2]);
    }

    /**
     * The three character classes worked out from OpenCC4j's tables, OpenCC's standard character
     * table and the overrides: what {@link ScriptClasses} writes into the jar at build time, so
     * that a run loads three bit sets instead of OpenCC4j's dictionaries (a sixth of a one-line
     * extract's start-up CPU).
     */
    static long[][] computeClasses() {
        BitSet strong = new BitSet(0x10000);
        BitSet weak = new BitSet(0x10000);
        BitSet simplified = new BitSet(0x10000);
        for (char c = '\u3400'; c <= '\u9FFF'; c++) {
            classify(c, strong, weak, simplified);
        }
        for (char c = '\uF900'; c <= '\uFAFF'; c++) {
            classify(c, strong, weak, simplified);
        }
        // OpenCC's current character table knows characters OpenCC4j's older one does not (袷 → 夹);
        // they are judged like the others, by whether their simplified form is also traditional.
        for (OpenccTables.Entry e : OpenccTables.read(STANDARD_CHARACTERS).entries()) {
            char c = e.key().charAt(0);
            String target = e.values().get(0);
            if (e.key().length() == 1 && !target.equals(e.key()) && !strong.get(c)
                    && !weak.get(c) && !simplified.get(c)) {
                classifyTraditional(c, target, strong, weak);
            }
        }
        // A single character the table converts (乾 → 干, 幷 → 并) is evidence of traditional text
        // even where OpenCC4j does not know it.
        loadOverrides().forEach((from, to) -> {
            if (from.length() == 1 && !from.equals(to) && !strong.get(from.charAt(0))) {
                weak.set(from.charAt(0));
                simplified.clear(from.charAt(0));
            }
        });
        return new long[][] {strong.toLongArray(), weak.toLongArray(), simplified.toLongArray()};
    }

    private static void classify(char c, BitSet strong, BitSet weak, BitSet simplified) {
        List<String> simple = ZhConverterUtil.toSimple(c);
        List<String> trad = ZhConverterUtil.toTraditional(c);
        String self = String.valueOf(c);
        boolean hasSimpleForm = simple != null && !simple.isEmpty() && !simple.contains(self);
        if (hasSimpleForm) {
            classifyTraditional(c, simple.get(0), strong, weak);
        } else if (trad != null && !trad.isEmpty() && !trad.contains(self)) {
            simplified.set(c);
        }
    }

    /** A traditional character is strong unless its simplified form is also written in traditional text. */
    private static void classifyTraditional(char c, String target, BitSet strong, BitSet weak) {
        List<String> targetTrad = target.length() == 1 ? ZhConverterUtil.toTraditional(target.charAt(0)) : null;
        boolean targetAlsoTraditional = targetTrad == null || targetTrad.isEmpty() || targetTrad.contains(target);
        (targetAlsoTraditional ? weak : strong).set(c);
    }

    private static Map<String, String> loadOverrides() {
        Map<String, String> map = new HashMap<>();
        for (ModelFile.Line line : ModelFile.lines(OVERRIDES)) {
            String[] f = line.text().split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(OVERRIDES + ":" + line.number() + ": expected 2 tab-separated fields");
            }
            map.put(f[0].strip(), f[1].strip());
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
        BitSet keys = keyChars();
        int first = 0;
        while (first < text.length() && !keys.get(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // no key of any table can match
        }
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
                        out.append(OpenccChain.standard(text.substring(gapStart, i)));
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
            out.append(OpenccChain.standard(text.substring(gapStart)));
        }
        return out.toString();
    }

    private BitSet keyChars() {
        BitSet keys = keyChars;
        if (keys == null) {
            keys = new BitSet(0x10000);
            for (String key : overrides.keySet()) {
                key.chars().forEach(keys::set);
            }
            for (String file : List.of("TSPhrases.txt", STANDARD_CHARACTERS)) {
                for (OpenccTables.Entry e : OpenccTables.read(file).entries()) {
                    e.key().chars().forEach(keys::set);
                }
            }
            keyChars = keys;
        }
        return keys;
    }

    /** One line of the {@code convert} command: converted when traditional, else unchanged. */
    public String convertLine(String line) {
        return convertLine(line, Variant.GENERIC);
    }

    /**
     * One line of the {@code convert} command for text from the given region. The regional
     * variants run OpenCC's own chain for their config over its dictionaries (vendored in
     * {@code normalize/opencc/}): regional forms and words to standard traditional, then standard
     * traditional to simplified. A regional word is itself evidence of traditional text, so a line
     * such as {@code 滑鼠} converts although no character in it is traditional-only. The result
     * may differ in length from the line for the phrase variants.
     */
    public String convertLine(String line, Variant variant) {
        if (variant == Variant.GENERIC) {
            return needsConversion(line) ? toSimplified(line) : line;
        }
        OpenccChain chain = OpenccChain.of(variant);
        if (needsConversion(line) || !chain.convert(line, 1).equals(line)) {
            return chain.convert(line, Integer.MAX_VALUE);
        }
        return line;
    }

    /**
     * One of OpenCC's to-simplified configs. The line is cut into segments by longest match over
     * the standard phrase table, and each segment passes through the groups in order; within a
     * group the first table with a key at the current position decides ("short_circuit" groups),
     * so a phrase exception shields its characters from the character table after it.
     */
    private static final class OpenccChain {
        private static final Map<Variant, OpenccChain> CHAINS = new ConcurrentHashMap<>();

        private final PhraseTrie segmentation;
        private final List<List<PhraseTrie>> groups;

        private OpenccChain(PhraseTrie segmentation, List<List<PhraseTrie>> groups) {
            this.segmentation = segmentation;
            this.groups = groups;
        }

        /** OpenCC's {@code t2s}: the standard group over the whole text, which that config does not segment. */
        static String standard(String text) {
            return apply(standardGroup(), text);
        }

        private static List<PhraseTrie> standardGroup() {
            return List.of(
                    OpenccTables.forward("TSPhrases.txt"),
                    OpenccTables.tofuRisk(STANDARD_CHARACTERS),
                    OpenccTables.forward(STANDARD_CHARACTERS));
        }

        /** Built on first use of a variant, so the cleaner never loads the regional tables. */
        static OpenccChain of(Variant variant) {
            return CHAINS.computeIfAbsent(variant, OpenccChain::build);
        }

        private static OpenccChain build(Variant variant) {
            List<PhraseTrie> regional = switch (variant) {
                case TAIWAN -> List.of(
                        OpenccTables.forward("TWVariantsRevPhrases.txt"),
                        OpenccTables.reversed("TWVariants.txt"));
                case TAIWAN_PHRASES -> List.of(
                        OpenccTables.forward("TWPhrasesRev.txt"),
                        OpenccTables.forward("TWVariantsRevPhrases.txt"),
                        OpenccTables.reversed("TWVariants.txt"));
                case HONG_KONG -> List.of(
                        OpenccTables.forward("HKVariantsRevPhrases.txt"),
                        OpenccTables.reversed("HKVariants.txt"));
                case HONG_KONG_PHRASES -> List.of(
                        OpenccTables.forward("HKPhrasesRev.txt"),
                        OpenccTables.forward("HKVariantsRevPhrases.txt"),
                        OpenccTables.reversed("HKVariants.txt"));
                case GENERIC -> throw new IllegalArgumentException("the generic variant has no regional chain");
            };
            return new OpenccChain(OpenccTables.forward("TSPhrases.txt"), List.of(regional, standardGroup()));
        }

        /** The text through the first {@code groupCount} groups of the chain. */
        String convert(String text, int groupCount) {
            StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
            int runStart = 0;
            int i = 0;
            while (i < text.length()) {
                PhraseTrie.Match word = segmentation.longestMatch(text, i, text.length());
                if (word == null) {
                    i += Character.charCount(text.codePointAt(i));
                    continue;
                }
                // Text no phrase covers forms one segment, as in OpenCC's max-match segmentation.
                if (runStart < i) {
                    out.append(convertSegment(text.substring(runStart, i), groupCount));
                }
                out.append(convertSegment(text.substring(i, i + word.length()), groupCount));
                i += word.length();
                runStart = i;
            }
            if (runStart < text.length()) {
                out.append(convertSegment(text.substring(runStart), groupCount));
            }
            return out.toString();
        }

        private String convertSegment(String segment, int groupCount) {
            String s = segment;
            for (int g = 0; g < Math.min(groupCount, groups.size()); g++) {
                s = apply(groups.get(g), s);
            }
            return s;
        }

        private static String apply(List<PhraseTrie> group, String s) {
            StringBuilder out = new StringBuilder(s.length() + 4);
            int i = 0;
            while (i < s.length()) {
                PhraseTrie.Match match = null;
                for (PhraseTrie table : group) {
                    match = table.longestMatch(s, i, s.length());
                    if (match != null) {
                        break;
                    }
                }
                if (match == null) {
                    int n = Character.charCount(s.codePointAt(i));
                    out.append(s, i, i + n);
                    i += n;
                } else {
                    out.append(match.value());
                    i += match.length();
                }
            }
            return out.toString();
        }
    }

    /**
     * OpenCC's dictionary text files ({@code key<TAB>value value…}, best value first), read as
     * OpenCC's build reads them: some tables are used reversed (value → key), where a
     * {@code # @reverse-prefer:} note picks the default among several keys, and the characters
     * tagged {@code # @tofu-risk:} form the extension table that OpenCC loads by default.
     */
    private static final class OpenccTables {
        private static final String DIR = "normalize/opencc/";
        private static final String REVERSE_PREFER = "# @reverse-prefer:";
        private static final String TOFU_RISK = "# @tofu-risk:";
        private static final Map<String, PhraseTrie> CACHE = new ConcurrentHashMap<>();

        private record Entry(String key, List<String> values, boolean tofuRisk) {
        }

        private record Table(List<Entry> entries, Map<String, String> reversePreferences) {
        }

        static PhraseTrie forward(String file) {
            return CACHE.computeIfAbsent(file, f -> {
                Map<String, String> map = new HashMap<>();
                for (Entry e : read(f).entries()) {
                    map.putIfAbsent(e.key(), e.values().get(0));
                }
                return new PhraseTrie(map);
            });
        }

        /** The characters whose rare simplified form OpenCC keeps apart: key → first form other than itself. */
        static PhraseTrie tofuRisk(String file) {
            return CACHE.computeIfAbsent(file + " tofu-risk", k -> {
                Map<String, String> map = new HashMap<>();
                for (Entry e : read(file).entries()) {
                    if (e.tofuRisk()) {
                        e.values().stream().filter(v -> !v.equals(e.key())).findFirst()
                                .ifPresent(v -> map.putIfAbsent(e.key(), v));
                    }
                }
                return new PhraseTrie(map);
            });
        }

        /** Value → key; among several keys the first in the file wins unless a preference names one. */
        static PhraseTrie reversed(String file) {
            return CACHE.computeIfAbsent(file + " reversed", k -> {
                Table table = read(file);
                Map<String, String> map = new HashMap<>();
                for (Entry e : table.entries()) {
                    for (String value : e.values()) {
                        map.putIfAbsent(value, e.key());
                    }
                }
                table.reversePreferences().forEach((value, key) -> {
                    if (!map.containsKey(value)) {
                        throw new IllegalStateException(DIR + file + ": reverse preference for unknown " + value);
                    }
                    map.put(value, key);
                });
                return new PhraseTrie(map);
            });
        }

        private static Table read(String file) {
            String resource = DIR + file;
            List<Entry> entries = new ArrayList<>();
            Map<String, String> preferences = new HashMap<>();
            try (InputStream in = ScriptConverter.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean tofuRisk = false;
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.startsWith(REVERSE_PREFER)) {
                        String[] f = line.substring(REVERSE_PREFER.length()).strip().split("\\s+");
                        preferences.put(f[0], f[f.length - 1]);
                    } else if (line.startsWith(TOFU_RISK)) {
                        tofuRisk = true;
                    } else if (!line.isBlank() && !line.startsWith("#")) {
                        int tab = line.indexOf('\t');
                        String[] values = tab < 0 ? new String[0] : line.substring(tab + 1).strip().split(" +");
                        if (tab <= 0 || values.length == 0 || values[0].isEmpty()) {
                            throw new IllegalStateException(resource + ":" + no + ": expected key<TAB>values");
                        }
                        entries.add(new Entry(line.substring(0, tab), List.of(values), tofuRisk));
                        tofuRisk = false;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Table(entries, preferences);
        }
    }
}
