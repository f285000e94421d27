package io.zhclaims.index;

import io.zhclaims.claims.Claim;
import io.zhclaims.models.ModelFile;

import java.util.List;

/**
 * The sentence a claim's sentence continues: one that opens with {@code 其中} (其中,北京、广州和
 * 深圳分别下降0.7%…) names its topic only in the sentence before (一线城市新建商品住宅销售价格
 * 环比下降0.5%). Words for such openings: {@code models/index/lead-words.txt}. Fed an article's
 * claims in document order; one instance per article.
 */
final class Leads {
    private static final List<String> OPENERS = ModelFile.lines("index/lead-words.txt").stream()
            .map(l -> l.text().strip()).toList();
    /** Characters (line breaks, spaces) that may stand between a sentence and the one it continues. */
    private static final int MAX_GAP = 2;
    private String sentence;
    private int offset = -1;
    private String lead;

    /** The sentence the claim's sentence continues, or null when it opens no continuation or the one before held no figure. */
    String of(Claim c) {
        if (c.sentence() == null) {
            return null;
        }
        if (c.offset() != offset || !c.sentence().equals(sentence)) {
            String before = sentence;
            int beforeEnd = sentence == null ? -1 : offset + sentence.codePointCount(0, sentence.length());
            lead = before != null && opens(c.sentence()) && c.offset() >= beforeEnd && c.offset() - beforeEnd <= MAX_GAP
                    ? before : null;
            sentence = c.sentence();
            offset = c.offset();
        }
        return lead;
    }

    private static boolean opens(String sentence) {
        return OPENERS.stream().anyMatch(sentence::startsWith);
    }
}
