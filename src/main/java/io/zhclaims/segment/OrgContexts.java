package io.zhclaims.segment;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentence frames of {@code models/segment/org-contexts.txt} that introduce organization names. */
record OrgContexts(List<Frame> frames, Pattern ending, Pattern category) {
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*){0,3}");

    /**
     * One frame; {@code appositive} frames name an organization whatever its ending. A frame
     * matches only a sentence that holds, for each list in {@code needs}, one of its words: the
     * word lists the frame requires ({@code {statement}}, {@code {speaks}}), found when it is read,
     * so that most sentences skip the frame's regex, which backtracks over every clause start.
     */
    record Frame(Pattern pattern, boolean appositive, List<List<String>> needs) {
        Frame {
            needs = needs.stream().map(List::copyOf).toList();
        }

        boolean mayMatch(String sentence) {
            for (List<String> words : needs) {
                if (words.stream().noneMatch(sentence::contains)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A reference to a named part: {@code {name}}, lower-case (a quantifier such as {@code {1,22}} is none). */
    private static final Pattern PART = Pattern.compile("\\{([a-z][a-z-]*)\\}");

    /**
     * Reads the frames. A line {@code part<TAB>NAME<TAB>regex} defines the part {@code {NAME}};
     * the ending and category lines define {@code {ending}} and {@code {category}}; every later
     * line may use the parts defined before it, so a frame reads as the parts it is built from.
     */
    static OrgContexts load(String name) {
        List<Frame> frames = new ArrayList<>();
        Map<String, String> parts = new HashMap<>();
        Pattern ending = null;
        Pattern category = null;
        String path = "segment/" + name;
        for (ModelFile.Line line : ModelFile.lines(path)) {
            String text = line.text();
            int tab = text.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(path + ":" + line.number() + ": expected kind<TAB>regex");
            }
            String kind = text.substring(0, tab);
            String rest = text.substring(tab + 1);
            String partName = null;
            if (kind.equals("part")) {
                int second = rest.indexOf('\t');
                if (second < 0) {
                    throw new IllegalStateException(path + ":" + line.number() + ": expected part<TAB>name<TAB>regex");
                }
                partName = rest.substring(0, second);
                rest = rest.substring(second + 1);
            }
            String regex = expand(rest, parts, path, line.number());
            Pattern p = Pattern.compile(regex);
            switch (kind) {
                case "part" -> parts.put(partName, regex);
                case "source" -> frames.add(new Frame(p, false, needs(rest, parts)));
                case "appositive" -> frames.add(new Frame(p, true, needs(rest, parts)));
                case "category" -> {
                    parts.put("category", regex);
                    category = Pattern.compile("^" + regex);
                }
                case "ending" -> {
                    parts.put("ending", regex);
                    ending = Pattern.compile("(?:" + regex + ")$");
                }
                default -> throw new IllegalStateException(path + ":" + line.number() + ": unknown kind " + kind);
            }
        }
        if (ending == null || category == null) {
            throw new IllegalStateException(path + ": needs an ending and a category line");
        }
        return new OrgContexts(List.copyOf(frames), ending, category);
    }

    /**
     * The word lists a frame cannot match without: the parts it uses outside any group (so not
     * inside an option or a look-ahead) whose regex is a plain list of words, perhaps after an
     * optional group and with look-aheads on some words ({@code (?:最新)?(?:预计|研究(?![员院所]))}).
     */
    private static List<List<String>> needs(String frame, Map<String, String> parts) {
        List<List<String>> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                while (i < frame.length() && frame.charAt(i) != ']') {
                    i += frame.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{' && depth == 0) {
                Matcher m = PART.matcher(frame).region(i, frame.length());
                if (m.lookingAt()) {
                    List<String> words = words(parts.get(m.group(1)));
                    if (words != null) {
                        out.add(words);
                    }
                    i = m.end() - 1;
                }
            }
        }
        return out;
    }

    private static final Pattern OPTIONAL_GROUP = Pattern.compile("^(?:\\(\\?:[^()]*\\)\\?)+");
    private static final Pattern LOOK_AROUND = Pattern.compile("\\(\\?<?[!=][^()]*\\)");
    private static final Pattern WORD_LIST = Pattern.compile("\\(\\?:([^()\\[\\]\\\\{}*+?.^$]+)\\)");

    /** The words of a part that is a plain list of them, or null. */
    private static List<String> words(String regex) {
        if (regex == null) {
            return null;
        }
        String plain = LOOK_AROUND.matcher(OPTIONAL_GROUP.matcher(regex).replaceFirst("")).replaceAll("");
        Matcher m = WORD_LIST.matcher(plain);
        return m.matches() ? List.of(m.group(1).split("\\|")) : null;
    }

    /** The regex with every {@code {part}} replaced by the part's regex. */
    private static String expand(String regex, Map<String, String> parts, String path, int number) {
        Matcher m = PART.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = parts.get(m.group(1));
            if (part == null) {
                throw new IllegalStateException(path + ":" + number + ": {" + m.group(1) + "} used before it is defined");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(part));
        }
        m.appendTail(out);
        return out.toString();
    }

    boolean endsLikeOrg(String name) {
        return ending.matcher(name).find() && name.length() > 2;
    }

    /** How many characters of a category word ({@code 研调机构}) open the name; 0 when none. */
    int categoryLength(String name) {
        var m = category.matcher(name);
        return m.find() && m.end() < name.length() - 1 ? m.end() : 0;
    }

    static boolean isLatinName(String name) {
        return LATIN_NAME.matcher(name).matches();
    }
}
