package io.zhclaims.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SIGHAN 2005 files come in a legacy encoding (GBK, Big5/CP950, Big5-HKSCS) and as UTF-8
 * twins; decoding the legacy file must give its twin.
 */
class SighanTwinsTest {

    private static final Path SIGHAN = Path.of("../shared/corpora/sighan2005");

    private final Decoder decoder = new Decoder();

    @BeforeAll
    static void needsTheCorpus() {
        assumeTrue(Files.isDirectory(SIGHAN), "../shared/corpora/sighan2005 is absent");
    }

    @TestFactory
    Stream<DynamicTest> legacyFilesDecodeToTheirUtf8Twins() throws IOException {
        List<Path> legacy;
        try (Stream<Path> files = Files.walk(SIGHAN)) {
            legacy = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(legacy.isEmpty());
        return legacy.stream().map(file -> DynamicTest.dynamicTest(SIGHAN.relativize(file).toString(), () -> {
            Path twinPath = file.resolveSibling(file.getFileName().toString().replaceAll("\\.txt$", ".utf8"));
            String twin = Files.readString(twinPath, StandardCharsets.UTF_8);
            twin = twin.startsWith("\uFEFF") ? twin.substring(1) : twin;
            byte[] bytes = Files.readAllBytes(file);
            String label = SIGHAN.relativize(file).toString();
            Decoded decoded = decoder.decode(bytes, Markup.TEXT);
            if (decoded.text().equals(twin)) {
                System.out.printf("sighan %-34s equals its twin (%s)%n", label, decoded.charset());
                return;
            }
            // The training word lists hold the same words as their twins in another order, and the
            // CityU one writes four HKSCS characters that Unicode later encoded in plane 2 (𨋢, 𠝹) as
            // private use code points, where the JDK gives the real characters.
            assertTrue(file.getFileName().toString().contains("_words"), "differs from " + twinPath.getFileName()
                    + " at char " + firstDifference(decoded.text(), twin));
            List<String> ours = new ArrayList<>(decoded.text().lines().map(SighanTwinsTest::maskLaterUnicode).toList());
            List<String> theirs = new ArrayList<>(twin.lines().map(SighanTwinsTest::maskLaterUnicode).toList());
            int substituted = pairSubstitutedWords(ours, theirs);
            Collections.sort(ours);
            Collections.sort(theirs);
            int diff = firstDifference(ours, theirs);
            assertEquals(-1, diff, () -> "word lists differ: ours " + at(ours, diff) + ", twin " + at(theirs, diff));
            long masked = decoded.text().lines().filter(w -> !w.equals(maskLaterUnicode(w))).count();
            System.out.printf("sighan %-34s same words as its twin, other order%s%s (%s)%n", label,
                    masked == 0 ? "" : ", " + masked + " words with plane-2 HKSCS characters the twin writes as private use",
                    substituted == 0 ? "" : ", " + substituted + " words where the file holds a SUB byte (0x1A) and the twin a character",
                    decoded.charset());
        }));
    }

    /**
     * The AS word list holds the ASCII SUB byte (0x1A) in two words where its twin has a
     * character: the file itself lost them, no decoder can bring them back. Such a word is
     * paired with the one twin word it matches at every other position; both are taken out.
     */
    private static int pairSubstitutedWords(List<String> ours, List<String> theirs) {
        int paired = 0;
        for (Iterator<String> it = ours.iterator(); it.hasNext(); ) {
            String word = it.next();
            if (word.indexOf('\u001a') < 0) {
                continue;
            }
            Pattern shape = Pattern.compile(Arrays.stream(word.split("\u001a", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".")));
            Optional<String> twin = theirs.stream().filter(t -> shape.matcher(t).matches() && !t.equals(word)).findFirst();
            assertTrue(twin.isPresent(), "no twin word for " + word);
            theirs.remove(twin.get());
            it.remove();
            paired++;
        }
        return paired;
    }

    /** Private use code points and characters beyond the BMP, both as U+FFFD. */
    private static String maskLaterUnicode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(
                cp > 0xFFFF || Character.getType(cp) == Character.PRIVATE_USE ? 0xFFFD : cp));
        return out.toString();
    }

    private static String at(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "(end)";
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    private static int firstDifference(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return a.size() == b.size() ? -1 : n;
    }
}
