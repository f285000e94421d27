package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.models.ModelFile;
import io.zhclaims.quantity.Kind;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import java.util.HashSet;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Searches one point-in-time view of the claim index. Thread-safe; close it when done (an
 * export stream reads from it until it is consumed).
 *
 * <p>Ranking: every space-separated keyword is looked up as HanLP words and as CJK bigrams
 * (the whole keyword as a phrase of bigrams, and its single bigrams for partial matches) in
 * the sentence, the mention's clause, the subject, the organizations with their aliases and
 * the mention itself; the scores add up, the clause, subject and mention counting more than
 * the sentence, so of several figures in one sentence the one the keywords describe comes
 * first. A keyword that contains an organization name also matches that organization's other
 * names. Ties go to document order.
 */
public final class ClaimSearcher implements Closeable {
    private static final int PAGE = 500;
    private static final int FACET_TOP = 50;
    private static final List<String> FACET_DIMS = List.of(ClaimFields.FACET_KIND, ClaimFields.FACET_YEAR,
            ClaimFields.FACET_ORG, ClaimFields.FACET_UNIT, ClaimFields.FACET_QUALIFIER);
    private static final int LONGEST_ORG_NAME = 24;
    /** Lucene's default maxClauseCount is 1024; the filters and wrappers need a few of them. */
    private static final int MAX_CLAUSES = 900;
    private static final int MAX_TERM = 40;
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            ClaimFields.SENTENCE, 1.0f,
            ClaimFields.CLAUSE, 1.5f,
            ClaimFields.SUBJECT, 2.0f,
            ClaimFields.ORGS, 1.5f,
            ClaimFields.MENTION, 2.0f,
            ClaimFields.NEAR, 1.5f,
            ClaimFields.TITLE, 0.5f);
    /** A query word that names a year; claims about that year rank above mere mentions of it. */
    private static final Pattern YEAR_WORD = Pattern.compile("(1[89]\\d\\d|20\\d\\d)年?");
    /** A year of the Republic of China as Taiwan writes it (113年, 民国99年): 1911 years on. */
    private static final Pattern ROC_YEAR = Pattern.compile("民国(\\d{2,3})年|(1[0-4]\\d)年");
    /** A year opening a longer query word (2023年半年度, 113年1月). */
    private static final Pattern LEADING_YEAR = Pattern.compile("((?:1[89]\\d\\d|20\\d\\d)年|(?:民国\\d{2,3}|1[0-4]\\d)年).+");
    private static final float YEAR_BOOST = 3f;
    private static final Map<String, Kind> KIND_WORDS = MeasureWords.kindTable("index/kind-words.txt");
    /** Below a text match: the kind only stands in for a word the sentence does not write. */
    private static final float KIND_BOOST = 0.5f;
    /** A single bigram of a keyword: it only tells near misses apart. */
    private static final float PARTIAL_BOOST = 0.5f;
    /** A word found only elsewhere in the claim's article, as a constant score. */
    private static final float ARTICLE_BOOST = 1f;
    /** A word in more articles than this names no topic; it must be the claim's own. */
    private static final int MAX_TOPIC_ARTICLES = 2000;
    /** How many of the best hits are reordered by where the words stand (pages beyond keep the index order). */
    static final int RERANK_DEPTH = 20;
    /**
     * With fewer claims than this that say every query word themselves, words may stand
     * elsewhere in a claim's article (the search runs again so). Most queries on a large index
     * have enough own matches and skip the article lookups.
     */
    static final int TOPIC_BELOW = 20;
    /** How much a query whose every word stands right before the figure gains, at most. */
    private static final double PROXIMITY_WEIGHT = 2.0;
    /** Characters at which a word's pull on a figure has halved. */
    private static final double NEAR_CHARS = 6;
    /** What a clause boundary between a word and the figure counts as, in characters. */
    private static final double CLAUSE_GAP = 6;
    /** What a semicolon or full stop between a word and the figure counts as, in characters. */
    private static final double SENTENCE_GAP = 24;
    /** The least a word in the figure's own clause before it counts (1 is right before it). */
    private static final double SAME_CLAUSE = 0.5;
    /** The least a word before the figure counts with one comma between (自然科选考人数百分比则最少,今年为65.13%). */
    private static final double SAME_PART = 0.28;
    /** What a word of the figure's bound subject counts, at least. */
    private static final double SUBJECT_CREDIT = 0.75;
    /** What the words of a query word count where the whole word does not stand, at most. */
    private static final double PART_CREDIT = 0.8;
    /**
     * What the words of a query word count, against {@link #PART_CREDIT}, where another hit's
     * sentence writes the whole word (五星级酒店入住率 beside 酒店及公寓的平均入住率): the page may
     * write it whole for one figure and apart for the one asked for.
     */
    private static final double WRITTEN_ELSEWHERE = 0.5;
    /** The least a word anywhere in the figure's sentence counts. */
    private static final double IN_SENTENCE = 0.2;
    /** A word after the figure counts as if this many characters further, and each character twice. */
    private static final double AFTER_GAP = 4;
    /** A claim of the kind a query word asks for ({@code 占比}: a percent). */
    private static final double KIND_FACTOR = 1.2;
    /** What a kind word the sentences write weighs beside the other words of a query, in where its figure stands. */
    private static final double KIND_WORD_WEIGHT = 0.5;
    /** A figure bound to the query's year, against one bound to no year. */
    private static final double YEAR_FACTOR = 1.25;
    /** A change (增长 5%) for a query without a change word, or a level for one with: ranked this much lower. */
    private static final double TREND_FACTOR = 1.25;
    /** A level for a query that writes a change word (增长, 同比): it asked for the change outright. */
    private static final double CHANGE_ASKED_FACTOR = 1.5;
    /** A date or a threshold the query states, or a figure of another year than the query's: ranked this much lower. */
    private static final double QUALIFIER_FACTOR = 2.0;
    /** A figure whose own sentence does not name the query's organization (its article does): ranked this much lower. */
    private static final double ORG_FACTOR = 1.5;
    /** A month a query names (11月营收, 3月份). */
    private static final Pattern QUERY_MONTH = Pattern.compile("(?<![0-9年])(1[0-2]|[1-9])\\s*月");
    /** A month written before a figure in its clause (11月份营收3436亿元), not a base it is compared with (比3月份). */
    private static final Pattern MONTH_IN_TEXT = Pattern.compile("(?<![0-9.比较])(1[0-2]|[1-9])\\s*月(?!\\s*[0-9])");
    /** Words that ask for an amount per unit (每股, EPS, 单价, 每公斤, 呎价). */
    private static final Pattern PER_UNIT_WORDS = Pattern.compile("每|eps|价|股息|股利|分红|派息|派现|/");
    private static final Set<String> TREND_WORDS = trendWords();
    /** A bound word and 的 right after a figure: it bounds the class of what follows. */
    private static final Pattern CLASS_BOUND = Pattern.compile("(?:及|或)?(?:以上|以下|以内)的");
    /** Units of a span of the calendar (三年, 18个月, 两个季度), against measured times (小时, 分, 秒). */
    private static final Set<String> CALENDAR_UNITS = Set.of("年", "月", "个月", "季", "季度", "周", "星期", "天", "日");
    private static final List<String> AGE_WORDS = ModelFile.lines("index/age-words.txt").stream()
            .map(l -> l.text().strip()).toList();
    private static final Query CLAIMS = new TermQuery(new Term(ClaimFields.TYPE, ClaimFields.TYPE_CLAIM));
    private static final SortField DOC_ORDER =
            KeywordField.newSortField(ClaimFields.DOC, false, SortedSetSelector.Type.MIN);
    private static final SortField OFFSET_ORDER = new SortField(ClaimFields.OFFSET, SortField.Type.LONG);
    private static final SortField START_ORDER = new SortField(ClaimFields.START, SortField.Type.LONG);
    private static final Sort BY_POSITION = new Sort(DOC_ORDER, OFFSET_ORDER, START_ORDER);
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, DOC_ORDER, OFFSET_ORDER, START_ORDER);

    private final DirectoryReader reader;
    private final Directory ownedDirectory;
    private final IndexSearcher searcher;
    private final ClaimAnalysis analysis;
    private SortedSetDocValuesReaderState facetState;
    private boolean facetStateLoaded;
    private ShortNames shortNames;

    ClaimSearcher(DirectoryReader reader, ClaimAnalysis analysis) {
        this(reader, null, analysis);
    }

    private ClaimSearcher(DirectoryReader reader, Directory ownedDirectory, ClaimAnalysis analysis) {
        this.reader = reader;
        this.ownedDirectory = ownedDirectory;
        this.searcher = new IndexSearcher(reader);
        this.analysis = analysis;
    }

    /** Opens the last commit of the index at {@code dir}. */
    public static ClaimSearcher open(Path dir, ClaimAnalysis analysis) throws IOException {
        // Opening a folder creates it; a search must leave no empty index behind.
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new IndexProblem(IndexProblem.missing(dir));
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexProblem(IndexProblem.missing(dir));
            }
            return new ClaimSearcher(DirectoryReader.open(directory), directory, analysis);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw IndexProblem.of(dir, e);
        }
    }

    /**
     * The claims ranked {@code q.offset()} to {@code q.offset() + q.limit()} in the query's
     * order (relevance, or document order when the query has no words), the number of
     * matches and, when asked, facet counts over all matches.
     *
     * @throws QuerySyntax.QuerySyntaxException when the text cannot be read or has no
     *                                          searchable word (only punctuation)
     */
    public SearchResult search(ClaimQuery q) throws IOException {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(q.text());
        SearchResult own = search(q, parsed, query(q, parsed, false, false));
        if (own.total() >= TOPIC_BELOW || !parsed.ranks()) {
            return own;
        }
        // Few claims say every word themselves: let words stand elsewhere in their articles.
        SearchResult topics = search(q, parsed, query(q, parsed, true, false));
        // None holds every word: the claims that hold all words but one, rather than nothing.
        if (topics.total() > 0 || !relaxable(parsed)) {
            return topics;
        }
        SearchResult some = search(q, parsed, query(q, parsed, true, true));
        return new SearchResult(some.hits(), some.total(), some.facets(), false);
    }

    /** Whether the query has words enough that all but one still say something. */
    private static boolean relaxable(QuerySyntax.Parsed parsed) {
        return parsed.terms().stream().filter(t -> t.occur() == QuerySyntax.Occur.WORD).distinct().count() >= 2;
    }

    private SearchResult search(ClaimQuery q, QuerySyntax.Parsed parsed, Query query) throws IOException {
        boolean scored = parsed.ranks();
        Sort sort = sort(q.sort(), scored);
        boolean rerank = scored && q.sort() == ClaimQuery.Order.RELEVANCE;
        int n = rerank ? Math.max(q.offset() + q.limit(), RERANK_DEPTH) : q.offset() + q.limit();
        TopDocs top;
        Map<String, List<FacetCount>> facets = Map.of();
        long total;
        if (q.facets()) {
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(
                    searcher, query, n, sort, scored, new FacetsCollectorManager());
            top = r.topDocs();
            facets = facets(r);
            // The facet collector saw every match: no second pass to count them.
            total = r.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        } else {
            // Every match counted in the same pass: no second search to count them.
            top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE, false));
            if (scored) {
                TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
            }
            total = top.totalHits.value;
        }
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(q.limit());
        if (rerank) {
            List<Hit> ranked = rerank(stored, top.scoreDocs, parsed);
            int to = Math.min(ranked.size(), q.offset() + q.limit());
            return new SearchResult(q.offset() >= to ? List.of() : List.copyOf(ranked.subList(q.offset(), to)), total, facets);
        }
        for (int i = q.offset(); i < Math.min(top.scoreDocs.length, q.offset() + q.limit()); i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(new Hit(claim(stored, sd.doc), scored ? sd.score : 0f));
        }
        return new SearchResult(hits, total, facets);
    }

    /**
     * The best {@link #RERANK_DEPTH} hits reordered by where the query's words stand in the
     * sentence: a word right before the figure, in its own clause, describes it; a word after
     * it, or beyond a comma or semicolon, less so. The index scores say which sentences talk
     * about the query; this says which of their figures the query asks for. A query word that
     * asks for a kind of figure ({@code 占比}, {@code 人数}) favours claims of that kind.
     */
    private List<Hit> rerank(StoredFields stored, ScoreDoc[] docs, QuerySyntax.Parsed parsed) throws IOException {
        List<String> words = new ArrayList<>();
        Set<Kind> kinds = new HashSet<>();
        List<String> kindWords = new ArrayList<>();
        for (QuerySyntax.Term t : parsed.terms()) {
            if (t.occur() == QuerySyntax.Occur.EXCLUDED) {
                continue;
            }
            String w = analysis.normalizeQuery(t.text()).toLowerCase(java.util.Locale.ROOT);
            Kind kind = KIND_WORDS.get(w);
            if (kind != null) {
                kinds.add(kind);
                kindWords.add(w);
            } else if (!w.isBlank()) {
                words.add(w);
            }
        }
        // 同比上涨, 比前一周上涨, 较上月: a change word inside a longer query word asks for a change too.
        boolean change = words.stream().anyMatch(ClaimSearcher::asksForChange);
        boolean asksAge = words.stream().anyMatch(w -> AGE_WORDS.stream().anyMatch(w::contains));
        // A measure's name (失业率, 净利润, 报名人数) says the kind of its level; a query asking
        // for a change (增长) asks for a figure of another kind, usually a percent.
        Set<Kind> named = new HashSet<>();
        if (!change) {
            words.forEach(w -> named.addAll(MeasureWords.kinds(w)));
        }
        Set<Integer> years = new HashSet<>();
        List<String> orgWords = new ArrayList<>();
        for (String w : words) {
            Integer year = year(w);
            Matcher leading = LEADING_YEAR.matcher(w);
            if (year != null) {
                years.add(year);
            } else if (leading.matches()) {
                // 113年1月 dates the figure as a year word does.
                years.add(year(leading.group(1)));
            } else if (strict(w)) {
                orgWords.add(w);
            }
        }
        Set<Integer> months = new HashSet<>();
        for (String w : words) {
            Matcher m = QUERY_MONTH.matcher(w);
            if (m.find()) {
                months.add(Integer.parseInt(m.group(1)));
            }
        }
        boolean perUnitAsked = words.stream().anyMatch(w -> PER_UNIT_WORDS.matcher(w).find());
        // A word stands in the sentence as written or by another of its names (工行: 工商银行).
        List<List<String>> forms = new ArrayList<>();
        for (String w : words) {
            List<String> f = new ArrayList<>();
            f.add(w);
            aliasesWithin(w).forEach(a -> f.add(a.toLowerCase(java.util.Locale.ROOT)));
            forms.add(f);
        }
        // The words of a longer query word, each counting for its share of the word's characters
        // where the whole does not stand (旅馆客房数: 客房 right after 19万8853间).
        List<List<String>> parts = new ArrayList<>();
        for (String w : words) {
            parts.add(partsOf(w));
        }
        double[] partCredit = new double[words.size() + kindWords.size()];
        java.util.Arrays.fill(partCredit, PART_CREDIT);
        List<String> placed = new ArrayList<>(words);
        List<Claim> claims = new ArrayList<>(docs.length);
        List<String> leads = new ArrayList<>(docs.length);
        // The index scores say which sentences talk about the query: each figure of a sentence
        // starts from its sentence's best score, and where the words stand decides among them.
        Map<String, Float> sentenceScores = new HashMap<>();
        for (ScoreDoc sd : docs) {
            org.apache.lucene.document.Document d = stored.document(sd.doc, Set.of(ClaimFields.JSON, ClaimFields.LEAD));
            Claim c = ClaimJson.fromJson(d.get(ClaimFields.JSON));
            claims.add(c);
            leads.add(d.get(ClaimFields.LEAD));
            sentenceScores.merge(sentenceKey(c), sd.score, Math::max);
        }
        // The words of a query word stand in for it fully only where no hit's sentence writes it
        // whole (旅馆客房数: 客房); beside a sentence that says it whole they count less.
        for (int k = 0; k < forms.size(); k++) {
            List<String> f = forms.get(k);
            if (claims.stream().anyMatch(c -> c.sentence() != null
                    && f.stream().anyMatch(c.sentence().toLowerCase(java.util.Locale.ROOT)::contains))) {
                partCredit[k] = PART_CREDIT * WRITTEN_ELSEWHERE;
            }
        }
        // A kind word a hit's sentence writes (同比增速分别为13.9%和6.5%), or another word of its
        // kind (占比: 百分比), also says where its figure stands; one no sentence writes only asks
        // for the kind.
        for (String w : kindWords) {
            List<String> sameKind = KIND_WORDS.entrySet().stream()
                    .filter(e -> e.getValue() == KIND_WORDS.get(w)).map(Map.Entry::getKey).toList();
            if (claims.stream().anyMatch(c -> c.sentence() != null
                    && sameKind.stream().anyMatch(c.sentence().toLowerCase(java.util.Locale.ROOT)::contains))) {
                placed.add(w);
                forms.add(sameKind);
                parts.add(List.of());
            }
        }
        double[] weights = new double[placed.size()];
        for (int i = 0; i < weights.length; i++) {
            // A kind word is said of many figures: what is measured (自然科, 英达财险) weighs more.
            weights[i] = rarity(placed.get(i)) * (i < words.size() ? 1 : KIND_WORD_WEIGHT);
        }
        List<Hit> out = new ArrayList<>(docs.length);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            double factor = 1 + PROXIMITY_WEIGHT * proximity(c, leads.get(i), forms, parts, partCredit, weights);
            if (kinds.contains(c.kind()) || named.contains(c.kind())) {
                factor *= KIND_FACTOR;
            }
            if ((c.trend() != null && !reached(c)) != change) {
                factor /= change ? CHANGE_ASKED_FACTOR : TREND_FACTOR;
            } else if (!change && left(c)) {
                // 由176元调升至183元: the level asked for is the one reached, not the one left.
                factor /= QUALIFIER_FACTOR;
            }
            if ((c.kind() == Kind.YEAR || c.kind() == Kind.DATE) && !kinds.contains(c.kind())) {
                // A year or a day in a query dates the figure it asks for; the date is not the answer.
                factor /= QUALIFIER_FACTOR;
            } else if (MeasureWords.bound(c.mention(), words) || classBound(c)) {
                // 1000万人次以上: the query states this figure as a threshold of what it asks for;
                // 20篮板以上的好手: the sentence uses it as one, to say who or what it counts.
                factor /= QUALIFIER_FACTOR;
            } else if (span(c) && writes(words, c.mention())) {
                // 两年平均增长, 2023年半年度, 16-24岁: a span the query writes frames the figure it asks for.
                factor /= QUALIFIER_FACTOR;
            } else if (inside(words, c.mention())) {
                // 六科全考, 5科5**: a figure opening a longer query word names what is counted.
                factor /= QUALIFIER_FACTOR;
            } else if (calendarSpan(c) && !kinds.contains(Kind.DURATION) && !named.contains(Kind.DURATION)) {
                // 三年获批, 18个月来: a span of the calendar the query does not ask for dates what it
                // asks for (a time in minutes and seconds, 1分44秒91, is a result).
                factor /= TREND_FACTOR;
            } else if (age(c) && !asksAge) {
                // 21岁的陈雨繁: a person's age describes the person, not the figure a query about them asks for.
                factor /= QUALIFIER_FACTOR;
            }
            if (c.year() != null && !years.isEmpty() && !years.contains(c.year())) {
                // The query's year is a filter: a figure bound to another year answers another question.
                factor /= QUALIFIER_FACTOR;
            } else if (c.year() != null && years.contains(c.year())) {
                // Bound to the query's year, it answers it more surely than a figure bound to none.
                factor *= YEAR_FACTOR;
            }
            for (String org : orgWords) {
                if (!ownsName(c, org) || boundElsewhere(c, org)) {
                    // The organization is the article's (its other sentences name it), not the
                    // figure's; or the sentence names several and the figure is another's.
                    factor /= ORG_FACTOR;
                }
            }
            Integer month = monthBefore(c);
            if (month != null && !months.isEmpty() && !months.contains(month)) {
                // 11月营收: a figure written after another month (10月份营收3674亿元) answers another month
                factor /= QUALIFIER_FACTOR;
            }
            if (c.kind() == Kind.MONEY && c.unit() != null && c.unit().contains("/") && !perUnitAsked) {
                // 每股盈利1.25元 beside 全年盈利120亿元: a price per unit answers no query that asks for no unit
                factor /= TREND_FACTOR;
            }
            out.add(new Hit(c, (float) (sentenceScores.get(sentenceKey(c)) * factor)));
        }
        // Stable: equal scores keep the index order (document, then position).
        out.sort(java.util.Comparator.comparingDouble((Hit h) -> h.score()).reversed());
        return out;
    }

    /**
     * The words of a query word of two characters or more; single characters the segmenter split
     * it into stay together (对美出口: 对美 and 出口), since the page writes them so (对美国出口).
     */
    List<String> partsOf(String w) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String x : analysis.words(w)) {
            if (x.length() == 1) {
                run.append(x);
                continue;
            }
            if (run.length() >= 2) {
                out.add(run.toString());
            }
            run.setLength(0);
            out.add(x);
        }
        if (run.length() >= 2) {
            out.add(run.toString());
        }
        return out.stream().filter(x -> !x.equals(w)).distinct().toList();
    }

    /** The year a query word names (2019, 2019年, 113年, 民国99年), or null. */
    static Integer year(String word) {
        Matcher m = YEAR_WORD.matcher(word);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        m = ROC_YEAR.matcher(word);
        if (m.matches()) {
            return 1911 + Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return null;
    }

    /** Whether the query word asks for a change: it is or holds a change word (同比上涨, 较上月). */
    static boolean asksForChange(String word) {
        for (String t : TREND_WORDS) {
            if (word.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A span of time or an age: in a query it frames a figure rather than being one. */
    private static boolean span(Claim c) {
        return c.kind() == Kind.DURATION || age(c);
    }

    /** Whether the figure bounds a class right after it (20篮板以上的好手, 50万元及以上的家庭). */
    static boolean classBound(Claim c) {
        int[] span = ClaimFields.charSpan(c);
        if (span == null) {
            return false;
        }
        String after = c.sentence().substring(span[1], Math.min(c.sentence().length(), span[1] + 4));
        return CLASS_BOUND.matcher(after).lookingAt();
    }

    private static boolean calendarSpan(Claim c) {
        return c.kind() == Kind.DURATION && c.unit() != null && CALENDAR_UNITS.contains(c.unit());
    }

    private static boolean age(Claim c) {
        return c.kind() == Kind.MEASURE && "岁".equals(c.unit());
    }

    /** Whether some query word opens with the mention and goes on (六科全考; 跌破2% asks for the 2%). */
    private static boolean inside(List<String> words, String mention) {
        if (mention == null || mention.isBlank()) {
            return false;
        }
        String m = mention.toLowerCase(java.util.Locale.ROOT);
        return words.stream().anyMatch(w -> w.length() > m.length() && w.startsWith(m));
    }

    /** Whether some query word writes the mention. */
    private static boolean writes(List<String> words, String mention) {
        if (mention == null || mention.isBlank()) {
            return false;
        }
        String m = mention.toLowerCase(java.util.Locale.ROOT);
        return words.stream().anyMatch(w -> w.contains(m));
    }

    /**
     * Whether the figure is the level a change left (由176元调升至183元, 从6.46张增加到7.23张):
     * 由 or 从 right before it, 至 or 到 after it in its clause.
     */
    static boolean left(Claim c) {
        int[] span = ClaimFields.charSpan(c);
        if (span == null) {
            return false;
        }
        String s = c.sentence();
        int before = span[0];
        while (before > 0 && Character.isWhitespace(s.charAt(before - 1))) {
            before--;
        }
        if (before == 0 || "由从從".indexOf(s.charAt(before - 1)) < 0) {
            return false;
        }
        for (int i = span[1]; i < s.length() && ",，;；。!?！？".indexOf(s.charAt(i)) < 0; i++) {
            if (s.charAt(i) == '至' || s.charAt(i) == '到') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure is the level a change reached (增长0.52%至2718.82亿元, 增加到7.23张):
     * a 至 or 到 stands between the clause's last change verb and the figure.
     */
    static boolean reached(Claim c) {
        int[] span = ClaimFields.charSpan(c);
        if (span == null) {
            return false;
        }
        String s = c.sentence();
        int from = span[0];
        int start = from;
        while (start > 0 && ",，;；。!?！？".indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        String clause = s.substring(start, from);
        int to = Math.max(clause.lastIndexOf('至'), clause.lastIndexOf('到'));
        if (to < 0) {
            return false;
        }
        for (String verb : TREND_WORDS) {
            if (clause.indexOf(verb, to + 1) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String sentenceKey(Claim c) {
        return c.doc() + "\u0000" + c.offset() + "\u0000" + c.sentence();
    }

    /**
     * The month written last before the figure in its clause ({@code 11月份3436亿元}), or null;
     * a month that begins a day ({@code 1月5日}) names that day, not the month a figure is of.
     */
    static Integer monthBefore(Claim c) {
        if (c.sentence() == null) {
            return null;
        }
        String s = c.sentence();
        int at = s.offsetByCodePoints(0, Math.min(c.start(), s.codePointCount(0, s.length())));
        int from = at;
        while (from > 0 && ",;。!?".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher m = MONTH_IN_TEXT.matcher(s).region(from, at);
        Integer month = null;
        while (m.find()) {
            month = Integer.parseInt(m.group(1));
        }
        return month;
    }

    /** Whether the claim's own sentence or organizations name the organization, by any of its names. */
    private boolean ownsName(Claim c, String org) {
        String sentence = c.sentence() == null ? "" : c.sentence().toLowerCase(java.util.Locale.ROOT);
        Set<String> names = new LinkedHashSet<>(analysis.orgNames(org));
        names.addAll(shortNames().expansions(org));
        for (String name : names) {
            if (sentence.contains(name) || c.orgs().stream().anyMatch(o -> o.toLowerCase(java.util.Locale.ROOT).equals(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the extractor bound the figure to organizations none of which is this one, in a
     * sentence naming several (湘潭大学和深圳大学…共获批79项和75项: the 79项 is 湘潭大学's).
     */
    private boolean boundElsewhere(Claim c, String org) {
        if (c.orgs().isEmpty()) {
            return false;
        }
        Set<String> names = new LinkedHashSet<>(analysis.orgNames(org));
        names.addAll(shortNames().expansions(org));
        // A bound name holding the query's (以明爱医院 for 明爱医院) is the same organization.
        return c.orgs().stream().map(o -> o.toLowerCase(java.util.Locale.ROOT))
                .noneMatch(o -> names.stream().anyMatch(n -> o.contains(n) || n.contains(o)));
    }

    /**
     * How much a word says, as an inverse document frequency over the sentences: 南韩 in a
     * query of 南韩 失业率 says more than 失业率. Its rarest bigram stands for a longer word.
     */
    private double rarity(String word) {
        List<String> bigrams = analysis.bigrams(word);
        int n = Math.max(1, reader.numDocs());
        int df = n;
        try {
            for (String b : bigrams) {
                df = Math.min(df, reader.docFreq(new Term(ClaimFields.bigrams(ClaimFields.SENTENCE), b)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the claim index failed", e);
        }
        return Math.log(1 + (double) n / (1 + df));
    }

    /**
     * 0 to 1: the mean over the query's words, weighted by their rarity, of how well each
     * describes the figure. A word in the figure's own clause before it describes it (the
     * nearer the more); beyond a comma it pulls less, beyond a semicolon or full stop hardly;
     * after the figure less than before. A word of the subject the extractor bound to the
     * figure describes it as well as its clause does; any word the sentence says counts more
     * than one it does not.
     *
     * @param words each query word with its other names
     * @param lead  the sentence the claim's sentence continues (its topic), or null
     * @param parts each query word's own words, for where the whole does not stand
     * @param partCredit what those words count at most, per query word
     */
    static double proximity(Claim c, String lead, List<List<String>> words, List<List<String>> parts, double[] partCredit,
                            double[] weights) {
        if (words.isEmpty() || c.sentence() == null) {
            return 0;
        }
        String s = c.sentence().toLowerCase(java.util.Locale.ROOT);
        String subject = c.subject() == null ? "" : c.subject().toLowerCase(java.util.Locale.ROOT);
        int[] span = ClaimFields.charSpan(c);
        if (span == null) {
            return 0;
        }
        int from = span[0];
        int to = span[1];
        double sum = 0;
        double total = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).get(0);
            double weight = weights[k];
            total += weight;
            Integer year = year(w);
            if (year != null) {
                // A year word asks for figures about that year, not for the year itself.
                if (year.equals(c.year())) {
                    sum += weight;
                    continue;
                }
                if (c.kind() == Kind.YEAR || c.kind() == Kind.DATE) {
                    continue;
                }
            }
            double best = 0;
            for (String form : words.get(k)) {
                best = Math.max(best, credit(s, form, from, to));
                if (!subject.isEmpty() && subject.contains(form)) {
                    best = Math.max(best, SUBJECT_CREDIT);
                }
            }
            if (best == 0 && !parts.get(k).isEmpty()) {
                double share = 0;
                for (String part : parts.get(k)) {
                    double p = credit(s, part, from, to);
                    if (!subject.isEmpty() && subject.contains(part)) {
                        p = Math.max(p, SUBJECT_CREDIT);
                    }
                    share += p * part.length() / w.length();
                }
                best = partCredit[k] * Math.min(1, share);
            }
            if (best == 0) {
                // 产销分别完成238.8万辆和250.3万辆: 销量 names the second figure, which the sentence writes for 销.
                best = Math.max(0, Compounds.credit(s, w, from, to));
            }
            if (best == 0 && lead != null) {
                // The sentence this one continues (其中,…) names the topic of all its figures.
                String l = lead.toLowerCase(java.util.Locale.ROOT);
                for (String form : words.get(k)) {
                    for (int at = l.indexOf(form); at >= 0; at = l.indexOf(form, at + 1)) {
                        // 购屋贷款余额…年增率都呈下降趋势。11月底分别是3.79%、4.81%、0.86%: its item's figure.
                        int pair = Respectively.pairs(l, at, at + form.length(), true, s, from, to);
                        best = Math.max(best, pair > 0 ? 1 : pair < 0 ? 0 : IN_SENTENCE);
                    }
                }
            }
            if (best == 0) {
                if (year != null && year.equals(c.year())) {
                    // A year the sentence does not write may still be the claim's year.
                    best = 0.5;
                }
            }
            sum += weight * best;
        }
        return total == 0 ? 0 : sum / total;
    }

    /** 0 to 1: how well the word, at its best place in the sentence, describes the figure at [from, to). */
    private static double credit(String s, String word, int from, int to) {
        double best = 0;
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            int end = i + word.length();
            double credit;
            if (end <= from) {
                int[] ends = clauseEnds(s, end, from);
                credit = 1 / (1 + (from - end + CLAUSE_GAP * ends[0] + SENTENCE_GAP * ends[1]) / NEAR_CHARS);
                if (ends[0] + ends[1] == 0) {
                    credit = Math.max(credit, SAME_CLAUSE);
                } else if (ends[0] == 1 && ends[1] == 0) {
                    credit = Math.max(credit, SAME_PART);
                }
                int pair = Respectively.pairs(s, i, end, false, s, from, to);
                if (pair > 0) {
                    // 华安财险和英达财险…增速分别为13.9%和6.5%: the second item's figure is the second.
                    credit = 1;
                } else if (pair < 0) {
                    credit = 0;
                }
            } else if (i == to) {
                // The noun right after a figure is what it counts (975万考生, 472块金牌).
                credit = 1;
            } else if (i > to) {
                int[] ends = clauseEnds(s, to, i);
                credit = 1 / (1 + (AFTER_GAP + 2.0 * (i - to) + CLAUSE_GAP * ends[0] + SENTENCE_GAP * ends[1]) / NEAR_CHARS);
            } else {
                credit = 1;
            }
            // Said anywhere in the sentence, a word counts more than one only its article says.
            best = Math.max(best, Math.max(credit, IN_SENTENCE));
        }
        return best;
    }

    /** The commas, then the semicolons and full stops, between from and to. */
    private static int[] clauseEnds(String s, int from, int to) {
        int[] n = new int[2];
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if ((ch == ',' || ch == '，') && !(i > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)))) {
                n[0]++;
            } else if (";；。!?！？".indexOf(ch) >= 0) {
                n[1]++;
            }
        }
        return n;
    }

    /** The claim with this id, if the index holds it. */
    public Optional<Claim> byId(String id) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ClaimFields.ID, id)), BooleanClause.Occur.FILTER)
                .add(CLAIMS, BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? Optional.empty()
                : Optional.of(claim(searcher.storedFields(), top.scoreDocs[0].doc));
    }

    private static Sort sort(ClaimQuery.Order order, boolean scored) {
        return switch (order) {
            case RELEVANCE -> scored ? BY_SCORE : BY_POSITION;
            case YEAR -> by(ClaimFields.YEAR, SortField.Type.INT, true, scored);
            case YEAR_ASC -> by(ClaimFields.YEAR, SortField.Type.INT, false, scored);
            case VALUE -> by(ClaimFields.VALUE, SortField.Type.DOUBLE, true, scored);
            case VALUE_ASC -> by(ClaimFields.VALUE, SortField.Type.DOUBLE, false, scored);
        };
    }

    /** By a numeric field, claims without it last, ties by relevance then position. */
    private static Sort by(String field, SortField.Type type, boolean descending, boolean scored) {
        SortedNumericSortField f = new SortedNumericSortField(field, type, descending);
        if (type == SortField.Type.INT) {
            f.setMissingValue(descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        } else {
            f.setMissingValue(descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return scored ? new Sort(f, SortField.FIELD_SCORE, DOC_ORDER, OFFSET_ORDER, START_ORDER)
                : new Sort(f, DOC_ORDER, OFFSET_ORDER, START_ORDER);
    }

    /**
     * Every claim matching the query's text and filters, in rank order (document order
     * without text), read page by page as the stream is consumed. The limit is ignored.
     */
    public Stream<Claim> export(ClaimQuery q) throws IOException {
        return export(q, PAGE);
    }

    Stream<Claim> export(ClaimQuery q, int pageSize) throws IOException {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(q.text());
        Query own = query(q, parsed, false, false);
        // The same words as search: elsewhere in the article only when few claims say them all,
        // all words but one when none does.
        Query topics = !parsed.ranks() || searcher.count(own) >= TOPIC_BELOW ? own : query(q, parsed, true, false);
        Query query = topics != own && relaxable(parsed) && searcher.count(topics) == 0
                ? query(q, parsed, true, true) : topics;
        boolean scored = parsed.ranks();
        Sort sort = sort(q.sort(), scored);
        boolean rerank = scored && q.sort() == ClaimQuery.Order.RELEVANCE;
        Iterator<Claim> it = new Iterator<>() {
            private final Deque<Claim> page = new ArrayDeque<>();
            private FieldDoc after;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && !exhausted) {
                    fetch();
                }
                return !page.isEmpty();
            }

            @Override
            public Claim next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.poll();
            }

            private void fetch() {
                try {
                    // The first page holds the hits search reorders, reordered the same way.
                    boolean first = after == null && rerank;
                    int size = first ? Math.max(pageSize, RERANK_DEPTH) : pageSize;
                    TopFieldDocs docs = searcher.searchAfter(after, query, size, sort, scored);
                    StoredFields stored = searcher.storedFields();
                    if (first) {
                        int n = Math.min(RERANK_DEPTH, docs.scoreDocs.length);
                        rerank(stored, java.util.Arrays.copyOf(docs.scoreDocs, n), parsed).forEach(h -> page.add(h.claim()));
                        for (int i = n; i < docs.scoreDocs.length; i++) {
                            page.add(claim(stored, docs.scoreDocs[i].doc));
                        }
                    } else {
                        for (ScoreDoc sd : docs.scoreDocs) {
                            page.add(claim(stored, sd.doc));
                        }
                    }
                    exhausted = docs.scoreDocs.length < size;
                    if (docs.scoreDocs.length > 0) {
                        after = (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1];
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("reading the claim index failed", e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Claims in the index (this view). */
    public int claimCount() throws IOException {
        return searcher.count(CLAIMS);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            if (ownedDirectory != null) {
                ownedDirectory.close();
            }
        }
    }

    Query query(ClaimQuery q) {
        return query(q, QuerySyntax.parse(q.text()), false, false);
    }

    /** The query's own filters and those written in its text must all hold. */
    private Query query(ClaimQuery q, QuerySyntax.Parsed parsed, boolean topics, boolean allButOne) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(CLAIMS, BooleanClause.Occur.FILTER);
        textQuery(b, parsed.terms(), q.text(), topics, allButOne);
        filters(b, q);
        filters(b, parsed.filters());
        return b.build();
    }

    private void filters(BooleanQuery.Builder b, ClaimQuery q) {
        if (q.kind() != null) {
            b.add(KeywordField.newExactQuery(ClaimFields.KIND, q.kind().id()), BooleanClause.Occur.FILTER);
        }
        if (q.yearFrom() != null || q.yearTo() != null) {
            b.add(IntField.newRangeQuery(ClaimFields.YEAR,
                    q.yearFrom() == null ? Integer.MIN_VALUE : q.yearFrom(),
                    q.yearTo() == null ? Integer.MAX_VALUE : q.yearTo()), BooleanClause.Occur.FILTER);
        }
        if (q.org() != null && !q.org().isBlank()) {
            List<BytesRef> names = new ArrayList<>();
            analysis.orgNames(analysis.normalizeQuery(q.org().strip())).forEach(n -> names.add(new BytesRef(n)));
            b.add(KeywordField.newSetQuery(ClaimFields.ORGS_ALL, names), BooleanClause.Occur.FILTER);
        }
        if (q.min() != null) {
            b.add(DoubleField.newRangeQuery(ClaimFields.UPPER, q.min(), Double.POSITIVE_INFINITY),
                    BooleanClause.Occur.FILTER);
        }
        if (q.max() != null) {
            b.add(DoubleField.newRangeQuery(ClaimFields.VALUE, Double.NEGATIVE_INFINITY, q.max()),
                    BooleanClause.Occur.FILTER);
        }
        if (q.unit() != null && !q.unit().isBlank()) {
            b.add(KeywordField.newExactQuery(ClaimFields.UNIT, analysis.normalizeQuery(q.unit().strip())),
                    BooleanClause.Occur.FILTER);
        }
    }

    /**
     * Every word must match (any of its words or bigrams, in any text field, or by another
     * name of an organization it names; a year word also by the claim's year), every phrase
     * must stand as written, no exclusion may occur. Without positive terms every claim passes
     * the text part.
     */
    private void textQuery(BooleanQuery.Builder b, List<QuerySyntax.Term> terms, String text, boolean topics,
                           boolean allButOne) {
        boolean positive = false;
        boolean articleLevel = false;
        List<Query> words = new ArrayList<>();
        List<Query> phrases = new ArrayList<>();
        BooleanQuery.Builder own = new BooleanQuery.Builder();
        // Lucene refuses a query of more than maxClauseCount clauses in all: a long query (a pasted
        // paragraph) keeps its first distinct terms while their clauses fit.
        int budget = MAX_CLAUSES;
        for (QuerySyntax.Term t : new LinkedHashSet<>(terms)) {
            String normalized = analysis.normalizeQuery(t.text());
            int fits = Math.min(MAX_TERM, normalized.length());
            Query q = null;
            while (fits > 0) {
                q = t.occur() == QuerySyntax.Occur.WORD ? wordQuery(normalized.substring(0, fits))
                        : exactQuery(normalized.substring(0, fits));
                // Besides the word's own clauses: its article alternative and its terms in the
                // filter that one word be the claim's own.
                int cost = q == null ? 0 : clauses(q) + 2 + 3 * 2 * (fits + 1);
                if (cost <= budget) {
                    budget -= cost;
                    break;
                }
                fits = Math.min(fits - 1, (int) ((long) fits * budget / cost));
                q = null;
            }
            if (fits <= 0) {
                break;
            }
            normalized = normalized.substring(0, fits);
            if (q == null) {
                // Punctuation alone: nothing to look for.
                continue;
            }
            if (t.occur() == QuerySyntax.Occur.EXCLUDED) {
                b.add(q, BooleanClause.Occur.MUST_NOT);
                continue;
            }
            positive = true;
            ownTerms(own, normalized);
            Query article = topics && t.occur() == QuerySyntax.Occur.WORD ? inArticles(topicQuery(normalized)) : null;
            if (article == null) {
                (t.occur() == QuerySyntax.Occur.WORD ? words : phrases).add(q);
            } else {
                // The word may stand elsewhere in the claim's article (its title, the sentence
                // naming the organization that published the figures): the topic a sentence
                // need not repeat. Such a claim ranks below one that says the word itself.
                words.add(new BooleanQuery.Builder()
                        .add(q, BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(new ConstantScoreQuery(article), ARTICLE_BOOST), BooleanClause.Occur.SHOULD)
                        .build());
                articleLevel = true;
            }
        }
        phrases.forEach(p -> b.add(p, BooleanClause.Occur.MUST));
        if (allButOne && words.size() >= 2) {
            BooleanQuery.Builder some = new BooleanQuery.Builder();
            words.forEach(w -> some.add(w, BooleanClause.Occur.SHOULD));
            b.add(some.setMinimumNumberShouldMatch(words.size() - 1).build(), BooleanClause.Occur.MUST);
        } else {
            words.forEach(w -> b.add(w, BooleanClause.Occur.MUST));
        }
        if (articleLevel) {
            // At least one word must be the claim's own: an article naming every word does not
            // make each of its figures a match.
            b.add(own.build(), BooleanClause.Occur.FILTER);
        }
        if (!positive) {
            if (terms.stream().anyMatch(t -> t.occur() != QuerySyntax.Occur.EXCLUDED)) {
                throw new QuerySyntax.QuerySyntaxException("query has no searchable words: " + text);
            }
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * A word in the text; a year written as a word ({@code 2019}, {@code 2019年}) also by the
     * claim's year, and a word asking for a kind of figure ({@code 人数}, {@code 比例}) also by
     * the claim's kind.
     */
    private Query wordQuery(String word) {
        Query text = keywordQuery(word, strict(word));
        Query other = null;
        Integer year = year(word);
        Kind kind = KIND_WORDS.get(word);
        if (year != null) {
            other = new BoostQuery(IntField.newExactQuery(ClaimFields.YEAR, year), YEAR_BOOST);
        } else if (kind != null) {
            other = new BoostQuery(KeywordField.newExactQuery(ClaimFields.KIND, kind.id()), KIND_BOOST);
        }
        if (other == null) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(other, BooleanClause.Occur.SHOULD);
        if (text != null) {
            b.add(text, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static Set<String> trendWords() {
        Set<String> out = new HashSet<>();
        for (ModelFile.Line line : ModelFile.lines("index/trend-words.txt")) {
            out.add(line.text().strip());
        }
        return Set.copyOf(out);
    }

    /** The text as written (a phrase of its bigrams) in any text field. */
    private Query exactQuery(String text) {
        List<String> bigrams = analysis.bigrams(text);
        if (bigrams.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : ClaimFields.TEXT) {
            b.add(new BoostQuery(phrase(ClaimFields.bigrams(field), bigrams), FIELD_BOOSTS.get(field)),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The keyword itself or, as an alternative, another name of an organization it names. */
    private Query keywordQuery(String keyword, boolean whole) {
        List<Query> alternatives = new ArrayList<>();
        Query own = fieldsQuery(keyword, whole);
        if (own != null) {
            alternatives.add(own);
        }
        int length = Math.max(1, analysis.bigrams(keyword).size());
        for (String alias : aliasesWithin(keyword)) {
            Query q = fieldsQuery(alias, whole);
            if (q != null) {
                // A phrase scores by the sum of its terms' weights: another name counts as much as
                // the name the query wrote, not more for being longer (高考: 普通高校招生考试).
                int aliasLength = Math.max(1, analysis.bigrams(alias).size());
                alternatives.add(aliasLength > length ? new BoostQuery(q, (float) length / aliasLength) : q);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
    }

    /**
     * What makes a word an article's topic: the word in some claim's text or, for a year word,
     * some claim about that year (a page on 2025 whose 全年载货量 sentence names no year).
     */
    private Query topicQuery(String word) {
        Query text = keywordQuery(word, true);
        Integer year = year(word);
        if (year == null) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(IntField.newExactQuery(ClaimFields.YEAR, year), BooleanClause.Occur.SHOULD);
        if (text != null) {
            b.add(text, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * Claims of the articles in which some claim matches {@code q}; null when none does or
     * when the word is too common to say what an article is about.
     */
    private Query inArticles(Query q) {
        if (q == null) {
            return null;
        }
        List<SortedSetDocValues> values = new ArrayList<>();
        List<FixedBitSet> seen = new ArrayList<>();
        boolean[] tooCommon = {false};
        try {
            searcher.search(new BooleanQuery.Builder().add(q, BooleanClause.Occur.FILTER)
                    .add(CLAIMS, BooleanClause.Occur.FILTER).build(), new SimpleCollector() {
                private SortedSetDocValues dv;
                private FixedBitSet bits;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    if (tooCommon[0]) {
                        throw new CollectionTerminatedException();
                    }
                    dv = DocValues.getSortedSet(context.reader(), ClaimFields.DOC);
                    bits = new FixedBitSet((int) Math.max(1, dv.getValueCount()));
                    values.add(dv);
                    seen.add(bits);
                }

                private int distinct;

                @Override
                public void collect(int doc) throws IOException {
                    if (dv.advanceExact(doc) && !bits.getAndSet((int) dv.nextOrd()) && ++distinct > MAX_TOPIC_ARTICLES) {
                        // A word this common names no topic: stop reading.
                        tooCommon[0] = true;
                        throw new CollectionTerminatedException();
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            if (tooCommon[0]) {
                return null;
            }
            Set<BytesRef> docs = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                FixedBitSet bits = seen.get(i);
                if (docs.size() + bits.cardinality() > MAX_TOPIC_ARTICLES) {
                    return null;
                }
                for (int ord = bits.nextSetBit(0); ord != DocIdSetIterator.NO_MORE_DOCS;
                     ord = ord + 1 < bits.length() ? bits.nextSetBit(ord + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                    docs.add(BytesRef.deepCopyOf(values.get(i).lookupOrd(ord)));
                }
            }
            return docs.isEmpty() || docs.size() > MAX_TOPIC_ARTICLES ? null
                    : KeywordField.newSetQuery(ClaimFields.DOC, docs);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the claim index failed", e);
        }
    }

    /**
     * Adds the keyword's words and bigrams in the fields a claim's own text is made of (its
     * sentence holds the clause, subject, mention and the words near the figure), for the
     * cheap filter that at least one query word be the claim's own; a year word also by the
     * claim's year.
     */
    private void ownTerms(BooleanQuery.Builder own, String keyword) {
        Set<String> words = new LinkedHashSet<>(analysis.words(keyword));
        Set<String> bigrams = new LinkedHashSet<>(analysis.bigrams(keyword));
        for (String alias : aliasesWithin(keyword)) {
            words.addAll(analysis.words(alias));
            bigrams.addAll(analysis.bigrams(alias));
        }
        for (String field : List.of(ClaimFields.SENTENCE, ClaimFields.ORGS, ClaimFields.TITLE)) {
            for (String w : words) {
                own.add(new TermQuery(new Term(ClaimFields.words(field), w)), BooleanClause.Occur.SHOULD);
            }
            for (String g : bigrams) {
                own.add(new TermQuery(new Term(ClaimFields.bigrams(field), g)), BooleanClause.Occur.SHOULD);
            }
        }
        Integer year = year(keyword);
        if (year != null) {
            own.add(IntField.newExactQuery(ClaimFields.YEAR, year), BooleanClause.Occur.SHOULD);
        }
    }

    /** The leaf queries in q, as Lucene counts them against its clause limit. */
    private static int clauses(Query q) {
        int[] n = {0};
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                n[0]++;
            }
        });
        return n[0];
    }

    /**
     * Other names of the organizations named in the keyword, longest names first, left to
     * right, then the other forms of the terms it holds ({@link Synonyms}).
     */
    private Set<String> aliasesWithin(String keyword) {
        Set<String> out = new LinkedHashSet<>();
        int n = keyword.length();
        int i = 0;
        while (i < n) {
            int next = i + 1;
            for (int j = Math.min(n, i + LONGEST_ORG_NAME); j >= i + 2; j--) {
                Set<String> others = analysis.otherNames(keyword.substring(i, j));
                if (!others.isEmpty()) {
                    out.addAll(others);
                    next = j;
                    break;
                }
            }
            i = next;
        }
        out.addAll(Synonyms.within(keyword));
        out.addAll(shortNames().expansions(keyword));
        return out;
    }

    /** Read once per view: the index's organization names, for the short names that abbreviate them. */
    private synchronized ShortNames shortNames() {
        if (shortNames == null) {
            try {
                shortNames = ShortNames.of(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the claim index failed", e);
            }
        }
        return shortNames;
    }

    /**
     * The keyword in the claim's own text. With {@code whole} it qualifies a claim only as a
     * whole: its bigrams in a row, or all its words in one field (an organization: 银行 does not
     * make a claim about 工商银行); otherwise any of its words or bigrams qualifies (a query
     * 上市首日 finds 首日收市), the whole keyword scoring more.
     */
    private Query fieldsQuery(String keyword, boolean whole) {
        List<String> words = analysis.words(keyword);
        List<String> bigrams = analysis.bigrams(keyword);
        if (words.isEmpty() && bigrams.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder full = new BooleanQuery.Builder();
        BooleanQuery.Builder partial = new BooleanQuery.Builder();
        boolean partials = false;
        for (String field : ClaimFields.TEXT) {
            float boost = FIELD_BOOSTS.get(field);
            Query exact = phrase(ClaimFields.bigrams(field), bigrams);
            if (exact != null) {
                full.add(new BoostQuery(exact, boost), BooleanClause.Occur.SHOULD);
            }
            // Near the figure only the whole keyword counts: a stray word or bigram beside a
            // figure says little about what it measures.
            if (field.equals(ClaimFields.NEAR)) {
                continue;
            }
            Query allWords = allWords(ClaimFields.words(field), words);
            if (allWords != null) {
                full.add(new BoostQuery(allWords, boost), BooleanClause.Occur.SHOULD);
            }
            if (bigrams.size() > 1 || words.size() > 1) {
                for (String word : words.size() > 1 ? words : List.<String>of()) {
                    partial.add(new BoostQuery(new TermQuery(new Term(ClaimFields.words(field), word)),
                            boost * PARTIAL_BOOST), BooleanClause.Occur.SHOULD);
                }
                for (String bigram : bigrams.size() > 1 ? bigrams : List.<String>of()) {
                    partial.add(new BoostQuery(new TermQuery(new Term(ClaimFields.bigrams(field), bigram)),
                            boost * PARTIAL_BOOST), BooleanClause.Occur.SHOULD);
                }
                partials = true;
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(full.build(), whole ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        if (partials) {
            b.add(partial.build(), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * Whether a query word must match as a whole: an organization's name (one the index knows
     * as some claim's organization, or one with other names) or a year.
     */
    private boolean strict(String word) {
        if (year(word) != null) {
            return true;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!analysis.otherNames(word).isEmpty() || !shortNames().expansions(lower).isEmpty()) {
            return true;
        }
        try {
            return reader.docFreq(new Term(ClaimFields.ORGS_ALL, lower)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the claim index failed", e);
        }
    }

    /** Every word in the field; null for none. */
    private static Query allWords(String field, List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String word : new LinkedHashSet<>(words)) {
            b.add(new TermQuery(new Term(field, word)), BooleanClause.Occur.MUST);
        }
        return b.build();
    }

    /** The bigrams in a row, as one term when there is one; null for none. */
    private static Query phrase(String field, List<String> bigrams) {
        if (bigrams.isEmpty()) {
            return null;
        }
        return bigrams.size() == 1 ? new TermQuery(new Term(field, bigrams.get(0)))
                : new PhraseQuery(field, bigrams.toArray(String[]::new));
    }

    private Map<String, List<FacetCount>> facets(FacetsCollectorManager.FacetsResult r) throws IOException {
        SortedSetDocValuesReaderState state = facetState();
        if (state == null) {
            return Map.of();
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        // The dimensions a page shows; the article dimension alone has a label per article.
        for (String name : FACET_DIMS) {
            FacetResult dim;
            try {
                dim = counts.getTopChildren(FACET_TOP, name);
            } catch (IllegalArgumentException e) {
                // A dimension no claim of this index has.
                continue;
            }
            if (dim == null) {
                continue;
            }
            List<FacetCount> list = new ArrayList<>();
            for (LabelAndValue lv : dim.labelValues) {
                list.add(new FacetCount(lv.label, lv.value.intValue()));
            }
            out.put(dim.dim, list);
        }
        return out;
    }

    /** Built once per view: it maps every facet label of the index to an ordinal. */
    private synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (!facetStateLoaded) {
            facetStateLoaded = true;
            if (claimCount() > 0) {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, ClaimFields.FACETS);
            }
        }
        return facetState;
    }

    private static Claim claim(StoredFields stored, int doc) throws IOException {
        return ClaimJson.fromJson(stored.document(doc, Set.of(ClaimFields.JSON)).get(ClaimFields.JSON));
    }
}
