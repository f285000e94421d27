package io.zhclaims.index;

import io.zhclaims.segment.Segmenter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How claim text is turned into terms, shared by {@link ClaimIndex} and {@link ClaimSearcher}
 * so both sides split text the same way.
 *
 * <p>Every text field is indexed twice: as HanLP words and as CJK bigrams. Words rank
 * precise matches; bigrams make a query match even when the segmenter cuts it differently
 * in the query than in the sentence (a query {@code 斯坦福大学} against a sentence segmented
 * {@code 斯坦福 | 大学}). Latin words and numbers ({@code deepseek}, {@code 565.8}) are whole,
 * lowercased tokens in both forms.
 *
 * <p>Thread-safe: one instance serves every indexing and searching thread.
 */
public final class ClaimAnalysis {
    /** Keeps phrases from matching across two values of a multi-valued field (two org names). */
    private static final int VALUE_GAP = 100;
    private final Segmenter segmenter;
    private final UnaryOperator<String> queryNormalizer;
    private final Function<String, Set<String>> aliases;
    private final Analyzer words;
    private final Analyzer bigrams;
    private final Analyzer perField;

    /**
     * @param segmenter       the shared HanLP segmenter
     * @param queryNormalizer applied to every query string before analysis: the same t2s and
     *                        NFKC that articles went through, so a traditional query finds
     *                        simplified text
     * @param aliases         all names of the organization a name belongs to (the name
     *                        itself may be left out); an empty set for unknown names
     */
    public ClaimAnalysis(Segmenter segmenter, UnaryOperator<String> queryNormalizer,
                         Function<String, Set<String>> aliases) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.queryNormalizer = Objects.requireNonNull(queryNormalizer, "queryNormalizer");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                HanLpWordTokenizer source = new HanLpWordTokenizer(ClaimAnalysis.this.segmenter);
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return VALUE_GAP;
            }
        };
        this.bigrams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(source);
                s = new LowerCaseFilter(s);
                // No unigrams next to the bigrams: query and index then place every bigram at
                // the same relative positions, so a phrase of bigrams matches exactly.
                s = new CJKBigramFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return VALUE_GAP;
            }
        };
        Map<String, Analyzer> byField = new HashMap<>();
        for (String f : ClaimFields.TEXT) {
            byField.put(ClaimFields.words(f), words);
            byField.put(ClaimFields.bigrams(f), bigrams);
        }
        this.perField = new PerFieldAnalyzerWrapper(bigrams, byField);
    }

    /** The analyzer an IndexWriter uses: words or bigrams depending on the field. */
    Analyzer indexAnalyzer() {
        return perField;
    }

    String normalizeQuery(String query) {
        String q = queryNormalizer.apply(query);
        if (q == null) {
            throw new IllegalStateException("query normalizer returned null for: " + query);
        }
        return q;
    }

    List<String> words(String text) {
        return terms(words, text);
    }

    List<String> bigrams(String text) {
        return terms(bigrams, text);
    }

    /** The name and all its aliases, lowercased, in a stable order. */
    Set<String> orgNames(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name.toLowerCase(Locale.ROOT));
        Set<String> others = aliases.apply(name);
        if (others != null) {
            others.forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** Aliases of the name other than the name itself (case-insensitively). */
    Set<String> otherNames(String name) {
        Set<String> out = orgNames(name);
        out.remove(name.toLowerCase(Locale.ROOT));
        return out;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }
}
