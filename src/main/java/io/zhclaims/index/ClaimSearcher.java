package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
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
    /** Clauses a text query may use: Lucene allows 1,024 in all, and the filters take a few. */
    private static final int MAX_CLAUSES = 1000;
    /** Characters of one keyword searched; a keyword beyond this is a pasted text, not a keyword. */
    private static final int MAX_KEYWORD = 40;
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            ClaimFields.SENTENCE, 1.0f,
            ClaimFields.CLAUSE, 1.5f,
            ClaimFields.SUBJECT, 2.0f,
            ClaimFields.ORGS, 1.5f,
            ClaimFields.MENTION, 2.0f);
    private static final Query CLAIMS = new TermQuery(new Term(ClaimFields.TYPE, ClaimFields.TYPE_CLAIM));
    private static final SortField DOC_ORDER =
            KeywordField.newSortField(ClaimFields.DOC, false, SortedSetSelector.Type.MIN);
    private static final Sort BY_POSITION = new Sort(DOC_ORDER,
            new SortField(ClaimFields.OFFSET, SortField.Type.LONG),
            new SortField(ClaimFields.START, SortField.Type.LONG));
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, DOC_ORDER,
            new SortField(ClaimFields.OFFSET, SortField.Type.LONG),
            new SortField(ClaimFields.START, SortField.Type.LONG));

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
     * The best {@code q.limit()} claims (in document order when {@code q} has no text), the
     * number of matches and, when asked, facet counts over all matches.
     *
     * @throws IllegalArgumentException when the text has no searchable word (only punctuation)
     */
    public SearchResult search(ClaimQuery q) throws IOException {
        Query query = query(q);
        Sort sort = q.hasText() ? BY_SCORE : BY_POSITION;
        TopDocs top;
        Map<String, List<FacetCount>> facets = Map.of();
        if (q.facets()) {
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(
                    searcher, query, q.limit(), sort, q.hasText(), new FacetsCollectorManager());
            top = r.topDocs();
            facets = facets(r);
        } else {
            top = searcher.search(query, q.limit(), sort, q.hasText());
        }
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value : searcher.count(query);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(new Hit(claim(stored, sd.doc), q.hasText() ? sd.score : 0f));
        }
        return new SearchResult(hits, total, facets);
    }

    /**
     * Every claim matching the query's text and filters, in rank order (document order
     * without text), read page by page as the stream is consumed. The limit is ignored.
     */
    public Stream<Claim> export(ClaimQuery q) throws IOException {
        return export(q, PAGE);
    }

    Stream<Claim> export(ClaimQuery q, int pageSize) throws IOException {
        Query query = query(q);
        Sort sort = q.hasText() ? BY_SCORE : BY_POSITION;
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
                    TopFieldDocs docs = searcher.searchAfter(after, query, pageSize, sort, q.hasText());
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
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(q.hasText() ? textQuery(q.text()) : new MatchAllDocsQuery(),
                q.hasText() ? BooleanClause.Occur.MUST : BooleanClause.Occur.FILTER);
        b.add(CLAIMS, BooleanClause.Occur.FILTER);
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
        return b.build();
    }

    private Query textQuery(String text) {
        String normalized = analysis.normalizeQuery(text);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        // Lucene refuses a query of more than maxClauseCount clauses in all: a long query (a
        // pasted paragraph) keeps its first distinct keywords, and their names, while they fit.
        int[] budget = {MAX_CLAUSES};
        for (String keyword : new LinkedHashSet<>(List.of(normalized.strip().split("\\s+")))) {
            String k = keyword.length() > MAX_KEYWORD ? keyword.substring(0, MAX_KEYWORD) : keyword;
            Query q = keywordQuery(k, budget);
            if (q == null) {
                if (budget[0] < clauseCost(k)) {
                    break;
                }
                continue;
            }
            b.add(q, BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            throw new IllegalArgumentException("query has no searchable words: " + text);
        }
        return b.build();
    }

    /** Clauses a keyword can take at most: words and bigrams (fewer than two per character) and a phrase, per field, and the wrappers. */
    private static int clauseCost(String keyword) {
        return ClaimFields.TEXT.size() * (2 * keyword.length() + 3) + 2;
    }

    /**
     * The keyword itself or, as an alternative, another name of an organization it names;
     * alternatives are added while their clauses fit in what is left of {@code budget}.
     */
    private Query keywordQuery(String keyword, int[] budget) {
        List<Query> alternatives = new ArrayList<>();
        if (clauseCost(keyword) > budget[0]) {
            return null;
        }
        Query own = fieldsQuery(keyword);
        if (own != null) {
            alternatives.add(own);
            budget[0] -= clauseCost(keyword);
        }
        for (String alias : aliasesWithin(keyword)) {
            if (clauseCost(alias) > budget[0]) {
                break;
            }
            Query q = fieldsQuery(alias);
            if (q != null) {
                alternatives.add(q);
                budget[0] -= clauseCost(alias);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
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
            b.add(new BoostQuery(fieldQuery(field, words, bigrams), FIELD_BOOSTS.get(field)),
                    BooleanClause.Occur.SHOULD);
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
