package io.zhclaims.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** A club's name → the names of the clubs that go by it (勇士: Golden State's and 台北富邦勇士's). */
    final Map<String, List<List<String>>> clubs = new HashMap<>();
    /** Every name of a club, for finding them in a sentence whatever the other lists say. */
    final NameTrie clubNames = new NameTrie();

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
        // Clubs: a short name or a name that is also a word or a place (勇士, 利物浦) needs a context,
        // as 苹果 does; the lists above keep their say over a name they hold.
        for (String line : Resources.lines("clubs.txt")) {
            List<String> club = List.of(line.split("\\|"));
            for (String name : club) {
                if (name.length() < 2 || notOrgs.contains(name)) {
                    continue;
                }
                List<List<String>> known = clubs.computeIfAbsent(name, k -> new ArrayList<>());
                known.add(club);
                if (known.size() == 1) {
                    clubNames.add(new NameTrie.Name(name, NameTrie.Kind.ORG, "club", false, false));
                }
                if (known.size() > 1 || names.contains(name, NameTrie.Kind.ORG)) {
                    continue;
                }
                // 台中蓝鲸 … 蓝鲸财经: a club's two-character short name is inside other names too; it
                // counts where the article has named the club (FullNames) or beside a score
                boolean shortName = !name.equals(club.get(0));
                if (name.length() == 2 && shortName) {
                    continue;
                }
                // 美国西海岸: a short name (西海岸 for 青岛西海岸) needs a context as a word does
                boolean ambiguous = shortName || places.contains(name) || CoreDictionary.contains(name);
                if (ambiguous) {
                    ambiguousOrgs.add(name);
                } else {
                    CustomDictionary.insert(name, "nt 1000");
                }
                names.add(new NameTrie.Name(name, NameTrie.Kind.ORG, "club", ambiguous, false));
                orgs++;
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
