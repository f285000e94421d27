package io.zhclaims.segment;

import java.util.Objects;

/**
 * A name found in a sentence, written as in the text.
 *
 * @param start UTF-16 index into the sentence, inclusive
 * @param end   UTF-16 index, exclusive
 */
public record Entity(String text, EntityType type, int start, int end) {
    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad entity span [" + start + "," + end + ") for " + text);
        }
    }
}
