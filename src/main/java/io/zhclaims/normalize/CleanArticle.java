package io.zhclaims.normalize;

import java.util.List;

/**
 * An article after cleaning: simplified, noise-free, NFKC-normalized paragraphs.
 *
 * @param paragraphs         the cleaned simplified text, one paragraph (or title, heading,
 *                           list item) per entry, none empty
 * @param originalParagraphs the same paragraphs in the article's own script (before t2s),
 *                           entry for entry, so a sentence can be shown as the reader saw it
 * @param traditional        whether the article was written in traditional characters
 */
public record CleanArticle(String doc, Metadata meta, List<String> paragraphs,
                           List<String> originalParagraphs, boolean traditional) {
    public CleanArticle {
        paragraphs = List.copyOf(paragraphs);
        originalParagraphs = List.copyOf(originalParagraphs);
        if (paragraphs.size() != originalParagraphs.size()) {
            throw new IllegalArgumentException("paragraphs and originals differ in count");
        }
    }

    /** The cleaned text, paragraphs joined by line breaks: what gold quotes and offsets refer to. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
