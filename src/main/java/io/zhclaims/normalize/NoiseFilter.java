package io.zhclaims.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes page noise in cleaned (simplified, NFKC, stripped) lines with the patterns of
 * {@code normalize/noise.txt}: whole noise lines, noise prefixes fused with real text (a
 * byline before {@code 简介:}), and code listings recognized by their shape.
 */
public final class NoiseFilter {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,3}\\.\\s+");
    private static final int LONGEST_NOISE_LINE = 200;
    private static final int LONGEST_NOISE_SENTENCE = 60;
    private static final Pattern STRING_LITERAL = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+(?:#|//).*$");
    private static final Pattern LISTED_HEADLINE = Pattern.compile("[·•‧・●○■□▪◆◇►▶▸★☆\\-*]?\\s*.{2,50}(?<![。.])");

    private final List<Pattern> drop;
    private final List<Pattern> cut;
    private final List<Pattern> tail;
    private final List<Pattern> code;
    private final List<Pattern> comment;
    private final List<Pattern> related;

    public NoiseFilter() {
        Rules rules = Rules.load("normalize/noise.txt");
        this.drop = rules.of("drop");
        this.cut = rules.of("cut");
        this.tail = rules.of("tail");
        this.code = rules.of("code");
        this.comment = rules.of("comment");
        this.related = rules.of("related");
    }

    /** Length of the noise prefix at the start of the line (0 when none); a cut may leave nothing. */
    public int noisePrefix(String line) {
        int at = 0;
        boolean again = true;
        while (again && at < line.length()) {
            again = false;
            for (Pattern p : cut) {
                Matcher m = p.matcher(line).region(at, line.length());
                if (m.lookingAt() && m.end() > at) {
                    at = m.end();
                    again = true;
                }
            }
        }
        return at;
    }

    /** Where a noise piece fused to the end of the line starts (the line's length when none). */
    public int noiseSuffix(String line) {
        int from = line.length();
        for (Pattern p : tail) {
            Matcher m = p.matcher(line);
            if (m.find() && m.end() == line.length() && m.start() < from) {
                from = m.start();
            }
        }
        return from;
    }

    /** Whether the whole line is noise (navigation, prompts, footers, filing numbers, spam). */
    public boolean isNoiseLine(String line) {
        // Page furniture is short and is not closed like a sentence: a longer line that ends
        // with 。 is prose, and trying every pattern on it is most of the cleaning time.
        if (line.length() > LONGEST_NOISE_LINE || line.length() > LONGEST_NOISE_SENTENCE && endsLikeSentence(line)) {
            return false;
        }
        for (Pattern p : drop) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line heads a list of related articles ({@code 相关阅读}, {@code 延伸阅读}). */
    public boolean isRelatedHeader(String line) {
        return matchesAny(related, line);
    }

    /**
     * Whether the line reads like a listed headline rather than prose: short, optionally
     * bulleted, and not closed like a sentence. Under a related-articles header such lines are
     * links to other articles, whose figures are not this article's.
     */
    public boolean isListedHeadline(String line) {
        return LISTED_HEADLINE.matcher(line).matches();
    }

    /**
     * Marks the code lines of a block of lines: a line is code when, without its list number
     * and trailing comment, it has a code shape and no Chinese; a comment line (even a Chinese
     * one) is code when a neighbouring line is.
     */
    public boolean[] codeLines(List<String> lines) {
        int n = lines.size();
        boolean[] isCode = new boolean[n];
        boolean[] isComment = new boolean[n];
        for (int i = 0; i < n; i++) {
            String body = LIST_NUMBER.matcher(lines.get(i)).replaceFirst("");
            isComment[i] = matchesAny(comment, body);
            String codePart = TRAILING_COMMENT.matcher(body).replaceFirst("");
            // Chinese inside a string literal (llm.generate(["介绍一下H200"])) is still code.
            String outsideStrings = STRING_LITERAL.matcher(codePart).replaceAll("\"\"");
            isCode[i] = !isComment[i] && !codePart.isBlank() && !HAN.matcher(outsideStrings).find()
                    && matchesAny(code, outsideStrings);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (isComment[i] && !isCode[i]
                        && ((i > 0 && isCode[i - 1]) || (i + 1 < n && isCode[i + 1]))) {
                    isCode[i] = true;
                    changed = true;
                }
            }
        }
        return isCode;
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '。' || last == '!' || last == '?' || last == '”';
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
