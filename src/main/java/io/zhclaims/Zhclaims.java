package io.zhclaims;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimExtractor;
import io.zhclaims.index.ClaimAnalysis;
import io.zhclaims.ingest.ArticleReader;
import io.zhclaims.ingest.CorpusFile;
import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import io.zhclaims.ingest.ReadResult;
import io.zhclaims.normalize.CleanArticle;
import io.zhclaims.normalize.Cleaner;
import io.zhclaims.normalize.ScriptConverter;
import io.zhclaims.quantity.QuantityScanner;
import io.zhclaims.segment.EntityRecognizer;
import io.zhclaims.segment.OrgAliases;
import io.zhclaims.segment.OrgTagger;
import io.zhclaims.segment.Segmenter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The pipeline, top to bottom: read ({@code ingest}) → clean ({@code normalize}) → sentences,
 * figures, names and bindings ({@code claims}). One instance holds the loaded dictionaries and
 * serves every thread; no stage keeps per-article state.
 */
public final class Zhclaims {
    private static final class Shared {
        static final Zhclaims INSTANCE = new Zhclaims();
    }

    private final ArticleReader reader;
    private final ScriptConverter converter;
    private final Cleaner cleaner;
    private final Segmenter segmenter;
    private final ClaimExtractor extractor;
    /** Made on first use: extracting needs neither Lucene's analyzers nor the alias table. */
    private volatile ClaimAnalysis analysis;
    private volatile String fingerprint;

    /**
     * Loading is most of what a short command costs, and its parts do not depend on each other:
     * HanLP's core dictionary, the script converter's tables, the reader and the figure rules are
     * made on one helper thread, the organization model with its word classes and the HanLP
     * tables that segmenting loads on first use on another, while this one loads HanLP's custom
     * dictionary and the name lists. What loads on first use would otherwise load on the thread
     * of the first article, after everything else (a quarter of a one-line extract's main-thread
     * CPU).
     */
    private Zhclaims() {
        FutureTask<Object[]> side = start("zhclaims-loader", () -> {
            // HanLP's core dictionary first: the segmenter on this thread's neighbour needs it
            // only after it has read the name lists and HanLP's custom dictionary.
            initialize(CoreDictionary.class);
            ScriptConverter c = new ScriptConverter();
            Object[] loaded = {new ArticleReader(), c, new Cleaner(c)};
            QuantityScanner.scan("2024年增长22%");
            return loaded;
        });
        FutureTask<OrgTagger> model = start("zhclaims-model", () -> {
            OrgTagger tagger = OrgTagger.shared();
            // Static tables of HanLP's own (word bigrams; the person-name roles and patterns),
            // independent of the custom dictionary this thread's neighbour is filling.
            initialize(CoreBiGramTableDictionary.class);
            initialize(PersonDictionary.class);
            return tagger;
        });
        segmenter = new Segmenter();
        extractor = new ClaimExtractor(new EntityRecognizer(segmenter, join(model)));
        Object[] loaded = join(side);
        reader = (ArticleReader) loaded[0];
        converter = (ScriptConverter) loaded[1];
        cleaner = (Cleaner) loaded[2];
    }

    private static void initialize(Class<?> type) throws ClassNotFoundException {
        Class.forName(type.getName(), true, type.getClassLoader());
    }

    private static <T> FutureTask<T> start(String name, Callable<T> load) {
        FutureTask<T> task = new FutureTask<>(load);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static <T> T join(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("loading the pipeline failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts loading the shared pipeline on a background thread, for a caller that has other
     * work to do first (parsing its command line); {@link #get()} then waits for it. A failure
     * is left for {@link #get()} to report.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                get();
            } catch (Throwable e) {
                // get() on the caller's thread reports it
            }
        }, "zhclaims-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The shared pipeline; the first call loads the dictionaries. */
    public static Zhclaims get() {
        return Shared.INSTANCE;
    }

    public ReadResult read(CorpusFile file) {
        return reader.read(file);
    }

    /** Reads a file's content held in memory; {@code name}'s extension decides the format. */
    public ReadResult read(byte[] bytes, String name, String doc) {
        return reader.read(bytes, name, doc);
    }

    /** Reads a file of the corpus; one larger than {@code maxBytes} fails unread. */
    public ReadResult read(CorpusFile file, long maxBytes) {
        return reader.read(file, maxBytes);
    }

    public CleanArticle clean(RawArticle raw) {
        return cleaner.clean(raw);
    }

    public List<Claim> extract(CleanArticle article) {
        return extractor.extract(article);
    }

    /** Claims of an article as read: cleaned, then extracted. */
    public List<Claim> extract(RawArticle raw) {
        return extract(clean(raw));
    }

    /** Claims of a plain-text article given as a string, for callers that hold text already. */
    public List<Claim> extract(String doc, String text) {
        return extract(new RawArticle(doc, null, null, null, text, Markup.TEXT, StandardCharsets.UTF_8));
    }

    public ArticleResult process(RawArticle raw, String hash) {
        CleanArticle article = clean(raw);
        return new ArticleResult(raw.doc(), hash, article, extract(article));
    }

    /** What users type goes through the same conversion as the articles: t2s, then NFKC. */
    public String normalizeQuery(String text) {
        return converter.convertLine(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }


    /** How claims are analysed for the index and for queries: words, bigrams, organization aliases. */
    public ClaimAnalysis claimAnalysis() {
        ClaimAnalysis a = analysis;
        if (a == null) {
            synchronized (this) {
                a = analysis;
                if (a == null) {
                    analysis = a = new ClaimAnalysis(segmenter, this::normalizeQuery, OrgAliases.shared()::aliasesOf);
                }
            }
        }
        return a;
    }

    /**
     * Identifies this build of the pipeline (its jar, code and models together), so an index
     * made by another build is re-analysed in full rather than mixing two kinds of claims.
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            fingerprint = f = computeFingerprint();
        }
        return f;
    }

    private static String computeFingerprint() {
        try {
            Path code = Path.of(Zhclaims.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return "development";
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(code)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    md.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
            return "unknown";
        }
    }

    /** Identifies an article's content as read, so an unchanged article is not analysed again. */
    public static String contentHash(RawArticle raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{raw.title(), raw.published(), raw.url(), raw.markup().name(), raw.body()}) {
                md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
