package io.zhclaims.ingest;

import java.nio.charset.Charset;

/**
 * One article as read from disk: decoded to a Java string, nothing else changed.
 *
 * @param doc       the article's name relative to the corpus root (for a JSON Lines file,
 *                  {@code file.jsonl#id} or {@code file.jsonl#lineNumber})
 * @param url       where the scraper found it, or null
 * @param title     the title given by the container (JSON Lines), or null; HTML titles are
 *                  found by the cleaner
 * @param published the publish date given by the container, as written, or null
 * @param body      the decoded body, markup still in place
 * @param markup    whether {@code body} is plain text or HTML
 * @param charset   the charset the bytes were decoded with
 */
public record RawArticle(String doc, String url, String title, String published,
                         String body, Markup markup, Charset charset) {
}
