package io.zhclaims.segment;

import java.util.Objects;

/**
 * A name found in a sentence, written as in the text.
 *
 * @param start   UTF-16 index into the sentence, inclusive
 * @param end     UTF-16 index, exclusive
 * @param recurs  the name was found by what stands around it and names the same body wherever the
 *                article repeats it (a club by its nickname beside a score: 勇士以86比84), though
 *                another sentence may give no such sign
 */
public record Entity(String text, EntityType type, int start, int end, boolean recurs) {
    public Entity(String text, EntityType type, int start, int end) {
        this(text, type, start, end, false);
    }

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad entity span [" + start + "," + end + ") for " + text);
        }
    }
}
