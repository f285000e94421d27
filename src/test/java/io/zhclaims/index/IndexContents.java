package io.zhclaims.index;

import io.zhclaims.Zhclaims;
import io.zhclaims.claims.Claim;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a committed index holds, read the way a test checks consistency: article markers and claims. */
public final class IndexContents {
    private IndexContents() {
    }

    /** How many markers each article has in the last commit; a consistent index has exactly one each. */
    public static Map<String, Integer> markers(Path dir) throws IOException {
        try (var directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery q = new TermQuery(new Term(ClaimFields.TYPE, ClaimFields.TYPE_ARTICLE));
            StoredFields stored = searcher.storedFields();
            Map<String, Integer> out = new TreeMap<>();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
                out.merge(stored.document(sd.doc).get(ClaimFields.ARTICLE), 1, Integer::sum);
            }
            return out;
        }
    }

    /** Every claim of the last commit, grouped by document. */
    public static Map<String, List<Claim>> claims(Path dir) throws IOException {
        try (ClaimSearcher s = ClaimSearcher.open(dir, Zhclaims.get().claimAnalysis());
             var all = s.export(ClaimQuery.all())) {
            return all.collect(Collectors.groupingBy(Claim::doc, TreeMap::new, Collectors.toList()));
        }
    }
}
