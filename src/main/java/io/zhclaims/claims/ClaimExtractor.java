package io.zhclaims.claims;

import io.zhclaims.normalize.CleanArticle;
import io.zhclaims.quantity.Quantity;
import io.zhclaims.quantity.QuantityScanner;
import io.zhclaims.segment.Entity;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.EntityType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a cleaned article into claim records: sentence by sentence, every figure the scanner
 * finds, with the year, organizations, subject and trend its own sentence gives it. Holds only
 * shared, immutable helpers, so one instance serves every thread.
 */
public final class ClaimExtractor {
    /** A sentence needs some Chinese prose around its figures; code and tables left by a page have none. */
    private static final Pattern PROSE = Pattern.compile("\\p{IsHan}.*\\p{IsHan}");

    /** Where the article comes from decides what a bare 元 is (FORMAT.md: TWD in Taiwan, HKD in Hong Kong, MOP in Macau). */
    private static final Regions REGIONS = Regions.load("claims/regions.txt");

    /** Figures beyond which a sentence is taken for a table run together (see {@link #extract}). */
    private static final int MAX_FIGURES = 24;
    /** Longest piece such a sentence is cut into. */
    private static final int DENSE_PIECE = 80;
    /** Claims of one article held in memory; past this many they go to disk ({@link SpilledClaims}). */
    static final int HELD_CLAIMS = 20_000;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final EntityRecognizer recognizer;
    private final YearBinder years = new YearBinder();
    private final OrgBinder orgs = new OrgBinder();
    private final Describer describer = new Describer();
    private final RelativeDates relativeDates = new RelativeDates();

