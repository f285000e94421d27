package io.zhclaims.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text file of {@code models/} (dictionaries, word lists, rules), read from the classpath so
 * that the jar and the tests load the same files. Every stage reads its files once, through
 * here, when it is built.
 */
public final class ModelFile {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A line that carries content, with its 1-based number for error messages. */
    public record Line(int number, String text) {
    }

    private ModelFile() {
    }

    /**
     * The lines of {@code path} (relative to {@code models/}) that are neither blank nor a
     * {@code #} comment, as written (not stripped: a rule may end in a space).
     *
     * @throws IllegalStateException when the file is not on the classpath: the build is broken
     */
    public static List<Line> lines(String path) {
        InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("model file missing from the classpath: " + path);
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = r.readLine()) != null; ) {
                number++;
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(new Line(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + path, e);
        }
        return out;
    }

    /**
     * The content lines of a table file of {@code path}: each split at whitespace into its
     * columns, a {@code #} and what follows it on the line cut off as a comment.
     */
    public static List<String[]> rows(String path) {
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines(path)) {
            String text = line.text();
            int hash = text.indexOf('#');
            text = (hash >= 0 ? text.substring(0, hash) : text).strip();
            if (!text.isEmpty()) {
                rows.add(WHITESPACE.split(text));
            }
        }
        return rows;
    }

    /** The content lines of {@code path}, stripped. */
    public static List<String> strippedLines(String path) {
        return lines(path).stream().map(l -> l.text().strip()).toList();
    }
}
