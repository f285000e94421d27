package io.zhclaims.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, author, date and source from what the page states, with the patterns of
 * {@code normalize/metadata.txt}. It is fed the text the noise filter removed (bylines,
 * {@code 来源:} lines), so a date inside a body sentence is never taken for the publish date.
 */
public final class MetadataExtractor {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[./年-](\\d{1,2})[./月-](\\d{1,2})");
    /**
     * A file named by its day: 20240315.md, 2024-03-15.txt, 2024_03_15.html. A name with more in it
     * (20240315-8.html, report-20240315.txt) may carry a crawl or archive day, so it gives none.
     */
    private static final Pattern FILE_DATE = Pattern.compile("((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?:\\.[A-Za-z]+)?");

    private final List<Pattern> published;
    private final List<Pattern> author;
    private final List<Pattern> source;

    public MetadataExtractor() {
        Rules rules = Rules.load("normalize/metadata.txt");
        this.published = rules.of("published");
        this.author = rules.of("author");
        this.source = rules.of("source");
    }

    /** Fills the fields still null in {@code meta} from one removed piece of text. */
    public Metadata scan(Metadata meta, String removed) {
        String date = meta.published() != null ? meta.published() : firstDate(published, removed);
        String who = meta.author() != null ? meta.author() : first(author, removed);
        String from = meta.source() != null ? meta.source() : first(source, removed);
        return new Metadata(meta.title(), who, date, from, meta.url());
    }

    /** A date as a page or container writes it ({@code 2025.09.18 11:27}, {@code 2025-09-18T…}) to ISO. */
    public static String isoDate(String written) {
        if (written == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(written);
        return m.find() ? iso(m) : null;
    }

    /** The day a file's name gives ({@code 20240315.md}), or null; only its last path part is read. */
    public static String fileNameDate(String doc) {
        if (doc == null) {
            return null;
        }
        String name = doc.substring(doc.lastIndexOf('/') + 1);
        int hash = name.indexOf('#');
        Matcher m = FILE_DATE.matcher(hash < 0 ? name : name.substring(0, hash));
        return m.matches() ? iso(m) : null;
    }

    private static String firstDate(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return iso(m);
            }
        }
        return null;
    }

    private static String iso(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return String.format("%s-%02d-%02d", m.group(1), month, day);
    }

    private static String first(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
