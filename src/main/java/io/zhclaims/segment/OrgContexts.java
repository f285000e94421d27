package io.zhclaims.segment;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The sentence frames of {@code models/segment/org-contexts.txt} that introduce organization names. */
record OrgContexts(List<Frame> frames, Pattern ending, Pattern category) {
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*){0,3}");

    /** One frame; {@code appositive} frames name an organization whatever its ending. */
    record Frame(Pattern pattern, boolean appositive) {
    }

    static OrgContexts load(String name) {
        List<Frame> frames = new ArrayList<>();
        Pattern ending = null;
        String endings = null;
        Pattern category = null;
        String categories = null;
        String path = "segment/" + name;
        for (ModelFile.Line line : ModelFile.lines(path)) {
            String text = line.text();
            int tab = text.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(path + ":" + line.number() + ": expected kind<TAB>regex");
            }
            String kind = text.substring(0, tab);
            String regex = text.substring(tab + 1);
            if (regex.contains("{category}")) {
                if (categories == null) {
                    throw new IllegalStateException(path + ":" + line.number() + ": {category} used before the category line");
                }
                regex = regex.replace("{category}", categories);
            }
            if (regex.contains("{ending}")) {
                if (ending == null) {
                    throw new IllegalStateException(path + ":" + line.number() + ": {ending} used before the ending line");
                }
                regex = regex.replace("{ending}", endings);
            }
            Pattern p = Pattern.compile(regex);
            switch (kind) {
                case "source" -> frames.add(new Frame(p, false));
                case "appositive" -> frames.add(new Frame(p, true));
                case "category" -> {
                    categories = regex;
                    category = Pattern.compile("^" + regex);
                }
                case "ending" -> {
                    endings = regex;
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
