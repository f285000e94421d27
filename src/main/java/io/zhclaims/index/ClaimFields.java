package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index schema. A claim document holds the record as JSON ({@link #JSON}, the exact
 * export form), its text fields twice ({@code *_w} HanLP words, {@code *_b} CJK bigrams),
 * keyword fields with doc values, numeric point fields and facets. An article marker
 * document ({@link #TYPE} {@code article}) records each article's content hash, so an article
 * without claims is still known to the index; searches never see it.
 */
final class ClaimFields {
    static final String TYPE = "type";
    static final String TYPE_CLAIM = "claim";
    static final String TYPE_ARTICLE = "article";
    /** The article key (its path), on claims and markers alike: the unit of replacement. */
    static final String ARTICLE = "article";
    static final String HASH = "hash";
    static final String JSON = "json";
    static final String ID = "id";

    static final String SENTENCE = "sentence";
    /** The part of the sentence between the punctuation around the mention. */
    static final String CLAUSE = "clause";
    static final String SUBJECT = "subject";
    /** The claim's organizations with all their aliases. */
    static final String ORGS = "orgs";
    static final String MENTION = "mention";
    /** The few characters either side of the mention: the words that stand next to the figure. */
    static final String NEAR = "near";
    /** The article's title: the topic its sentences need not repeat. */
    static final String TITLE = "title";
    /** The sentence a claim's sentence continues ({@link Leads}), stored for the ranking; indexed as part of its sentence. */
    static final String LEAD = "lead";
    static final List<String> TEXT = List.of(SENTENCE, CLAUSE, SUBJECT, ORGS, MENTION, NEAR, TITLE);
    private static final int NEAR_BEFORE = 12;
    private static final int NEAR_AFTER = 6;

    static final String KIND = "kind";
    static final String UNIT = "unit";
    static final String QUALIFIER = "qualifier";
    static final String DOC = "doc";
    /** Lowercased organization names and aliases, for the exact org filter. */
    static final String ORGS_ALL = "orgs_all";
    static final String VALUE = "value";
    /** {@code high} when the claim is a range, else {@code value}. */
    static final String UPPER = "upper";
    static final String YEAR = "year";
    /** yyyymmdd, with 00 for a missing month or day. */
    static final String PUBLISHED = "published";
    static final String OFFSET = "offset";
    static final String START = "start";

    static final String FACET_KIND = "kind";
    static final String FACET_YEAR = "year";
    static final String FACET_ORG = "org";
    static final String FACET_UNIT = "unit";
    static final String FACET_QUALIFIER = "qualifier";
    static final String FACET_DOC = "doc";
    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(FACET_ORG, true);
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

    private ClaimFields() {
    }

    static String words(String field) {
        return field + "_w";
    }

    static String bigrams(String field) {
        return field + "_b";
    }

    static Document marker(String article, String hash) {
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(ARTICLE, article, Field.Store.YES));
        d.add(new StoredField(HASH, hash));
        return d;
    }

    static Document claim(Claim c, ClaimAnalysis analysis, String lead) {
        Document d = new Document();
        d.add(new StringField(TYPE, TYPE_CLAIM, Field.Store.NO));
        d.add(new StringField(ARTICLE, c.doc(), Field.Store.NO));
        d.add(new StoredField(JSON, ClaimJson.toJson(c)));
        if (c.id() != null) {
            d.add(new StringField(ID, c.id(), Field.Store.NO));
        }

        text(d, SENTENCE, c.sentence());
        text(d, CLAUSE, clause(c));
        text(d, SUBJECT, c.subject());
        text(d, MENTION, c.mention());
        text(d, NEAR, near(c));
        text(d, TITLE, c.title());
        if (lead != null) {
            text(d, SENTENCE, lead);
            d.add(new StoredField(LEAD, lead));
        }
        Set<String> orgNames = new LinkedHashSet<>();
        for (String org : c.orgs()) {
            orgNames.addAll(analysis.orgNames(org));
        }
        for (String name : orgNames) {
            text(d, ORGS, name);
            d.add(new KeywordField(ORGS_ALL, name, Field.Store.NO));
        }

        d.add(new KeywordField(KIND, c.kind().id(), Field.Store.NO));
        d.add(new KeywordField(QUALIFIER, c.qualifier().id(), Field.Store.NO));
        d.add(new KeywordField(DOC, c.doc(), Field.Store.NO));
        if (c.unit() != null) {
            d.add(new KeywordField(UNIT, c.unit(), Field.Store.NO));
        }
        if (c.value() != null) {
            // Ranges and sorting need a number; the exact decimal is in the stored record.
            d.add(new DoubleField(VALUE, c.value().doubleValue(), Field.Store.NO));
            d.add(new DoubleField(UPPER, (c.high() == null ? c.value() : c.high()).doubleValue(), Field.Store.NO));
        }
        if (c.year() != null) {
            d.add(new IntField(YEAR, c.year(), Field.Store.NO));
        }
        Integer published = yyyymmdd(c.published());
        if (published != null) {
            d.add(new IntField(PUBLISHED, published, Field.Store.NO));
        }
        d.add(new NumericDocValuesField(OFFSET, c.offset()));
        d.add(new NumericDocValuesField(START, c.start()));

        d.add(new SortedSetDocValuesFacetField(FACET_KIND, c.kind().id()));
        d.add(new SortedSetDocValuesFacetField(FACET_QUALIFIER, c.qualifier().id()));
        d.add(new SortedSetDocValuesFacetField(FACET_DOC, c.doc()));
        if (c.year() != null) {
            d.add(new SortedSetDocValuesFacetField(FACET_YEAR, c.year().toString()));
        }
        if (c.unit() != null && !c.unit().isEmpty()) {
            d.add(new SortedSetDocValuesFacetField(FACET_UNIT, c.unit()));
        }
        for (String org : new LinkedHashSet<>(c.orgs())) {
            if (!org.isEmpty()) {
                d.add(new SortedSetDocValuesFacetField(FACET_ORG, org));
            }
        }
        try {
            return FACETS.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException("facet fields of claim " + c.id(), e);
        }
    }

    /** The mention's place in its sentence in chars (the claim counts code points); null when outside it or without one. */
    static int[] charSpan(Claim c) {
        if (c.sentence() == null) {
            return null;
        }
        try {
            return new int[]{c.sentence().offsetByCodePoints(0, c.start()), c.sentence().offsetByCodePoints(0, c.end())};
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * The stretch of the sentence around the mention between clause punctuation: what a
     * figure measures is usually said in its own clause ({@code 当时华裔研究人员占比为29%}),
     * while the sentence may hold several figures about different things. Commas between
     * digits are thousands separators, not clause ends.
     */
    static String clause(Claim c) {
        String s = c.sentence();
        int[] span = charSpan(c);
        if (span == null) {
            throw new IllegalArgumentException("claim " + c.id() + ": mention " + c.start() + "-"
                    + c.end() + " lies outside its sentence");
        }
        int from = span[0];
        int to = span[1];
        if (from > to) {
            throw new IllegalArgumentException("claim " + c.id() + ": mention start after end");
        }
        int a = from;
        while (a > 0 && !clauseEnd(s, a - 1)) {
            a--;
        }
        int b = to;
        while (b < s.length() && !clauseEnd(s, b)) {
            b++;
        }
        return s.substring(a, b);
    }

    /** Up to {@link #NEAR_BEFORE} code points before the mention and {@link #NEAR_AFTER} after, the mention left out. */
    static String near(Claim c) {
        String s = c.sentence();
        int n = s.codePointCount(0, s.length());
        int from = s.offsetByCodePoints(0, Math.max(0, c.start() - NEAR_BEFORE));
        int start = s.offsetByCodePoints(0, c.start());
        int end = s.offsetByCodePoints(0, c.end());
        int to = s.offsetByCodePoints(0, Math.min(n, c.end() + NEAR_AFTER));
        return s.substring(from, start) + ' ' + s.substring(end, to);
    }

    private static boolean clauseEnd(String s, int i) {
        char ch = s.charAt(i);
        if (ch == ',' || ch == '，') {
            boolean digitsAround = i > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
            return !digitsAround;
        }
        return ";；:：。!?！？".indexOf(ch) >= 0;
    }

    static Integer yyyymmdd(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(iso);
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return y * 10000 + mo * 100 + day;
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(words(field), value, Field.Store.NO));
            d.add(new TextField(bigrams(field), value, Field.Store.NO));
        }
    }
}
