package io.zhclaims.normalize;

/**
 * What the page says about the article, kept out of the body text. Any field may be null.
 *
 * @param published ISO-8601 date ({@code 2025-09-18}) when the page states one
 */
public record Metadata(String title, String author, String published, String source, String url) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);
}
