package io.zhclaims.quantity;

/**
 * A figure found in a sentence, typed and normalized as FORMAT.md describes.
 *
 * @param start   start of the mention in the sentence (UTF-16 index, inclusive)
 * @param end     end of the mention in the sentence (UTF-16 index, exclusive)
 * @param mention the mention as written, qualifier words left out ({@code 357 万名})
 * @param value   the normalized number; for {@link Kind#DATE} the year, or NaN when absent
 * @param high    the upper end of a range, or null
 * @param date    the ISO-8601 value of a {@link Kind#DATE} ({@code 2025-01-20}, {@code --01-20},
 *                {@code 2022-06}, {@code --12}); null for every other kind
 * @param unit    the normalized unit ({@code %}, {@code CNY}, {@code 名}, {@code 年}...) or null
 */
public record Quantity(Kind kind, int start, int end, String mention, double value, Double high,
                       String date, String unit, Qualifier qualifier) {
}
