package io.zhclaims.normalize;

import java.util.regex.Pattern;

/**
 * Removes pinyin readings that some sites inject after characters: a parenthesized lowercase
 * latin word with at least one tone-marked vowel ({@code 報(bào)告}), also in the damaged form
 * where the opening bracket was lost to a decoding error ({@code ?nèi)}). Parentheses without a
 * tone mark are real content and stay: {@code (Qwen)}, {@code (RLHF)}, {@code (adversarial robustness)}.
 */
public final class PinyinReadings {
    private static final String LETTER = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    /** Reading = opening bracket (or the {@code ?} a lost byte left), letters with a tone mark, closing bracket. */
    static final Pattern READING = Pattern.compile(
            "(?:[(（]|[?\uFFFD])[" + LETTER + "]*[" + TONED + "][" + LETTER + "]*[)）]");

    public String remove(String text) {
        return READING.matcher(text).replaceAll("");
    }

    public boolean containsReading(String text) {
        return READING.matcher(text).find();
    }
}
