package io.zhclaims.ingest;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Bytes turned into text.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the charset that decoded every byte strictly
 * @param notes   what decoding changed (NUL bytes removed)
 */
public record Decoded(String text, Charset charset, List<String> notes) {

    public Decoded {
        notes = List.copyOf(notes);
    }

    public Decoded(String text, Charset charset) {
        this(text, charset, List.of());
    }
}
