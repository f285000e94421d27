package io.zhclaims.claims;

import io.zhclaims.quantity.Kind;
import io.zhclaims.quantity.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in a few words what a figure measures and which way it moves. The subject is the noun
 * phrase the figure's clause puts before it ({@code 华人工程师占比达61%} → {@code 华人工程师占比}),
 * or for a count the noun after its classifier ({@code 675名全球顶级AI研究人员}).
 */
final class Describer {
    /** Verbs and qualifiers between a subject and its figure, stripped from the end of the subject. */
    private static final String TAIL_WORDS = "同比|环比|比上年同期|比去年同期|比上年|比去年|比上半年|较上年|较去年|分别|累计|合计|介于|已经|已|均|仅|只有|高达|达到|达|为|是|约为|约|大约|近|将近|接近|超过|超|逾|突破|至少|不到|不足|增长了|增长|增加了|增加|提升了|提升|提高了|提高|上升了|上升|下降了|下降|减少了|减少|降低了|降低|扩大了|扩大|缩小了|缩小|降至|升至|增至|减至|达到了|占了|占"
            + "|约合|合计|共计|共有|共|有|的|了|在|于|从|由|到|至";
    private static final Pattern TAIL = Pattern.compile("(?:" + TAIL_WORDS + ")+\\s*$");
    /** The last characters of the TAIL words: a text ending in none of them has no tail to strip. */
    private static final String TAIL_ENDS = lastChars(TAIL_WORDS);
    private static final Pattern HEAD = Pattern.compile(
            "^(?:其中|其|而|并|且|同时|此外|另外|但|但是|也|还|该|这|此|从|在|截至|截止|到|据|根据|与|和|以及|比|较|当时|发现|显示|表明|结果显示|数据显示|这意味着|意味着)+");
    private static final Pattern TIME_HEAD = Pattern.compile(
            "^(?:(?:19|20)[0-9]{2}\\s*年(?:[0-9]{1,2}月)?(?:底|末|初|以来|前后)?|去年|今年|明年|目前|当前|近年来|近年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|全年|同期)+");
    /** A noun after a count's classifier; not a lone particle or a time word (五年来, 三年后). */
    private static final Pattern AFTER_CLASSIFIER = Pattern.compile("^(?![来后前内以间])[\\p{IsHan}A-Za-z]{2,12}");
    /** What separates the figures of a list: 、 , 和 及 与 或, and the words that share one verb. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:[、,]|和|及|与|或|以及|、和)\\s*");
    // 较上季升3.3%, 按年升29%, 按月跌1.1%: a one-character verb after the comparison it makes
    private static final Pattern UP = Pattern.compile("(?:较|比|按)[^,;。:0-9]{0,6}?[升涨增]|月增|季增|周增|年增|同比增|增长|增加|提升|提高|上升|上涨|扩大|攀升|升至|增至|增幅|涨幅|翻了|翻一番|翻番|突破|创新高|多增");
    private static final Pattern DOWN = Pattern.compile("(?:较|比|按)[^,;。:0-9]{0,6}?[跌降减挫]|月减|季减|周减|年减|同比减|下降|减少|降低|下滑|下跌|回落|缩小|降至|减至|降幅|跌幅|萎缩|缩减|少于|低于|同比降");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”《》()\\s]+|[\\p{Punct}“”《()\\s]+$");
    private static final int MAX_SUBJECT = 16;
    /** Longest run of TAIL words looked for at the end of a subject: a few verbs and particles. */
    private static final int TAIL_REACH = 32;

    /**
     * The subjects of a sentence's figures, in order. Null for years and dates: they say when,
     * not what is measured. A figure listed right after another ({@code 43.5%、62.9%和50.8%}),
     * or one whose own clause names nothing ({@code 手持订单量11452万载重吨,同比增长15.6%}),
     * measures what the figure before it measures.
     */
    List<String> subjects(String sentence, List<Quantity> quantities) {
        List<String> out = new ArrayList<>(quantities.size());
        Quantity previous = null;
        String previousSubject = null;
        for (Quantity q : quantities) {
            String subject = null;
            if (q.kind() != Kind.YEAR && q.kind() != Kind.DATE) {
                boolean listed = previous != null
                        && LIST_GAP.matcher(sentence.substring(previous.end(), q.start())).matches();
                subject = listed && previousSubject != null ? previousSubject : subject(sentence, q, previousSubject);
                previous = q;
                previousSubject = subject;
            }
            out.add(subject);
        }
        return out;
    }

    private String subject(String sentence, Quantity q, String inherited) {
        int[] clause = OrgBinder.clause(sentence, q);
        String before = clean(sentence.substring(clause[0], q.start()));
        if (q.kind() == Kind.COUNT || before.isEmpty()) {
            Matcher m = AFTER_CLASSIFIER.matcher(sentence.substring(q.end(), clause[1]));
            if (m.find() && (q.kind() == Kind.COUNT || inherited == null)) {
                String after = m.group();
                int de = after.indexOf('的');
                return de > 0 ? after.substring(0, de) : after;
            }
        }
        if (before.isEmpty()) {
            return inherited;
        }
        return before;
    }

    /**
     * TAIL on the end of the text only: the pattern is anchored at the end, but a matcher tries
     * it from every position, which on a long clause costs more than all the rest.
     */
    private static String stripTail(String s) {
        String trimmed = s.stripTrailing();
        if (trimmed.isEmpty() || TAIL_ENDS.indexOf(trimmed.charAt(trimmed.length() - 1)) < 0) {
            return s;
        }
        int from = Math.max(0, s.length() - TAIL_REACH);
        return s.substring(0, from) + TAIL.matcher(s.substring(from)).replaceAll("");
    }

    private static String lastChars(String alternation) {
        StringBuilder b = new StringBuilder();
        for (String w : alternation.split("\\|")) {
            char last = w.charAt(w.length() - 1);
            if (b.indexOf(String.valueOf(last)) < 0) {
                b.append(last);
            }
        }
        return b.toString();
    }

    private static String clean(String text) {
        String s = text;
        for (int i = 0; i < 3; i++) {
            String t = stripTail(s);
            t = HEAD.matcher(t).replaceAll("");
            t = TIME_HEAD.matcher(t).replaceAll("").strip();
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        if (s.length() > MAX_SUBJECT) {
            s = s.substring(s.length() - MAX_SUBJECT);
        }
        return s;
    }

    /**
     * For each figure {@code increase}, {@code decrease} or null, from the verb nearest before
     * it in its clause. The verbs are found once per sentence, so a sentence of many figures
     * costs no more than its length times the figures' count.
     */
    List<String> trends(String sentence, List<Quantity> quantities) {
        List<int[]> up = matches(UP, sentence);
        List<int[]> down = matches(DOWN, sentence);
        List<String> out = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            int[] clause = OrgBinder.clause(sentence, q);
            int u = lastWithin(up, clause[0], q.start());
            int d = lastWithin(down, clause[0], q.start());
            out.add(u < 0 && d < 0 ? null : u > d ? "increase" : "decrease");
        }
        return out;
    }

    private static List<int[]> matches(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        for (Matcher m = p.matcher(s); m.find(); ) {
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }

    /** The start of the last match lying within [from, to), or -1. */
    private static int lastWithin(List<int[]> matches, int from, int to) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            int[] m = matches.get(i);
            if (m[1] <= to && m[0] >= from) {
                return m[0];
            }
            if (m[0] < from) {
                break;
            }
        }
        return -1;
    }
}
