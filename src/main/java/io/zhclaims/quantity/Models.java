package io.zhclaims.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists of {@code models/quantity/}: one entry a line, {@code #} starts a comment. */
final class Models {
    private Models() {
    }

    static List<String[]> rows(String file) {
        String path = "quantity/" + file;
        InputStream in = Models.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("model file missing from the classpath: " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    rows.add(line.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + path, e);
        }
        return rows;
    }

    static List<String> words(String file) {
        List<String> words = new ArrayList<>();
        for (String[] row : rows(file)) {
            words.add(row[0]);
        }
        return words;
    }
}
