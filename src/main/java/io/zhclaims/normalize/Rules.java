package io.zhclaims.normalize;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A {@code kind<TAB>regex} rule file from {@code models/}. */
record Rules(List<Rule> rules) {
    record Rule(String kind, Pattern pattern) {
    }

    static Rules load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (ModelFile.Line line : ModelFile.lines(resource)) {
            String text = line.text();
            int tab = text.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected kind<TAB>regex");
            }
            try {
                rules.add(new Rule(text.substring(0, tab), Pattern.compile(text.substring(tab + 1))));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(resource + ":" + line.number() + ": " + e.getDescription(), e);
            }
        }
        return new Rules(List.copyOf(rules));
    }

    List<Pattern> of(String kind) {
        return rules.stream().filter(r -> r.kind().equals(kind)).map(Rule::pattern).toList();
    }
}
