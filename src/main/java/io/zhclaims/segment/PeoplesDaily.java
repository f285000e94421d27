package io.zhclaims.segment;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the People's Daily 1998 corpus (PKU tags, GBK, one paragraph a line, words separated by
 * two spaces, compound names in {@code [中央/n 电视台/n]nt} brackets) into sentences with their
 * organization spans.
 *
 * <p>What counts as an organization follows the pipeline's notion, not only the corpus's
 * {@code nt}: a bracket or word tagged {@code nt}, and an abbreviation tagged {@code j} that
 * ends like a body (外经贸部, 安理会, 中纪委, 十五大), while the abbreviations of countries,
 * fields and events (中, 经贸, 三中全会, 奥运会) stay outside. A bracket that never closes on
 * its line is dropped, not guessed.
 */
final class PeoplesDaily {
    /** One sentence: its text (full-width forms folded as the pipeline's NFKC does) and organization spans. */
    record Sentence(String article, String text, List<int[]> orgs) {
    }

    private static final Pattern ORG_ABBREVIATION = Pattern.compile(
            ".+(委|委会|理会|协|协会|联|部|局|院|党|社|办|署|厅|所|校|行|司|厂|组织|军|约|体|人大|政协|[一二三四五六七八九十]+大|联大|总会|工会|商会|学会|台|盟)|中共");
    private static final Pattern NOT_A_BODY = Pattern.compile(
            ".*(全会|运会|奥会|博会|交会|代会|两会|院校|高校|[东西中南北内外]部|党政军|港澳台|冠亚军|军体|奥体|工体|大中学校|院所|委办局|母子公司|一中一台)");
    private static final String ENDS = "。!?";
    /** 人民日报/nz: a newspaper is a body that publishes, as journals are in FORMAT.md. */
    private static final Pattern NEWSPAPER = Pattern.compile("\\p{IsHan}{2,}(?:日报|晚报|时报|报)");
    /** [中国 人民 政治 协商 会议]nz, [中共 十五大]nz: the corpus files some bodies and congresses under nz. */
    private static final Pattern BODY_END = Pattern.compile("(?:会议|委员会|组织|协会|[一二三四五六七八九十]+大)");

    /** A term before a body's name: 九届 + 全国人大, 第八届 + 全国人民代表大会. */
    private static final Pattern TERM_BEFORE = Pattern.compile("第?[一二三四五六七八九十]{1,3}届$");
    /** A party's congress after its name: 致公党 + 第十一次全国代表大会, 民进 + 八大. */
    private static final Pattern CONGRESS_AFTER = Pattern.compile(
            "^(?:第?[一二三四五六七八九十百零〇0-9]{1,4}次(?:全国)?(?:会员)?代表大会"
                    + "|[一二三四五六七八九十]{1,3}大(?![学量型批项类幅规部厦会师众小多致概家力]))");

    private PeoplesDaily() {
    }

    static List<Sentence> read(Path file) throws IOException {
        String text = Files.readString(file, Charset.forName("GBK"));
        List<Sentence> out = new ArrayList<>();
        Set<String> parties = parties(text);
        for (String line : text.split("\n")) {
            paragraph(line.replace("\r", ""), parties, out);
        }
        return out;
    }

    /**
     * Abbreviations the corpus itself uses as a party with its central committee ({@code [民革/j
     * 中央/n]nt}): standing alone they name the party.
     */
    private static Set<String> parties(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("\\[(\\S+)/j {2}中央/n\\]nt").matcher(text);
        while (m.find()) {
            out.add(fold(m.group(1)));
        }
        return out;
    }

    private record Word(String text, String tag, int bracket, String bracketTag) {
    }

