package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * A month or a day dated by a relative year ({@code 今年6月}, {@code 去年12月27日}): the date takes
 * the year the word counts to from the page's publish date ({@code 2025-12-27}), and its mention
 * takes in the word. Without a publish date the word still belongs to the mention and the date
 * keeps no year ({@code --06}). Stateless.
 */
final class RelativeDates {
    List<Quantity> resolve(String sentence, List<Quantity> quantities, Integer publishedYear) {
        List<Quantity> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            out.add(q.kind() == Kind.DATE && q.date() != null && q.date().startsWith("--") && q.start() >= 2
                    ? dated(sentence, q, publishedYear) : q);
        }
        return out;
    }

    private static Quantity dated(String sentence, Quantity q, Integer publishedYear) {
        String word = sentence.substring(q.start() - 2, q.start());
        Integer shift = YearBinder.YEAR_OFFSETS.get(word);
        // a day alone (---27) is no month of that year
        if (shift == null || q.date().startsWith("---")) {
            return q;
        }
        Integer year = publishedYear == null ? null : publishedYear + shift;
        String date = year == null ? q.date() : year + q.date().substring(1);
        return new Quantity(q.kind(), q.start() - 2, q.end(), word + q.mention(),
                year == null ? q.value() : year, q.high(), date, q.unit(), q.qualifier());
    }
}
