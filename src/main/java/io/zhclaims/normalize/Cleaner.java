package io.zhclaims.normalize;

import io.zhclaims.ingest.Markup;
import io.zhclaims.ingest.RawArticle;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * RawArticle → CleanArticle. The order is the one the reference text was made with: garbled
 * GBK runs are repaired on the raw text (their bytes are only meaningful before anything else
 * changes them), pinyin readings go, traditional articles are converted to simplified, NFKC,
 * each line stripped; then the line stages drop page noise, in the order {@link #stages} lists. The original-script paragraphs go through
 * the same steps except t2s, so both lists match entry for entry.
 *
 * <p>One shared instance serves all threads: every stage is stateless after construction.
 */
public final class Cleaner {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().build();
    /**
     * Format characters (zero-width spaces and joiners, soft hyphens, direction marks) and
     * control characters other than tab and line breaks: invisible on the page, but inside a
     * figure ({@code 3\u200B5%}) they would split it or change its value.
     */
    private static final java.util.regex.Pattern INVISIBLE =
            java.util.regex.Pattern.compile("[\\p{Cf}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+");
    private final ScriptConverter converter;
    private final GarbleRepairer garble;
    private final PinyinReadings pinyin = new PinyinReadings();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final HtmlExtractor html = new HtmlExtractor();
    /** The line stages, in the order they run. */
    private final List<LineStage> stages;

    public Cleaner() {
        this(new ScriptConverter());
    }

    public Cleaner(ScriptConverter converter) {
        this.converter = converter;
        this.garble = new GarbleRepairer(converter);
        NoiseFilter noise = new NoiseFilter();
        this.stages = List.of(
                new RelatedListStage(noise),
                new NoiseLineStage(noise),
                new HeadlineListStage(),
                new RepeatedParagraphStage(),
                new CodeListingStage(noise));
    }

    public CleanArticle clean(RawArticle raw) {
        if (raw == null || raw.body() == null) {
            throw new IllegalArgumentException("article has no body");
        }
        Markup markup = raw.markup() == null ? Markup.TEXT : raw.markup();
        String text;
        String title = raw.title();
        Metadata meta;
        if (markup == Markup.HTML || markup == Markup.MARKDOWN) {
            HtmlExtractor.Page page = html.extract(markup == Markup.HTML ? raw.body() : MARKDOWN_HTML.render(MARKDOWN.parse(raw.body())));
            text = String.join("\n", page.lines());
            title = page.title() != null ? page.title() : title;
            meta = new Metadata(null, page.author(), MetadataExtractor.isoDate(page.published()), null,
                    raw.url() != null ? raw.url() : page.url());
        } else {
            text = raw.body();
            meta = new Metadata(null, null, null, null, raw.url());
        }
        if (meta.published() == null && raw.published() != null) {
            meta = new Metadata(null, meta.author(), MetadataExtractor.isoDate(raw.published()), null, meta.url());
        }

        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = garble.repair(text);
        text = pinyin.remove(text);
        boolean traditional = converter.isTraditional(text);

        List<String> originals = new ArrayList<>();
        List<String> simplified = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            title = pinyin.remove(INVISIBLE.matcher(title).replaceAll(""));
            String firstLine = firstLine(text);
            if (!nfkc(firstLine).equals(nfkc(title))) {
                text = title + "\n" + text;
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String orig = nfkc(line).strip();
            String simp = traditional ? nfkc(converter.toSimplified(line)).strip() : orig;
            if (!simp.isEmpty()) {
                lines.add(new Line(orig, simp));
            }
        }
        Metadata[] found = {meta};
        for (LineStage stage : stages) {
            lines = stage.apply(lines, removed -> found[0] = metadata.scan(found[0], removed));
        }
        meta = found[0];
        if (meta.published() == null) {
            // The last resort: archives name files by their day (20240315.md, news-2024-03-15.html).
            meta = new Metadata(meta.title(), meta.author(), MetadataExtractor.fileNameDate(raw.doc()), meta.source(), meta.url());
        }
        List<String> paragraphs = lines.stream().map(Line::simplified).toList();
        List<String> originalParagraphs = lines.stream().map(Line::original).toList();
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no article text left after cleaning");
        }
        String metaTitle = title != null && !title.isBlank()
                ? nfkc(traditional ? converter.toSimplified(title) : title).strip() : headline(paragraphs.get(0));
        meta = new Metadata(metaTitle, meta.author(), meta.published(), meta.source(), meta.url());
        return new CleanArticle(raw.doc(), meta, paragraphs, originalParagraphs, traditional);
    }

    /** A plain-text article's first line is its title when it reads like one: short, not a sentence. */
    private static String headline(String first) {
        return first.length() <= 60 && !first.endsWith("。") ? first : null;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