    private static void paragraph(String line, Set<String> parties, List<Sentence> out) {
        String[] raw = line.strip().split(" {2}");
        if (raw.length < 2) {
            return;
        }
        String id = raw[0];
        int dash = id.lastIndexOf('-');
        String article = dash > 0 ? id.substring(0, dash) : id;
        List<Word> words = new ArrayList<>();
        int bracket = -1;
        int opened = -1;
        int brackets = 0;
        for (int k = 1; k < raw.length; k++) {
            String token = raw[k].strip();
            if (token.isEmpty()) {
                continue;
            }
            if (token.startsWith("[") && token.length() > 1 && token.indexOf('/') > 1) {
                bracket = brackets++;
                opened = words.size();
                token = token.substring(1);
            }
            String closeTag = null;
            int close = token.lastIndexOf(']');
            if (close > 0 && close > token.lastIndexOf('/') && bracket >= 0) {
                closeTag = token.substring(close + 1);
                token = token.substring(0, close);
            }
            int slash = token.lastIndexOf('/');
            if (slash <= 0) {
                return; // a malformed token: skip the paragraph rather than guess its words
            }
            words.add(new Word(fold(token.substring(0, slash)), token.substring(slash + 1), bracket, null));
            if (closeTag != null) {
                for (int j = opened; j < words.size(); j++) {
                    Word w = words.get(j);
                    words.set(j, new Word(w.text, w.tag, w.bracket, closeTag));
                }
                bracket = -1;
            }
        }
        if (bracket >= 0) {
            // a bracket left open: its words count as plain words
            for (int j = opened; j < words.size(); j++) {
                Word w = words.get(j);
                words.set(j, new Word(w.text, w.tag, -1, null));
            }
        }
        StringBuilder sb = new StringBuilder();
        List<int[]> orgs = new ArrayList<>();
        int spanStart = -1;
        for (int j = 0; j < words.size(); j++) {
            Word w = words.get(j);
            int start = sb.length();
            sb.append(w.text);
            boolean inNtBracket = w.bracket >= 0 && ("nt".equals(w.bracketTag)
                    || "nz".equals(w.bracketTag) && bracketNamesABody(words, w.bracket));
            if (inNtBracket) {
                if (j == 0 || words.get(j - 1).bracket != w.bracket) {
                    spanStart = start;
                }
                if (j + 1 == words.size() || words.get(j + 1).bracket != w.bracket) {
                    orgs.add(new int[]{spanStart, sb.length()});
                }
            } else if (w.tag.equals("nt") || w.tag.equals("j") && (isBodyAbbreviation(w.text) || parties.contains(w.text))
                    || w.tag.equals("nz") && NEWSPAPER.matcher(w.text).matches()) {
                orgs.add(new int[]{start, sb.length()});
            }
            boolean sentenceEnd = w.text.length() == 1 && ENDS.indexOf(w.text.charAt(0)) >= 0 && w.bracket < 0;
            if (sentenceEnd || j + 1 == words.size()) {
                emit(article, sb, orgs, out);
                sb.setLength(0);
                orgs = new ArrayList<>();
            }
        }
    }

    private static void emit(String article, StringBuilder sb, List<int[]> orgs, List<Sentence> out) {
        if (sb.length() > 0) {
            String text = sb.toString();
            out.add(new Sentence(article, text, widen(text, orgs)));
        }
    }

    /**
     * A body's name with its term before it and its congress after it, as one name
     * ({@code 九届全国人大}, {@code 中国致公党第十一次全国代表大会}); the corpus leaves them outside.
     */
    static List<int[]> widen(String text, List<int[]> orgs) {
        List<int[]> out = new ArrayList<>(orgs.size());
        for (int k = 0; k < orgs.size(); k++) {
            int start = orgs.get(k)[0];
            int end = orgs.get(k)[1];
            int previousEnd = k > 0 ? orgs.get(k - 1)[1] : 0;
            int nextStart = k + 1 < orgs.size() ? orgs.get(k + 1)[0] : text.length();
            Matcher before = TERM_BEFORE.matcher(text.substring(Math.max(previousEnd, start - 4), start));
            if (before.find()) {
                start -= before.end() - before.start();
            }
            Matcher after = CONGRESS_AFTER.matcher(text.substring(end, nextStart));
            if (after.find()) {
                end += after.end();
            }
            out.add(new int[]{start, end});
        }
        return List.copyOf(out);
    }

    private static boolean bracketNamesABody(List<Word> words, int bracket) {
        Word last = null;
        for (Word w : words) {
            if (w.bracket == bracket) {
                last = w;
            }
        }
        return last != null && BODY_END.matcher(last.text).matches();
    }

    static boolean isBodyAbbreviation(String w) {
        return w.length() >= 2 && ORG_ABBREVIATION.matcher(w).matches() && !NOT_A_BODY.matcher(w).matches();
    }

    /** Full-width ASCII forms to ASCII, as NFKC does in the pipeline, keeping every length. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return b.toString();
    }
}
