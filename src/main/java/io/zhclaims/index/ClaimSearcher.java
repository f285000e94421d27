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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
    private static final float YEAR_BOOST = 3f;
    private static final Map<String, Kind> KIND_WORDS = kindWords();
    /** Below a text match: the kind only stands in for a word the sentence does not write. */
    private static final float KIND_BOOST = 0.5f;
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
        Query query = query(q, parsed);
        boolean scored = parsed.ranks();
        Sort sort = sort(q.sort(), scored);
        int n = q.offset() + q.limit();
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
            top = searcher.search(query, n, sort, scored);
            total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                    ? top.totalHits.value : searcher.count(query);
        }
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(q.limit());
        for (int i = q.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(new Hit(claim(stored, sd.doc), scored ? sd.score : 0f));
        }
        return new SearchResult(hits, total, facets);
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
        Query query = query(q, parsed);
        boolean scored = parsed.ranks();
        Sort sort = sort(q.sort(), scored);
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
                    TopFieldDocs docs = searcher.searchAfter(after, query, pageSize, sort, scored);
                    StoredFields stored = searcher.storedFields();
                    for (ScoreDoc sd : docs.scoreDocs) {
                        page.add(claim(stored, sd.doc));
                    }
                    exhausted = docs.scoreDocs.length < pageSize;
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
        return query(q, QuerySyntax.parse(q.text()));
    }

    /** The query's own filters and those written in its text must all hold. */
    private Query query(ClaimQuery q, QuerySyntax.Parsed parsed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(CLAIMS, BooleanClause.Occur.FILTER);
        textQuery(b, parsed.terms(), q.text());
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
    private void textQuery(BooleanQuery.Builder b, List<QuerySyntax.Term> terms, String text) {
        boolean positive = false;
        // Lucene refuses a query of more than maxClauseCount clauses in all: a long query (a pasted
        // paragraph) keeps its first distinct terms while their clauses fit.
        int budget = MAX_CLAUSES;
        for (QuerySyntax.Term t : new LinkedHashSet<>(terms)) {
            String normalized = analysis.normalizeQuery(t.text());
            int fits = Math.min(MAX_TERM, normalized.length());
            while (fits > 0 && clauseCost(normalized.substring(0, fits)) > budget) {
                fits--;
            }
            if (fits == 0) {
                break;
            }
            normalized = normalized.substring(0, fits);
            budget -= clauseCost(normalized);
            Query q = switch (t.occur()) {
                case WORD -> wordQuery(normalized);
                case PHRASE, EXCLUDED -> exactQuery(normalized);
            };
            if (q == null) {
                // Punctuation alone: nothing to look for.
                continue;
            }
            if (t.occur() == QuerySyntax.Occur.EXCLUDED) {
                b.add(q, BooleanClause.Occur.MUST_NOT);
            } else {
                b.add(q, BooleanClause.Occur.MUST);
                positive = true;
            }
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
        Query text = keywordQuery(word);
        Query other = null;
        Matcher m = YEAR_WORD.matcher(word);
        Kind kind = KIND_WORDS.get(word);
        if (m.matches()) {
            other = new BoostQuery(IntField.newExactQuery(ClaimFields.YEAR, Integer.parseInt(m.group(1))), YEAR_BOOST);
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

    private static Map<String, Kind> kindWords() {
        Map<String, Kind> out = new HashMap<>();
        for (ModelFile.Line line : ModelFile.lines("index/kind-words.txt")) {
            String[] parts = line.text().strip().split("\\s+");
            Kind kind;
            try {
                kind = Kind.of(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("index/kind-words.txt:" + line.number() + ": unknown kind " + parts[0], e);
            }
            for (int i = 1; i < parts.length; i++) {
                out.put(parts[i], kind);
            }
        }
        return Map.copyOf(out);
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
    private Query keywordQuery(String keyword) {
        List<Query> alternatives = new ArrayList<>();
        Query own = fieldsQuery(keyword);
        if (own != null) {
            alternatives.add(own);
        }
        for (String alias : aliasesWithin(keyword)) {
            Query q = fieldsQuery(alias);
            if (q != null) {
                alternatives.add(q);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
    }

    /** Clauses a term can take at most: its words and bigrams and a phrase per field, with another name's as many again. */
    private static int clauseCost(String term) {
        return 2 * (ClaimFields.TEXT.size() * (2 * term.length() + 3) + 2);
    }

    /** Other names of the organizations named in the keyword, longest names first, left to right. */
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
        return out;
    }

    private Query fieldsQuery(String keyword) {
        List<String> words = analysis.words(keyword);
        List<String> bigrams = analysis.bigrams(keyword);
        if (words.isEmpty() && bigrams.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String field : ClaimFields.TEXT) {
            // Near the figure only the whole keyword counts: a stray word or bigram beside a
            // figure says little about what it measures.
            Query q = field.equals(ClaimFields.NEAR) ? phrase(ClaimFields.bigrams(field), bigrams)
                    : fieldQuery(field, words, bigrams);
            if (q != null) {
                b.add(new BoostQuery(q, FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static Query fieldQuery(String field, List<String> words, List<String> bigrams) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String w = ClaimFields.words(field);
        for (String word : words) {
            b.add(new TermQuery(new Term(w, word)), BooleanClause.Occur.SHOULD);
        }
        String g = ClaimFields.bigrams(field);
        for (String bigram : bigrams) {
            b.add(new TermQuery(new Term(g, bigram)), BooleanClause.Occur.SHOULD);
        }
        if (bigrams.size() > 1) {
            b.add(new PhraseQuery(g, bigrams.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
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
        for (FacetResult dim : counts.getAllDims(FACET_TOP)) {
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
