package io.zhclaims.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = Rules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ":" + no + ": expected kind<TAB>regex");
                }
                try {
                    rules.add(new Rule(line.substring(0, tab), Pattern.compile(line.substring(tab + 1))));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(resource + ":" + no + ": " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rules(List.copyOf(rules));
    }

    List<Pattern> of(String kind) {
        return rules.stream().filter(r -> r.kind().equals(kind)).map(Rule::pattern).toList();
    }
}
