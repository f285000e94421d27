package io.zhclaims.claims;

import io.zhclaims.segment.Entity;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The full names an article gives its organizations, so that a short name used later
 * ({@code 国泰航空 … 国泰}, {@code 中华电信公司 … 中华电信}) is reported by the full name. A full
 * name extends the short one at its end; a unit of the organization ({@code 华为 … 华为云团队}) is
 * not its full name, and a short name that two full names extend stays as written. One instance
 * per article: it remembers the organizations of the sentences already read, and recognizes an
 * earlier sentence that holds no figure only when a short name occurs in it.
 *
 * <p>Linear in the article: the names read so far are kept in indexes updated as sentences are
 * read (by the prefixes a short name may take, by the short form a company's name drops to), so
 * asking about one name never goes over the sentences before it again; a 4 MB page of figures
 * would otherwise cost the square of its sentences.
 */
final class FullNames {
    private static final int MAX_EXTRA = 8;
    /** How many earlier sentences a short name may send the recognizer back to. */
    private static final int LOOK_BACK = 3;
    private static final Pattern UNIT_TAIL = Pattern.compile(
            ".*(团队|实验室|研究院|研究所|研究中心|事业部|事业群|分公司|子公司|云|部门|分行|支行|基金|App|APP|平台)$");

    /** The endings a company drops when the text names it short: 国泰航空 → 国泰, 中华电信公司 → 中华电信. */
    private static final Pattern COMPANY_TAIL = Pattern.compile("(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|航空|控股|股份)$");

    /** Trades whose companies the text names without them, unless that leaves a common word. */
    private static final Pattern TRADE_TAIL = Pattern.compile("(?:银行|人寿|证券|保险|航空公司|电信)$");

    private final EntityRecognizer recognizer;
    private final List<Sentence> sentences;
    /** The organizations read per sentence (a sentence read again replaces its names). */
    private final Map<Integer, List<Entity>> orgsBySentence = new HashMap<>();
    /** A short name (a prefix of a full one, at most {@link #MAX_EXTRA} shorter) → full names with counts. */
    private final Map<String, Map<String, Integer>> byPrefix = new HashMap<>();
    /** A company's short form → its full names with counts. */
    private final Map<String, Map<String, Integer>> byShortForm = new HashMap<>();
    private int longestShortForm;
    /** Per name asked about: every sentence before this one that was not read does not hold the name. */
    private final Map<String, Integer> searchedUpTo = new HashMap<>();
    private final String articleText;
    /** A club's name → the name the article gives that club elsewhere, "" where it gives none or two clubs'. */
    private final Map<String, String> clubsNamed = new HashMap<>();
    /** Sentences by the first two characters of each position, for finding a name among unread sentences. */
    private Map<Integer, int[]> bigrams;

    FullNames(EntityRecognizer recognizer, List<Sentence> sentences, String articleText) {
        this.recognizer = recognizer;
        this.sentences = sentences;
        this.articleText = articleText;
        recognizer.codedNames(articleText).forEach(name -> addShortForm(name, name, 1));
    }

    /** Records the organizations of sentence {@code index}, recognized by the caller. */
    void read(int index, List<Entity> entities) {
        List<Entity> orgs = entities.stream().filter(e -> e.type() == EntityType.ORG).toList();
        List<Entity> previous = orgsBySentence.put(index, orgs);
        if (previous != null) {
            previous.forEach(e -> count(e, -1));
        }
        orgs.forEach(e -> count(e, 1));
    }

    private void count(Entity org, int by) {
        String full = org.text();
        if (!UNIT_TAIL.matcher(full).matches()) {
            for (int p = Math.max(2, full.length() - MAX_EXTRA); p < full.length(); p++) {
                add(byPrefix, full.substring(0, p), full, by);
            }
        }
        // 长荣海运(2603)… 长荣海运2025年12月的营收: a listed name that is also a word, once the
        // article has confirmed it (by a stock code, its figures, a frame), is a name wherever
        // the article repeats it
        if (recognizer.isAmbiguousName(full) || org.recurs()) {
            addShortForm(full, full, by);
        }
        String shortForm = COMPANY_TAIL.matcher(full).replaceFirst("");
        if (shortForm.length() >= 2 && shortForm.length() < full.length()) {
            addShortForm(shortForm, full, by);
        }
        // 恒生银行 … 恒生, 平安人寿 stays: a bank's or insurer's short name unless it is a common word
        String trade = TRADE_TAIL.matcher(full).replaceFirst("");
        if (trade.length() >= 2 && trade.length() < full.length() && !EntityRecognizer.isCommonWord(trade)) {
            addShortForm(trade, full, by);
        }
        // 青岛西海岸 … 西海岸, 乐天桃猿 … 桃猿: the place or sponsor a name starts with is dropped
        String afterPlace = recognizer.afterPlace(full);
        if (afterPlace != null) {
            addShortForm(afterPlace, full, by);
        }

        // 天津队 … 天津: a club named by its place
        String region = recognizer.clubRegion(full);
        if (region != null) {
            addShortForm(region, full, by);
        }
    }

    private void addShortForm(String shortForm, String full, int by) {
        add(byShortForm, shortForm, full, by);
        longestShortForm = Math.max(longestShortForm, shortForm.length());
    }

    private static void add(Map<String, Map<String, Integer>> index, String key, String full, int by) {
        Map<String, Integer> fulls = index.computeIfAbsent(key, k -> new HashMap<>());
        int n = fulls.getOrDefault(full, 0) + by;
        if (n > 0) {
            fulls.put(full, n);
        } else {
            fulls.remove(full);
        }
    }

    /** The full name given for {@code name} up to sentence {@code index}, or the name itself. */
    String of(String name, int index) {
        if (name.length() < 2) {
            return name;
        }
        lookBack(name, index);
        Map<String, Integer> full = byPrefix.get(name);
        return full != null && full.size() == 1 ? full.keySet().iterator().next() : name;
    }

    /**
     * Recognizes the first {@link #LOOK_BACK} sentences up to {@code index} that were not read
     * and hold {@code name}; sentences searched before for the same name are not searched again.
     */
    private void lookBack(String name, int index) {
        int from = searchedUpTo.getOrDefault(name, 0);
        if (from > index) {
            return;
        }
        int[] at = sentencesWith(name.charAt(0), name.charAt(1));
        int lookedBack = 0;
        int i = Arrays.binarySearch(at, from);
        int next = index + 1;
        for (int j = i >= 0 ? i : -i - 1; j < at.length && at[j] <= index; j++) {
            int s = at[j];
            if (orgsBySentence.containsKey(s) || !sentences.get(s).text().contains(name)) {
                continue;
            }
            read(s, recognizer.recognize(sentences.get(s).text()));
            if (++lookedBack >= LOOK_BACK) {
                next = s + 1;
                break;
            }
        }
        searchedUpTo.put(name, next);
    }

    /** The sentences holding the two characters side by side, in order. */
    private int[] sentencesWith(char a, char b) {
        if (bigrams == null) {
            Map<Integer, int[]> grown = new HashMap<>();
            Map<Integer, Integer> sizes = new HashMap<>();
            for (int s = 0; s < sentences.size(); s++) {
                String text = sentences.get(s).text();
                for (int c = 0; c + 1 < text.length(); c++) {
                    int key = text.charAt(c) << 16 | text.charAt(c + 1);
                    int size = sizes.getOrDefault(key, 0);
                    int[] list = grown.get(key);
                    if (list == null) {
                        list = new int[2];
                        grown.put(key, list);
                    } else if (list[size - 1] == s) {
                        continue;
                    } else if (size == list.length) {
                        list = Arrays.copyOf(list, size * 2);
                        grown.put(key, list);
                    }
                    list[size] = s;
                    sizes.put(key, size + 1);
                }
            }
            grown.replaceAll((key, list) -> Arrays.copyOf(list, sizes.get(key)));
            bigrams = grown;
        }
        return bigrams.getOrDefault(a << 16 | b, new int[0]);
    }

    /**
     * 台北富邦勇士 … 勇士, 味全龙 … 龙队: a club's name that is also a word or a short name counts where
     * the article names the same club otherwise, by its full name or another name of three
     * characters or more, and no other club that goes by it. It carries the longest such name
     * that holds it, else it stands as written. "" where the article names no such club.
     */
    private String clubNamedElsewhere(String name) {
        return clubsNamed.computeIfAbsent(name, n -> {
            String named = "";
            List<String> namedClub = null;
            for (List<String> club : recognizer.clubsGoingBy(n)) {
                for (String other : club) {
                    if (other.equals(n) || other.length() < 3 && !other.equals(club.get(0)) || !articleText.contains(other)) {
                        continue;
                    }
                    if (namedClub != null && namedClub != club) {
                        return "";
                    }
                    namedClub = club;
                    String carried = other.contains(n) ? other : n;
                    if (carried.length() > named.length()) {
                        named = carried;
                    }
                }
            }
            return named;
        });
    }

    /**
     * The one full name a short form stands for, or null. A name that stands for itself (a club
     * by its nickname beside a score) gives way to a full name that the article also gave it
     * (青岛西海岸 … 击败西海岸 … 西海岸5次射门).
     */
    private static String onlyFullName(Map<String, Integer> fulls, String shortForm) {
        if (fulls == null || fulls.isEmpty()) {
            return null;
        }
        if (fulls.size() == 1) {
            return fulls.keySet().iterator().next();
        }
        List<String> others = fulls.keySet().stream().filter(f -> !f.equals(shortForm)).toList();
        return others.size() == 1 && fulls.containsKey(shortForm) ? others.get(0) : null;
    }

    /**
     * The short forms of full names read so far that stand in the sentence where the recognizer
     * found nothing ({@code 国泰} after {@code 国泰航空}), each as a span that carries the full name.
     * Where two short forms overlap the longer one is taken.
     */
    List<Span> shortForms(String sentence, int index, List<Entity> entities) {
        List<Span> found = new ArrayList<>();
        for (int start = 0; start + 2 <= sentence.length(); start++) {
            int longest = Math.min(longestShortForm, sentence.length() - start);
            for (int len = 2; len <= longest; len++) {
                String shortForm = sentence.substring(start, start + len);
                String full = onlyFullName(byShortForm.get(shortForm), shortForm);
                if (full != null) {
                    found.add(new Span(full, start, start + len));
                }
            }
        }
        for (Entity club : recognizer.clubMentions(sentence)) {
            String named = clubNamedElsewhere(club.text());
            if (!named.isEmpty()) {
                found.add(new Span(named, club.start(), club.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt((Span s) -> s.start() - s.end()).thenComparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span span : found) {
            int start = span.start();
            int end = span.end();
            // 南洋 in 南洋商业: a place inside the short form does not stand in its way
            boolean free = entities.stream().noneMatch(x -> x.start() < end && x.end() > start
                    && !((x.type() == EntityType.PLACE || x.type() == EntityType.BLOC) && x.start() >= start && x.end() <= end))
                    && out.stream().noneMatch(x -> x.start() < end && x.end() > start);
            if (free) {
                out.add(span);
            }
        }
        return out;
    }
}
