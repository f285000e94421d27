package io.zhclaims.segment;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds organizations, places and persons in one sentence. Organizations come first from the
 * dictionaries of models/segment (longest match, checked against word boundaries), then from
 * HanLP words ending in an organization suffix ({@code 北京航天飞行控制中心}); HanLP's own
 * {@code nt}/{@code ns}/{@code nr} tags are kept only where the rules below confirm them,
 * because on their own about half of them are fragments.
 *
 * <p>Holds no per-sentence state: one instance is shared by all threads.
 */
public final class EntityRecognizer {

    private static final OrgWords WORDS = OrgWords.load("segment/org-words.txt");
    /** Words that close an organization name built from the words before them. */
    private static final Set<String> ORG_SUFFIXES = WORDS.set("org-suffixes");
    private static final Pattern NT_SUFFIX = Pattern.compile(".*(" + WORDS.alternation("nt-suffixes") + ")");
    /** Generic heads: 美国科技公司 describes companies, it does not name one. */
    private static final Set<String> GENERIC_HEADS = WORDS.set("generic-heads");
    /** Units inside an organization that the text names together with it (华为昇腾团队). */
    private static final Pattern UNIT_AFTER = Pattern.compile(WORDS.alternation("units-after"));
    private static final Pattern DIRECT_SUFFIX = Pattern.compile("^(" + WORDS.alternation("direct-suffixes") + ")");
    /** Trades after a listed name that name its arm (国泰人寿). */
    private static final Pattern ARM_SUFFIX = Pattern.compile("^(" + WORDS.alternation("arm-suffixes") + ")");
    /** Words for a trade or a kind of body (财险, 银行, 车企): what a name says after its owner is no name then. */
    private static final Set<String> TRADES = Stream.of("kind-fields", "kind-heads", "arm-suffixes")
            .flatMap(list -> WORDS.set(list).stream()).collect(Collectors.toUnmodifiableSet());
    /** Heads that close only a name, even right after a place (台湾人寿). */
    private static final Set<String> NAME_HEADS = WORDS.set("name-heads");
    private static final Pattern COORDINATION = Pattern.compile("\\s*(、|和|与|及|以及|或|,|/|\\s)\\s*");
    /** Characters that do not occur in names but do in the fragments HanLP tags as names (占比达). */
    private static final String NON_NAME_CHARS = WORDS.string("non-name-chars");
    /** Words that never stand inside an organization's name but join clauses around it. */
    private static final String ORG_BREAKERS = WORDS.string("org-breakers");
    /** 智库首席分析师周岚: a job title is a person's, and no part of an organization's name. */
    private static final Pattern TITLE_INSIDE = Pattern.compile(WORDS.alternation("titles-inside"));
    /** 寒武纪2025年上半年营收28.8亿元: a company's own figures confirm a name that is also a word. */
    private static final Pattern COMPANY_CONTEXT = Pattern.compile(
            "^[^,;:。]{0,8}?(?:" + WORDS.alternation("company-figures") + ")");
    /**
     * 天文台于清晨发出黄色暴雨警告: an ambiguous name that issues or states something acts as a body;
     * the verb follows it at once or after a time (参议院发言中指出 is a person speaking there).
     */
    private static final Set<String> AGENCY_ACTS = WORDS.set("agency-acts");
    private static final Pattern AGENCY_CONTEXT = Pattern.compile(
            "^(?:于[^,;:。]{0,8}?|(?:\\d{1,2}月)?\\d{1,2}日|今天|今日|昨天|昨日|日前|近日|也|再|已|亦|并将|并|将)?(?:" + WORDS.alternation("agency-acts") + ")");
    /** A code in brackets that could be a year: (2024). */
    private static final Pattern YEAR_CODE = Pattern.compile("\\(\\s*(?:19|20)\\d{2}\\s*\\)");
    /**
     * 第一金(2892), 旺宏(2337), 腾讯控股(00700), 港铁(066), 贵州茅台(600519.SH): a stock code in
     * brackets after a name says the name is a listed company's (Hong Kong pages also write a code
     * with a leading zero in three digits).
     */
    private static final Pattern STOCK_CODE = Pattern.compile(
            "\\(\\s*(?:(?:SH|SZ|HK)\\.?)?(?:\\d{4,6}|0\\d{2})(?:\\.(?:TW|TWO|HK|SH|SZ|SS))?\\s*\\)");
    /** Endings that close only a company's, a bank's or a school's name (石英股份, 群益投顾, 康宁大学). */
    private static final List<String> COMPANY_SUFFIXES = WORDS.set("company-suffixes").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** How often the core dictionary may count a word that still reads as a name before such an ending. */
    private static final int RARE_WORD = 30;
    /** Words that introduce a listed company without being part of its name. */
    private static final Set<String> CODE_LEADS = WORDS.set("code-leads");
    private static final Set<String> GENERIC_LEADS = WORDS.set("generic-leads");
    /** 五大寿险, 三大电信运营商, 两家银行: a group counted by its members is no one organization (十五大 alone is a congress). */
    private static final Pattern GROUP_COUNT = Pattern.compile("前?[一二两三四五六七八九十0-9]+[大家](?=.)");
    /** 财险公司, 科技公司: a field before a generic head says what kind of body, with no name. */
    private static final Pattern KIND_FIELD = Pattern.compile("(?:" + WORDS.alternation("kind-fields") + ")(?=.)");
    private static final Pattern GENERIC_KIND = Pattern.compile(
            "(?:" + WORDS.alternation("kind-fields") + ")?(?:" + WORDS.alternation("kind-heads") + ")");
    /** 日本队, 中国女排, 中华羽球队, 日本代表团: a team named by its country is no organization (FORMAT.md). */
    private static final Pattern NATIONAL_SIDE = Pattern.compile(
            "(?:" + WORDS.alternation("side-sports") + ")?(?:" + WORDS.alternation("side-teams") + ")");
    private static final Set<String> SIDE_COUNTRIES = WORDS.set("side-countries");
    /** 辽宁男篮: a province's or a city's side is a club. */
    private static final Set<String> CLUB_REGIONS = WORDS.set("club-regions");
    /** A match's score: 102比85, 3:1, 2-1. */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.:])\\d{1,3}\\s*(?:比|:|-)\\s*\\d{1,3}(?![\\d.:%])");
    /** 中国选手郑钦文, 韩国组合: a player or a pair named by a country is a person, not a club. */
    private static final Set<String> PLAYERS = WORDS.set("players");
    /** What a side does to the other by a score (大胜, 击败, 不敌). */
    private static final Pattern WIN_OR_LOSE = Pattern.compile("(?:" + WORDS.alternation("score-verbs") + ")");
    /** (35-20), (8胜4负): a club's record in brackets. */
    private static final Pattern RECORD = Pattern.compile("\\(\\d{1,3}(?:-|胜)\\d{1,3}负?\\)");
    /** Characters before a score that tie it to the words before it (以, 比, 至): no side of a line score. */
    private static final String SCORE_JOINS = "以比为至到和与及或是达";
    /** 作客, 迎战: what leads to a game's other side; 主场, 全队: what only a club has after its name. */
    private static final Set<String> SIDE_LEADS = WORDS.set("side-leads");
    private static final Set<String> SIDE_BETWEEN = WORDS.set("side-between");
    private static final Set<String> SIDE_TAILS = WORDS.set("side-tails");
    /** 终场, 首节, 双方: the words of a game, which stand beside a side and are none. */
    private static final Set<String> GAME_WORDS = WORDS.set("game-words");
    /** Whether a sentence is about a game, so that a nickname beside a score names a club. */
    private static final Pattern GAME_CONTEXT = Pattern.compile(WORDS.alternation("game-context"));
    /** The words for a side that make a province's or a city's team a club (男篮, 女排, 队). */
    private static final Set<String> CLUB_SIDES = WORDS.set("club-sides");
    /** One-character function words that the segmenter may join with the first character of a name. */
    private static final String FUNCTION_CHARS = WORDS.string("function-chars");
    /** Pairs of characters, a variant and the form it folds to. */
    private static final String VARIANTS = WORDS.string("variant-chars");

    private boolean nationalTeam(String name) {
        for (int cut = 1; cut < name.length(); cut++) {
            String head = name.substring(0, cut);
            if ((dict.places.contains(head) && !CLUB_REGIONS.contains(head) || SIDE_COUNTRIES.contains(head))
                    && NATIONAL_SIDE.matcher(name.substring(cut)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** 比亚迪泰国罗勇府工厂: a plant or a site of an organization is a place of it, not a body. */
    private static final Set<String> BODY_END_WORDS = WORDS.set("feature-suffixes");
    private static final String UNIT_END_CHARS = WORDS.string("unit-end-chars");
    private static final Pattern FACILITY = Pattern.compile("(?:" + WORDS.alternation("facilities") + ")$");
    /** QS世界大学排名: a name that goes on into a ranking names the ranking. */
    private static final Pattern RANKING_AFTER = Pattern.compile("^(?:" + WORDS.alternation("ranking-words") + ")");
    /** Heads that only say what kind of body something is: 生物科技公司 describes, it does not name. */
    private static final Pattern GENERIC_HEAD_WORD = Pattern.compile(WORDS.alternation("generic-head-words"));
    private static final Pattern GENERIC_HEAD_END = Pattern.compile("(?:" + WORDS.alternation("generic-head-words") + ")$");
    /** 三季度公司: a period of time before a generic head is no part of a name. */
    private static final Pattern TIME_WORD = Pattern.compile(WORDS.alternation("time-words"));
    /** 该公司, 这家机构, 本网: anaphors, which FORMAT.md leaves unresolved. */
    private static final String ANAPHOR_START = WORDS.string("anaphor-starts");
    /** 江主席, 王先生: a surname with a title is a way of address, not a name HanLP should report. */
    private static final Set<String> TITLES = WORDS.set("address-titles");
    private static final int FREQUENT_WORD = 1000;
    private static final int COMMON_WORD = 10;
    /**
     * 中国致公党 + 第十一次全国代表大会, 致公党 + 十一大, 政协 + 第八届全国委员会: a body's congress
     * or committee is named with it. A meeting (七届全国人大 + 三次会议, 十次全会) is an event of the
     * body, not a body: the name stops before it.
     */
    private static final Pattern SESSION_AFTER = Pattern.compile(
            "^(?:第?[一二三四五六七八九十百零〇0-9]{1,4}(?:次|届)(?:全国|全体)?(?:会员)?(?:代表大会|委员会)"
                    + "|[一二三四五六七八九十]{1,3}大(?![学量型批项类幅规部厦会师众小多致概家力]))");
    /** 七届全国人大三次会议, 筹委会十次全会: a meeting that ends a span is the body's event, not its name. */
    private static final Pattern MEETING_END = Pattern.compile(
            "第?[一二三四五六七八九十百零〇0-9]{1,4}次(?:全体)?(?:会议|全会)$|全体会议$");
    /** 九届 + 全国人大常委会: the term of a body is part of its name. */
    private static final Pattern TERM_BEFORE = Pattern.compile("第?[一二三四五六七八九十]{1,3}届$");
    private static final Pattern LATIN_VERSION_AFTER = Pattern.compile("^(-[A-Za-z0-9]| ?\\d)");
    private static final Pattern YEAR_AFTER = Pattern.compile("^ ?(19|20)\\d\\d(?!\\d)");

    private final Segmenter segmenter;
    private final SegmentDictionaries dict;
    /** The trained tagger that proposes names the lists lack; null for the lists alone. */
    private final OrgTagger tagger;

    public EntityRecognizer() {
        this(new Segmenter());
    }

    /** The name lists and frames, with the shipped organization model. */
    public EntityRecognizer(Segmenter segmenter) {
        this(segmenter, OrgTagger.shared());
    }

    /** With {@code tagger == null}, only the name lists, frames and HanLP's tags find names. */
    public EntityRecognizer(Segmenter segmenter, OrgTagger tagger) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.dict = SegmentDictionaries.get();
        this.tagger = tagger;
    }

    /** Entities of one sentence, in text order, without overlaps. */
    public List<Entity> recognize(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.isBlank()) {
            return List.of();
        }
        String written = sentence;
        sentence = foldVariants(sentence);
        List<Token> tokens = segmenter.segment(sentence);
        int n = sentence.length();
        boolean[] tokenStart = new boolean[n + 1];
        boolean[] tokenEnd = new boolean[n + 1];
        for (Token t : tokens) {
            tokenStart[t.start()] = true;
            tokenEnd[t.end()] = true;
        }
        tokenStart[n] = true;
        tokenEnd[0] = true;

        List<Candidate> found = new ArrayList<>();
        boolean[] taken = new boolean[n];
        dictionaryPass(sentence, tokenStart, tokenEnd, found, taken);
        extendOrgs(sentence, tokens, found, taken);
        suffixPass(sentence, tokens, found, taken);
        contextPass(sentence, tokens, tokenStart, tokenEnd, found, taken);
        stockCodePass(sentence, tokens, found, taken);
        companyPass(sentence, tokens, found, taken);
        clubPass(tokens, found, taken);
        sidePass(sentence, tokens, found, taken);
        if (tagger != null) {
            modelPass(sentence, tokens, found, taken);
        }
        taggedPass(tokens, found, taken);
        extendSessions(sentence, found, taken);
        confirmAmbiguous(sentence, found);
        listPass(sentence, tokens, found, taken);

        List<Entity> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c.type == EntityType.ORG && (nationalTeam(sentence.substring(c.start, c.end))
                    || partOfACode(sentence, c.start) || isAKindOnly(stripCode(sentence.substring(c.start, c.end)))
                    || GROUP_COUNT.matcher(sentence).region(c.start, c.end).lookingAt()
                    || portAsAPlace(sentence, c.start, c.end))) {
                continue;
            }
            if (c.tentative) {
                continue;
            }
            EntityType type = c.type != EntityType.ORG && dict.blocs.contains(sentence.substring(c.start, c.end)) ? EntityType.BLOC : c.type;
            if (type != null) {
                out.add(new Entity(written.substring(c.start, c.end), type, c.start, c.end, c.recurs));
            }
        }
        out.sort(Comparator.comparingInt(Entity::start));
        return out;
    }

    /**
     * 从泉州港起航, 运抵洋山港, 在加州洛杉矶港: a port a ship goes from, to or through is a place; it
     * is an organization where it handles cargo (厦门港首季吞吐量…).
     */
    private static boolean portAsAPlace(String s, int start, int end) {
        return PORT.matcher(s).region(start, end).matches()
                && LOCATIVE_BEFORE.matcher(s).region(Math.max(0, start - 4), start).find();
    }

    private static final Pattern PORT = Pattern.compile(".+(?:港|码头)");
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?:在|从|于|至|抵|抵达|到达|驶往|驶入|驶离|停靠|靠泊|途经|运抵|前往|进入|离开)\\p{IsHan}{0,2}$");

    /**
     * 衞生防护中心: variant characters that the simplified conversion keeps (Hong Kong writes 衞
     * for 卫) folded to the form the lists and the segmenter know, one character for one, so
     * the offsets stay and the names are reported as written.
     */
    private static String foldVariants(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            int k = VARIANTS.indexOf(s.charAt(i));
            if (k >= 0 && k % 2 == 0) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = VARIANTS.charAt(k + 1);
            }
        }
        return out == null ? s : new String(out);
    }

    /**
     * What a name says after the place or the listed organization it starts with ({@code 青岛西海岸}
     * → {@code 西海岸}, a sponsor's club {@code 乐天桃猿} → {@code 桃猿}), when that rest is a name of
     * two characters or more and no common word; null otherwise. A text that has named the club
     * or company in full often names it so later.
     */
    public String afterPlace(String name) {
        for (int cut = Math.min(name.length() - 2, 4); cut >= 2; cut--) {
            String rest = name.substring(cut);
            String lead = name.substring(0, cut);
            if ((dict.places.contains(lead) || dict.names.contains(lead, NameTrie.Kind.ORG)) && allHan(rest) && !isCommonWord(rest) && !isCommonNoun(rest)
                    && !dict.places.contains(rest) && !dict.notOrgs.contains(rest) && !ORG_SUFFIXES.contains(rest) && !TRADES.contains(rest)) {
                return rest;
            }
        }
        return null;
    }

    /**
     * The place a club is named by ({@code 天津队} → {@code 天津}, {@code 广东男篮} → {@code 广东}), null
     * for any other name: a report that has named the side in full often calls it by its place.
     */
    public String clubRegion(String name) {
        for (String side : CLUB_SIDES) {
            if (name.endsWith(side)) {
                String region = name.substring(0, name.length() - side.length());
                return CLUB_REGIONS.contains(region) ? region : null;
            }
        }
        return null;
    }

    /** The names of every club that goes by {@code name}, each list the club's full name first. */
    public List<List<String>> clubsGoingBy(String name) {
        return dict.clubs.getOrDefault(name, List.of());
    }

    /**
     * The names of clubs written in the sentence, longest first at each place and without overlaps,
     * whether or not the sentence confirms them: a nickname that is also a word ({@code 勇士}) is
     * a club where the article names the club otherwise too, which only the caller can tell.
     */
    public List<Entity> clubMentions(String sentence) {
        return dict.clubNames.longestHits(sentence).stream()
                .map(h -> new Entity(sentence.substring(h.start(), h.end()), EntityType.ORG, h.start(), h.end()))
                .toList();
    }

    /**
     * 国泰午后急升5% … 国泰(00293): the listed names that are also words which the article writes
     * right before a stock code somewhere; such a name is the company wherever the article uses it,
     * also before the code.
     */
    public Set<String> codedNames(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = STOCK_CODE.matcher(text);
        while (m.find()) {
            if (YEAR_CODE.matcher(m.group()).matches()) {
                continue;
            }
            int end = m.start();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            for (int length = 2; length <= 6 && length <= end; length++) {
                String name = text.substring(end - length, end);
                if (dict.ambiguousOrgs.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** Whether a listed organization is also an ordinary word or a place, and so counts only where a context confirms it. */
    public boolean isAmbiguousName(String name) {
        return dict.ambiguousOrgs.contains(name);
    }

    /** 中国人寿 → 人寿: a word the core dictionary knows only as a common noun names a trade, not one company. */
    private static boolean isCommonNoun(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            return false;
        }
        for (Nature nature : a.nature) {
            String n = nature.toString();
            if (!n.equals("n") && !n.equals("vn") && !n.equals("nis") && !n.equals("nnt")) {
                return false;
            }
        }
        return true;
    }

    /** A word the core dictionary counts often (平安, 第一, 华南): no safe short name for an organization. */
    public static boolean isCommonWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        return a != null && a.totalFrequency >= COMMON_WORD;
    }

    /** What a person who speaks for an organization says. */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("^(?:" + WORDS.alternation("speaks") + ")");

    /** The organizations only. */
    public List<Entity> organizations(String sentence) {
        return recognize(sentence).stream().filter(e -> e.type() == EntityType.ORG).toList();
    }

    /** Organizations in the sense of named-entity recognition: with the unions of states. */
    public List<Entity> namedBodies(String sentence) {
        return recognize(sentence).stream().filter(e -> e.type() == EntityType.ORG || e.type() == EntityType.BLOC).toList();
    }

    /** A span claimed by the recognizer; {@code type == null} blocks a product or bloc name. */
    private static final class Candidate {
        final EntityType type;
        final int start;
        int end;
        boolean tentative;
        /** A listed club's name, which no place before it confirms (美国西海岸 is a coast). */
        boolean club;
        /**
         * Found by what stands around it (a game's side, a stock code): the article's other
         * mentions of the name are the same body, though they stand without such a sign.
         */
        boolean recurs;

        Candidate(EntityType type, int start, int end, boolean tentative) {
            this.type = type;
            this.start = start;
            this.end = end;
            this.tentative = tentative;
        }
    }

    private void dictionaryPass(String s, boolean[] tokenStart, boolean[] tokenEnd,
                                List<Candidate> found, boolean[] taken) {
        int i = 0;
        while (i < s.length()) {
            if (i > 0 && isLatinOrDigit(s.charAt(i)) && isLatinOrDigit(s.charAt(i - 1))) {
                i++;
                continue;
            }
            NameTrie.Hit best = null;
            for (NameTrie.Hit h : dict.names.hitsAt(s, i)) {
                if (fitsBoundaries(s, h, tokenStart, tokenEnd)) {
                    best = h;
                    break;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            NameTrie.Name name = best.name();
            int end = best.end();
            EntityType type = switch (name.kind()) {
                case ORG -> EntityType.ORG;
                case PLACE -> EntityType.PLACE;
                case NOT_ORG -> null;
            };
            if (type == EntityType.ORG && isLatinOrDigit(s.charAt(end - 1)) && !"conference".equals(name.orgType())) {
                String after = s.substring(end);
                if (LATIN_VERSION_AFTER.matcher(after).find() && !YEAR_AFTER.matcher(after).find()) {
                    // DeepSeek-V3, Mistral 7B: a model named after its maker is a product.
                    type = null;
                    end = skipVersion(s, end);
                }
            }
            Candidate c = new Candidate(type, i, end, name.ambiguous());
            c.club = "club".equals(name.orgType());
            found.add(c);
            mark(taken, i, end);
            i = end;
        }
    }

    private static int skipVersion(String s, int end) {
        int j = end;
        while (j < s.length() && (isLatinOrDigit(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == '.'
                || (s.charAt(j) == ' ' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))))) {
            j++;
        }
        return j;
    }

    /**
     * A Latin name must not continue a longer Latin word; a Chinese name must start and
     * end where HanLP's words do, so that 北京大学 is not found inside 北京大学生.
     */
    private boolean fitsBoundaries(String s, NameTrie.Hit h, boolean[] tokenStart, boolean[] tokenEnd) {
        int start = h.start();
        int end = h.end();
        char first = s.charAt(start);
        char last = s.charAt(end - 1);
        if (isLatinOrDigit(first) && start > 0 && isLatinOrDigit(s.charAt(start - 1))) {
            return false;
        }
        if (isLatinOrDigit(last) && end < s.length() && isLatinOrDigit(s.charAt(end))) {
            return false;
        }
        if (!isLatinOrDigit(first) && !tokenStart[start] && !afterAFunctionCharacter(s, h, tokenStart)) {
            return false;
        }
        return isLatinOrDigit(last) || tokenEnd[end] || beforeAWordTheSegmenterBroke(s, h, tokenEnd);
    }

    /**
     * 中华电表示: the segmenter took the listed name's last character with the next one (电表)
     * where the name and a whole word after it (表示) read as well. A listed name of three
     * characters or more that is no word too may end inside a word when the text after it starts
     * with a word of two characters or more that runs past that word; 北京大学生 keeps its 生. A
     * name of two characters may too where that word is what a body does (台电表示: 台/电表/示).
     */
    private boolean beforeAWordTheSegmenterBroke(String s, NameTrie.Hit h, boolean[] tokenEnd) {
        int end = h.end();
        if (h.name().kind() != NameTrie.Kind.ORG || h.name().ambiguous() || end - h.start() < 2) {
            return false;
        }
        int broken = end + 1;
        while (broken < tokenEnd.length && !tokenEnd[broken]) {
            broken++;
        }
        List<Token> after = segmenter.segment(s.substring(end, Math.min(s.length(), end + 8)));
        if (after.isEmpty()) {
            return false;
        }
        // 人社部门在…: cut off its name, the rest reads as a made-up name (门在/nr), no word
        Token next = after.get(0);
        if (end - h.start() == 2 && !AGENCY_ACTS.contains(next.word())) {
            return false;
        }
        return next.word().length() >= 2 && allHan(next.word()) && end + next.word().length() > broken
                && !(next.tag().length() >= 2 && next.tag().charAt(0) == 'n' && "rstzx".indexOf(next.tag().charAt(1)) >= 0);
    }

    /**
     * 为力积电9万张, 是台积电: the segmenter joins a one-character function word with a listed
     * organization's first character (为力/积/电); a listed name of three characters or more that
     * is no word too may start inside such a word.
     */
    private static boolean afterAFunctionCharacter(String s, NameTrie.Hit h, boolean[] tokenStart) {
        int start = h.start();
        return start > 0 && tokenStart[start - 1] && FUNCTION_CHARS.indexOf(s.charAt(start - 1)) >= 0
                && h.end() - start >= 3 && h.name().kind() == NameTrie.Kind.ORG && !h.name().ambiguous();
    }

    /**
     * 华为 + 昇腾团队, 《自然》 + 杂志: the text names the organization together with a unit of it;
     * 丹麦 + 能源署, 日本 + 教育部: a ministry or office listed by its bare name is the one of the
     * place written right before it.
     */
    private static void extendOrgs(String s, List<Token> tokens, List<Candidate> found, boolean[] taken) {
        for (Candidate listed : List.copyOf(found)) {
            if (listed.type != EntityType.ORG) {
                continue;
            }
            Candidate c = withItsPlace(s, listed, found, taken);
            Matcher direct = DIRECT_SUFFIX.matcher(s).region(c.end, s.length());
            Matcher arm = ARM_SUFFIX.matcher(s).region(c.end, s.length());
            // 国泰人寿, but no 富邦证券化: a word that goes on past the trade keeps it out
            int grown = direct.lookingAt() ? direct.end()
                    : arm.lookingAt() && (arm.end() == s.length() || tokenAt(tokens, arm.end()) >= 0)
                    && !nameGoesOnBefore(tokens, c.start) ? arm.end() : -1;
            if (grown > 0 && absorbable(found, c, grown)) {
                absorb(found, c, grown, taken);
                c.tentative = false;
                continue;
            }
            int k = tokenAt(tokens, c.end);
            if (k < 0) {
                continue;
            }
            for (int m = k; m < Math.min(tokens.size(), k + 3); m++) {
                Token t = tokens.get(m);
                if (UNIT_AFTER.matcher(t.word()).matches() && m > k) {
                    if (absorbable(found, c, t.end())) {
                        absorb(found, c, t.end(), taken);
                    }
                    break;
                }
                if (!isBrandLike(t)) {
                    break;
                }
            }
        }
    }

    /**
     * Whether a proper noun or a stray character stands right before {@code start}: then a listed
     * name there may be the middle of a longer one (三商美邦人寿 holds 美邦, cut 三/商/美邦), and no
     * trade after it makes it an arm of its own; a common word (旗下国泰人寿) does not.
     */
    private static boolean nameGoesOnBefore(List<Token> tokens, int start) {
        for (Token t : tokens) {
            if (t.end() == start) {
                String tag = t.tag();
                boolean proper = tag.equals("nz") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("j") || tag.equals("nx");
                boolean stray = t.word().length() == 1 && allHan(t.word()) && (tag.endsWith("g") || tag.equals("n"));
                return proper || stray;
            }
        }
        return false;
    }

    /** Whether {@code c} may grow to {@code end}: only places and product names stand in the way. */
    private static boolean absorbable(List<Candidate> found, Candidate c, int end) {
        for (Candidate o : found) {
            if (o != c && o.start < end && o.end > c.start && o.type != null && o.type != EntityType.PLACE) {
                return false;
            }
        }
        return true;
    }

    /** Grows {@code c} to {@code end}, dropping the place and product spans it now covers. */
    /** The office ({@code 能源署}) joined with the place right before it, or the candidate as it was. */
    private static Candidate withItsPlace(String s, Candidate c, List<Candidate> found, boolean[] taken) {
        if (!BARE_OFFICE.matcher(s).region(c.start, c.end).matches()) {
            return c;
        }
        for (Candidate p : found) {
            if (p.type == EntityType.PLACE && p.end == c.start) {
                Candidate joined = new Candidate(EntityType.ORG, p.start, c.end, c.tentative);
                joined.recurs = c.recurs;
                found.remove(p);
                found.set(found.indexOf(c), joined);
                mark(taken, p.start, c.end);
                return joined;
            }
        }
        return c;
    }

    /** A ministry, office or bureau by its bare function (文化部, 能源署, 统计局), no place in it. */
    private static final Pattern BARE_OFFICE = Pattern.compile("\\p{IsHan}{1,4}(?:部|署|局)");

    private static void absorb(List<Candidate> found, Candidate c, int end, boolean[] taken) {
        found.removeIf(o -> o != c && o.start < end && o.end > c.start);
        c.end = end;
        mark(taken, c.start, end);
    }

    private static boolean isBrandLike(Token t) {
        return t.tag().equals("nz") || t.tag().equals("nx") || t.tag().equals("j");
    }

    /** Names HanLP splits into words, closed by an organization suffix: 北京航天飞行控制中心. */
    private void suffixPass(String s, List<Token> tokens, List<Candidate> found, boolean[] taken) {
        for (int k = 1; k < tokens.size(); k++) {
            Token head = tokens.get(k);
            if (!(ORG_SUFFIXES.contains(head.word()) || head.tag().equals("nis") && NT_SUFFIX.matcher(head.word()).matches()) || taken(taken, head.start(), head.end())) {
                continue;
            }
            int first = k;
            for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                Token t = tokens.get(j);
                if (!isNameWord(t) || taken(taken, t.start(), t.end()) && !coveredByPlaces(found, t)) {
                    break;
                }
                first = j;
            }
            while (first < k && !isProperWord(tokens.get(first))) {
                first++;
            }
            if (first == k || nameGoesOnBefore(tokens, tokens.get(first).start())) {
                continue;
            }
            int start = tokens.get(first).start();
            String text = s.substring(start, head.end());
            if (text.length() > 25 || text.chars().anyMatch(Character::isDigit) || dict.notOrgs.contains(text)
                    || TIME_WORD.matcher(text).find()) {
                continue;
            }
            if (isGenericDescription(tokens, first, k) || namesARanking(tokens, k) || isAKindOnly(text)) {
                continue;
            }
            Candidate org = new Candidate(EntityType.ORG, start, head.end(), false);
            found.add(org);
            absorb(found, org, head.end(), taken);
        }
    }

    /**
     * Names the dictionaries do not know, found by how the sentence introduces them: as the
     * source of a statement ({@code 据中国汽车动力电池产业创新联盟数据显示}, {@code 上海有色网监测显示})
     * when they end like an organization, or after a category word ({@code 研究机构SNE Research}).
     */
    private void contextPass(String s, List<Token> tokens, boolean[] tokenStart, boolean[] tokenEnd, List<Candidate> found,
                             boolean[] taken) {
        for (OrgContexts.Frame frame : dict.contexts.frames()) {
            if (!frame.mayMatch(s)) {
                continue;
            }
            Matcher m = frame.pattern().matcher(s);
            while (m.find()) {
                int end = m.end("name");
                int first = m.start("name");
                while (first < end && s.charAt(first) == ' ') {
                    first++;
                }
                int start = first + dict.contexts.categoryLength(s.substring(first, end));
                if (frame.appositive() && taken(taken, m.start(), m.start("name"))) {
                    // 明澈城市发展智库首席分析师: the category word ends a name already found
                    continue;
                }
                String name = s.substring(start, end);
                boolean plainWord = isWordNotName(name, 1) || TITLE_INSIDE.matcher(name).find();
                boolean named = frame.appositive() ? !plainWord || OrgContexts.isLatinName(name)
                        : dict.contexts.endsLikeOrg(name) || OrgContexts.isLatinName(name);
                // 观光署长: the office and the head's title are one word to the segmenter
                boolean headOfOffice = end < s.length() && s.charAt(end) == '长';
                if (!named || name.length() < 2 || !tokenStart[start] || !tokenEnd[end] && !headOfOffice
                        || dict.notOrgs.contains(name) || dict.places.contains(name)
                        || joinsClauses(s, start, end, found) || describesAKind(name)
                        || ANAPHOR_START.indexOf(name.charAt(0)) >= 0
                        || aVerbBeforeAGenericHead(tokens, start, end)
                        || !onlyPlacesWithin(found, start, end)) {
                    continue;
                }
                // 中国汽车…联盟, 上海有色网: the place the name starts with is part of it.
                found.removeIf(c -> c.start >= start && c.end <= end);
                found.add(new Candidate(EntityType.ORG, start, end, false));
                mark(taken, start, end);
            }
        }
    }

    /** 推升集团营收: a verb and the generic head it acts on (the group's revenue), no name. */
    private static boolean aVerbBeforeAGenericHead(List<Token> tokens, int start, int end) {
        int k = tokenAt(tokens, start);
        if (k < 0 || k + 1 >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(k);
        Token head = tokens.get(k + 1);
        return verb.word().length() >= 2 && tagIn(verb, "v") && head.end() == end && GENERIC_HEADS.contains(head.word());
    }

    /**
     * A listed company named with its stock code ({@code 第一金(2892)}, {@code 三商寿(2867)}): the
     * words right before the bracket, back to a word that introduces it or a clause mark, up to
     * six characters. The segmenter cuts unknown short names into single characters with
     * arbitrary tags, so single characters are always taken and longer words stop the name
     * only when they are function words, time words or leads ({@code 龙头}, {@code 其中}).
     */
    private void stockCodePass(String s, List<Token> tokens, List<Candidate> found, boolean[] taken) {
        Matcher m = STOCK_CODE.matcher(s);
        while (m.find()) {
            int end = m.start();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            // 金控去(2025)年: a year the text glosses, no company's code
            if (end == 0 || YEAR_CODE.matcher(m.group()).matches() && s.startsWith("年", m.end())) {
                continue;
            }
            if (taken[end - 1]) {
                // 第一金(2892): the code confirms an ambiguous listed name
                for (Candidate c : found) {
                    if (c.type == EntityType.ORG && c.end == end) {
                        c.tentative = false;
                    }
                }
                continue;
            }
            int start = end;
            for (int k = tokens.size() - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                if (t.end() > end) {
                    continue;
                }
                if (t.end() < start || !allHan(t.word()) || end - t.start() > 6 || taken(taken, t.start(), t.end())) {
                    break;
                }
                if (t.word().length() > 1 && (CODE_LEADS.contains(t.word()) || tagIn(t, "vpcurdtf"))
                        || t.word().length() == 1 && (CODE_LEADS.contains(t.word()) || ORG_BREAKERS.indexOf(t.word().charAt(0)) >= 0)) {
                    break;
                }
                start = t.start();
            }
            // ,和泰(2207): a one-character name is none; the joining word before it at a clause's
            // start joins nothing and is the name's first character
            if (end - start == 1 && start >= 1 && !taken[start - 1] && Character.isIdeographic(s.charAt(start - 1))
                    && (start == 1 || ",;:。、(".indexOf(s.charAt(start - 2)) >= 0)) {
                start--;
            }
            if (end - start <= 3 && start > 0 && taken[start - 1] && extendsAListedName(found, start, end, taken)) {
                continue;
            }
            if (end - start < 2) {
                continue;
            }
            String name = s.substring(start, end);
            // 全家(5903): a code that is no year makes even a common noun a company's name
            boolean plainWord = isWordNotName(name, 1) && (YEAR_CODE.matcher(m.group()).matches() || !isCommonNoun(name)
                    || GENERIC_HEADS.contains(name) || CODE_LEADS.contains(name));
            if (dict.notOrgs.contains(name) || dict.places.contains(name) || plainWord
                    || TIME_WORD.matcher(name).find()) {
                continue;
            }
            Candidate company = new Candidate(EntityType.ORG, start, end, false);
            // 远百(2903)… 远百营运长: the code names the company once, the article goes on without it
            company.recurs = true;
            found.add(company);
            mark(taken, start, end);
        }
    }

    /**
     * 日月光投控(3711): the words between a listed name and the code are the rest of the
     * company's name (the holding company of 日月光), not a second company; the listed name's
     * candidate grows to the code. Whether there was one to grow.
     */
    private static boolean extendsAListedName(List<Candidate> found, int start, int end, boolean[] taken) {
        for (Candidate c : found) {
            if (c.type == EntityType.ORG && c.end == start) {
                c.end = end;
                c.tentative = false;
                c.recurs = true;
                mark(taken, start, end);
                return true;
            }
        }
        return false;
    }

    /**
     * A company, a bank or a school whose name is a rare word or unknown characters before an
     * ending that closes only such names: {@code 石英股份}, {@code 群益投顾}, {@code 康宁大学}. HanLP
     * tags the head as a common word ({@code 石英/n}) or cuts it into single characters, so the
     * suffix pass, which wants a proper noun before the ending, leaves it. The head is two to four
     * characters of words the core dictionary counts rarely, none of them a function, time,
     * number or verb word; a frequent head ({@code 商业银行}, {@code 投资银行}) describes a kind.
     */
    private void companyPass(String s, List<Token> tokens, List<Candidate> found, boolean[] taken) {
        for (int k = 0; k < tokens.size(); k++) {
            Token first = tokens.get(k);
            String suffix = null;
            int end = -1;
            for (String x : COMPANY_SUFFIXES) {
                int e = first.start() + x.length();
                if (s.startsWith(x, first.start()) && endsAToken(tokens, k, e)) {
                    suffix = x;
                    end = e;
                    break;
                }
            }
            if (suffix == null || taken(taken, first.start(), end)) {
                continue;
            }
            int start = first.start();
            for (int j = k - 1; j >= 0; j--) {
                Token t = tokens.get(j);
                if (t.end() != start || !allHan(t.word()) || first.start() - t.start() > 4
                        || taken(taken, t.start(), t.end()) || !rareNameWord(t)) {
                    break;
                }
                start = t.start();
            }
            int head = first.start() - start;
            if (head < 2 || !opensAName(tokens, start)) {
                continue;
            }
            String name = s.substring(start, end);
            String headWord = s.substring(start, first.start());
            if (dict.notOrgs.contains(name) || dict.places.contains(headWord) || GENERIC_LEADS.contains(headWord)
                    || TIME_WORD.matcher(name).find() || describesAKind(name)) {
                continue;
            }
            found.add(new Candidate(EntityType.ORG, start, end, false));
            mark(taken, start, end);
        }
    }

    /** 广东男篮, 上海女排, 北京队: a province's or a city's side is a club, though no list names it. */
    private void clubPass(List<Token> tokens, List<Candidate> found, boolean[] taken) {
        for (int k = 1; k < tokens.size(); k++) {
            Token region = tokens.get(k - 1);
            Token side = tokens.get(k);
            if (CLUB_REGIONS.contains(region.word()) && CLUB_SIDES.contains(side.word()) && region.end() == side.start()
                    && !taken(taken, side.start(), side.end())) {
                found.removeIf(c -> c.start >= region.start() && c.end <= region.end());
                found.add(new Candidate(EntityType.ORG, region.start(), side.end(), false));
                mark(taken, region.start(), side.end());
            }
        }
    }

    /**
     * 新北国王以102比85大胜新竹攻城狮, 攻城狮今天作客海神主场: the sides of a game are clubs, though no
     * list holds them. A side is the words right before a score (and its 以) or right after it and
     * its verb, after a word that leads to the other side (作客, 迎战, 对阵) or before one that only a
     * club has (主场, 全队, 洋将); the words of the game around it (终场, 首节) are no part of it. A
     * side named by its city and a name is taken anywhere; one named by a nickname alone only where
     * the sentence is about a game and the nickname is no person's name.
     */
    private void sidePass(String s, List<Token> tokens, List<Candidate> found, boolean[] taken) {
        Matcher m = SCORE.matcher(s);
        boolean game = GAME_CONTEXT.matcher(s).find();
        while (m.find()) {
            // 湖人(35-20)以112-105击败勇士: a club's record in brackets after its name
            if (m.start() > 0 && s.charAt(m.start() - 1) == '(' && m.end() < s.length() && s.charAt(m.end()) == ')') {
                side(s, tokens, found, taken, sideBefore(tokens, m.start() - 1), m.start() - 1, game, false);
                continue;
            }
            int before = m.start();
            while (before > 0 && s.charAt(before - 1) == ' ') {
                before--;
            }
            int after = m.end();
            while (after < s.length() && s.charAt(after) == ' ') {
                after++;
            }
            // 湖人 112-105 勇士, 北京首钢98-87广东东阳光: a score between two names is a game's
            boolean between = before > 0 && after < s.length() && isHan(s.charAt(before - 1)) && isHan(s.charAt(after))
                    && SCORE_JOINS.indexOf(s.charAt(before - 1)) < 0 && sideAfter(tokens, after) > after;
            if (before > 0 && s.charAt(before - 1) == '以') {
                before--;
            }
            before = skipBackOverRecord(s, before);
            before = skipBackOverAdverbs(tokens, before);
            side(s, tokens, found, taken, sideBefore(tokens, before), before, game || between, false);
            // 以62比37大幅领先领航猿: an adverb may stand before the verb
            int verbAt = skipOnOverAdverbs(tokens, after);
            Matcher verb = WIN_OR_LOSE.matcher(s).region(verbAt, s.length());
            boolean beaten = verb.lookingAt();
            if (beaten) {
                after = verb.end();
            }
            // 以10比2攻势, 52比52平手: without a verb the words after a score are no nickname
            side(s, tokens, found, taken, after, sideAfter(tokens, after), game && beaten || between && !beaten, false);
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (SIDE_LEADS.contains(t.word())) {
                int from = skipOnOverFillers(tokens, k + 1, t.end());
                side(s, tokens, found, taken, from, sideAfter(tokens, from), true, false);
            }
            if (SIDE_BETWEEN.contains(t.word())) {
                side(s, tokens, found, taken, sideBefore(tokens, t.start()), t.start(), true, false);
            }
            if (SIDE_TAILS.contains(t.word())) {
                int end = skipBackOverAdverbs(tokens, t.start());
                // 雷豹主场, 雷豹全队: only a club has these, whatever HanLP takes the name for
                side(s, tokens, found, taken, sideBefore(tokens, end), end, true, true);
            }
        }
    }

    /** 湖人(35-20)以112-105: the record in brackets between a club's name and its score. */
    private static int skipBackOverRecord(String s, int end) {
        if (end == 0 || s.charAt(end - 1) != ')') {
            return end;
        }
        int open = s.lastIndexOf('(', end - 1);
        return open >= 0 && end - open <= 12 && RECORD.matcher(s).region(open, end).matches() ? open : end;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** 攻城狮今天作客, 攻城狮就以55比39领先: a time or an adverb between a side and its frame. */
    private static int skipBackOverAdverbs(List<Token> tokens, int end) {
        for (int skipped = 0, j = tokens.size() - 1; j >= 0 && skipped < 2; j--) {
            Token t = tokens.get(j);
            if (t.end() > end) {
                continue;
            }
            if (t.end() < end || !(tagIn(t, "td") && t.word().length() <= 2 && allHan(t.word()))) {
                break;
            }
            end = t.start();
            skipped++;
        }
        return end;
    }

    /** 以3-2惊险击败, 以62比37大幅领先: how a side won, between the score and its verb. */
    private static int skipOnOverAdverbs(List<Token> tokens, int start) {
        for (int skipped = 0, k = 0; k < tokens.size() && skipped < 2; k++) {
            Token t = tokens.get(k);
            if (t.start() < start) {
                continue;
            }
            if (t.start() > start || !(tagIn(t, "dz") || t.tag().startsWith("a"))) {
                break;
            }
            start = t.end();
            skipped++;
        }
        return start;
    }

    /** 迎战来访的桃园领航猿: the words of the game and a 的 between a lead and the side. */
    private static int skipOnOverFillers(List<Token> tokens, int k, int start) {
        for (int skipped = 0; k < tokens.size() && skipped < 3; k++, skipped++) {
            Token t = tokens.get(k);
            if (t.start() != start || !(GAME_WORDS.contains(t.word()) || t.word().equals("的") || tagIn(t, "t"))) {
                break;
            }
            start = t.end();
        }
        return start;
    }

    private int sideBefore(List<Token> tokens, int end) {
        int start = end;
        for (int j = tokens.size() - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.end() > start) {
                continue;
            }
            if (t.end() < start || !sideWord(t) || end - t.start() > 8) {
                break;
            }
            start = t.start();
        }
        return start;
    }

    private int sideAfter(List<Token> tokens, int start) {
        int end = start;
        for (Token t : tokens) {
            if (t.start() < end) {
                continue;
            }
            if (t.start() > end || !sideWord(t) || t.end() - start > 8) {
                break;
            }
            end = t.end();
        }
        return end;
    }

    /**
     * A word that may be part of a side's name. The segmenter cuts an unknown club's name into
     * pieces of any tag (新/a 北/f 国王, 新竹 攻城/vi 狮), so single characters count unless they
     * join clauses, and longer words unless they are function, number or time words or verbs
     * other than those it tags inside names, or words of the game.
     */
    private static boolean sideWord(Token t) {
        String w = t.word();
        if (!allHan(w) || ORG_BREAKERS.indexOf(w.charAt(0)) >= 0 || tagIn(t, "mqwpcu") || GAME_WORDS.contains(w)
                || SIDE_LEADS.contains(w) || SIDE_TAILS.contains(w) || TIME_WORD.matcher(w).find()) {
            return false;
        }
        return w.length() == 1 || !(tagIn(t, "rdtf") || tagIn(t, "v") && !t.tag().equals("vi") && !t.tag().equals("vn"));
    }

    /**
     * Takes {@code [from, end)} as a club when it is free and either a place and a name after it,
     * or, in a sentence about a game, a nickname of two to four characters (or, by a score, a
     * province or a city: 天津以3比1战胜江苏). Before a word only clubs have ({@code clubsOnly}) a
     * nickname HanLP takes for a person's name still counts.
     */
    private void side(String s, List<Token> tokens, List<Candidate> found, boolean[] taken, int from, int end,
                      boolean game, boolean clubsOnly) {
        if (end - from < 2 || found.stream().anyMatch(c -> c.type == EntityType.ORG && c.start < end && c.end > from
                && (c.start < from || c.end > end))) {
            return;
        }
        // 战胜热火: a listed club that is also a word is the side, whatever its words' tags
        for (Candidate c : found) {
            if (c.type == EntityType.ORG && c.tentative && c.start == from && c.end == end && game) {
                c.tentative = false;
                c.recurs = true;
                return;
            }
            // 替杰志镇定4:0的比数: a name found already is the side; the words after it are no part of it
            if (c.type == EntityType.ORG && !c.tentative && c.start == from && c.end < end) {
                return;
            }
        }
        int start = from;
        int place = 0;
        for (Candidate c : found) {
            if (c.type == EntityType.PLACE && c.start >= from && c.end <= end && (place == 0 || c.start < start)) {
                start = c.start;
                place = c.end - c.start;
            }
        }
        String name = s.substring(start, end);
        int first = start;
        boolean aPerson = tokens.stream().anyMatch(t -> t.start() >= first && t.end() <= end
                && PLAYERS.contains(t.word()));
        if (aPerson || nationalTeam(name) || dict.notOrgs.contains(name) || describesAKind(name)) {
            return;
        }
        boolean placeAndName = place > 0 && end - start - place >= 2 && !dict.places.contains(name);
        // 今季依重外援: a nickname holds no time (HanLP cut 今/季依重)
        boolean nickname = game && place == 0 && name.length() <= 4 && start == from && !TIME_WORD.matcher(name).find()
                && nicknameWords(tokens, start, end, clubsOnly);
        boolean region = game && place == end - start && CLUB_REGIONS.contains(name);
        // 东方以0:4不敌杰志: a club's short name that is mostly a word (东方, 南华) is the club as a side of a game
        boolean listedClub = game && start == from && dict.clubs.containsKey(name);
        if (!placeAndName && !nickname && !region && !listedClub) {
            return;
        }
        found.removeIf(c -> c.start >= first && c.end <= end);
        Candidate club = new Candidate(EntityType.ORG, start, end, false);
        club.recurs = true;
        found.add(club);
        mark(taken, start, end);
    }

    /**
     * Whether the words of {@code [start, end)} may be a club's nickname: no person's name
     * (郑钦文以2比0), no verb (但靠著37比26), not counted by a numeral before it (两位数45比31),
     * and ending in a noun, an adjective or a single character (勇士, 热火, 攻城/狮), not in a verb
     * (迎战排名第二的).
     */
    private static boolean nicknameWords(List<Token> tokens, int start, int end, boolean clubsOnly) {
        Token last = null;
        for (Token t : tokens) {
            // 拉开到两位数45比31: words right after a numeral count something
            if (t.end() == start && tagIn(t, "mq")) {
                return false;
            }
            if (t.start() >= start && t.end() <= end) {
                // 但靠著37比26: a verb is no part of a nickname (攻城/vi 狮 is a name HanLP does not know)
                if (t.tag().startsWith("nr") && !clubsOnly || t.tag().equals("v") || t.tag().equals("vg") || t.tag().equals("vf")) {
                    return false;
                }
                last = t;
            }
        }
        return last != null && (last.word().length() == 1 || tagIn(last, "na") && (clubsOnly || !last.tag().startsWith("nr")));
    }

    /**
     * Whether the token's part of speech is of one of the classes named by their first letters
     * ({@code "pcu"}: prepositions, conjunctions, particles), as HanLP's tags start.
     */
    private static boolean tagIn(Token t, String classes) {
        return !t.tag().isEmpty() && classes.indexOf(t.tag().charAt(0)) >= 0;
    }

    /** Whether a token ending exactly at {@code end} starts at token {@code k}: 投/顾 closes there, 银行业 does not. */
    private static boolean endsAToken(List<Token> tokens, int k, int end) {
        for (int j = k; j < tokens.size() && tokens.get(j).start() < end; j++) {
            if (tokens.get(j).end() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that may be part of a company's name: a rare word, or a single character that is no
     * function word, numeral or measure word (三家银行, 余位大学 name no company).
     */
    private boolean rareNameWord(Token t) {
        String w = t.word();
        if (tagIn(t, "pcurdtfmq") || CODE_LEADS.contains(w)) {
            return false;
        }
        if (w.length() == 1) {
            char c = w.charAt(0);
            return ORG_BREAKERS.indexOf(c) < 0 && NON_NAME_CHARS.indexOf(c) < 0;
        }
        if (tagIn(t, "v") || t.tag().equals("b") || GENERIC_LEADS.contains(w) || dict.places.contains(w)) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        return a == null || a.totalFrequency < RARE_WORD;
    }

    /**
     * Whether a name may start at {@code start}: at the sentence's start or after a mark, a
     * function word or a verb. After a place or another noun the name goes on further back
     * ({@code 洛阳轴承集团}, {@code 美国第一共和银行}), and that longer name is for the lists and the model.
     */
    private static boolean opensAName(List<Token> tokens, int start) {
        for (int j = tokens.size() - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.end() <= start) {
                if (t.end() < start) {
                    return true;
                }
                return tagIn(t, "wpcudvrfty") || !Character.isLetter(t.word().codePointAt(0));
            }
        }
        return true;
    }

    /** 全球科技公司, 美国车企: a place or a quantity word before a generic head describes, it does not name. */
    private boolean describesAKind(String name) {
        String rest = name;
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (int len = Math.min(4, rest.length() - 1); len >= 2; len--) {
                String lead = rest.substring(0, len);
                if (dict.places.contains(lead) || GENERIC_LEADS.contains(lead)) {
                    rest = rest.substring(len);
                    stripped = true;
                    break;
                }
            }
        }
        return (!rest.equals(name) || KIND_FIELD.matcher(name).lookingAt()) && GENERIC_KIND.matcher(rest).matches();
    }

    /** 18A生物科技公司: a letter right after a digit is part of a code (a listing chapter), no name's start. */
    private static boolean partOfACode(String s, int start) {
        return start > 0 && isLatinOrDigit(s.charAt(start)) && !Character.isDigit(s.charAt(start))
                && Character.isDigit(s.charAt(start - 1));
    }

    /** 18A生物科技公司 → 生物科技公司: the code a description starts with. */
    private static String stripCode(String name) {
        int i = 0;
        while (i < name.length() && isLatinOrDigit(name.charAt(i))) {
            i++;
        }
        return name.substring(i);
    }

    /** 财险公司, 科技公司: a field and a generic head alone, with no place or lead before them. */
    private static boolean isAKindOnly(String name) {
        return KIND_FIELD.matcher(name).lookingAt() && GENERIC_KIND.matcher(name).matches();
    }

    /**
     * Whether a word inside the span joins clauses or phrases (a conjunction, particle,
     * preposition, pronoun or adverb standing alone): 苹果和微软 is two names, while the 和 of
     * 中华人民共和国 sits inside a word and breaks nothing.
     */
    private static boolean joinsWords(List<Token> tokens, int start, int end) {
        for (Token t : tokens) {
            if (t.start() > start && t.end() < end && t.word().length() == 1
                    && ORG_BREAKERS.indexOf(t.word().charAt(0)) >= 0 && !t.tag().startsWith("n")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name starts and ends where HanLP's words do (北京大学生 holds no 北京大学), and it does not
     * end in a word for people (大学生, 教授): that is who, not which body.
     */
    private static boolean startsAndEndsWithWords(List<Token> tokens, int start, int end) {
        boolean starts = false;
        boolean ends = false;
        for (Token t : tokens) {
            starts |= t.start() == start;
            if (t.end() == end) {
                ends = !t.tag().startsWith("nnt") && !t.tag().startsWith("nr");
            }
        }
        return starts && ends;
    }

    /** 德国宝马集团: the country says where a listed company is from; the list's name stands. */
    private static boolean countryBeforeListedName(List<Candidate> found, int start, int end) {
        for (Candidate c : found) {
            if (c.type == EntityType.ORG && c.end == end && c.start > start) {
                int from = start;
                for (Candidate p : found) {
                    if (p.type == EntityType.PLACE && p.start == from && p.end <= c.start) {
                        from = p.end;
                    }
                }
                if (from == c.start) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 青岛海牛5-0深圳队, 悍将队罗力8局: a span with a figure in digits after its first word runs
     * past a name into a score or a count. A name may open with digits (58同城).
     */
    private static boolean holdsAFigure(List<Token> tokens, int start, int end) {
        for (Token t : tokens) {
            if (t.start() > start && t.end() <= end && t.tag().startsWith("m")
                    && t.word().chars().anyMatch(c -> c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }

    /** 死者是八十八岁广华医院的病人: a numeral and its classifier before a name are no part of it. */
    private static int pastALeadingFigure(List<Token> tokens, int start, int end) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() == start) {
                Token next = tokens.get(i + 1);
                return t.tag().equals("m") && next.tag().startsWith("q") && next.end() < end ? next.end() : start;
            }
        }
        return start;
    }

    /** 2023年3月31日特专科技公司: a span that begins inside a date or a figure is cut from it. */
    private static boolean startsInsideAFigure(List<Token> tokens, int start) {
        for (Token t : tokens) {
            if (t.start() < start && t.end() > start) {
                return t.tag().equals("m") || t.tag().equals("t") || t.tag().startsWith("q");
            }
        }
        return false;
    }

    /**
     * 生物科技公司, 未有收入生物科技公司: common words closed by a generic head describe a kind of
     * body; a name has a proper word in it (招商银行 is in the lists).
     */
    private boolean onlyCommonWords(List<Token> tokens, int start, int end) {
        Token last = null;
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
                if (isProperWord(t) || t.tag().startsWith("nt") || !allHan(t.word())) {
                    return false;
                }
                last = t;
            }
        }
        // HanLP cuts some descriptions as one institution word (中央政府/nis, 市政府/nis)
        return last != null && (GENERIC_HEAD_WORD.matcher(last.word()).matches()
                || last.tag().equals("nis") && GENERIC_HEAD_END.matcher(last.word()).find());
    }

    /** A name does not hold a conjunction or a pronoun, though one may start with 和 (和缘生物). */
    private static boolean joinsClauses(String s, int start, int end, List<Candidate> found) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (ORG_BREAKERS.indexOf(c) >= 0 && !(i == start && c == '和') && !inPlace(found, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether position {@code i} lies in a place found (六都地政局: the 都 of 六都 joins nothing). */
    private static boolean inPlace(List<Candidate> found, int i) {
        for (Candidate c : found) {
            if (c.type == EntityType.PLACE && c.start <= i && i < c.end) {
                return true;
            }
        }
        return false;
    }

    /** Whether the span overlaps only places or blocked words that lie strictly inside it (特区政府统计处). */
    private static boolean onlyPlacesWithin(List<Candidate> found, int start, int end) {
        for (Candidate c : found) {
            boolean inside = c.start >= start && c.end <= end && c.end - c.start < end - start;
            if (c.start < end && c.end > start && !(inside && (c.type == EntityType.PLACE || c.type == null))) {
                return false;
            }
        }
        return true;
    }

    /** QS世界大学排名, 中国大学榜: a name that goes on into 排名 or 榜 names a ranking, not a body. */
    private static boolean namesARanking(List<Token> tokens, int head) {
        if (head + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(head + 1).word();
        return next.startsWith("排名") || next.startsWith("排行") || next.startsWith("榜");
    }

    private static boolean coveredByPlaces(List<Candidate> found, Token t) {
        for (Candidate o : found) {
            if (o.start < t.end() && o.end > t.start() && !(o.type == EntityType.PLACE && o.start >= t.start() && o.end <= t.end())) {
                return false;
            }
        }
        return true;
    }

    /** A place followed only by common nouns and a generic head: 美国科技公司, 中国车企. */
    private boolean isGenericDescription(List<Token> tokens, int first, int head) {
        Token lead = tokens.get(first);
        if (!(lead.tag().startsWith("ns") || dict.places.contains(lead.word()))) {
            return false;
        }
        for (int j = first + 1; j < head; j++) {
            String tag = tokens.get(j).tag();
            if (!(tag.equals("n") || tag.equals("vn") || tag.equals("nnt") || tag.equals("gi"))) {
                return false;
            }
        }
        String word = tokens.get(head).word();
        return GENERIC_HEADS.contains(word) || head == first + 1 && word.length() <= 2 && !NAME_HEADS.contains(word);
    }

    private static boolean isNameWord(Token t) {
        String tag = t.tag();
        if (t.word().chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("j") || tag.equals("gi") || tag.equals("b");
    }

    private boolean isProperWord(Token t) {
        String tag = t.tag();
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("nz")
                || tag.equals("nx") || tag.equals("j") || dict.places.contains(t.word());
    }

    /**
     * 台湾职业篮球大联盟(TPBL)新竹御嵿攻城狮: a span that goes on past an abbreviation in brackets names
     * two bodies, one before the aside and one after it.
     */
    private static List<int[]> atAsides(String s, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int from = span[0];
            int open = s.indexOf('(', from);
            while (open >= 0 && open < span[1]) {
                int close = s.indexOf(')', open);
                if (close < 0 || close + 1 >= span[1]) {
                    break;
                }
                // 中国人寿保险(集团)公司: words in the brackets are part of the name
                if (!s.substring(open + 1, close).chars().allMatch(c -> c < 128)) {
                    open = s.indexOf('(', close);
                    continue;
                }
                out.add(new int[] {from, open});
                from = close + 1;
                open = s.indexOf('(', from);
            }
            out.add(new int[] {from, span[1]});
        }
        return out;
    }

    /**
     * Names the trained tagger proposes. The lists and frames have the last word: a span that
     * crosses a name they found, or lies inside one, is dropped; a span the lists call a place
     * or a non-organization is vetoed, and so is a description ({@code 全球科技公司}) or a
     * period ({@code 三季度}). A span may take in places and list names that lie wholly inside
     * it ({@code 北京} in {@code 北京市第一中级人民法院}); one that equals an ambiguous list name
     * ({@code 苹果}) confirms it.
     */
    private void modelPass(String s, List<Token> tokens, List<Candidate> found, boolean[] taken) {
        List<int[]> spans = tagger.spans(s, tokens);
        List<Integer> cuts = coordinators(s, spans);
        List<Token> words = cuts.isEmpty() ? tokens : cutAt(tokens, cuts, found, taken);
        for (int[] span : cutAt(atAsides(s, spans), cuts)) {
            if (holdsAFigure(words, span[0], span[1])) {
                for (int[] side : sidesOfAFigure(words, span[0], span[1])) {
                    propose(s, words, found, taken, side[0], side[1]);
                }
            } else {
                propose(s, words, found, taken, span[0], span[1]);
            }
        }
    }

    /**
     * Where a tagger span joins two names: {@code 长春亚泰和深圳新鹏城} is 长春亚泰 and 深圳新鹏城. A
     * conjunction followed by a place starts another name; inside one name a place does not
     * follow 和, 与 or 及 (中华人民共和国, 中国和平统一促进会).
     */
    private List<Integer> coordinators(String s, List<int[]> spans) {
        List<Integer> out = new ArrayList<>();
        for (int[] span : spans) {
            for (int i = span[0] + 1; i < span[1] - 2; i++) {
                if (COORDINATORS.indexOf(s.charAt(i)) >= 0 && placeAt(s, i + 1, span[1])) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static final String COORDINATORS = "和与及、";

    /** Whether a listed place of two to four characters starts at {@code i} and ends by {@code end}. */
    private boolean placeAt(String s, int i, int end) {
        for (int k = 2; k <= 4 && i + k <= end; k++) {
            if (dict.places.contains(s.substring(i, i + k))) {
                return true;
            }
        }
        return false;
    }

    /** The spans cut at the conjunctions, which belong to neither side. */
    private static List<int[]> cutAt(List<int[]> spans, List<Integer> cuts) {
        List<int[]> out = new ArrayList<>(spans.size() + cuts.size());
        for (int[] span : spans) {
            int from = span[0];
            for (int cut : cuts) {
                if (cut > span[0] && cut < span[1]) {
                    out.add(new int[]{from, cut});
                    from = cut + 1;
                }
            }
            out.add(new int[]{from, span[1]});
        }
        return out;
    }

    /**
     * The words with the conjunctions cut out of those the segmenter glued them into (亚/泰和 →
     * 亚/泰/和), and no place made of such a word: the names on either side then start and end
     * with words. What is left of a cut word keeps no tag (昌和/nr says nothing of 昌).
     */
    private static List<Token> cutAt(List<Token> tokens, List<Integer> cuts, List<Candidate> found, boolean[] taken) {
        List<Token> out = new ArrayList<>(tokens.size() + 2 * cuts.size());
        for (Token t : tokens) {
            int from = t.start();
            for (int cut : cuts) {
                if (cut >= t.start() && cut < t.end() && t.end() - t.start() > 1) {
                    if (cut > from) {
                        out.add(new Token(t.word().substring(from - t.start(), cut - t.start()), "x", from, cut));
                    }
                    out.add(new Token(t.word().substring(cut - t.start(), cut + 1 - t.start()), "c", cut, cut + 1));
                    from = cut + 1;
                    found.removeIf(c -> {
                        boolean glued = c.type == EntityType.PLACE && c.start == t.start() && c.end == t.end();
                        if (glued) {
                            java.util.Arrays.fill(taken, c.start, c.end, false);
                        }
                        return glued;
                    });
                }
            }
            out.add(from == t.start() ? t : new Token(t.word().substring(from - t.start()), "x", from, t.end()));
        }
        return out;
    }

    /** Verbs, prepositions, adverbs, conjunctions and particles: no name starts with one. */
    private static final Pattern LINKING_TAG = Pattern.compile("v.*|p|d|c|u.*");

    /**
     * The parts of a span on either side of its figures that end like a body: the two sides of
     * 青岛海牛5-0深圳队 (the second, 深圳队; the first the lists know), none of 悍将队罗力8局.
     */
    private static List<int[]> sidesOfAFigure(List<Token> tokens, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int from = -1;
        Token last = null;
        for (Token t : tokens) {
            if (t.start() < start || t.end() > end) {
                continue;
            }
            boolean figure = t.tag().startsWith("m") || t.tag().equals("w") || t.word().equals("比");
            if (figure) {
                if (from >= 0 && last != null && BODY_END_WORDS.contains(last.word())) {
                    out.add(new int[]{from, last.end()});
                }
                from = -1;
            } else if (from < 0) {
                // a side starts at its name, past the verb that follows a score (3-2逆转武汉队)
                if (LINKING_TAG.matcher(t.tag()).matches()) {
                    continue;
                }
                from = t.start();
            }
            last = figure ? null : t;
        }
        if (from >= 0 && last != null && BODY_END_WORDS.contains(last.word())) {
            out.add(new int[]{from, last.end()});
        }
        return out;
    }

    /** Weighs one span the tagger proposes against what the lists and frames found. */
    private void propose(String s, List<Token> tokens, List<Candidate> found, boolean[] taken, int spanStart, int spanEnd) {
        int start = spanStart;
        int end = spanEnd;
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        start = pastALeadingFigure(tokens, start, end);
        Matcher meeting = MEETING_END.matcher(s.substring(start, end));
        if (meeting.find()) {
            end = start + meeting.start();
        }
        if (end - start < 2) {
            return;
        }
        String name = s.substring(start, end);
        if (dict.notOrgs.contains(name) || dict.places.contains(name) || joinsWords(tokens, start, end)
                || describesAKind(name) || TIME_WORD.matcher(name).find()
                || ANAPHOR_START.indexOf(name.charAt(0)) >= 0 || GENERIC_KIND.matcher(name).matches()
                || FACILITY.matcher(name).find() || startsInsideAFigure(tokens, start)
                || onlyCommonWords(tokens, start, end) || RANKING_AFTER.matcher(s.substring(end)).find()) {
            return;
        }
        if (!startsAndEndsWithWords(tokens, start, end) || countryBeforeListedName(found, start, end)) {
            return;
        }
        boolean blocked = false;
        Candidate same = null;
        for (Candidate c : found) {
            if (c.start >= end || c.end <= start) {
                continue;
            }
            if (c.start == start && c.end == end) {
                same = c;
            } else if (!(c.start >= start && c.end <= end) || c.type == null && c.start == start && c.end == end) {
                blocked = true;
            }
        }
        if (same != null) {
            if (same.type == EntityType.ORG) {
                same.tentative = false;
            }
            return;
        }
        if (blocked || goesOnPastAName(found, tokens, start, end) || describesAName(found, tokens, start, end)) {
            return;
        }
        int from = start;
        int to = end;
        found.removeIf(c -> c.start >= from && c.end <= to);
        found.add(new Candidate(EntityType.ORG, start, end, false));
        mark(taken, start, end);
    }

    /**
     * Whether a tagger span takes in an organization found before and goes on past it without
     * ending like a body, a unit of one or a company ({@code 中国人寿财险}, a company of the
     * listed group): {@code 国家统计局城市司} is a name, {@code 台积电第三季毛利率} is the
     * organization and then words about it.
     */
    private static boolean goesOnPastAName(List<Candidate> found, List<Token> tokens, int start, int end) {
        boolean past = false;
        for (Candidate c : found) {
            if (c.type == EntityType.ORG && c.start >= start && c.end < end) {
                past = true;
                break;
            }
        }
        if (!past) {
            return false;
        }
        for (Candidate c : found) {
            if (c.type == EntityType.ORG && c.end == end && c.start > start && endsLikeAUnit(tokens, end)) {
                return false; // 卫生署卫生防护中心: a body's unit, named by both of their listed names
            }
        }
        for (Token t : tokens) {
            if (t.end() == end) {
                return !(BODY_END_WORDS.contains(t.word()) || COMPANY_SUFFIXES.contains(t.word())
                        || UNIT_END_CHARS.indexOf(t.word().charAt(t.word().length() - 1)) >= 0);
            }
        }
        return true;
    }

    /** Whether the word ending at {@code end} ends like a unit of a body (…中心, …司, …处), not a brand (央视). */
    private static boolean endsLikeAUnit(List<Token> tokens, int end) {
        for (Token t : tokens) {
            if (t.end() == end) {
                String w = t.word();
                return UNIT_END_CHARS.indexOf(w.charAt(w.length() - 1)) >= 0 || BODY_END_WORDS.stream().anyMatch(w::endsWith);
            }
        }
        return false;
    }

    /**
     * Whether a tagger span says what a name found by the lists is instead of naming it: it ends
     * in a generic head right before that name ({@code 晶圆代工龙头厂} + 台积电) or takes the name in
     * after such a head ({@code 大厂南亚科}).
     */
    private static boolean describesAName(List<Candidate> found, List<Token> tokens, int start, int end) {
        for (Candidate c : found) {
            if (c.type != EntityType.ORG || c.tentative || c.start < start || c.start > end || c.start == start) {
                continue;
            }
            for (Token t : tokens) {
                if (t.end() == c.start && t.start() >= start && GENERIC_HEAD_WORD.matcher(t.word()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Grows organizations by the congress or session after them and the term before them. */
    private static void extendSessions(String s, List<Candidate> found, boolean[] taken) {
        for (Candidate c : List.copyOf(found)) {
            if (c.type != EntityType.ORG || c.tentative) {
                continue;
            }
            Matcher after = SESSION_AFTER.matcher(s.substring(c.end));
            if (after.find() && absorbable(found, c, c.end + after.end())) {
                absorb(found, c, c.end + after.end(), taken);
            }
            Matcher before = TERM_BEFORE.matcher(s.substring(Math.max(0, c.start - 4), c.start));
            if (before.find() && !taken(taken, c.start - (before.end() - before.start()), c.start)) {
                int start = c.start - (before.end() - before.start());
                Candidate grown = new Candidate(EntityType.ORG, start, c.end, false);
                found.remove(c);
                found.add(grown);
                mark(taken, start, c.end);
            }
        }
    }

    /** HanLP's own nt/ns/nr words, each kept only when its shape confirms it. */
    private void taggedPass(List<Token> tokens, List<Candidate> found, boolean[] taken) {
        for (Token t : tokens) {
            if (taken(taken, t.start(), t.end())) {
                continue;
            }
            String w = t.word();
            String tag = t.tag();
            EntityType type = null;
            if (tag.startsWith("nt") && isOrgWord(w)) {
                type = EntityType.ORG;
            } else if (tag.startsWith("ns") && w.length() >= 2 && allHan(w) && !dict.notOrgs.contains(w)) {
                type = EntityType.PLACE;
            } else if (tag.startsWith("nr") && isPersonName(w, tag)) {
                type = EntityType.PERSON;
            }
            if (type != null) {
                found.add(new Candidate(type, t.start(), t.end(), false));
                mark(taken, t.start(), t.end());
            }
        }
    }

    private boolean isOrgWord(String w) {
        return w.length() >= 3 && allHan(w) && NT_SUFFIX.matcher(w).matches() && !hasNonNameChar(w, 0)
                && !dict.notOrgs.contains(w);
    }

    private boolean isPersonName(String w, String tag) {
        if (!allHan(w.replace("·", "")) || dict.places.contains(w) || dict.notOrgs.contains(w)
                || dict.names.contains(w, NameTrie.Kind.ORG)) {
            return false;
        }
        if (tag.equals("nrf") || tag.equals("nrj")) {
            return w.length() >= 2 && !hasNonNameChar(w, 0);
        }
        if (w.length() < 2 || w.length() > 4) {
            return false;
        }
        int surname = w.length() >= 3 && dict.surnames.contains(w.substring(0, 2)) ? 2
                : dict.surnames.contains(w.substring(0, 1)) ? 1 : 0;
        return surname > 0 && w.length() - surname <= 2 && !hasNonNameChar(w, surname)
                && !TITLES.contains(w.substring(surname)) && !isWordNotName(w, 0)
                && !isWordNotName(w.substring(surname), FREQUENT_WORD);
    }

    /**
     * HanLP's role tagger glues a surname-like character to an ordinary word (占全国, 向社会,
     * 时长, 车企). Such a token, or its given-name part when that is a frequent word, is a
     * dictionary word that the dictionary never tags as a name; real given names that are
     * also words (建国) are rarer than that threshold.
     */
    private static boolean isWordNotName(String w, int minFrequency) {
        if (w.length() < 2) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null || a.totalFrequency < minFrequency) {
            return false;
        }
        for (Nature nature : a.nature) {
            if (nature.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonNameChar(String w, int from) {
        for (int i = from; i < w.length(); i++) {
            if (NON_NAME_CHARS.indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ambiguous name (苹果, 大众) counts when a country names its home (德国大众) or when it is
     * listed together with a confirmed organization (谷歌、微软、苹果).
     */
    private static void confirmAmbiguous(String s, List<Candidate> found) {
        found.sort(Comparator.comparingInt(c -> c.start));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < found.size(); i++) {
                Candidate c = found.get(i);
                if (c.type != EntityType.ORG || !c.tentative) {
                    continue;
                }
                Candidate prev = i > 0 ? found.get(i - 1) : null;
                Candidate next = i + 1 < found.size() ? found.get(i + 1) : null;
                boolean home = prev != null && prev.type == EntityType.PLACE && prev.end == c.start && !c.club;
                boolean listed = coordinated(s, prev, c) || coordinated(s, c, next);
                String after = s.substring(c.end, Math.min(s.length(), c.end + 16));
                boolean business = COMPANY_CONTEXT.matcher(after).find() || AGENCY_CONTEXT.matcher(after).find();
                // 美联邓国伟称: a person who speaks right after the name speaks for it
                boolean speaker = next != null && next.type == EntityType.PERSON && next.start == c.end
                        && SPEAKS_AFTER.matcher(s.substring(next.end, Math.min(s.length(), next.end + 4))).find();
                // 统计局:今年夏粮增产…: a headline that opens with the name and a colon quotes it
                boolean quoted = after.startsWith(":") && s.substring(0, c.start).chars().noneMatch(Character::isLetterOrDigit);
                if (home || listed || business || speaker || quoted) {
                    c.tentative = false;
                    changed = true;
                }
            }
        }
    }

    /**
     * 外资买超华邦电、力积电、宏碁、玉山金及国泰金: in a list of short items split by {@code 、} where
     * two or more items are organizations and no fewer are organizations than persons, the items that
     * nothing recognized (or HanLP took for persons) are organizations of the same kind. An item is
     * a whole word run between the marks, of two to six characters, and no common word.
     */
    private void listPass(String s, List<Token> tokens, List<Candidate> found, boolean[] taken) {
        if (s.indexOf('、') < 0) {
            return;
        }
        int k = 0;
        while (k < tokens.size()) {
            List<int[]> items = new ArrayList<>();
            int[] first = itemBefore(tokens, k);
            if (first == null) {
                k++;
                continue;
            }
            items.add(first);
            int j = first[1];
            // j indexes the token after the item; go on while a mark and another item follow
            while (j < tokens.size() && isListMark(tokens.get(j)) && j + 1 < tokens.size()) {
                int[] next = itemAfter(tokens, j + 1);
                if (next == null) {
                    break;
                }
                items.add(next);
                j = next[1];
            }
            if (items.size() < 3 || tokens.subList(first[1], j).stream().noneMatch(t -> t.word().equals("、"))) {
                k = Math.max(k + 1, first[1]);
                continue;
            }
            classifyItems(s, tokens, items, found, taken);
            k = j;
        }
    }

    /** The item (token range [from, to)) that ends right before a list mark at token {@code k}, or null. */
    private static int[] itemBefore(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).word().equals("、")) {
            return null;
        }
        int from = k;
        int chars = 0;
        while (from > 0 && isItemWord(tokens.get(from - 1)) && chars + tokens.get(from - 1).word().length() <= MAX_ITEM) {
            chars += tokens.get(from - 1).word().length();
            from--;
            if (!tokens.get(from).tag().startsWith("n") && !tokens.get(from).tag().equals("j") && chars >= 2) {
                break;
            }
        }
        return from == k ? null : new int[]{from, k};
    }

    /** The item that starts at token {@code k}, up to a word that cannot stand in a name, or null. */
    private static int[] itemAfter(List<Token> tokens, int k) {
        int to = k;
        int chars = 0;
        while (to < tokens.size() && isItemWord(tokens.get(to)) && chars + tokens.get(to).word().length() <= MAX_ITEM) {
            chars += tokens.get(to).word().length();
            to++;
        }
        return to == k ? null : new int[]{k, to};
    }

    private static final int MAX_ITEM = 6;

    private static boolean isListMark(Token t) {
        String w = t.word();
        return w.equals("、") || (w.equals("和") || w.equals("及") || w.equals("与") || w.equals("以及")) && t.tag().startsWith("c");
    }

    private static boolean isItemWord(Token t) {
        String tag = t.tag();
        if (tag.startsWith("w") || tag.startsWith("u") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("d")
                || tag.startsWith("m") || tag.startsWith("q") || tag.startsWith("t") || tag.startsWith("f") || tag.startsWith("r")
                || tag.startsWith("v") && t.word().length() > 1 || tag.equals("vshi") || tag.equals("vyou")) {
            return false;
        }
        return t.word().codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp < 128 && Character.isLetterOrDigit(cp));
    }

    private void classifyItems(String s, List<Token> tokens, List<int[]> items, List<Candidate> found, boolean[] taken) {
        int listStart = tokens.get(items.get(0)[0]).start();
        int listEnd = tokens.get(items.get(items.size() - 1)[1] - 1).end();
        // 10家公司出现亏损,包括汤姆猫、电魂网络…; 游族网络、天娱数科、星辉娱乐等净利润增幅: a list that a
        // word of companies introduces, or that 等 and a company's figure close, is of companies
        // even where the lists know one of its items or none
        boolean introduced = COMPANIES_LISTED.matcher(s.substring(Math.max(0, listStart - 16), listStart)).find();
        boolean closed = listEnd < s.length() && s.charAt(listEnd) == '等'
                && COMPANY_CONTEXT.matcher(s.substring(listEnd + 1, Math.min(s.length(), listEnd + 17))).find();
        int orgs = 0;
        int persons = 0;
        List<int[]> open = new ArrayList<>();
        for (int[] item : items) {
            int start = tokens.get(item[0]).start();
            int end = tokens.get(item[1] - 1).end();
            Candidate covering = null;
            boolean other = false;
            for (Candidate c : found) {
                if (c.start < end && c.end > start) {
                    if (c.type == EntityType.ORG && !c.tentative && c.end >= end - 1 && c.end <= end) {
                        // 超 + 鸿海: the item ends with the organization
                        covering = c;
                    } else if (c.type == EntityType.PERSON && c.start == start && c.end == end) {
                        persons++;
                        open.add(new int[]{start, end});
                        other = true;
                    } else if (c.type == EntityType.PLACE && c.end - c.start < end - start) {
                        // 南亚 + 科: a place at the start of a short name is part of it
                        continue;
                    } else {
                        other = true;
                    }
                }
            }
            if (covering != null) {
                orgs++;
            } else if (!other) {
                open.add(new int[]{start, end});
            }
        }
        boolean ofCompanies = persons == 0 && (introduced || orgs >= 1 && closed);
        if ((orgs < 2 || orgs < persons) && !ofCompanies) {
            return;
        }
        for (int[] o : open) {
            String name = s.substring(o[0], o[1]);
            if (name.length() < 2 || isCommonWord(name) || dict.places.contains(name) || dict.notOrgs.contains(name)
                    || TIME_WORD.matcher(name).find()) {
                continue;
            }
            found.removeIf(c -> c.start >= o[0] && c.end <= o[1]);
            found.add(new Candidate(EntityType.ORG, o[0], o[1], false));
            mark(taken, o[0], o[1]);
        }
    }

    /** A word of companies, then what they did, then 包括/如 right before a list: 10家公司出现亏损,包括… */
    private static final Pattern COMPANIES_LISTED = Pattern.compile(
            "(?:公司|企业|上市公司|厂商|车企|券商|银行|医院|院校|学校|大学|航空公司|酒店)[^。;!?]{0,10}?(?:包括|包含|例如|比如|如)$");

    private static boolean coordinated(String s, Candidate a, Candidate b) {
        if (a == null || b == null || a.type != EntityType.ORG || b.type != EntityType.ORG) {
            return false;
        }
        Candidate other = a.tentative ? b : a;
        if (other.tentative || a.end > b.start) {
            return false;
        }
        return COORDINATION.matcher(s.substring(a.end, b.start)).matches();
    }

    private static int tokenAt(List<Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allHan(String w) {
        return !w.isEmpty() && w.codePoints().allMatch(EntityRecognizer::isHan);
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean taken(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
