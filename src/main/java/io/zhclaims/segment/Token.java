package io.zhclaims.segment;

/**
 * A word of a sentence with its part-of-speech tag (HanLP's PKU-style tags: {@code nt}
 * organization, {@code ns} place, {@code nr} person, {@code m} numeral...).
 *
 * @param start UTF-16 index into the segmented text, inclusive
 * @param end   UTF-16 index, exclusive
 */
public record Token(String word, String tag, int start, int end) {
}