    public ClaimExtractor(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public List<Claim> extract(CleanArticle article) {
        String text = article.text();
        String contentId = sha256(text);
        Integer publishedYear = article.meta().published() == null ? glossedYear(text)
                : Integer.valueOf(article.meta().published().substring(0, 4));
        String yuan = yuanCurrency(article, text);
        SpilledClaims.Collector out = new SpilledClaims.Collector(HELD_CLAIMS);
        List<Sentence> sentences = splitter.split(article.paragraphs());
        FullNames fullNames = new FullNames(recognizer, sentences, text);
        int[] cursor = {0, 0};
        for (int k = 0; k < sentences.size(); k++) {
            Sentence whole = sentences.get(k);
            if (!PROSE.matcher(whole.text()).find()) {
                continue;
            }
            List<Quantity> scanned = relativeDates.resolve(whole.text(), scan(whole.text(), yuan), publishedYear);
            // A sentence with more figures than any prose has (the most in the gold: 11) is a
            // table or a list run together; its figures are described piece by piece, which keeps
            // the work per figure (binding, indexing its sentence) small.
            Map<Sentence, List<Quantity>> pieces = scanned.size() > MAX_FIGURES
                    ? pieces(whole, scanned) : Map.of(whole, scanned);
            // Years bind over the whole sentence (its year may stand in its first words); the pieces
            // keep the figures in order, so they take their years in turn.
            List<Integer> wholeYears = years.bindAll(whole.text(), scanned, publishedYear);
            int taken = 0;
            // 内政部警政署统计,…(a dozen figures): the source a dense sentence opens with is the
            // source of the figures of its later pieces that name no organization themselves.
            List<String> sources = new ArrayList<>();
            for (Map.Entry<Sentence, List<Quantity>> piece : pieces.entrySet()) {
                Sentence s = piece.getKey();
                List<Quantity> quantities = piece.getValue();
                if (quantities.isEmpty()) {
                    continue;
                }
                // Only sentences with figures are recognized: the others hold no claim.
                List<Entity> entities = recognizer.recognize(s.text());
                fullNames.read(k, entities);
                List<Span> orgSpans = new ArrayList<>();
                List<Span> written = spans(entities, EntityType.ORG);
                for (Span o : written) {
                    // A sentence that names the full name itself already carries it.
                    String full = fullNames.of(o.text(), k);
                    boolean inSentence = written.stream().anyMatch(w -> w.text().equals(full));
                    orgSpans.add(inSentence ? o : new Span(full, o.start(), o.end()));
                }
                orgSpans.addAll(fullNames.shortForms(s.text(), k, entities));
                orgSpans.sort(java.util.Comparator.comparingInt(Span::start));
                List<Integer> bound = wholeYears.subList(taken, taken + quantities.size());
                taken += quantities.size();
                List<OrgBinder.Binding> bindings = orgs.bindAll(s.text(), quantities, orgSpans);
                if (orgSpans.isEmpty() && !sources.isEmpty()) {
                    bindings = Collections.nCopies(quantities.size(), new OrgBinder.Binding(List.copyOf(sources), sources.get(0)));
                }
                bindings.stream().map(OrgBinder.Binding::source).filter(Objects::nonNull)
                        .filter(x -> !sources.contains(x)).forEach(sources::add);
                List<String> subjects = describer.subjects(s.text(), quantities);
                List<String> trends = describer.trends(s.text(), quantities);
                String original = original(article, s);
                // Counted on from the sentence before: counting from the text's start each time
                // would make a long article cost the square of its length.
                cursor[1] += text.codePointCount(cursor[0], s.start());
                cursor[0] = s.start();
                int offset = cursor[1];
                for (int i = 0; i < quantities.size(); i++) {
                    Quantity q = quantities.get(i);
                    int start = s.text().codePointCount(0, q.start());
                    int end = start + s.text().codePointCount(q.start(), q.end());
                    out.add(new Claim(id(contentId, offset + start, offset + end), article.doc(),
                            article.meta().url(), article.meta().title(), article.meta().published(), s.text(), original,
                            offset, start, end, q.mention(), q.kind(), Decimals.of(q.value()), Decimals.of(q.high()), q.date(),
                            q.unit(), q.qualifier(), bound.get(i), bindings.get(i).orgs(),
                            names(entities, EntityType.PLACE, EntityType.BLOC), names(entities, EntityType.PERSON),
                            subjects.get(i), bindings.get(i).source(),
                            trends.get(i)));
                }
            }
        }
        return out.claims();
    }

    /**
     * The year a page without a publish date writes as its own when it glosses a relative year
     * with the Western one ({@code 今(2026)年} → 2026, {@code 去(2025)年} → 2026), so that its other
     * {@code 今年} and {@code 去年} resolve too; null when it glosses none.
     */
    static Integer glossedYear(String text) {
        Matcher m = GLOSSED_YEAR.matcher(text);
        if (!m.find()) {
            return null;
        }
        return Integer.parseInt(m.group(2)) - YearBinder.YEAR_OFFSETS.get(m.group(1) + "年");
    }

    private static final Pattern GLOSSED_YEAR = Pattern.compile("([今去前明])\\(\\s*((?:19|20)\\d{2})\\s*\\)年");

    /**
     * A dense sentence cut before a figure wherever the piece would grow beyond
     * {@link #DENSE_PIECE} characters, so no figure is cut; each piece with its figures.
     */
    private static Map<Sentence, List<Quantity>> pieces(Sentence whole, List<Quantity> quantities) {
        Map<Sentence, List<Quantity>> out = new LinkedHashMap<>();
        String text = whole.text();
        int from = 0;
        List<Quantity> current = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.end() - from > DENSE_PIECE && q.start() > from && q.start() >= from + lastEnd(current)) {
                int cut = clauseCut(text, from + lastEnd(current), q.start());
                out.put(piece(whole, from, cut), current);
                from = cut;
                current = new ArrayList<>();
            }
            current.add(new Quantity(q.kind(), q.start() - from, q.end() - from, q.mention(), q.value(), q.high(),
                    q.date(), q.unit(), q.qualifier()));
        }
        out.put(piece(whole, from, text.length()), current);
        return out;
    }

    /**
     * Where a piece ends: after the last clause mark or blank between the figure before and the
     * next one ({@code …为降幅最大 [3] - |净利润规模甲银行以860亿元}), so a figure keeps
     * the words that name what it is about; right before the next figure when there is none.
     */
    private static int clauseCut(String text, int after, int next) {
        for (int i = next; i > after; i--) {
            char c = text.charAt(i - 1);
            if (",;:、。 ]".indexOf(c) >= 0) {
                return i;
            }
        }
        return next;
    }

    private static int lastEnd(List<Quantity> piece) {
        return piece.isEmpty() ? 0 : piece.get(piece.size() - 1).end();
    }

    private static Sentence piece(Sentence whole, int from, int to) {
        return new Sentence(whole.text().substring(from, to), whole.start() + from, whole.paragraph(), whole.local() + from);
    }

    /** The figures of a sentence; one beyond a double's range (1e400) has no value JSON can hold and is not reported. */
    private static List<Quantity> scan(String sentence, String yuan) {
        return QuantityScanner.scan(sentence, yuan).stream()
                .filter(q -> Double.isFinite(q.value()) || q.kind() == io.zhclaims.quantity.Kind.DATE)
                .filter(q -> q.high() == null || Double.isFinite(q.high()))
                .toList();
    }

    /**
     * Articles in traditional script come from Taiwan, Hong Kong or Macau: the one the page's
     * address and the article's own words point to most, Taiwan, the larger source of
     * traditional text, on a tie. Simplified text is mainland.
     */
    static String yuanCurrency(CleanArticle article, String text) {
        if (!article.traditional()) {
            return "CNY";
        }
        String where = (article.meta().url() == null ? "" : article.meta().url()) + ' ' + text;
        return REGIONS.currency(where);
    }

    /**
     * The sentence in the article's own script. t2s keeps lengths for nearly all text, so the
     * same bounds apply; where a phrase changed length the original paragraph is split on its own.
     */
    private String original(CleanArticle article, Sentence s) {
        String simplified = article.paragraphs().get(s.paragraph());
        String original = article.originalParagraphs().get(s.paragraph());
        if (original.length() == simplified.length()) {
            return original.substring(s.local(), s.local() + s.text().length());
        }
        List<int[]> ours = splitter.bounds(simplified);
        List<int[]> theirs = splitter.bounds(original);
        for (int i = 0; i < ours.size() && ours.size() == theirs.size(); i++) {
            if (ours.get(i)[0] == s.local()) {
                return original.substring(theirs.get(i)[0], theirs.get(i)[1]);
            }
        }
        return original;
    }

    /** The organizations of a sentence, each name as written (消费者委员会(消委会): both names). */
    private static List<Span> spans(List<Entity> entities, EntityType type) {
        List<Span> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == type) {
                out.add(new Span(e.text(), e.start(), e.end()));
            }
        }
        return out;
    }

    /** The names of the given types; a union of states is where a figure is, as a place is (欧盟的GDP). */
    private static List<String> names(List<Entity> entities, EntityType... types) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (Arrays.asList(types).contains(e.type())) {
                out.add(e.text());
            }
        }
        return List.copyOf(out);
    }

    private static String id(String contentId, int start, int end) {
        return sha256(contentId + ':' + start + ':' + end).substring(0, 16);
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread: looking the algorithm up costs more than hashing an id. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });
}
