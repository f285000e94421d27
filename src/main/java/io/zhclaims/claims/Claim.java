package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Qualifier;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure with what it measures, when, and who stands behind it: the export record
 * (schema: {@code src/main/resources/claim.schema.json}).
 *
 * @param id        stable id, derived from the article's content and the mention's position
 * @param doc       the article's path relative to the corpus root
 * @param url       the page's address (an HTML canonical link or {@code og:url}, a JSON Lines
 *                  {@code url} field), or null
 * @param published ISO date or null
 * @param sentence  the cleaned, simplified sentence
 * @param original  the same sentence in the article's own script
 * @param offset    where the sentence starts in the cleaned text (code points)
 * @param start     mention start within the sentence (code points, inclusive)
 * @param end       mention end within the sentence (code points, exclusive)
 * @param value     the normalized number as the decimal the text wrote ({@code 12.7亿} is
 *                  exactly 1270000000); for a date its year, null when it names none
 * @param date      the ISO value of a date mention, null for other kinds
 * @param year      the year the figure refers to, or null
 * @param trend     {@code increase}, {@code decrease} or null
 */
public record Claim(String id, String doc, String url, String title, String published,
                    String sentence, String original, int offset, int start, int end,
                    String mention, Kind kind, BigDecimal value, BigDecimal high, String date,
                    String unit, Qualifier qualifier, Integer year,
                    List<String> orgs, List<String> places, List<String> persons,
                    String subject, String source, String trend) {
    public Claim {
        orgs = List.copyOf(orgs);
        places = List.copyOf(places);
        persons = List.copyOf(persons);
    }
}
