package io.zhclaims.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.HashSet;
import java.util.Set;

/**
 * The name lists of models/segment, loaded once per JVM. Loading also teaches HanLP's global
 * custom dictionary the unambiguous Chinese organization names, so the segmenter keeps
 * {@code 斯坦福大学} as one {@code nt} word instead of {@code 斯坦福/nrf 大学}.
 */
final class SegmentDictionaries {

    final NameTrie names;
    final Set<String> surnames;
    final Set<String> places;
    final Set<String> notOrgs;
    /** Unions of states: names the lists above keep from being organizations of a figure. */
    final Set<String> blocs;
    final OrgContexts contexts = OrgContexts.load("org-contexts.txt");
    final int orgCount;
    /** Listed names that are also ordinary words or places (苹果, 长荣): they need a context to count. */
    final Set<String> ambiguousOrgs = new HashSet<>();

    private SegmentDictionaries() {
        names = new NameTrie();
        int orgs = 0;
        // Places go in first: a bloc such as 欧盟 is on both lists and is reported as a place.
        places = new HashSet<>(Resources.words("places.txt"));
        for (String w : places) {
            names.add(new NameTrie.Name(w, NameTrie.Kind.PLACE, null, false, false));
        }
        notOrgs = new HashSet<>(Resources.words("not-orgs.txt"));
        for (String w : notOrgs) {
            names.add(new NameTrie.Name(w, NameTrie.Kind.NOT_ORG, null, false, false));
        }
        blocs = new HashSet<>(Resources.words("blocs.txt"));
        for (String w : blocs) {
            if (!places.contains(w) && !notOrgs.contains(w)) {
                throw new IllegalStateException("blocs.txt lists " + w + ", which neither places.txt nor not-orgs.txt holds");
            }
        }
        for (String line : Resources.lines("orgs.txt")) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isBlank()) {
                throw new IllegalStateException("orgs.txt: expected name<TAB>type[<TAB>ambiguous]: " + line);
            }
            String name = f[0].strip();
            if (notOrgs.contains(name)) {
                throw new IllegalStateException("orgs.txt and not-orgs.txt both list " + name);
            }
            boolean ambiguous = f.length > 2 && f[2].strip().equals("ambiguous");
            if (ambiguous) {
                ambiguousOrgs.add(name);
            }
            names.add(new NameTrie.Name(name, NameTrie.Kind.ORG, f[1].strip(), ambiguous, isCaseFoldable(name)));
            orgs++;
            if (!ambiguous && hasHan(name) && name.chars().noneMatch(Character::isWhitespace)) {
                CustomDictionary.insert(name, "nt 1000");
            }
        }
        // Product names such as 昇腾 are split into single characters otherwise, which breaks
        // the names that contain them (华为昇腾团队); they are words, not organizations.
        for (String w : notOrgs) {
            if (hasHan(w) && !CoreDictionary.contains(w) && !CustomDictionary.contains(w)) {
                CustomDictionary.insert(w, "nz 1000");
            }
        }
        orgCount = orgs;
        surnames = new HashSet<>(Resources.words("surnames.txt"));
    }

    private static final class Holder {
        static final SegmentDictionaries INSTANCE = new SegmentDictionaries();
    }

    static SegmentDictionaries get() {
        return Holder.INSTANCE;
    }

    /**
     * A Latin name with a capital inside (DeepSeek, OpenAI, MiniMax) is distinctive enough to
     * be recognized in any case; acronyms (MIT, AMD) and plain words (Science, Fortune) are not.
     */
    static boolean isCaseFoldable(String name) {
        if (hasHan(name) || name.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
            }
        }
        return upper >= 2 && lower >= 2;
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
