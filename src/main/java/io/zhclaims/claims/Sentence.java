package io.zhclaims.claims;

/**
 * A sentence of the cleaned text.
 *
 * @param start     UTF-16 index of the sentence in the cleaned text
 * @param paragraph index of the paragraph it belongs to
 * @param local     UTF-16 index of the sentence within its paragraph
 */
public record Sentence(String text, int start, int paragraph, int local) {
}
