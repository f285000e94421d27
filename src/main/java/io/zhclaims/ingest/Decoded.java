package io.zhclaims.ingest;

import java.nio.charset.Charset;

/**
 * Bytes turned into text.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the charset that decoded every byte strictly
 */
public record Decoded(String text, Charset charset) {
}
